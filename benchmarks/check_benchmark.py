"""Checks benchmark: accuracy on a labelled corpus, and speed, both beside pofilter.

    python benchmarks/check_benchmark.py [--units 100000] [--terms 5000]
                                         [--only accuracy|news|later|…|variants|speed]

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
   its round and scored once before any change.
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
from news_corpus import NEWS, SETS
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


TITLES = {
    "news": "",
    "later": " (written later)",
    "fresh": " (written after the third-round rules)",
    "fourth": " (written before the fourth-round rules)",
    "fifth": " (written before the fifth-round rules)",
    "sixth": " (written before the sixth-round rules)",
    "seventh": " (written before the seventh-round rules)",
    "eighth": " (written before the eighth-round rules)",
    "ninth": " (written before the ninth-round rules)",
    "tenth": " (written before the tenth-round rules)",
    "eleventh": " (written before the eleventh-round rules)",
    "twelfth": " (written before the twelfth-round rules)",
    "thirteenth": " (written before the thirteenth-round rules)",
    "fourteenth": " (written before the fourteenth-round rules)",
    "fifteenth": " (written before the fifteenth-round rules)",
    "sixteenth": " (written before the sixteenth-round rules)",
    "seventeenth": " (written before the seventeenth-round rules)",
    "eighteenth": " (written before the eighteenth-round rules)",
    "nineteenth": " (written before the nineteenth-round rules)",
    "twentieth": " (written before the twentieth-round rules)",
    "twenty-first": " (written before the twenty-first-round rules)",
    "twenty-second": " (written before the twenty-second-round rules)",
    "twenty-third": " (written before the twenty-third-round rules)",
    "twenty-fourth": " (written before the twenty-fourth-round rules)",
    "twenty-fifth": " (written before the twenty-fifth-round rules)",
    "twenty-sixth": " (written before the twenty-sixth-round rules)",
    "twenty-seventh": " (written before the twenty-seventh-round rules)",
    "twenty-eighth": " (written before the twenty-eighth-round rules)",
    "twenty-ninth": " (written before the twenty-ninth-round rules)",
    "thirtieth": " (written before the thirtieth-round rules)",
    "thirty-first": " (written before the thirty-first-round rules)",
    "thirty-second": " (written before the thirty-second-round rules)",
    "thirty-third": " (written before the thirty-third-round rules)",
    "thirty-fourth": " (written before the thirty-fourth-round rules)",
    "thirty-fifth": " (written before the thirty-fifth-round rules)",
    "thirty-sixth": " (written before the thirty-sixth-round rules)",
    "thirty-seventh": " (written before the thirty-seventh-round rules)",
    "thirty-eighth": " (written before the thirty-eighth-round rules)",
    "thirty-ninth": " (written before the thirty-ninth-round rules)",
    "fortieth": " (written before the fortieth-round rules)",
    "forty-first": " (written before the forty-first-round rules)",
    "forty-second": " (written before the forty-second-round rules)",
    "forty-third": " (written before the forty-third-round rules)",
    "forty-fourth": " (written before the forty-fourth-round rules)",
    "forty-fifth": " (written before the forty-fifth-round rules)",
    "forty-sixth": " (written before the forty-sixth-round rules)",
    "forty-seventh": " (written before the forty-seventh-round rules)",
    "forty-eighth": " (written before the forty-eighth-round rules)",
    "forty-ninth": " (written before the forty-ninth-round rules)",
    "fiftieth": " (written before the fiftieth-round rules)",
    "fifty-first": " (written before the fifty-first-round rules)",
    "fifty-second": " (written before the fifty-second-round rules)",
    "fifty-third": " (written before the fifty-third-round rules)",
    "fifty-fourth": " (written before the fifty-fourth-round rules)",
    "fifty-fifth": " (written before the fifty-fifth-round rules)",
    "fifty-sixth": " (written before the fifty-sixth-round rules)",
    "fifty-seventh": " (written before the fifty-seventh-round rules)",
    "fifty-eighth": " (written before the fifty-eighth-round rules)",
    "fifty-ninth": " (written before the fifty-ninth-round rules)",
    "sixtieth": " (written before the sixtieth-round rules)",
    "sixty-first": " (written before the sixty-first-round rules)",
    "sixty-second": " (written before the sixty-second-round rules)",
    "sixty-third": " (written before the sixty-third-round rules)",
    "sixty-fourth": " (written before the sixty-fourth-round rules)",
    "sixty-fifth": " (written before the sixty-fifth-round rules)",
    "sixty-sixth": " (written before the sixty-sixth-round rules)",
    "sixty-seventh": " (written before the sixty-seventh-round rules)",
    "sixty-eighth": " (written before the sixty-eighth-round rules)",
    "sixty-ninth": " (written before the sixty-ninth-round rules)",
    "seventieth": " (written before the seventieth-round rules)",
    "seventy-first": " (written before the seventy-first-round rules)",
    "seventy-second": " (written before the seventy-second-round rules)",
    "seventy-third": " (written before the seventy-third-round rules)",
    "seventy-fourth": " (written before the seventy-fourth-round rules)",
    "seventy-fifth": " (written before the seventy-fifth-round rules)",
    "seventy-sixth": " (written before the seventy-sixth-round rules)",
    "seventy-seventh": " (written before the seventy-seventh-round rules)",
    "seventy-eighth": " (written before the seventy-eighth-round rules)",
    "seventy-ninth": " (written before the seventy-ninth-round rules)",
    "eightieth": " (written before the eightieth-round rules)",
    "eighty-first": " (written before the eighty-first-round rules)",
    "eighty-second": " (written before the eighty-second-round rules)",
    "eighty-third": " (written before the eighty-third-round rules)",
    "eighty-fourth": " (written before the eighty-fourth-round rules)",
    "eighty-fifth": " (written before the eighty-fifth-round rules)",
    "eighty-sixth": " (written before the eighty-sixth-round rules)",
    "eighty-seventh": " (written before the eighty-seventh-round rules)",
    "eighty-eighth": " (written before the eighty-eighth-round rules)",
    "eighty-ninth": " (written before the eighty-ninth-round rules)",
    "ninetieth": " (written before the ninetieth-round rules)",
    "ninety-first": " (written before the ninety-first-round rules)",
    "ninety-second": " (written before the ninety-second-round rules)",
    "ninety-third": " (written before the ninety-third-round rules)",
    "ninety-fourth": " (written before the ninety-fourth-round rules)",
    "ninety-fifth": " (written before the ninety-fifth-round rules)",
    "ninety-sixth": " (written before the ninety-sixth-round rules)",
    "ninety-seventh": " (written before the ninety-seventh-round rules)",
    "ninety-eighth": " (written before the ninety-eighth-round rules)",
    "ninety-ninth": " (written before the ninety-ninth-round rules)",
    "hundredth": " (written before the hundredth-round rules)",
    "hundred-first": " (written before the hundred-first-round rules)",
    "hundred-second": " (written before the hundred-second-round rules)",
    "hundred-third": " (written before the hundred-third-round rules)",
    "hundred-fourth": " (written before the hundred-fourth-round rules)",
    "hundred-fifth": " (written before the hundred-fifth-round rules)",
    "hundred-sixth": " (written before the hundred-sixth-round rules)",
    "hundred-seventh": " (written before the hundred-seventh-round rules)",
    "hundred-eighth": " (written before the hundred-eighth-round rules)",
    "hundred-ninth": " (written before the hundred-ninth-round rules)",
    "hundred-tenth": " (written before the hundred-tenth-round rules)",
    "hundred-eleventh": " (written before the hundred-eleventh-round rules)",
    "hundred-twelfth": " (written before the hundred-twelfth-round rules)",
    "hundred-thirteenth": " (written before the hundred-thirteenth-round rules)",
    "hundred-fourteenth": " (written before the hundred-fourteenth-round rules)",
    "hundred-fifteenth": " (written before the hundred-fifteenth-round rules)",
    "hundred-sixteenth": " (written before the hundred-sixteenth-round rules)",
    "hundred-seventeenth": " (written before the hundred-seventeenth-round rules)",
    "hundred-eighteenth": " (written before the hundred-eighteenth-round rules)",
    "hundred-nineteenth": " (written before the hundred-nineteenth-round rules)",
    "hundred-twentieth": " (written before the hundred-twentieth-round rules)",
    "hundred-twenty-first": " (written before the hundred-twenty-first-round rules)",
    "hundred-twenty-second": " (written before the hundred-twenty-second-round rules)",
    "hundred-twenty-third": " (written before the hundred-twenty-third-round rules)",
    "hundred-twenty-fourth": " (written before the hundred-twenty-fourth-round rules)",
    "hundred-twenty-fifth": " (written before the hundred-twenty-fifth-round rules)",
    "hundred-twenty-sixth": " (written before the hundred-twenty-sixth-round rules)",
    "hundred-twenty-seventh": " (written before the hundred-twenty-seventh-round rules)",
    "hundred-twenty-eighth": " (written before the hundred-twenty-eighth-round rules)",
    "hundred-twenty-ninth": " (written before the hundred-twenty-ninth-round rules)",
    "hundred-thirtieth": " (written before the hundred-thirtieth-round rules)",
    "hundred-thirty-first": " (written before the hundred-thirty-first-round rules)",
    "hundred-thirty-second": " (written before the hundred-thirty-second-round rules)",
    "hundred-thirty-third": " (written before the hundred-thirty-third-round rules)",
    "hundred-thirty-fourth": " (written before the hundred-thirty-fourth-round rules)",
    "hundred-thirty-fifth": " (written before the hundred-thirty-fifth-round rules)",
    "hundred-thirty-sixth": " (written before the hundred-thirty-sixth-round rules)",
    "hundred-thirty-seventh": " (written before the hundred-thirty-seventh-round rules)",
    "hundred-thirty-eighth": " (written before the hundred-thirty-eighth-round rules)",
    "hundred-thirty-ninth": " (written before the hundred-thirty-ninth-round rules)",
    "hundred-fortieth": " (written before the hundred-fortieth-round rules)",
    "hundred-forty-first": " (written before the hundred-forty-first-round rules)",
    "hundred-forty-second": " (written before the hundred-forty-second-round rules)",
    "hundred-forty-third": " (written before the hundred-forty-third-round rules)",
    "hundred-forty-fourth": " (written before the hundred-forty-fourth-round rules)",
    "hundred-forty-fifth": " (written before the hundred-forty-fifth-round rules)",
    "hundred-forty-sixth": " (written before the hundred-forty-sixth-round rules)",
    "hundred-forty-seventh": " (written before the hundred-forty-seventh-round rules)",
    "hundred-forty-eighth": " (written before the hundred-forty-eighth-round rules)",
    "hundred-forty-ninth": " (written before the hundred-forty-ninth-round rules)",
    "hundred-fiftieth": " (written before the hundred-fiftieth-round rules)",
    "hundred-fifty-first": " (written before the hundred-fifty-first-round rules)",
    "hundred-fifty-second": " (written before the hundred-fifty-second-round rules)",
    "hundred-fifty-third": " (written before the hundred-fifty-third-round rules)",
    "hundred-fifty-fourth": " (written before the hundred-fifty-fourth-round rules)",
    "hundred-fifty-fifth": " (written before the hundred-fifty-fifth-round rules)",
    "hundred-fifty-sixth": " (written before the hundred-fifty-sixth-round rules)",
    "hundred-fifty-seventh": " (written before the hundred-fifty-seventh-round rules)",
    "hundred-fifty-eighth": " (written before the hundred-fifty-eighth-round rules)",
    "hundred-fifty-ninth": " (written before the hundred-fifty-ninth-round rules)",
    "hundred-sixtieth": " (written before the hundred-sixtieth-round rules)",
    "hundred-sixty-first": " (written before the hundred-sixty-first-round rules)",
    "hundred-sixty-second": " (written before the hundred-sixty-second-round rules)",
    "hundred-sixty-third": " (written before the hundred-sixty-third-round rules)",
    "hundred-sixty-fourth": " (written before the hundred-sixty-fourth-round rules)",
    "hundred-sixty-fifth": " (written before the hundred-sixty-fifth-round rules)",
    "hundred-sixty-sixth": " (written before the hundred-sixty-sixth-round rules)",
    "hundred-sixty-seventh": " (written before the hundred-sixty-seventh-round rules)",
    "hundred-sixty-eighth": " (written before the hundred-sixty-eighth-round rules)",
    "hundred-sixty-ninth": " (written before the hundred-sixty-ninth-round rules)",
    "hundred-seventieth": " (written before the hundred-seventieth-round rules)",
    "hundred-seventy-first": " (written before the hundred-seventy-first-round rules)",
    "hundred-seventy-second": " (written before the hundred-seventy-second-round rules)",
    "hundred-seventy-third": " (written before the hundred-seventy-third-round rules)",
    "hundred-seventy-fourth": " (written before the hundred-seventy-fourth-round rules)",
    "hundred-seventy-fifth": " (written before the hundred-seventy-fifth-round rules)",
    "hundred-seventy-sixth": " (written before the hundred-seventy-sixth-round rules)",
    "hundred-seventy-seventh": " (written before the hundred-seventy-seventh-round rules)",
    "hundred-seventy-eighth": " (written before the hundred-seventy-eighth-round rules)",
    "hundred-seventy-ninth": " (written before the hundred-seventy-ninth-round rules)",
    "hundred-eightieth": " (written before the hundred-eightieth-round rules)",
    "hundred-eighty-first": " (written before the hundred-eighty-first-round rules)",
    "hundred-eighty-second": " (written before the hundred-eighty-second-round rules)",
    "hundred-eighty-third": " (written before the hundred-eighty-third-round rules)",
    "hundred-eighty-fourth": " (written before the hundred-eighty-fourth-round rules)",
    "hundred-eighty-fifth": " (written before the hundred-eighty-fifth-round rules)",
    "hundred-eighty-sixth": " (written before the hundred-eighty-sixth-round rules)",
    "hundred-eighty-seventh": " (written before the hundred-eighty-seventh-round rules)",
    "hundred-eighty-eighth": " (written before the hundred-eighty-eighth-round rules)",
    "hundred-eighty-ninth": " (written before the hundred-eighty-ninth-round rules)",
    "hundred-ninetieth": " (written before the hundred-ninetieth-round rules)",
    "hundred-ninety-first": " (written before the hundred-ninety-first-round rules)",
    "hundred-ninety-second": " (written before the hundred-ninety-second-round rules)",
    "hundred-ninety-third": " (written before the hundred-ninety-third-round rules)",
    "hundred-ninety-fourth": " (written before the hundred-ninety-fourth-round rules)",
    "hundred-ninety-fifth": " (written before the hundred-ninety-fifth-round rules)",
    "hundred-ninety-sixth": " (written before the hundred-ninety-sixth-round rules)",
    "hundred-ninety-seventh": " (written before the hundred-ninety-seventh-round rules)",
    "hundred-ninety-eighth": " (written before the hundred-ninety-eighth-round rules)",
}


def news(which: str = "news") -> None:
    from bilingual import pipeline
    from bilingual.model import Severity

    units = news_units(which)
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
    print(f"\n## News corpus{TITLES[which]}: {len(units)} units ({sum(not u[4] for u in units)} correct, "
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
    import opencc

    from bilingual import pipeline
    from bilingual.model import Severity

    print(
        "\n## Other standards: the corpus's Simplified sentences into other Traditional"
        " standards, its Traditional ones into Simplified\n"
    )
    print(f"{'standard':10} {'correct':>8} {'with a finding':>15} {'seeded':>7} {'caught':>7}")
    for standard in ("s2hk", "s2t", "s2twp", "t2s", "tw2s", "hk2s", "tw2sp"):
        convert = opencc.OpenCC(standard)
        units: list[tuple[str, str, str, bool]] = []
        said: dict[str, str] = {}
        for name, (pairs, prefix) in SETS.items():
            # one catalog per set, as in the news section: the length check's
            # usual range is the catalog's own
            mine = []
            for n, (_, zh, en, errors) in enumerate(pairs):
                source = convert.convert(zh)
                if source == zh:
                    continue  # written in the target script already, or nothing changes
                mine.append((f"{prefix}{n:03d}", source, en, False))
                mine += [
                    (f"{prefix}{n:03d}e{k}", source, en.replace(old, new, 1), True)
                    for k, (old, new) in enumerate(errors)
                ]
            if not mine:
                continue
            units += mine
            # beside the Simplified units, as the news section's catalogs hold
            # both scripts (these are not counted here)
            written = [
                (uid, zh, en, set()) for uid, _, zh, en, _ in news_units(name) if uid[0] == "s"
            ]
            with tempfile.TemporaryDirectory() as tmp:
                po = Path(tmp) / "variants.po"
                _write_corpus_po(po, written + [(uid, zh, en, set()) for uid, zh, en, _ in mine])
                run = pipeline.check(None, [po], ROOT / "glossary.csv", ("consistency",))
            for f in run.findings:
                if f.severity >= Severity.WARNING:
                    said.setdefault(f.unit_id, f"{f.check}: {f.message}")
        flagged = set(said)
        correct = [uid for uid, _, _, seeded in units if not seeded]
        seeded = [uid for uid, _, _, s in units if s]
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
        choices=["accuracy", *SETS, "variants", "speed"],
    )
    args = parser.parse_args()
    if args.only in (None, "accuracy"):
        accuracy()
    for which in SETS:
        if args.only in (None, which):
            news(which)
    if args.only in (None, "variants"):
        variants()
    if args.only in (None, "speed"):
        speed(args.units, args.terms)


if __name__ == "__main__":
    main()
