"""Running the checks over catalog files, on every core.

The files are cut into runs of whole PO entries
(:func:`~bilingual.catalog.entry_boundary`), several per core, and each task
decodes, reads and checks one run: a hundred thousand units take longer to
parse than to send anywhere, so parsing is shared out too (and a run found in
the cache is never decoded at all), and small tasks keep
both cores busy when one of them is slower (on a shared machine, it often
is). Two checks need every catalog at once, and the tasks send back what the
parent needs for them:

- length-ratio compares each unit with the median over all units: the tasks
  send each unit's ratio, and the parent judges them once all have come in;
- consistency compares every unit with every other one: the tasks send the
  units' matching forms with a checksum of each, and the parent groups only
  the units whose checksum comes up more than once (a form said once cannot
  be inconsistent, and most are said once).

Paragraph ids must also be unique in a file that was cut; the parent checks
that across runs. Small inputs go through the same steps in this process.

What a task sends back is in columns (arrays, and strings joined by NUL), with
lines counted from its run's first line: that is also what the cache keeps,
so a re-check of a hundred thousand units loads a few hundred objects, not
half a million, and moves nothing when a run moved down the file.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import zlib
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from bilingual import checkcache, checkindex
from bilingual.catalog import catalog_bytes, decoded, read_po
from bilingual.checkcache import CheckCache, cut_points
from bilingual.checks import (
    BY_NAME,
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
from bilingual.errors import BilingualError, CatalogError, InputError, UsageError
from bilingual.files import content_digest, read_bytes
from bilingual.glossary import Glossary, glossary_of
from bilingual.model import Finding, Severity, merged_units
from bilingual.normalize import for_matching_many
from bilingual.workers import die_with_parent, usable_cores

if TYPE_CHECKING:
    from bilingual.workspace import Workspace

#: Below this many bytes of PO, starting worker processes costs more than it saves.
PARALLEL_FROM = 1_000_000
#: Worker processes at most, by default one per usable core.
MOST_WORKERS = 8
#: Runs per worker: enough for the faster core to take over the slower one's share.
RUNS_PER_WORKER = 16
#: The largest run, in bytes: a re-check after one change reads and checks one run again.
LARGEST_RUN = 32_000


@dataclass(frozen=True)
class Piece:
    """A run of whole entries of one file (its bytes), starting on line ``first_line``."""

    path: str
    data: bytes
    first_line: int = 1
    #: Whether the file was cut, so that its ids are checked across pieces.
    cut: bool = False


#: Joins the strings of a column: no PO string holds a NUL.
SEP = "\0"


def _column(values: Sequence[str]) -> str | list[str]:
    """``values`` as one string, or as they are if one of them holds :data:`SEP`."""
    text = SEP.join(values)
    return text if text.count(SEP) == max(len(values) - 1, 0) else list(values)


def _values(column: str | list[str], count: int) -> list[str]:
    if isinstance(column, list):
        return column
    return column.split(SEP) if count else []


def checksum(form: bytes) -> int:
    """A checksum of a matching form (UTF-8): equal forms have equal checksums."""
    return zlib.crc32(form)


@dataclass
class Rows:
    """The consistency rows of a piece (:data:`~bilingual.checks.Row`), in columns.

    The id, Chinese and English of each row are one UTF-8 string, ``text``
    (kept as bytes: loading them costs a copy, not a decoding); a row is read
    back from its place in it (``starts``) without touching the rest.
    """

    lines: array = field(default_factory=lambda: array("l"))  # type: ignore[type-arg]
    text: bytes | list[tuple[str, str, str]] = b""
    #: Where each row starts in ``text``, and where the last one ends.
    starts: array = field(default_factory=lambda: array("l"))  # type: ignore[type-arg]
    #: :func:`checksum` of each Chinese and English form, and those that come
    #: up more than once within the piece.
    zh_sums: array = field(default_factory=lambda: array("L"))  # type: ignore[type-arg]
    en_sums: array = field(default_factory=lambda: array("L"))  # type: ignore[type-arg]
    zh_repeated: frozenset[int] = frozenset()
    en_repeated: frozenset[int] = frozenset()

    @classmethod
    def of(cls, rows: Sequence[Row], moved: int) -> Rows:
        parts, zh_sums, en_sums = [], array("L"), array("L")
        for _, _, uid, zh, en in rows:
            zh_bytes, en_bytes = _utf8(zh), _utf8(en)
            zh_sums.append(checksum(zh_bytes))
            en_sums.append(checksum(en_bytes))
            parts.append(b"\0".join((_utf8(uid), zh_bytes, en_bytes)))
        starts, at = array("l"), 0
        for part in parts:
            starts.append(at)
            at += len(part) + 1
        starts.append(at)
        text = b"\0".join(parts)
        whole = text.count(b"\0") == 3 * len(rows) - 1 or not rows
        return cls(
            array("l", [r[1] - moved for r in rows]),
            text if whole else [(r[2], r[3], r[4]) for r in rows],
            starts,
            zh_sums,
            en_sums,
            _repeated_in(zh_sums),
            _repeated_in(en_sums),
        )

    def wanted(self, zh_many: set[int], en_many: set[int]) -> list[int]:
        """The rows whose Chinese checksum is in ``zh_many`` or English one in ``en_many``."""
        found: set[int] = set()
        for sums, many in ((self.zh_sums, zh_many), (self.en_sums, en_many)):
            for s in many.intersection(sums):
                at = sums.index(s)
                while True:  # every row with that checksum
                    found.add(at)
                    try:
                        at = sums.index(s, at + 1)
                    except ValueError:
                        break
        return sorted(found)

    def rows(self, path: str, moved: int, wanted: Sequence[int]) -> list[tuple[int, Row]]:
        """The rows numbered ``wanted``, placed in ``path`` ``moved`` lines down."""
        out = []
        for k in wanted:
            if isinstance(self.text, list):
                uid, zh, en = self.text[k]
            else:
                row = self.text[self.starts[k] : self.starts[k + 1] - 1]
                uid, zh, en = row.decode("utf-8", "surrogatepass").split(SEP)
            out.append((k, (path, self.lines[k] + moved, uid, zh, en)))
        return out


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _repeated_in(values: array) -> frozenset[int]:  # type: ignore[type-arg]
    if len(set(values)) == len(values):
        return frozenset()  # the usual case
    return frozenset(v for v, n in Counter(values).items() if n > 1)


@dataclass
class Done:
    """What a task sends back about its piece.

    Lines in ``lengths``, ``rows`` and ``ids`` count from the piece's first
    line; ``findings`` have their place in the file.
    """

    findings: list[Finding] = field(default_factory=list)
    count: int = 0
    #: English/Chinese length of the translated units, for the median.
    ratios: array = field(default_factory=lambda: array("d"))  # type: ignore[type-arg]
    #: For the length-ratio check: lines, English per Chinese character, ids.
    length_lines: array = field(default_factory=lambda: array("l"))  # type: ignore[type-arg]
    length_values: array = field(default_factory=lambda: array("d"))  # type: ignore[type-arg]
    length_ids: str | list[str] = ""
    rows: Rows = field(default_factory=Rows)
    #: Ids and lines of the units, when the file was cut.
    ids: str | list[str] = ""
    id_lines: array = field(default_factory=lambda: array("l"))  # type: ignore[type-arg]
    #: :func:`checksum` of each id, for the index (:mod:`bilingual.checkindex`).
    id_sums: array = field(default_factory=lambda: array("L"))  # type: ignore[type-arg]
    error: BilingualError | None = None

    def index_columns(self) -> checkindex.Columns:
        """What the index (:mod:`bilingual.checkindex`) holds of this run."""
        return self.rows.zh_sums, self.rows.en_sums, self.id_sums


@dataclass(frozen=True)
class Result:
    findings: list[Finding]
    units: int
    catalogs: int


def check_texts(
    files: Sequence[tuple[str, bytes | str]],
    glossary: Glossary,
    disabled: frozenset[str] = frozenset(),
    length_range: tuple[float, float] | None = None,
    workers: int | None = None,
    cache: CheckCache | None = None,
) -> Result:
    """Every finding in the catalogs ``files`` ((shown path, PO bytes or
    text) pairs; bytes as :func:`~bilingual.catalog.catalog_bytes` gives them).

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
    files: Sequence[tuple[str, bytes | str]],
    glossary: Glossary,
    disabled: frozenset[str],
    length_range: tuple[float, float] | None,
    workers: int | None,
    cache: CheckCache | None,
) -> Result:
    global _task
    workers = workers or usable_cores(MOST_WORKERS)
    whole = [Piece(path, data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
             for path, data in files]  # fmt: skip
    size = sum(len(f.data) for f in whole)
    runs = workers * RUNS_PER_WORKER if workers > 1 and size >= PARALLEL_FROM else 1
    pieces = _cut(whole, runs)
    done: dict[int, Done] = {}
    keys = [cache.key(piece) for piece in pieces] if cache is not None else []
    for k, piece in enumerate(pieces):
        if cache is not None and (found := cache.get(piece, keys[k])) is not None:
            done[k] = found
    todo = [k for k in range(len(pieces)) if k not in done]
    left = sum(len(pieces[k].data) for k in todo)
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
        else:
            for k in todo:
                done[k] = _run(k)[1]
    finally:
        _task = None
    parts = [done[k] for k in range(len(pieces))]
    for part in parts:
        if part.error is not None:
            raise part.error  # the first file's, as when reading in one process
    paths = [path for path, _ in files]
    found = _index(keys, parts, paths, cache) if cache is not None else None
    if found is None or found[0].sides[2].many:
        _unique_ids(pieces, parts)  # no index, or an id's checksum came up twice
    if cache is not None:  # only for good input: bad input writes nothing
        for k in todo:
            cache.put(pieces[k], done[k])
        if found is not None:
            cache.keep_index(paths, found[0])
    findings = [f for part in parts for f in part.findings]
    if "length-ratio" not in disabled:
        every = array("d")
        for part in parts:
            every.extend(part.ratios)
        usual = length_range or usual_range(every)
        findings += _lengths(pieces, parts, usual)
    if "consistency" not in disabled:
        findings += (
            _consistency(pieces, parts)
            if found is None
            else _consistency_kept(pieces, parts, *found)
        )
    if cache is not None:
        cache.prune(len(pieces) + 1)  # and the index
    return Result(in_order(findings), sum(p.count for p in parts), len(files))


@dataclass(frozen=True)
class CheckRun:
    """What ``bilingual check`` found, and in how many units and catalogs."""

    findings: list[Finding]
    units: int
    catalogs: int


def check_catalogs(
    ws: Workspace | None,
    paths: list[Path],
    glossary: Path | None = None,
    disable: tuple[str, ...] = (),
    jobs: int | None = None,
    cache: bool = True,
) -> CheckRun:
    """Run every enabled check over the given catalogs (default: the workspace's),
    in ``jobs`` processes (default: one per usable core) when they are large.

    With ``cache``, what was found in runs of entries checked before under the
    same glossary and settings is reused (:mod:`bilingual.checkcache`)."""
    shown = ws.relative if ws else str
    files = [(shown(p), catalog_bytes(read_bytes(p), shown(p))) for p in _catalog_files(ws, paths)]
    config = ws.config().get("check", {}) if ws else {}
    disabled = frozenset(disable) | frozenset(config.get("disable", ()))
    unknown = sorted(disabled - BY_NAME.keys())
    if unknown:
        raise UsageError(f"unknown check {unknown[0]!r}; checks are {', '.join(BY_NAME)}")
    glossary = glossary or (ws.glossary_path if ws and ws.glossary_path.exists() else None)
    # Read once: the terms and the cache's digest of them come from the same bytes.
    data = read_bytes(glossary) if glossary else b""
    terms, problems = glossary_of(data, shown(glossary), glossary.suffix) if glossary else ([], [])
    for p in problems:
        if p.severity is Severity.ERROR:
            raise InputError(p.message, p.file, p.line)
    configured = config.get("length_ratio")
    lengths = tuple(map(float, configured)) if configured else None
    kept = None
    if cache:
        # The terms are the parse of these bytes by this code (which the salt
        # names too): a digest of the bytes is a digest of the terms, in a
        # hundredth of the time of one of 5,000 terms' repr.
        terms_digest = (
            content_digest(glossary.suffix.lower().encode() + b"\0" + data) if glossary else ""
        )
        kept = checkcache.CheckCache(
            checkcache.default_dir(ws.root if ws else None),
            checkcache.salt(terms_digest, sorted(disabled), lengths),
        )
    run = check_texts(files, Glossary(terms), disabled, lengths, jobs, kept)  # type: ignore[arg-type]
    return CheckRun(problems + run.findings, run.units, run.catalogs)


def _catalog_files(ws: Workspace | None, paths: list[Path]) -> list[Path]:
    if not paths:
        if ws is None:
            raise UsageError("give catalogs or folders to check, or run inside a workspace")
        return sorted(ws.locale_dir.glob("*.po"))
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(path.rglob("*.po"))
            if not found:
                raise InputError("no .po catalogs in this folder", path)
            files += found
        elif path.exists():
            files.append(path)
        else:
            raise InputError("no such file", path)
    return files


def _run(k: int) -> tuple[int, Done]:
    """Read and check piece ``k``: every check but the two that need all pieces."""
    assert _task is not None  # set before the workers are forked
    pieces, glossary, disabled = _task
    piece = pieces[k]
    try:
        # A translator's merge is checked as one pair: all its Chinese, its English.
        text = decoded(piece.data, piece.path, piece.first_line)
        units = merged_units(read_po(text, piece.path, "", piece.first_line).units)
    except BilingualError as exc:
        return k, Done(error=exc)
    moved = piece.first_line - 1
    # The Chinese matching forms serve both the glossary and consistency.
    forms = for_matching_many([u.source for u in units])
    across = disabled | {"length-ratio", "consistency"}
    part = Done(check_units(units, Context(glossary), across, piece.path, forms), len(units))
    part.ratios = array("d", ratios(units))
    if "length-ratio" not in disabled:
        lengths = []
        for u in units:
            ratio = english_per_chinese(u) if u.target else None
            if ratio is not None and not (u.comments and "length-ratio" in ignored(u)):
                lengths.append((u.line - moved, u.id, ratio))
        part.length_lines = array("l", [line for line, _, _ in lengths])
        part.length_values = array("d", [ratio for _, _, ratio in lengths])
        part.length_ids = _column([uid for _, uid, _ in lengths])
    if "consistency" not in disabled:
        part.rows = Rows.of(consistency_rows(piece.path, units, forms), moved)
    if piece.cut:
        part.ids = _column([u.id for u in units])
        part.id_sums = array("L", [checksum(_utf8(u.id)) for u in units])
        part.id_lines = array("l", [u.line - moved for u in units])
    return k, part


def _lengths(pieces: list[Piece], parts: list[Done], usual: tuple[float, float]) -> list[Finding]:
    """The length-ratio check, now that the usual range is known."""
    low, high = usual
    findings = []
    for piece, part in zip(pieces, parts, strict=True):
        values = part.length_values
        if not values or (low <= min(values) and max(values) <= high):
            continue  # the usual case: every unit of the piece in range
        ids = _values(part.length_ids, len(values))
        moved = piece.first_line - 1
        for k, ratio in enumerate(values):
            message = length_message(ratio, usual)
            if message:
                line = part.length_lines[k] + moved
                findings.append(
                    Finding("length-ratio", Severity.WARNING, message, piece.path, line, ids[k])
                )
    return findings


def _consistency(pieces: list[Piece], parts: list[Done]) -> list[Finding]:
    """The consistency check over every piece.

    Only a row whose Chinese or English checksum comes up more than once can
    have a counterpart: those rows alone are read out and grouped.
    """
    zh_many = _repeated([p.rows.zh_sums for p in parts], [p.rows.zh_repeated for p in parts])
    en_many = _repeated([p.rows.en_sums for p in parts], [p.rows.en_repeated for p in parts])
    if not zh_many and not en_many:
        return []
    check = Consistency()
    for k, (piece, part) in enumerate(zip(pieces, parts, strict=True)):
        wanted = part.rows.wanted(zh_many, en_many)
        if wanted:
            placed = part.rows.rows(piece.path, piece.first_line - 1, wanted)
            check.add_placed([((k, n), row) for n, row in placed])
    return check.findings()


def _index(
    keys: list[str], parts: list[Done], paths: list[str], cache: CheckCache
) -> tuple[checkindex.Index, list[int]] | None:
    """The index of these runs (:mod:`bilingual.checkindex`): the one the last
    check of these catalogs left, updated with the runs that changed, or a
    new one; and the slot of each run. None if there are too many runs."""
    columns = [part.index_columns() for part in parts]
    last = cache.index(paths)
    if last is not None and len(set(keys) - set(last.slots)) <= max(8, len(keys) // 4):
        found = checkindex.update(last, keys, columns, cache.columns)
        if found is not None:
            return found
    index = checkindex.build(keys, columns)
    return (index, list(range(len(keys)))) if index is not None else None


def _consistency_kept(
    pieces: list[Piece], parts: list[Done], index: checkindex.Index, place: list[int]
) -> list[Finding]:
    """:func:`_consistency`, with the rows to compare read from the index."""
    check = Consistency()
    for k, wanted in sorted(checkindex.wanted(index, place).items()):
        placed = parts[k].rows.rows(pieces[k].path, pieces[k].first_line - 1, wanted)
        check.add_placed([((k, n), row) for n, row in placed])
    return check.findings()


def _repeated(columns: Sequence[array], within: Sequence[frozenset[int]]) -> set[int]:  # type: ignore[type-arg]
    """The values that come up more than once over all ``columns``
    (``within``: those that do within each column)."""
    seen: set[int] = set()
    many: set[int] = set()
    for column, repeated in zip(columns, within, strict=True):
        values = set(column)
        many |= repeated
        many |= seen & values
        seen |= values
    return many


def _unique_ids(pieces: list[Piece], parts: list[Done]) -> None:
    """Paragraph ids unique across the pieces of a cut file (each piece checked its own)."""
    if not any(piece.cut for piece in pieces):
        return
    cut = [(piece, part) for piece, part in zip(pieces, parts, strict=True) if piece.cut]
    columns: dict[str, list[str]] = {}
    for piece, part in cut:
        if part.id_lines:
            ids = part.ids if isinstance(part.ids, str) else SEP.join(part.ids)
            columns.setdefault(piece.path, []).append(ids)
    # The usual case, settled without a loop: each file's ids split from one string
    # (were an id to hold a NUL, its parts would be unique only if the ids are).
    if all(len(set(every)) == len(every)
           for every in (SEP.join(column).split(SEP) for column in columns.values())):  # fmt: skip
        return
    seen: set[tuple[str, str]] = set()
    for piece, part in cut:
        for unit_id, line in zip(_values(part.ids, len(part.id_lines)), part.id_lines, strict=True):
            if (piece.path, unit_id) in seen:
                raise CatalogError(
                    f"duplicate paragraph id {unit_id!r}", piece.path, line + piece.first_line - 1
                )
            seen.add((piece.path, unit_id))


def _cut(files: list[Piece], parts: int) -> list[Piece]:
    """The files as pieces of about equal size (at most :data:`LARGEST_RUN`
    bytes, about ``parts`` in all), in file order, cut where their
    content says (:func:`~bilingual.checkcache.cut_points`)."""
    # A power of two: a file that grew a little is cut at the same places.
    wanted = max(1, sum(len(f.data) for f in files) // parts)
    step = min(LARGEST_RUN, 1 << (wanted.bit_length() - 1))
    pieces = []
    for f in files:
        data, start, line, cut = f.data, 0, 1, []
        for at in cut_points(data, step) if len(data) > 1.5 * step else ():
            cut.append(Piece(f.path, data[start:at], line))
            line += data.count(b"\n", start, at)
            start = at
        cut.append(Piece(f.path, data[start:], line))
        pieces += [replace(p, cut=len(cut) > 1) for p in cut]
    return pieces
