"""Which rows the consistency check must compare, kept from one check to the next.

The consistency check only compares rows whose Chinese or English matching
form comes up more than once (:mod:`bilingual.checkrun`). Finding them takes
a pass over the checksums of every row of every run: with a hundred thousand
units, that pass is a sixth of a re-check after one unit changed, while the
runs that changed hold a few hundred rows.

So the last check of the same catalogs leaves an index: every row's checksum
with the row's place (a slot for its run, its number in the run), sorted,
and the checksums that came up more than once. Paragraph ids are kept the
same way: an id of a cut file whose checksum comes up once is unique, and
only when one repeats are the ids compared in full. A re-check takes out the rows
of the runs that went and puts in those of the runs that came, and counts
again only the checksums those rows hold; everything else is as it was. When
most runs changed, or the index is missing or unreadable, it is built again
from every run, and the answer is the same either way (tested).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise, repeat
from operator import add, rshift

#: A record: checksum, then slot, then row, as one unsigned 64-bit number.
SLOT_BITS = ROW_BITS = 16
#: Past this many runs or rows in a run, the index is not kept.
MOST = 1 << SLOT_BITS
#: A run's checksums: of its rows' Chinese and English forms, and of its ids.
Columns = tuple[array, array, array]  # type: ignore[type-arg]
SIDES = 3


@dataclass
class Side:
    """The records of one side, sorted, and the checksums that repeat."""

    records: array  # type: ignore[type-arg]
    many: set[int]


@dataclass
class Index:
    #: The key of the run in each slot ("" for a free slot).
    slots: list[str]
    #: Chinese forms, English forms, paragraph ids (of cut files).
    sides: list[Side]

    def dump(self) -> tuple[list[str], list[tuple[bytes, list[int]]]]:
        return self.slots, [(side.records.tobytes(), sorted(side.many)) for side in self.sides]

    @classmethod
    def load(cls, data: tuple[list[str], list[tuple[bytes, list[int]]]]) -> Index:
        slots, sides = data
        return cls(list(slots), [Side(_records(records), set(many)) for records, many in sides])


def _records(data: bytes) -> array:  # type: ignore[type-arg]
    records = array("Q")
    records.frombytes(data)
    return records


def build(keys: Sequence[str], columns: Sequence[Columns]) -> Index | None:
    """The index of runs ``keys`` with their checksum columns (one per side)."""
    if len(keys) >= MOST or any(len(c) >= MOST for run in columns for c in run):
        return None
    sides = []
    for side in range(SIDES):
        found: list[int] = []
        for slot, pair in enumerate(columns):
            found += _rows(pair[side], slot)
        found.sort()
        values = list(map(rshift, found, repeat(32, len(found))))
        many = {a for a, b in pairwise(values) if a == b}
        sides.append(Side(array("Q", found), many))
    return Index(list(keys), sides)


def update(
    index: Index,
    keys: Sequence[str],
    columns: Sequence[Columns],
    gone: Callable[[str], Columns | None],
) -> tuple[Index, list[int]] | None:
    """The index for runs ``keys`` (with their checksum ``columns``) from the
    ``index`` of the last check, and the slot of each run.

    ``gone`` gives the columns of a run of the last check by its key. None
    when the index cannot be updated: a run that went cannot be read, or
    there are too many runs.
    """
    kept: dict[str, list[int]] = {}
    for slot, key in enumerate(index.slots):
        if key:
            kept.setdefault(key, []).append(slot)
    place: list[int] = []
    came: list[int] = []  # positions in keys of the runs the index does not have
    for at, key in enumerate(keys):
        slots = kept.get(key)
        place.append(slots.pop() if slots else -1)
        if place[-1] < 0:
            came.append(at)
    went = sorted((slot, key) for key, slots in kept.items() for slot in slots)
    old = {key: gone(key) for _, key in went}
    if any(column is None for column in old.values()):
        return None
    slots = list(index.slots)
    for slot, _ in went:
        slots[slot] = ""
    free = [slot for slot, _ in went]
    for at in came:
        place[at] = free.pop(0) if free else len(slots)
        if place[at] == len(slots):
            slots.append("")
        slots[place[at]] = keys[at]
    if len(slots) >= MOST or any(len(c) >= MOST for at in came for c in columns[at]):
        return None
    sides = []
    for side, before in enumerate(index.sides):
        removed = sorted(r for slot, key in went for r in _rows(old[key][side], slot))  # type: ignore[index]
        added = sorted(r for at in came for r in _rows(columns[at][side], place[at]))
        records = _without(before.records, removed)
        if records is None:
            return None
        records = _with(records, added)
        many = set(before.many)
        for value in {r >> 32 for r in removed} | {r >> 32 for r in added}:
            at = bisect_left(records, value << 32)
            if at + 1 < len(records) and records[at + 1] >> 32 == value:
                many.add(value)  # (sorted: the record before it has it too)
            else:
                many.discard(value)
        sides.append(Side(records, many))
    return Index(slots, sides), place


def _rows(column: array, slot: int) -> list[int]:  # type: ignore[type-arg]
    """The records of a run's checksums ``column`` in ``slot`` (in maps: no Python
    frame per row, a fifth of the time of a comprehension)."""
    base = slot << ROW_BITS
    return list(map(add, map(_HIGH.__mul__, column), range(base, base + len(column))))


_HIGH = 1 << 32


def _without(records: array, gone: list[int]) -> array | None:  # type: ignore[type-arg]
    """``records`` less the sorted records ``gone`` (None if one is missing)."""
    if not gone:
        return records
    out, start = array("Q"), 0
    for record in gone:
        at = bisect_left(records, record, start)
        if at == len(records) or records[at] != record:
            return None
        out += records[start:at]
        start = at + 1
    out += records[start:]
    return out


def _with(records: array, new: list[int]) -> array:  # type: ignore[type-arg]
    """``records`` with the sorted records ``new`` in their places."""
    if not new:
        return records
    out, start = array("Q"), 0
    for record in new:
        at = bisect_left(records, record, start)
        out += records[start:at]
        out.append(record)
        start = at
    out += records[start:]
    return out


def wanted(index: Index, place: Sequence[int]) -> dict[int, list[int]]:
    """The rows to compare, by run (its position in this check): every row
    whose Chinese or English checksum comes up more than once."""
    run_of = {slot: at for at, slot in enumerate(place)}
    found: dict[int, set[int]] = {}
    mask = (1 << ROW_BITS) - 1
    for side in index.sides[:2]:
        records = side.records
        for value in side.many:
            at = bisect_left(records, value << 32)
            while at < len(records) and records[at] >> 32 == value:
                record = records[at]
                found.setdefault(run_of[(record >> ROW_BITS) & mask], set()).add(record & mask)
                at += 1
    return {run: sorted(rows) for run, rows in found.items()}
