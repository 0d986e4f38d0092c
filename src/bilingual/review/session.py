"""One translator's review of one catalog: the operations, each written to disk at once.

Every change is written atomically and keeps translator comments. Before
writing, the file on disk is compared with what was loaded (or last
written): if a PO editor saved it in the meantime, the change is refused
with :class:`ConflictError` instead of overwriting that work.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from bilingual.catalog import read_po, render_po, stamp_revision
from bilingual.errors import BilingualError
from bilingual.files import read_bytes, write_atomic
from bilingual.model import DRAFT_MARK, TITLE_ID, Catalog, State, Unit
from bilingual.segment import english_pieces, join_english
from bilingual.workspace import Workspace


class ConflictError(BilingualError):
    """The catalog changed on disk since this session loaded it."""

    exit_code = 1


class ReviewError(BilingualError):
    """An operation that does not apply (no next pair to merge with, say)."""

    exit_code = 1


class ReviewSession:
    def __init__(self, ws: Workspace, slug: str):
        self.ws, self.slug = ws, slug
        self.path = ws.catalog_path(slug)
        self.history: list[Catalog] = []
        self.reload()

    def reload(self) -> None:
        data = read_bytes(self.path)
        self.catalog = read_po(data.decode("utf-8"), self.ws.relative(self.path), self.slug)
        self._digest = hashlib.sha256(data).hexdigest()

    def refresh(self) -> None:
        """Show what is on disk; after an outside change, undo starts afresh (not over it)."""
        if hashlib.sha256(read_bytes(self.path)).hexdigest() != self._digest:
            self.reload()
            self.history.clear()

    # --- operations -------------------------------------------------------------

    def edit(self, uid: str, text: str) -> None:
        unit = self._unit(uid)
        text = text.strip()
        state = State.NEEDS_REVIEW if text else State.UNTRANSLATED
        # A translator's English is no longer a machine draft.
        provenance = tuple(p for p in unit.provenance if not p.startswith(DRAFT_MARK))
        self._change({uid: replace(unit, target=text, state=state, provenance=provenance)})

    def mark(self, uid: str, reviewed: bool) -> None:
        unit = self._unit(uid)
        if reviewed and not unit.target:
            raise ReviewError(f"{uid} has no English to approve")
        state = State.REVIEWED if reviewed else State.NEEDS_REVIEW
        self._change(
            {
                uid: replace(
                    unit, state=state, previous_source="" if reviewed else unit.previous_source
                )
            }
        )

    def merge(self, uid: str) -> None:
        """Move all English of the next pair into this one (its Chinese stays a unit of its own)."""
        unit, nxt = self._unit(uid), self._next(uid)
        text = join_english(
            [*english_pieces(unit.target), *((99, s) for _, s in english_pieces(nxt.target))]
        )
        note = f"check: translated together with {uid}"
        state = State.NEEDS_REVIEW if text else State.UNTRANSLATED
        emptied = replace(
            nxt, target="", state=State.UNTRANSLATED, provenance=(note, *nxt.provenance)
        )
        self._change({uid: replace(unit, target=text, state=state), nxt.id: emptied})

    def split(self, uid: str, at: int) -> None:
        """Keep the first ``at`` English sentences; move the rest to the start of the next pair."""
        unit, nxt = self._unit(uid), self._next(uid)
        pieces = english_pieces(unit.target)
        if not 0 < at < len(pieces):
            raise ReviewError(
                f"{uid}: split point {at} is not between two of its {len(pieces)} sentences"
            )
        moved = join_english(pieces[at:])
        nxt_text = f"{moved} {nxt.target}".strip() if nxt.target else moved
        self._change({
            uid: replace(unit, target=join_english(pieces[:at]), state=State.NEEDS_REVIEW),
            nxt.id: replace(nxt, target=nxt_text, state=State.NEEDS_REVIEW),
        })  # fmt: skip

    def undo(self) -> None:
        if not self.history:
            raise ReviewError("nothing to undo")
        self._write(self.history[-1])
        self.history.pop()

    # --- helpers -------------------------------------------------------------------

    def _unit(self, uid: str) -> Unit:
        unit = self.catalog.by_id().get(uid)
        if unit is None:
            raise ReviewError(f"no unit {uid!r} in {self.slug}")
        return unit

    def _next(self, uid: str) -> Unit:
        ids = [u.id for u in self.catalog.units]
        k = ids.index(self._unit(uid).id)
        if uid == TITLE_ID or k + 1 >= len(ids):
            raise ReviewError(f"{uid} has no next pair")
        return self.catalog.units[k + 1]

    def _change(self, changed: dict[str, Unit]) -> None:
        units = tuple(changed.get(u.id, u) for u in self.catalog.units)
        before = self.catalog
        self._write(replace(self.catalog, units=units))
        self.history.append(before)

    def _write(self, catalog: Catalog) -> None:
        if hashlib.sha256(read_bytes(self.path)).hexdigest() != self._digest:
            raise ConflictError(
                "the catalog changed on disk since it was loaded (another editor saved it); "
                "reload to see that version: this change was not written",
                self.ws.relative(self.path),
            )
        data = render_po(stamp_revision(catalog)).encode("utf-8")
        with self.ws.lock():
            write_atomic(self.path, data)
        self.catalog = catalog
        self._digest = hashlib.sha256(data).hexdigest()
