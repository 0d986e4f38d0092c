"""Re-ingesting is a merge, never an overwrite (what ``msgmerge`` does for PO files).

Given the catalog as it stands and the article as it now reads:

1. a paragraph whose text is unchanged (compared in matching form) keeps its
   unit whole: id, translation, state, comments, wherever it moved to;
2. a paragraph that matches an obsolete unit exactly brings it back;
3. an edited paragraph is paired with the most similar leftover unit (twice
   the longest common subsequence over the total length, at least
   :data:`FUZZY_THRESHOLD`, as msgmerge's fuzzy search): it keeps that unit's
   id and translation, becomes fuzzy (needs review, or stays a draft) and
   records the text the translation was made for as the previous source
   (``#|``);
4. any other paragraph arrives untranslated with a new id;
5. units left over become obsolete (``#~``) when they hold a translation or
   a translator comment; an empty, uncommented unit carries nothing to keep.

No step can turn a reviewed translation into nothing: it stays on its unit,
moves with it to an edited paragraph, or moves to the obsolete list.
"""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import replace

from rapidfuzz.distance import Indel

from bilingual.model import TITLE_ID, Article, Catalog, State, Unit, paragraph_id
from bilingual.normalize import for_matching

FUZZY_THRESHOLD = 0.6


def merge(old: Catalog, article: Article, header: tuple[tuple[str, str], ...]) -> Catalog:
    """The catalog for ``article``, carrying over everything ``old`` knew."""
    texts = [p.text for p in article.paragraphs]
    keys = [for_matching(t) for t in texts]
    old_title = next((u for u in old.units if u.id == TITLE_ID), None)
    pool = [u for u in old.units if u.id != TITLE_ID]
    matched: list[Unit | None] = [None] * len(texts)
    used: set[int] = set()

    by_key: dict[str, deque[int]] = defaultdict(deque)
    for i, unit in enumerate(pool):
        by_key[for_matching(unit.source)].append(i)
    for n, key in enumerate(keys):
        if by_key[key]:
            i = by_key[key].popleft()
            used.add(i)
            matched[n] = replace(pool[i], source=texts[n])

    revived: set[str] = set()
    obsolete_by_key: dict[str, deque[Unit]] = defaultdict(deque)
    for unit in old.obsolete:
        obsolete_by_key[for_matching(unit.source)].append(unit)
    active_ids = {u.id for u in old.units}
    for n, key in enumerate(keys):
        if matched[n] is None and obsolete_by_key[key]:
            unit = obsolete_by_key[key].popleft()
            revived.add(unit.id)
            if unit.id in active_ids:  # a hand-edited file reused the id: give a fresh one
                unit = replace(unit, id=paragraph_id(key, active_ids | revived))
            matched[n] = replace(unit, source=texts[n])

    leftovers = [i for i in range(len(pool)) if i not in used]
    for n, i in _fuzzy_pairs(keys, matched, pool, leftovers):
        used.add(i)
        matched[n] = _edited(pool[i], texts[n])

    taken = {u.id for u in old.units} | {u.id for u in old.obsolete}
    units: list[Unit] = []
    title = _title_unit(old_title, article.title)
    if title:
        units.append(title)
    for n, unit in enumerate(matched):
        if unit is None:
            unit = Unit(id=paragraph_id(keys[n], taken), source=texts[n])
            taken.add(unit.id)
        units.append(unit)

    gone = [pool[i] for i in range(len(pool)) if i not in used]
    if old_title and not title:
        gone.insert(0, old_title)
    kept = [u for u in old.obsolete if u.id not in revived]
    newly = [replace(u, previous_source="") for u in gone if u.target or u.comments]
    return Catalog(
        slug=old.slug,
        units=tuple(units),
        obsolete=tuple(kept + newly),
        header=header,
        header_comment=old.header_comment,
    )


def _title_unit(old: Unit | None, title: str) -> Unit | None:
    if not title:
        return None
    if old is None:
        return Unit(id=TITLE_ID, source=title)
    if for_matching(old.source) == for_matching(title):
        return replace(old, source=title)
    return _edited(old, title)


def _edited(unit: Unit, new_source: str) -> Unit:
    """``unit`` after its source text was edited: its translation kept, as fuzzy."""
    if not unit.target:
        return replace(unit, source=new_source, previous_source="")
    state = State.DRAFT if unit.state is State.DRAFT else State.NEEDS_REVIEW
    return replace(
        unit,
        source=new_source,
        state=state,
        previous_source=unit.previous_source or unit.source,
    )


def _fuzzy_pairs(
    keys: list[str], matched: list[Unit | None], pool: list[Unit], leftovers: list[int]
) -> list[tuple[int, int]]:
    """Best-first pairing of unmatched paragraphs with leftover units by similarity."""
    open_paragraphs = [n for n, u in enumerate(matched) if u is None]
    scored: list[tuple[float, int, int]] = []
    old = {i: for_matching(pool[i].source) for i in leftovers}
    for n in open_paragraphs:
        for i in leftovers:
            # 2·LCS / total length, difflib's ratio computed exactly (and in C).
            ratio = Indel.normalized_similarity(keys[n], old[i], score_cutoff=FUZZY_THRESHOLD)
            if ratio >= FUZZY_THRESHOLD:
                scored.append((ratio, n, i))
    pairs: list[tuple[int, int]] = []
    done_n: set[int] = set()
    done_i: set[int] = set()
    for _ratio, n, i in sorted(scored, key=lambda s: (-s[0], abs(s[1] - s[2]), s[1])):
        if n not in done_n and i not in done_i:
            pairs.append((n, i))
            done_n.add(n)
            done_i.add(i)
    return pairs
