"""Consistency checks for Chinese→English units: small named functions in one registry.

Each check looks at one unit (or, for ``consistency``, every catalog at once)
and yields one-sentence messages; its severity is fixed in :data:`CHECKS`.

A unit silences checks with a translator comment naming them::

    # bilingual-ignore: numbers, length-ratio

and ``bilingual.toml`` can disable checks for the whole workspace::

    [check]
    disable = ["length-ratio"]
    length_ratio = [1.5, 9.0]   # English characters per Chinese character
"""

from __future__ import annotations

import multiprocessing as mp
import os
import re
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from bilingual.glossary import Glossary
from bilingual.model import Catalog, Finding, Severity, State, Unit
from bilingual.normalize import for_matching
from bilingual.numbers import Number, en_dates, en_numbers, without_spans, zh_dates, zh_numbers


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


def _informative(numbers: Iterable[Number]) -> list[Number]:
    # 1 is mostly an article or "first" in prose ("一批", "the first time"): no signal.
    return [n for n in numbers if n.value != 1]


def numbers(unit: Unit, ctx: Context) -> Iterator[str]:
    zh_d, en_d = zh_dates(unit.source), en_dates(unit.target)
    en_date_values = [d for d, _ in en_d]
    for date, _ in zh_d:
        if not any(_same_date(date, other) for other in en_date_values):
            yield f"the date {_show_date(date)} is not in the English"
    zh_text = without_spans(unit.source, [s for _, s in zh_d])
    en_text = without_spans(unit.target, [s for _, s in en_d])
    # Keys computed once: this check is most of the time of a large run.
    zh = [(n.key(), n) for n in _informative(zh_numbers(zh_text))]
    en = [(n.key(), n) for n in _informative(en_numbers(en_text))]
    en_by_key = dict(en)
    zh_keys = {k for k, _ in zh}
    for k, n in zh:
        if n.strict and k not in en_by_key:
            yield f"{n.text} ({_show(n)}) has no counterpart in the English"
    for k, n in en:
        if k not in zh_keys:
            yield f"{n.text!r} in the English ({_show(n)}) is not in the Chinese"
    for k, n in zh:
        other = en_by_key.get(k)
        differs = other is not None and n.approx != other.approx
        if differs and "about" not in (n.approx, other.approx):
            said = {"more": "more than", "less": "nearly", "": "exactly"}
            yield (
                f"{n.text} means {said[n.approx]} {_show(n)}, but the English says "
                f"{said[other.approx]} ({other.text!r})"
            )


def _same_date(a: tuple, b: tuple) -> bool:
    """Same month, and same year and day wherever both sides give them."""
    pairs = ((a[0], b[0]), (a[2], b[2]))
    return a[1] == b[1] and all(x is None or y is None or x == y for x, y in pairs)


def _show_date(date: tuple) -> str:
    y, m, d = date
    return "-".join(str(x) for x in (y, m, d) if x is not None)


def _show(n: Number) -> str:
    value = f"{n.value:,.0f}" if n.value == int(n.value) else f"{n.value:,.6g}"
    return {"percent": f"{value}%", "points": f"{value} percentage points",
            "ordinal": f"ordinal {value}"}.get(n.kind, value)  # fmt: skip


# --- Chinese left in the English, whitespace, typography -------------------------------

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_FULLWIDTH = re.compile(r"[\uff01-\uff5e\u3001\u3002\u300a-\u300f\u3010\u3011\u3014\u3015]")
# Curly quotes typeset the Chinese way: glued to the words around them.
_GLUED_QUOTES = re.compile(r"[A-Za-z0-9]“|”[A-Za-z0-9]")


def chinese_in_english(unit: Unit, ctx: Context) -> Iterator[str]:
    for m in _CJK.finditer(unit.target):
        yield f"Chinese characters {m.group(0)!r} in the English"
    marks = "".join(dict.fromkeys(_FULLWIDTH.findall(unit.target)))
    if marks:
        yield f"full-width punctuation {marks!r} in the English"
    if "\u3000" in unit.target:
        yield "full-width (ideographic) space in the English"
    glued = _GLUED_QUOTES.findall(unit.target)
    if glued:
        yield f"quotation marks set the Chinese way, with no space: {', '.join(map(repr, glued))}"


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
    zh = len(re.sub(r"\s", "", unit.source))
    if zh < 15:
        return
    ratio = len(unit.target) / zh
    low, high = ctx.length_range
    if ratio < low:
        yield (
            f"the English is short for its Chinese ({ratio:.1f} characters per Chinese "
            f"character, usually {low:.1f} or more): something may be left out"
        )
    elif ratio > high:
        yield (
            f"the English is long for its Chinese ({ratio:.1f} characters per Chinese "
            f"character, usually {high:.1f} or less): something may be added"
        )


def untranslated(unit: Unit, ctx: Context) -> Iterator[str]:
    yield "not translated yet"


@dataclass(frozen=True)
class CheckSpec:
    name: str
    severity: Severity
    run: Check
    summary: str


#: Every check, in the order findings are listed. ``untranslated`` runs on
#: empty units only; every other check runs on units that have English.
CHECKS: tuple[CheckSpec, ...] = (
    CheckSpec("glossary-term", Severity.ERROR, glossary_term,
              "the approved English of a glossary term is missing"),
    CheckSpec("glossary-forbidden", Severity.ERROR, glossary_forbidden,
              "a forbidden rendering of a glossary term is used"),
    CheckSpec("verbatim", Severity.ERROR, verbatim,
              "a verbatim token is altered or missing"),
    CheckSpec("numbers", Severity.ERROR, numbers,
              "numbers and dates differ by value or qualifier"),
    CheckSpec("chinese-in-english", Severity.ERROR, chinese_in_english,
              "Chinese characters, full-width punctuation or spaces in the English"),
    CheckSpec("whitespace", Severity.WARNING, whitespace,
              "double, leading or trailing spaces; a space before punctuation"),
    CheckSpec("quote-style", Severity.WARNING, quote_style,
              "straight and curly quotes mixed in one unit"),
    CheckSpec("length-ratio", Severity.WARNING, length_ratio,
              "English far shorter or longer than usual for its Chinese"),
    CheckSpec("consistency", Severity.WARNING, lambda u, c: iter(()),
              "one Chinese segment translated two ways, or one translation for two"),
    CheckSpec("untranslated", Severity.INFO, untranslated,
              "no English yet"),
)  # fmt: skip
BY_NAME = {c.name: c for c in CHECKS}
IGNORE = re.compile(r"bilingual-ignore:\s*(.+)")


def ignored(unit: Unit) -> set[str]:
    names: set[str] = set()
    for comment in unit.comments:
        m = IGNORE.search(comment)
        if m:
            names |= {n.strip() for n in m.group(1).split(",") if n.strip()}
    return names


def check_unit(unit: Unit, ctx: Context, disabled: frozenset[str] = frozenset()) -> list[Finding]:
    skip = disabled | ignored(unit)
    untranslated = unit.state is State.UNTRANSLATED
    findings = []
    for spec in CHECKS:
        if (spec.name == "untranslated") != untranslated or spec.name in skip:
            continue
        for message in spec.run(unit, ctx):
            findings.append(
                Finding(spec.name, spec.severity, message, line=unit.line, unit_id=unit.id)
            )
    return findings


def consistency(catalogs: Sequence[tuple[str, Catalog]]) -> list[Finding]:
    """One Chinese segment with two translations, one translation for two segments."""
    # Both matching forms once per unit: folding the Chinese is most of the cost.
    translated = [
        (path, u, for_matching(u.source), " ".join(u.target.split()).lower())
        for path, catalog in catalogs
        for u in catalog.units
        if u.target and "consistency" not in ignored(u)
    ]
    sides = (
        (2, 3, "the same Chinese is translated differently"),
        (3, 2, "the same English is used for different Chinese"),
    )
    findings = []
    for key, value, what in sides:
        groups: dict[str, list[tuple]] = defaultdict(list)
        for entry in translated:
            groups[entry[key]].append(entry)
        for entries in groups.values():
            if len(entries) == 1:
                continue
            for entry in entries:
                other = next((e for e in entries if e[value] != entry[value]), None)
                if other:
                    path, unit = entry[0], entry[1]
                    message = f"{what} at {other[0]}:{other[1].line}"
                    findings.append(
                        Finding("consistency", Severity.WARNING, message, path, unit.line, unit.id)
                    )
    return findings


def length_range(catalogs: Iterable[Catalog], default: float = 4.0) -> tuple[float, float]:
    """The usual range of English characters per Chinese character.

    Around the median over translated units (news runs 3 to 5), from 0.4×
    (an omission) to 2.5× (an addition); 4.0 when there are too few units.
    """
    ratios = [
        len(u.target) / len(u.source)
        for c in catalogs
        for u in c.units
        if u.target and len(u.source) >= 15
    ]
    ratio = statistics.median(ratios) if len(ratios) >= 10 else default
    return (0.4 * ratio, 2.5 * ratio)


#: Below this many units, starting worker processes costs more than it saves.
PARALLEL_FROM = 5000
_shared: tuple[list[tuple[str, Unit]], Context, frozenset[str]] | None = None


def _check_slice(bounds: tuple[int, int]) -> list[Finding]:
    assert _shared is not None  # set before the workers are forked
    units, ctx, disabled = _shared
    return [
        Finding(f.check, f.severity, f.message, path, f.line, f.unit_id)
        for path, unit in units[bounds[0] : bounds[1]]
        for f in check_unit(unit, ctx, disabled)
    ]


def run_checks(
    catalogs: Sequence[tuple[str, Catalog]],
    ctx: Context,
    disabled: frozenset[str] = frozenset(),
    workers: int | None = None,
) -> list[Finding]:
    """Every finding for every unit of every catalog, file order then line order.

    Large workspaces are checked in one process per core: units are
    independent, and the workers inherit the glossary by fork, so nothing big
    is sent to them.
    """
    global _shared
    units = [(path, unit) for path, catalog in catalogs for unit in catalog.units]
    workers = workers or min(os.cpu_count() or 1, 8)
    _shared = (units, ctx, disabled)

    def across_units() -> list[Finding]:
        return [] if "consistency" in disabled else consistency(catalogs)

    try:
        if workers > 1 and len(units) >= PARALLEL_FROM and "fork" in mp.get_all_start_methods():
            step = -(-len(units) // workers)
            with mp.get_context("fork").Pool(workers) as pool:
                slices = [(k, k + step) for k in range(0, len(units), step)]
                pending = pool.map_async(_check_slice, slices)
                # Runs here while the workers check units; the sort below restores order.
                findings = across_units()
                findings += [f for part in pending.get() for f in part]
        else:
            findings = _check_slice((0, len(units))) + across_units()
    finally:
        _shared = None
    order = {c.name: i for i, c in enumerate(CHECKS)}
    return sorted(findings, key=lambda f: (f.file, f.line, order[f.check]))
