"""Evidence beside the sentence embedding, computed once per sentence or sentence pair.

- **Names**: a Chinese name written in pinyin in the English (陈清扬 ↔ Chen
  Qingyang, 王琦瑶 ↔ Wang Qiyao). Every run of two to four Chinese characters
  is romanized with pypinyin and compared with capitalized English words
  and runs of them, hyphens and apostrophes removed (Xi-feng, Zhan'ao).
- **Quotation structure**: how many quotations a sentence opens and does not
  close. A bead should leave both sides equally open, so a translator's
  dialogue (``'Well? Had enough? Give in?'``) stays with its Chinese line.
- **Numbers**: values shared by both sides (:mod:`bilingual.numbers`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from bilingual.numbers import en_numbers, zh_numbers
from bilingual.pinyin import syllable

# Capitalized English words that are never romanized Chinese names.
_NOT_NAMES = frozenset(
    "The A An I He She It We They You His Her Their Our My Your This That These Those There "
    "Then But And Or So If When What Why How Who Where Which As At In On Of For To By With From "
    "After Before Mr Mrs Miss Ms Old Young Little Big Not No Yes Oh Ah Well Now Just Even Still "
    "Yet All Some Any Every Each Both One Two Three Chapter Lord Lady Sir Madam Master God "
    "Heaven Uncle Aunt Grandma Grannie Granny Brother Sister Father Mother Dad Mom Ma Pa".split()
)
_NAME_WORD = r"[A-Z][a-z]+(?:[-'’][A-Za-z]+)?"
_CAPITALIZED = re.compile(rf"\b{_NAME_WORD}\b")
_CAPITALIZED_RUN = re.compile(rf"(?:{_NAME_WORD}\s){{1,2}}{_NAME_WORD}")


def _romanized_runs(text: str, longest: int = 4) -> set[str]:
    syllables = [syllable(ch) for ch in text]
    runs: set[str] = set()
    for i in range(len(syllables)):
        joined = ""
        for k in range(i, min(len(syllables), i + longest)):
            if not syllables[k]:
                break
            joined += syllables[k]
            if k > i:
                runs.add(joined)
    return runs


def _english_names(text: str) -> set[str]:
    text = re.sub(r"['’]s\b", "", text)  # Zhou Rui's wife: the name is Zhou Rui
    names = {
        re.sub(r"[-'’]", "", w).lower()
        for w in _CAPITALIZED.findall(text)
        if w not in _NOT_NAMES and len(w) >= 4
    }
    for m in _CAPITALIZED_RUN.finditer(text):
        words = m.group(0).split()
        if not any(w in _NOT_NAMES for w in words):
            names.add(re.sub(r"[-'’\s]", "", m.group(0)).lower())
    return names


def name_matrix(zh: Sequence[str], en: Sequence[str]) -> np.ndarray:
    """``M[i, j]``: romanized names of ``zh[i]`` that appear in ``en[j]``."""
    postings: dict[str, list[int]] = {}
    for j, text in enumerate(en):
        for name in _english_names(text):
            postings.setdefault(name, []).append(j)
    matrix = np.zeros((len(zh), len(en)), dtype=np.float32)
    if not postings:
        return matrix
    for i, text in enumerate(zh):
        for run in _romanized_runs(text) & postings.keys():
            matrix[i, postings[run]] += 1
    return matrix


_ZH_OPEN, _ZH_CLOSE = re.compile(r"[“「『]"), re.compile(r"[”」』]")
# English quotes: an opening one starts a word, a closing one follows punctuation;
# apostrophes inside words (isn't, boy's) are neither.
_EN_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))['‘\"“](?=[\w…(\[.])|“")
_EN_CLOSE = re.compile(r"(?<=[.,!?…—–-])['’\"”]|”")


def open_quotes(zh: Sequence[str], en: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Quotations opened minus closed, per sentence, on each side."""
    z = np.array([len(_ZH_OPEN.findall(s)) - len(_ZH_CLOSE.findall(s)) for s in zh], np.float32)
    e = np.array([len(_EN_OPEN.findall(s)) - len(_EN_CLOSE.findall(s)) for s in en], np.float32)
    return z, e


def number_matrix(zh: Sequence[str], en: Sequence[str]) -> np.ndarray:
    """``M[i, j]``: numbers of ``zh[i]`` whose value also appears in ``en[j]``.

    Only numbers that carry information count: values other than 1 (一 is
    mostly an article), or any ordinal, percentage or year.
    """

    def keys(numbers):  # type: ignore[no-untyped-def]
        return {k for n in numbers if n.strict and (n.value != 1 or n.kind != "count")
                for k in n.readings()}  # fmt: skip

    postings: dict[tuple[float, str], list[int]] = {}
    for j, text in enumerate(en):
        for key in keys(en_numbers(text)):
            postings.setdefault(key, []).append(j)
    matrix = np.zeros((len(zh), len(en)), dtype=np.float32)
    if not postings:
        return matrix
    for i, text in enumerate(zh):
        for key in keys(zh_numbers(text)) & postings.keys():
            matrix[i, postings[key]] += 1
    return matrix
