"""Dates first, then numbers outside them: the text each reader sees, and
:func:`zh_numbers` and :func:`en_numbers`, which read a text in one call."""

from __future__ import annotations

import re

from bilingual.normalize import fold_width
from bilingual.numbers.base import _EN_UNITS, Number, _lazy, _lower, blank, zh_fold
from bilingual.numbers.codes import train_pairs
from bilingual.numbers.dates import (
    _MONTH_NAMES,
    _MONTHS,
    _ROUGHLY,
    DateSpan,
    Months,
    _capitalized_months,
    _en_dates,
    _zh_dates,
)
from bilingual.numbers.en import en_numbers_in
from bilingual.numbers.zh import (
    _DIGIT_OF,
    _SCIENTIFIC,
    _SUPERSCRIPT,
    _YEAR_DIGITS,
    _scientific,
    _year_digits,
    zh_numbers_in,
)
from bilingual.numbers.zh_forms import _HUNDRED_OR_SO, _TENS_AND_SOME, _TENS_AND_UNITS, _value


def zh_numbers(text: str) -> list[Number]:
    """Every number in a Chinese text, by value (dates aside: :func:`zh_dates`)."""
    return zh_numbers_in(zh_prepare(text)[2])


def en_numbers(text: str) -> list[Number]:
    """Every number in an English text, by value (dates aside: :func:`en_dates`)."""
    _, folded, lowered = en_prepare(text)
    return en_numbers_in(folded, lowered)


#: A space between digits and Chinese, as some sites set them apart (18 日, 每日 210元).
_DIGITS_SPACED = _lazy("(?<=\\d) (?=[\u4e00-\u9fff%‰])|(?<=[\u4e00-\u9fff]) (?=\\d)")
#: ○ (a white circle) written for 〇 among numerals, as Hong Kong's releases do.
_CIRCLE_ZERO = _lazy(
    "(?<=[〇零一二三四五六七八九十百千万亿\u25cb])\u25cb|(?<=[〇零一二三四五六七八九\u25cb][.．])\u25cb"
    "|\u25cb(?=[.．点點]?[〇零一二三四五六七八九\u25cb])"
)
_POSITIONAL_DIGIT = "[〇一二三四五六七八九]"
#: Numerals written digit by digit: with a decimal point (七.八, 〇.〇二), with a
#: zero (八〇, 二七〇〇), or three or four before 年 (一一二年); not with 十, 百 …
_POSITIONAL = _lazy(
    f"(?<![〇零一二三四五六七八九十百千两.点])(?:{_POSITIONAL_DIGIT}+[.．]{_POSITIONAL_DIGIT}+"
    f"|{_POSITIONAL_DIGIT}*〇{_POSITIONAL_DIGIT}*(?<=..)|{_POSITIONAL_DIGIT}{{3,4}}(?=年))"
    "(?![〇零一二三四五六七八九十百千两])"
)
#: 廿 and 卅 before digits one by one (廿一．四％ "21.4%"): the tens' digit.
_SCORE_POSITIONAL = _lazy("[廿卅](?=[一二三四五六七八九][.．])")


def _positional(m: re.Match[str]) -> str:
    digits = m[0].translate(_DIGIT_OF)
    previous = m.string[m.start() - 1] if m.start() else ""
    if previous.isascii() and previous.isalpha():
        return " " + digits  # GDP三．一八％: apart from the letters, or "GDP3.18" is a code
    return digits


_POSITIONAL_HINT = _lazy(
    f"[十{_POSITIONAL_DIGIT[1:-1]}][.．〇]|〇{_POSITIONAL_DIGIT}|{_POSITIONAL_DIGIT}{{3}}年"
    f"|万{_POSITIONAL_DIGIT}{{3}}|{_POSITIONAL_DIGIT}{{2}}亿"
)
#: A count of 万 and its digits one by one: 十七萬二七〇〇 (172,700), 七萬九三一
#: (70,931: the block's leading zero left out).
_WAN_POSITIONAL = _lazy(
    f"(?<![〇零一二三四五六七八九十百千两])([一二两三四五六七八九十百千]+)万({_POSITIONAL_DIGIT}{{3,4}})"
    "(?![〇零一二三四五六七八九十百千万亿])"
)
#: A count of 亿 written digit by digit, and of 万 after it (六二九億二四二四萬,
#: Taiwan's papers): 62,924,240,000.
_YI_POSITIONAL = _lazy(
    f"(?<![〇零一二三四五六七八九十百千两兆.．点])({_POSITIONAL_DIGIT}{{2,4}})亿"
    f"(?:({_POSITIONAL_DIGIT}{{1,4}})万)?(?![〇零一二三四五六七八九十百千])"
)


#: The point of a numeral with 十 (二十.二%, Taiwan's papers): 点, as 二十点二.
_TENS_POINT = _lazy("(?:(?<=十)|(?<=十[一二三四五六七八九]))[.．](?=[〇一二三四五六七八九])")
#: Numerals before 兆 and digits (十二兆七〇一三億, Taiwan): the 兆 in digits,
#: which :data:`_TRILLION` reads.
_NUMERAL_TRILLION = _lazy(
    "(?<![〇零一二三四五六七八九十百千两])([一二两三四五六七八九十百千]+)(?=兆\\d)"
)


def _wan_positional(m: re.Match[str]) -> str:
    value = int((_value(m[1]) or 0) * 10_000) + int(m[2].translate(_DIGIT_OF))
    return str(value).rjust(len(m[0]))  # as long as it was: date spans stay in place


def _yi_positional(m: re.Match[str]) -> str:
    value = int(m[1].translate(_DIGIT_OF)) * 100_000_000
    if m[2]:
        value += int(m[2].translate(_DIGIT_OF)) * 10_000
    return str(value).rjust(len(m[0]))


def _numerals_in_digits(m: re.Match[str]) -> str:
    return str(int(_value(m[1]) or 0)).rjust(len(m[0]))


_RANGE_JOINS = frozenset(("至", "到", "-", "—", "~", "～", "–", "to", "through", "until", "till"))


def _range_years(dates: list[DateSpan], text: str) -> list[DateSpan]:
    """Dates joined as a range, with the year one end gives for both (2013年5月
    22日至8月21日; "from May 22 to August 21, 2014"), when the months run forward."""
    out = list(dates)
    for i in range(len(out) - 1):
        (a, a_span), (b, b_span) = out[i], out[i + 1]
        if text[a_span[1] : b_span[0]].strip() not in _RANGE_JOINS:
            continue
        if a[1] is None or b[1] is None or b[1] < a[1]:
            continue  # (12月22日至1月21日: the end is in the next year)
        if a[0] is None and b[0] is not None:
            out[i] = ((b[0], a[1], a[2]), a_span)
        elif a[0] is not None and b[0] is None:
            out[i + 1] = ((a[0], b[1], b[2]), b_span)
    return out


def zh_prepare(text: str) -> tuple[list[DateSpan], list[Months], str]:
    """The dates and ranges of months of a Chinese text, and the text as its
    numbers are read from (:func:`zh_normal`, the dates and ranges blanked out)."""
    folded = zh_normal(text)
    dates, ranges = _zh_dates(folded)
    if len(dates) > 1:
        dates = _range_years(dates, folded)
    if not dates and not ranges:
        return dates, [], folded
    spans = [span for _, span in dates] + [span for _, span in ranges]
    return dates, [months for months, _ in ranges], blank(folded, spans)


def zh_normal(text: str) -> str:
    """A Chinese text as its dates and numbers are read from: width folded,
    numerals Simplified, digits written out; the spans of :func:`zh_prepare`
    are spans of this text (some steps change its length)."""
    folded = train_pairs(zh_fold(text))
    if (" " in folded or "\u00a0" in folded) and _SPACED_THOUSANDS.search(folded):
        folded = _SPACED_THOUSANDS.sub(_thousands, folded)  # 5 800宗 (Hong Kong): 5,800
    if " " in folded and _DIGITS_SPACED.search(folded):
        folded = _DIGITS_SPACED.sub("", folded)  # 今日（18 日）, 2026 年 (Yahoo Hong Kong)
    if "\u25cb" in folded:
        folded = _CIRCLE_ZERO.sub("〇", folded)  # 二○一六年 (Hong Kong): a zero, not a circle
    if ("〇" in folded or "零" in folded) and _YEAR_DIGITS.search(folded):
        # 二零二三至二四年度, 二〇二七/二八至二〇三六/三七年度 (Hong Kong): 2023至2024,
        # 2027/2028至2036/2037, in digits before 二〇二七 alone is read digit by
        # digit and leaves 二八 a numeral
        folded = _full_year_spans(_YEAR_DIGITS.sub(_year_digits, folded))
    if ("/" in folded or "至" in folded or "-" in folded) and _SHORT_YEAR_SPAN.search(folded):
        folded = _full_year_spans(folded)  # 2022/23赛季: 2022/2023; 2024至25年度, 2024-25年度
    if ("年度" in folded or "学年" in folded or "年报" in folded) and _TWO_DIGIT_YEAR_SPAN.search(
        folded
    ):
        # 06/07年度, 2016-17年报 (Hong Kong): a fiscal or school year by its short ends
        folded = _TWO_DIGIT_YEAR_SPAN.sub(_two_digit_years, folded)
    if ("〇" in folded or "." in folded or "年" in folded or "万" in folded or "亿" in folded) and (
        _POSITIONAL_HINT.search(folded)
    ):
        # Taiwan's papers write numbers digit by digit: 八〇.七歲, 十七萬二七〇〇人, 一一二年
        folded = _WAN_POSITIONAL.sub(_wan_positional, folded)
        if "亿" in folded:
            folded = _YI_POSITIONAL.sub(_yi_positional, folded)
        if "廿" in folded or "卅" in folded:
            folded = _SCORE_POSITIONAL.sub(lambda m: "二" if m[0] == "廿" else "三", folded)
        folded = _POSITIONAL.sub(_positional, folded)
        if "十" in folded:
            folded = _TENS_POINT.sub("点", folded)
        if "兆" in folded:
            folded = _NUMERAL_TRILLION.sub(_numerals_in_digits, folded)
    if "来" in folded or "把" in folded:
        # 十来户 "ten or so": same length, so spans hold
        folded = _ROUGHLY.sub(lambda m: "约" + (m[1] or m[2]), folded)
    if "百十" in folded:
        # 百十号人 (spoken) "a hundred or so": about a hundred, as long as it was
        folded = _HUNDRED_OR_SO.sub("约百", folded)
    if "好几" in folded:
        # 五十好几 "fifty-odd": 几 past the tens, a blank before to keep the length
        folded = _TENS_AND_SOME.sub(lambda m: " " + m[1] + "几", folded)
    if "钟头" in folded:
        folded = folded.replace("钟头", "小时")  # 半个钟头 (spoken): half an hour
    if "有" in folded and _TENS_AND_UNITS.search(folded):
        # 八十有五 "85" (an age, the old way): as long as it was, a blank before
        folded = _TENS_AND_UNITS.sub(lambda m: " " + m[1] + m[2], folded)
    return folded


_MONTHS_QUARTER = _lazy(
    r"\b(?:january|april|july|october)[-\u2013](?:march|june|september|december) quarter\b"
)


_VULGAR = _lazy("(\\d)([\u00bd\u00bc\u00be])")
_VULGAR_DECIMALS = {"\u00bd": ".5", "\u00bc": ".25", "\u00be": ".75"}
#: A whole number and a fraction in a wire's typewriter style: "3-1/2 years",
#: "2 3/4 percent" (Reuters): 3.5, 2.75.
_TYPED_MIXED = _lazy(r"(?<![\d/.,])(\d+)[- ]([13])/([24])(?![\d/])")
_TIMES = _lazy("(?<=\\d)[x\u00d7X](?=\\d)")
#: Hong Kong's tropical cyclone signals in headlines: T1, T3, T8, T9, T10 …
_STORM_SIGNAL = _lazy(r"\bT(1|3|8|9|10)\b")
#: … where the text speaks of a storm (T8 is a signal, not a model's name).
_STORM_WORDS = _lazy(r"(?i)\b(?:signal|typhoon|storm|gale|hoist|observatory|cyclone)")


#: A span of years whose second is cut short: "2024-25", 2022/23 (a season, a
#: school or fiscal year), read as the full year when it follows the first.
_SHORT_YEAR_SPAN = _lazy(
    "(?<![\\d.])((?:19|20)\\d\\d)([-/\u2013\u2014至])(\\d\\d)(?![\\d%]|\\.\\d)"  # "by 2027-28."
)


#: A month name just before digits: "May 12 300 people" is a day, then a number.
_MONTH_BEFORE = _lazy(r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? $")
#: Thousands set apart by spaces, as Hong Kong's government writes them (5 800,
#: 13 700): one number, its spaces read as commas (the length kept, so spans hold).
_SPACED_HINT = _lazy(r"\d[ \u00a0\u202f]\d")
_SPACED_THOUSANDS = _lazy(
    r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?(?![\d]|[.,]\d)"  # 2 339.4万人
)


def _thousands(m: re.Match[str]) -> str:
    if _MONTH_BEFORE.search(m.string, max(0, m.start() - 10), m.start()):
        return m[0]  # "on May 12 300 people": a day, then a number
    return m[0].replace(" ", ",").replace("\u00a0", ",").replace("\u202f", ",")


#: A fiscal, tax or school year written with two digits at each end (06/07年度).
_TWO_DIGIT_YEAR_SPAN = _lazy(
    "(?<![\\d.,/])(\\d\\d)([/\\-–])(\\d\\d)(?=(?:课税|财政|会计|预算)?年度|学年|年报)"
)


def _two_digit_years(m: re.Match[str]) -> str:
    first, second = int(m[1]), int(m[3])
    if second != (first + 1) % 100:
        return m[0]
    century = 2000 if first < 50 else 1900
    return f"{century + first}{m[2]}{century + first + 1}"


def _full_year_spans(text: str) -> str:
    def full(m: re.Match[str]) -> str:
        first = int(m[1])
        return f"{m[1]}{m[2]}{first + 1}" if int(m[3]) == (first + 1) % 100 else m[0]

    return _SHORT_YEAR_SPAN.sub(full, text)


#: "the three months ending October", "the 12 months to March": a span of
#: months named by its length and its last month.
_MONTHS_ENDING = _lazy(
    r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]months?"
    r" (?:ending|ended|to|through) (?:the end of )?(" + _MONTH_NAMES + r")\b"
)


def en_months_ending(lowered: str) -> list[Months]:
    """The spans of months an English text names by length and last month,
    first and last ("the three months ending October": 8 to 10)."""
    out = []
    for m in _MONTHS_ENDING.finditer(lowered):
        count = int(m[1]) if m[1].isdigit() else _EN_UNITS.get(m[1], 0)
        last = _MONTHS[m[2]]
        if 1 < count <= 12:
            out.append(((last - count) % 12 + 1, last))
    return out


def _typed_mixed(m: re.Match[str]) -> str:
    if m[2] == "3" and m[3] == "2":
        return m[0]  # "3/2" is no fraction of a whole
    return m[1] + str(int(m[2]) / int(m[3]))[1:]


#: Tonnes glued to their number ("10t", "2.5t"), not a trillion ("1t yuan").
_TONNES_GLUED = _lazy(r"(?<![\w.])(\d+(?:\.\d+)?)t\b(?! (?:yuan|rmb|dollars|usd))")


def en_prepare(text: str) -> tuple[list[DateSpan], str, str]:
    """The dates of an English text, and the text as its numbers are read from,
    as it is and lower-cased."""
    folded = train_pairs(fold_width(text))
    if _SPACED_HINT.search(folded) and _SPACED_THOUSANDS.search(folded):
        folded = _SPACED_THOUSANDS.sub(_thousands, folded)  # "about 7 000 applicants"
    if ("-" in folded or "/" in folded or "\u2013" in folded) and _SHORT_YEAR_SPAN.search(folded):
        folded = _full_year_spans(folded)  # the 2024-25 season: 2024-2025
    if "\u00bd" in folded or "\u00bc" in folded or "\u00be" in folded:
        folded = _VULGAR.sub(lambda m: m[1] + _VULGAR_DECIMALS[m[2]], folded)  # 2½: 2.5
    if "/" in folded and _TYPED_MIXED.search(folded):
        folded = _TYPED_MIXED.sub(_typed_mixed, folded)  # "3-1/2 years": 3.5
    if "10" in folded and ("^" in folded or _SUPERSCRIPT.search(folded)):
        folded = _SCIENTIFIC.sub(_scientific, folded)  # 3×10⁸, 10^18: the value written out
    if (
        ("T8" in folded or "T3" in folded or "T1" in folded or "T9" in folded)
        and _STORM_SIGNAL.search(folded)
        and _STORM_WORDS.search(folded)
    ):
        folded = _STORM_SIGNAL.sub(r"No. \1", folded)  # "T8 hoisted" (Hong Kong): signal No. 8
    if "t" in folded and _TONNES_GLUED.search(folded):
        folded = _TONNES_GLUED.sub(r"\1 t", folded)  # "10t of steel": 10 tonnes
    lowered = _lower(folded)
    if ("x" in lowered or "\u00d7" in lowered) and _TIMES.search(lowered):
        # 4x100m, 3x3: two numbers (4×100米), not one word
        folded, lowered = _TIMES.sub(" ", folded), _TIMES.sub(" ", lowered)
    dates = _en_dates(lowered)
    if "March" in folded or "May" in folded:
        dates = _capitalized_months(folded, dates)
    if len(dates) > 1:
        dates = _range_years(dates, lowered)
    if dates and "quarter" in lowered:
        # "the July-September quarter" is a quarter (read with the forms), not two months
        quarters = [m.span() for m in _MONTHS_QUARTER.finditer(lowered)]
        dates = [d for d in dates if not any(a <= d[1][0] < b for a, b in quarters)]
    if dates:
        spans = [span for _, span in dates]
        folded, lowered = blank(folded, spans), blank(lowered, spans)
    return dates, folded, lowered
