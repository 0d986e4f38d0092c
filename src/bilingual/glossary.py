"""The glossary: approved English for Chinese terms (``glossary.csv``), and matching.

UTF-8 (a byte-order mark is fine), comma-separated, with a header row naming
the columns, in any order:

``zh``
    the Chinese term (required);
``en``
    its approved English (required);
``forbidden``
    renderings that must not appear when the term does, separated by ``|``;
``type``
    ``term`` (default), ``name`` (a proper name) or ``verbatim`` (a token
    that must appear unchanged in the English, such as ``123N+``);
``case``
    ``insensitive`` (the default for terms) or ``sensitive`` (the default
    for names and verbatim tokens);
``note``
    free text for translators.

Matching. Chinese: every term at once with an Aho-Corasick automaton,
leftmost-longest, on the matching form (Traditional folded to Simplified,
full-width to half-width), so 長白山… and １２３Ｎ＋ are found. English:
curly and straight quotes are the same, a hyphen and a space are the same,
case is ignored unless the term is case-sensitive, and the last word may take
a plural (-s, -es, -y → -ies). Verbatim tokens must appear exactly.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import pickle
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from bilingual import __version__
from bilingual.errors import InputError
from bilingual.files import code_digest, read_bytes, remove_oldest, user_cache_dir, write_atomic
from bilingual.model import Finding, Severity
from bilingual.normalize import CONTROLS, for_matching, for_matching_many, joined, text_at

COLUMNS = ("zh", "en", "forbidden", "type", "case", "note")
TYPES = ("term", "name", "verbatim")
CASES = ("sensitive", "insensitive")


@dataclass(frozen=True)
class Term:
    """One glossary entry; ``line`` is where it stands in its file."""

    zh: str
    en: str
    forbidden: tuple[str, ...] = ()
    type: str = "term"
    case: str = "insensitive"
    note: str = ""
    line: int = field(default=0, compare=False)

    @property
    def case_sensitive(self) -> bool:
        return self.case == "sensitive"


# --- reading and validating ----------------------------------------------------


def read_glossary(text: str, path: str) -> tuple[list[Term], list[Finding]]:
    """The terms of glossary CSV text, and every problem found, each with its line."""
    problems: list[Finding] = []

    def problem(line: int, message: str, severity: Severity = Severity.ERROR) -> None:
        problems.append(Finding("glossary", severity, message, path, line))

    numbered = _records(text.lstrip("\ufeff"), problem)
    rows = [row for _, row in numbered]
    if not rows or not any(cell.strip() for cell in rows[0]):
        problem(1, "empty glossary: expected a header row with zh,en,…")
        return [], problems
    header = [h.strip().lower() for h in rows[0]]
    before = len(problems)
    for h in header:
        if h not in COLUMNS:
            problem(1, f"unknown column {h!r}; columns are {', '.join(COLUMNS)}")
    for required in ("zh", "en"):
        if required not in header:
            problem(1, f"missing column {required!r}")
    if len(problems) > before:
        return [], problems
    terms: list[Term] = []
    for n, row in numbered[1:]:
        if not any(cell.strip() for cell in row):
            continue
        row = [_unguarded(cell) for cell in row]
        if len(row) > len(header):
            problem(n, f"{len(row)} cells but the header has {len(header)}")
            continue
        cells = dict(zip(header, (c.strip() for c in row), strict=False))
        term = _term(cells, n, problem)
        if term:
            terms.append(term)
    _duplicates(terms, problem)
    return terms, problems


def _records(text: str, problem) -> list[tuple[int, list[str]]]:  # type: ignore[no-untyped-def]
    """CSV rows with the line each starts on. A quoted cell that runs over a line
    end is an error: no glossary cell holds a line break, so it is a stray
    quote, which would otherwise swallow every row after it."""
    reader = csv.reader(io.StringIO(text))
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for row in reader:
            if reader.line_num > start and any("\n" in cell or "\r" in cell for cell in row):
                problem(start, f"a quoted cell runs from line {start} to line {reader.line_num}: "
                               'a stray " (glossary cells are one line each)')  # fmt: skip
            else:
                rows.append((start, row))
            start = reader.line_num + 1
    except csv.Error as exc:
        problem(reader.line_num or start, f'bad CSV: {exc} (a stray "?)')
    return rows


#: A cell a spreadsheet would run as a formula starts with one of these.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _guarded(cell: str) -> str:
    """A cell safe to open in a spreadsheet: a formula-like start is quoted with
    an apostrophe (as OWASP advises for CSV exports)."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _unguarded(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA_STARTS) else cell


def _term(cells: dict[str, str], line: int, problem) -> Term | None:  # type: ignore[no-untyped-def]
    zh, en = cells.get("zh", ""), cells.get("en", "")
    for name, value in (("zh", zh), ("en", en)):
        if not value:
            problem(line, f"empty {name} cell")
    for name, value in cells.items():
        if bad := CONTROLS.search(value):
            problem(line, f"control character U+{ord(bad.group(0)):04X} in the {name} cell")
            return None
    kind = cells.get("type") or "term"
    if kind not in TYPES:
        problem(line, f"type {kind!r} is not one of {', '.join(TYPES)}")
    case = cells.get("case") or ("insensitive" if kind == "term" else "sensitive")
    if case not in CASES:
        problem(line, f"case {case!r} is not one of {', '.join(CASES)}")
    if not zh or not en or kind not in TYPES or case not in CASES:
        return None
    forbidden = tuple(f.strip() for f in cells.get("forbidden", "").split("|") if f.strip())
    for f in forbidden:
        if _english_pattern(Term(zh, f, case=case)).search(_fold_english(en)):
            problem(line, f"forbidden rendering {f!r} is part of the approved {en!r}")
    return Term(zh, en, forbidden, kind, case, cells.get("note", ""), line)


def _duplicates(terms: list[Term], problem) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, Term] = {}
    for term in terms:
        key = for_matching(term.zh)
        first = seen.get(key)
        if first is None:
            seen[key] = term
        elif first.en == term.en:
            problem(term.line, f"duplicate of line {first.line} ({term.zh})", Severity.WARNING)
        else:
            problem(
                term.line,
                f"conflicting entry: {term.zh} is {first.en!r} on line {first.line} "
                f"and {term.en!r} here",
            )


def load_glossary(path: Path, shown: str | None = None) -> tuple[list[Term], list[Finding]]:
    """Read ``glossary.csv`` (or a TBX file); unreadable input raises :class:`InputError`.

    The result is kept by content (:func:`_kept`): validating five thousand
    terms costs a fifth of a second, and every command reads the glossary.
    """
    return glossary_of(read_bytes(path), shown or str(path), path.suffix)


def glossary_of(data: bytes, name: str, suffix: str) -> tuple[list[Term], list[Finding]]:
    """:func:`load_glossary` of a file's bytes ``data`` (``suffix``: the file's,
    ``.tbx`` for TBX), for a caller that also needs the bytes themselves."""
    kind = "tbx" if suffix.lower() == ".tbx" else "csv"
    kept = _kept(data, name, kind)
    with contextlib.suppress(OSError, pickle.PickleError, EOFError, AttributeError, ValueError):
        found = pickle.loads(kept.read_bytes())
        if isinstance(found, tuple) and len(found) == 2:
            return found
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError("not valid UTF-8", name, data[: exc.start].count(b"\n") + 1) from None
    result = (parse_tbx(text, name), []) if kind == "tbx" else read_glossary(text, name)
    with contextlib.suppress(OSError):
        write_atomic(kept, pickle.dumps(result, pickle.HIGHEST_PROTOCOL), sync=False)
        remove_oldest(kept.parent, KEPT_GLOSSARIES)
    return result


#: Parsed glossaries kept in the user cache (the most recently written).
KEPT_GLOSSARIES = 16


def _kept(data: bytes, name: str, kind: str) -> Path:
    """Where the parse of ``data`` (shown as ``name``) by this code is kept:
    only ever the parse of these very bytes by this very parser."""
    digest = hashlib.blake2b(digest_size=20)
    for part in (code_digest(), name, kind):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(data)
    return user_cache_dir() / "glossary" / digest.hexdigest()


def terms_or_error(path: Path, shown: str | None = None) -> list[Term]:
    """The terms, or an :class:`InputError` naming the first error-level problem."""
    terms, problems = load_glossary(path, shown)
    for p in problems:
        if p.severity is Severity.ERROR:
            raise InputError(p.message, p.file, p.line)
    return terms


def term_map(terms: Iterable[Term]) -> dict[str, str]:
    """Chinese term -> approved English, for the aligner's dictionary."""
    return {t.zh: t.en for t in terms}


# --- matching ------------------------------------------------------------------

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " "})


_CURLY = re.compile("[“”‘’\u00a0]")


def _fold_english(text: str) -> str:
    # Most English has none of these: a search is cheaper than a translation.
    return text.translate(_QUOTES) if _CURLY.search(text) else text


def _english_pattern(term: Term) -> re.Pattern[str]:
    words = re.split(r"[\s-]+", _fold_english(term.en).strip())
    if term.type == "verbatim":
        body = re.escape(term.en)
        return re.compile(rf"(?<![\w]){body}(?![\w+])")
    parts = [re.escape(w) for w in words]
    last = words[-1]
    if last[-1:].isalpha():
        if last.endswith("y") and len(last) > 2:
            parts[-1] = re.escape(last[:-1]) + r"(?:y|ies)"
        else:
            parts[-1] = re.escape(last) + r"(?:s|es)?"
    body = r"[\s-]+".join(parts)
    flags = 0 if term.case_sensitive else re.IGNORECASE
    return re.compile(rf"(?<![\w]){body}(?![\w])", flags)


class Glossary:
    """All terms, ready for matching in Chinese and in English."""

    def __init__(self, terms: Iterable[Term]):
        self.terms = list(terms)
        self._patterns: dict[int, re.Pattern[str]] = {}
        self._forbidden: dict[tuple[int, int], re.Pattern[str]] = {}
        self._found: dict[str, list[Term]] = {}

    @cached_property
    def _automaton(self):  # type: ignore[no-untyped-def]
        import ahocorasick

        automaton = ahocorasick.Automaton()
        keys = for_matching_many([term.zh for term in self.terms])
        for index, key in enumerate(keys):
            if key and key not in automaton:
                automaton.add_word(key, index)
        if len(automaton):
            automaton.make_automaton()
        return automaton

    def find(self, chinese: str) -> list[Term]:
        """Terms in a Chinese text, leftmost-longest, each once."""
        cached = self._found.get(chinese)
        if cached is None:
            automaton = self._automaton
            indexes = automaton.iter_long(for_matching(chinese)) if len(automaton) else ()
            cached = [self.terms[i] for i in dict.fromkeys(i for _, i in indexes)]
            if len(self._found) > 4096:  # several checks ask about the same unit in a row
                self._found.clear()
            self._found[chinese] = cached
        return cached

    def prepare(self) -> None:
        """Build what matching needs now (before worker processes are forked)."""
        _ = self._automaton, self._index

    def find_many(self, chinese: list[str], forms: Sequence[str] = ()) -> list[list[Term]]:
        """``[self.find(t) for t in chinese]``, in one pass of the automaton.

        ``forms`` are the texts' matching forms, if already known. The answers
        are also kept, so the checks' calls to :meth:`find` on these texts
        cost a dictionary lookup.
        """
        automaton = self._automaton
        found: list[list[int]] = [[] for _ in chinese]
        forms = forms or for_matching_many(chinese)
        together = joined(forms) if len(automaton) else None
        if together is not None:
            text, starts = together
            for end, index in automaton.iter_long(text):
                found[text_at(starts, end)].append(index)
        elif len(automaton):
            found = [[i for _, i in automaton.iter_long(f)] for f in forms]
        terms = [[self.terms[i] for i in dict.fromkeys(hits)] if hits else [] for hits in found]
        self._found = dict(zip(chinese, terms, strict=True))
        return terms

    def in_english(self, term: Term, english: str) -> bool:
        index = self._index[term]
        pattern = self._patterns.get(index)
        if pattern is None:
            pattern = self._patterns[index] = _english_pattern(term)
        return pattern.search(_fold_english(english)) is not None

    def forbidden_in(self, term: Term, english: str) -> list[str]:
        folded = _fold_english(english)
        hits = []
        for k, rendering in enumerate(term.forbidden):
            key = (self._index[term], k)
            pattern = self._forbidden.get(key)
            if pattern is None:
                probe = Term(term.zh, rendering, case=term.case, type="term")
                pattern = self._forbidden[key] = _english_pattern(probe)
            if pattern.search(folded):
                hits.append(rendering)
        return hits

    @cached_property
    def _index(self) -> dict[Term, int]:
        return {t: i for i, t in enumerate(self.terms)}


# --- TBX-Basic -------------------------------------------------------------------

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def render_tbx(terms: Iterable[Term]) -> str:
    """The glossary as TBX-Basic (ISO 30042): one termEntry per term."""
    from lxml import etree

    martif = etree.Element("martif", type="TBX-Basic")
    martif.set(_XML_LANG, "en")
    header = etree.SubElement(martif, "martifHeader")
    desc = etree.SubElement(etree.SubElement(header, "fileDesc"), "sourceDesc")
    etree.SubElement(desc, "p").text = f"Exported by bilingual {__version__}"
    body = etree.SubElement(etree.SubElement(martif, "text"), "body")
    for n, term in enumerate(terms, 1):
        entry = etree.SubElement(body, "termEntry", id=f"t{n}")
        etree.SubElement(entry, "note").text = f"bilingual: type={term.type}; case={term.case}"
        if term.note:
            etree.SubElement(entry, "note").text = term.note
        _lang_set(entry, "zh-Hans", [(term.zh, "preferredTerm-admn-sts")])
        renderings = [(term.en, "preferredTerm-admn-sts")]
        renderings += [(f, "deprecatedTerm-admn-sts") for f in term.forbidden]
        _lang_set(entry, "en", renderings, proper=term.type == "name")
    xml = etree.tostring(martif, encoding="unicode", pretty_print=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + xml


def _lang_set(entry, lang: str, terms: list[tuple[str, str]], proper: bool = False) -> None:  # type: ignore[no-untyped-def]
    from lxml import etree

    lang_set = etree.SubElement(entry, "langSet")
    lang_set.set(_XML_LANG, lang)
    for text, status in terms:
        tig = etree.SubElement(lang_set, "tig")
        etree.SubElement(tig, "term").text = text
        etree.SubElement(tig, "termNote", type="administrativeStatus").text = status
        if proper:
            etree.SubElement(tig, "termNote", type="partOfSpeech").text = "properNoun"


def parse_tbx(text: str, path: str) -> list[Term]:
    """Terms from TBX (TBX-Basic or plain TBX): preferred terms and deprecated ones."""
    from lxml import etree

    try:
        root = etree.fromstring(text.encode("utf-8"), etree.XMLParser(resolve_entities=False))
    except etree.XMLSyntaxError as exc:
        raise InputError(f"malformed TBX: {exc.msg}", path, exc.lineno) from None
    terms = []
    for entry in root.iter("termEntry"):
        zh, en, forbidden = "", "", []
        kind, case, notes = "term", "", []
        for note in entry.findall("note"):
            m = re.fullmatch(r"bilingual: type=(\w+); case=(\w+)", (note.text or "").strip())
            if m:
                kind, case = m.groups()
            elif note.text:
                notes.append(note.text.strip())
        for lang_set in entry.iter("langSet"):
            lang = (lang_set.get(_XML_LANG) or "").lower()
            for tig in lang_set.iter("tig", "ntig"):
                term_text = "".join(tig.findtext(".//term") or "").strip()
                status = tig.findtext(".//termNote[@type='administrativeStatus']") or ""
                if lang.startswith("zh") and not zh:
                    zh = term_text
                elif lang.startswith("en"):
                    if status.startswith(("deprecated", "superseded")):
                        forbidden.append(term_text)
                    elif not en:
                        en = term_text
        if not zh or not en:
            where = entry.get("id", "?")
            raise InputError(f"termEntry {where} lacks a zh or en term", path, entry.sourceline)
        case = case or ("insensitive" if kind == "term" else "sensitive")
        note = " ".join(notes)
        terms.append(Term(zh, en, tuple(forbidden), kind, case, note, entry.sourceline or 0))
    return terms


def render_csv(terms: Iterable[Term]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for t in terms:
        row = [t.zh, t.en, "|".join(t.forbidden), t.type, t.case, t.note]
        writer.writerow([_guarded(cell) for cell in row])
    return out.getvalue()
