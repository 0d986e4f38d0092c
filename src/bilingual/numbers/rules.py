"""What a unit's two sides must agree on beyond single numbers: seasons,
halves, quarters and parts of months, years said relatively, scores,
serials, directions of change and the rates a currency conversion implies."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from bilingual.numbers.base import (
    _EN_SCALES,
    _EN_UNITS,
    _ROMAN_VALUES,
    _ZH_BIG,
    _ZH_DIGITS,
    _ZH_NUMERAL,
    Number,
    _lazy,
    _roman,
    last_place,
    list_runs,
)
from bilingual.numbers.dates import (
    _EN_MONTH_PART,
    _EN_SEASON,
    _MONTHS,
    _SEASONS,
    _ZH_SEASON,
    _zh_int,
)
from bilingual.numbers.en_forms import _COMPARED_BEFORE
from bilingual.numbers.units import _UNITS
from bilingual.numbers.zh import _REFERENCE, _YEAR_BEFORE_LAST, _conversions, _converted
from bilingual.numbers.zh_forms import _RATE_BASES, _value


def seasons(zh_folded: str, en_lowered: str) -> tuple[set[str], set[str]]:
    """The seasons each side names (a folded Chinese text, a lower-cased English one)."""
    if not _SEASON_HINT.search(zh_folded):
        return set(), set()  # the usual case
    zh = {_SEASONS[m[1] or m[2]] for m in _ZH_SEASON.finditer(zh_folded)}
    en = {m[1] for m in _EN_SEASON.finditer(en_lowered)} if zh else set()
    return zh, en


_SEASON_HINT = _lazy("[春夏秋冬]")


#: Dynasties and periods whose years the wires add in brackets where the
#: Chinese names the period alone (唐代 "the Tang Dynasty (618-907)"): the
#: English name, the Chinese that names it, and each end as the wires give
#: it (a year BC is negative; where usage differs, every year in use: the
#: Qing ended in 1911 or 1912, the Western Han began in 206 or 202 BC).
_PERIODS: tuple[tuple[str, str, frozenset[int], frozenset[int]], ...] = tuple(
    (en, zh, frozenset(first), frozenset(last))
    for en, zh, first, last in (
        ("xia", "夏代|夏朝|夏商", (-2070, -2100), (-1600,)),
        ("shang", "商代|商朝|夏商|商周|殷商", (-1600,), (-1046,)),
        ("western zhou", "西周", (-1046, -1100), (-771,)),
        ("eastern zhou", "东周", (-770,), (-256,)),
        ("zhou", "周代|周朝|商周", (-1046, -1100), (-256,)),
        ("spring and autumn", "春秋", (-770,), (-476, -481)),
        ("warring states", "战国", (-475, -476), (-221,)),
        ("qin", "秦代|秦朝|秦汉", (-221,), (-206, -207)),
        ("western han", "西汉", (-202, -206), (8, 9, 25)),
        ("eastern han", "东汉", (25,), (220,)),
        ("han", "汉代|汉朝|两汉|秦汉|汉唐|汉魏", (-202, -206), (220,)),
        ("three kingdoms", "三国", (220,), (280,)),
        ("western jin", "西晋", (265, 266), (316, 317)),
        ("eastern jin", "东晋", (317,), (420,)),
        ("jin", "晋代|晋朝|魏晋|两晋", (265, 266), (420,)),
        ("northern wei", "北魏", (386,), (534,)),
        ("southern and northern", "南北朝", (420,), (589,)),
        ("northern and southern", "南北朝", (420, 386), (589,)),
        ("sui", "隋代|隋朝|隋唐", (581,), (618,)),
        ("tang", "唐代|唐朝|隋唐|唐宋|汉唐|盛唐|晚唐|初唐", (618,), (907,)),
        ("five dynasties", "五代", (907,), (960, 979)),
        ("northern song", "北宋", (960,), (1127,)),
        ("southern song", "南宋", (1127,), (1279,)),
        ("song", "宋代|宋朝|唐宋|宋元|两宋|宋辽|宋金", (960,), (1279,)),
        ("liao", "辽代|辽朝|辽金|宋辽", (907, 916), (1125,)),
        ("western xia", "西夏", (1038,), (1227,)),
        ("jin", "金代|金朝|辽金|宋金|金元", (1115,), (1234,)),
        ("yuan", "元代|元朝|宋元|元明|金元", (1271, 1206), (1368,)),
        ("ming", "明代|明朝|元明|明清", (1368,), (1644,)),
        ("qing", "清代|清朝|明清|晚清|清末", (1644, 1636), (1911, 1912)),
        ("bohai", "渤海国", (698,), (926,)),
        ("balhae", "渤海国", (698,), (926,)),
        ("goguryeo", "高句丽", (-37,), (668,)),
        ("koguryo", "高句丽", (-37,), (668,)),
        ("republic of china", "民国", (1912,), (1949,)),
    )
)
#: Every Chinese name of a period, for a first look.
_PERIOD_ZH = _lazy("|".join(sorted({zh for _, zh, _, _ in _PERIODS})))
_PERIOD_NAMES = "|".join(sorted({en for en, *_ in _PERIODS}, key=len, reverse=True))
_BC = r"(?: ?(b\.?c\.?e?))?"
_AD = r"(?:a\.?d\.? ?)?"
#: A period's name and its years in brackets, in lower case: "tang dynasty
#: (618-907)", "spring and autumn period (770-476 bc)", "han (202 bc-ad 220)",
#: "the ming and qing dynasties (1368-1911)".
_PERIOD_YEARS = _lazy(
    rf"\b({_PERIOD_NAMES})(?: and ({_PERIOD_NAMES}))?"
    r"(?:[ -](?:dynasty|dynasties|period|periods|kingdom|kingdoms|empire|era|reign))?"
    rf" ?\((?:c\. ?|ca\. ?|circa |about )?{_AD}(\d{{1,4}}){_BC}(?: ?(?:a\.?d\.?|ce))?"
    rf" ?[-\u2013\u2014]+ ?(?:c\. ?)?{_AD}(\d{{1,4}}){_BC}(?: ?(?:a\.?d\.?|ce))?\)"
)


#: Years in brackets after a word: maybe a period's.
_PERIOD_HINT = _lazy(r"[a-z] ?\((?:c\. ?|ca\. ?|circa |about )?(?:a\.?d\.? ?)?\d{1,4}(?!\d)")


def period_years(
    zh_folded: str, en_lowered: str, zh: list[Number]
) -> tuple[list[tuple[int, int]], list[str]]:
    """The years in brackets the English gives a period the Chinese names
    without them ("the Tang Dynasty (618-907)" for 唐代): their spans, to be
    read as no number of the text's, and a message for each that are not the
    period's."""
    spans: list[tuple[int, int]] = []
    messages: list[str] = []
    if not (_PERIOD_ZH.search(zh_folded) and _PERIOD_HINT.search(en_lowered)):
        return spans, messages  # the usual case
    zh_values = {n.value for n in zh}
    for m in _PERIOD_YEARS.finditer(en_lowered):
        first_name, last_name = m[1], m[2] or m[1]
        first, last = int(m[3]), int(m[5])
        if first in zh_values or last in zh_values:
            continue  # 唐朝（618年—907年）: the Chinese gives the years too
        # "770-476 bc": both BC; "202 bc-ad 220": the first only
        last = -last if m[6] else last
        bracket = m[0][m[0].index("(") :]
        if m[4] or (m[6] and "a.d" not in bracket and "ad " not in bracket):
            first = -first
        named = [p for p in _PERIODS if p[0] == first_name and re.search(p[1], zh_folded)]
        ended = [p for p in _PERIODS if p[0] == last_name and re.search(p[1], zh_folded)]
        if not (named and ended):
            continue  # a period the Chinese does not name: its years are the English's own
        spans.append(m.span())
        if not (any(first in p[2] for p in named) and any(last in p[3] for p in ended)):
            name = re.search(named[0][1], zh_folded)[0]  # type: ignore[index]
            usual = _years(min(named[0][2]), max(ended[0][3]))
            messages.append(
                f"the years {_years(first, last)} in the English are not those of {name} ({usual})"
            )
    return spans, messages


def _years(first: int, last: int) -> str:
    """Two years as the wires write them: 770-476 BC, 206 BC-AD 220, 618-907."""
    if last < 0:
        return f"{-first}-{-last} BC"
    return f"{-first} BC-AD {last}" if first < 0 else f"{first}-{last}"


def day_halves(zh_folded: str, en_lowered: str) -> list[str]:
    """English times whose a.m. or p.m. is the other half of the day from the
    Chinese hour they give (晚上9时40分 … "9.40am")."""
    if not _ZH_HALF_HINT.search(zh_folded) or not _EN_CLOCK.search(en_lowered):
        return []  # the usual case
    zh: dict[int, dict[str, str]] = {}
    for m in _ZH_HALF.finditer(zh_folded):
        hour = _zh_int(m[2])
        if hour is not None and 1 <= hour <= 11:
            zh.setdefault(hour, {})["a" if m[1] in _MORNING else "p"] = m[0]
            end = int(m[3]) if m[3] else 0
            if hour < end <= 11:
                zh.setdefault(end, {})["a" if m[1] in _MORNING else "p"] = m[0]
    for m in _ZH_AFTERNOON_HOUR.finditer(zh_folded):
        zh.setdefault(int(m[1]) - 12, {})["p"] = m[0]  # 23时59分 "11:59 p.m."
    out = []
    for m in _EN_CLOCK.finditer(en_lowered):
        hour, half = int(m[1]), m[2]
        if hour in zh and half not in zh[hour]:
            said = next(iter(zh[hour].values()))
            out.append(
                f"'{m[0]}' in the English is {'a.m.' if half == 'a' else 'p.m.'}, "
                f"but {said} is {'p.m.' if half == 'a' else 'a.m.'}"
            )
    return out


def discounts(zh: list[Number], en_lowered: str) -> list[str]:
    """English discounts that give the price a Chinese 折 leaves as the part
    taken off (七折 … "70% off": 七折 is 30% off)."""
    if " off" not in en_lowered and "discount" not in en_lowered and "price" not in en_lowered:
        return []  # the usual case
    shares = {n.value for n in zh if n.text.endswith("折") and n.kind == "percent"}
    if not shares:
        return []
    out = []
    for m in _EN_OFF.finditer(en_lowered):
        said = float(m[1] or m[2] or m[3])
        if said in shares and 100 - said not in shares and said != 50:
            out.append(f"'{m[0].strip()}' in the English is the price after the discount, "
                       f"not the part taken off ({100 - said:g}% off)")  # fmt: skip
    return out


def first_quarters(zh_folded: str, en_lowered: str) -> list[str]:
    """The first N quarters of the English that are not the Chinese 前N季度
    (which may also be said as months, so its number alone is not required)."""
    if not ("quarters" in en_lowered or "jan" in en_lowered) or "季" not in zh_folded:
        return []  # the usual case
    zh = {
        # (首季 alone, Hong Kong's first quarter: "the first two quarters" is not it)
        1 if said == "首" else _ZH_DIGITS.get(said) or int(said)
        for m in _ZH_FIRST_QUARTERS.finditer(zh_folded)
        for said in (m[1] or m[2] or m[3],)
    }
    if not zh:
        return []
    out = []
    named = "quarter" if min(zh) == 1 else f"{min(zh)} quarters"
    for m in _EN_FIRST_QUARTERS.finditer(en_lowered):
        said = _EN_UNITS.get(m[1]) or int(m[1])
        if said not in zh:
            out.append(f"'{m[0]}' in the English is not the first {named} of the Chinese")
    for m in _EN_FROM_JANUARY.finditer(en_lowered):
        # 前三季度 "Jan-Sept": the quarters' months, to the last
        if _MONTHS[m[1]] not in {3 * q for q in zh}:
            out.append(f"'{m[0]}' in the English is not the first {named} of the Chinese")
    return out


#: 前三季度, 前3个季度: the first quarters of a year.
_ZH_FIRST_QUARTERS = _lazy("(?:前([一二三四1-4])个?季度|首([一二三四1-4])季|(首)季(?!度))")
#: "the first three quarters", "first 3 quarters".
_EN_FIRST_QUARTERS = _lazy(r"\bfirst (two|three|four|[2-4]) quarters\b")
#: A span of months from January, abbreviated (Jan-Sept, Jan.-Jun.).
_EN_FROM_JANUARY = _lazy(
    r"\bjan(?:uary)?\.?[-\u2013](feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
)


def ten_day_parts(zh_folded: str, en_lowered: str) -> list[str]:
    """English parts of a month ("early March") that are not the Chinese
    旬 of that month (3月下旬 is late March), and parts of a month the English
    names no month for ("mid-month") that are no 旬 the Chinese gives."""
    if "旬" not in zh_folded or not ("early" in en_lowered or "mid" in en_lowered
                                     or "late" in en_lowered
                                     or " month" in en_lowered):  # fmt: skip
        return []  # the usual case
    zh: dict[int, set[str]] = {}
    for m in _ZH_TEN_DAYS.finditer(zh_folded):
        month = _zh_int(m[1])
        if month is not None:
            zh.setdefault(month, set()).add(_TEN_DAY_PARTS[m[2]])
    out = []
    for m in _EN_MONTH_PART.finditer(en_lowered):
        month = _MONTHS[m[2]]
        if month in zh and m[1] not in zh[month]:
            said = " or ".join(sorted(zh[month]))
            out.append(
                f"'{m[0]}' in the English is not the {said} part of the month in the Chinese"
            )
    # 本月中旬 "by mid-month", not "by the end of the month": a part of a month
    # the English names no month for, when the Chinese names no other part of
    # one (月底)
    unnamed = {_TEN_DAY_PARTS[m[1]] for m in _ZH_UNNAMED_TEN_DAYS.finditer(zh_folded)}
    if unnamed and not _ZH_MONTH_END.search(zh_folded):
        for m in _EN_THE_MONTH_PART.finditer(en_lowered):
            part = _EN_PARTS[m[1] or m[2] or m[3]]
            if part not in unnamed:
                said = " or ".join(sorted(unnamed))
                out.append(
                    f"'{m[0]}' in the English is not the {said} part of the month in the Chinese"
                )
    return out


#: A phase by its number: 三期临床试验, 二期工程 (not 第三期, 一期间).
_ZH_PHASE = _lazy(
    "(?<![第\\d一二三四五六七八九十])([一二三四五六七八九]|[1-9]|[ⅠⅡⅢⅣ]|IV|I{1,3})期(?![间限货待望刊满内盼许])"
)
_EN_PHASE = _lazy(r"\bphases? (iv|vi|v|i{1,3}|[1-9])\b")


def phases(zh_folded: str, en_lowered: str) -> list[str]:
    """A phase the English names by number ("phase II") that is none the
    Chinese names (三期临床试验): each side may leave its phases unnumbered
    ("the first phase", 分三期), but numbered on both sides they agree."""
    zh = {
        _ROMAN_VALUES.get(m[1]) or _ZH_DIGITS.get(m[1]) or int(m[1])
        for m in _ZH_PHASE.finditer(zh_folded)
    }
    if not zh:
        return []
    for m in _EN_PHASE.finditer(en_lowered):
        value = _roman(m[1]) if m[1].isalpha() else int(m[1])
        if value not in zh:
            said = ", ".join(str(v) for v in sorted(zh))
            return [f"'{m[0]}' in the English is not a phase the Chinese names ({said})"]
    return []


#: A launch vehicle's serial: 长征二号F遥十九 "Long March-2F Y19".
_ZH_SERIAL = _lazy(f"遥([{_ZH_NUMERAL}\\d]+)")
_EN_SERIAL = _lazy(r"\bY(\d+)\b")


def serials(zh_folded: str, en_text: str) -> list[str]:
    """What is wrong with the English serials of launch vehicles: each "Y19"
    must be a serial the Chinese gives (遥十九). The English may leave the
    serial out, so neither side's is a number the other must have."""
    said = {int(m[1]) for m in _EN_SERIAL.finditer(en_text)}
    if not said:
        return []
    given = {int(v) for m in _ZH_SERIAL.finditer(zh_folded) if (v := _value(m[1])) is not None}
    return [f"the serial Y{n} in the English is not the Chinese one" for n in sorted(said - given)]


def scores(zh_folded: str, en_text: str) -> list[str]:
    """English scores ("3-1") that are none of the Chinese scores, ties,
    records or ranges. Each number of a score is matched alone by the numbers
    check, so 3比2、2比1 said as "3-1 … 2-1" would pass it; a score is read
    as a pair, in either order ("lost 9-11" or "lost 11-9")."""
    zh: set[tuple[int, int]] = set()
    for m in _ZH_SCORE.finditer(zh_folded):
        first, second = _zh_int(m[1]), _zh_int(m[2])
        if first is not None and second is not None:
            zh.add((min(first, second), max(first, second)))
    zh.update((int(m[1]), int(m[1])) for m in _ZH_TIED.finditer(zh_folded))
    if not zh:
        return []  # no score in the Chinese: an English "5-10" is a range
    zh.update(
        (min(int(m[1]), int(m[2])), max(int(m[1]), int(m[2]))) for m in _ZH_PAIR.finditer(zh_folded)
    )
    out = []
    for m in _EN_SCORE.finditer(en_text):
        first, second = int(m[1]), int(m[2])
        if m[0].count(":") and len(m[2]) == 2 and first <= 24:
            continue  # "at 19:35": a clock time, which the numbers check reads
        if (min(first, second), max(first, second)) not in zh:
            out.append(f"the score '{m[0]}' in the English is not in the Chinese")
    return out


#: 3比1, 25:21, 三比一: a score (the folded text has ASCII colons).
_ZH_SCORE = _lazy(
    "(?<![\\d.])(\\d{1,3}|[零一二两三四五六七八九十]{1,3}) ?(?:比|:) ?"
    "(\\d{1,3}|[零一二两三四五六七八九十]{1,3})(?![\\d.])"
)
#: 24平 "24-24"; 战成2:2平 is a score already (not 平方, 平均).
_ZH_TIED = _lazy("(?<![\\d.])(\\d{1,3})平(?![方均])")
#: A record, a range: 5胜3负 "5-3", 18岁至35岁 "18-35".
_ZH_PAIR = _lazy(
    "(?<![\\d.])(\\d{1,4})(?:[胜战]|[^\\d，。；、,;]{0,3}?(?:至|到|-|—|–|~|～))(\\d{1,4})"
)
#: 3-1, 25–21, 3:1: a score, or a range when the Chinese gives one.
_EN_SCORE = _lazy(r"(?<![\w.,/:-])(\d{1,3}) ?[-\u2013\u2014:] ?(\d{1,3})(?![\w:]|[.,]\d|-\d)")


#: 3月下旬, 十月上旬: a month and its first, middle or last ten days.
_ZH_TEN_DAYS = _lazy("(\\d{1,2}|[一二三四五六七八九十]{1,3})月([上中下])旬")
_TEN_DAY_PARTS = {"上": "early", "中": "mid", "下": "late"}
#: A 旬, with or without its month's number (本月中旬, 3月下旬): compared with
#: the parts of a month the English gives without naming the month.
_ZH_UNNAMED_TEN_DAYS = _lazy("(?<![\\d一二三四五六七八九十])月?([上中下])旬")
_ZH_MONTH_END = _lazy("月(?:底|末|初|中(?!旬))")
#: A part of a month the English does not name: "mid-month", "the end of the month".
_EN_THE_MONTH_PART = _lazy(
    r"\b(early|mid|late)[- ]month\b"
    r"|\b(?:in |by )?(?:the )?(start|beginning|middle|end) of (?:the|this|next|that) month\b"
    # 上旬 "the first ten days of the month"
    r"|\b(first|middle|last|final) (?:ten|10) days of (?:the|this|next|that) month\b"
)
_EN_PARTS = {"early": "early", "start": "early", "beginning": "early", "mid": "mid",
             "middle": "mid", "late": "late", "end": "late", "first": "early",
             "last": "late", "final": "late"}  # fmt: skip


#: A share taken off a price: "70% off", "a 20 percent discount", "a discount of 15%".
_EN_OFF = _lazy(
    r"\b(\d{1,2}(?:\.\d)?) ?(?:%|percent|per cent|pct) (?:[a-z]+-?[a-z]* )?(?:off|discount)\b"
    r"|\bdiscount of (\d{1,2}(?:\.\d)?) ?(?:%|percent|per cent)"
    # "30 percent below market price"
    r"|\b(\d{1,2}(?:\.\d)?) ?(?:%|percent|per cent) (?:below|under) (?:the )?(?:[a-z]+ )?price"
)


#: An hour after the part of the day it falls in: 晚上9时, 凌晨3点, 下午2时.
_ZH_HALF = _lazy(
    "(上午|早上|早晨|清晨|凌晨|今晨|今早|昨晨|明早|下午|傍晚|晚上|晚间|夜间|今晚|昨晚|明晚)"
    "约?(\\d{1,2}|十[一二]?|[一二三四五六七八九])[时点]"
    # 下午4时30分至7时: the end of a range in the same half of the day
    "(?:(?:\\d{1,2}分|半)?至(\\d{1,2})时)?"
)
_ZH_HALF_HINT = _lazy("[午晨晚夜]|早上|(?<!\\d)(?:1[3-9]|2[0-3])[时点]")
#: An hour of the 24-hour clock past noon (23时59分, 14点30分): p.m. in English.
_ZH_AFTERNOON_HOUR = _lazy("(?<![\\d.])(1[3-9]|2[0-3])[时点](?=\\d{1,2}分|整|许|左右|前后)")
_MORNING = frozenset(("上午", "早上", "早晨", "清晨", "凌晨", "今晨", "今早", "昨晨", "明早"))
#: A time on the 12-hour clock: "9.40am", "2.15 p.m.", "9pm".
_EN_CLOCK = _lazy(r"\b(1[01]|[1-9])(?:[.:][0-5]\d)? ?([ap])\.?m\b")

#: 几家, 少数几个: a few (under ten), before a measure; not 几十, 几百, 几千.
_A_FEW = _lazy("(?<![十百千万亿好])几(?=[个家名位户人项所座条只件种次台辆])")


def a_few(zh_folded: str) -> bool:
    """Whether the Chinese says "a few" of something (几家, 少数几个)."""
    return "几" in zh_folded and _A_FEW.search(zh_folded) is not None


#: What the Chinese says when the English says "next year" (not the 来年 of
#: 五年来年均, 以来年均: "since", then "a year on average").
_NEXT_YEAR = _lazy("明年|(?<![年以])来年|次年|翌年|下一?年|新的一年|明后年|今明两年")
_EN_NEXT_YEAR = _lazy(r"(?<!the )next year\b")


def next_year_unsaid(zh_folded: str, en_lowered: str) -> bool:
    """Whether the English says "next year" where the Chinese names no year
    at all (年底前 "by the end of the year" is this year's)."""
    # (第二年 in a story is "the next year", "the following year"; "over the
    # next year" is the coming twelve months, 未来一年, not the calendar's next)
    return (
        "next year" in en_lowered
        and _EN_NEXT_YEAR.search(en_lowered) is not None
        and not (_NEXT_YEAR.search(zh_folded) or "第二年" in zh_folded)
    )


def this_year_for_next(zh_folded: str, en_lowered: str) -> bool:
    """Whether the English says "this year" where the Chinese says next year
    (明年, 次年) and the English names no next or following year at all."""
    return (
        "this year" in en_lowered
        and "next" not in en_lowered
        and "following" not in en_lowered
        and "later" not in en_lowered
        and any(
            m.start() == 0 or zh_folded[m.start() - 1] not in _SPAN_INTO
            for m in _NEXT_YEAR.finditer(zh_folded)
        )
    )


#: Before the end of a span that runs into the year after its start
#: (12月至次年2月 "from December to February"): no next year of the text's own.
_SPAN_INTO = "至到~～—－-"


_EN_LAST_YEAR = _lazy(r"\b(?:last year|a year (?:ago|earlier|before))\b")
#: The year before, in Chinese (去年, 上年; not 上年度 "the last fiscal year" alone).
_ZH_LAST_YEAR = _lazy("去年|上年|上一年")
#: Any year but the one before: this one, the next, one of its own, or a comparison.
_ZH_OTHER_YEAR = _lazy("[今明本当次同]年|年内|年底|年末|前年|\\d年")
#: The year before as a time of its own: not a comparison's base (较去年, 比上年,
#: 去年同期) nor a month's year (去年11月).
_ZH_LAST_YEAR_OWN = _lazy(
    "(?<![较比与同])(?:去年|上年|上一年)(?!同期|(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月)"
)
_EN_THIS_YEAR = _lazy(r"\b(?:this|the current) year\b")
_EN_YEAR_BEFORE = _lazy(
    r"\b(?:last|previous|prior|preceding) year|\byear(?:-on-| on | over )year\b"
    r"|\ba year (?:ago|earlier|before)|\bthe year before\b|\b(?:19|20)\d\d\b"
)


def this_year_for_last(zh_folded: str, en_lowered: str) -> bool:
    """Whether the English says "this year" where the Chinese names only the
    year before (上年总收入的70% … "the current year's income"), or names it
    beside this year while the English gives no year before at all (去年…
    今年目标 "added 250,000 this year and aims for more than 200,000 this year")."""
    return (
        _ZH_LAST_YEAR.search(zh_folded) is not None
        and _EN_THIS_YEAR.search(en_lowered) is not None
        # (a start the English gives is the year before's: "up from 740,000")
        and (
            _ZH_OTHER_YEAR.search(zh_folded) is None
            or (
                "今年" in zh_folded
                and " from " not in en_lowered
                # (not a base, 较去年下降0.8微克 "fell by 0.8 micrograms", nor a
                # month's year, 较去年11月预测值 "the figure it gave in November")
                and _ZH_LAST_YEAR_OWN.search(zh_folded) is not None
            )
        )
        and _EN_YEAR_BEFORE.search(en_lowered) is None
    )


#: The day, week and month before and the present one: the Chinese for
#: each (上周, 昨（3）日; 本周, and what it says of a span around now: 近一周, 一个月来),
#: and the English "last" and "this" (yesterday, today).
_RELATIVE_PERIODS = (
    ("day", _lazy("昨天|昨日|昨[（(]"), _lazy("今天|今日|当天|当日|今[（(]"),
     _lazy(r"\byesterday\b"), _lazy(r"\btoday\b")),
    ("week", _lazy("上周|上星期|上个星期|上一周|前一周"),
     _lazy("本周|这周|这一周|本星期|这个星期|今周|周内|近一周|一周来|近7天|近七天"),
     _lazy(r"\blast week\b"), _lazy(r"\b(?:this|the current) week\b")),
    ("month", _lazy("上月|上个月|上一个月|前一个月"),
     _lazy("本月|这个月|当月|今月|月内|近一个月|一个月来"),
     _lazy(r"\blast month\b"), _lazy(r"\b(?:this|the current) month\b")),
)  # fmt: skip


def relative_periods(zh_folded: str, en_lowered: str) -> Iterator[tuple[str, bool]]:
    """The day, week or month the English puts now where the Chinese names
    only the one before (上周 "this week"; True), or the one before where
    the Chinese names only now and compares with nothing (本月 "last month";
    False)."""
    for period, zh_before, zh_now, en_last, en_now in _RELATIVE_PERIODS:
        if period not in en_lowered:
            continue  # ("yesterday" and "today" hold "day")
        before = zh_before.search(zh_folded) is not None
        if before == (zh_now.search(zh_folded) is not None):
            continue  # neither, or both: the English may say either
        if before:
            # (the English may name the one before too: 上周…较前一周 "last
            # week … the week before"; a now it adds is the error either way)
            if en_now.search(en_lowered):
                yield period, True
        elif (
            # (本月…环比 "from last month": the comparison names the one before)
            "环比" not in zh_folded
            and "前期" not in zh_folded
            and en_last.search(en_lowered)
            and not en_now.search(en_lowered)
        ):
            yield period, False


#: The period of a Chinese rate, said in its clause before the figure
#: (每人每月300元, 每年, 日均, 月均) or right after it (300元/月, 6,240元每人每年).
_PER_PERIOD = "每[人户名位个亩吨次家]?每?个?(天|日|周|星期|月|季度?|年)"
_ZH_RATE_PERIOD = _lazy(_PER_PERIOD + "|([日周月年])均")
_ZH_PER_AFTER = _lazy("[^\\d，。；;,]{0,3}?(?:/(天|日|周|月|季度?|年)|" + _PER_PERIOD + ")")
_ZH_PERIODS = {"天": "day", "日": "day", "周": "week", "星期": "week", "月": "month",
               "季": "quarter", "季度": "quarter", "年": "year"}  # fmt: skip
#: The period an English figure is given per, past a unit and what it is
#: counted over ("300 yuan a child each month", "8,000 visits a day", "36.5
#: million tonnes a year"): for a rate's period, and for a total worked over one.
EN_PERIOD_AFTER = _lazy(
    r"(?:\s+[a-z-]+){0,3}?\s+(?:an?|per|each|every|for the)"
    r" (minute|hour|day|week|month|quarter|year)\b"
)
_CLAUSE_ENDS = "，。；：,;:"
_NUMERAL_CHARS = frozenset("0123456789.,零〇一二两三四五六七八九十百千万亿")


def _in_a_numeral(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is part of a longer Chinese or Arabic number."""
    return text[start - 1 : start] in _NUMERAL_CHARS or text[end : end + 1] in _NUMERAL_CHARS


def rate_periods(
    zh_folded: str, zh: Sequence[Number], en_lowered: str, en: Sequence[Number]
) -> Iterator[tuple[Number, str, str]]:
    """English figures given per a period where each Chinese figure of that
    value is given per another (每人每月300元 "300 yuan a child each year"),
    with both periods. A Chinese figure with no period of its own (全年300万
    "3 million a year") may be given per any."""
    if "每" not in zh_folded and "均" not in zh_folded and "/" not in zh_folded:
        return  # the usual case
    for e in en:
        at = en_lowered.find(e.text.lower())
        period = EN_PERIOD_AFTER.match(en_lowered, at + len(e.text)) if at >= 0 else None
        if period is None:
            continue
        readings = set(e.readings())
        theirs = [_zh_period(zh_folded, z) for z in zh if readings.intersection(z.readings())]
        if theirs and None not in theirs and period[1] not in theirs:
            yield e, period[1], str(theirs[0])


def _zh_period(zh_folded: str, z: Number) -> str | None:
    """The period a Chinese figure is given per, if its clause says one."""
    # (where it stands alone: the 三 of 三次, not of 零下三十度 before it)
    at = next(
        (
            m.start()
            for m in re.finditer(re.escape(z.text), zh_folded)
            if not _in_a_numeral(zh_folded, m.start(), m.end())
        ),
        -1,
    )
    if at < 0:
        return None
    after = _ZH_PER_AFTER.match(zh_folded, at + len(z.text))
    if after is not None:
        return _ZH_PERIODS[after[1] or after[2]]
    clause = max(zh_folded.rfind(c, 0, at) for c in _CLAUSE_ENDS) + 1
    # the last said before the figure is its own (每年…每人每月300元)
    said = [m[1] or m[2] for m in _ZH_RATE_PERIOD.finditer(zh_folded, clause, at)]
    return _ZH_PERIODS[said[-1]] if said else None


def last_year_for_the_one_before(zh_folded: str, en_lowered: str) -> bool:
    """Whether the English says "last year" or "a year ago" where the Chinese
    says the year before last (前年) and names no last year (去年) itself."""
    return (
        "year" in en_lowered
        and _YEAR_BEFORE_LAST.search(zh_folded) is not None
        and "去年" not in zh_folded
        and _EN_LAST_YEAR.search(en_lowered) is not None
    )


_ZH_TRACKS = _lazy("(单|双|复)(?:线|轨|向车道|车道)")
_EN_TRACKS = _lazy(r"\b(single|double|dual|twin|two)[- ](?:track|line|tracked|lane)\b")


def tracks_differ(zh_folded: str, en_lowered: str) -> bool:
    """Whether one side says single track (单线) and the other double (双线,
    复线, "double-track", "dual-lane"): no digit on either side says it."""
    if not ("线" in zh_folded or "轨" in zh_folded or "车道" in zh_folded):
        return False  # the usual case
    zh = {"one" if m[1] == "单" else "two" for m in _ZH_TRACKS.finditer(zh_folded)}
    en = {"one" if m[1] == "single" else "two" for m in _EN_TRACKS.finditer(en_lowered)}
    return bool(zh and en and not zh & en)


#: Chinese units the English converts (their factors are :data:`_CONVERSIONS`'),
#: what each is in the converted unit, the same measure's units in the
#: Chinese, and the English unit words the converted size is written with.
_UNIT_WORDS = (
    ("斤", "a jin is half a kilogram", ("公斤", "千克", "吨"),
     re.compile(r" (?:kilo(?:gram(?:me)?)?s?|kgs?|(?:metric )?(?:tonnes?|tons?))\b")),
    ("亩", "15 mu make a hectare", ("公顷",), re.compile(r" (?:hectares?|ha)\b")),
)  # fmt: skip


def unconverted(
    zh_folded: str, zh: Sequence[Number], en_lowered: str, en: Sequence[Number]
) -> Iterator[tuple[Number, str, str, list[Number]]]:
    """English sizes written in the unit a Chinese 斤 or 亩 converts to
    ("kilograms", "hectares"), each with the Chinese unit, what it is in the
    converted one ("a jin is half a kilogram") and the Chinese sizes the
    English one must be a conversion of: 21.14亿斤 is "1.06 billion kilograms", never
    "2.11 billion kilograms". Only where the Chinese gives the measure in that
    unit alone (亩产1077公斤 "1,077 kilograms per mu" is not a conversion)."""
    for unit, worth, own, words in _UNIT_WORDS:
        if unit not in zh_folded or any(o in zh_folded for o in own):
            continue
        # the sizes read in this unit: those that carry its conversions
        factor = _conversions(unit)[0]
        sources = [n for n in zh if (_converted(n.value, factor), "count") in n.also]
        if not sources:
            continue
        counts = [(e, e.text.lower()) for e in en if e.kind == "count"]
        # (a total the English works out, "41 million tonnes in all", is no
        # conversion of one size, nor a rate where the Chinese gives none:
        # 16亿斤…520万亩 "about 154 kilograms a mu"; 亩产958.2斤 "479.1
        # kilograms per mu" is one)
        worked = _EN_TOTAL_AFTER if _ZH_RATE.search(zh_folded) else _EN_WORKED_AFTER
        rated = {id(e) for e, _ in _followed_by(en_lowered, counts, _then(words, worked))}
        for e, _ in _followed_by(en_lowered, counts, words):
            if id(e) not in rated:
                yield e, unit, worth, sources


#: What makes an English size a total it works out, or also a rate.
_EN_TOTAL_AFTER = r"(?= (?:in all|in total)\b)"
_EN_WORKED_AFTER = r"(?= (?:a|an|per|each) [a-z]| (?:each|apiece|in all|in total)\b)"
#: A rate the Chinese gives in its own unit (亩产958.2斤, 每斤6元).
_ZH_RATE = _lazy("亩产|单产|每亩|亩均|平均每|每斤|均价")


def _then(words: re.Pattern[str], after: str) -> re.Pattern[str]:
    return re.compile(words.pattern + after)


#: Chinese units the English may also keep (千瓦时 "kWh"), with the English words for
#: them: a size given in the same unit is the Chinese size itself, not a conversion.
_SAME_UNITS = (
    ("千瓦时", re.compile(r" ?(?:kwh|kilowatt[- ]hours?)\b")),
    ("千瓦", re.compile(r" ?(?:kw|kilowatts?)\b")),
    ("瓩", re.compile(r" ?(?:kw|kilowatts?)\b")),
)


def same_unit(
    zh_folded: str, zh: Sequence[Number], en_lowered: str, en: Sequence[Number]
) -> Iterator[tuple[Number, str, list[Number]]]:
    """English sizes written in the Chinese unit itself ("1.7 billion kWh" for
    1.7万亿千瓦时), each with the unit and the Chinese sizes in it, without the
    conversions they carry: one of those sizes (rounded) it must be, since a
    conversion (to MWh, GWh) would have named the other unit."""
    for unit, words in _SAME_UNITS:
        if unit not in zh_folded:
            continue
        factors = _conversions(unit)
        sources = [
            n._replace(also=())
            for n in zh
            if any((_converted(n.value, f), "count") in n.also for f in factors)
        ]
        if not sources:
            continue
        counts = [(e, e.text.lower()) for e in en if e.kind == "count"]
        for e, _ in _followed_by(en_lowered, counts, words):
            yield e, unit, sources


#: Chinese measures, each with the unit of :data:`units._UNITS` it is (a
#: longer word first: the 米 of 平方米 and 千米 is no metre).
_ZH_UNIT_WORDS = (
    ("km2", "平方公里|平方千米"), ("m2", "平方米"), ("ha", "公顷"), ("mu", "亩"),
    ("km", "公里|千米"), ("cm", "[厘釐]米"), ("mm", "毫米"), ("m", "米"), ("kg", "公斤|千克"),
    ("t", "吨"), ("m3", "立方米"), ("mi", "英里"), ("ft2", "平方呎|平方英尺"), ("ft", "呎|英尺"),
    ("in", "吋|英寸"),
)  # fmt: skip
_ZH_UNITS_AFTER = _lazy(
    "(?:余|多)?(?:" + "|".join(f"(?P<{k}>{words})" for k, words in _ZH_UNIT_WORDS) + ")"
)
_UNIT_NAMES = {"km2": "square kilometres", "m2": "square metres", "ha": "hectares", "mu": "mu",
               "km": "kilometres", "cm": "centimetres", "mm": "millimetres", "m": "metres",
               "kg": "kilograms", "t": "tonnes", "m3": "cubic metres", "mi": "miles", "ft": "feet",
               "mi2": "square miles", "acre": "acres", "ft2": "square feet", "in": "inches",
               "yd": "yards", "lb": "pounds"}  # fmt: skip
#: ... and the English words for units ("m" and "t" alone after a space: "$5m"
#: is millions; a figure the Chinese gives in another length is wrong either way).
_EN_MEASURES = _lazy(
    "[ -](?:"
    + "|".join(f"(?P<{k}>{words})" for k, (_, words, _) in _UNITS.items()
               if k in dict(_ZH_UNIT_WORDS) and k not in ("m", "t"))
    + r"|(?P<m>metres?|meters?|(?<= )m)|(?P<t>tonnes?|tons?|(?<= )t))\b(?![²³.]?\d)"
)  # fmt: skip


def _measured(
    text: str, numbers: Sequence[Number], after: re.Pattern[str]
) -> dict[float, set[str]]:
    """Each value's units (the name of the group of ``after`` that matched),
    wherever one of ``numbers`` is spelled before one."""
    units: dict[float, set[str]] = {}
    for n in numbers:
        spelled = n.text.lower()
        for at in standing_alone(text, spelled):
            m = after.match(text, at + len(spelled))
            if m is not None:
                units.setdefault(n.key()[0], set()).add(str(m.lastgroup))
    return units


def other_units(
    zh_folded: str, zh: Sequence[Number], en_lowered: str, en: Sequence[Number]
) -> Iterator[tuple[Number, str, str]]:
    """English sizes given in another unit of the same measure than the
    Chinese gives that size in (471平方公里 "471 square metres", 510公里 "510
    miles"), each with the English and the Chinese unit: the figure is the
    same, the size is not. Only where no Chinese size of that figure is in
    the English's unit."""
    if _ZH_UNITS_AFTER.search(zh_folded) is None:
        return  # the usual case: no measure in the Chinese
    zh_units = _measured(zh_folded, [n for n in zh if n.kind == "count"], _ZH_UNITS_AFTER)
    if not zh_units:
        return
    en_units = _measured(
        en_lowered, [n for n in en if n.kind == "count" and n.key()[0] in zh_units], _EN_MEASURES
    )
    for value, said in en_units.items():
        given = zh_units[value]
        for unit in sorted(said - given):
            kind = _UNITS[unit][0]
            other = sorted(u for u in given if _UNITS[u][0] == kind)
            if other:
                e = next(n for n in en if n.key()[0] == value)
                yield e, _UNIT_NAMES[unit], _UNIT_NAMES[other[0]]


#: A cap or a floor right before a Chinese figure (最高1800元, 最少3天), which
#: the Chinese reads either way (最高气温 is also a day's high) ...
_ZH_CAP_FLOOR = _lazy("(?:(最高|最多)|最低|最少)(?:可达|可获得|可获|可|为|达到|达)?$")
#: ... and the English bound right before a figure, a floor or (group 1) a cap.
_EN_CAP_FLOOR = _lazy(
    r"(?:(at most|up to|no more than|not more than|a maximum of)|at least|no less than"
    r"|not less than|a minimum of) $"
)


def bounds_reversed(
    zh_folded: str, zh: Sequence[Number], en_lowered: str, en: Sequence[Number]
) -> Iterator[tuple[Number, bool]]:
    """English figures bounded the other way from the Chinese (最高1800元 "at
    least 1,800 yuan", 最少3天 "up to three days"), each with whether the
    Chinese bound is a cap."""
    if "最" not in zh_folded:
        return  # the usual case
    caps: dict[float, bool] = {}
    for z in zh:
        at = zh_folded.find(z.text) if z.text else -1
        m = _ZH_CAP_FLOOR.search(zh_folded, max(0, at - 6), at) if at > 0 else None
        if m is not None:
            caps[z.key()[0]] = m[1] is not None
    if not caps:
        return
    for e in en:
        cap = caps.get(e.key()[0])
        at = en_lowered.find(e.text.lower()) if e.text else -1
        if cap is None or at <= 0:
            continue
        m = _EN_CAP_FLOOR.search(en_lowered, max(0, at - 16), at)
        if m is not None and (m[1] is not None) != cap:
            yield e, cap


#: 数倍, 几倍, 好几倍: several times, which "twice" or "doubled" is not.
_SEVERAL_TIMES = _lazy("(?:数|几|好几)倍")


def several_times(zh_folded: str) -> bool:
    """Whether the Chinese says "several times" (数倍), a factor of three or more."""
    return "倍" in zh_folded and _SEVERAL_TIMES.search(zh_folded) is not None


#: The base of a rate: 每千人口, 每万人, /10万.
_ZH_RATE_BASE = _lazy(
    "(?:每|/)(千|万|十万|10万|百万|1000|10000|100000)(?=人|名|户|个|$|[，。；、）)])"
)
#: ... and in English: "per 1,000 people", "per 100,000".
_EN_RATE_BASE = _lazy(
    r"\bper (1,?000|10,?000|100,?000|1,?000,?000|thousand|ten thousand|hundred thousand"
    r"|million)\b(?![,.]?\d)"
)
_EN_BASE_VALUES = {"thousand": 1e3, "ten thousand": 1e4, "hundred thousand": 1e5, "million": 1e6}


def rate_bases(zh_folded: str, en_lowered: str) -> tuple[set[float], set[float]]:
    """The bases of the rates each side gives (每万人口 "per 10,000 people")."""
    if "per " not in en_lowered or ("每" not in zh_folded and "/" not in zh_folded):
        return set(), set()  # the usual case
    zh = {float(_RATE_BASES[m[1]]) for m in _ZH_RATE_BASE.finditer(zh_folded)}
    en = {
        _EN_BASE_VALUES.get(m[1]) or float(m[1].replace(",", ""))
        for m in _EN_RATE_BASE.finditer(en_lowered)
    }
    return zh, en


#: Classes named by letter: 甲乙类 "Class A and B", 三级甲等 "Grade-A", B类.
_ZH_CLASS = _lazy(
    "(?<![A-Za-z\\d])([甲乙丙丁A-D])(?:、?([甲乙丙丁A-D]))?(?:、?([甲乙丙丁A-D]))?(?=类|级|等)"
)
_EN_CLASS = _lazy(
    r"\b(?:[Cc]lass|[Gg]rade|[Cc]ategory|[Cc]ategories)(?:es|s)?[- ]([A-D])\b(?!-\d)"
    r"(?:(?: and |, | or |-|\u2013| to )([A-D])\b)?(?:(?:,? and |, )([A-D])\b)?"
)
_CLASS_RANKS = {"甲": 1, "乙": 2, "丙": 3, "丁": 4, "A": 1, "B": 2, "C": 3, "D": 4}


def respective_order(zh_folded: str, en_lowered: str) -> Iterator[tuple[list[str], list[str]]]:
    """Figures listed after 分别 that the English gives "respectively" in
    another order (分别增长9.1%和15.4% "grew 15.4 percent and 9.1 percent
    respectively"): the Chinese list and the English order, for each list
    whose figures the English's clause gives once each, in digits."""
    if "分别" not in zh_folded or "respectively" not in en_lowered:
        return  # the usual case
    clauses = [c for c in _EN_CLAUSE.split(en_lowered) if "respectively" in c]
    for m in _ZH_EACH_CLAUSE.finditer(zh_folded):
        for listed in _listed_runs(m[1]):
            order = [z for z, _ in listed]
            for clause in clauses:
                said = [(v, text) for v, text in _en_figures(clause) if v in order]
                values = [v for v, _ in said]
                if len(said) != len(listed) or len(set(values)) != len(values):
                    continue  # not this list, or a figure said twice
                if values != order:
                    yield [t for _, t in listed], [t for _, t in said]
                break


#: The clause after 分别, and the English's clauses (a full stop or a semicolon
#: between them; a decimal point is no end).
_ZH_EACH_CLAUSE = _lazy(r"分别([^，。；;！？]*)")
_EN_CLAUSE = _lazy(r";|[.!?](?!\d)")
#: A figure in digits and its magnitude (1.49万, 10亿, 15.4%).
_ZH_FIGURE = _lazy(r"(?<![\d.])(\d[\d,]*(?:\.\d+)?)(万亿|万|亿)?")
_EN_FIGURE = _lazy(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)(?: (thousand|million|billion|trillion)\b)?")
_SCALE = {**_ZH_BIG, "万亿": 1e12, **_EN_SCALES}


def _listed_runs(clause: str) -> Iterator[list[tuple[float, str]]]:
    """Runs of two or more distinct figures joined as one list."""
    figures = (
        (
            m.start(),
            m.end(),
            (round(float(m[1].replace(",", "")) * _SCALE.get(m[2] or "", 1), 6), m[0]),
        )
        for m in _ZH_FIGURE.finditer(clause)
    )
    for run in list_runs(clause, figures):
        if len(run) > 1 and len({v for v, _ in run}) == len(run):
            yield run


def _en_figures(clause: str) -> Iterator[tuple[float, str]]:
    for m in _EN_FIGURE.finditer(clause):
        yield round(float(m[1].replace(",", "")) * _SCALE.get(m[2] or "", 1), 6), m[0]


def letter_classes(zh_folded: str, en_text: str, en_lowered: str) -> tuple[set[int], set[int]]:
    """The classes each side names by letter (甲类, 乙级, B类; "Class A",
    "Grade-B"), as ranks: 甲 and A are 1. The letters are read in ``en_text``
    (a capital, not the article "a"); ``en_lowered`` is its lower-cased twin."""
    if "lass" not in en_text and "grade" not in en_lowered and "ategor" not in en_text:
        return set(), set()  # the usual case
    if not _EN_CLASS.search(en_text):
        return set(), set()  # the usual case
    zh = {_CLASS_RANKS[c] for m in _ZH_CLASS.finditer(zh_folded) for c in m.groups() if c}
    en = {_CLASS_RANKS[c] for m in _EN_CLASS.finditer(en_text) for c in m.groups() if c}
    return zh, en


def decade_parts(zh_folded: str, en_lowered: str) -> tuple[set[str], set[str]]:
    """The parts of a decade each side names: 90年代末 "the late 1990s", 初
    early, 中 (and 中后期) mid; "the end of the 1990s" is late."""
    if "年代" not in zh_folded:
        return set(), set()  # the usual case
    zh = {_DECADE_PARTS[m[1]] for m in _ZH_DECADE_PART.finditer(zh_folded)}
    if not zh:
        return set(), set()
    en = {_DECADE_PARTS.get(w, w) for m in _EN_DECADE_PART.finditer(en_lowered) for w in m.groups()
          if w}  # fmt: skip
    return zh, en


_ZH_DECADE_PART = _lazy("年代(初|末|中)")
_EN_DECADE_PART = _lazy(
    r"\b(early|late|mid)(?:-to-(late|mid))?[- ](?:1[89]|20)?['’]?\d0s\b"
    r"|\b(end|beginning|start|middle) of the (?:1[89]|20)?['’]?\d0s\b"
)
_DECADE_PARTS = {"初": "early", "末": "late", "中": "mid", "end": "late", "beginning": "early",
                 "start": "early", "middle": "mid"}  # fmt: skip


#: What a comparison is with, right before 高, 低, 多 or 少 (较常年低0.8℃ "0.8C
#: below normal", 比上年多5亿元 "500 million more than the year before").
_BASES_COMPARED = (
    "常年",
    "正常",
    "上年",
    "去年",
    "同期",
    "往年",
    "上月",
    "上季",
    "历年",
    "前一日",
    "前日",
    "昨日",
)
#: Just after 较 or 比 and one of those bases (lookbehinds: one for each).
_AFTER_A_BASE = (
    "(?:"
    + "|".join(f"(?<={t}{b}{s})" for t in "较比" for b in _BASES_COMPARED for s in ("", "同期"))
    + ")"
)
#: Which way a number moved, said right before it: 增长12%, 下降了约3个百分点,
#: 降幅为5%, 年增率-6% (a fall). 负增长, 负成长 (Taiwan) are falls.
_ZH_DIRECTION = _lazy(
    "(负)?(?:(增长率|增率|增长|增加|上升|提高|上涨|回升|攀升|增幅|涨幅|升幅|偏多|偏高|上调|调高|上浮"
    "|成长|偏晚|推迟|加快|增多|高出|延长|升值|(?:超过?|快于)时[间序]进度"  # (ahead of schedule)
    "|(?<![少多])[增升涨]|" + _AFTER_A_BASE + "[高多晚快])"
    "|(下降|减少|降低|下跌|回落|下滑|降幅|跌幅|减幅|偏少|偏低|下调|调低|下浮|偏早|提前|缩短|缩减"
    "|(?:落后于?|慢于)时[间序]进度"
    "|放缓|低出|贬值|(?<![少多])[减降跌]|" + _AFTER_A_BASE + "[低少早慢]))"
    "了?(?:为|达到|达|到|至)?(?:约|近|逾|超过|将近|接近)?-?"
)
#: A signed change in brackets after a share (33.7%（-6.3%）), read as a rise
#: whose negative figure is a fall.
_ZH_BRACKETED_CHANGE = _lazy("()%[（(](?=[+\\-\u2212]?\\d)[+\\-\u2212]?")
#: A comparison with any base (较原定目标多3,000个, 比计划少2个): which way the
#: number lies from it (not 比较, 比重, 比例, 比分).
_ZH_COMPARED_MOVE = _lazy(
    "(?<![比对])[较比](?![较重例分率赛])(?:\\d{4}年?(?:[至到—–~-]\\d{4}年)?)?"
    "[\u4e00-\u9fff]{1,8}?(?:([高多贵晚快])|[低少早慢]|便宜)[了出]{0,2}"
    "(?:约|近|逾|超过|将近|接近)?"  # 较前年少约三成
    "(?=[\\d一二两三四五六七八九十几半])"  # (比原计划晚了半年 "six months later")
)
#: A gap from a named base after 高出, 低于 (高出全省平均水平2.4个百分点 "2.4
#: points above the provincial average"): which way, the base standing between.
_ZH_GAP = _lazy(
    "(?:(高出|高于|超出|多出|快于)|低于|少于|慢于|低出)[\u4e00-\u9fff]{1,10}?"
    "(?=[\\d一二两三四五六七八九十])"
)
#: A line the figure is over or under (低于100%的警戒线 "below the 100% warning
#: line"), which the Chinese reads either way (the English may give the line
#: plainly) but whose side the English must keep when it says one.
_ZH_PAST_LINE = _lazy("(?:(高于|超过|超出)|低于)(?=\\d[\\d.,]*(?:" + _REFERENCE.pattern + "))")
_EN_PAST_LINE = _lazy(r"\b(?:(above)|below|under) the (?=\d)")
#: A water level over or under a mark (超警戒水位0.35米 "0.35 meters above the
#: warning level", 低于保证水位1.2米).
_ZH_LEVEL = _lazy("(?:(高于|超过|超出|超)|低于)(?:警戒|保证|汛限|设防)水位")
#: A list of what moved most one way (下降幅度较大的品种有甘蓝8.24%、油菜16.3%).
_ZH_MOVED_MOST = _lazy("(上涨|下降|涨|降|增长|减少|上升)幅度?较大的[^，。；有]{0,6}有([^。；]+)")
#: How many rose and how many fell (10涨6降11平, 4涨6降).
_ZH_UP_DOWN = _lazy("(?<![\\d.])(\\d+)[涨增升](\\d+)[降减跌](?:\\d+平)?")
#: ... or right after it: 录得21.4%的按年升幅, 5%的增长.
_ZH_DIRECTION_AFTER = _lazy(
    "的?(?:按年|按季|按月|同比|环比)?(?:(升幅|增幅|涨幅|增长)|(跌幅|降幅|减幅))"
)
#: ... and in English: "rose 12%", "fell by about 3 points", "a decline of 5%",
#: "was down 0.3 points" (not "up to 5%": a ceiling).
_EN_DIRECTION = _lazy(
    r"\b(?:(rose|risen|rises|rising|rise|increased|increases|increasing|increase|grew|grown"
    r"|grows|growing|climbed|climbs|climbing|jumped|jumps|jumping|gained|gains|gaining|surged"
    r"|surging|soared|soaring|expanded|expands|expanding|raised|raises|raising"
    r"|(?:go|goes|going|gone|went) up|up)"
    r"|(fell|fallen|falls|falling|fall|decreased|decreases|decreasing|decrease|declined"
    r"|declines|declining|decline|dropped|drops|dropping|drop|slid|sliding|slipped|slipping"
    r"|shrank|shrunk|shrinks|shrinking|contracted|contracts|contracting|dipped|plunged"
    r"|plunging|slumped|lowered|lowers|reduced|reduces|reducing|cut|cuts"
    r"|(?:go|goes|going|gone|went) down|down))"
    r"(?: by| of| to)?(?: a further| another)?(?: some| about| around| nearly| almost"
    r"| more than| over| just over| just under| roughly| approximately| an estimated"
    r"| slightly| sharply)? "
)
#: The same after the number: "a 12% rise", "5 points lower".
_EN_DIRECTION_AFTER = _lazy(
    # ("2.9 points lower", "0.08 meters higher", "0.15 to 1.12 meters lower": past a
    # range's second end and the unit the number was read without)
    r"(?: to (?:\d[\d,]*(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten))?"
    r"(?: (?:percentage )?points?| (?:cubic |square )?(?:meters?"
    r"|metres?|kilometers?|kilometres?|centimeters?|centimetres?|millimeters?|millimetres?"
    r"|degrees?(?: celsius)?|tonnes?|tons|yuan|hectares|mu|years?|months?|days?|jin|catties"
    r"|kilograms?|kg|grams?)| ?(?:°c|°f|°|℃))?"  # ("1.2°C higher": the sign glued on)
    # ("1.2 degrees celsius (2.2 degrees fahrenheit) above": past a conversion)
    r"(?: \([^()]{1,40}\))?"
    r" (?:year-on-year |on the year )?"
    r"(?:(rise|increase|gain|jump|higher|more|above|rose|longer|larger|bigger|wider|faster"
    r"|went up|were up|later|warmer|hotter|dearer|pricier|stronger)|(fall|drop|decline|decrease"
    r"|lower|fewer|less|below|fell|shorter|smaller|narrower|slower|went down|were down|earlier"
    r"|colder|cooler|cheaper|weaker))\b"  # (a currency "0.9 percent stronger": 升值)
)
#: A comparative after a number and any one word for what it counts, with
#: its base ("nine deaths fewer than a year earlier", "12 cases more than").
_EN_NOUN_THAN = _lazy(
    r" [a-z]+(?:-[a-z]+)? (?:(more|higher|larger|greater)|(fewer|less|lower|smaller)) than\b"
)
#: A rating's move in points, said as better or worse ("4 points better than
#: last time", 回升4个百分点): a rise or a fall.
_EN_POINTS_BETTER = _lazy(
    # ("13.8 percentage points ahead of schedule": 超过时间进度; not "15 days ahead", 提前)
    r"(?: (?:percentage )?points?)? (?:(better|ahead)|worse|behind)\b"
)
#: What stands between two numbers of one list after a word of change: the
#: first one's unit and a separator (2起、9人; 29.5%、24.4%; 3个和5个).
_LIST_NEXT = _lazy("[^\\d，。；：、和及与]{0,5}?[、和及与]")
#: A forecast or a rate revised to a level, in Chinese (上修…预测至3.51%, 下调…至).
_ZH_REVISED_TO = _lazy("(?:(上修|上调|调高)|下修|下调|调低)[^，。；,;\\d]{0,16}?至(?:约|近)?")
#: A forecast or a rate revised to a number further on in the clause:
#: "lowered its growth forecast from 2-3% to 3.2%" (上调至3.2%).
_REVISED_TO = _lazy(
    r"\b(?:(raised|lifted|upgraded|revised up|nudged up)|(lowered|cut|trimmed|downgraded"
    r"|revised down|slashed))\b[^.;:]{0,60}? to "
)


_DIRECTION_HINT = _lazy(
    "[增升涨降减跌落滑提调浮贬]|成长|偏[高低多少早晚]|推迟|水位|%[（(][+\\-\u2212]?\\d|[较比][^，。；]{0,16}[高低多少贵宜早晚快慢]"
    "|[高低快慢少]于|[高超多低]出|加快|放缓|缩短|缩减|延长|[上下]修|进度"
)


#: A gap or a fall that widened or narrowed (跌幅扩大1个百分点, 差距缩小): a
#: size that grew or shrank, whatever its sign, so :func:`directions` leaves
#: it out (a wider fall is no rise; 升幅收窄至1.1% gives the level, not the change).
_ZH_WIDENED = _lazy("(?:(扩大)|收窄|缩小)了?(?:约|近|逾)?")


#: A fall given by its size, said right before it (缩短了一半以上, 下降40%, 减少约三分之一;
#: not 压缩至1.5小时, the level reached).
_ZH_FELL_BY = _lazy(
    "(?:下降|减少|降低|下跌|缩短|缩减|压缩|削减|[降减少])了?(?:约|近|逾|超过|将近|接近)?$"
)
#: What an English share of a whole is of: the level before ("half as long",
#: "60 percent of the 2020 level", "two thirds the time").
_EN_SHARE_OF_BEFORE = _lazy(
    r" (?:as (?:long|much|many|large|big|high|great|heavy|costly)\b|the (?:time|cost|number"
    r"|amount|level)\b|of (?:the|its|their) (?:(?:\d{4}|former|previous|earlier|old|original) )?"
    r"(?:level|figure|time|amount|total|number)s?\b|of what)"
)
_EN_FALL_BEFORE = _lazy(
    r"\b(?:by|fell|dropped|cut|down|declined|decreased|shrank|reduced|lowered)"
    r"(?: (?:about|around|nearly|almost|more than|less than|over|under|some|roughly))? $"
)
#: A hedge on what is left of a whole is the other way round on the fall.
FLIPPED = {"more": "less", "less": "more"}


def what_a_fall_leaves(zh_folded: str, z: Number, en_lowered: str, e: Number) -> bool:
    """Whether the English share ``e`` is what the Chinese fall ``z`` leaves
    of the level before: 缩短了三分之一 "two thirds as long", 下降了40%以上
    "less than 60 percent of the 2020 level" (the hedge turned round)."""
    if z.kind != "percent" or e.kind != "percent" or abs(100 - z.value - e.value) > 0.1:
        return False
    said = e.text.lower()
    if not any(
        _EN_SHARE_OF_BEFORE.match(en_lowered, m.end())
        # ("fell by 60 percent of the 2020 level": the fall's own size)
        and not _EN_FALL_BEFORE.search(en_lowered, max(0, m.start() - 40), m.start())
        # (each place it is said: "an hour and a half, less than half as long")
        for m in re.finditer(re.escape(said), en_lowered)
    ):
        return False
    at = zh_folded.find(z.text)
    return at > 0 and _ZH_FELL_BY.search(zh_folded, max(0, at - 8), at) is not None


#: What an English share more than a whole is more than: "15 percent more
#: than the year's target", "15 percent above plan".
_EN_PAST_THE_WHOLE = _lazy(
    r" (?:more than|above|over|higher than|ahead of|beyond|in excess of) (?:the|its|their|this"
    r"|that|plan|target|schedule)\b"
)


#: ... or before it: "beating its annual target by 5%".
_EN_BEATING_BY = _lazy(
    r"\b(?:beat|beating|beats|exceed|exceeding|exceeded|exceeds|surpass|surpassing|surpassed"
    r"|topping|topped) (?:its|the|their|this|that) (?:[a-z-]+ ){0,3}?(?:target|plan|goal|quota)"
    r" by (?:about |some |nearly |almost |more than |over )?$"
)


def past_the_whole(zh_folded: str, z: Number, en_lowered: str, e: Number) -> bool:
    """Whether the English share ``e`` is what the Chinese share ``z`` of a
    whole is past it: 占全年目标的115% "15 percent more than the year's target"."""
    if z.kind != "percent" or e.kind != "percent" or abs(z.value - 100 - e.value) > 0.1:
        return False
    at = zh_folded.find(z.text)
    return (
        at > 0
        and zh_folded[at - 1] == "的"
        and any(
            _EN_PAST_THE_WHOLE.match(en_lowered, m.end())
            or _EN_BEATING_BY.search(en_lowered, max(0, m.start() - 60), m.start())
            for m in re.finditer(re.escape(e.text.lower()), en_lowered)
        )
    )


def zh_way_before(zh_folded: str, at: int) -> bool | None:
    """Which way the Chinese says the number at ``at`` moved, by a word right
    before it (提高0.7个百分点, 比去年同期快3个百分点, 回落0.5个百分点): up (True),
    down (False), or not said (None). The words are those :func:`directions`
    reads."""
    start = max(0, at - 24)
    for m in _ZH_DIRECTION.finditer(zh_folded, start, at + 1):
        if m.end() == at:
            return (m[2] is not None) != (m[1] is not None)
    for pattern in (_ZH_COMPARED_MOVE, _ZH_GAP, _ZH_WIDENED):
        for m in pattern.finditer(zh_folded, start, at + 1):
            if m.end() == at:
                return m[1] is not None
    return None


def directions(
    zh_folded: str, zh: Sequence[Number], en_lowered: str, en: Sequence[Number]
) -> list[tuple[Number, bool, Number]]:
    """The pairs of a Chinese and an English number that match but moved
    opposite ways (下降12% and "rose 12%"), with whether the Chinese one
    rose. Only a word right before the number counts (or, in English, right
    after it), and only on both sides: a change said any other way
    ("narrowed", 收窄) is not compared."""
    if not _DIRECTION_HINT.search(zh_folded):
        return []  # the usual case
    zh_said = [(n, n.text) for n in zh]
    zh_moves: list[tuple[Number, bool]] = []
    for m in _ZH_DIRECTION.finditer(zh_folded):
        up = (m[2] is not None) != (m[1] is not None)  # 负增长: down
        zh_moves += [(n, up) for n in _listed(zh_folded, zh_said, m.end())]
    if "幅" in zh_folded or "增长" in zh_folded:
        zh_moves += _moved_after(zh_folded, zh_said, _ZH_DIRECTION_AFTER)
    if "水位" in zh_folded:
        zh_moves += _moved_before(zh_folded, zh_said, _ZH_LEVEL)
    if "%（" in zh_folded or "%(" in zh_folded:
        # 33.7%（-6.3%）: a change since the last poll, its sign the way it moved
        zh_moves += _moved_before(zh_folded, zh_said, _ZH_BRACKETED_CHANGE)
    if "较" in zh_folded or "比" in zh_folded:
        # (增长两成以上，增速比一般贸易快约15个百分点: a comparison of its own
        # beside another number's move)
        moved = {id(n) for n, _ in zh_moves}
        zh_moves += [
            (n, up)
            for n, up in _moved_before(zh_folded, zh_said, _ZH_COMPARED_MOVE)
            if id(n) not in moved
        ]
    if "至" in zh_folded and ("修" in zh_folded or "调" in zh_folded):
        # 上修今年经济成长率预测至3.51% "raised its forecast … to 3.51 percent"
        zh_moves += _moved_before(zh_folded, zh_said, _ZH_REVISED_TO)
    if "于" in zh_folded or "出" in zh_folded:
        zh_moves += _moved_before(zh_folded, zh_said, _ZH_GAP)
        zh_moves += _moved_before(zh_folded, zh_said, _ZH_PAST_LINE)
    if "有" in zh_folded and "较大" in zh_folded:
        # 下降幅度较大的品种有甘蓝8.24%、油菜16.3%: each share of the list moved that way
        for m in _ZH_MOVED_MOST.finditer(zh_folded):
            up = m[1] in ("上涨", "涨", "增长", "增", "上升", "升")
            zh_moves += [(n, up) for n, said in zh_said if said and said in m[2]]
    if ("涨" in zh_folded or "增" in zh_folded) and _ZH_UP_DOWN.search(zh_folded):
        # 27种蔬菜价格10涨6降11平: how many rose, how many fell
        for m in _ZH_UP_DOWN.finditer(zh_folded):
            zh_moves += [(n, True) for n, said in zh_said if said == m[1] and n.kind == "count"]
            zh_moves += [(n, False) for n, said in zh_said if said == m[2] and n.kind == "count"]
    if not zh_moves:
        return []
    # "doubled", "tripled" say their own way: "contracts nearly doubled" is a
    # noun before them, not a fall
    en_said = [(n, n.text.lower()) for n in en if not (n.kind == "factor" and n.text[:1].isalpha())]
    en_moves = _moved_before(en_lowered, en_said, _EN_DIRECTION)
    # (not a comparison's base: "a quarter more than two years earlier")
    en_moves += _moved_after(
        en_lowered, [(n, said) for n, said in en_said if not _compared_with(en_lowered, said)],
        _EN_DIRECTION_AFTER,
    )  # fmt: skip
    if " than " in en_lowered:
        moved = {id(n) for n, _ in en_moves}
        unmoved = [(n, said) for n, said in en_said if id(n) not in moved]
        en_moves += _moved_after(en_lowered, unmoved, _EN_NOUN_THAN)
    if (
        " better" in en_lowered
        or " worse" in en_lowered
        or " ahead" in en_lowered
        or (" behind" in en_lowered)
    ):
        en_moves += _moved_after(en_lowered, en_said, _EN_POINTS_BETTER)
    if " the " in en_lowered and (
        "above" in en_lowered or "below" in en_lowered or "under" in en_lowered
    ):
        en_moves += _moved_before(en_lowered, en_said, _EN_PAST_LINE)
    if " to " in en_lowered and _REVISED_TO.search(en_lowered):
        en_moves += _moved_before(en_lowered, en_said, _REVISED_TO)
    # "grew -2.6%" is a fall: a negative number turns its word round
    zh_rose = [(z, z_up != (z.value < 0), set(z.readings())) for z, z_up in zh_moves]
    out: list[tuple[Number, bool, Number]] = []
    for e, e_up in en_moves:
        e_rose = e_up != (e.value < 0)
        same = [(z, rose) for z, rose, readings in zh_rose if readings.intersection(e.readings())]
        # 下降0.4%…上涨0.4% "rose 0.4% after falling 0.4%": a value the
        # Chinese moves both ways is wrong only if no Chinese move goes the English way
        if same and all(rose != e_rose for _, rose in same):
            out.extend((z, rose, e) for z, rose in same)
    return out


def _compared_with(en_lowered: str, said: str) -> bool:
    """Whether the English number ``said`` is what a difference is compared
    with ("a quarter more than two years earlier"), not a figure that moved."""
    at = en_lowered.find(said)
    return at > 0 and _COMPARED_BEFORE.search(en_lowered, max(0, at - 48), at) is not None


def _listed(text: str, said: Sequence[tuple[Number, str]], at: int) -> list[Number]:
    """The numbers that start at ``at`` and those listed after them, each
    with its unit (同比减少2起、9人; 分别下降29.5%、24.4%): a word of change
    before a list moves every number of it."""
    out: list[Number] = []
    while True:
        here = [(n, spelled) for n, spelled in said if spelled and text.startswith(spelled, at)]
        if not here:
            return out
        out += [n for n, _ in here]
        m = _LIST_NEXT.match(text, at + max(len(spelled) for _, spelled in here))
        if m is None:
            return out
        at = m.end()


def _moved_before(
    text: str, said: Sequence[tuple[Number, str]], before: re.Pattern[str]
) -> list[tuple[Number, bool]]:
    """The English numbers (each with its text as ``text`` spells it) right
    after a word of rise or fall (``before``: group 1 a rise), and whether
    they rose; "up to" is a ceiling, not a rise."""
    out: list[tuple[Number, bool]] = []
    for m in before.finditer(text):
        if m[0].startswith("up to"):
            continue
        out += [(n, m[1] is not None) for n, spelled in said
                if spelled and text.startswith(spelled, m.end())]  # fmt: skip
    return out


def _moved_after(
    text: str, said: Sequence[tuple[Number, str]], after: re.Pattern[str]
) -> list[tuple[Number, bool]]:
    """The numbers (each with its text as ``text`` spells it) that a word of
    rise or fall follows (``after``: group 1 a rise), and whether it rose."""
    return [(n, m[1] is not None) for n, m in _followed_by(text, said, after)]


def _followed_by(
    text: str, said: Sequence[tuple[Number, str]], after: re.Pattern[str]
) -> list[tuple[Number, re.Match[str]]]:
    """The numbers (each with its text as ``text`` spells it) that ``after``
    matches right after, where the number is first spelled, with the match."""
    out = []
    for n, spelled in said:
        at = next(standing_alone(text, spelled), -1)
        m = after.match(text, at + len(spelled)) if at >= 0 else None
        if m is not None:
            out.append((n, m))
    return out


def standing_alone(text: str, spelled: str) -> Iterator[int]:
    """Where ``spelled`` (a number as the text writes it) stands alone in
    ``text``: not the 3,000 of 13,000, nor the 1 of 10."""
    at = text.find(spelled) if spelled else -1
    while at >= 0:
        if not inside_a_number(text, at, at + len(spelled)):
            yield at
        at = text.find(spelled, at + 1)


def inside_a_number(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is part of a longer number (13,000; 10; 1.5)."""
    if start > 0 and (text[start - 1].isdigit() or text[start - 1] in ",."):
        return True
    return text[end : end + 1].isdigit() or (
        text[end : end + 1] in (",", ".") and text[end + 1 : end + 2].isdigit()
    )


#: A sum and its conversion into US dollars just after it, in brackets or
#: after ", or": "3.288 billion yuan (approx. $460 million)", "HK$1 billion
#: (US$128 million)", "11.2 billion yuan (1.66 billion U.S. dollars)".
_IN_DOLLARS = _lazy(
    r"(?P<pre>rmb ?|hk\$|nt\$|mop ?|¥)?(?P<a>\d[\d,]*(?:\.\d+)?)"
    r"(?: (?P<as>million|billion|trillion))?"
    r"(?: (?P<post>yuan|renminbi|patacas))?"
    r"(?: \(|, or )(?:about |around |approximately |approx\.? |roughly |some |nearly |almost )?"
    r"(?:(?:us\$|\$|usd ?)(?P<b>\d[\d,]*(?:\.\d+)?)(?: (?P<bs>million|billion|trillion))?"
    r"|(?P<b2>\d[\d,]*(?:\.\d+)?)(?: (?P<bs2>million|billion|trillion))? (?:u\.s\. |us )dollars)"
)
#: The rates each currency has had to the US dollar since 1994 (the yuan's
#: unified rate; its lowest fix, 6.04 in January 2014).
_RATES = {"yuan": (6.04, 8.3), "hk": (7.7, 7.9), "nt": (24.0, 36.0), "mop": (7.9, 8.2)}


def _bounds(digits: str, scale: str | None) -> tuple[float, float]:
    """The interval a rounded figure stands for: 460 million is 455 to 465 million."""
    digits = digits.replace(",", "")
    step = last_place(digits)
    unit = _EN_SCALES[scale] if scale else 1
    value = float(digits)
    return (value - step / 2) * unit, (value + step / 2) * unit


def conversion_rates(en_lowered: str) -> list[str]:
    """Conversions into US dollars that imply a rate the currency has never had
    since 1994: "118 billion yuan ($19.8 billion)" is 5.96 yuan to the dollar."""
    if "$" not in en_lowered and "dollars" not in en_lowered and "usd" not in en_lowered:
        return []  # the usual case
    out = []
    for m in _IN_DOLLARS.finditer(en_lowered):
        pre, post = (m["pre"] or "").strip(), m["post"]
        if pre in ("rmb", "¥") or post in ("yuan", "renminbi"):
            currency = "yuan"
        elif pre == "hk$":
            currency = "hk"
        elif pre == "nt$":
            currency = "nt"
        elif pre == "mop" or post == "patacas":
            currency = "mop"
        else:
            continue  # "$5 million ($…)" or a bare figure: no rate to weigh
        # the sum is the Chinese one, as given; the dollars are rounded
        amount = float(m["a"].replace(",", "")) * (_EN_SCALES[m["as"]] if m["as"] else 1)
        usd_low, usd_high = _bounds(m["b"] or m["b2"], m["bs"] or m["bs2"])
        floor, ceiling = _RATES[currency]
        if usd_low <= 0 or amount / usd_low < floor or amount / usd_high > ceiling:
            out.append(
                f"'{m[0]}' in the English converts at {2 * amount / (usd_low + usd_high):.2f} "
                f"to the US dollar, outside the {floor:g} to {ceiling:g} the currency has had"
            )
    return out
