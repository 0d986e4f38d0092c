"""The glossary: approved English for Chinese terms (``glossary.csv``).

UTF-8 (a byte-order mark is fine), comma-separated, with a header row.
Columns:

``zh``
    the Chinese term (required);
``en``
    its approved English (required);
``forbidden``
    renderings that must not appear, separated by ``|``;
``type``
    ``term`` (default), ``name`` (a proper name) or ``verbatim`` (a token
    that must appear unchanged, such as ``123N+``);
``case``
    ``insensitive`` (default for terms) or ``sensitive`` (default for names
    and verbatim tokens);
``note``
    free text for translators.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from bilingual.errors import InputError
from bilingual.files import read_bytes

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
    line: int = 0


def parse_glossary(text: str, path: str) -> list[Term]:
    """Read glossary CSV text; structural problems raise :class:`InputError` with the line."""
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise InputError("empty glossary: expected a header row with zh,en,…", path, 1)
    header = [h.strip().lower() for h in rows[0]]
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        raise InputError(
            f"unknown column {unknown[0]!r}; columns are {', '.join(COLUMNS)}", path, 1
        )
    for required in ("zh", "en"):
        if required not in header:
            raise InputError(f"missing column {required!r}", path, 1)
    terms = []
    for n, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            raise InputError(f"{len(row)} cells but the header has {len(header)}", path, n)
        cells = dict(zip(header, (c.strip() for c in row), strict=False))
        terms.append(_term(cells, path, n))
    return terms


def _term(cells: dict[str, str], path: str, line: int) -> Term:
    zh, en = cells.get("zh", ""), cells.get("en", "")
    if not zh or not en:
        raise InputError(f"empty {'zh' if not zh else 'en'} cell", path, line)
    kind = cells.get("type") or "term"
    if kind not in TYPES:
        raise InputError(f"type {kind!r} is not one of {', '.join(TYPES)}", path, line)
    case = cells.get("case") or ("insensitive" if kind == "term" else "sensitive")
    if case not in CASES:
        raise InputError(f"case {case!r} is not one of {', '.join(CASES)}", path, line)
    forbidden = tuple(f.strip() for f in cells.get("forbidden", "").split("|") if f.strip())
    return Term(zh, en, forbidden, kind, case, cells.get("note", ""), line)


def load_glossary(path: Path, shown: str | None = None) -> list[Term]:
    data = read_bytes(path)
    name = shown or str(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError("not valid UTF-8", name, data[: exc.start].count(b"\n") + 1) from None
    return parse_glossary(text, name)


def term_map(terms: list[Term]) -> dict[str, str]:
    """Chinese term -> approved English, for the aligner's dictionary."""
    return {t.zh: t.en for t in terms}
