"""Writing PO text exactly as GNU gettext's own tools do.

Translators' editors (Poedit, Lokalize) and ``msgcat``/``msgmerge`` rewrap
strings the gettext way on save. Writing the same wrapping ourselves keeps
round trips byte-stable, so a one-word edit shows up in ``git diff`` as a
one-entry change instead of a reflowed file.

gettext's rules: a string that fits after its keyword (79 columns, quotes
included) stays on that line; otherwise the keyword gets ``""`` and the
string follows in pieces ending at each ``\\n``, each piece broken into lines
of at most 77 columns between the quotes. Where to break is decided by
libunistring's Unicode line breaking (UAX #14), the same library gettext
calls, loaded here through ctypes; East Asian wide characters count two
columns, ambiguous ones (curly quotes) one, and no line breaks inside an
escape sequence. Where libunistring is missing, an approximation of the same
rules is used (exact on plain English and on Chinese prose, which the tests
check against ``msgcat``).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import itertools
import unicodedata
from collections.abc import Iterator
from functools import cache

WIDTH = 79

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\a": "\\a",
            "\b": "\\b", "\f": "\\f", "\v": "\\v"}  # fmt: skip
#: Characters after which gettext breaks a line even without a space.
_BREAK_AFTER = frozenset("-/—–:,.…?!;")
#: Characters next to which gettext never breaks (no break before nor after them).
_GLUE = frozenset("'’‘\"“”")
#: Opening brackets: no break after them.
_OPENERS = frozenset("([{（【《「『〈〔｛")
#: Closing marks: no break before them.
_CLOSERS = frozenset(")]}%。，、；：！？）》」』】〉〕｝％")


def char_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def escape(text: str) -> list[str]:
    """The string as escaped units (one per source character) for PO quoting."""
    return [_ESCAPES.get(ch, ch) for ch in text]


def _can_break_before(prev: str, cur: str) -> bool:
    if cur == " ":
        return False
    if prev == " ":
        return True
    if prev in _GLUE or cur in _GLUE or prev in _OPENERS or cur in _CLOSERS:
        return False
    if _wide(prev) or _wide(cur):
        return True
    return prev in _BREAK_AFTER and cur.isalpha()


@cache
def _libunistring():  # type: ignore[no-untyped-def]
    name = ctypes.util.find_library("unistring")
    if not name:
        return None
    try:
        fn = ctypes.CDLL(name).u8_width_linebreaks
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int,
                   ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p]  # fmt: skip
    fn.restype = ctypes.c_int
    return fn


_UC_BREAK_PROHIBITED = 1
_UC_BREAK_POSSIBLE = 2


def _wrap_unistring(fn, units: list[str], room: int) -> list[str]:  # type: ignore[no-untyped-def]
    encoded = [u.encode("utf-8") for u in units]
    data = b"".join(encoded)
    overrides = bytearray(len(data))
    pos = 0
    for unit in encoded:
        if len(unit) > 1 and unit[:1] == b"\\":
            # Never inside an escape, and never before "\n": gettext keeps it on its line.
            first = pos if unit == b"\\n" else pos + 1
            overrides[first : pos + len(unit)] = bytes([_UC_BREAK_PROHIBITED]) * (
                pos + len(unit) - first
            )
        pos += len(unit)
    result = ctypes.create_string_buffer(len(data))
    fn(data, len(data), room, 0, 0, bytes(overrides), b"UTF-8", result)
    cuts = [i for i, flag in enumerate(result.raw) if flag == _UC_BREAK_POSSIBLE]
    edges = [0, *cuts, len(data)]
    return [data[a:b].decode("utf-8") for a, b in itertools.pairwise(edges) if b > a]


def _wrap_piece(units: list[str], chars: str, room: int) -> list[str]:
    fn = _libunistring()
    if fn is not None:
        return _wrap_unistring(fn, units, room)
    return _wrap_approx(units, chars, room)


def _wrap_approx(units: list[str], chars: str, room: int) -> list[str]:
    """Greedy line breaking of one newline-free piece into chunks of ``room`` columns."""
    lines: list[str] = []
    start, col, last_break = 0, 0, -1
    i = 0
    while i < len(units):
        w = len(units[i]) if len(units[i]) > 1 else char_width(chars[i])
        if i > start and _can_break_before(chars[i - 1], chars[i]):
            last_break = i
        if col + w > room and last_break > start:
            lines.append("".join(units[start:last_break]))
            start = last_break
            col = sum(
                len(u) if len(u) > 1 else char_width(c)
                for u, c in zip(units[start:i], chars[start:i], strict=True)
            )
            last_break = -1
            continue
        col += w
        i += 1
    lines.append("".join(units[start:]))
    return lines


def format_string(keyword: str, text: str, prefix: str = "") -> Iterator[str]:
    """The lines of ``keyword "text"``, wrapped as gettext wraps them."""
    units = escape(text)
    flat = "".join(units)
    one_line = f'{prefix}{keyword} "{flat}"'
    interior_newline = "\n" in text[:-1]
    if not interior_newline and sum(char_width(c) for c in one_line) <= WIDTH:
        yield one_line
        return
    yield f'{prefix}{keyword} ""'
    room = WIDTH - len(prefix) - 2
    start = 0
    for i, ch in enumerate(text):
        if ch == "\n" or i == len(text) - 1:
            end = i + 1
            for chunk in _wrap_piece(units[start:end], text[start:end], room):
                yield f'{prefix}"{chunk}"'
            start = end


def format_comment(marker: str, text: str) -> str:
    return f"{marker} {text}".rstrip() if text else marker
