"""The types every stage speaks. No I/O happens here.

Data flows through the pipeline as these values: an :class:`Article` read from
a source file, its :class:`Paragraph` list split into sentences, a
:class:`Catalog` of :class:`Unit` pairs (what a PO file holds), alignment
:class:`Bead` values and check :class:`Finding` values.

Paragraph ids
-------------
Every Chinese paragraph carries a stable id, written to the PO file as the
``msgctxt``. A paragraph first seen gets ``p`` followed by the first eight hex
digits of the SHA-1 of its matching form (see :mod:`bilingual.normalize`); a
second paragraph with the same text gets ``-2``, a third ``-3``. The id is
*kept* from then on: re-ingesting an edited article carries each id over to
the paragraph that replaces it (same text, or the most similar text when the
paragraph itself was edited), so inserting, deleting or moving other
paragraphs never renames it, and an edited paragraph keeps its anchor. The
article title is the unit with the fixed id ``title``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from enum import IntEnum, StrEnum

from bilingual.normalize import visible_controls

TITLE_ID = "title"

#: Prefix of the extracted comment that marks a unit as a machine or memory draft.
DRAFT_MARK = "draft:"

#: Prefix of the extracted comment that records a translator's decision on a
#: unit (see :attr:`Unit.decisions`).
DECISION_MARK = "decision:"

#: Prefix of a decision saying that this unit's English is given with another
#: unit's (a merge): ``decision: English given with p1a2b3c4``.
GIVEN_WITH = DECISION_MARK + " English given with "

#: Prefix of the note the review view writes when a translator approves a pair:
#: ``approved: <text_digest of the English approved>``. With ``[review]
#: approval = "signed"`` only pairs so signed count as reviewed.
APPROVED_MARK = "approved:"

#: Prefix of the note with which the aligner and the drafts sign the English
#: they put into a unit: ``written: <text_digest of that English>``.
WRITTEN_MARK = "written:"

#: Prefix of the aligner's note on English that paired with no Chinese, kept
#: on the unit it was found after.
UNPAIRED_MARK = "unpaired English: "

#: Notes that describe the English the tool wrote; replaced with that English.
TOOL_NOTES = ("aligned:", "evidence:", "sentences:", "check:", DRAFT_MARK, WRITTEN_MARK)

#: Prefixes of the tool's own extracted comments. A ``#.`` line that starts
#: with none of them continues the line before it: PO editors and libraries
#: that wrap comments (polib at 79 columns) split one note over several lines.
NOTE_MARKS = (*TOOL_NOTES, UNPAIRED_MARK.rstrip(), DECISION_MARK, APPROVED_MARK)


def text_digest(text: str) -> str:
    """A short fingerprint of a text: the aligner records it next to the English
    it wrote, so that any later change by a person can be told from its own."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def rejoin_notes(lines: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Extracted comments with wrapped continuation lines joined back to their note."""
    out: list[str] = []
    for line in lines:
        if out and not line.startswith(NOTE_MARKS):
            out[-1] = f"{out[-1]} {line.strip()}".rstrip()
        else:
            out.append(line)
    return tuple(out)


class State(IntEnum):
    """Review state of a unit, ordered from least to most trusted.

    In a PO file: ``UNTRANSLATED`` has an empty ``msgstr``; ``REVIEWED`` is
    translated and not fuzzy; ``DRAFT`` and ``NEEDS_REVIEW`` are both fuzzy,
    told apart by a ``#. draft: ...`` provenance line on drafts.
    """

    UNTRANSLATED = 0
    DRAFT = 1
    NEEDS_REVIEW = 2
    REVIEWED = 3

    @property
    def label(self) -> str:
        return self.name.lower().replace("_", " ")


class Severity(IntEnum):
    """How much a check finding matters; ``ERROR`` fails a build."""

    INFO = 0
    WARNING = 1
    ERROR = 2

    def __str__(self) -> str:
        return self.name.lower()


class Lang(StrEnum):
    ZH = "zh"
    EN = "en"


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of body text, with its sentences once segmented."""

    text: str
    sentences: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    """A source or translated article after ingest: metadata plus body paragraphs.

    ``date`` is ISO ``YYYY-MM-DD`` (with `` HH:MM`` when the page gives a
    time) or empty; ``source`` is the publishing organisation named on the
    page ("来源"), ``url`` where the page lives.
    """

    slug: str
    lang: Lang
    title: str
    paragraphs: tuple[Paragraph, ...]
    date: str = ""
    author: str = ""
    source: str = ""
    url: str = ""
    #: What ingest found wrong with the file and worked around, one line each.
    warnings: tuple[str, ...] = field(default=(), compare=False)
    #: The BCP 47 tag of a Chinese article's script (``zh-Hans``/``zh-Hant``); '' for English.
    script: str = ""
    #: The headline the article first ran under, when the page says so (原题).
    original_title: str = ""


@dataclass(frozen=True)
class Unit:
    """A segment pair: one Chinese paragraph, its English and its review state.

    ``provenance`` holds the machine-written notes (PO extracted comments,
    ``#.``) saying where the English came from; ``comments`` holds the
    translator's own comments (``# ``), which the tool never changes.
    ``previous_source`` is the Chinese text the English was made for, kept
    when the source changed (``#|`` in PO). ``flags`` are PO flags other than
    ``fuzzy``. ``line`` is the line of its ``msgstr`` in its file, where a
    finding about it points an editor (0 when unknown); it takes no part in
    equality.
    """

    id: str
    source: str
    target: str = ""
    state: State = State.UNTRANSLATED
    provenance: tuple[str, ...] = ()
    comments: tuple[str, ...] = ()
    previous_source: str = ""
    flags: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    line: int = field(default=0, compare=False)

    def __post_init__(self) -> None:
        # The state must be what the PO encoding can say: an empty translation
        # is untranslated, a non-empty one is at least unconfirmed, and a draft
        # is a draft only with its "draft:" provenance line.
        state = self.state
        if not self.target:
            state = State.UNTRANSLATED
        elif state is State.UNTRANSLATED or (state is State.DRAFT and not self.is_draft):
            state = State.NEEDS_REVIEW
        object.__setattr__(self, "state", state)

    @property
    def is_draft(self) -> bool:
        return any(p.startswith(DRAFT_MARK) for p in self.provenance)

    @property
    def decisions(self) -> tuple[str, ...]:
        """What a translator decided about this unit in the review view:
        ``#. decision: …`` lines (edited, sent back to review, merged, split,
        English attached or discarded). A unit with a decision belongs to the
        translator: no stage replaces, fills or empties its English."""
        return tuple(p for p in self.provenance if p.startswith(DECISION_MARK))

    @property
    def given_with(self) -> str:
        """The id of the unit whose English also covers this one (a merge), or ''."""
        return next((p[len(GIVEN_WITH) :] for p in self.provenance if p.startswith(GIVEN_WITH)), "")

    @property
    def machine_owned(self) -> bool:
        """Whether the English of this unit (or its lack of English) is the tool's
        own, so that aligning again or drafting may replace it.

        Only while it is exactly what the aligner or a draft wrote there (its
        ``written:`` signature matches) or the unit was never filled. A
        reviewed unit, a unit whose source was edited since its translation,
        a unit with a translator's decision and English a person typed, changed
        or cleared in any tool belong to the translator.
        """
        if self.state is State.REVIEWED or self.previous_source or self.decisions:
            return False
        signed = self.signature(WRITTEN_MARK)
        return not self.target if signed is None else signed

    def signature(self, mark: str) -> bool | None:
        """Whether the ``mark`` note (``written:``, ``approved:``) fingerprints the
        present English; None when the unit has no such note."""
        line = next((p for p in self.provenance if p.startswith(mark)), None)
        return None if line is None else line[len(mark) :].strip() == text_digest(self.target)

    def signed(self, target: str, state: State, notes: tuple[str, ...]) -> Unit:
        """This unit with English the tool wrote, its notes and its signature."""
        own = tuple(p for p in self.provenance if not p.startswith(TOOL_NOTES))
        provenance = (*notes, f"{WRITTEN_MARK} {text_digest(target)}", *own)
        return replace(self, target=target, state=state, provenance=provenance)

    def with_decision(self, decision: str, drop: tuple[str, ...] = ()) -> Unit:
        """This unit with ``decision`` recorded (once), and earlier decisions
        starting with any of ``drop`` removed."""
        line = f"{DECISION_MARK} {decision}"
        dropped = tuple(f"{DECISION_MARK} {d}" for d in drop) or (line,)
        kept = tuple(p for p in self.provenance if p != line and not p.startswith(dropped))
        return replace(self, provenance=(*kept, line))

    def with_target(self, target: str, state: State, provenance: tuple[str, ...]) -> Unit:
        return replace(self, target=target, state=state, provenance=provenance)


@dataclass(frozen=True)
class Catalog:
    """Everything one PO file holds for one article.

    ``header`` keeps the PO header fields in order (including fields a PO
    editor added, which are written back untouched); ``obsolete`` keeps units
    whose paragraph left the article, so their translations are never lost.
    """

    slug: str
    units: tuple[Unit, ...]
    obsolete: tuple[Unit, ...] = ()
    header: tuple[tuple[str, str], ...] = ()
    header_comment: str = ""

    def header_value(self, key: str) -> str:
        return next((v for k, v in self.header if k == key), "")

    @property
    def source_language(self) -> str:
        """The BCP 47 tag of the Chinese, with its script (``zh-Hans``, ``zh-Hant``)."""
        return self.header_value("X-Source-Language") or "zh-Hans"

    def by_id(self) -> dict[str, Unit]:
        return {u.id: u for u in self.units}

    def counts(self) -> dict[State, int]:
        counts = dict.fromkeys(State, 0)
        for unit in self.units:
            counts[unit.state] += 1
        return counts


@dataclass(frozen=True)
class Bead:
    """An alignment bead: source indices paired with target indices.

    ``(0, 1), (0,)`` is a 2-1 bead; an empty side is a 1-0 or 0-1 bead.
    """

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    score: float = 0.0

    @property
    def shape(self) -> str:
        return f"{len(self.src)}-{len(self.tgt)}"


@dataclass(frozen=True)
class Finding:
    """One problem a check found in one unit (or one file)."""

    check: str
    severity: Severity
    message: str
    file: str = ""
    line: int = 0
    unit_id: str = ""


def with_approval_rule(catalog: Catalog, rule: str) -> Catalog:
    """The catalog as the workspace's approval rule reads it.

    ``"po"`` (the default): a translated entry that is not fuzzy is reviewed, as
    in Poedit and Lokalize. ``"signed"``: only an entry approved in the review
    view, with its English unchanged since, is reviewed; any other translated
    entry needs review. This is for Weblate with reviews on, which saves
    "waiting for review" in the PO file exactly as it saves "approved".
    """
    if rule != "signed":
        return catalog
    units = tuple(
        replace(u, state=State.NEEDS_REVIEW)
        if u.state is State.REVIEWED and not u.signature(APPROVED_MARK)
        else u
        for u in catalog.units
    )
    return replace(catalog, units=units)


def with_visible_controls(catalog: Catalog) -> Catalog:
    """The catalog with control characters shown as their Unicode pictures (␋):
    a page or an XML file cannot hold them, and a reader should see where they
    were (the checks report them as errors)."""
    units = tuple(
        replace(u, source=visible_controls(u.source), target=visible_controls(u.target),
                provenance=tuple(map(visible_controls, u.provenance)))
        for u in catalog.units
    )  # fmt: skip
    header = tuple((k, visible_controls(v)) for k, v in catalog.header)
    return replace(catalog, units=units, header=header)


def merge_groups(units: tuple[Unit, ...] | list[Unit]) -> list[tuple[Unit, list[Unit]]]:
    """Units as a translator grouped them: each unit with the units whose English a
    translator merged into it (empty units whose ``given_with`` names it)."""
    heads = {u.id for u in units}
    given: dict[str, list[Unit]] = {}
    for unit in units:
        if unit.given_with in heads and not unit.target:
            given.setdefault(unit.given_with, []).append(unit)
    covered = {u.id for group in given.values() for u in group}
    return [(u, given.get(u.id, [])) for u in units if u.id not in covered]


def merged_units(units: tuple[Unit, ...] | list[Unit]) -> list[Unit]:
    """Units as translated: a merged group is one unit whose source holds the
    Chinese of the whole group, as its English does (what checks and memory see)."""
    return [
        replace(u, source="".join([u.source, *(g.source for g in group)])) if group else u
        for u, group in merge_groups(units)
    ]


def paragraph_id(matching_text: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """The id a newly seen paragraph gets; ``taken`` ids are avoided by suffixing."""
    base = "p" + hashlib.sha1(matching_text.encode("utf-8")).hexdigest()[:8]
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate
