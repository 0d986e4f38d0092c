"""Numbers by value, in Chinese and in English: shared by the aligner and the checks.

Both sides are reduced to :class:`Number` values so that ``400亿元`` and
``RMB 40 billion``, ``3500余项`` and ``more than 3,500``, ``第17位`` and
``17th``, ``55.5%`` and ``55.5 percent`` compare equal.

Chinese: Arabic digits (full-width folded first) with thousands separators
and decimals; magnitudes 万 (10⁴) and 亿 (10⁸) after digits (``3.5万``);
Chinese numerals (``一千四百三十三``, ``两``, ``〇``, ``十四五`` as a range is
read as its parts); ``第N`` ordinals; ``N%`` and ``百分之N`` percentages;
``N个百分点`` percentage points; years before 年; approximation words 多, 余,
近, 超, 逾, 约 kept as a qualifier.

English: digits with separators and decimals, scale words (thousand,
million, billion, trillion), number words (``forty-five``), ordinals (17th,
first, twentieth), ``N%``, ``N percent``, ``N percentage points``, and the
qualifiers more than, over, nearly, almost, about.

``_numscan.c`` reads numbers the same way, in C, for the numbers check's fast
path: a change to the rules here is a change there too, and
``tests/test_numscan.py`` fails until both read alike.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import NamedTuple

from bilingual.normalize import fold_width


class Number(NamedTuple):
    """A number as a value, with what kind of quantity it is.

    ``kind`` is ``"count"``, ``"percent"``, ``"points"`` (percentage points),
    ``"ordinal"`` or ``"year"``. ``approx`` is ``"more"``, ``"less"``,
    ``"about"`` or ``""``. ``text`` is the span it was read from. A named
    tuple, not a dataclass: ``check`` builds several per unit, and a frozen
    dataclass costs five times as much to create.
    """

    value: float
    kind: str = "count"
    approx: str = ""
    text: str = ""
    #: False for a number the text may not state outright (两院 "the two
    #: academies", 每万人 "per 10,000 people"): it can match the other side
    #: but is not missed when the other side does not say it.
    strict: bool = True

    def key(self) -> tuple[float, str]:
        """What must agree across languages: the value and the kind."""
        return (round(self.value, 6), "count" if self.kind == "year" else self.kind)


# --- Chinese ------------------------------------------------------------------

_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG = {"万": 10_000, "亿": 100_000_000}
_ZH_NUMERAL = "零〇一二两三四五六七八九十百千万亿"

# One findall gives every number with the context the rules below need, so no
# match object is made: five characters before it (the text is padded so they
# always exist) for 第, 百分之 and approximation words, and the character after
# it for a measure word. 第 and 百分之 are read from that context rather than
# matched: an optional prefix group would make the engine try the pattern at
# every character instead of only where a digit or numeral starts.
_PAD = "\0" * 5
_ZH_NUMBER = re.compile(
    r"(?<![A-Za-z\d.])(?<=(.{5}))"
    r"(\d+(?:,\d{3})*(?:\.\d+)?|[" + _ZH_NUMERAL + r"]+(?:点[" + _ZH_NUMERAL + r"]+)?)"
    r"(?![A-Za-z\d])"
    r"([万亿]*)"  # magnitudes
    r"(多|余)?"  # approximation after
    r"(%|个百分点|年(?!代|级|轻|纪|龄|头|底|初|中|终|度|限)|倍|(?=([大届])))?"  # 大, 届: ordinal
    r"(?=(.?))",
    re.DOTALL,
)
#: Approximation words just before a number: two characters looked up first.
_ZH_APPROX_2 = {"将近": "less", "接近": "less", "超过": "more", "突破": "more", "大约": "about"}
_ZH_APPROX_1 = {"近": "less", "超": "more", "逾": "more", "约": "about"}
#: 十四五 read as the range 14–15: a digit followed by the next one.
_ZH_RANGE = re.compile(r"十?([一二三四五六七八])([二三四五六七八九])")


def _zh_numeral(text: str) -> float | None:
    """Value of a Chinese numeral string such as 一千四百三十三, 十五, 两百."""
    if text[0] in "百千万亿":
        return None  # a magnitude with no count before it is not a number here
    digit_run = all(ch in "零〇一二三四五六七八九" for ch in text)
    if digit_run and (len(text) > 2 or "〇" in text or "零" in text):
        return float("".join(str(_ZH_DIGITS[ch]) for ch in text))  # 二〇一八 read digit by digit
    total, section, digit = 0.0, 0.0, None
    for ch in text:
        if ch in _ZH_DIGITS:
            digit = _ZH_DIGITS[ch]
        elif ch in _ZH_UNITS:
            section += (digit if digit is not None else 1) * _ZH_UNITS[ch]
            digit = None
        elif ch in _ZH_BIG:
            total = (total + section + (digit or 0)) * _ZH_BIG[ch]
            section, digit = 0.0, None
        else:
            return None
    return total + section + (digit or 0)


#: The Traditional form of every character the rules below use (numerals,
#: units, qualifiers: 億, 兩, 餘, 約, 點, 屆 …) as its Simplified one, and the
#: financial numerals as ordinary ones, so that each rule reads 四百億餘 and
#: 壹佰貳拾 as it reads 四百亿余 and 一百二十. One table, applied before any
#: reading (Python or C); a test holds it complete against this module's text.
#: Financial numerals that are also common words (參加, 大陸, 隊伍, 肆意) are
#: left out: in news they are ordinary words far more often than numbers.
_NUMERALS = str.maketrans(
    "億萬兩個畝餘叄臺號噸頭將屆歲戶條點種約級紀終貳輕輛過裏項齡參陸壹贰叁柒捌玖拾佰仟",
    "亿万两个亩余三台号吨头将届岁户条点种约级纪终二轻辆过里项龄参陆一二三七八九十百千",
)


#: The financial numerals that are also common words (參加, 大陸, 隊伍, 肆意),
#: read as numerals only next to another numeral or a unit (壹佰參拾, 參萬元).
_AMBIGUOUS = re.compile(
    "(?<=[一二三四五六七八九十百千万亿零〇])[参肆伍陆]|[参肆伍陆](?=[十百千万亿元])"
)
_AMBIGUOUS_VALUE = {"参": "三", "肆": "四", "伍": "五", "陆": "六"}


#: Whether a text has anything to fold: one scan, since most text has nothing
#: (translating costs more than finding that out).
_TO_FOLD = re.compile("[" + "".join(map(chr, _NUMERALS)) + "".join(_AMBIGUOUS_VALUE) + "]")


def zh_fold(text: str) -> str:
    """A Chinese text as its numbers are read: width folded, numerals Simplified."""
    folded = fold_width(text)
    if not _TO_FOLD.search(folded):
        return folded
    folded = folded.translate(_NUMERALS)
    if _AMBIGUOUS.search(folded):
        folded = _AMBIGUOUS.sub(lambda m: _AMBIGUOUS_VALUE[m.group(0)], folded)
    return folded


def zh_numbers(text: str) -> list[Number]:
    """Every number in a Chinese text, by value."""
    return zh_numbers_in(zh_fold(text))


def zh_numbers_in(folded: str) -> list[Number]:
    """The numbers of a Chinese text already width folded (:func:`zh_prepare`)."""
    out: list[Number] = []
    for before, num, big, more, post, congress, after in _ZH_NUMBER.findall(_PAD + folded):
        pre = "百分之" if before[2:] == "百分之" else "第" if before[-1] == "第" else ""
        bare = num[0] in _ZH_NUMERAL and not (pre or big or more or post or congress)
        if bare and num == "一":
            continue  # 一 is mostly an article ("一批")
        soft = bare and (num in ("两", "二") or after not in _ZH_MEASURES)
        if soft and num not in ("两", "二"):
            continue  # 三 in a name, 十 in 十分, etc.
        value = _value(num)
        if value is None:
            continue
        span = pre + num + big + more + post
        short = not big and len(num) <= 3 and num[0] in "十一二三四五六七八"
        pair = _ZH_RANGE.fullmatch(num) if short else None
        if pair and _ZH_DIGITS[pair[2]] == _ZH_DIGITS[pair[1]] + 1:
            # 十四五岁 is "fourteen or fifteen": a range, read as both ends
            tens = 10 if num.startswith("十") else 0
            out.append(Number(float(tens + _ZH_DIGITS[pair[1]]), "count", "", span))
            value = float(tens + _ZH_DIGITS[pair[2]])
        for ch in big:
            value *= _ZH_BIG[ch]
        kind = "count"
        if pre == "第" or congress:
            kind = "ordinal"  # 第三次; 十八大, 十九届: the 18th congress, the 19th term
        elif pre == "百分之" or post == "%":
            kind = "percent"
        elif post == "个百分点":
            kind = "points"
        elif post == "年" and 1000 <= value <= 2999 and "." not in num:
            kind = "year"
        approx = "more" if more else ""
        if not approx:
            near = before[: 5 - len(pre)][-2:]
            approx = _ZH_APPROX_2.get(near) or _ZH_APPROX_1.get(near[-1], "")
        out.append(Number(value, kind, approx, span, not soft))
    if "每" in folded:
        for m in _ZH_PER.finditer(folded):
            value = float(_ZH_BIG.get(m[1]) or _ZH_UNITS[m[1]])
            out.append(Number(value, "count", "", m.group(0), False))
    return out


#: 每万人 "per 10,000 people": a magnitude standing alone after 每.
_ZH_PER = re.compile(r"每([十百千万亿])")


def _value(num: str) -> float | None:
    if num[0].isdigit():
        return float(num.replace(",", ""))
    if "点" in num:
        whole, _, frac = num.partition("点")
        w = _zh_numeral(whole)
        digits = "".join(str(_ZH_DIGITS.get(ch, "")) for ch in frac)
        return None if w is None or not digits else float(f"{int(w)}.{digits}")
    return _zh_numeral(num)


_ZH_MEASURES = set("个项位名人家户次年月日天岁元亿万件条座所只种批份篇部台辆米吨倍亩公里里期届项")


# --- English ------------------------------------------------------------------

_EN_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}  # fmt: skip
_EN_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}  # fmt: skip
_EN_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000,
              "billion": 1_000_000_000, "trillion": 1_000_000_000_000}  # fmt: skip
_EN_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
    "twentieth".split())}  # fmt: skip
_WORDS = sorted([*_EN_UNITS, *_EN_TENS], key=len, reverse=True)
_WORD = "|".join(_WORDS)


def _after_first(words: list[str]) -> str:
    """An alternation of ``words`` for after their first letter, already matched.

    ``(?<=t)(?:wo|en)|(?<=o)ne`` for two, ten, one: words keep their order
    within a first letter, and words of different first letters exclude each other.
    """
    by_letter: dict[str, list[str]] = {}
    for w in words:
        by_letter.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"(?<={k})(?:{'|'.join(rest)})" for k, rest in by_letter.items())


# The pattern starts with one character class, a digit or the first letter of
# a number word, which the engine can skip ahead to; the rest of each
# alternative checks that letter by looking back. (A qualifier before the
# number is read separately: an optional prefix would have the engine try the
# whole pattern at every character.)
_EN_NUMBER = re.compile(
    r"[0-9zotfsen](?<!\w.)"  # the first character, at the start of a word
    r"(?:(?<=[0-9])(?P<digits>\d*(?:,\d{3})*(?:\.\d+)?)(?P<suffix>st|nd|rd|th)?"
    r"|(?P<words>(?:" + _after_first(_WORDS) + r")(?:[- ](?:" + _WORD + r"))?"
    r"(?: hundred(?: and)?(?: (?:" + _WORD + r")(?:-(?:" + _WORD + r"))?)?)?)"
    r"|(?P<ord>" + _after_first(list(_EN_ORDINALS)) + r"))\b"
    r"(?P<scale>(?: (?:hundred|thousand|million|billion|trillion))*)"
    r"(?P<post>%| percentage points?| percent| per cent)?"
)  # matched against lower-cased text: case-insensitive matching is several times slower
_EN_APPROX = {"more than": "more", "over": "more", "exceeded": "more", "exceeding": "more",
              "exceeds": "more", "surpassed": "more", "topped": "more",
              "nearly": "less", "almost": "less",
              "less than": "less", "under": "less", "up to": "less", "about": "about",
              "around": "about", "approximately": "about", "some": "about"}  # fmt: skip


def _en_words(words: str) -> float:
    total, current = 0.0, 0.0
    for word in re.split(r"[- ]", words.lower()):
        if word in _EN_UNITS:
            current += _EN_UNITS[word]
        elif word in _EN_TENS:
            current += _EN_TENS[word]
        elif word == "hundred":
            current *= 100
    return total + current


_CURRENCIES = ("rmb", "us$", "hk$", "$", "¥", "€", "£")
#: The word a qualifier ends with (than, over, nearly…).
_LAST_WORDS = {w.split()[-1] for w in _EN_APPROX}


def _qualifier(before: str) -> str:
    """The approximation word just before a number (lower-cased text)."""
    before = before.rstrip()
    if not before.endswith(_CURRENCIES):
        last = before.rsplit(None, 1)[-1:]
        if not last or last[0] not in _LAST_WORDS:
            return ""  # the usual case: no qualifier and no currency
    else:
        currency = next(c for c in _CURRENCIES if before.endswith(c))
        before = before[: -len(currency)].rstrip()
    words = before.rsplit(None, 2)[-2:]
    if len(words) == 2:
        approx = _EN_APPROX.get(f"{words[0]} {words[1]}")
        if approx:
            return approx
    return _EN_APPROX.get(words[-1], "") if words else ""


def _lower(text: str) -> str:
    """The text lower-cased, character for character (so spans still fit ``text``).

    Patterns then match lower-case text: case-insensitive matching is several
    times slower.
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters change length when lower-cased
        lowered = "".join(c.lower()[0] for c in text)
    return lowered


def en_numbers(text: str) -> list[Number]:
    """Every number in an English text, by value."""
    text = fold_width(text)
    return en_numbers_in(text, _lower(text))


def en_numbers_in(text: str, lowered: str) -> list[Number]:
    """The numbers of an English text already folded, and of its lower-cased twin
    (:func:`en_prepare`)."""
    out: list[Number] = []
    for m in _EN_NUMBER.finditer(lowered):
        start = m.start()
        if start and text[start - 1].isalnum():
            continue  # inside a word or a token such as 123N+
        digits, suffix, words, ordinal, scale, post = m.group(
            "digits", "suffix", "words", "ord", "scale", "post"
        )
        first = lowered[start]  # matched before the groups begin
        if digits is not None:
            digits = first + digits
        elif words is not None:
            words = first + words
        else:
            ordinal = first + ordinal
        if digits:
            value = float(digits.replace(",", ""))
        elif words:
            value = _en_words(words)
        else:
            value = float(_EN_ORDINALS[ordinal])
        if scale:
            for word in scale.split():
                value *= _EN_SCALES[word]
        kind = "count"
        if suffix or ordinal:
            kind = "ordinal"
        elif post:
            kind = "points" if post.strip().startswith("percentage") else "percent"
        elif digits and len(digits) == 4 and digits.isdecimal():
            kind = "year" if digits[0] == "1" or digits[:2] == "20" else kind  # 1000 to 2099
        approx = _qualifier(lowered[max(0, start - 24) : start])
        out.append(Number(value, kind, approx, text[start : m.end()].strip()))
    return out


# --- dates ----------------------------------------------------------------------

_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november "
    "december".split())}  # fmt: skip
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"

_ZH_DATE = re.compile(
    r"(?:(?P<y>\d{4})\s*年\s*)?(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号])?"
    r"|(?P<y2>\d{4})[/.-](?P<m2>\d{1,2})[/.-](?P<d2>\d{1,2})"
)
_EN_DATE = re.compile(
    rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?\b"
    rf"|\b(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH.replace('month', 'month3')}"
    r"(?:,?\s+(?P<y3>\d{4}))?\b"
    rf"|\b{_MONTH.replace('month', 'month4')}\s+(?P<y4>\d{{4}})\b"
    r"|\b(?P<y2>\d{4})[/.-](?P<m2>\d{1,2})[/.-](?P<d2>\d{1,2})\b"
)  # matched against lower-cased text

Date = tuple[int | None, int, int | None]
DateSpan = tuple[Date, tuple[int, int]]
#: Every English date has a month name at the start of a word, or a numeric
#: date: two quick searches before the full pattern. Each starts with what it
#: must find (a month stem, a separator) so the engine skips ahead to it.
_MONTH_WORD = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?<!\w...)")
_NUMERIC_DATE_HINT = re.compile(r"[/.-](?<=\d{4}.)\d")


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def zh_dates(text: str) -> list[DateSpan]:
    """Dates (year, month, day) in Chinese text, with their spans."""
    return _zh_dates(zh_fold(text))


def _zh_dates(folded: str) -> list[DateSpan]:
    out: list[DateSpan] = []
    if "月" not in folded and not _NUMERIC_DATE_HINT.search(folded):
        return out
    for m in _ZH_DATE.finditer(folded):
        if m["m2"]:
            date = (int(m["y2"]), int(m["m2"]), int(m["d2"]))
        else:
            date = (_int(m["y"]), int(m["m"]), _int(m["d"]))
        if 1 <= date[1] <= 12:
            out.append((date, m.span()))
    return out


def en_dates(text: str) -> list[DateSpan]:
    """Dates in English text (March 30, 2018; 30 March 2018; 2018/03/30), with their spans."""
    return _en_dates(_lower(fold_width(text)))


def _en_dates(lowered: str) -> list[DateSpan]:
    out: list[DateSpan] = []
    if not (_MONTH_WORD.search(lowered) or _NUMERIC_DATE_HINT.search(lowered)):
        return out
    for m in _EN_DATE.finditer(lowered):
        if m["m2"]:
            date = (int(m["y2"]), int(m["m2"]), int(m["d2"]))
        elif m["month"]:
            date = (_int(m["y"]), _MONTHS[m["month"]], _int(m["d"]))
        elif m["month3"]:
            date = (_int(m["y3"]), _MONTHS[m["month3"]], _int(m["d3"]))
        else:
            date = (int(m["y4"]), _MONTHS[m["month4"]], None)
        if 1 <= date[1] <= 12:
            out.append((date, m.span()))
    return out


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text  # the usual case: no character copy needed
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


# --- dates, then numbers outside them ------------------------------------------


def zh_prepare(text: str) -> tuple[list[DateSpan], str]:
    """The dates of a Chinese text, and the text as its numbers are read from
    (width folded, numerals Simplified, the dates blanked out)."""
    folded = zh_fold(text)
    dates = _zh_dates(folded)
    return dates, _blank(folded, [span for _, span in dates])


def en_prepare(text: str) -> tuple[list[DateSpan], str, str]:
    """The dates of an English text, and the text as its numbers are read from,
    as it is and lower-cased."""
    folded = fold_width(text)
    lowered = _lower(folded)
    dates = _en_dates(lowered)
    if dates:
        spans = [span for _, span in dates]
        folded, lowered = _blank(folded, spans), _blank(lowered, spans)
    return dates, folded, lowered


def _c_reading() -> Callable[[str, str, str], bool] | None:
    """The C reading (_numscan.c) that says quickly when a unit's numbers agree.

    None in a build without a compiler, or with BILINGUAL_PURE_PYTHON=1 in the
    environment (to measure it or rule it out): every unit is then read in Python.
    """
    if os.environ.get("BILINGUAL_PURE_PYTHON"):
        return None
    try:
        from bilingual._numscan import agree
    except ImportError:  # pragma: no cover - depends on the build
        return None
    return agree


numbers_agree = _c_reading()
