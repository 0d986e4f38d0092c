"""Where things live in a project folder, and the lock that keeps writers apart.

A workspace is a folder holding::

    bilingual.toml                 optional settings (site rules for ingest, …)
    glossary.csv                   the terms
    articles/<slug>/zh.(html|md|txt)   the Chinese source
    articles/<slug>/en.(html|md|txt)   its English translation, when there is one
    locales/en/LC_MESSAGES/<slug>.po   the segment pairs
    site/                          exported pages (not kept in git)

Commands find it by walking up from the current folder to the first folder
with a ``bilingual.toml`` or an ``articles/`` folder.
"""

from __future__ import annotations

import contextlib
import functools
import os

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt
import re
import stat
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bilingual.errors import InputError, SlugError, WorkspaceError
from bilingual.ingest import READERS, SiteRule

_SLUG = re.compile(r"[a-z0-9][a-z0-9._-]{0,99}")
LOCK_NAME = ".bilingual.lock"
CONFIG_NAME = "bilingual.toml"
#: Parsed settings by file, with the (mtime, size) they were read at.
_CONFIGS: dict[Path, tuple[tuple[int, int], dict]] = {}  # type: ignore[type-arg]

#: A news page is well under 1 MB; a 50 MB one takes minutes and gigabytes.
DEFAULT_MAX_MB = 5


def validate_slug(slug: str) -> str:
    """A slug is a safe file and URL name: lower-case ASCII letters, digits, ``.``, ``_``, ``-``."""
    if not _SLUG.fullmatch(slug) or ".." in slug:
        shown = slug.encode("unicode_escape").decode("ascii")
        raise SlugError(
            f"bad article slug {shown!r}: use lower-case letters, digits, '.', '_' and '-' "
            "(up to 100, starting with a letter or digit, no '..')"
        )
    return slug


@dataclass(frozen=True)
class Workspace:
    root: Path

    @classmethod
    def find(cls, start: Path) -> Workspace:
        start = start.resolve()
        for folder in (start, *start.parents):
            if (folder / CONFIG_NAME).is_file() or (folder / "articles").is_dir():
                return cls(folder)
        raise WorkspaceError(
            "not inside a bilingual workspace (no bilingual.toml or articles/ folder here "
            "or above)",
            start,
        )

    # Cached: a build asks for them several times per article.
    @functools.cached_property
    def articles_dir(self) -> Path:
        return self.root / "articles"

    @functools.cached_property
    def locale_dir(self) -> Path:
        return self.root / "locales" / "en" / "LC_MESSAGES"

    @property
    def glossary_path(self) -> Path:
        return self.root / "glossary.csv"

    def catalog_path(self, slug: str) -> Path:
        return self.locale_dir / f"{validate_slug(slug)}.po"

    def article_file(self, slug: str, lang: str) -> Path | None:
        """The article's ``zh.*`` or ``en.*`` file, or None when there is none."""
        folder = self.articles_dir / validate_slug(slug)
        try:
            with os.scandir(folder) as entries:
                files = {e.name for e in entries if e.is_file()}
        except OSError:
            return None
        found = [folder / name for ext in READERS if (name := f"{lang}{ext}") in files]
        if len(found) > 1:
            names = ", ".join(p.name for p in found)
            raise InputError(f"more than one {lang} file ({names}); keep one", folder)
        return found[0] if found else None

    def slugs(self) -> list[str]:
        """Every article: folders under ``articles/`` and catalogs under ``locales/``."""
        names: set[str] = set()
        # scandir: the entry types come with the listing, no stat per article
        missing = contextlib.suppress(FileNotFoundError, NotADirectoryError)
        with missing, os.scandir(self.articles_dir) as entries:
            names |= {e.name for e in entries if e.is_dir()}
        with missing, os.scandir(self.locale_dir) as entries:
            names |= {e.name[:-3] for e in entries if e.name.endswith(".po")}
        return sorted(n for n in names if _SLUG.fullmatch(n) and ".." not in n)

    def site_rules(self) -> tuple[SiteRule, ...]:
        path = self.root / CONFIG_NAME
        config = self.config()
        rules = []
        for n, raw in enumerate(config.get("ingest", {}).get("site", []), 1):
            if not isinstance(raw, dict) or "match" not in raw:
                raise InputError(f"[[ingest.site]] rule {n} needs a 'match' pattern", path)
            unknown = set(raw) - {"match", "content", "title", "drop"}
            if unknown:
                raise InputError(
                    f"[[ingest.site]] rule {n}: unknown key {sorted(unknown)[0]!r}", path
                )
            rules.append(
                SiteRule(
                    raw["match"],
                    raw.get("content", ""),
                    raw.get("title", ""),
                    tuple(raw.get("drop", ())),
                )
            )
        return tuple(rules)

    def max_page_bytes(self) -> int:
        """The largest source page read, ``[ingest] max_mb`` (default 5 MB)."""
        value = self.config().get("ingest", {}).get("max_mb", DEFAULT_MAX_MB)
        if not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0:
            raise InputError("[ingest] max_mb must be a positive number", self.root / CONFIG_NAME)
        return int(value * 1_000_000)

    def script(self) -> str:
        """``[ingest] script``: "zh-Hans" or "zh-Hant" for every source, or '' to detect."""
        value = self.config().get("ingest", {}).get("script", "")
        if value not in ("", "zh-Hans", "zh-Hant"):
            raise InputError(
                f'[ingest] script must be "zh-Hans" or "zh-Hant", not {value!r}',
                self.root / CONFIG_NAME,
            )
        return value

    def approval(self) -> str:
        """The approval rule, ``[review] approval``: "po" (default) or "signed"."""
        rule = self.config().get("review", {}).get("approval", "po")
        if rule not in ("po", "signed"):
            raise InputError(
                f'[review] approval must be "po" or "signed", not {rule!r}',
                self.root / CONFIG_NAME,
            )
        return rule

    def config(self) -> dict:
        """``bilingual.toml``, read again only when the file changed: every stage
        asks for its settings once per article."""
        path = self.root / CONFIG_NAME
        try:
            info = path.stat()
        except OSError:
            return {}
        if not stat.S_ISREG(info.st_mode):
            return {}
        key = (info.st_mtime_ns, info.st_size)
        cached = _CONFIGS.get(path)
        if cached is not None and cached[0] == key:
            return cached[1]
        try:
            config = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            m = re.search(r"line (\d+)", str(exc))
            raise InputError(f"bad TOML: {exc}", path, int(m.group(1)) if m else None) from None
        _CONFIGS[path] = (key, config)
        return config

    def relative(self, path: Path) -> str:
        """A path as shown to the user: relative to the workspace when inside it."""
        text, prefix = str(path), self._root_prefix
        if text.startswith(prefix) and f"{os.sep}..{os.sep}" not in f"{text}{os.sep}":
            return text[len(prefix) :]  # the usual case: no system call
        root = self._resolved_root
        try:
            return str(path.resolve().relative_to(root))
        except ValueError:
            return str(path)

    @functools.cached_property
    def _resolved_root(self) -> Path:
        return self.root.resolve()

    @functools.cached_property
    def _root_prefix(self) -> str:
        return str(self._resolved_root).rstrip(os.sep) + os.sep

    @contextlib.contextmanager
    def lock(self, wait: float = 10.0) -> Iterator[None]:
        """Hold the workspace's write lock; waits up to ``wait`` seconds for another writer.

        The first time a process holds it, it removes the temporary files a
        killed run left (every write in a workspace happens under this lock,
        so none is in use).
        """
        path = self.root / LOCK_NAME
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        except OSError as exc:
            what = "is a folder" if path.is_dir() else exc.strerror
            raise WorkspaceError(f"cannot open the workspace lock: {what}", path) from None
        try:
            deadline = time.monotonic() + wait
            while not _try_lock(fd):
                if time.monotonic() >= deadline:
                    raise WorkspaceError(_busy(fd, wait), path) from None
                time.sleep(0.05)
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode("ascii"))
            if self.root not in _TIDIED:
                # Once per process: a build takes the lock once per article,
                # and the walk costs as much as writing a catalog.
                self._remove_stale_temporaries()
                _TIDIED.add(self.root)
            yield
        finally:
            os.close(fd)

    def _remove_stale_temporaries(self) -> None:
        for folder in (self.locale_dir, self.root / ".bilingual"):
            if folder.is_dir():
                for stale in folder.rglob(".*.tmp"):
                    with contextlib.suppress(OSError):
                        stale.unlink()


#: Workspaces whose stale temporaries this process has removed.
_TIDIED: set[Path] = set()


def _try_lock(fd: int) -> bool:
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
    try:  # Windows: a lock on the first byte of the file
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def _busy(fd: int, wait: float) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        holder = os.read(fd, 32).decode("ascii", "replace").strip()
    except OSError:
        holder = ""
    who = "another bilingual process"
    if holder.isdigit() and fcntl is not None:  # Windows has no signal 0 to probe with
        who += (
            f" (pid {holder})"
            if _alive(int(holder))
            else (
                f" (the pid recorded, {holder}, has exited: its worker processes may still be "
                "running)"
            )
        )
    return f"workspace is busy: {who} is writing it; waited {wait:g} s"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, under another user
    return True
