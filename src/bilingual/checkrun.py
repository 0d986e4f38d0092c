"""Running the checks over catalog files, on every core.

The files are cut into runs of whole PO entries
(:func:`~bilingual.catalog.entry_boundary`), several per core, and each task
both reads and checks one run: a hundred thousand units take longer to parse
than to send anywhere, so parsing is shared out too, and small tasks keep
both cores busy when one of them is slower (on a shared machine, it often
is). Two checks need every catalog at once, and the tasks send back what the
parent needs for them:

- length-ratio compares each unit with the median over all units: the tasks
  send each unit's ratio, and the parent judges them once all have come in;
- consistency compares every unit with every other one: the tasks send the
  units' matching forms, which the parent groups as they come in.

Paragraph ids must also be unique in a file that was cut; the parent checks
that across runs. Small inputs go through the same steps in this process.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from bilingual.catalog import read_po
from bilingual.checkcache import CheckCache, cut_points
from bilingual.checks import (
    Consistency,
    Context,
    Row,
    check_units,
    consistency_rows,
    english_per_chinese,
    ignored,
    in_order,
    length_message,
    ratios,
    usual_range,
)
from bilingual.errors import BilingualError, CatalogError
from bilingual.glossary import Glossary
from bilingual.model import Finding, Severity, merged_units
from bilingual.normalize import for_matching_many
from bilingual.workers import die_with_parent

#: Below this many bytes of PO, starting worker processes costs more than it saves.
PARALLEL_FROM = 1_000_000
#: Runs per worker: enough for the faster core to take over the slower one's share.
RUNS_PER_WORKER = 16
#: The largest run: a re-check after one change reads and checks one run again.
LARGEST_RUN = 64_000


@dataclass(frozen=True)
class Piece:
    """A run of whole entries of one file, starting on line ``first_line``."""

    path: str
    text: str
    first_line: int = 1
    #: Whether the file was cut, so that its ids are checked across pieces.
    cut: bool = False


@dataclass
class Done:
    """What a task sends back about its piece."""

    findings: list[Finding] = field(default_factory=list)
    count: int = 0
    #: English/Chinese length of the translated units, for the median.
    ratios: list[float] = field(default_factory=list)
    #: (line, id, English per Chinese character) for the length-ratio check.
    lengths: list[tuple[int, str, float]] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    #: (id, line) of the units, when the file was cut.
    ids: list[tuple[str, int]] = field(default_factory=list)
    error: BilingualError | None = None


@dataclass(frozen=True)
class Result:
    findings: list[Finding]
    units: int
    catalogs: int


def check_texts(
    files: Sequence[tuple[str, str]],
    glossary: Glossary,
    disabled: frozenset[str] = frozenset(),
    length_range: tuple[float, float] | None = None,
    workers: int | None = None,
    cache: CheckCache | None = None,
) -> Result:
    """Every finding in the catalogs ``files`` ((shown path, PO text) pairs).

    ``length_range`` fixes the usual English/Chinese length ratio instead of
    measuring it. With a ``cache``, runs of entries checked before (same
    text, glossary, settings and version) are not checked again. A malformed
    catalog raises :class:`CatalogError`.
    """
    with _without_gc():
        return _check_texts(files, glossary, disabled, length_range, workers, cache)


@contextmanager
def _without_gc() -> Iterator[None]:
    """No cyclic garbage collection while checking (in the workers too, by fork).

    Reading a catalog makes hundreds of thousands of small objects and no
    cycles: the collector would walk them over and over for nothing (a third
    of the reading time, measured).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


#: The pieces, glossary and disabled checks, set before the workers are forked.
_task: tuple[list[Piece], Glossary, frozenset[str]] | None = None


def _check_texts(
    files: Sequence[tuple[str, str]],
    glossary: Glossary,
    disabled: frozenset[str],
    length_range: tuple[float, float] | None,
    workers: int | None,
    cache: CheckCache | None,
) -> Result:
    global _task
    workers = workers or usable_cores()
    size = sum(len(text) for _, text in files)
    runs = workers * RUNS_PER_WORKER if workers > 1 and size >= PARALLEL_FROM else 1
    pieces = _cut([Piece(path, text) for path, text in files], runs)
    consistency = Consistency()
    done: dict[int, Done] = {}
    for k, piece in enumerate(pieces):
        if cache is not None and (found := cache.get(piece)) is not None:
            done[k] = found
            consistency.add(found.rows, k)
    todo = [k for k in range(len(pieces)) if k not in done]
    left = sum(len(pieces[k].text) for k in todo)
    parallel = workers > 1 and left >= PARALLEL_FROM and "fork" in mp.get_all_start_methods()
    if todo:
        glossary.prepare()  # built once, here, and inherited by every worker
    _task = (pieces, glossary, disabled)
    try:
        if parallel:
            with mp.get_context("fork").Pool(
                workers, initializer=die_with_parent, initargs=(os.getpid(),)
            ) as pool:
                # Many small catalogs (one per article) go out a few at a time.
                batch = max(1, len(todo) // (workers * RUNS_PER_WORKER))
                for k, part in pool.imap_unordered(_run, todo, batch):
                    done[k] = part
                    if part.error is None:
                        consistency.add(part.rows, k)  # while the others are still running
        else:
            for k in todo:
                done[k] = _run(k)[1]
                consistency.add(done[k].rows, k)
    finally:
        _task = None
    parts = [done[k] for k in range(len(pieces))]
    for part in parts:
        if part.error is not None:
            raise part.error  # the first file's, as when reading in one process
    _unique_ids(pieces, parts)
    if cache is not None:  # only for good input: bad input writes nothing
        for k in todo:
            cache.put(pieces[k], done[k])
        cache.prune(len(pieces))
    findings = [f for part in parts for f in part.findings]
    if "length-ratio" not in disabled:
        usual = length_range or usual_range([r for part in parts for r in part.ratios])
        findings += _lengths(pieces, parts, usual)
    if "consistency" not in disabled:
        findings += consistency.findings()
    return Result(in_order(findings), sum(p.count for p in parts), len(files))


def usable_cores() -> int:
    """The cores this process may run on (not all the machine's, in a container), at most 8."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return min(cores, 8)


def _run(k: int) -> tuple[int, Done]:
    """Read and check piece ``k``: every check but the two that need all pieces."""
    assert _task is not None  # set before the workers are forked
    pieces, glossary, disabled = _task
    piece = pieces[k]
    try:
        # A translator's merge is checked as one pair: all its Chinese, its English.
        units = merged_units(read_po(piece.text, piece.path, "", piece.first_line).units)
    except BilingualError as exc:
        return k, Done(error=exc)
    # The Chinese matching forms serve both the glossary and consistency.
    forms = for_matching_many([u.source for u in units])
    across = disabled | {"length-ratio", "consistency"}
    part = Done(check_units(units, Context(glossary), across, piece.path, forms), len(units))
    part.ratios = ratios(units)
    if "length-ratio" not in disabled:
        for u in units:
            ratio = english_per_chinese(u) if u.target else None
            if ratio is not None and not (u.comments and "length-ratio" in ignored(u)):
                part.lengths.append((u.line, u.id, ratio))
    if "consistency" not in disabled:
        part.rows = consistency_rows(piece.path, units, forms)
    if piece.cut:
        part.ids = [(u.id, u.line) for u in units]
    return k, part


def _lengths(pieces: list[Piece], parts: list[Done], usual: tuple[float, float]) -> list[Finding]:
    """The length-ratio check, now that the usual range is known."""
    findings = []
    for piece, part in zip(pieces, parts, strict=True):
        for line, unit_id, ratio in part.lengths:
            message = length_message(ratio, usual)
            if message:
                findings.append(
                    Finding("length-ratio", Severity.WARNING, message, piece.path, line, unit_id)
                )
    return findings


def _unique_ids(pieces: list[Piece], parts: list[Done]) -> None:
    """Paragraph ids unique across the pieces of a cut file (each piece checked its own)."""
    ids = [(piece.path, unit_id) for piece, part in zip(pieces, parts, strict=True)
           for unit_id, _ in part.ids]  # fmt: skip
    if len(set(ids)) == len(ids):
        return  # the usual case, settled without a loop
    seen: set[tuple[str, str]] = set()
    for piece, part in zip(pieces, parts, strict=True):
        for unit_id, line in part.ids:
            if (piece.path, unit_id) in seen:
                raise CatalogError(f"duplicate paragraph id {unit_id!r}", piece.path, line)
            seen.add((piece.path, unit_id))


def _cut(files: list[Piece], parts: int) -> list[Piece]:
    """The files as pieces of about equal size (at most :data:`LARGEST_RUN`
    characters, about ``parts`` in all), in file order, cut where their
    content says (:func:`~bilingual.checkcache.cut_points`)."""
    # A power of two: a file that grew a little is cut at the same places.
    wanted = max(1, sum(len(f.text) for f in files) // parts)
    step = min(LARGEST_RUN, 1 << (wanted.bit_length() - 1))
    pieces = []
    for f in files:
        text, start, line, cut = f.text, 0, 1, []
        for at in cut_points(text, step) if len(text) > 1.5 * step else ():
            cut.append(Piece(f.path, text[start:at], line))
            line += text.count("\n", start, at)
            start = at
        cut.append(Piece(f.path, text[start:], line))
        pieces += [replace(p, cut=len(cut) > 1) for p in cut]
    return pieces
