"""Export benchmark: a generated workspace of N articles × M paragraphs.

    python benchmarks/export_benchmark.py [--articles 1000] [--paragraphs 40]

Measures, each in a fresh process (timed around the export itself, after
imports): a full export into an empty folder, an export with nothing changed,
and an incremental export after one unit of one article changed, reported as
a ratio of the full one. Peak memory is each process's own.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_corpus import CORRECT


def generate(root: Path, articles: int, paragraphs: int) -> None:
    from bilingual.catalog import build_header, write_po
    from bilingual.model import Article, Catalog, Lang, State, Unit, paragraph_id

    (root / "articles").mkdir(parents=True)
    for a in range(articles):
        slug = f"article-{a:04d}"
        units = [
            Unit(
                "title",
                f"吉林省科技工作动态第{a}期",
                f"Jilin Science and Technology Update No. {a}",
                State.REVIEWED,
            )
        ]
        taken: set[str] = set()
        for p in range(paragraphs):
            zh, en = CORRECT[(a + p) % len(CORRECT)]
            zh, en = f"{zh}（{a}-{p}）", f"{en} ({a}-{p})"
            uid = paragraph_id(zh, taken)
            taken.add(uid)
            units.append(
                Unit(
                    uid,
                    zh,
                    en,
                    State.REVIEWED,
                    provenance=("aligned: 1-1 score 0.80", "sentences: [0]:[0]"),
                )
            )
        meta = Article(slug, Lang.ZH, units[0].source, (), date=f"2018-{1 + a % 12:02d}-{1 + a % 28:02d}",
                       source="吉林日报", url=f"https://example.org/{slug}.html")  # fmt: skip
        catalog = Catalog(slug, tuple(units), header=build_header(slug, meta))
        write_po(root / "locales" / "en" / "LC_MESSAGES" / f"{slug}.po", catalog)


def _child(root: Path) -> None:
    from bilingual import pipeline
    from bilingual.workspace import Workspace

    start = time.perf_counter()
    run = pipeline.export(Workspace(root), root / "site")
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mib": peak, "rendered": run.rendered,
                      "written": len(run.written)}))  # fmt: skip


def _run(root: Path) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(root)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def change_one_unit(root: Path, articles: int) -> None:
    from bilingual.catalog import read_po, write_po

    slug = f"article-{articles // 2:04d}"
    path = root / "locales" / "en" / "LC_MESSAGES" / f"{slug}.po"
    catalog = read_po(path.read_text(encoding="utf-8"), str(path), slug)
    units = list(catalog.units)
    units[7] = replace(units[7], target=units[7].target + " (corrected)")
    write_po(path, replace(catalog, units=tuple(units)))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--paragraphs", type=int, default=40)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "ws"
        started = time.perf_counter()
        generate(root, args.articles, args.paragraphs)
        print(f"\n## Export: {args.articles:,} articles × {args.paragraphs} paragraphs "
              f"(generated in {time.perf_counter() - started:.1f} s)\n")  # fmt: skip
        full = _run(root)
        print(f"full export:        {full['seconds']:7.2f} s, {full['rendered']} articles rendered, "
              f"{full['written']:,} files written, peak {full['peak_mib']:.0f} MiB (baseline)")  # fmt: skip
        same = _run(root)
        print(f"nothing changed:    {same['seconds']:7.2f} s, {same['rendered']} rendered, {same['written']} written, "
              f"{same['seconds'] / full['seconds']:.1%} of full, peak {same['peak_mib']:.0f} MiB")  # fmt: skip
        change_one_unit(root, args.articles)
        inc = _run(root)
        print(f"one unit changed:   {inc['seconds']:7.2f} s, {inc['rendered']} rendered, {inc['written']} written, "
              f"{inc['seconds'] / full['seconds']:.1%} of full, peak {inc['peak_mib']:.0f} MiB")  # fmt: skip


if __name__ == "__main__":
    main()
