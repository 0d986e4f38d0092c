"""One catalog under review: the translator's operations, each written to disk at once.

Every operation is a translator's decision and is recorded as one in the
catalog (``#. decision: …``, see :attr:`~bilingual.model.Unit.decisions`),
so that no later stage (align, ingest, draft, build) undoes it.

Writers are kept apart three ways:

- an operation takes the workspace lock, then reads the file as it is on
  disk, applies itself to that and writes it back, so a change that another
  tool wrote a moment ago is built on, never erased;
- every operation carries the version of the unit it was made on (what the
  page, or this session, last showed): when that unit has moved on since, in
  another tab, another tool or a PO editor, the operation is refused with
  :class:`ConflictError` instead of being applied over the newer text;
- the review server runs one operation at a time.

Undo history is kept in ``.bilingual/undo/<slug>.json`` (the catalog before
each operation), so it survives a restart of the view; an undo is refused
when the catalog changed since the operation it would undo.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace

from bilingual.catalog import load_po, render_po, stamp_revision
from bilingual.errors import BilingualError
from bilingual.files import content_digest, read_bytes, write_atomic
from bilingual.model import (
    APPROVED_MARK,
    TITLE_ID,
    TOOL_NOTES,
    UNPAIRED_MARK,
    Catalog,
    State,
    Unit,
    text_digest,
    with_approval_rule,
)
from bilingual.segment import english_pieces, join_english
from bilingual.workspace import Workspace

#: Operations kept for undo, per catalog.
UNDO_DEPTH = 100

#: Notes that describe English the tool wrote: dropped when a person changes
#: that English, so the view never shows a stale score or pairing note.
_STALE = (*TOOL_NOTES, APPROVED_MARK)


class ConflictError(BilingualError):
    """The unit changed (on disk or in another tab) since the change was made on it."""

    exit_code = 1


class ReviewError(BilingualError):
    """An operation that does not apply (no next pair to merge with, say)."""

    exit_code = 1


def unit_version(unit: Unit) -> str:
    """What a client saw of a unit: any change to its text, state or notes changes it."""
    parts = (unit.id, unit.source, unit.target, str(int(unit.state)), *unit.provenance)
    return text_digest("\x1f".join(parts))


def unpaired(unit: Unit) -> list[str]:
    """English paragraphs the aligner could pair with nothing, found after this unit."""
    return [p[len(UNPAIRED_MARK) :] for p in unit.provenance if p.startswith(UNPAIRED_MARK)]


class ReviewSession:
    def __init__(self, ws: Workspace, slug: str):
        self.ws, self.slug = ws, slug
        self.path = ws.catalog_path(slug)
        self.history_path = ws.root / ".bilingual" / "undo" / f"{slug}.json"
        self.reload()

    def reload(self) -> None:
        data = read_bytes(self.path)
        self.catalog = self._parse(data)
        self._digest = content_digest(data)

    def refresh(self) -> None:
        """Show what is on disk."""
        if content_digest(read_bytes(self.path)) != self._digest:
            self.reload()

    # --- operations -------------------------------------------------------------
    # Each takes the unit id and, optionally, the unit's version as the client
    # saw it (default: as this session last showed it).

    def edit(self, uid: str, text: str, version: str = "") -> None:
        def change(c: Catalog) -> dict[str, Unit]:
            unit = _unit(c, uid)
            english = text.strip()
            state = State.NEEDS_REVIEW if english else State.UNTRANSLATED
            edited = _fresh(unit, english, state)
            return {
                uid: edited.with_decision("edited" if english else "cleared", ("edited", "cleared"))
            }

        self._apply("edit", uid, version, change)

    def mark(self, uid: str, reviewed: bool, version: str = "") -> None:
        def change(c: Catalog) -> dict[str, Unit]:
            unit = _unit(c, uid)
            if reviewed and not unit.target:
                raise ReviewError(f"{uid} has no English to approve")
            kept = tuple(p for p in unit.provenance if not p.startswith(APPROVED_MARK))
            if reviewed:
                signature = f"{APPROVED_MARK} {text_digest(unit.target)}"
                approved = replace(unit, state=State.REVIEWED, previous_source="",
                                   provenance=(*kept, signature))  # fmt: skip
                return {uid: approved}
            back = replace(unit, state=State.NEEDS_REVIEW, provenance=kept)
            return {uid: back.with_decision("sent back to review")}

        self._apply("approve" if reviewed else "send back", uid, version, change)

    def merge(self, uid: str, version: str = "") -> None:
        """Move all English of the next pair into this one; the next pair's Chinese
        stays a unit of its own, its English given with this one."""

        def change(c: Catalog) -> dict[str, Unit]:
            unit, nxt = _unit(c, uid), _next(c, uid)
            if unit.given_with:
                raise ReviewError(f"{uid}'s English is given with {unit.given_with}: merge that")
            pieces = english_pieces(unit.target)
            shift = (pieces[-1][0] + 1) if pieces else 0
            text = join_english([*pieces, *((n + shift, s) for n, s in english_pieces(nxt.target))])
            state = State.NEEDS_REVIEW if text else State.UNTRANSLATED
            head = _fresh(unit, text, state).with_decision(f"merged with {nxt.id}")
            emptied = _fresh(nxt, "", State.UNTRANSLATED).with_decision(
                f"English given with {uid}", ("English given with", "English moved from")
            )
            changed = {uid: head, nxt.id: emptied}
            # Pairs that were given with the next one are now given with this one.
            for other in c.units:
                if other.given_with == nxt.id:
                    changed[other.id] = other.with_decision(
                        f"English given with {uid}", ("English given with",)
                    )
            return changed

        self._apply("merge", uid, version, change)

    def split(self, uid: str, at: int, version: str = "") -> None:
        """Keep the first ``at`` English sentences; move the rest to the start of the next pair."""

        def change(c: Catalog) -> dict[str, Unit]:
            unit, nxt = _unit(c, uid), _next(c, uid)
            pieces = english_pieces(unit.target)
            if not 0 < at < len(pieces):
                raise ReviewError(
                    f"{uid}: split point {at} is not between two of its {len(pieces)} sentences"
                )
            moved = join_english(pieces[at:])
            text = f"{moved} {nxt.target}".strip() if nxt.target else moved
            kept = _fresh(unit, join_english(pieces[:at]), State.NEEDS_REVIEW)
            receiver = _fresh(nxt, text, State.NEEDS_REVIEW)
            receiver = receiver.with_decision(
                f"English moved from {uid}", ("English given with", "English moved from")
            )
            return {uid: kept.with_decision(f"split, rest moved to {nxt.id}"), nxt.id: receiver}

        self._apply("split", uid, version, change)

    def attach(self, uid: str, index: int, to_next: bool = False, version: str = "") -> None:
        """Put the ``index``-th unpaired English paragraph found after ``uid`` at the
        end of this pair's English, or at the start of the next pair's."""

        def change(c: Catalog) -> dict[str, Unit]:
            unit = _unit(c, uid)
            text = _unpaired_at(unit, index)
            holder = _without_unpaired(unit, index)
            target = _next(c, uid) if to_next else holder
            pieces = english_pieces(target.target)
            new = [(0, s) for s in _sentences(text)]
            if to_next:
                joined = join_english([*new, *((n + 1, s) for n, s in pieces)])
            else:
                shift = (pieces[-1][0] + 1) if pieces else 0
                joined = join_english([*pieces, *((n + shift, s) for n, s in new)])
            receiver = _fresh(target, joined, State.NEEDS_REVIEW)
            receiver = receiver.with_decision("attached English", ("English given with",))
            return {uid: holder, target.id: receiver} if to_next else {uid: receiver}

        self._apply("attach", uid, version, change)

    def discard(self, uid: str, index: int, version: str = "") -> None:
        """Drop the ``index``-th unpaired English found after ``uid``, recording it."""

        def change(c: Catalog) -> dict[str, Unit]:
            unit = _unit(c, uid)
            text = _unpaired_at(unit, index)
            return {uid: _without_unpaired(unit, index).with_decision(f"discarded English: {text}")}

        self._apply("discard", uid, version, change)

    def undo(self) -> None:
        with self.ws.lock():
            history = self._history()
            if not history:
                raise ReviewError("nothing to undo")
            last = history[-1]
            data = read_bytes(self.path)
            if content_digest(data) != last["after"]:
                raise ConflictError(
                    f"the catalog changed since the last {last['op']} (another tool or tab saved "
                    "it): nothing undone",
                    self.ws.relative(self.path),
                )
            before = last["before"].encode("utf-8")
            write_atomic(self.path, before)
            self._save_history(history[:-1])
        self.catalog = self._parse(before)
        self._digest = content_digest(before)

    # --- helpers -------------------------------------------------------------------

    def _parse(self, data: bytes) -> Catalog:
        catalog = load_po(data, self.ws.relative(self.path), self.slug)
        return with_approval_rule(catalog, self.ws.approval())

    def _apply(
        self, op: str, uid: str, version: str, change: Callable[[Catalog], dict[str, Unit]]
    ) -> None:
        with self.ws.lock():
            data = read_bytes(self.path)
            current = self._parse(data)
            seen = version or (
                unit_version(u) if (u := self.catalog.by_id().get(uid)) is not None else ""
            )
            now = current.by_id().get(uid)
            if now is not None and seen and unit_version(now) != seen:
                self.catalog, self._digest = current, content_digest(data)
                raise ConflictError(
                    f"{uid} changed on disk since it was loaded (in another tab, or another "
                    "editor saved it); reload to see that version: this change was not written",
                    self.ws.relative(self.path),
                )
            changed = change(current)
            units = tuple(changed.get(u.id, u) for u in current.units)
            new = stamp_revision(replace(current, units=units))
            out = render_po(new).encode("utf-8")
            write_atomic(self.path, out)
            after = content_digest(out)
            history = self._history()
            history.append({"op": op, "unit": uid, "before": data.decode("utf-8"), "after": after})
            self._save_history(history[-UNDO_DEPTH:])
        self.catalog, self._digest = new, after

    def _history(self) -> list[dict[str, str]]:
        if not self.history_path.is_file():
            return []
        try:
            history = json.loads(self.history_path.read_text(encoding="utf-8"))
        except (ValueError, OSError):
            return []  # a damaged history only loses undo, never the catalog
        return history if isinstance(history, list) else []

    def _save_history(self, history: list[dict[str, str]]) -> None:
        data = json.dumps(history, ensure_ascii=False).encode("utf-8")
        write_atomic(self.history_path, data)


def _unit(catalog: Catalog, uid: str) -> Unit:
    unit = catalog.by_id().get(uid)
    if unit is None:
        raise ReviewError(f"no unit {uid!r} in {catalog.slug}")
    return unit


def _next(catalog: Catalog, uid: str) -> Unit:
    ids = [u.id for u in catalog.units]
    k = ids.index(_unit(catalog, uid).id)
    if uid == TITLE_ID or k + 1 >= len(ids):
        raise ReviewError(f"{uid} has no next pair")
    return catalog.units[k + 1]


def _fresh(unit: Unit, target: str, state: State) -> Unit:
    """``unit`` with English a person set: the tool's notes about earlier English go."""
    provenance = tuple(p for p in unit.provenance if not p.startswith(_STALE))
    return replace(unit, target=target, state=state, provenance=provenance)


def _unpaired_at(unit: Unit, index: int) -> str:
    found = unpaired(unit)
    if not 0 <= index < len(found):
        raise ReviewError(f"{unit.id} has no unpaired English number {index}")
    return found[index]


def _without_unpaired(unit: Unit, index: int) -> Unit:
    lines = [p for p in unit.provenance if p.startswith(UNPAIRED_MARK)]
    gone = lines[index]
    provenance = list(unit.provenance)
    provenance.remove(gone)
    return replace(unit, provenance=tuple(provenance))


def _sentences(text: str) -> list[str]:
    return [s for _, s in english_pieces(text)]
