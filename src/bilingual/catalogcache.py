"""Parsed catalogs, kept by their content between runs.

A re-run of a large archive reads every catalog for its counts (status,
build), and loading the parsed form costs a fifth of parsing the PO file.
Each is kept in ``.bilingual/cache/catalog`` under a digest of the bytes, the
path, the slug and the tool's code: it is only ever the parse of these very
bytes by this very parser. Bad input raises and is never kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
from pathlib import Path

from bilingual.catalog import load_po
from bilingual.files import code_digest, remove_oldest, write_atomic
from bilingual.model import Catalog
from bilingual.workspace import Workspace


def _folder(ws: Workspace) -> Path:
    return ws.root / ".bilingual" / "cache" / "catalog"


def parsed(ws: Workspace, path: Path, slug: str, data: bytes, digest: str) -> Catalog:
    """``data`` (the bytes of ``path``, with content digest ``digest``) parsed,
    or as an earlier run parsed it."""
    shown = ws.relative(path)
    name = hashlib.blake2b(
        "\0".join((code_digest(), shown, slug, digest)).encode("utf-8"), digest_size=20
    ).hexdigest()
    kept = _folder(ws) / name
    with contextlib.suppress(OSError, pickle.PickleError, EOFError, AttributeError, ValueError):
        catalog = pickle.loads(kept.read_bytes())
        if isinstance(catalog, Catalog):
            return catalog
    catalog = load_po(data, shown, slug)
    with contextlib.suppress(OSError):
        write_atomic(kept, pickle.dumps(catalog, pickle.HIGHEST_PROTOCOL), sync=False)
    return catalog


def prune(ws: Workspace, keep: int) -> None:
    """Keep the ``keep`` most recently written parsed catalogs (each edit of a
    catalog leaves its older parse behind)."""
    remove_oldest(_folder(ws), keep)
