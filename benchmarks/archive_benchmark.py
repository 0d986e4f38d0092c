"""Archive benchmark: how fast ``bilingual build`` backfills many articles, and re-runs.

    python benchmarks/archive_benchmark.py [--articles 100 1000 10000] [--jobs 1 2] [--ray]

A synthetic archive is written in a scratch workspace: articles of eight
paragraphs, each paragraph two or three sentences of the news corpus
(``news_corpus.py``, written for this project) in Chinese with their English.
Every sentence carries a number of its own on both sides (第N号, No. N), so
that no sentence and no paragraph repeats anywhere in the archive and the
encoder's cache (one vector per distinct text) cannot flatter the figures.
Every article has its English.

For each size and each number of processes (each run a fresh process, a fresh
copy of the archive): articles per second of a first ``build`` (ingest,
align, draft from memory, check, export), peak memory of the largest process,
and the cost of a second ``build`` after 1% of the articles changed (one
English sentence edited), as a share of the first. Then an estimate, from
the measured per-article cost, of the wall time for 50,000 articles.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import timed
from news_corpus import LATER, NEWS

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPHS = 8


def write_archive(folder: Path, articles: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    pairs = [(zh, en) for _, zh, en, _ in NEWS + LATER]
    (folder / "articles").mkdir(parents=True)
    shutil.copy(ROOT / "glossary.csv", folder / "glossary.csv")
    (folder / "bilingual.toml").write_text("", encoding="utf-8")
    serial = 0
    for n in range(articles):
        zh_pars, en_pars = [], []
        for _ in range(PARAGRAPHS):
            zh_sents, en_sents = [], []
            for zh, en in rng.sample(pairs, rng.randint(2, 3)):
                serial += 1  # a number of its own in every sentence: no sentence repeats
                zh_sents.append(_numbered(zh, f"（第{serial}号）", "。！？"))
                en_sents.append(_numbered(en, f" (No. {serial})", ".!?"))
            zh_pars.append("".join(zh_sents))
            en_pars.append(" ".join(en_sents))
        slug = f"a{n:05d}"
        article = folder / "articles" / slug
        article.mkdir()
        title_zh, title_en = (
            f"全省经济社会发展通报第{n + 1}期",
            f"Provincial Development Bulletin, Issue {n + 1}",
        )
        (article / "zh.md").write_text(f"# {title_zh}\n\n" + "\n\n".join(zh_pars) + "\n",
                                       encoding="utf-8")  # fmt: skip
        (article / "en.md").write_text(f"# {title_en}\n\n" + "\n\n".join(en_pars) + "\n",
                                       encoding="utf-8")  # fmt: skip


def _numbered(sentence: str, mark: str, stops: str) -> str:
    """``sentence`` with ``mark`` before its final stop (after it when it has none)."""
    if sentence and sentence[-1] in stops:
        return sentence[:-1] + mark + sentence[-1]
    return sentence + mark


def change(folder: Path, share: float, seed: int = 7) -> int:
    """Edit one English paragraph in ``share`` of the articles; how many were changed."""
    rng = random.Random(seed)
    slugs = sorted(p.name for p in (folder / "articles").iterdir())
    chosen = rng.sample(slugs, max(1, round(len(slugs) * share)))
    for slug in chosen:
        path = folder / "articles" / slug / "en.md"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(" (No.", " (revised, No.", 1),
                        encoding="utf-8")  # fmt: skip
    return len(chosen)


def build(folder: Path, jobs: int | str) -> tuple[float, float]:
    """Wall time and peak memory (largest process) of one build, in a process of its own.

    ``jobs`` "ray": a local Ray cluster that the build starts (all the machine's cores).
    """
    bilingual = str(Path(sys.executable).parent / "bilingual")
    how = ["--executor", "ray"] if jobs == "ray" else ["--jobs", str(jobs)]
    cmd = [bilingual, "-q", "-C", str(folder), "build", *how, "--format", "json"]
    return timed(cmd)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("--articles", type=int, nargs="+", default=[100])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--ray", action="store_true",
                        help="also build on a local Ray cluster (bilingual[cluster])")  # fmt: skip
    args = parser.parse_args()
    runs: list[int | str] = [*args.jobs, *(["ray"] if args.ray else [])]
    print("## Archive: first build, then a build after 1% of the articles changed\n")
    print(f"{'articles':>8} {'jobs':>4} {'first s':>8} {'art/s':>6} {'peak MiB':>8} "
          f"{'changed':>7} {'re-run s':>8} {'share':>6}")  # fmt: skip
    per_article = {}
    for articles in args.articles:
        with tempfile.TemporaryDirectory() as tmp:
            pristine = Path(tmp) / "pristine"
            write_archive(pristine, articles)
            for jobs in runs:
                folder = Path(tmp) / f"run{jobs}"
                shutil.copytree(pristine, folder)
                first, peak = build(folder, jobs)
                changed = change(folder, 0.01)
                again, _ = build(folder, jobs)
                shutil.rmtree(folder)
                per_article[(articles, jobs)] = first / articles
                print(f"{articles:8} {jobs!s:>4} {first:8.1f} {articles / first:6.2f} {peak:8.0f} "
                      f"{changed:7} {again:8.1f} {again / first:6.1%}")  # fmt: skip
    largest = max(args.articles)
    print("\n## Estimate for 50,000 articles (from the largest run's cost per article)\n")
    for jobs in runs:
        cost = per_article[(largest, jobs)]
        print(f"{jobs} (process(es) or executor) on one machine: {50_000 * cost / 3600:.1f} h")
    best = min(per_article[(largest, j)] * j for j in args.jobs)  # core-seconds per article
    print(f"per core: {best:.2f} s an article; N machines of C cores: about "
          f"{50_000 * best / 3600:.0f} / (N·C) hours, while one writer keeps up "
          f"(catalog writes are a few ms each)")  # fmt: skip
    print(json.dumps({f"{a}x{j}": round(c, 3) for (a, j), c in per_article.items()}))


if __name__ == "__main__":
    main()
