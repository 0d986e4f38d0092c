"""Consistency checks for Chinese→English units: small named functions in one registry.

Each check looks at one unit (or, for ``consistency``, every catalog at once)
and yields one-sentence messages; its severity is fixed in :data:`CHECKS`,
with the units it can fire on (``when``), which :func:`check_units` finds for
a whole batch of units in one scan before running the check on those alone.

A unit silences checks with a translator comment naming them::

    # bilingual-ignore: numbers, length-ratio

and ``bilingual.toml`` can disable checks for the whole workspace::

    [check]
    disable = ["length-ratio"]
    length_ratio = [1.5, 9.0]   # English characters per Chinese character
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from bilingual.checknumbers import check_numbers
from bilingual.glossary import Glossary
from bilingual.model import Catalog, Finding, Severity, State, Unit, merged_units
from bilingual.normalize import CONTROLS, for_matching_many, joined, text_at


@dataclass(frozen=True)
class Context:
    """What checks need besides the unit: the glossary and the workspace's settings."""

    glossary: Glossary = field(default_factory=lambda: Glossary([]))
    #: English characters per Chinese character outside which a unit is suspect.
    length_range: tuple[float, float] = (1.6, 10.0)


Check = Callable[[Unit, Context], Iterator[str]]


# --- glossary --------------------------------------------------------------------


def glossary_term(unit: Unit, ctx: Context) -> Iterator[str]:
    for term in ctx.glossary.find(unit.source):
        if term.type != "verbatim" and not ctx.glossary.in_english(term, unit.target):
            yield f"{term.zh} should be rendered {term.en!r}"


def glossary_forbidden(unit: Unit, ctx: Context) -> Iterator[str]:
    for term in ctx.glossary.find(unit.source):
        for rendering in ctx.glossary.forbidden_in(term, unit.target):
            yield f"{rendering!r} is a forbidden rendering of {term.zh} (use {term.en!r})"


def verbatim(unit: Unit, ctx: Context) -> Iterator[str]:
    for term in ctx.glossary.find(unit.source):
        if term.type == "verbatim" and not ctx.glossary.in_english(term, unit.target):
            yield f"{term.en!r} must appear unchanged in the English"


# --- numbers -------------------------------------------------------------------------


def numbers(unit: Unit, ctx: Context) -> Iterator[str]:
    return check_numbers(unit)


# --- Chinese left in the English, whitespace, typography -------------------------------

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_FULLWIDTH = re.compile(r"[\uff01-\uff5e\u3001\u3002\u300a-\u300f\u3010\u3011\u3014\u3015]")
# Curly quotes typeset the Chinese way: glued to the words around them.
_GLUED_QUOTES = re.compile(r"[A-Za-z0-9]“|”[A-Za-z0-9]")


def chinese_in_english(unit: Unit, ctx: Context) -> Iterator[str]:
    for m in _CJK.finditer(unit.target):
        if _glossed(unit.target, m.start(), m.end()) and m.group(0) in unit.source:
            continue  # "the rain forest program (雨林计划)": the source's own term, on purpose
        yield f"Chinese characters {m.group(0)!r} in the English"
    marks = "".join(dict.fromkeys(_FULLWIDTH.findall(unit.target)))
    if marks:
        yield f"full-width punctuation {marks!r} in the English"
    if "\u3000" in unit.target:
        yield "full-width (ideographic) space in the English"
    glued = _GLUED_QUOTES.findall(unit.target)
    if glued:
        yield f"quotation marks set the Chinese way, with no space: {', '.join(map(repr, glued))}"


def _glossed(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands alone in brackets after English:
    "Hunchun (珲春)", "gaokao (高考)", "(Chinese: 高考)"."""
    before = text[:start].rstrip()
    if before.endswith(("Chinese:", "Chinese :")):
        before = before[: before.rindex("Chinese")].rstrip()
    if not (before.endswith("(") and text[end:].lstrip().startswith(")")):
        return False
    word = before[:-1].split()[-1:]
    # after a term, not in the place of one ("works in (珲春)")
    return bool(word) and bool(_LATIN.search(word[0])) and word[0].lower() not in _FUNCTION_WORDS


_LATIN = re.compile("[A-Za-z]")
_FUNCTION_WORDS = frozenset("a an the in on at of to for from by with and or as into than".split())


def control_characters(unit: Unit, ctx: Context) -> Iterator[str]:
    if m := CONTROLS.search(unit.target):
        name = unicodedata.name(m.group(0), "")
        yield (f"control character U+{ord(m.group(0)):04X}{f' ({name})' if name else ''} in the "
               "English (pasted from a word processor?): it cannot be published")  # fmt: skip


def whitespace(unit: Unit, ctx: Context) -> Iterator[str]:
    text = unit.target
    if text != text.strip():
        yield "leading or trailing whitespace"
    for line in text.split("\n"):
        if "  " in line.strip():
            at = line.index("  ", len(line) - len(line.lstrip()))
            yield f"double space in {_around(line, at)!r}"
        for m in re.finditer(r"\S \s*[,.;:!?](?=\s|$)", line):
            yield f"space before punctuation in {m.group(0)!r}"


def _around(text: str, i: int) -> str:
    return text[max(0, i - 12) : i + 14]


def quote_style(unit: Unit, ctx: Context) -> Iterator[str]:
    text = unit.target
    if '"' in text and re.search(r"[“”]", text):
        yield 'straight (") and curly (“”) double quotes mixed'
    if re.search(r"\w'\w", text) and re.search(r"\w’\w", text):
        yield "straight (') and curly (’) apostrophes mixed"


def length_ratio(unit: Unit, ctx: Context) -> Iterator[str]:
    ratio = english_per_chinese(unit)
    message = None if ratio is None else length_message(ratio, ctx.length_range)
    if message:
        yield message


def english_per_chinese(unit: Unit) -> float | None:
    """English characters per Chinese one, for 15 Chinese characters or more.

    What the English carries over unchanged (figures, Latin names, a
    telephone number) is left out of both sides: it says nothing of whether
    the English is complete, and it would make a short Chinese text look long.
    """
    source = unit.source
    zh = len(source)
    if _WHITESPACE.search(source):  # rare in Chinese
        zh -= len(_WHITESPACE.findall(source))
    en = len(unit.target)
    if zh >= 15 and len(source.encode("ascii", "ignore")):
        for run in _ASCII_RUN.findall(source):
            if run in unit.target:
                zh -= len(run)
                en -= len(run)
            elif (core := run.strip("%+:.,;!?()")) and core[0].isdigit() and core in unit.target:
                zh -= len(run)  # 50.3% given as "50.3" (a PMI): the figure carried over
                en -= len(core)
    return en / zh if zh >= 15 else None


_ASCII_RUN = re.compile(r"[!-~]+")
_WHITESPACE = re.compile(r"\s")


def length_message(ratio: float, usual: tuple[float, float]) -> str | None:
    """What the length-ratio check says of a ratio outside the usual range."""
    low, high = usual
    if ratio < low:
        said, bound = _apart(ratio, low)
        return (
            f"the English is short for its Chinese ({said} characters per Chinese "
            f"character, usually {bound} or more): something may be left out"
        )
    if ratio > high:
        said, bound = _apart(ratio, high)
        return (
            f"the English is long for its Chinese ({said} characters per Chinese "
            f"character, usually {bound} or less): something may be added"
        )
    return None


def _apart(ratio: float, bound: float) -> tuple[str, str]:
    # Just past the bound, one decimal would print the same figure twice
    # ("8.8, usually 8.8 or less"); give as many as tell them apart.
    for digits in (1, 2, 3):
        said, limit = f"{ratio:.{digits}f}", f"{bound:.{digits}f}"
        if said != limit:
            break
    return said, limit


def untranslated(unit: Unit, ctx: Context) -> Iterator[str]:
    yield "not translated yet"


# --- which units a check needs to see ------------------------------------------


class Batch:
    """Units checked together.

    Their English is joined into one string, so a check's ``when`` pattern
    finds the few units it applies to in one scan instead of one call per
    unit, and their Chinese is looked up in the glossary in one pass.
    """

    def __init__(self, units: Sequence[Unit], glossary: Glossary, forms: Sequence[str] = ()):
        self.units = units
        self._forms = forms
        self._english = joined([u.target for u in units])
        self._glossary = glossary

    def matching(self, pattern: re.Pattern[str]) -> set[int]:
        """Indexes of the units whose English ``pattern`` matches."""
        if self._english is None:
            return set(range(len(self.units)))  # an English text holds the separator itself
        text, starts = self._english
        return {text_at(starts, m.start()) for m in pattern.finditer(text)}

    @cached_property
    def with_terms(self) -> set[int]:
        """Indexes of the units whose Chinese holds a glossary term."""
        found = self._glossary.find_many([u.source for u in self.units], self._forms)
        return {i for i, terms in enumerate(found) if terms}


Units = Callable[[Batch], set[int]]


def english(*patterns: str) -> Units:
    """Only units whose English matches one of ``patterns``: the check cannot fire elsewhere.

    Each pattern should start with a character or a class of them, so that
    the engine skips from one possible start to the next.
    """
    compiled = [re.compile(p) for p in patterns]
    return lambda batch: set().union(*(batch.matching(p) for p in compiled))


@dataclass(frozen=True)
class CheckSpec:
    name: str
    severity: Severity
    run: Check
    summary: str
    #: The units the check can say something about (default: every one). A
    #: necessary condition, not a heuristic: tests hold every check to it.
    when: Units | None = None


_WITH_TERMS: Units = lambda batch: batch.with_terms  # noqa: E731
# One class, not an alternation, so the engine can skip ahead: CJK, full-width
# punctuation, the ideographic space and curly quotes (glued ones are a finding).
_LEFTOVERS = english(
    "[\u3000\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff5e\u3001\u3002\u300a-\u300f"
    "\u3010\u3011\u3014\u3015“”]"
)
_SPACE_BEFORE = re.compile(r" [\s,.;:!?]")


def _spaced(batch: Batch) -> set[int]:
    """Units with a space before a space or punctuation, or whitespace at either end."""
    ends = {i for i, u in enumerate(batch.units) if u.target != u.target.strip()}
    return ends | batch.matching(_SPACE_BEFORE)


_QUOTES = english(r"[\"'](?:(?<=\")|(?<=\w')(?=\w))")  # a double quote, or an apostrophe

#: Every check, in the order findings are listed. ``untranslated`` runs on
#: empty units only; every other check runs on units that have English.
CHECKS: tuple[CheckSpec, ...] = (
    CheckSpec("glossary-term", Severity.ERROR, glossary_term,
              "the approved English of a glossary term is missing", _WITH_TERMS),
    CheckSpec("glossary-forbidden", Severity.ERROR, glossary_forbidden,
              "a forbidden rendering of a glossary term is used", _WITH_TERMS),
    CheckSpec("verbatim", Severity.ERROR, verbatim,
              "a verbatim token is altered or missing", _WITH_TERMS),
    CheckSpec("numbers", Severity.ERROR, numbers,
              "numbers and dates differ by value or qualifier"),
    CheckSpec("chinese-in-english", Severity.ERROR, chinese_in_english,
              "Chinese characters, full-width punctuation or spaces in the English", _LEFTOVERS),
    CheckSpec("control-characters", Severity.ERROR, control_characters,
              "control characters in the English", english(CONTROLS.pattern)),
    CheckSpec("whitespace", Severity.WARNING, whitespace,
              "double, leading or trailing spaces; a space before punctuation", _spaced),
    CheckSpec("quote-style", Severity.WARNING, quote_style,
              "straight and curly quotes mixed in one unit", _QUOTES),
    CheckSpec("length-ratio", Severity.WARNING, length_ratio,
              "English far shorter or longer than usual for its Chinese"),
    CheckSpec("consistency", Severity.WARNING, lambda u, c: iter(()),
              "one Chinese segment translated two ways, or one translation for two",
              lambda batch: set()),
    CheckSpec("untranslated", Severity.INFO, untranslated,
              "no English yet"),
)  # fmt: skip
BY_NAME = {c.name: c for c in CHECKS}
IGNORE = re.compile(r"bilingual-ignore:\s*(.+)")


def ignored(unit: Unit) -> set[str]:
    """Checks a translator silenced on this unit with ``# bilingual-ignore: a, b``.

    The list may go on over the next comment lines (a PO editor that wraps
    comments splits a long one) for as long as those lines name only checks.
    """
    names: set[str] = set()
    going_on = False
    for comment in unit.comments:
        m = IGNORE.search(comment)
        more = {n.strip() for n in (m.group(1) if m else comment).split(",") if n.strip()}
        if m or (going_on and more and more <= BY_NAME.keys()):
            names |= more
            going_on = True
        else:
            going_on = False
    return names


def check_units(
    units: Sequence[Unit],
    ctx: Context,
    disabled: frozenset[str] = frozenset(),
    path: str = "",
    forms: Sequence[str] = (),
) -> list[Finding]:
    """Every finding for each unit (of the file ``path``) except consistency, in
    unit order then check order. ``forms``: the units' Chinese matching forms,
    if already known."""
    batch = Batch(units, ctx.glossary, forms)
    silenced = {i: names for i, u in enumerate(units) if u.comments and (names := ignored(u))}
    empty = [i for i, u in enumerate(units) if u.state is State.UNTRANSLATED]
    translated = [i for i, u in enumerate(units) if u.state is not State.UNTRANSLATED]
    found: list[tuple[int, int, Finding]] = []
    for order, spec in enumerate(CHECKS):
        name, severity, run = spec.name, spec.severity, spec.run
        if name in disabled:
            continue
        if name == "untranslated":
            candidates: Iterable[int] = empty
        elif spec.when is None:
            candidates = translated
        else:
            selected = spec.when(batch)
            candidates = [i for i in translated if i in selected] if selected else ()
        if silenced:
            candidates = [i for i in candidates if name not in silenced.get(i, ())]
        for i in candidates:
            unit = units[i]
            for message in run(unit, ctx):
                found.append((i, order, Finding(name, severity, message, path, unit.line, unit.id)))
    found.sort(key=lambda f: (f[0], f[1]))  # stable: a check's messages keep their order
    return [f for _, _, f in found]


def check_unit(unit: Unit, ctx: Context, disabled: frozenset[str] = frozenset()) -> list[Finding]:
    return check_units([unit], ctx, disabled)


#: What the consistency check needs of a translated unit: file, line, id and
#: the matching forms of its Chinese and of its English.
Row = tuple[str, int, str, str, str]


def consistency_rows(path: str, units: Sequence[Unit], forms: Sequence[str] = ()) -> list[Row]:
    """The rows of ``units`` (``forms``: their Chinese matching forms, if known)."""
    forms = forms or for_matching_many([u.source for u in units])
    return [
        (path, u.line, u.id, form, " ".join(u.target.split()).lower())
        for u, form in zip(units, forms, strict=True)
        if u.target and not (u.comments and "consistency" in ignored(u))
    ]


def consistency(catalogs: Sequence[tuple[str, Catalog]]) -> list[Finding]:
    """One Chinese segment with two translations, one translation for two segments."""
    return consistency_of([row for path, c in catalogs for row in consistency_rows(path, c.units)])


def consistency_of(rows: Sequence[Row]) -> list[Finding]:
    check = Consistency()
    check.add(rows)
    return check.findings()


class Consistency:
    """The consistency check, fed the rows of a workspace part by part.

    Parts may come in any order (from worker processes): each row is kept
    with its place, so that the findings are those of the rows in file order.
    """

    def __init__(self) -> None:
        self._groups: tuple[dict[str, list], dict[str, list]] = ({}, {})  # type: ignore[type-arg]

    def add(self, rows: Sequence[Row], part: int = 0) -> None:
        self.add_placed([((part, n), row) for n, row in enumerate(rows)])

    def add_placed(self, rows: Iterable[tuple[tuple[int, int], Row]]) -> None:
        """Rows each with its place: (part, number within the part)."""
        by_chinese, by_english = self._groups
        for placed in rows:
            row = placed[1]
            by_chinese.setdefault(row[3], []).append(placed)
            by_english.setdefault(row[4], []).append(placed)

    def findings(self) -> list[Finding]:
        sides = (
            (4, "the same Chinese is translated differently"),  # English differs
            (3, "the same English is used for different Chinese"),
        )
        findings = []
        for groups, (value, what) in zip(self._groups, sides, strict=True):
            for placed in groups.values():
                if len(placed) == 1:
                    continue
                group = [row for _, row in sorted(placed)]
                for row in group:
                    other = next((r for r in group if r[value] != row[value]), None)
                    if other:
                        message = f"{what} at {other[0]}:{other[1]}"
                        findings.append(
                            Finding(
                                "consistency", Severity.WARNING, message, row[0], row[1], row[2]
                            )
                        )
        return findings


def ratios(units: Iterable[Unit]) -> list[float]:
    """English characters per Chinese character of the translated units (of 15 or more)."""
    found = (english_per_chinese(u) for u in units if u.target)
    return [r for r in found if r is not None]


def length_range(catalogs: Iterable[Catalog], default: float = 4.0) -> tuple[float, float]:
    """The usual range of English characters per Chinese character.

    Around the median over translated units (news runs 3 to 5), from 0.35×
    (an omission) to 2.5× (an addition); 4.0 when there are too few units.
    Wire headlines ("Jilin's Q1-Q3 GDP up 5.1% y-o-y") run at 0.39× the
    median of the news they stand among, and are complete.
    """
    return usual_range([r for c in catalogs for r in ratios(c.units)], default)


def usual_range(ratios: Sequence[float], default: float = 4.0) -> tuple[float, float]:
    ratio = statistics.median(ratios) if len(ratios) >= 10 else default
    return (0.35 * ratio, 2.5 * ratio)


def in_order(findings: Iterable[Finding]) -> list[Finding]:
    """Findings by file, then line, then the order of :data:`CHECKS` (stable otherwise)."""
    order = {c.name: i for i, c in enumerate(CHECKS)}
    return sorted(findings, key=lambda f: (f.file, f.line, order[f.check]))


def run_checks(
    catalogs: Sequence[tuple[str, Catalog]],
    ctx: Context,
    disabled: frozenset[str] = frozenset(),
) -> list[Finding]:
    """Every finding for every unit of every catalog, file order then line order.

    (:mod:`bilingual.checkrun` does the same for catalog files, on every core.)
    """
    findings = [
        f for path, c in catalogs for f in check_units(merged_units(c.units), ctx, disabled, path)
    ]
    if "consistency" not in disabled:
        findings += consistency(catalogs)
    return in_order(findings)
