"""Numerals that start a name the English writes in pinyin (九台 "Jiutai"):
not numbers."""

from __future__ import annotations

import re

from bilingual.numbers.base import _lazy

#: An English word that may be a romanized name starting with a numeral (Jiutai,
#: Sanya, Qitaihe): looked for before any pinyin is read.
NUMERAL_SYLLABLES = _lazy(
    r"\b(?:Yi|Er|San|Si|Wu|Liu|Qi|Ba|Jiu|Shi|Bai|Qian|Wan|Liang)[a-z]+(?:[-'’][a-z]+)?\b"
)
_NUMERAL_CHARS = _lazy("[一二两三四五六七八九十百千万]")


def numerals_in_names(zh: str, en: str) -> list[tuple[int, int]]:
    """Spans of ``zh`` where a numeral starts a name the English writes in
    pinyin (九台 "Jiutai", 七台河 "Qitaihe"): not numbers."""
    words = {re.sub(r"[-'’]", "", w).lower() for w in NUMERAL_SYLLABLES.findall(en)}
    if not words:
        return []
    from bilingual.pinyin import syllable

    spans = []
    for m in _NUMERAL_CHARS.finditer(zh):
        i = m.start()
        joined = syllable(zh[i])
        for k in range(i + 1, min(len(zh), i + 4)):
            part = syllable(zh[k])
            if not part:
                break
            joined += part
            if joined in words:
                spans.append((i, k + 1))
                break
    return spans
