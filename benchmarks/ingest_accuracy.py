"""How well ingest reads real-shaped pages: title, date, author, source and body.

    .venv/bin/python benchmarks/ingest_accuracy.py [--pages tests/fixtures/ingest] [--show]

Every ``<name>.gold.json`` beside a page (``<name>.html`` or ``.txt``) holds
what a person reads on it. Per template (the name without its number) the
benchmark prints how many pages have the title, date, author and source
exactly right, on how many pages a chrome paragraph was kept (text that is
not in the gold body), and how many gold body paragraphs were missed.
``benchmarks/ingest_pages.py`` writes the pages; pages of real sites can be
dropped into another folder with gold files of the same shape.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from bilingual.ingest import read_article  # noqa: E402
from bilingual.model import Lang  # noqa: E402
from bilingual.normalize import clean  # noqa: E402

FIELDS = ("title", "date", "author", "source")
sys.path.insert(0, str(ROOT / "benchmarks"))
from ingest_pages import ZH  # noqa: E402

ZH_SOURCE = [paragraphs for *_, paragraphs in ZH]


def score(page: Path, gold: dict) -> dict[str, object]:  # type: ignore[type-arg]
    lang = Lang.ZH if gold["lang"] == "zh" else Lang.EN
    article = read_article(page.read_bytes(), page.name, "bench", lang)
    got = {"title": article.title, "date": article.date, "author": article.author,
           "source": article.source}  # fmt: skip
    body = [p.text for p in article.paragraphs]
    wanted = [clean(p) for p in gold["body"]]
    return {
        **{f: clean(got[f]) == clean(gold[f]) for f in FIELDS},
        "got": got,
        "kept": [p for p in body if p not in wanted],
        "missed": [p for p in wanted if p not in body],
    }


def pair_f1(pages: Path) -> tuple[int, float, list[tuple[bool, float]]]:
    """Exact paragraph-bead F1 when each Chinese page is aligned with each English
    page of the same article (the page pairs a user ingests together), and
    each pair written (right or not, and its confidence)."""
    from bilingual.align.article import align_article
    from bilingual.catalog import build_header
    from bilingual.merge import merge
    from bilingual.model import Catalog
    from bilingual.normalize import to_simplified

    golds = [
        (g, json.loads(g.read_text(encoding="utf-8"))) for g in sorted(pages.glob("*.gold.json"))
    ]
    found = correct = expected = pairs = 0
    labelled: list[tuple[bool, float]] = []
    for zh_path, zh_gold in golds:
        for en_path, en_gold in golds:
            if (
                zh_gold["lang"] != "zh"
                or en_gold["lang"] != "en"
                or zh_gold["article"] != en_gold["article"]
            ):
                continue
            zh_page, en_page = _page(zh_path), _page(en_path)
            zh = read_article(zh_page.read_bytes(), zh_page.name, "p", Lang.ZH)
            en = read_article(en_page.read_bytes(), en_page.name, "p", Lang.EN)
            catalog = merge(Catalog("p", ()), zh, build_header("p", zh))
            _, report = align_article(catalog, en)
            predicted = {(b.src, b.tgt) for b in report.beads if b.src and b.tgt}
            # Gold: the k-th paragraph of the article in both languages (the
            # Chinese may carry a dateline before it); any other paragraph pairs
            # with nothing.
            # (a Big5 page prints 〇 as ○, which Big5 has)
            article_zh = [to_simplified(p.text).replace("○", "〇") for p in zh.paragraphs]
            source = ZH_SOURCE[zh_gold["article"]]
            gold = set()
            for k, text in enumerate(source):
                i = next((i for i, p in enumerate(article_zh) if text in p), None)
                if i is not None and k < len(en.paragraphs):
                    gold.add(((i,), (k,)))
            found += len(predicted)
            expected += len(gold)
            correct += len(predicted & gold)
            labelled += [((b.src, b.tgt) in gold, b.score) for b in report.beads if b.src and b.tgt]
            pairs += 1
    precision, recall = correct / max(found, 1), correct / max(expected, 1)
    return pairs, 2 * precision * recall / max(precision + recall, 1e-9), labelled


def _page(gold_path: Path) -> Path:
    stem = gold_path.name.removesuffix(".gold.json")
    return next(p for p in gold_path.parent.glob(stem + ".*") if not p.name.endswith(".json"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=ROOT / "tests" / "fixtures" / "ingest")
    parser.add_argument("--show", action="store_true", help="print what went wrong on each page")
    parser.add_argument("--no-align", action="store_true", help="skip the page-pair alignment")
    args = parser.parse_args()
    rows: dict[str, list[dict]] = defaultdict(list)  # type: ignore[type-arg]
    for gold_path in sorted(args.pages.glob("*.gold.json")):
        stem = gold_path.name.removesuffix(".gold.json")
        page = _page(gold_path)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        result = score(page, gold)
        rows[stem.rsplit("-", 1)[0]].append({**result, "lang": gold["lang"]})
        if args.show and (not all(result[f] for f in FIELDS) or result["kept"] or result["missed"]):
            print(
                f"{page.name}: got {result['got']}; kept {result['kept']}; missed {result['missed']}"
            )
    print(f"{'template':<18} pages  title  date  author  source  chrome kept  body missed")
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for template, results in rows.items():
        n = len(results)
        counts = {f: sum(bool(r[f]) for r in results) for f in FIELDS}
        kept = sum(1 for r in results if r["kept"])
        missed = sum(len(r["missed"]) for r in results)  # type: ignore[arg-type]
        print(f"{template:<18} {n:>5}  {counts['title']:>5}  {counts['date']:>4}  {counts['author']:>6}  "
              f"{counts['source']:>6}  {kept:>11}  {missed:>11}")  # fmt: skip
        total = totals[results[0]["lang"]]  # type: ignore[index]
        total["pages"] += n
        total["kept"] += kept
        total["missed"] += missed
        for f in FIELDS:
            total[f] += counts[f]
    for lang, t in totals.items():
        n = t["pages"]
        print(f"{'Chinese' if lang == 'zh' else 'English'}: {n} pages, title {t['title'] / n:.0%}, "
              f"date {t['date'] / n:.0%}, author {t['author'] / n:.0%}, source {t['source'] / n:.0%}, "
              f"chrome kept on {t['kept']} of {n}, {t['missed']} body paragraphs missed")  # fmt: skip
    if not args.no_align:
        from bilingual.align.article import THRESHOLD

        pairs, f1, labelled = pair_f1(args.pages)
        print(f"page pairs of one article aligned: {pairs}, exact paragraph-bead F1 {f1:.3f}")
        right = sorted(score for ok, score in labelled if ok)
        wrong = sorted(score for ok, score in labelled if not ok)
        flagged = sum(score < THRESHOLD for score in right)
        print(f"confidence: {len(right)} right pairs, lowest {right[0] if right else 0:.3f}, "
              f"{flagged} flagged at {THRESHOLD}; {len(wrong)} wrong pairs, "
              f"{sum(score < THRESHOLD for score in wrong)} flagged")  # fmt: skip


if __name__ == "__main__":
    main()
