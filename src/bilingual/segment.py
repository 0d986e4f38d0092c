"""Paragraphs into sentences, with the Chinese and English rules kept as data.

Chinese ends a sentence at 。！？； (and their half-width twins) and at an
ellipsis (…… or …), keeps runs of them together (？！, ……。) and keeps
closing quotes and brackets on the sentence they close (。” or ！）). An ASCII
full stop never ends a Chinese sentence, so 55.5% and 2018.04.11 stay whole.

English ends a sentence at . ! ? (with closing quotes and brackets attached)
followed by a space and a word that can start a sentence. A full stop does
not end one after a title or reference abbreviation (Mr., Dr., No. 1,
Fig. 2), after an initial (J. K. Rowling), inside a number (3.5) or before a
lower-case word; after an abbreviation that often ends sentences too
(Inc., Ltd., U.S., etc.) it does only when a common sentence opener follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bilingual.model import Article, Lang, Paragraph

# --- Chinese -----------------------------------------------------------------

ZH_TERMINATORS = "。！？；!?;"
ZH_ELLIPSIS = "…"
ZH_CLOSERS = "”’」』）】》〉〕］｝\"')]"
#: Characters that, right after an ellipsis, show the sentence goes on ("……等", "……，").
ZH_CONTINUERS = "，、等的之和或与及"
#: Title marks: a book, film or document title is part of its sentence, whatever
#: punctuation it holds (《摔跤吧！爸爸》).
ZH_TITLE_OPEN, ZH_TITLE_CLOSE = "《〈", "》〉"


def split_zh(text: str) -> list[str]:
    """Split one Chinese paragraph into sentences; joining them gives ``text`` back."""
    sentences: list[str] = []
    start, i, n = 0, 0, len(text)
    titles = 0  # how many title marks are open
    while i < n:
        ch = text[i]
        if ch in ZH_TITLE_OPEN:
            titles += 1
        elif ch in ZH_TITLE_CLOSE and titles:
            titles -= 1
        if titles and (ch in ZH_TERMINATORS or ch == ZH_ELLIPSIS):
            # Inside a title the sentence goes on: a ？ or ！ belongs to the title
            # (《谁动了我的奶酪？》). A full stop right before the closing mark
            # (《发展报告。》) ends it, and so does any stop in a title that never
            # closes in this paragraph.
            after = text[i:].lstrip(ZH_TERMINATORS + ZH_ELLIPSIS)[:1]
            stop_at_close = after in ZH_TITLE_CLOSE and ch not in "？！?!"
            if not stop_at_close and any(c in ZH_TITLE_CLOSE for c in text[i : i + 40]):
                i += 1
                continue
            titles = 0
        if ch in ZH_TERMINATORS or ch == ZH_ELLIPSIS:
            ellipsis = ch == ZH_ELLIPSIS
            j = i + 1
            while j < n and (text[j] in ZH_TERMINATORS or text[j] == ZH_ELLIPSIS):
                ellipsis = ellipsis and text[j] == ZH_ELLIPSIS
                j += 1
            while j < n and text[j] in ZH_CLOSERS:
                j += 1
            if ch in "!?;" and i > 0 and text[i - 1].isascii() and text[i - 1].isalnum():
                i = j  # ASCII after Latin text ("Yahoo!中国") is part of a name, not an end
                continue
            if ellipsis and j < n and text[j] in ZH_CONTINUERS:
                i = j
                continue
            while j < n and text[j] == " ":
                j += 1
            if j < n:
                sentences.append(text[start:j])
                start = j
            i = j
        else:
            i += 1
    if start < n:
        sentences.append(text[start:])
    return [s for s in sentences if s.strip()]


# --- English -----------------------------------------------------------------

#: Abbreviations after which a full stop never ends the sentence.
EN_TITLES = frozenset(
    "mr mrs ms dr prof sr st mt ft gen col lt capt sgt cmdr adm gov sen rep rev hon "
    "pres vs v cf e.g i.e approx dept est fig figs vol vols ch chs sec para art no "
    "nos pp p op jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
#: Abbreviations that also often end a sentence: split only before a sentence opener.
EN_AMBIGUOUS = frozenset("inc ltd co corp jr etc u.s u.k u.n a.m p.m al bros".split())
#: Words that open sentences; after an ambiguous abbreviation they signal a new one.
EN_OPENERS = frozenset(
    "the a an this that these those it its he she we they i you there here in on at "
    "as by for from but and or so yet since after before when while if although "
    "though however meanwhile also moreover besides then thus therefore according our "
    "their his her".split()
)
_EN_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|…[\"'”’)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"\s*([\"'“‘(\[]*)([\w.’'-]*)", text[pos:])
    return (m.group(1) + m.group(2)) if m else ""


def _ends_sentence(text: str, start: int, end: int) -> bool:
    mark = text[start:end]
    nxt = _next_word(text, end)
    if not nxt:
        return False
    first = nxt.lstrip("\"'“‘([")[:1]
    if first and first.islower():
        return False
    if not mark.startswith("."):
        return True
    if mark.startswith("..."):
        return True
    m = _WORD_BEFORE.search(text, 0, start)
    word = m.group(1).lower() if m else ""
    if not word:
        return True
    bare = word.rstrip(".")
    if bare in EN_TITLES:
        return False
    if len(bare) == 1 and bare.isalpha() and text[start - 1].isupper():
        return False  # an initial: "J. K. Rowling"
    if bare in EN_AMBIGUOUS or ("." in bare and bare.replace(".", "").isalpha()):
        opener = nxt.lstrip("\"'“‘([").split("’")[0].lower()
        return opener in EN_OPENERS
    return True


def split_en(text: str) -> list[str]:
    """Split one English paragraph into sentences, trimmed of surrounding spaces."""
    sentences: list[str] = []
    start = 0
    for m in _EN_BOUNDARY.finditer(text):
        if _ends_sentence(text, m.start(), m.end()):
            sentences.append(text[start : m.end()].strip())
            start = m.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if s]


SPLITTERS = {Lang.ZH: split_zh, Lang.EN: split_en}


def split_sentences(text: str, lang: Lang) -> list[str]:
    return SPLITTERS[lang](text)


def split_paragraphs(text: str) -> list[str]:
    """Plain text into paragraphs.

    Blank lines separate blocks. Inside a block, lines are joined into one
    paragraph only when the block looks hard-wrapped (its lines are long and
    mostly stop mid-sentence); otherwise every line is a paragraph, which is
    both the usual shape of Chinese text files and of the header lines
    (section, title, date) of a scraped page.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs: list[str] = []
    for block in re.split(r"\n[ \t\u3000]*\n", text):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if len(lines) > 1 and _hard_wrapped(lines):
            paragraphs.append(_join_lines(lines))
        else:
            paragraphs.extend(lines)
    return paragraphs


def _width(line: str) -> int:
    return sum(2 if ch > "\u2e80" else 1 for ch in line)


def _hard_wrapped(lines: list[str]) -> bool:
    body = lines[:-1]
    if min(_width(ln) for ln in body) < 40:
        return False
    open_ended = sum(1 for ln in body if not ln.endswith(tuple('.!?。！？；”"')))
    return open_ended * 2 >= len(body)


def _join_lines(lines: Iterable[str]) -> str:
    out = ""
    for ln in lines:
        if out and not (out[-1] > "\u2e80" and ln[0] > "\u2e80"):
            out += " "
        out += ln
    return out


def segment(article: Article) -> Article:
    """The article with every paragraph's sentences filled in."""
    paragraphs = tuple(
        Paragraph(p.text, tuple(split_sentences(p.text, article.lang))) for p in article.paragraphs
    )
    return Article(**{**article.__dict__, "paragraphs": paragraphs})


def english_pieces(text: str) -> list[tuple[int, str]]:
    """English text as (paragraph number, sentence), paragraphs being its lines."""
    return [(n, s) for n, line in enumerate(text.split("\n")) for s in split_en(line)]


def join_english(pieces: Sequence[tuple[int, str]]) -> str:
    """Sentences back into text: a space inside a paragraph, a newline between paragraphs."""
    text, last = "", None
    for paragraph, sentence in pieces:
        if text:
            text += " " if paragraph == last else "\n"
        text += sentence
        last = paragraph
    return text
