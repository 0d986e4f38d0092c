"""Aligning an English article with a catalog's Chinese paragraphs.

Paragraphs are aligned first (beads up to 3-1/1-3, 2-2, 1-0 and 0-1), then
the sentences inside every paired group. Into each unit go:

- its English: the English sentences whose sentence beads start in this
  unit's Chinese; English paragraphs within one unit are separated by a
  newline (``\\n``) so that the export can keep them apart;
- ``#. aligned: <shape> score <cosine>``: the paragraph bead and its score;
- ``#. evidence: …``: numbers and glossary terms found on both sides;
- ``#. sentences: [0]:[0] [1,2]:[1]``: the sentence beads inside the unit
  (Chinese sentence ids : English sentence ids, both counted within the
  unit), for translation memory, sentence-level TMX and the review view;
- ``#. check: …``: why a translator should look closer (a score under the
  threshold, English that covers several Chinese paragraphs, Chinese with
  no English).

- ``#. written: <digest>``: the fingerprint of the English written, by
  which a later change by a person is recognised.

English paragraphs that pair with nothing are never dropped: they are
attached to the unit before them as ``#. unpaired English: …`` and reported.
Every aligned unit is "needs review" (fuzzy). Only units whose English is
still the tool's own are changed (:attr:`~bilingual.model.Unit.machine_owned`):
a reviewed unit, a unit with a translator's decision, English a person
edited or cleared in any tool, and a unit whose source was edited since its
translation keep what they hold. English that such a unit already holds, or
that a translator discarded, is never placed a second time.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bilingual.model import TITLE_ID, UNPAIRED_MARK, Article, Bead, Catalog, State, Unit
from bilingual.normalize import for_matching, to_simplified
from bilingual.numbers import en_numbers, zh_numbers
from bilingual.segment import english_pieces, join_english, split_en, split_zh

if TYPE_CHECKING:
    from bilingual.align.embed import Encoder

#: Paragraph pairs the aligner is less sure of than this (the estimated
#: probability that the pair is right, :mod:`.confidence`) are flagged for a
#: closer look. Chosen on seeds the benchmark never reports (MAC-Dev
#: pseudo-paragraphs, ``--first-seed 100 --seeds 6``), where it flags 93.9%
#: of wrong pairs and 18.2% of right ones. The share of right pairs flagged
#: barely moves from one set of perturbations to another (about 11,000 right
#: pairs: a standard error near 0.4 points), the share of wrong ones moves by
#: points (about 380: near 1.3), so each bar gets room in its own errors: 0.96
#: (92.6% and 16.0% there) left the wrong pairs two standard errors, 0.97
#: leaves them three and the right pairs five.
THRESHOLD = 0.97

#: Prefix of a decision that took a piece of unpaired English out of play.
DISCARDED = "discarded English: "


@dataclass(frozen=True)
class AlignReport:
    slug: str
    beads: tuple[Bead, ...]
    aligned: int
    kept: int
    low_confidence: int
    untranslated: int
    unpaired_english: tuple[str, ...]


def align_article(
    catalog: Catalog,
    english: Article,
    terms: dict[str, str] | None = None,
    threshold: float = THRESHOLD,
    encoder: Encoder | None = None,
) -> tuple[Catalog, AlignReport]:
    from bilingual.align import PARAGRAPH_WEIGHTS, align, check_sides, embed_paragraphs
    from bilingual.align.evaluate import format_bead

    body = [u for u in catalog.units if u.id != TITLE_ID]
    # Aligned in Simplified script: a Traditional page and its Simplified copy
    # get the same beads and scores (the sentence boundaries are the same).
    zh_sentences = [split_zh(to_simplified(u.source)) for u in body]
    en_sentences = [split_en(p.text) for p in english.paragraphs]
    check_sides([u.source for u in body], [p.text for p in english.paragraphs])
    beads = align(
        embed_paragraphs(zh_sentences, encoder),
        embed_paragraphs(en_sentences, encoder),
        terms,
        PARAGRAPH_WEIGHTS,
    )
    proposals: dict[str, tuple[str, tuple[str, ...]]] = {}
    unpaired: list[tuple[int, str]] = []
    last = 0  # the body unit an unpaired English paragraph follows
    for bead in beads:
        if not bead.src:
            unpaired.extend((last, english.paragraphs[j].text) for j in bead.tgt)
            continue
        last = bead.src[-1]
        units = [body[i] for i in bead.src]
        if not bead.tgt:
            for unit in units:
                proposals[unit.id] = ("", ("aligned: 1-0", "check: no English counterpart found"))
            continue
        groups = _split_by_sentences(
            [zh_sentences[i] for i in bead.src], [en_sentences[j] for j in bead.tgt], terms, encoder
        )
        for k, (unit, (text, sentence_beads)) in enumerate(zip(units, groups, strict=True)):
            notes = [f"aligned: {bead.shape} score {bead.score:.2f}"]
            notes += _evidence(unit.source, text, terms)
            notes.append("sentences: " + " ".join(format_bead(b) for b in sentence_beads))
            notes += _checks(bead, k, units, threshold, text)
            proposals[unit.id] = (text, tuple(notes))
    return _apply(catalog, english, proposals, unpaired, tuple(beads))


def _split_by_sentences(
    zh: list[list[str]], en: list[list[str]], terms: dict[str, str] | None, encoder: Encoder | None
) -> list[tuple[str, list[Bead]]]:
    """Share a group of English paragraphs out among a group of Chinese ones, by sentence."""
    from bilingual.align import align, embed_sentences

    zh_flat = [(u, s) for u, sents in enumerate(zh) for s in sents]
    en_flat = [(p, s) for p, sents in enumerate(en) for s in sents]
    beads = align(
        embed_sentences([s for _, s in zh_flat], encoder),
        embed_sentences([s for _, s in en_flat], encoder),
        terms,
    )
    owner = [0] * len(en_flat)
    current = 0
    for bead in beads:
        if bead.src:
            current = zh_flat[bead.src[0]][0]
        for j in bead.tgt:
            owner[j] = current
    starts = [sum(len(s) for s in zh[:u]) for u in range(len(zh))]
    out = []
    for u in range(len(zh)):
        mine = [j for j in range(len(en_flat)) if owner[j] == u]
        text = join_english([en_flat[j] for j in mine])
        local = {j: k for k, j in enumerate(mine)}
        unit_beads = []
        for bead in beads:
            src = tuple(i - starts[u] for i in bead.src if zh_flat[i][0] == u)
            tgt = tuple(local[j] for j in bead.tgt if j in local)
            if src or tgt:
                unit_beads.append(Bead(src, tgt))
        out.append((text, unit_beads))
    return out


def _evidence(zh: str, en: str, terms: dict[str, str] | None) -> list[str]:
    found = []
    en_keys = {k for n in en_numbers(en) for k in n.readings()}
    shared = [n.text for n in zh_numbers(zh) if any(k in en_keys for k in n.readings())]
    if shared:
        found.append("numbers " + ", ".join(dict.fromkeys(shared)))
    zh_match, en_lower = for_matching(zh), en.lower()
    hits = [
        k for k, v in (terms or {}).items() if for_matching(k) in zh_match and v.lower() in en_lower
    ]
    if hits:
        found.append("glossary " + ", ".join(hits))
    return ["evidence: " + "; ".join(found)] if found else []


def _checks(bead: Bead, k: int, units: list[Unit], threshold: float, text: str) -> list[str]:
    notes = []
    if bead.score < threshold:
        notes.append(
            f"check: low alignment confidence {bead.score:.2f} (threshold {threshold:.2f})"
        )
    if len(bead.src) > 1:
        others = ", ".join(u.id for j, u in enumerate(units) if j != k)
        notes.append(f"check: translated together with {others}")
    if len(bead.tgt) > 1 and "\n" in text:
        notes.append(f"check: the English spans {text.count(chr(10)) + 1} paragraphs")
    if not text:
        notes.append("check: no English sentence was placed here")
    return notes


def _sentence_key(sentence: str) -> str:
    return " ".join(for_matching(sentence).lower().split())


def _taken(catalog: Catalog) -> set[str]:
    """English sentences a translator has placed or discarded: not to be placed again."""
    keys = set()
    for unit in catalog.units:
        if not unit.machine_owned:
            keys |= {_sentence_key(s) for _, s in english_pieces(unit.target)}
        for decision in unit.decisions:
            _, _, text = decision.partition(DISCARDED)
            keys |= {_sentence_key(s) for _, s in english_pieces(text)}
    return keys


def _without(text: str, taken: set[str]) -> str:
    return join_english([(n, s) for n, s in english_pieces(text) if _sentence_key(s) not in taken])


def _apply(
    catalog: Catalog,
    english: Article,
    proposals: dict[str, tuple[str, tuple[str, ...]]],
    unpaired: list[tuple[int, str]],
    beads: tuple[Bead, ...],
) -> tuple[Catalog, AlignReport]:
    if english.title:
        proposals[TITLE_ID] = (english.title, ("aligned: title",))
    taken = _taken(catalog)
    if taken:
        unpaired = [(i, t) for i, t in unpaired if _without(t, taken)]
    body_ids = [u.id for u in catalog.units if u.id != TITLE_ID] or [TITLE_ID]
    after: dict[str, list[str]] = {}
    for index, text in unpaired:
        after.setdefault(body_ids[min(index, len(body_ids) - 1)], []).append(text)
    units, aligned, kept, low, empty = [], 0, 0, 0, 0
    for unit in catalog.units:
        provenance = tuple(p for p in unit.provenance if not p.startswith(UNPAIRED_MARK))
        unit = replace(unit, provenance=provenance)
        if unit.id in proposals and unit.machine_owned:
            text, notes = proposals[unit.id]
            if taken and text and not (text := _without(text, taken)):
                notes = (*notes, "check: its English is already in a pair a translator decided")
            unit = unit.signed(text, State.NEEDS_REVIEW if text else State.UNTRANSLATED, notes)
            aligned += 1
            low += any(n.startswith("check: low") for n in notes)
            empty += not text
        elif unit.id in proposals:
            kept += 1
        extra = tuple(UNPAIRED_MARK + t for t in after.get(unit.id, ()))
        units.append(replace(unit, provenance=unit.provenance + extra))
    report = AlignReport(
        catalog.slug, beads, aligned, kept, low, empty, tuple(t for _, t in unpaired)
    )
    return replace(catalog, units=tuple(units)), report
