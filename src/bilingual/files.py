"""Reading and writing files at the edges of the pipeline.

Every write goes to a temporary file in the same folder and is renamed into
place, so a reader (a website pulling pages, a PO editor, another process)
sees either the old file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import tempfile
from pathlib import Path

from bilingual.errors import InputError


def read_bytes(path: Path) -> bytes:
    """A file's bytes, or an :class:`InputError` naming it."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path) from None


def read_text(path: Path) -> str:
    data = read_bytes(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError("not valid UTF-8", path, line) from None


def read_lines(path: Path) -> list[str]:
    """A UTF-8 file of one item per line (trailing empty lines dropped)."""
    lines = read_text(path).splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def content_digest(data: bytes) -> str:
    """The sha256 of a file's bytes: whether a file changed between a read and a write."""
    return hashlib.sha256(data).hexdigest()


def file_digest(path: Path) -> str:
    """:func:`content_digest` of a file, or '' when there is none."""
    return content_digest(path.read_bytes()) if path.exists() else ""


@functools.cache
def code_digest() -> str:
    """A digest of this package's code: what a stage computed under other code
    (another version, or the same version edited) is never reused."""
    digest = hashlib.blake2b(digest_size=16)
    for source in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()


def write_atomic(path: Path, data: bytes, sync: bool = True) -> None:
    """Replace ``path`` with ``data`` in one step; keeps the old file's permissions.

    ``sync=False`` for what is only worth computing again if a crash loses it
    (caches): still atomic, without waiting for the disk.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if sync:
                handle.flush()
                os.fsync(handle.fileno())
        Path(tmp).chmod(mode)
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise


def read_pairs(path: Path) -> list[tuple[Path, Path]]:
    """The pairs of a list file, ``ZH<TAB>EN`` a line; paths are relative to the
    list's folder. ``#`` lines and blank lines are skipped."""
    jobs: list[tuple[Path, Path]] = []
    for n, line in enumerate(read_lines(path), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 2:
            raise InputError(f"expected ZH<TAB>EN, found {len(cells)} fields", path, n)
        jobs.append((path.parent / cells[0].strip(), path.parent / cells[1].strip()))
    names = [zh.stem for zh, _ in jobs]
    if len(set(names)) != len(names):
        raise InputError("two pairs would write the same output (same Chinese file name)", path)
    if not jobs:
        raise InputError("no pairs listed", path)
    return jobs


def user_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/bilingual`` (``~/.cache/bilingual`` by default): what
    is kept between runs outside any workspace."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "bilingual"


def remove_older(kept: Path, pattern: str) -> None:
    """Remove the files in ``kept``'s folder matching ``pattern`` but ``kept``:
    a cache named after what it was made from (a version, a file's time)
    leaves one stale copy behind at every upgrade otherwise."""
    for other in kept.parent.glob(pattern):
        if other != kept:
            with contextlib.suppress(OSError):
                other.unlink()


def remove_oldest(folder: Path, keep: int) -> None:
    """Keep the ``keep`` most recently written files of a cache ``folder``
    (its hidden files, temporaries being written, aside)."""
    with contextlib.suppress(OSError):
        entries = [e for e in os.scandir(folder) if not e.name.startswith(".")]
        if len(entries) > keep:
            entries.sort(key=lambda e: e.stat().st_mtime_ns)
            for old in entries[: len(entries) - keep]:
                with contextlib.suppress(OSError):
                    Path(old.path).unlink()
