"""Pairing the English paragraphs with the catalog's Chinese ones.

Until the embedding aligner lands, pairs are made by position: the English
title with the Chinese title, the n-th English paragraph with the n-th
Chinese one. Every such pair is only a guess, so it is marked needs review
with ``aligned: by position``. English left over when the Chinese runs out is
never dropped: it is attached to the last unit as an ``unpaired English``
note, where a translator sees it in any PO editor.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from bilingual.model import TITLE_ID, Article, Catalog, State, Unit

BY_POSITION = "aligned: by position"
UNPAIRED = "unpaired English: "


@dataclass(frozen=True)
class PairingReport:
    paired: int
    kept: int
    unpaired_english: tuple[str, ...]


def replaceable(unit: Unit) -> bool:
    """Whether pairing may set this unit's English: never over a translator's work.

    Empty units, machine drafts and earlier automatic pairs can be replaced;
    reviewed units, units a translator marked fuzzy themselves and units whose
    source was edited (they hold the translation to be fixed) cannot.
    """
    if unit.state is State.REVIEWED or unit.previous_source:
        return False
    automatic = any(p.startswith("aligned:") for p in unit.provenance)
    return unit.state in (State.UNTRANSLATED, State.DRAFT) or automatic


def pair_by_position(catalog: Catalog, english: Article) -> tuple[Catalog, PairingReport]:
    body = [u for u in catalog.units if u.id != TITLE_ID]
    targets = {TITLE_ID: english.title} if english.title else {}
    targets.update({u.id: p.text for u, p in zip(body, english.paragraphs, strict=False)})
    leftover = tuple(p.text for p in english.paragraphs[len(body) :])
    paired = kept = 0
    units = []
    for unit in catalog.units:
        provenance = tuple(p for p in unit.provenance if not p.startswith(UNPAIRED))
        unit = replace(unit, provenance=provenance)
        target = targets.get(unit.id, "")
        if target and replaceable(unit):
            notes = tuple(p for p in provenance if not p.startswith(("aligned:", "draft:")))
            unit = unit.with_target(target, State.NEEDS_REVIEW, (BY_POSITION, *notes))
            paired += 1
        elif target:
            kept += 1
        units.append(unit)
    if leftover and units:
        last = units[-1]
        notes = tuple(UNPAIRED + text for text in leftover)
        units[-1] = replace(last, provenance=last.provenance + notes)
    return replace(catalog, units=tuple(units)), PairingReport(paired, kept, leftover)
