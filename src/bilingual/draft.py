"""Machine drafts: fill untranslated units from translation memory, then machine translation.

Order: an exact memory match (paragraph), a paragraph put together from
exact sentence matches, a fuzzy paragraph match at or above the threshold,
then the machine translation engine when one is installed. Every draft is
fuzzy and says where it came from in a ``#. draft: …`` comment (``tm exact
article/p1a2b3c4``, ``tm 87% …``, ``tm sentences``). Only empty units are
filled: a translation, a translator's fuzzy, a review is never touched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from bilingual.memory import Memory
from bilingual.model import DRAFT_MARK, Catalog, State, Unit
from bilingual.segment import split_zh

#: Fuzzy matches below this score (0-100) are not offered.
THRESHOLD = 75.0

#: A machine translation engine: Chinese texts in, English texts out, and its provenance.
Engine = Callable[[Sequence[str]], list[tuple[str, str]]]


@dataclass(frozen=True)
class DraftReport:
    slug: str
    exact: int
    sentences: int
    fuzzy: int
    machine: int
    left: int


def draft(
    catalog: Catalog,
    memory: Memory,
    threshold: float = THRESHOLD,
    engine: Engine | None = None,
) -> tuple[Catalog, DraftReport]:
    counts = {"exact": 0, "sentences": 0, "fuzzy": 0, "machine": 0}
    units = list(catalog.units)
    pending: list[int] = []
    for k, unit in enumerate(units):
        # Only empty units that are the tool's to fill: not one a translator
        # cleared, nor one whose English was merged into another unit.
        if unit.target or not unit.machine_owned:
            continue
        found = _from_memory(unit, memory, threshold)
        if found is None:
            pending.append(k)
            continue
        kind, text, note = found
        counts[kind] += 1
        units[k] = _drafted(unit, text, note)
    if engine and pending:
        for k, (text, note) in zip(
            pending, engine([units[k].source for k in pending]), strict=True
        ):
            if text:
                units[k] = _drafted(units[k], text, note)
                counts["machine"] += 1
    left = sum(1 for u in units if u.state is State.UNTRANSLATED)
    report = DraftReport(
        catalog.slug, counts["exact"], counts["sentences"], counts["fuzzy"], counts["machine"], left
    )
    return replace(catalog, units=tuple(units)), report


def _from_memory(unit: Unit, memory: Memory, threshold: float) -> tuple[str, str, str] | None:
    hit = memory.exact(unit.source)
    if hit:
        return "exact", hit.target, f"tm exact {hit.origin}"
    sentences = split_zh(unit.source)
    if len(sentences) > 1:
        parts = [memory.exact(s) for s in sentences]
        if all(parts):
            return "sentences", " ".join(p.target for p in parts if p), "tm sentences exact"
    hit = memory.fuzzy(unit.source, threshold)
    if hit:
        return "fuzzy", hit.target, f"tm {hit.score:.0f}% {hit.origin}"
    return None


def _drafted(unit: Unit, text: str, note: str) -> Unit:
    return unit.signed(text, State.DRAFT, (f"{DRAFT_MARK} {note}",))
