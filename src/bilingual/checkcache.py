"""What the checks found in a run of PO entries, kept by the run's content.

A re-check after one unit changed should cost a small part of the first
check. The catalogs are cut where their content says (not at fixed sizes, so
that a longer unit does not move every cut after it), and each run's result is
kept under a digest of everything it depends on: its text, the glossary, the
disabled checks and the tool's version. A rule change is a new version, so
nothing read under an old rule is ever reused.

Results are stored with their lines counted from the run's first line and no
file name, so a run that moved down (an entry added above it) or a file that
was renamed is still found.

The cache is ``.bilingual/cache/check`` in a workspace, else
``$XDG_CACHE_HOME/bilingual/check``; the oldest results go beyond
:data:`KEEP` files (or twice a run's count). It holds pickles of our own
making: like the rest of ``.bilingual``, it is not for sharing.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import re
import zlib
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bilingual import __version__
from bilingual.catalog import entry_boundary
from bilingual.checkindex import Columns, Index
from bilingual.files import code_digest, remove_oldest, user_cache_dir, write_atomic

if TYPE_CHECKING:
    from bilingual.checkrun import Done, Piece


#: Results kept at most; the least recently used go first.
KEEP = 4096
#: Bump when what a piece's result holds changes shape.
FORMAT = 4
#: A blank line and the start of the entry after it (its comments alone may
#: be the same in every entry: "#, fuzzy").
#: (In a look-ahead: matches must not swallow the next boundary.)
_ENTRY_START = re.compile(rb"\n\n(?=((?:#[^~]|msgctxt |msgid ).{0,118}))", re.DOTALL)


def default_dir(workspace_root: Path | None) -> Path:
    if workspace_root is not None:
        return workspace_root / ".bilingual" / "cache" / "check"
    return user_cache_dir() / "check"


def salt(*parts: object) -> bytes:
    """What every result depends on besides its text: the settings ``parts``,
    and the tool (its version, and its code, which moves between versions)."""
    return repr((FORMAT, __version__, code_digest(), *parts)).encode("utf-8")


def cut_points(data: bytes, step: int) -> list[int]:
    """Where to cut a catalog's bytes into runs of whole entries of about ``step`` bytes.

    Each cut is the entry boundary, among those in a window about ``step``
    bytes after the cut before it, whose next entry has the smallest
    checksum. The windows follow the content, not the offsets: an entry
    added, removed or grown moves every later window with it, so only the
    cut after the change can move, and when it does, a window of the
    entries that follow rarely picks another winner. The runs around a
    change keep their text, and the rest of the file its runs.
    """
    cuts: list[int] = []
    window = min(8192, max(1024, step // 2))
    crc32, starts_in = zlib.crc32, _ENTRY_START.findall
    anchor = 0
    # (a window wider than a small step still starts past the last cut)
    while (lo := anchor + max(1, step - window // 2)) < len(data) - step // 2:
        # (the search may read past the window: the checksum must see the
        # whole start of the entry wherever the window falls)
        starts = starts_in(data, lo, lo + window + 122)
        del starts[len(starts) - len(starts_in(data, lo + window, lo + window + 122)) :]
        anchor += step  # unless a boundary is found
        if not starts:
            continue
        # The winner alone is placed (a window holds some fifty entries).
        sums = list(map(crc32, starts))
        start = data.find(b"\n\n" + starts[sums.index(min(sums))], lo)
        if entry_boundary(data, start) != start + 2:
            start = _next_best(data, lo, lo + window)
        if start >= 0:
            cuts.append(anchor := start + 2)
    return cuts


def _next_best(data: bytes, lo: int, hi: int) -> int:
    """The start of the window's entry with the smallest checksum that follows
    a whole entry, or -1."""
    matches = _ENTRY_START.finditer(data, lo, hi + 122)
    found = sorted((zlib.crc32(m[1]), m.start()) for m in matches if m.start() < hi)
    return next((start for _, start in found if entry_boundary(data, start) == start + 2), -1)


class CheckCache:
    def __init__(self, folder: Path, salt: bytes) -> None:
        self.folder = folder
        self._salt = salt
        self.hits = 0

    def key(self, piece: Piece) -> str:
        # sha256, which processors compute in hardware: twice blake2b's speed here
        digest = hashlib.sha256(self._salt)
        digest.update(b"cut" if piece.cut else b"whole")
        digest.update(piece.data)  # the file's bytes: nothing to encode
        return digest.hexdigest()[:40]

    def get(self, piece: Piece, key: str | None = None) -> Done | None:
        """The result kept for ``piece`` (whose :meth:`key` is ``key``), placed in its file."""
        done = self._load(key or self.key(piece))
        if done is None:
            return None
        self.hits += 1
        return _placed(done, piece.path, piece.first_line - 1)

    def _load(self, name: str) -> Any:
        path = self.folder / name
        try:
            found = pickle.loads(path.read_bytes())
        except (OSError, pickle.PickleError, EOFError, AttributeError, ValueError, TypeError):
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used
        return found

    def columns(self, key: str) -> Columns | None:
        """The checksums the index holds of the run kept under ``key``, if still kept."""
        done = self._load(key)
        return done.index_columns() if done is not None else None

    def _index_name(self, paths: Sequence[str]) -> str:
        digest = hashlib.sha256(self._salt)
        digest.update("\0".join(("index", *paths)).encode("utf-8", "surrogatepass"))
        return "index-" + digest.hexdigest()[:40]

    def index(self, paths: Sequence[str]) -> Index | None:
        """The consistency index of the last check of the catalogs ``paths``."""
        found = self._load(self._index_name(paths))
        try:
            return Index.load(found) if found is not None else None
        except (TypeError, ValueError):
            return None

    def keep_index(self, paths: Sequence[str], index: Index) -> None:
        data = pickle.dumps(index.dump(), pickle.HIGHEST_PROTOCOL)
        with contextlib.suppress(OSError):
            write_atomic(self.folder / self._index_name(paths), data, sync=False)

    def put(self, piece: Piece, done: Done) -> None:
        if done.error is not None:
            return
        data = pickle.dumps(_placed(done, "", 1 - piece.first_line), pickle.HIGHEST_PROTOCOL)
        with contextlib.suppress(OSError):
            write_atomic(self.folder / self.key(piece), data, sync=False)

    def prune(self, in_use: int = 0) -> None:
        """Keep the most recently used results: :data:`KEEP`, or twice the
        ``in_use`` runs of this check when there are more (an archive of ten
        thousand catalogs is ten thousand runs: pruning below that would
        make every re-check a cold one)."""
        remove_oldest(self.folder, max(KEEP, 2 * in_use))


def _placed(done: Done, path: str, moved: int) -> Done:
    """``done`` for a run in file ``path`` whose lines moved by ``moved``.

    Only the findings carry their place: every other line is counted from
    the run's first line already (:class:`~bilingual.checkrun.Done`).
    """
    if not done.findings:
        return done
    return replace(done, findings=[replace(f, file=path, line=f.line + moved)
                                   for f in done.findings])  # fmt: skip
