"""Running the checks over catalog files, on every core.

The files are cut into runs of whole PO entries (:func:`~bilingual.catalog.entry_boundary`),
one run per core, and each worker process both reads and checks its run: a
hundred thousand units take longer to parse than to send anywhere, so the
parsing is shared out too. Three things need every catalog at once, and the
workers send what the parent needs for them after parsing:

- the usual English/Chinese length ratio (the median over all units), which
  the length-ratio check needs before it runs: the parent sends it back;
- the consistency check, which compares every unit with every other one: the
  parent runs it on the units' matching forms while the workers check;
- paragraph ids, which must be unique in a file that was cut in two.

Small inputs are read and checked in this process, through the same steps.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection

from bilingual.catalog import entry_boundary, read_po
from bilingual.checks import (
    Context,
    Row,
    check_units,
    consistency_of,
    consistency_rows,
    in_order,
    ratios,
    usual_range,
)
from bilingual.errors import BilingualError, CatalogError
from bilingual.glossary import Glossary
from bilingual.model import Finding, Unit
from bilingual.normalize import for_matching_many

#: Below this many bytes of PO, starting worker processes costs more than it saves.
PARALLEL_FROM = 1_000_000


@dataclass(frozen=True)
class Piece:
    """A run of whole entries of one file, starting on line ``first_line``."""

    path: str
    text: str
    first_line: int = 1
    #: Whether the file was cut, so that its ids are checked across pieces.
    cut: bool = False


@dataclass
class Parsed:
    """What a worker knows after reading its pieces."""

    units: list[tuple[Piece, list[Unit], list[str]]] = field(default_factory=list)
    count: int = 0
    ratios: list[float] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    #: (path, id, line) of the units of cut files, in file order.
    ids: list[tuple[str, str, int]] = field(default_factory=list)

    def summary(self) -> Parsed:
        """The same without the units: what the parent needs back."""
        return Parsed([], self.count, self.ratios, self.rows, self.ids)


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
) -> Result:
    """Every finding in the catalogs ``files`` ((shown path, PO text) pairs).

    ``length_range`` fixes the usual English/Chinese length ratio instead of
    measuring it. A malformed catalog raises :class:`CatalogError`.
    """
    with _without_gc():
        return _check_texts(files, glossary, disabled, length_range, workers)


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


def _check_texts(
    files: Sequence[tuple[str, str]],
    glossary: Glossary,
    disabled: frozenset[str],
    length_range: tuple[float, float] | None,
    workers: int | None,
) -> Result:
    workers = workers or min(os.cpu_count() or 1, 8)
    size = sum(len(text) for _, text in files)
    parallel = workers > 1 and size >= PARALLEL_FROM and "fork" in mp.get_all_start_methods()
    parts = _cut([Piece(path, text) for path, text in files], workers if parallel else 1)
    if parallel:
        glossary.prepare()  # built once, here, and inherited by every worker
        findings, summaries = _in_workers(parts, glossary, disabled, length_range)
    else:
        parsed = _parse(parts[0], disabled)
        summaries = [parsed]
        usual = length_range or usual_range(parsed.ratios)
        findings = _check(parsed, Context(glossary, usual), disabled)
        findings += _across(summaries, disabled)
    return Result(in_order(findings), sum(p.count for p in summaries), len(files))


def _cut(files: list[Piece], parts: int) -> list[list[Piece]]:
    """The files as ``parts`` lists of pieces of about equal size, in file order."""
    if parts == 1:
        return [files]
    step = sum(len(f.text) for f in files) / parts
    out: list[list[Piece]] = [[] for _ in range(parts)]
    k, filled = 0, 0
    for f in files:
        text, line, pieces = f.text, 1, []
        while text:
            room = int(step * (k + 1)) - filled
            if room <= 0 and k < parts - 1:
                k += 1
                continue
            at = entry_boundary(text, room) if k < parts - 1 and len(text) > room else None
            if at is None:
                pieces.append((k, Piece(f.path, text, line)))
                filled += len(text)
                break
            pieces.append((k, Piece(f.path, text[:at], line)))
            filled += at
            line += text.count("\n", 0, at)
            text = text[at:]
            k += 1
        for part, piece in pieces:
            out[part].append(replace(piece, cut=len(pieces) > 1))
    return [part for part in out if part]


def _parse(pieces: list[Piece], disabled: frozenset[str]) -> Parsed:
    parsed = Parsed()
    for piece in pieces:
        units = list(read_po(piece.text, piece.path, "", piece.first_line).units)
        # The Chinese matching forms serve both the glossary and consistency.
        forms = for_matching_many([u.source for u in units])
        parsed.units.append((piece, units, forms))
        parsed.count += len(units)
        parsed.ratios += ratios(units)
        if "consistency" not in disabled:
            parsed.rows += consistency_rows(piece.path, units, forms)
        if piece.cut:
            parsed.ids += [(piece.path, u.id, u.line) for u in units]
    return parsed


def _check(parsed: Parsed, ctx: Context, disabled: frozenset[str]) -> list[Finding]:
    return [
        finding
        for piece, units, forms in parsed.units
        for finding in check_units(units, ctx, disabled, piece.path, forms)
    ]


def _across(summaries: list[Parsed], disabled: frozenset[str]) -> list[Finding]:
    if "consistency" in disabled:
        return []
    return consistency_of([row for s in summaries for row in s.rows])


def _unique_ids(summaries: list[Parsed]) -> None:
    """Paragraph ids unique across the pieces of a cut file (each piece checked its own)."""
    seen: set[tuple[str, str]] = set()
    for path, unit_id, line in (entry for s in summaries for entry in s.ids):
        if (path, unit_id) in seen:
            raise CatalogError(f"duplicate paragraph id {unit_id!r}", path, line)
        seen.add((path, unit_id))


def _in_workers(
    parts: list[list[Piece]],
    glossary: Glossary,
    disabled: frozenset[str],
    length_range: tuple[float, float] | None,
) -> tuple[list[Finding], list[Parsed]]:
    context = mp.get_context("fork")
    links: list[tuple[mp.process.BaseProcess, Connection]] = []
    pipes = [context.Pipe() for _ in parts]
    ours = [here for here, _ in pipes]
    try:
        for part, (here, there) in zip(parts, pipes, strict=True):
            worker = context.Process(target=_work, args=(part, there, ours, glossary, disabled))
            worker.start()
            there.close()
            links.append((worker, here))
        # Every worker's first answer before any error is raised: the first
        # file's error is the one reported, as when reading in one process.
        summaries = _answers([here.recv() for _, here in links])
        _unique_ids(summaries)
        usual = length_range or usual_range([r for s in summaries for r in s.ratios])
        for _, here in links:
            here.send(usual)
        across = _across(summaries, disabled)  # while the workers check their units
        findings = [f for part in _answers([here.recv() for _, here in links]) for f in part]
    finally:
        for worker, here in links:
            here.close()  # a worker still waiting for the ratio sees the end and stops
            worker.join(timeout=10)
            if worker.is_alive():
                worker.terminate()
    return findings + across, summaries


def _answers(messages: list[tuple[str, object]]) -> list:  # type: ignore[type-arg]
    for kind, payload in messages:
        if kind == "error":
            raise payload  # type: ignore[misc]
        if kind == "crash":
            raise RuntimeError(f"a check worker failed:\n{payload}")
    return [payload for _, payload in messages]


def _work(
    pieces: list[Piece],
    conn: Connection,
    parent_ends: list[Connection],
    glossary: Glossary,
    disabled: frozenset[str],
) -> None:
    """A worker: read the pieces, send the summary, wait for the ratio, check, send the findings."""
    for end in parent_ends:
        end.close()  # copies from the fork: the parent's closing must reach this worker as EOF
    try:
        parsed = _parse(pieces, disabled)
        conn.send(("ok", parsed.summary()))
        usual = conn.recv()
        conn.send(("ok", _check(parsed, Context(glossary, usual), disabled)))
    except EOFError:
        pass  # the parent stopped waiting (another worker's error)
    except BilingualError as exc:
        conn.send(("error", exc))
    except BaseException:
        conn.send(("crash", traceback.format_exc()))
    finally:
        conn.close()
