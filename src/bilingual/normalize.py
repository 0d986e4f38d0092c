"""Text normalization, in two strengths.

*Display form* (:func:`clean`), what is stored and shown:

- Unicode NFC, so that composed and decomposed accents compare equal;
- control characters and zero-width characters removed, line breaks, tabs
  and the Latin Unicode spaces (no-break, thin, …) turned into ordinary
  spaces, runs of them collapsed to one, and whitespace trimmed at both ends
  (which removes the ideographic-space indent of Chinese paragraphs);
- everything else is kept as published: full-width punctuation, an
  ideographic space inside a line, a space between Chinese characters. An
  editor's check should see those, not have them silently repaired.

*Matching form* (:func:`for_matching`), used only to compare texts (paragraph
ids, merge, glossary lookup, alignment signals), never stored:

- the display form with spaces between two Chinese characters removed, then
  width folding: full-width ASCII letters,
  digits and symbols (``１２３Ｎ＋``) become half-width (``123N+``) and the
  ideographic space becomes a space;
- Traditional characters folded to Simplified with OpenCC (``t2s``), so that a
  Traditional-script source matches a Simplified glossary while the original
  text is still what readers see.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import accumulate

_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f]+")
_CONTROL = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f\u200b\ufeff]")
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
# The space comes first so the engine jumps from space to space, rather than
# testing the look-behind at every character.
_SPACE_BETWEEN_CJK = re.compile(rf" (?=[{_CJK}])(?<=[{_CJK}] )")
_CJK_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def clean(text: str) -> str:
    """The display form of one line or paragraph (see module docstring)."""
    return _untrimmed(text).strip()


def _untrimmed(text: str) -> str:
    """The display form but for trimming the ends (one step per character class)."""
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text)
    text = text.replace("\r", "\n").replace("\n", " ")
    return _SPACES.sub(" ", text)


_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


_WIDE = re.compile(r"[\uff01-\uff5e\u3000]")


def fold_width(text: str) -> str:
    """Full-width ASCII forms and the ideographic space to their half-width twins."""
    wide = _WIDE.findall(text)
    # One replace per distinct character beats str.translate, which looks up
    # every character of the text in the table (Chinese has a few kinds of
    # full-width punctuation, used over and over).
    for ch in set(wide):
        text = text.replace(ch, chr(_HALF_WIDTH[ord(ch)]))
    return text


@cache
def _t2s():  # type: ignore[no-untyped-def]
    import opencc  # only here: loading its dictionaries costs ~50 ms

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional Chinese folded to Simplified; other text unchanged."""
    if not _CJK_CHAR.search(text):
        return text
    return _t2s().convert(text)


def chinese_script(text: str) -> str:
    """``zh-Hant`` when the text is written in Traditional characters, else ``zh-Hans``.

    Traditional text has many characters that folding to Simplified changes
    (about a quarter in news); Simplified text has next to none, so one in
    twenty is a safe line between them.
    """
    chinese = _CJK_CHAR.findall(text)
    if not chinese:
        return "zh-Hans"
    folded = to_simplified(text)
    if len(folded) == len(text):
        changed = sum(a != b for a, b in zip(text, folded, strict=True))
    else:
        changed = len(set(text) - set(folded))
    return "zh-Hant" if changed >= 0.05 * len(chinese) else "zh-Hans"


def simplified(text: str) -> str:
    """Width folded and Traditional folded to Simplified, spaces kept: the form
    labels and terms are found in, whose positions are nearly always the text's
    own (callers check the length before cutting the text by them)."""
    return to_simplified(fold_width(text))


@lru_cache(maxsize=65536)
def for_matching(text: str) -> str:
    """The matching form: display form, width folded, Traditional folded to Simplified."""
    return _matching_of_clean(clean(text))


def _matching_of_clean(text: str) -> str:
    return to_simplified(fold_width(_SPACE_BETWEEN_CJK.sub("", text)))


#: Joins many texts into one string so that each step runs once for all of
#: them: a Unicode noncharacter, which no step changes, no pattern matches and
#: no OpenCC phrase or glossary term contains, so every text is transformed
#: (or searched) as if alone.
SEPARATOR = "\ufdd0"


def joined(texts: Sequence[str]) -> tuple[str, list[int]] | None:
    """The texts joined by :data:`SEPARATOR`, and where each starts in the
    result; None when a text holds the separator itself."""
    together = SEPARATOR.join(texts)
    if together.count(SEPARATOR) != len(texts) - 1:
        return None
    return together, list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))


def text_at(starts: list[int], position: int) -> int:
    """Which of the joined texts (see :func:`joined`) ``position`` falls in."""
    return bisect_right(starts, position) - 1


def for_matching_many(texts: list[str]) -> list[str]:
    """``[for_matching(t) for t in texts]``, several times faster for many texts."""
    together = joined(texts) if len(texts) > 1 else None
    if together is None:
        return [for_matching(t) for t in texts]
    # clean() trims each text: the whitespace it would trim sits at the separators.
    trimmed = (t.strip() for t in _untrimmed(together[0]).split(SEPARATOR))
    return _matching_of_clean(SEPARATOR.join(trimmed)).split(SEPARATOR)


def cjk_ratio(text: str) -> float:
    """Share of Han characters among the letters of ``text`` (0 for none)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if _CJK_CHAR.match(c)) / len(letters)


def has_cjk(text: str) -> bool:
    return _CJK_CHAR.search(text) is not None


#: Characters XML 1.0 forbids (C0 controls but tab, line feed and carriage
#: return) and the C1 controls and DEL, which no published text means to hold.
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def visible_controls(text: str) -> str:
    """Control characters shown as their Unicode pictures (U+240B for a vertical
    tab): a page can hold them and a reader can see where they were."""
    if not CONTROLS.search(text):
        return text
    return CONTROLS.sub(
        lambda m: chr(0x2400 + ord(m.group(0))) if m.group(0) < " " else "\ufffd", text
    )


def web_address(url: str) -> str:
    """``url`` when it is an absolute http or https address, else ''.

    Browsers drop tabs and line breaks inside an address and ignore leading
    controls and spaces before reading its scheme (``java\tscript:`` runs), so
    those go first; whatever then is not http(s) with a host, ``javascript:``,
    ``data:``, ``file:`` or a relative path, is not an address to publish.
    """
    from urllib.parse import urlsplit

    edges = "".join(map(chr, range(0x21))) + "\u3000"
    cleaned = re.sub(r"[\t\n\r]", "", url).strip(edges)
    try:
        parts = urlsplit(cleaned)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return ""
    if any(c.isspace() or c in "<>\"'`" for c in cleaned):
        return ""
    return cleaned
