"""Checks benchmark: accuracy on a labelled corpus, and speed, both beside pofilter.

    python benchmarks/check_benchmark.py [--units 100000] [--terms 5000]
                                         [--only accuracy|corpus|SET|variants|speed]

1. Accuracy: the corpus in ``check_corpus.py`` (correct pairs rich in Chinese
   number forms and glossary terms, and seeded errors of every kind the
   checks look for) is written as a PO file and checked with the
   repository's glossary. Reported: recall per check, findings on correct
   units (false positives), and the same corpus through Translate Toolkit's
   ``pofilter`` with its default checks.
2. News: the corpus in ``news_corpus.py`` (news sentences labelled by
   number form, each with seeded number errors, in both scripts): per form,
   findings on correct units and recall of the numbers check on seeded ones;
   then the same for each later set (``news_corpus.SETS``: ``--only later``,
   ``fresh``, ``fourth`` … ``eighth``), each written before the rules of
   its round and scored once before any change. ``--only corpus``: every
   set in one catalog, the totals the README gives.
3. Variants: every news sentence written in Simplified, converted with
   OpenCC's three other Traditional standards (Hong Kong ``s2hk``, generic
   ``s2t``, Taiwan with its phrases ``s2twp``; the corpus itself uses
   ``s2tw``), and every one written in Traditional, converted into
   Simplified (``t2s``, ``tw2s``, ``hk2s``, ``tw2sp``): findings on correct
   units and seeded errors caught, per standard (``--only variants``).
4. Speed: a generated catalog of N units (variations of the corpus) against
   a glossary of M terms (the real ones plus generated ones), through
   ``bilingual check`` (three cold runs, each with an empty cache) and
   through ``pofilter`` (before and after), each in a fresh process; units
   per second, peak memory, and the ratio of the median times. Then three
   re-checks, each after one unit changed, with the cache of the last run.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_corpus import CORRECT, corpus
from measure import timed
from news_corpus import NEWS, SETS, converted_units
from news_corpus import units as news_units

ROOT = Path(__file__).resolve().parent.parent
#: pofilter's tests that look for the same kind of problem as ours.
POFILTER_TESTS = {
    "numbers": {"numbers"},
    "whitespace": {"doublespacing", "startwhitespace", "endwhitespace", "puncspacing"},
    "quote-style": {"doublequoting", "singlequoting"},
    "untranslated": {"untranslated"},
    "chinese-in-english": {"untranslated", "unchanged"},
}


def _write_corpus_po(path: Path, units) -> None:
    from bilingual.catalog import build_header, write_po
    from bilingual.model import Catalog, State, Unit

    catalog = Catalog(
        "corpus",
        tuple(Unit(uid, zh, en, State.NEEDS_REVIEW if en else State.UNTRANSLATED) for uid, zh, en, _ in units),
        header=build_header("corpus", None),
    )  # fmt: skip
    write_po(path, catalog)


def _pofilter(po: Path, out: Path) -> dict[str, set[str]]:
    import polib

    tool = shutil.which("pofilter", path=str(Path(sys.executable).parent)) or "pofilter"
    subprocess.run([tool, "--progress=none", str(po), str(out)], check=True, capture_output=True)
    flagged: dict[str, set[str]] = defaultdict(set)
    for entry in polib.pofile(str(out)):
        for line in entry.tcomment.splitlines():
            if line.startswith("(pofilter) "):
                flagged[entry.msgctxt].add(line.split()[1].rstrip(":"))
    return flagged


def accuracy() -> None:
    from bilingual import pipeline
    from bilingual.model import Severity

    units = corpus()
    # Seeded errors share their Chinese with the correct pair they damage, which
    # the consistency check rightly reports: it is measured on its own, on the
    # correct pairs plus the units made to be inconsistent.
    consistent = [u for u in units if not u[3] or "consistency" in u[3]]
    with tempfile.TemporaryDirectory() as tmp:
        po, po2 = Path(tmp) / "corpus.po", Path(tmp) / "consistency.po"
        _write_corpus_po(po, units)
        _write_corpus_po(po2, consistent)
        run = pipeline.check(None, [po], ROOT / "glossary.csv", ("consistency",))
        run2 = pipeline.check(None, [po2], ROOT / "glossary.csv")
        theirs = _pofilter(po, Path(tmp) / "pofilter.po")
    ours: dict[str, set[str]] = defaultdict(set)
    for f in run.findings + [f for f in run2.findings if f.check == "consistency"]:
        if f.severity >= Severity.WARNING or f.check == "untranslated":
            ours[f.unit_id].add(f.check)
    seeded = [(uid, expected) for uid, _, _, expected in units if expected]
    correct = [uid for uid, _, _, expected in units if not expected]
    print(
        f"\n## Accuracy: {len(units)} units, {len(correct)} correct, {len(seeded)} with a seeded error\n"
    )
    print(f"{'check':20} {'seeded':>6} {'caught':>7} {'recall':>7} {'pofilter, any test':>19} "
          f"{'pofilter, its matching test':>28}")  # fmt: skip
    by_check: dict[str, list[str]] = defaultdict(list)
    for uid, expected in seeded:
        for check in expected:
            by_check[check].append(uid)
    total = caught = pf_caught = pf_matched = 0
    for check, uids in sorted(by_check.items()):
        hit = sum(check in ours[u] for u in uids)
        pf = sum(bool(theirs.get(u)) for u in uids)
        tests = POFILTER_TESTS.get(check)
        matched = sum(bool(theirs.get(u, set()) & tests) for u in uids) if tests else 0
        total, caught, pf_caught = total + len(uids), caught + hit, pf_caught + pf
        pf_matched += matched
        shown = f"{matched} ({', '.join(sorted(tests))})" if tests else "- (no such test)"
        print(f"{check:20} {len(uids):6} {hit:7} {hit / len(uids):7.0%} {pf:19} {shown:>28}")
    print(f"{'all':20} {total:6} {caught:7} {caught / total:7.1%} {pf_caught:19} "
          f"{pf_matched:>28}")  # fmt: skip
    fp = [u for u in correct if ours.get(u)]
    pf_fp = [u for u in correct if theirs.get(u)]
    print(f"\ncorrect units with an error or warning: ours {len(fp)} of {len(correct)}, "
          f"pofilter {len(pf_fp)} of {len(correct)}")  # fmt: skip
    for u in fp:
        print(f"  ours on {u}: {sorted(ours[u])}")
    wrong = sum(len(ours[u] - expected) for u, expected in seeded)
    print(f"findings of another check on seeded units (extra, not wrong): {wrong}")


#: The sets whose heading is not the usual "written before the …-round rules".
TITLES = {
    "news": "",
    "later": " (written later)",
    "fresh": " (written after the third-round rules)",
}


def _title(which: str) -> str:
    return TITLES.get(which, f" (written before the {which}-round rules)")


def _findings(units) -> dict[str, list]:
    """Each unit's warnings and errors, the units checked as one catalog."""
    from bilingual import pipeline
    from bilingual.model import Severity

    with tempfile.TemporaryDirectory() as tmp:
        po = Path(tmp) / "news.po"
        _write_corpus_po(po, [(uid, zh, en, set()) for uid, _, zh, en, _ in units])
        # Seeded units share their Chinese with the correct pair they damage,
        # which consistency rightly reports: it is measured on the other corpus.
        run = pipeline.check(None, [po], ROOT / "glossary.csv", ("consistency",))
    found: dict[str, list] = defaultdict(list)
    for f in run.findings:
        if f.severity >= Severity.WARNING:
            found[f.unit_id].append(f)
    return found


def whole_corpus() -> None:
    """Every set at once, as the README's totals are counted."""
    units = [u for name in SETS for u in news_units(name)]
    found = _findings(units)
    # The length ratio's usual range is the catalog's own median; all the sets
    # pooled into one catalog are no article or workspace an editor has, so
    # it is counted in the per-set runs only.
    for uid in found:
        found[uid] = [f for f in found[uid] if f.check != "length-ratio"]
    correct = [u for u in units if not u[4]]
    seeded = [u for u in units if u[4]]
    false = [u for u in correct if found[u[0]]]
    missed = [u for u in seeded if not any(f.check == "numbers" for f in found[u[0]])]
    print(f"\n## The whole news corpus: {len(SETS)} sets, both scripts\n")
    print(f"correct units: {len(correct):,}, with a finding: {len(false):,}")
    print(f"seeded errors: {len(seeded):,}, caught: {len(seeded) - len(missed):,}")
    for uid, form, zh, en, _ in false:
        print(f"  false finding on {uid} ({form}): {zh} | {en} -> "
              + "; ".join(f"{f.check}: {f.message}" for f in found[uid]))  # fmt: skip
    for uid, form, zh, en, _ in missed:
        print(f"  missed {uid} ({form}): {zh} | {en}")


def news(which: str = "news") -> None:
    units = news_units(which)
    found = _findings(units)
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # correct, false, seeded, caught
    misses = []
    for uid, form, zh, en, seeded in units:
        row = rows[form]
        if seeded:
            row[2] += 1
            caught = any(f.check == "numbers" for f in found[uid])
            row[3] += caught
            if not caught:
                misses.append(f"  missed {uid} ({form}): {zh} | {en}")
        else:
            row[0] += 1
            if found[uid]:
                row[1] += 1
                misses.append(f"  false finding on {uid} ({form}): {zh} | {en} -> "
                              + "; ".join(f"{f.check}: {f.message}" for f in found[uid]))  # fmt: skip
    scripts = {uid[0] for uid, *_ in units}
    print(f"\n## News corpus{_title(which)}: {len(units)} units ({sum(not u[4] for u in units)} correct, "
          f"{sum(u[4] for u in units)} seeded errors), scripts: "
          f"{', '.join(sorted({'s': 'Simplified', 't': 'Traditional'}[s] for s in scripts))}\n")  # fmt: skip
    print(
        f"{'form':14} {'correct':>7} {'with a finding':>15} {'seeded':>7} {'caught':>7} {'recall':>7}"
    )
    total = [0, 0, 0, 0]
    for form, row in rows.items():
        total = [a + b for a, b in zip(total, row, strict=True)]
        recall = f"{row[3] / row[2]:.0%}" if row[2] else "-"
        print(f"{form:14} {row[0]:7} {row[1]:15} {row[2]:7} {row[3]:7} {recall:>7}")
    print(f"{'all':14} {total[0]:7} {total[1]:15} {total[2]:7} {total[3]:7} "
          f"{total[3] / total[2]:7.1%}")  # fmt: skip
    print(f"correct units free of findings: {1 - total[1] / total[0]:.1%}; "
          f"seeded errors caught: {total[3] / total[2]:.1%}")  # fmt: skip
    for line in misses:
        print(line)


# --- speed --------------------------------------------------------------------------


def _generated(units: int, terms: int, folder: Path) -> tuple[Path, Path]:
    from bilingual.glossary import Term, read_glossary, render_csv

    rng = random.Random(11)
    real, _ = read_glossary((ROOT / "glossary.csv").read_text(encoding="utf-8"), "glossary.csv")
    pool = "科技创新发展吉林长春产业企业研究平台基地工程中心项目服务合作开放数字智能绿色制造材料能源装备"
    words = "smart green digital energy material platform centre base service open industrial research".split()
    extra, seen = [], {t.zh for t in real}
    while len(real) + len(extra) < terms:
        zh = "".join(rng.choice(pool) for _ in range(rng.randint(4, 7)))
        if zh not in seen:
            seen.add(zh)
            extra.append(Term(zh, " ".join(rng.sample(words, 3)) + f" {len(extra)}"))
    glossary = folder / "glossary.csv"
    glossary.write_text(render_csv(real + extra), encoding="utf-8")
    generated = []
    templates = CORRECT + [(zh, en) for _, zh, en, _ in NEWS]
    for n in range(units):
        zh, en = templates[n % len(templates)]
        k = n // len(templates)
        generated.append((f"u{n}", f"{zh}（{k}）", f"{en} ({k})", set()))  # every text distinct
    po = folder / "big.po"
    _write_corpus_po(po, generated)
    return po, glossary


def speed(units: int, terms: int) -> None:
    print(f"\n## Speed: {units:,} units against {terms:,} glossary terms (fresh processes)\n")
    with tempfile.TemporaryDirectory() as tmp:
        po, glossary = _generated(units, terms, Path(tmp))
        bin_dir = Path(sys.executable).parent
        pofilter = [
            str(bin_dir / "pofilter"),
            "--progress=none",
            str(po),
            str(Path(tmp) / "out.po"),
        ]
        ours = [str(bin_dir / "bilingual"), "check", str(po), "--glossary", str(glossary),
                "--format", "json"]  # fmt: skip

        def cold(n: int) -> tuple[float, float]:
            # an empty cache each time: nothing checked before
            return timed(ours, {"XDG_CACHE_HOME": str(Path(tmp) / f"cold{n}")})

        # This machine's speed drifts: pofilter runs before and after ours, ours
        # three times in between, and the ratio is of the medians.
        theirs = [timed(pofilter)]
        mine = [cold(n) for n in range(3)]
        theirs.append(timed(pofilter))
        # A re-check after one unit changed, with the cache of the last cold run.
        text = po.read_text(encoding="utf-8")
        at = text.index('msgstr "', len(text) // 2) + len('msgstr "')
        po.write_text(text[:at] + "Edited: " + text[at:], encoding="utf-8")
        again = [timed(ours, {"XDG_CACHE_HOME": str(Path(tmp) / "cold2")})[0]]
        po.write_text(text, encoding="utf-8")  # and back: the cache has both now
        again.append(timed(ours, {"XDG_CACHE_HOME": str(Path(tmp) / "cold2")})[0])
        po.write_text(text[:at] + "Edited again: " + text[at:], encoding="utf-8")
        again.append(timed(ours, {"XDG_CACHE_HOME": str(Path(tmp) / "cold2")})[0])
        # A unit added a third of the way in: every later run moves down the file.
        entry = re.compile(r"\n\n(?=#|msgctxt )").search(text, len(text) // 3).end()  # type: ignore[union-attr]
        added = ('msgctxt "added"\nmsgid "新增的一个段落，共有12个字。"\n'
                 'msgstr "A paragraph added later, with 12 characters."\n\n')  # fmt: skip
        po.write_text(text[:entry] + added + text[entry:], encoding="utf-8")
        grown = timed(ours, {"XDG_CACHE_HOME": str(Path(tmp) / "cold2")})[0]
    pofilter_s = statistics.median(t for t, _ in theirs)
    ours_s = statistics.median(t for t, _ in mine)
    again_s = statistics.median(again)
    show = ", ".join(f"{t:.2f}" for t, _ in theirs)
    print(f"pofilter (default checks):  {pofilter_s:6.2f} s ({show}), {units / pofilter_s:7,.0f} "
          f"units/s (baseline), peak {max(m for _, m in theirs):.0f} MiB")  # fmt: skip
    show = ", ".join(f"{t:.2f}" for t, _ in mine)
    print(f"bilingual check, cold:      {ours_s:6.2f} s ({show}), {units / ours_s:7,.0f} "
          f"units/s, {pofilter_s / ours_s:.1f}× pofilter's rate, "
          f"peak {max(m for _, m in mine):.0f} MiB (largest process)")  # fmt: skip
    show = ", ".join(f"{t:.2f}" for t in again)
    print(f"re-check, one unit changed: {again_s:6.2f} s ({show}), "
          f"{again_s / ours_s:.1%} of the cold run")  # fmt: skip
    print(f"re-check, one unit added:   {grown:6.2f} s, {grown / ours_s:.1%} of the cold run")
    record = {"units": units, "terms": terms, "ours_s": round(ours_s, 2),
              "pofilter_s": round(pofilter_s, 2), "ratio": round(pofilter_s / ours_s, 2),
              "recheck_s": round(again_s, 2), "recheck_share": round(again_s / ours_s, 3),
              "added_s": round(grown, 2), "added_share": round(grown / ours_s, 3)}  # fmt: skip
    print(json.dumps(record))


def variants() -> None:
    from bilingual import pipeline
    from bilingual.model import Severity

    print(
        "\n## Other standards: the corpus's Simplified sentences into other Traditional"
        " standards, its Traditional ones into Simplified\n"
    )
    print(f"{'standard':10} {'correct':>8} {'with a finding':>15} {'seeded':>7} {'caught':>7}")
    for standard in ("s2hk", "s2t", "s2twp", "t2s", "tw2s", "hk2s", "tw2sp"):
        units: list[tuple[str, str, str, str, bool]] = []
        said: dict[str, str] = {}
        for name in SETS:
            # one catalog per set, as in the news section: the length check's
            # usual range is the catalog's own
            mine = converted_units(name, standard)
            if not mine:
                continue
            units += mine
            # beside the units as written, as the news section's catalogs hold
            # them (these are not counted here)
            written = [
                (uid, zh, en, set()) for uid, _, zh, en, _ in news_units(name) if uid[0] == "s"
            ]
            with tempfile.TemporaryDirectory() as tmp:
                po = Path(tmp) / "variants.po"
                _write_corpus_po(po, written + [(uid, zh, en, set()) for uid, _, zh, en, _ in mine])
                run = pipeline.check(None, [po], ROOT / "glossary.csv", ("consistency",))
            for f in run.findings:
                if f.severity >= Severity.WARNING:
                    said.setdefault(f.unit_id, f"{f.check}: {f.message}")
        flagged = set(said)
        correct = [uid for uid, *_, seeded in units if not seeded]
        seeded = [uid for uid, *_, s in units if s]
        false = [uid for uid in correct if uid in flagged]
        caught = [uid for uid in seeded if uid in flagged]
        print(f"{standard:10} {len(correct):>8} {len(false):>15} {len(seeded):>7} {len(caught):>7}")
        for uid in false[:10]:
            print(f"  false finding on {uid}: {said[uid]}")
        for uid in sorted(set(seeded) - set(caught))[:10]:
            print(f"  missed {uid}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--units", type=int, default=100_000)
    parser.add_argument("--terms", type=int, default=5_000)
    parser.add_argument(
        "--only",
        choices=["accuracy", "corpus", *SETS, "variants", "speed"],
        metavar="accuracy|corpus|SET|variants|speed",
        help="one part; SET is a set of the news corpus (news, later, fresh, fourth, …)",
    )
    args = parser.parse_args()
    if args.only in (None, "accuracy"):
        accuracy()
    if args.only == "corpus":
        whole_corpus()
    for which in SETS:
        if args.only in (None, which):
            news(which)
    if args.only in (None, "variants"):
        variants()
    if args.only in (None, "speed"):
        speed(args.units, args.terms)


if __name__ == "__main__":
    main()
