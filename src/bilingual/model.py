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

TITLE_ID = "title"

#: Prefix of the extracted comment that marks a unit as a machine or memory draft.
DRAFT_MARK = "draft:"


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


@dataclass(frozen=True)
class Unit:
    """A segment pair: one Chinese paragraph, its English and its review state.

    ``provenance`` holds the machine-written notes (PO extracted comments,
    ``#.``) saying where the English came from; ``comments`` holds the
    translator's own comments (``# ``), which the tool never changes.
    ``previous_source`` is the Chinese text the English was made for, kept
    when the source changed (``#|`` in PO). ``flags`` are PO flags other than
    ``fuzzy``. ``line`` is where the unit starts in its file (0 when unknown)
    and takes no part in equality.
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


def paragraph_id(matching_text: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """The id a newly seen paragraph gets; ``taken`` ids are avoided by suffixing."""
    base = "p" + hashlib.sha1(matching_text.encode("utf-8")).hexdigest()[:8]
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate
