"""What ``build`` last did to each article, so that a re-run skips what did not change.

Ingest and alignment are most of a build's cost. An article is prepared again
only when something it depends on changed since the catalog was last written
by a build:

- its source and translation files (their bytes);
- the workspace's settings (``bilingual.toml``) and glossary;
- the tool's code (its version, or the same version edited);
- the catalog itself: a translator's edit in a PO editor or the review view
  means the merge and alignment run again, and they honour its decisions.

One small file per article in ``.bilingual/build/``, written atomically
after its catalog: a build stopped half-way leaves the entries of the
articles it finished. An entry also keeps the article's ingest warnings, so
that a skipped article still reports them.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path

from bilingual.files import code_digest, file_digest, write_atomic
from bilingual.workspace import Workspace


def shared_digest(ws: Workspace) -> str:
    """A digest of what every article's preparation reads: the tool's code,
    the settings and the glossary (taken once per build, not per article)."""
    digest = hashlib.sha256(code_digest().encode("ascii"))
    for path in (ws.root / "bilingual.toml", ws.glossary_path):
        digest.update(b"\0" + path.name.encode("utf-8"))
        if path.is_file():
            digest.update(file_digest(path).encode("ascii"))
    return digest.hexdigest()


def inputs_digest(ws: Workspace, slug: str, shared: str | None = None) -> str:
    """A digest of everything preparing ``slug`` reads besides its catalog
    (``shared``: :func:`shared_digest`, when the caller has it)."""
    digest = hashlib.sha256((shared or shared_digest(ws)).encode("ascii"))
    for path in (ws.article_file(slug, "zh"), ws.article_file(slug, "en")):
        digest.update(b"\0" + (path.name.encode("utf-8") if path else b"-"))
        if path is not None:
            digest.update(file_digest(path).encode("ascii"))
    return digest.hexdigest()


class Ledger:
    def __init__(self, ws: Workspace) -> None:
        self.folder = ws.root / ".bilingual" / "build"
        self._ws = ws

    def _path(self, slug: str) -> Path:
        return self.folder / f"{slug}.json"

    def unchanged(self, slug: str, inputs: str) -> tuple[str, ...] | None:
        """The warnings of ``slug``'s last preparation when nothing it depends
        on changed since (the article can be skipped), else None."""
        try:
            entry = json.loads(self._path(slug).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(entry, dict) or entry.get("inputs") != inputs:
            return None
        if entry.get("catalog") != file_digest(self._ws.catalog_path(slug)):
            return None
        return tuple(str(w) for w in entry.get("warnings", ()))

    def record(self, slug: str, inputs: str, warnings: tuple[str, ...]) -> None:
        """After ``slug``'s catalog is written (under the workspace lock)."""
        entry = {"inputs": inputs, "catalog": file_digest(self._ws.catalog_path(slug)),
                 "warnings": list(warnings)}  # fmt: skip
        data = json.dumps(entry).encode("utf-8")
        path = self._path(slug)
        with contextlib.suppress(OSError):
            if path.read_bytes() == data:
                return  # the usual case on a re-run: nothing to write
        with contextlib.suppress(OSError):
            # not synced: an entry lost in a crash only means the article is
            # prepared again
            write_atomic(path, data, sync=False)
