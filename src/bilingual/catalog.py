"""The PO boundary, and the only module that imports polib.

One catalog per article, ``locales/en/LC_MESSAGES/<slug>.po``: ``msgctxt`` is
the stable paragraph id, ``msgid`` the Chinese paragraph, ``msgstr`` the
English. Review state maps onto PO conventions (see :class:`~bilingual.model.State`):
reviewed is translated and not fuzzy; drafts and unconfirmed pairs are
fuzzy, with where they came from in ``#.`` comments. Translator comments
(``# ``), references and unknown flags are read and written back untouched.

:func:`read_po` parses with a reader of its own, a whole entry at a time
where the entry is written as gettext writes it and line by line otherwise;
polib reads the same text in :func:`read_po_with_polib`, the reference the
tests hold it to. :func:`render_po` is a pure generator of the text, wrapped
as gettext's tools wrap it (:mod:`bilingual.pofile`); :func:`write_po` writes
it atomically.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from bilingual import __version__
from bilingual.errors import CatalogError
from bilingual.files import write_atomic
from bilingual.model import Article, Catalog, State, Unit, rejoin_notes
from bilingual.pofile import format_comment, format_string

#: Header fields the tool owns, in the order it writes them. Any other field a
#: PO editor adds (X-Poedit-…, Last-Translator …) is kept after these.
MANAGED_HEADER = (
    "Project-Id-Version",
    "PO-Revision-Date",
    "Last-Translator",
    "Language-Team",
    "Language",
    "MIME-Version",
    "Content-Type",
    "Content-Transfer-Encoding",
    "Plural-Forms",
    "X-Generator",
    "X-Source-Language",
    "X-Source-Title",
    "X-Source-Original-Title",
    "X-Source-Date",
    "X-Source-Author",
    "X-Source-Publisher",
    "X-Source-URL",
)
#: Fields whose value a translator's editor may set and the tool must not reset.
_EDITOR_OWNED = ("Last-Translator", "Language-Team", "PO-Revision-Date")


def build_header(
    slug: str, article: Article | None, old: tuple[tuple[str, str], ...] = ()
) -> tuple[tuple[str, str], ...]:
    """Header fields for a catalog of ``article``, keeping what an editor set in ``old``."""
    previous = dict(old)
    values = {
        "Project-Id-Version": slug,
        "PO-Revision-Date": previous.get("PO-Revision-Date", ""),
        "Last-Translator": previous.get("Last-Translator", ""),
        "Language-Team": previous.get("Language-Team", "English"),
        "Language": "en",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=2; plural=(n != 1);",
        "X-Generator": f"bilingual {__version__}",
        "X-Source-Language": (article.script if article else "")
        or previous.get("X-Source-Language", "zh-Hans"),
    }
    source_fields = {
        "X-Source-Title": "title",
        "X-Source-Original-Title": "original_title",
        "X-Source-Date": "date",
        "X-Source-Author": "author",
        "X-Source-Publisher": "source",
        "X-Source-URL": "url",
    }
    for key, attr in source_fields.items():
        values[key] = getattr(article, attr) if article else previous.get(key, "")
    # The fields stay in the order the file has them (an editor may reorder).
    order = [k for k, _ in old] + [k for k in MANAGED_HEADER if k not in previous]
    if not values["X-Source-Original-Title"] and "X-Source-Original-Title" not in previous:
        order.remove("X-Source-Original-Title")  # most articles have none: no empty field
    return tuple((k, values.get(k, previous.get(k, ""))) for k in order)


#: Header fields that describe the source; a change to one is a change of content.
SOURCE_FIELDS = tuple(k for k in MANAGED_HEADER if k.startswith("X-Source-"))


def settle(old: Catalog | None, new: Catalog, when: str = "") -> Catalog:
    """What to write after a stage made ``new`` from ``old``.

    A change of units or source fields is content: written with a fresh
    ``PO-Revision-Date`` and the tool as ``X-Generator``. A difference in the
    other header fields alone (an editor's ``X-Generator``, msgmerge's
    ``POT-Creation-Date``) is no change: the file is left as it is.
    """
    if old is None:
        return stamp_revision(new, when)
    same_units = (new.units, new.obsolete, new.header_comment) == (
        old.units,
        old.obsolete,
        old.header_comment,
    )
    if same_units and all(new.header_value(k) == old.header_value(k) for k in SOURCE_FIELDS):
        return old
    return stamp_revision(new, when) if new != old else new


def stamp_revision(catalog: Catalog, when: str = "") -> Catalog:
    """The catalog with ``PO-Revision-Date`` set to ``when`` (default: now, UTC,
    or ``$SOURCE_DATE_EPOCH`` when set, for builds that must be reproducible).

    Callers stamp only a catalog whose content changed, so rewriting an
    unchanged catalog leaves its file, and git, alone.
    """
    import os
    from dataclasses import replace
    from datetime import UTC, datetime

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch.isdigit() else datetime.now(UTC)
    when = when or moment.strftime("%Y-%m-%d %H:%M+0000")
    header = tuple((k, when if k == "PO-Revision-Date" else v) for k, v in catalog.header)
    return replace(catalog, header=header)


# --- reading -----------------------------------------------------------------

_UNIT_ENTRY = re.compile(r"^[ \t]*msgctxt[ \t]", re.MULTILINE)


def catalog_text(data: bytes, path: str) -> str:
    """A catalog file's text, or the one verdict every command gives on it.

    A byte-order mark is dropped; bytes that are not UTF-8 are an error with
    their line; a file with no unit (empty, or a header alone) is an error,
    since publishing it would publish an empty page.
    """
    text = decoded(data.removeprefix(BOM), path)
    if not _UNIT_ENTRY.search(text):
        read_po(text, path, "")  # a malformed file is told as such first
        what = "is empty" if not text.strip() else "has a header but no unit"
        raise CatalogError(f"catalog {what}: delete it and ingest the article again", path)
    return text


BOM = "\ufeff".encode()
_UNIT_ENTRY_BYTES = re.compile(_UNIT_ENTRY.pattern.encode(), re.MULTILINE)


def catalog_bytes(data: bytes, path: str) -> bytes:
    """A catalog file's bytes without a byte-order mark, for readers that
    decode runs of it themselves (:func:`decoded`); a file with no unit gets
    the verdict of :func:`catalog_text`."""
    data = data.removeprefix(BOM)
    if not _UNIT_ENTRY_BYTES.search(data):
        catalog_text(data, path)  # raises: the file is empty, malformed or not UTF-8
    return data


def decoded(data: bytes, path: str, first_line: int = 1) -> str:
    """``data`` (a file, or a run of it that starts on line ``first_line``) as
    text; bytes that are not UTF-8 are an error with their line."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = first_line + data.count(b"\n", 0, exc.start)
        raise CatalogError("not valid UTF-8 (PO catalogs are UTF-8)", path, line) from None


def load_po(data: bytes, path: str, slug: str) -> Catalog:
    """A catalog file's bytes as a catalog: :func:`catalog_text`, then :func:`read_po`."""
    return read_po(catalog_text(data, path), path, slug)


_PO_LINE = re.compile(
    r'(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?"(?:[^"\\]|\\.)*"\s*'
)


def _check_syntax(text: str, path: str) -> None:
    """Reject what gettext rejects but polib lets through (an unterminated string, say)."""
    for n, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#") and not _PO_LINE.fullmatch(stripped):
            raise CatalogError(f"malformed PO file: cannot parse {stripped[:40]!r}", path, n)


def read_po(text: str, path: str, slug: str, first_line: int = 1) -> Catalog:
    """Parse PO text into a catalog; malformed input raises :class:`CatalogError`.

    A streaming reader does the work (eight times faster than polib, which
    matters when ``check`` reads a hundred thousand units); polib is the
    reference it is tested against (:func:`read_po_with_polib`). ``text`` may
    be a run of whole entries cut from a file (see :func:`entry_boundary`)
    that starts on line ``first_line``.
    """
    entries = list(_entries(text, path, first_line))
    return _catalog(entries, _header_fields(entries), path, slug)


def read_po_with_polib(text: str, path: str, slug: str) -> Catalog:
    """The same as :func:`read_po`, through polib: the reference implementation."""
    import polib

    _check_syntax(text, path)
    try:
        po = polib.pofile(text, encoding="utf-8", check_for_duplicates=False)
    except (OSError, ValueError, UnicodeError) as exc:
        raise CatalogError(_polib_message(exc), path, _polib_line(exc)) from None
    header = _Entry(msgstr=po.metadata_as_entry().msgstr)
    header.tcomment = po.header or ""
    return _catalog([header, *po], tuple(po.metadata.items()), path, slug)


def _catalog(
    entries: list,
    header: tuple[tuple[str, str], ...],
    path: str,
    slug: str,  # type: ignore[type-arg]
) -> Catalog:
    units: list[Unit] = []
    obsolete: list[Unit] = []
    seen: set[str] = set()
    header_comment = ""
    for entry in entries:
        if not entry.msgid and not entry.msgctxt and not entry.obsolete:
            if entry.msgstr is None:
                raise CatalogError("malformed PO file: header has no msgstr", path, entry.linenum)
            header_comment = entry.tcomment
            continue
        unit = _unit_from_entry(entry, path)
        if not entry.obsolete:
            if unit.id in seen:
                raise CatalogError(f"duplicate paragraph id {unit.id!r}", path, unit.line)
            seen.add(unit.id)
        (obsolete if entry.obsolete else units).append(unit)
    return Catalog(slug, tuple(units), tuple(obsolete), header, header_comment)


class _Entry:
    """One PO entry as the streaming reader finds it (polib's attribute names)."""

    # Slots: a hundred thousand of these are made when a large catalog is read.
    __slots__ = ("_tcomment", "extracted", "flags", "linenum", "msgctxt", "msgid", "msgid_plural",
                 "msgstr", "obsolete", "occurrences", "previous_msgid", "strline",
                 "translator")  # fmt: skip

    def __init__(self, linenum: int = 0, msgstr: str | None = "") -> None:
        self.linenum = linenum
        self.strline = 0  # the line of its msgstr
        self.msgctxt: str | None = None
        self.msgid = self.msgid_plural = ""
        self.msgstr = msgstr
        self.previous_msgid: str | None = None
        self.flags: list[str] = []
        self.occurrences: list[tuple[str, str]] = []
        self.obsolete = False
        self.extracted: list[str] = []
        self.translator: list[str] = []
        self._tcomment: str | None = None

    @property
    def comment(self) -> str:
        return "\n".join(self.extracted)

    @property
    def tcomment(self) -> str:
        return "\n".join(self.translator) if self._tcomment is None else self._tcomment

    @tcomment.setter
    def tcomment(self, value: str) -> None:
        self._tcomment = value


_ESCAPES_BACK = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}
_UNESCAPE = re.compile(r"\\(.)")
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(.*)")


def _string(quoted: str, path: str, line: int) -> str:
    body = quoted.strip()
    if len(body) < 2 or body[0] != '"' or body[-1] != '"':
        raise CatalogError(f"malformed PO file: cannot parse {body[:40]!r}", path, line)
    inner = body[1:-1]
    if "\\" not in inner and '"' not in inner:
        return inner  # the common case, without a regular expression
    m = _QUOTED.fullmatch(body)
    if not m:
        raise CatalogError(f"malformed PO file: cannot parse {body[:40]!r}", path, line)
    return _unescaped(m.group(1))


def _unescaped(body: str) -> str:
    """A PO string's contents with its backslash escapes undone."""
    return _UNESCAPE.sub(lambda e: _ESCAPES_BACK.get(e.group(1), e.group(1)), body)


_KEYWORDS = ("msgctxt", "msgid", "msgid_plural", "msgstr")


def _scan(text: str, path: str, first_line: int = 1) -> Iterator[_Entry]:
    """PO entries, in order: a comment after a keyword, or msgctxt/msgid after a
    msgstr, starts the next entry (blank lines between entries are optional)."""
    entry: _Entry | None = None
    field: str | None = None
    keywords = msgstr_seen = False
    for n, raw in enumerate(text.split("\n"), first_line):
        line = raw.strip()
        if not line:
            continue
        first = line[0]
        obsolete = line.startswith("#~")
        if obsolete:
            line = line[2:].lstrip()
            line = "#" + line if line.startswith("|") else line
            first = line[:1]
        if first == "#":
            if entry is None or keywords:
                if entry is not None:
                    yield entry
                entry, keywords, msgstr_seen = _Entry(n, None), False, False
            field = "previous_msgid" if line.startswith("#|") else None
            _comment(entry, line, path, n)
        elif first == '"':
            if entry is None or field is None:
                raise CatalogError(f"malformed PO file: cannot parse {line[:40]!r}", path, n)
            setattr(entry, field, (getattr(entry, field) or "") + _string(line, path, n))
        else:
            keyword, _, rest = line.replace("\t", " ").partition(" ")
            if keyword not in _KEYWORDS:
                if keyword.startswith("msgstr["):
                    where = entry.linenum if entry else n
                    raise CatalogError(
                        "plural entries are not used in article catalogs", path, where
                    )
                raise CatalogError(f"malformed PO file: cannot parse {line[:40]!r}", path, n)
            if entry is None or (msgstr_seen and keyword != "msgstr"):
                if entry is not None:
                    yield entry
                entry, msgstr_seen = _Entry(n, None), False
            keywords = True
            entry.obsolete = entry.obsolete or obsolete
            if keyword == "msgstr":
                entry.strline = n
            field = keyword
            msgstr_seen = msgstr_seen or keyword == "msgstr"
            setattr(entry, field, _string(rest, path, n))
    if entry is not None:
        yield entry


# An entry exactly as gettext writes it: comments (not obsolete ones), then
# msgctxt, msgid and msgstr each on a line of its own with its continuation
# lines, nothing indented and no trailing spaces. One match reads a whole entry.
# Escapes unrolled, so the engine takes a run of plain characters at a time.
_QUOTED_BODY = r'[^"\\\n]*(?:\\.[^"\\\n]*)*'
_STRING = rf'"({_QUOTED_BODY})"\n((?:"{_QUOTED_BODY}"\n)*)'
_BLANK = r"(?:[ \t\r]*\n)*"
_PLAIN_ENTRY = re.compile(
    r"((?:#(?!~)(?:[^\n\r]*\S)?\n)*)"  # as _scan sees them: no trailing space
    rf"(?:msgctxt {_STRING})?"
    rf"msgid {_STRING}"
    rf"msgstr {_STRING}"
    # A string, a second msgstr or a plural next would belong to this entry:
    # leave that to _scan.
    r'(?!\s*(?:#~\s*)?(?:"|msgstr|msgid_plural))' + _BLANK  # and the blank lines after it
)
_BLANK_LINES = re.compile(_BLANK)


def _entries(text: str, path: str, first_line: int = 1) -> Iterator[_Entry]:
    """What :func:`_scan` yields, reading plain entries a whole entry at a time.

    From the first entry written any other way (obsolete, indented, CRLF…),
    the line-by-line reader takes over for the rest of the file.
    """
    if not text.endswith("\n"):
        text += "\n"
    pos = _BLANK_LINES.match(text).end()  # type: ignore[union-attr]
    line = first_line + text.count("\n", 0, pos)
    match = _PLAIN_ENTRY.match
    while (m := match(text, pos)) is not None:
        comments, ctx, ctx_more, msgid, msgid_more, msgstr, msgstr_more = m.groups()
        entry = _Entry(line)
        entry.strline = (
            line
            + comments.count("\n")
            + (1 + ctx_more.count("\n") if ctx is not None else 0)
            + 1
            + msgid_more.count("\n")
        )
        if comments:
            for n, comment in enumerate(comments[:-1].split("\n"), line):
                _comment(entry, comment, path, n)
        if ctx is not None:
            entry.msgctxt = _joined(ctx, ctx_more)
        entry.msgid = _joined(msgid, msgid_more)
        entry.msgstr = _joined(msgstr, msgstr_more)
        yield entry
        end = m.end()  # the blank lines after the entry included
        line += text.count("\n", pos, end)
        pos = end
    if pos < len(text):
        yield from _scan(text[pos:], path, line)


_NEXT_ENTRY = re.compile(r"\n\n(?=#[^~]|msgctxt |msgid )")
_LAST_KEYWORD = re.compile(r"^\s*(?:#~\s*)?(msg\w*)", re.MULTILINE)
#: The same for a file's bytes (where only ASCII is space: a stricter reading,
#: which can only pass over a boundary), and the words they look for.
_BYTES = (re.compile(_NEXT_ENTRY.pattern.encode()),
          re.compile(_LAST_KEYWORD.pattern.encode(), re.MULTILINE),
          b"msgstr", b"\n", b'"')  # fmt: skip
_TEXT = (_NEXT_ENTRY, _LAST_KEYWORD, "msgstr", "\n", '"')


def entry_boundary(text: str | bytes, near: int) -> int | None:
    """A place at or after ``near`` where ``text`` (or a file's bytes) can be
    cut into two runs of whole entries that read as the whole does, or None.

    That is a blank line followed by a comment, msgctxt or msgid, where the
    entry before has its msgstr: the line-by-line reader starts a new entry
    there whatever comes next.
    """
    next_entry, last_keyword, msgstr, newline, quote = _BYTES if isinstance(text, bytes) else _TEXT
    for m in next_entry.finditer(text, near):
        # The entry before starts after the blank line before it (a window
        # that misses its keyword only passes over the boundary).
        start = max(0, m.start() - 4096, text.rfind(newline + newline, 0, m.start()) + 1)
        keywords = list(last_keyword.finditer(text, start, m.start()))
        if not keywords or keywords[-1][1] != msgstr:
            continue
        # Only the msgstr's own string lines between it and the blank line.
        rest = text[keywords[-1].end() : m.start()].split(newline)[1:]
        if all(line.strip().startswith(quote) for line in rest):  # type: ignore[arg-type]
            return m.start() + 2
    return None


def _joined(first: str, more: str) -> str:
    """A string from its first line's contents and its continuation lines."""
    value = first + "".join(piece[1:-1] for piece in more.split("\n")[:-1]) if more else first
    return _unescaped(value) if "\\" in value else value


def _comment(entry: _Entry, line: str, path: str, n: int) -> None:
    kind, body = line[:2], line[2:]
    if kind == "#.":
        entry.extracted.append(body[1:] if body.startswith(" ") else body)
    elif kind == "#:":
        entry.occurrences += [(ref, "") for ref in body.split()]
    elif kind == "#,":
        entry.flags += [f.strip() for f in body.split(",") if f.strip()]
    elif kind == "#|":
        m = _KEYWORD.fullmatch(body.strip())
        if m and m.group(1) == "msgid":
            entry.previous_msgid = _string(m.group(2), path, n)
        elif body.strip().startswith('"') and entry.previous_msgid is not None:
            entry.previous_msgid += _string(body, path, n)
    else:
        entry.translator.append(line[2:] if line.startswith("# ") else line[1:])


def _header_fields(entries: list) -> tuple[tuple[str, str], ...]:  # type: ignore[type-arg]
    header = next((e for e in entries if not e.msgid and not e.msgctxt and not e.obsolete), None)
    if header is None or header.msgstr is None:
        return ()
    fields = []
    for line in header.msgstr.split("\n"):
        key, sep, value = line.partition(":")
        if sep and key.strip():
            fields.append((key.strip(), value.strip()))
    return tuple(fields)


def _unit_from_entry(entry, path: str) -> Unit:  # type: ignore[no-untyped-def]
    if entry.msgstr is None:
        raise CatalogError(
            "malformed PO file: entry has no msgstr (truncated?)", path, entry.linenum
        )
    if entry.msgid_plural:
        raise CatalogError("plural entries are not used in article catalogs", path, entry.linenum)
    if not entry.msgctxt:
        raise CatalogError("entry has no msgctxt (paragraph id)", path, entry.linenum)
    provenance = rejoin_notes(entry.comment.split("\n")) if entry.comment else ()
    flags = tuple(f for f in entry.flags if f != "fuzzy")
    if not entry.msgstr:
        state = State.UNTRANSLATED
    elif "fuzzy" in entry.flags:
        is_draft = any(p.startswith("draft:") for p in provenance)
        state = State.DRAFT if is_draft else State.NEEDS_REVIEW
    else:
        state = State.REVIEWED
    return Unit(
        id=entry.msgctxt,
        source=entry.msgid,
        target=entry.msgstr,
        state=state,
        provenance=provenance,
        comments=tuple(entry.tcomment.split("\n")) if entry.tcomment else (),
        previous_source=entry.previous_msgid or "",
        flags=flags,
        references=tuple(f"{f}:{n}" if n else f for f, n in entry.occurrences),
        line=getattr(entry, "strline", 0) or entry.linenum or 0,
    )


def _polib_message(exc: Exception) -> str:
    message = str(exc).split(" (line")[0].strip() or type(exc).__name__
    return f"malformed PO file: {message[0].lower()}{message[1:]}"


def _polib_line(exc: Exception) -> int | None:
    m = re.search(r"line (\d+)", str(exc))
    return int(m.group(1)) if m else None


# --- writing -----------------------------------------------------------------


def render_po(catalog: Catalog) -> str:
    """The PO text of a catalog, as gettext's tools would write it."""
    return "\n".join(_generate(catalog)) + "\n"


def _generate(catalog: Catalog) -> Iterator[str]:
    for line in catalog.header_comment.split("\n") if catalog.header_comment else ():
        yield format_comment("#", line)
    yield 'msgid ""'
    header = "".join(f"{k}: {v}\n" for k, v in catalog.header)
    yield from format_string("msgstr", header)
    for unit in catalog.units:
        yield ""
        yield from _entry(unit, obsolete=False)
    for unit in catalog.obsolete:
        yield ""
        yield from _entry(unit, obsolete=True)


def _entry(unit: Unit, obsolete: bool) -> Iterator[str]:
    for line in unit.comments:
        yield format_comment("#", line)
    for line in unit.provenance:
        yield format_comment("#.", line)
    if unit.references and not obsolete:
        yield "#: " + " ".join(unit.references)
    flags = (["fuzzy"] if unit.state in (State.DRAFT, State.NEEDS_REVIEW) else []) + list(
        unit.flags
    )
    if flags:
        yield "#, " + ", ".join(flags)
    prefix = "#~ " if obsolete else ""
    # Obsolete entries carry no previous msgid: gettext drops it there as well.
    if unit.previous_source and not obsolete:
        yield from format_string("msgid", unit.previous_source, prefix="#| ")
    yield from format_string("msgctxt", unit.id, prefix)
    yield from format_string("msgid", unit.source, prefix)
    yield from format_string("msgstr", unit.target, prefix)


def write_po(path: Path, catalog: Catalog) -> bool:
    """Write atomically; returns False (and writes nothing) when the file is unchanged."""
    text = render_po(catalog)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    write_atomic(path, text.encode("utf-8"))
    return True
