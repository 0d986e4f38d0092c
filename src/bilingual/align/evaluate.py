"""Bead files and the strict and lax F1 used to compare aligners.

Format (Bertalign's and Vecalign's gold files): one bead per line,
``[zh ids]:[en ids]``, 0-based, ``[]`` for an empty side.

Strict F1 (Bertalign's evaluation): a predicted bead counts only when it is
exactly a gold bead. Precision is over all predicted beads, 1-0 and 0-1
included; recall is over the gold beads that have both sides, matched
against the predicted beads that have both sides. Lax F1 also counts a
predicted bead that overlaps some gold bead on both sides. Counts are
pooled over documents before dividing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bilingual.errors import InputError
from bilingual.model import Bead

_LINE = re.compile(r"\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]")


def format_bead(bead: Bead) -> str:
    return f"[{','.join(map(str, bead.src))}]:[{','.join(map(str, bead.tgt))}]"


def parse_beads(text: str, path: str = "") -> list[Bead]:
    beads = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        m = _LINE.fullmatch(line.strip())
        if not m:
            raise InputError(f"not a bead line: {line.strip()[:40]!r}", path or None, n)
        side = [tuple(int(x) for x in g.split(",") if x.strip()) for g in m.groups()]
        beads.append(Bead(side[0], side[1]))
    return beads


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    lax_precision: float
    lax_recall: float
    lax_f1: float


def _counts(test: Iterable[tuple], gold: Sequence[tuple]) -> tuple[int, int, int]:
    gold_set = set(gold)
    # The gold beads each source sentence is in: a lax match is looked up,
    # not searched for (a search made scoring a long text quadratic).
    by_source: dict[int, list[tuple]] = {}
    for g in gold:
        for i in g[0]:
            by_source.setdefault(i, []).append(g)
    strict = lax = total = 0
    for src, tgt in test:
        total += 1
        if (src, tgt) in gold_set:
            strict += 1
            lax += 1
        elif any(set(tgt) & set(g[1]) for i in src for g in by_source.get(i, ())):
            lax += 1
    return strict, lax, total


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(pairs: Iterable[tuple[Sequence[Bead], Sequence[Bead]]]) -> Score:
    """Pooled strict and lax scores over (predicted, gold) documents."""
    ps = pl = pt = rs = rl = rt = 0
    for test, gold in pairs:
        t = [(b.src, b.tgt) for b in test]
        g = [(b.src, b.tgt) for b in gold]
        s, lx, tot = _counts(t, g)
        ps, pl, pt = ps + s, pl + lx, pt + tot
        t2 = [x for x in t if x[0] and x[1]]
        g2 = [x for x in g if x[0] and x[1]]
        s, lx, tot = _counts(g2, t2)
        rs, rl, rt = rs + s, rl + lx, rt + tot
    p, r = ps / max(pt, 1), rs / max(rt, 1)
    lp, lr = pl / max(pt, 1), rl / max(rt, 1)
    return Score(p, r, _f1(p, r), lp, lr, _f1(lp, lr))
