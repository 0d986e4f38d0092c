"""Dates in both languages, read before numbers so that a date's digits are
not counted as amounts."""

from __future__ import annotations

from bilingual.normalize import fold_width
from bilingual.numbers.base import _ZH_NUMERAL, _lazy, _lower, _zh_numeral, zh_fold

_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november "
    "december".split())}  # fmt: skip
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH_NAMES = "|".join(m for m in _MONTHS if len(m) > 3 or m == "may")
#: "early March", "mid-April", "late May": a part of a month.
_EN_MONTH_PART = _lazy(r"\b(early|mid|late)[- ](" + _MONTH_NAMES + r")\b")

_ZH_MONTH_NUMBER = r"\d{1,2}|十[一二]?|[一二三四五六七八九]"
_ZH_DAY_NUMBER = r"\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
_ZH_DATE = _lazy(
    r"(?:(?P<y>\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*)?"
    r"(?:(?P<m0>" + _ZH_MONTH_NUMBER + r")\s*月?\s*[-—–~～至到]\s*"  # 1-9月, 1月至9月
    r"|(?P<list>(?:(?:" + _ZH_MONTH_NUMBER + r")\s*月?\s*[、和及与]\s*)+))?"  # 7、8、9月
    # 6至12月龄: months of age; 十一、十二两个月, 6、7、8三个月: the months of a list
    r"(?P<m>" + _ZH_MONTH_NUMBER + r")\s*(?:[两三四]个)?月(?!龄)"
    r"(?:\s*(?P<d>" + _ZH_DAY_NUMBER + r")\s*[日号])?"
    # 2024/03/12; 113/03/12 (Taiwan: the 113th year of the Republic, 2024)
    r"|(?P<y2>\d{4}|(?<!\d)1[0-3]\d(?=/))[/.-](?P<m2>\d{1,2})[/.-](?P<d2>\d{1,2})"
    r"|(?<![\d.])(?P<m3>1[0-2]|[1-9])[·•・](?P<d3>[12]\d|3[01]|[1-9])(?![\d.])"  # “3·15”
    # 18/07/2024: day first, as Macao's courts and government write it
    r"|(?<![\d/.])(?P<d4>[12]\d|3[01]|0?[1-9])/(?P<m4>1[0-2]|0?[1-9])/(?P<y4>(?:19|20)\d\d)(?![\d/])"
    # 昨日（1/11）: a month and day in brackets, as Taiwan's agencies add them
    r"|(?:(?<=[日天][（(])|(?<=周[一二三四五六日][（(])|(?<=星期[一二三四五六日天][（(]))"
    r"(?P<m5>1[0-2]|[1-9])/(?P<d5>[12]\d|3[01]|[1-9])(?=[）)])"
)
#: 前10月, 前两个月: the first months of the year, a range from January.
_FIRST_MONTHS = _lazy(r"前(\d{1,2}|十[一二]?|[两二三四五六七八九])个?月(?!龄)")
#: Where 一月 is January, not "one month": after a word of when (预估一月,
#: 今年一月, 于一月) or before a part of it (一月份, 一月底, 一月中旬).
_JANUARY_BEFORE = _lazy("(?:今年|去年|明年|本年|预估|预计|预期|估计|[在于於至到自从])$")
_JANUARY_AFTER = _lazy("份|底|初|末|中旬|上旬|下旬|起")


def _january(folded: str, start: int, end: int) -> bool:
    return bool(
        _JANUARY_BEFORE.search(folded, max(0, start - 2), start)
        or _JANUARY_AFTER.match(folded, end)
    )


#: Years just before a month with no day (3年6月): a term, not a date.
_TERM_BEFORE = _lazy(
    r"(?<![\d.])\d{1,2}年$"
    # 有期徒刑三年六月, 有期徒刑四月 (Taiwan): the numerals of a term (not 民国十二年十月)
    r"|(?:有期徒刑|徒刑|拘役|羁押禁见|羁押|禁见|刑期为|刑期|缓刑|服刑|判处)"
    r"(?:[一二三四五六七八九十]{1,3}年)?$"
)
#: The dots of a day named by its date (“3·15”, “7·20”): it need not be in the English.
DATE_NAME_DOTS = "·•・"
#: Days named by their date, as 五一 (May Day) and 七一 (July 1) are: the
#: English gives the date or the name ("May Day", "Youth Day").
FESTIVAL_DAYS = {"五一": (5, 1), "五四": (5, 4), "七一": (7, 1), "八一": (8, 1),
                 "六一": (6, 1), "三八": (3, 8), "十一": (10, 1), "二二八": (2, 28),
                 "九一八": (9, 18), "七七": (7, 7), "五卅": (5, 30)}  # fmt: skip
_FESTIVAL = _lazy(
    r"(?:五一|五四|七一|八一|六一|三八|十一)"
    r"(?=劳动|国际|青年|建军|建党|儿童|妇女|黄金周|假期|长假|小长假|节|讲话|红旗|奖章|前夕|期间|当天)"
    # the incidents named by their day: 二二八事件 "the February 28 Incident", 九一八事变
    r"|(?<![〇零一二两三四五六七八九十])(?:二二八|九一八|七七|五卅)(?=事件|事变|运动|惨案|纪念)"
)


#: Seasons, read only where the name is the season's: 今春, 春季, 深秋 (not
#: 长春, 春节, 春耕), and the English names (not "Spring Festival", "hot
#: springs", nor "fall", which is mostly a verb). Compared only when both
#: sides name one: a season may go unsaid.
_ZH_SEASON = _lazy(
    "(?:今|去|明|开|入|初|早|仲|暮|盛|深|晚|隆)([春夏秋冬])(?![节耕播运联])|([春夏秋冬])[季天]"
)
_EN_SEASON = _lazy(r"\b(spring|summer|autumn|winter)\b(?! festival)(?<!hot spring)")
_SEASONS = {"春": "spring", "夏": "summer", "秋": "autumn", "冬": "winter"}


#: 十来户, 二十来年, 百来人, 两万来步: a round number and 来 before a measure,
#: "or so"; spoken 千把块, 万把亩 say the same with 把.
_ROUGH_MEASURES = "(?=[个户人家名位年天岁次元件条座所只种批篇部台辆米吨亩公斤里块步趟头株棵])"
_ROUGHLY = _lazy(
    "(?<![\\d一二三四五六七八九十百千万亿])(?:([一二两三四五六七八九]?[十百千万])来"
    "|([一二两三四五六七八九]?[百千万])把)" + _ROUGH_MEASURES
)


def day_name(text: str) -> bool:
    """Whether a Chinese date names a day ("3·15", 五一) rather than gives it."""
    return text in FESTIVAL_DAYS or any(c in DATE_NAME_DOTS for c in text)


_ZH_MONTH_IN_LIST = _lazy(_ZH_MONTH_NUMBER)
_DOTS = _lazy("[" + DATE_NAME_DOTS + "]")
#: March or May that ends a list or range of months (April, May; June to March).
_LAST_IN_LIST = _lazy(r"\b(?:" + _MONTH_NAMES + r")(?:,| and|, and| to| or| through) (march|may)\b")
_EN_DATE = _lazy(
    # (not "this August 15,296 cases": a count with its thousands; nor "by the
    # end of November 18.56 million cards", a decimal)
    rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?!,\d{{3}}(?!\d)|\.\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?\b"
    # (not "6.5 may occur": a decimal's tail, and "may" a verb after a number)
    rf"|\b(?<![\d][.,])(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{_MONTH.replace('month', 'month3')}"
    r"(?!(?<=may) (?:be|not|have|also|occur|need|still|well|take|rise|fall|reach|exceed)\b)"
    r"(?:,?\s+(?P<y3>\d{4}))?\b"
    rf"|\b{_MONTH.replace('month', 'month4')}\s+(?P<y4>\d{{4}})\b"
    r"|\b(?P<month5>january|february|april|june|july|august|september|october|november"
    r"|december|jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b"  # "from Jan to Aug"
    # March and May are verbs too: read alone only where a month name goes
    # (in May, from March, next March) or in a list of months (April, May and June)
    r"|(?:(?<=\bin )|(?<=from )|(?<=since )|(?<=until )|(?<=early )|(?<=late )|(?<=mid-)"
    r"|(?<=end of )|(?<=start of )|(?<=middle of )|(?<=beginning of )|(?<=for )|(?<=by )"
    r"|(?<=during )|(?<=through )|(?<=of )|(?<=next )|(?<=last )|(?<=before ))"
    r"(?P<month6>march|may)\b(?! be\b)"
    r"|\b(?P<month7>march|may)(?=,? (?:and |to |or |through )?(?:" + _MONTH_NAMES + r")\b)"
    # or first in the text before a noun: "March exports", not "May be"
    r"|^(?P<month8>march|may)(?= (?!be |have |not |i |we |you |the |also )[a-z])"
    r"|\b(?P<month9>march|may)(?=['\u2019]s\b"  # "May's gains": only the month has one
    # ... and "March revenue", "May exports": a month before what is counted in it
    r"| (?:revenue|sales|exports|imports|output|data|figures|trade|arrivals|profits?)\b"
    # ... and "the March jobless rate": the article before a month and its noun
    r"|(?:(?<=\bthe march)|(?<=\bthe may)) (?!of\b|to\b|on\b|through\b|toward|from\b|past\b|be\b)"
    r"[a-z])"
    # the end of a span of months: "Jan-May", "January-March", "Feb-Mar"
    r"|(?:(?<=jan[-\u2013])|(?<=feb[-\u2013])|(?<=apr[-\u2013])|(?<=jan\.[-\u2013])"
    r"|(?<=feb\.[-\u2013])|(?<=january[-\u2013])|(?<=february[-\u2013])|(?<=april[-\u2013]))"
    r"(?P<month10>march|may|mar)\b"
    r"|\b(?P<y2>\d{4})[/.-](?P<m2>\d{1,2})[/.-](?P<d2>\d{1,2})\b"
)  # matched against lower-cased text

Date = tuple[int | None, int, int | None]
DateSpan = tuple[Date, tuple[int, int]]
#: Months from the first to the last (1-9月: January to September, or "the
#: first nine months").
Months = tuple[int, int]
#: Every English date has a month name at the start of a word, or a numeric
#: date: two quick searches before the full pattern. Each starts with what it
#: must find (a month stem, a separator) so the engine skips ahead to it.
_MONTH_WORD = _lazy(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?<!\w...)")
_NUMERIC_DATE_HINT = _lazy(
    r"[/.-](?<=\d{4}.)\d|(?<!\d)1[0-3]\d/\d|\d/(?:19|20)\d\d|[（(]\d{1,2}/\d"
)


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def _zh_int(text: str | None) -> int | None:
    """A month, day or year written in digits or in Chinese numerals."""
    if not text:
        return None
    if text[0].isdigit():
        return int(text)
    value = _zh_numeral(text)
    return None if value is None else int(value)


def zh_dates(text: str) -> list[DateSpan]:
    """Dates (year, month, day) in Chinese text, with their spans."""
    return _zh_dates(zh_fold(text))[0]


#: Words before 3月 that make it a count of months (连续3月, 近3月), not March.
_MONTHS_COUNTED = ("连续", "连", "近", "过去", "历时", "为期", "长达")


def _zh_dates(folded: str) -> tuple[list[DateSpan], list[tuple[Months, tuple[int, int]]]]:
    """The dates of a Chinese text, and its ranges of months, with their spans."""
    out: list[DateSpan] = []
    ranges: list[tuple[Months, tuple[int, int]]] = []
    for m in _FESTIVAL.finditer(folded):
        if m.start() and (folded[m.start() - 1] in _ZH_NUMERAL or folded[m.start() - 1].isdigit()):
            continue  # 二十一节 (a count), not 十一
        out.append(((None, *FESTIVAL_DAYS[m.group(0)]), m.span()))  # 五一劳动奖章: May 1
    if "月" not in folded and not _NUMERIC_DATE_HINT.search(folded) and not _DOTS.search(folded):
        return out, ranges
    if "前" in folded:
        for m in _FIRST_MONTHS.finditer(folded):
            last = _zh_int(m[1])
            if last is not None and 2 <= last <= 12:
                ranges.append(((1, last), m.span()))  # 前两个月 "January-February"
    for m in _ZH_DATE.finditer(folded):
        date: Date
        if m["m2"]:
            year = int(m["y2"])
            date = (year + 1911 if year < 1000 else year, int(m["m2"]), int(m["d2"]))
        elif m["m3"]:
            date = (None, int(m["m3"]), int(m["d3"]))
        elif m["m4"]:
            date = (int(m["y4"]), int(m["m4"]), int(m["d4"]))
        elif m["m5"]:
            date = (None, int(m["m5"]), int(m["d5"]))
        else:
            at = m.start()
            if not (m["y"] or m["d"] or m["m0"]) and at and folded[at - 1] in "前首":
                continue  # 前10月 "the first 10 months" (Taiwan): months 1-10, not October
            if not (m["y"] or m["d"] or m["m0"]) and _TERM_BEFORE.search(folded, 0, at):
                continue  # 有期徒刑3年6月 (Taiwan): three years and six months, not June
            if not (m["y"] or m["d"] or m["m0"] or m["list"]) and folded.endswith(
                _MONTHS_COUNTED, 0, at
            ):
                continue  # 连续3月 (Taiwan) "three months in a row": a count, not March
            month = _zh_int(m["m"])
            first = _zh_int(m["m0"])
            if m["list"]:
                for each in _ZH_MONTH_IN_LIST.findall(m["list"]):
                    earlier = _zh_int(each)
                    if earlier is not None and 1 <= earlier <= 12:
                        out.append(((_zh_int(m["y"]), earlier, None), m.span()))
            if first is not None and month is not None and 1 <= month < first <= 12:
                if m["d"] is None:
                    # 十一月至一月 (Hong Kong, Macao): three months across the new
                    # year, read as its two ends
                    out.append(((_zh_int(m["y"]), first, None), m.span()))
                    out.append(((None, month, None), m.span()))
                continue
            ranged = first is not None and month is not None and 1 <= first < month <= 12
            if ranged and m["d"] is None:
                # 2011年1-2月: the year stays in the text, to be read as a year
                span = (m.start("m0"), m.end()) if m["y"] else m.span()
                ranges.append(((first, month), span))  # type: ignore[arg-type]
                continue
            # (1至9月1日: a range that ends on a day is read as that date alone)
            if month is None or (
                m["m"] == "一" and not (m["y"] or m["d"]) and not _january(folded, *m.span())
            ):
                continue  # 一月 alone is as often "one month"
            date = (_zh_int(m["y"]), month, _zh_int(m["d"]))
        if 1 <= date[1] <= 12 and (date[2] is None or 1 <= date[2] <= 31):
            out.append((date, m.span()))
    return out, ranges


def en_dates(text: str) -> list[DateSpan]:
    """Dates in English text (March 30, 2018; 30 March 2018; 2018/03/30), with their spans."""
    return _en_dates(_lower(fold_width(text)))


#: The last day of a range after a date: "Nov 1-11", "Dec. 3–5".
_DAY_RANGE_END = _lazy(r"[-\u2013](\d{1,2})\b(?![-\u2013.,]?\d)")


def _en_dates(lowered: str) -> list[DateSpan]:
    out: list[DateSpan] = []
    if not (_MONTH_WORD.search(lowered) or _NUMERIC_DATE_HINT.search(lowered)):
        return out
    for m in _EN_DATE.finditer(lowered):
        date: Date
        if m["m2"]:
            date = (int(m["y2"]), int(m["m2"]), int(m["d2"]))
        elif m["month"]:
            date = (_int(m["y"]), _MONTHS[m["month"]], _int(m["d"]))
        elif m["month3"]:
            date = (_int(m["y3"]), _MONTHS[m["month3"]], _int(m["d3"]))
        elif m["month4"]:
            date = (int(m["y4"]), _MONTHS[m["month4"]], None)
        else:  # a month alone: "by the end of November", "in May"
            date = (
                None,
                _MONTHS[
                    m["month5"]
                    or m["month6"]
                    or m["month7"]
                    or m["month8"]
                    or m["month9"]
                    or m["month10"]
                ],
                None,
            )
        if 1 <= date[1] <= 12:
            out.append((date, m.span()))
            first = date[2]
            end = _DAY_RANGE_END.match(lowered, m.end()) if first is not None else None
            if end is not None and first is not None and first < int(end[1]) <= 31:
                # "Nov 1-11": the range's last day, a date of the same month
                out.append(((date[0], date[1], int(end[1])), end.span()))
    if "mar" in lowered or "may" in lowered:
        found = {span for _, span in out}
        for m in _LAST_IN_LIST.finditer(lowered):
            if m.span(1) not in found:
                out.append(((None, _MONTHS[m[1]], None), m.span(1)))
    return out


#: March or May with a capital inside a sentence: the month, not the verb
#: (with its capital gone, "with March up 41.1 percent" reads as a verb).
_CAPITAL_MONTH = _lazy(r"(?<=[a-z,;] )(March|May)\b(?!['\u2019-]| [A-Z]| of the [A-Z])")
#: A headline's words all start with a capital ("Workers May Get More").
_CAPITALIZED_WORD = _lazy(r"\b[A-Z][a-z]")


def _capitalized_months(folded: str, dates: list[DateSpan]) -> list[DateSpan]:
    """``dates`` and every March or May that only its capital shows to be a
    month: inside a sentence, after a word with no capital (not "the Long
    March", "Theresa May"), before none ("May Day"), in a text that is not a
    headline's title case."""
    found = {span for _, span in dates}
    extra: list[DateSpan] = [
        ((None, _MONTHS[m[1].lower()], None), m.span(1))
        for m in _CAPITAL_MONTH.finditer(folded)
        if m.span(1) not in found and not any(a <= m.start(1) < b for _, (a, b) in dates)
    ]
    if not extra or len(_CAPITALIZED_WORD.findall(folded)) * 2 > len(folded.split()):
        return dates
    return sorted(dates + extra, key=lambda d: d[1])


#: A running total to a month's end: "by the end of October", "through
#: October", "in the year to October" (1至10月 is January to October).
_EN_TO_MONTH_END = _lazy(
    r"\b(?:(?:by|to|through|until|till|as of|at) (?:the )?end of|through|year to) ("
    + _MONTH_NAMES
    + r")\b"
)


def months_to_end(en_lowered: str) -> set[int]:
    """The months whose end the English counts a total from the year's start to."""
    if "end of" not in en_lowered and " to" not in en_lowered and "through" not in en_lowered:
        return set()
    return {_MONTHS[m[1]] for m in _EN_TO_MONTH_END.finditer(en_lowered)}
