"""The numbers check: a unit's numbers read on both sides (:mod:`bilingual.numbers`)
and compared by value and kind, with their hedges, dates and directions of
change, and the ways news restates a figure (worked out, rounded, converted,
said as a change) that still agree."""

from __future__ import annotations

import re
from collections.abc import Iterator, Set

from bilingual.checkworked import (
    average_after,
    ended_at,
    factor_against_ends,
    rebased,
    start_or_change,
    started_at,
    worked_out,
)
from bilingual.model import Unit
from bilingual.normalize import fold_width
from bilingual.numbers import (
    NUMERAL_SYLLABLES,
    WEEKDAYS,
    DateSpan,
    Key,
    Number,
    a_few,
    blank,
    bounds_reversed,
    code_keys,
    code_messages,
    codes,
    conversion_rates,
    day_halves,
    day_name,
    decade_parts,
    directions,
    discounts,
    en_months_ending,
    en_numbers_in,
    en_prepare,
    en_relative_year,
    first_quarters,
    last_year_for_the_one_before,
    letter_classes,
    months_to_end,
    next_year_unsaid,
    numerals_in_names,
    other_units,
    period_years,
    phases,
    rate_bases,
    rate_periods,
    relative_periods,
    relative_year,
    respective_order,
    same_unit,
    scores,
    seasons,
    serials,
    several_times,
    slogan_numbers,
    ten_day_parts,
    this_year_for_last,
    this_year_for_next,
    tracks_differ,
    unconverted,
    what_a_fall_leaves,
    zh_normal,
    zh_numbers_in,
    zh_prepare,
    zh_way_before,
)
from bilingual.numbers.base import WRITTEN, last_place
from bilingual.numbers.rules import FLIPPED
from bilingual.numbers.units import english_conversions

#: What :func:`relative_periods` compares, as the messages name it: now, then the one before.
_RELATIVE_WORDS = {
    "day": (("today", "今天"), ("yesterday", "昨天")),
    "week": (("this week", "本周"), ("last week", "上周")),
    "month": (("this month", "本月"), ("last month", "上月")),
}


def check_numbers(unit: Unit) -> Iterator[str]:
    """The numbers check of one unit: one message for each number, hedge, date
    or direction the two sides do not agree on."""
    zh_d, zh_months, zh_text = zh_prepare(unit.source)
    found = list(_numbers(unit, zh_d, zh_months, zh_text))
    if found and NUMERAL_SYLLABLES.search(unit.target):
        # only when something is found (most units find nothing): 九台 "Jiutai"
        # is a name, not nine
        named = numerals_in_names(zh_text, unit.target)
        if named:
            found = list(_numbers(unit, zh_d, zh_months, blank(zh_text, named)))
    yield from found


#: The numerals of a day's name, by their digit (二二八 is 228).
_NUMERAL_DIGITS = "〇一二三四五六七八九"
#: The whole day in hours (0—24时, 0时至24时) or its end after a date's blank (24时).
_WHOLE_DAY = re.compile(r"(?<![\d.])0[时点]?[—\-–至到~]24[时点]|(?<![\d.:])(?<=\s)24[时点]")
#: Minutes said as a part of the hour: "half past five", "a quarter past eight".
_CLOCK_PAST = re.compile(r"\b(half|quarter) past (?=\d|one|two|three|four|five|six|seven|eight"
                         r"|nine|ten|eleven|twelve|noon|midnight)")  # fmt: skip
#: A share of a base (恢复至2019年同期的87.2%, 是上年的112%).
_SHARE_OF_A_LEVEL = re.compile(
    r"(?:恢复至|恢复到|恢复|相当于|为|是|完成|达到)[^，,。；]{0,14}?的(\d+(?:\.\d+)?)(%|倍)"
)
_EN_OFF_A_LEVEL = re.compile(
    r"\b(?:(above|more than|higher than|up on|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?"
    r"|beat(?:s|ing|en)?)"
    r"|(below|less than|lower than|short of|down on))\b"
)


def _off_a_level(zh: list[Number], zh_text: str, en_lowered: str) -> list[Number]:
    """The numbers, each share of a base (119.09%, 是去年的2.4倍) also read as
    how far it is above or below the base (19.09%, 140%), when the English
    says that way."""
    said = {m[1] + m[2] for m in _SHARE_OF_A_LEVEL.finditer(zh_text)}
    if not said:
        return zh
    ways = {(m[1] is not None) for m in _EN_OFF_A_LEVEL.finditer(en_lowered)}
    out = []
    for n in zh:
        if n.text in said and (n.kind == "percent" or n.text.endswith("倍")):
            share = n.value if n.kind == "percent" else n.value * 100  # 2.4倍: a factor
            if share != 100 and (share > 100) in ways:
                n = n._replace(also=(*n.also, (round(abs(share - 100), 6), "percent")))
        out.append(n)
    return out


#: A fall named as such, which a negative Chinese rate may be given as.
_EN_DECLINE = re.compile(r"\b(?:declin|decreas|fall|fell|drop|shr[iau]nk|contract)")


#: A window of hours from one date to another (7月31日8时至8月1日8时).
_HOUR_WINDOW = re.compile(
    r"(?<!\d)(?:(\d{1,2})月)?(\d{1,2})日(\d{1,2})[时点]至(?:(\d{1,2})月)?(\d{1,2})日(\d{1,2})[时点]"
)
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _hour_windows(normal: str) -> list[tuple[float, tuple[int, int]]]:
    """The windows of a Chinese text from one dated hour to another, as their
    length in hours (at most a week) and their start's month and day."""
    out = []
    for m in _HOUR_WINDOW.finditer(normal):
        first_month = int(m[1]) if m[1] else None
        last_month = int(m[4]) if m[4] else first_month
        day, hour, last_day, last_hour = int(m[2]), int(m[3]), int(m[5]), int(m[6])
        if first_month is None or last_month is None or not 1 <= first_month <= 12:
            continue
        days = last_day - day
        if last_month != first_month:
            # the next month: the days left in this one, then the next one's
            days += _MONTH_DAYS[first_month - 1] if last_month % 12 == first_month % 12 + 1 else 99
        hours = days * 24 + last_hour - hour
        if 0 < hours <= 168:
            out.append((float(hours), (first_month, day)))
    return out


#: The hours of one day from a time to a time (早7时30分至下午4时, 9点至17点).
_CLOCK_SPAN = re.compile(
    r"(?<![\d日])(\d{1,2})[时点](?:(\d{1,2})分|(半))?[至到—~～－-]"
    r"(中午|下午|午后|晚上|晚|傍晚|夜间)?(\d{1,2})[时点](?:(\d{1,2})分|(半))?"
)


def _clock_spans(zh_text: str) -> set[float]:
    """How many hours each span of a day's clock lasts (7时30分至下午4时: 8.5)."""
    out = set()
    for m in _CLOCK_SPAN.finditer(zh_text):
        start = int(m[1]) + (int(m[2]) / 60 if m[2] else 0.5 if m[3] else 0.0)
        end = int(m[5]) + (int(m[6]) / 60 if m[6] else 0.5 if m[7] else 0.0)
        if m[4] and end < 12:
            end += 12  # 下午4时 is 16:00
        if 0 < end - start <= 24 and end <= 24:
            out.add(round(end - start, 6))
    return out


#: "twice" as a multiple, not a count of times ("twice as many", "twice the level").
_TWICE_AS = re.compile(r"\btwice (?:as|the|that|its|their|his|her|what)\b")


def _twice_for_a_factor(zh: list[Number], en: list[Number], en_lowered: str) -> Iterator[str]:
    """ "twice as many" where the Chinese gives another multiple (是去年的1.5倍).
    An English "twice" need not be said in Chinese (增长一倍 says it as 100%),
    so it is read only against a multiple the Chinese does give."""
    factors = {v for n in zh for v, kind in n.readings() if kind == "factor"}
    if not factors or not _TWICE_AS.search(en_lowered):
        return
    # (多1倍, 贵了一倍, 增加近一倍: more by one time is twice)
    if 2.0 in factors or 1.0 in factors:
        return
    for e in en:
        if e.text.lower() != "twice":
            continue
        # "nearly twice" for 1.9倍, "more than twice" for 2.3倍: as the hedge reaches
        if not any(_rounded_with_hedge(z, e, en_lowered) for z in zh):
            listed = ", ".join(f"{f:g}" for f in sorted(factors))
            yield f"'twice' in the English is not the multiple the Chinese gives ({listed} times)"
        return


def _month_before(zh_text: str) -> bool:
    """Whether a Chinese text compares with the month before (上月, 按月, 环比)."""
    return "上月" in zh_text or "按月" in zh_text or "环比" in zh_text


def _numbers(
    unit: Unit, zh_d: list[DateSpan], zh_months: list[tuple[int, int]], zh_text: str
) -> Iterator[str]:
    en_d, en_text, en_lowered = en_prepare(unit.target)
    zh = zh_numbers_in(zh_text)
    if "(" in en_lowered:
        # 唐代 "the Tang Dynasty (618-907)": years the wires add, not the text's numbers
        spans, notes = period_years(zh_text, en_lowered, zh)
        yield from notes
        if spans:
            en_text, en_lowered = blank(en_text, spans), blank(en_lowered, spans)
    en = en_numbers_in(en_text, en_lowered)
    # "196,000 hectares (757 square miles)": the English's own arithmetic
    notes, en = english_conversions(en_text, en_lowered, en)
    yield from notes
    if "from " in en_lowered and any(n.kind == "factor" for n in en):
        yield from factor_against_ends(en, en_lowered)
    if (
        "上季" in zh_text or "上一季" in zh_text or "按季" in zh_text or "季增" in zh_text
        or "季减" in zh_text
    ) and "quarter" in en_lowered:  # fmt: skip
        # 第4季…较上季 "than the third quarter": the quarter before, which the
        # English may name, or name once its quarters are said ("in the third
        # quarter from 1.8 percent in the second")
        zh = zh + [
            Number(before, "quarter", "", "上季", False, ((before, "ordinal"),))
            for n in zh
            if n.kind == "quarter"
            for before in (n.value - 1 if n.value > 1 else 4.0,)
        ]
    if (
        "的" in zh_text
        and ("%" in zh_text or "倍" in zh_text)
        and _EN_OFF_A_LEVEL.search(en_lowered)
    ):
        # 恢复至2019年同期的119.09% "19.09 percent above the 2019 level": a share
        # of a base, given as how far it is above or below it
        zh = _off_a_level(zh, zh_text, en_lowered)
    if any(n.kind == "permille" and n.value < 0 for n in zh) and _EN_DECLINE.search(en_lowered):
        # 人口自然增长率为-4.47‰ "a natural decline of 108,000, or 4.47 per
        # thousand": a negative rate the English calls a fall (not "a growth
        # rate of 3.3 per thousand" for -3.3‰)
        zh = [
            n._replace(also=(*n.also, (-n.value, "permille")))
            if n.kind == "permille" and n.value < 0
            else n
            for n in zh
        ]
    if any(n.kind == "day" for n in zh) and any(n.kind == "weekday" for n in en):
        # 3日 … "on Tuesday" (the wires' way): a day of the month the English
        # gives as its weekday, which the check cannot verify
        zh = [n._replace(strict=False) if n.kind == "day" else n for n in zh]
    en_months = {d[1] for d, _ in en_d}
    if en_months and any(n.kind in ("quarter", "half") for n in zh):
        en = en + _periods_of_months(en_months)
    normal = ""  # the text the dates' spans are of, made when first needed
    if zh_d and "incident" in en_lowered:
        # 二二八事件 "the 228 Incident": a day's name, said in its digits
        normal = normal or zh_normal(unit.source)
        for _, (start, end) in zh_d:
            name = normal[start:end]
            if len(name) > 2 and all(c in _NUMERAL_DIGITS for c in name):
                spelled = "".join(str(_NUMERAL_DIGITS.index(c)) for c in name)
                zh = [*zh, Number(float(spelled), "count", "", name, False)]
    if ("前天" in zh_text or "后天" in zh_text) and "two days" in en_lowered:
        # 前天 "two days ago", 后天 "in two days": said or not
        zh = [*zh, Number(2.0, "count", "", "前天", False)]
    if "24时" in zh_text or "24点" in zh_text:
        # 0—24时, 24时 after a date: the whole day, or its end, said or not
        # ("on December 1", "as of midnight", "at the end of December 1")
        whole_day = _WHOLE_DAY.search(zh_text) is not None
        zh = [
            n._replace(strict=False)
            if whole_day and n.kind == "count" and n.value in (0.0, 24.0)
            else n
            for n in zh
        ]
    if "week" in en_lowered and ("天" in zh_text or "日" in zh_text):
        # 连续14天 "for two weeks", 7天 "a week": days counted in weeks
        zh = [
            n._replace(also=(*n.also, (n.value / 7, "count")))
            if n.kind == "count"
            and n.value
            and n.value % 7 == 0
            and n.value <= 70
            and re.search(rf"(?<![\d.]){re.escape(n.text)}(?:个)?[天日]", zh_text)
            else n
            for n in zh
        ]
    if "位数" in zh_text:
        # 2位数 "double digits", 三位数增长 "triple-digit growth": a count of digits
        zh = [
            n._replace(strict=False, also=(*n.also, (n.value, "factor")))
            if n.kind == "count" and n.value < 10 and n.text and n.text + "位数" in zh_text
            else n
            for n in zh
        ]
    if " past " in en_lowered and _CLOCK_PAST.search(en_lowered):
        # 5时30分 "half past five", 8时15分 "a quarter past eight": the minutes
        for m in _CLOCK_PAST.finditer(en_lowered):
            en.append(Number(30.0 if m[1] == "half" else 15.0, "count", "", m[0], False))
    if any(n.key() == (100.0, "percent") for n in zh) and _ALL.search(en_lowered):
        # 达标率100%: "all … met the standard"
        en.append(Number(100.0, "percent", "", "all", False))
    windows: set[tuple[int, int]] = set()
    if "hour" in en_lowered:
        # how long a span of the Chinese's hours lasts, which the English may give
        counts = {round(n.value, 6) for n in en if n.kind == "count"}
        if zh_d and "至" in zh_text:
            # 7月31日8时至8月1日8时 "in the 24 hours to 8 am on August 1": the
            # window's length, and its start left for the length to say
            normal = normal or zh_normal(unit.source)
            for hours, begin in _hour_windows(normal):
                if hours in counts:
                    zh = [*zh, Number(hours, "count", "", f"{hours:g}小时", False)]
                    windows.add(begin)
        if "时" in zh_text or "点" in zh_text:
            # 早7时30分至下午4时 "eight and a half hours": a span of the day's clock
            zh = zh + [
                Number(hours, "count", "", f"{hours:g}小时", False)
                for hours in _clock_spans(zh_text) & counts
            ]
    zh_keys = _date_keys(zh_d) if zh_d else _NO_KEYS
    if zh_months:
        zh_keys = set(zh_keys)
        # "the three months ending October": read on the text with its dates
        spans = en_months_ending(unit.target.lower()) if "month" in en_lowered else []
        for first, last in zh_months:
            # 1-9月 is January to September, or "the first nine months"
            count = float(last - first + 1)
            zh_keys.add((count, "count"))
            periods = {(count, "count")}
            if first % 3 == 1 and last == first + 2:
                periods.add((float(last // 3), "quarter"))  # 1-3月份: "the first quarter"
            elif (first, last) in ((1, 6), (7, 12)):
                periods.add((float(last // 6), "half"))  # 7-12月: "the second half"
            elif first == 1 and last % 3 == 0:
                periods.add((float(last // 3), "count"))  # 1-9月: "the first three quarters"
            zh_keys |= periods
            other = [(f, t) for f, t in spans if t - f == last - first and (f, t) != (first, last)]
            if other:
                # "the three months ending September" for 8-10月: the count is
                # right, the months are not
                said_first, said_last = other[0]
                yield (f"the months {first}-{last} are not in the English "
                       f"({said_first}-{said_last})")  # fmt: skip
                continue
            if {first, last} <= en_months or (
                first == 1 and last in months_to_end(unit.target.lower())
            ):
                # (1至10月累计 "by the end of October": a running total from January)
                continue
            if not any(n.key() in periods for n in en) or (
                en_months & {first, last} and any(not first <= m <= last for m in en_months)
            ):
                # (1月至3月 "January to April" is wrong even beside "three sites")
                yield f"the months {first}-{last} are not in the English"
    if zh_d and en_d and ("同月" in zh_text or _month_before(zh_text)):
        zh_month_set = {d[1] for d, _ in zh_d}
        if "同月" in zh_text:
            # 较2024年同月: the month the Chinese names, in the year it compares with
            years = {n.value for n in zh if n.kind == "year"}
            for (year, month, day), _ in en_d:
                if year in years and day is None and month not in zh_month_set:
                    yield f"the month {month} of {year} in the English is not the same month"
        if not zh_months and _month_before(zh_text):
            # 12月…较上月 "than in November", 10月…按月下挫 "fell from September":
            # an English month is the Chinese one or the month before it, not another
            allowed = zh_month_set | {12 if m == 1 else m - 1 for m in zh_month_set}
            for (_, month, day), _ in en_d:
                if day is None and month not in allowed:
                    yield (f"the month {month} in the English is neither the Chinese month "
                           "nor the month before")  # fmt: skip
                    break
    if zh_d:
        en_dates = [d for d, _ in en_d]
        for date, (start, end) in zh_d:
            if windows and date[1:] in windows:
                continue
            same = [other for other in en_dates if _same_date(date, other)]
            if same and not (
                date[2] is not None
                and all(other[2] is None for other in same)
                and any(
                    other[1] == date[1]
                    and other[2] is not None
                    and not any(zd[2] == other[2] and zd[1] == other[1] for zd, _ in zh_d)
                    for other in en_dates
                )
            ):
                # (9月26日 is not met by "late September" beside a September 16
                # that no Chinese date is)
                continue
            normal = normal or zh_normal(unit.source)
            if day_name(normal[start:end]) and not any(
                other[1] == date[1] and not any(_same_date(zd, other) for zd, _ in zh_d)
                for other in en_dates
            ):
                # “3·15”, 五一: a day's name, "Consumer Rights Day", "May Day"
                # (unless the English gives another day of its month that no
                # Chinese date is: 3月13日…“3·15” "on March 13" is the 13th's)
                continue
            day = date[2]
            if (
                day is not None
                and any(n.kind == "ordinal" and n.value == day for n in en)
                and not any(other[1] == date[1] and other[2] is not None for other in en_dates)
            ):
                # 4月8日 … "on the 8th": the month is said elsewhere (not when the
                # English dates that month another day: "third reading on November 4")
                continue
            if any(n.kind == "weekday" for n in en) and not any(
                other[1] == date[1] for other in en_dates
            ):
                continue  # 4月8日 … "on Monday": a date the check cannot verify
            yield f"the date {_show_date(date)} is not in the English"
    if en_d and not zh_d:
        days = {n.value for n in zh if n.kind == "day"}
        for date, _ in en_d:
            if days and date[2] is not None and date[2] not in days:
                # 今（3）日 … "today (Dec. 4)": the day the Chinese gives is not this one
                yield f"the date {_show_date(date)} in the English is not in the Chinese"
                break
    yield from day_halves(zh_text, en_lowered)
    yield from discounts(zh, en_lowered)
    if "半" in zh_text and "half as" in en_lowered:
        yield from _half_left(zh, en, zh_text, en_lowered)
    # (with the English's months, which its dates have blanked: "Jan-Sept")
    yield from first_quarters(zh_text, fold_width(unit.target).lower())
    if (
        "比" in unit.source or ":" in unit.source or "：" in unit.source or "平" in unit.source
    ) and ("-" in unit.target or "\u2013" in unit.target or ":" in unit.target):
        normal = normal or zh_normal(unit.source)
        yield from scores(normal, fold_width(unit.target))
    if "遥" in zh_text and "Y" in unit.target:
        yield from serials(zh_text, unit.target)
    if "期" in unit.source and "phase" in en_lowered:
        yield from phases(zh_text, en_lowered)
    if "旬" in unit.source:  # 3月下旬 "late March": months are blanked with the dates
        normal = normal or zh_normal(unit.source)
        yield from ten_day_parts(normal, fold_width(unit.target).lower())
    zh_seasons, en_seasons = seasons(zh_text, en_lowered)
    if zh_seasons and en_seasons and not zh_seasons & en_seasons:
        listed = ", ".join(sorted(en_seasons))
        yield f"the {', '.join(sorted(zh_seasons))} of the Chinese is not in the English ({listed})"
    # "tripled" for 增长一倍: a factor said in a word must be one the Chinese gives
    zh_factors = {k[0] for n in zh for k in ((n.value, n.kind), *n.also) if k[1] == "factor"}
    if zh_factors:
        for n in en:
            if (
                n.kind == "factor"
                and not n.strict
                and not any(_factor_holds(f, n.value, n.approx) for f in zh_factors)
            ):
                yield f"{n.text!r} in the English is not a factor the Chinese gives"
                break
    if "前年" in zh_text and last_year_for_the_one_before(zh_text, en_lowered):
        yield "'last year' in the English is the year before last (前年) in the Chinese"
    # "by the end of next year" for 年底前 (this year's end): a year the Chinese never names
    if "year" in en_lowered and not any(n.kind == "year" for n in zh + en):
        if next_year_unsaid(zh_text, en_lowered):
            yield "'next year' in the English names a year the Chinese does not"
        if this_year_for_next(zh_text, en_lowered):
            yield "'this year' in the English is next year (明年) in the Chinese"
        if "年" in zh_text and this_year_for_last(zh_text, en_lowered):
            yield "'this year' in the English is the year before (去年, 上年) in the Chinese"
    for e, said, meant in rate_periods(zh_text, zh, en_lowered, en):
        yield f"{e.text!r} in the English is a {said}'s, the Chinese gives it a {meant}'s"
        break
    for period, now in relative_periods(zh_text, en_lowered):
        this, last = _RELATIVE_WORDS[period]
        said, meant = (this, last) if now else (last, this)
        yield f"'{said[0]}' in the English is {meant[0]} ({meant[1]}) in the Chinese"
    if "“" in zh_text:
        said_values = {k[0] for n in en for k in n.readings() if k[1] in ("count", "ordinal")}
        for slogan, values in slogan_numbers(zh_text):
            if said_values & set(values) and not set(values) <= said_values:
                missing = ", ".join(f"{v:g}" for v in sorted(set(values) - said_values))
                yield f"the English counts part of “{slogan}” but not {missing}"
    yield from conversion_rates(en_lowered)
    if tracks_differ(zh_text, en_lowered):
        yield "single and double track (单线, 双线) differ between the Chinese and the English"
    for e, unit_zh, worth, sources in unconverted(zh_text, zh, en_lowered, en):
        if not any(_converts(z, e) or _rounded_with_hedge(z, e, en_lowered, True) for z in sources):
            given = ", ".join(f"{z.text}{unit_zh}" for z in sources)
            yield f"{e.text!r} in the English is not {given} converted ({worth})"
            break
    for e, unit_zh, sizes in same_unit(zh_text, zh, en_lowered, en):
        if not any(z.value == e.value or _rounded(z, e) for z in sizes) and not average_after(
            e, en_lowered
        ):
            # (not a share of it: "2,400 kWh each", which the worked-out figures answer for)
            yield f"{e.text!r} in the English is in {unit_zh}, but not a size the Chinese gives"
            break
    for e, cap in bounds_reversed(zh_text, zh, en_lowered, en):
        said, meant = (
            ("a floor", "a ceiling (最高, 最多)") if cap else ("a ceiling", "a floor (最低, 最少)")
        )
        yield f"{e.text!r} in the English is {said}, the Chinese gives {meant}"
        break
    for e, said, given in other_units(zh_text, zh, en_lowered, en):
        yield f"{e.text!r} in the English is in {said}, the Chinese in {given}"
        break
    if a_few(zh_text) and not any(z.approx == "either" and z.value >= 10 for z in zh):
        for n in en:
            # "dozens of", "hundreds of": a rough size of ten or more is not "a few"
            if n.approx == "either" and not n.strict and n.value >= 10 and n.text.endswith(" of"):
                yield f"{n.text!r} in the English is more than the few (几) of the Chinese"
                break
    if several_times(zh_text):
        for n in en:
            if n.value == 2 and (n.kind == "factor" or (2.0, "factor") in n.also):
                yield f"{n.text!r} in the English is two times, the Chinese several (数倍)"
                break
    if "twice" in en_lowered:
        yield from _twice_for_a_factor(zh, en, en_lowered)
    for z, up, e in directions(zh_text, zh, en_lowered, en):
        ways = ("up", "down") if up else ("down", "up")
        yield f"{z.text} goes {ways[0]} in the Chinese and {e.text!r} {ways[1]} in the English"
        break
    zh_bases, en_bases = rate_bases(zh_text, en_lowered)
    if zh_bases and en_bases and not zh_bases <= en_bases and not rebased(zh, en, en_lowered):
        # 每千人口…每万人口 "per 1,000 … per 1,000": each base the Chinese gives
        # is one the English gives, once the English gives any
        listed = ", ".join(f"{b:,.0f}" for b in sorted(zh_bases - en_bases))
        yield f"the rate per {listed} in the Chinese is not a base the English gives"
    for zh_listed, en_listed in respective_order(zh_text, en_lowered):
        yield (f"分别 lists {', '.join(zh_listed)} in this order, the English "
               f"{', '.join(en_listed)} (respectively)")  # fmt: skip
        break
    zh_classes, en_classes = letter_classes(zh_text, en_text, en_lowered)
    if zh_classes and not en_classes <= zh_classes:
        # 甲乙类 "Class B and C": a class the Chinese does not name
        listed = ", ".join("ABCD"[c - 1] for c in sorted(en_classes - zh_classes))
        yield f"class {listed} in the English is not a class the Chinese names"
    zh_parts, en_parts = decade_parts(zh_text, en_lowered)
    if zh_parts and en_parts and not zh_parts & en_parts:
        yield (f"the {', '.join(sorted(zh_parts))} part of the decade in the Chinese is not in "
               f"the English ({', '.join(sorted(en_parts))})")  # fmt: skip
    zh_codes = codes(unit.source)
    if zh_codes:
        known = {n.value for n in en} | {k[0] for n in en for k in n.also}
        yield from code_messages(zh_codes, unit.target, known)
        # T2 "Terminal 2", Q1 "the first quarter": a code's numbers said alone
        zh_keys = set(zh_keys) | code_keys(zh_codes)
    if not zh and not en:
        return
    # A relative year stands for a year the other side gives as a number, when
    # the other side does not say it the same way: 去年 … "last year" leaves
    # "since 2011" to match 2011年以来.
    zh_relative, en_relative = relative_year(zh_text), en_relative_year(en_lowered)
    yield from number_messages(
        zh,
        en,
        zh_keys,
        _date_keys(en_d) if en_d else _NO_KEYS,
        zh_relative > en_relative,
        en_relative > zh_relative,
        zh_text,
        en_lowered,
    )


def _other_count(
    zh: list[Number], missing: list[Number], extra: list[Number], zh_text: str, en_lowered: str
) -> tuple[list[Number], list[Number]]:
    """``missing`` and ``extra`` less the pairs where the English gives the
    other count of a difference: 51个篮板，比对手多9个 "51 to 42" (51 − 9).
    An English number said as a difference itself ("two more than last
    year") is no other count."""
    differences = set(_DIFFERENCE.findall(zh_text))
    for d in list(missing):
        if d.kind != "count" or d.text not in differences:
            continue
        others = [z.value for z in zh if z is not d and z.kind == "count"]
        for e in extra:
            if e.text and re.search(
                rf"(?<![\w$]){re.escape(e.text.lower())} (?:more|fewer|less|higher|lower)\b",
                en_lowered,
            ):
                continue
            if e.kind == "count" and any(
                abs(abs(v - d.value) - e.value) < 1e-9 or abs(v + d.value - e.value) < 1e-9
                for v in others
            ):
                missing.remove(d)
                extra.remove(e)
                break
    return missing, extra


_EN_MULTIPLIED = re.compile(r"\b(doubl|tripl|quadrupl)(?:ed|es|ing|e)\b")
_FACTORS = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0}
_FROM_A_NUMBER = re.compile(
    r"\bfrom (?:about |some |nearly |over |just )?(?:\$|rmb|hk\$|nt\$)?(?:\d|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|a (?:hundred|thousand))"
)


def _start_as_factor(d: Number, zh: list[Number], zh_text: str, en_lowered: str) -> bool:
    """Whether ``d`` is where a change started that the English gives as a
    factor of where it ended (由613人增至1,226人 "doubling … to 1,226")."""
    if d.kind != "count" or not d.text or not d.value or not started_at(d, zh_text):
        return False
    if _FROM_A_NUMBER.search(en_lowered):
        return False  # "doubled from five to eight": the English gives a start of its own
    factors = {_FACTORS[m[1]] for m in _EN_MULTIPLIED.finditer(en_lowered)}
    return any(
        z.kind == d.kind
        and z.text
        and any(abs(z.value - f * d.value) <= 0.01 * z.value for f in factors)
        and ended_at(d, z, zh_text)
        for z in zh
    )


def _years_counted(
    missing: list[Number], extra: list[Number], zh_all: list[Number], en_lowered: str
) -> tuple[list[Number], list[Number]]:
    """``missing`` and ``extra`` less a span of years the English counts:
    2019年至2023年 "in the five years to 2023" (or "the four years since 2019")."""
    said = _YEARS_TO.search(en_lowered)
    if said is None:
        return missing, extra
    # (the years to 2023 count 2023 itself; the years since 2019 do not count 2019)
    extra_year = 0 if said[1] == "since" else 1
    years = [z.value for z in zh_all if z.kind == "year"]
    for year in [d for d in missing if d.kind == "year"]:
        # (the English names the other end: "the five years to 2023" for 2019年至2023年)
        spans = {abs(year.value - other) + extra_year for other in years if other != year.value}
        count = next((e for e in extra if e.kind == "count" and e.value in spans), None)
        if count is not None:
            missing.remove(year)
            extra.remove(count)
    return missing, extra


#: A count of years up to or since a year ("the five years to 2023", "four years since 2019").
_YEARS_TO = re.compile(
    r"\byears (to|through|up to|until|since|from) (?:the end of )?(?:19|20)\d\d\b"
)


def _restated(
    n: Number, zh: list[Number], en_by_key: dict[Key, list[Number]], zh_text: str
) -> bool:
    """Whether ``n`` is said again in other terms beside a number the English
    gives: 每年1,200元，即每月100元 "100 yuan a month" (即, 相当于: "that is")."""
    if n.kind not in ("count", "percent") or n.text.endswith("年") or n.text not in zh_text:
        return False  # (4年前，即110年1月: a year is no restatement's figure)
    for m in _RESTATED.finditer(zh_text):
        before, after = zh_text[max(0, m.start() - 16) : m.start()], zh_text[m.end() : m.end() + 12]
        for other in zh:
            if (
                other is n
                or other.kind not in ("count", "percent")
                or not other.text
                or not any(k in en_by_key for k in other.readings())
            ):
                continue
            if (n.text in before and other.text in after) or (
                other.text in before and n.text in after
            ):
                return True
    return False


_RESTATED = re.compile(r"[，,（(]?(?:即|相当于|折合|约合)")


def _period_said_once(
    missing: list[Number], extra: list[Number], en_lowered: str
) -> tuple[list[Number], list[Number]]:
    """``missing`` and ``extra`` less a half or quarter the English names once
    for two: "126,000 in the first half and 158,000 in the second" (下半年),
    "in the second half, a third more than in the first" (上半年: its "first"
    is no number of its own)."""
    for d in list(missing):
        if d.kind not in ("half", "quarter") or not 1 <= d.value <= 4:
            continue
        word = ("first|1st", "second|2nd", "third|3rd", "fourth|4th")[int(d.value) - 1]
        if re.search(rf"\b\w+ {d.kind}\b.*\bthe (?:{word})\b(?! {d.kind})", en_lowered):
            missing.remove(d)
            said = next((e for e in extra if e.kind == "ordinal" and e.value == d.value), None)
            if said is not None:
                extra.remove(said)
    return missing, extra


_NO_KEYS: frozenset[Key] = frozenset()
#: One hedge, then a list of numbers: "no more than eight hours a day and 44 a week".
_HEDGED_LIST = re.compile(
    r"\b(?:no more than|no less than|not (?:to )?exceed|at least|at most|up to|more than"
    r"|over|under|less than|nearly|almost|about|around|some|roughly|approximately)"
    r" [\w.,$%-]+(?: [\w%-]+){0,4},? (?:and|or) "
    r"(?:[\d$]|one|two|three|four|five|six|seven|eight|nine|ten)"
)
#: A count given as a difference from another: 比对手多9个, 比上年减少3家.
_DIFFERENCE = re.compile(
    "比[^，。；,;]{0,10}?(?:多|少|增加|减少|增多)了?([\\d.]+[万亿]*|[一二两三四五六七八九十百千万亿]+)"
)
#: A factor the English hedges ("more than doubled") and the Chinese factors it holds.
#: Within one: "more than doubled" is 2.5 times, not 6.
_BOUNDS = {
    "more": lambda factor, v: v < factor < v + 1,
    "less": lambda factor, v: v - 1 < factor < v,
}


def _factor_holds(factor: float, value: float, approx: str) -> bool:
    """Whether a Chinese factor is what an English factor of ``value`` with
    the qualifier ``approx`` says: the same, or within the hedge's bound (the
    one rule both factor comparisons use)."""
    if factor == value or approx in ("about", "either"):
        return True
    bound = _BOUNDS.get(approx)
    return bound is not None and bound(factor, value)


#: The bases of rates "per 10,000" and up, and the kinds that carry them;
#: per 1,000 is read as per mille.
_BASES = frozenset((1e4, 1e5, 1e6))
_PER_BASES = {f"per{b:.0f}": b for b in _BASES} | {"permille": 1e3}
#: Words that say 100%: 全部, 达标率100% "all … met the standard", "fully".
_ALL = re.compile(r"\b(?:all|every|fully|full|entire|entirely|whole|complete|completely)\b")


def _date_keys(dates: list[DateSpan]) -> set[Key]:
    """What the dates of one side stand for as numbers: their years and days."""
    keys: set[Key] = set()
    for (year, _, day), _ in dates:
        if year is not None:
            keys.add((float(year), "count"))
        if day is not None:
            keys.update(((float(day), "day"), (float(day), "ordinal"), (float(day), "count")))
    return keys


#: Kinds whose 1 is no signal: 一 is mostly an article, "first" an adverb.
_ONE_IS_NOISE = frozenset(("count", "ordinal", "year", "day"))
_SAID = {"more": "more than", "less": "nearly", "about": "about", "": "exactly"}


def _hedges_agree(zh: str, en: str) -> bool:
    """Whether two qualifiers may say the same: equal ones, "either" (a word
    read both ways, 最高 "up to" or "highs of") with anything, and "about"
    with any other hedge. A Chinese "about" needs one in the English (约3万
    is not "30,000": an estimate given as a count), but English news hedges
    round figures of its own accord ("some 8 million mu" for 800万亩)."""
    if zh == en or "either" in (zh, en) or en == "about":
        return True
    return zh == "about" and en != ""


def _noise(n: Number) -> bool:
    """A one that says nothing (一批, "first of all"), unless it has another
    reading that is not one (增长1倍: up 100%)."""
    return (
        n.value == 1
        and n.kind in _ONE_IS_NOISE
        and all(k[0] == 1 for k in n.also)
        and not n.text.isdigit()  # a 1 written as a digit says something: (10+1)
        and not n.text.endswith("、")  # so does a heading's 一、
        and not n.text.endswith("instance")  # and "first instance" (一审)
        and not n.text.endswith("号")  # and a name's 一号 (天问一号 "Tianwen-1", 一号线 "Line 1")
        and not n.text.endswith(("点", "时"))  # and a clock's 一点 (凌晨一点 "1 a.m.")
        and "…第二" not in n.text  # and 第一步 before 第二步 (zh_numbers_in marks it so)
        # and a bound that may go unsaid: 一个多小时 "more than an hour"
        and (n.strict or n.approx not in ("more", "less"))
    )


def _order(value: float) -> int:
    """The order of magnitude of a size: 2 for 100 to 999."""
    return len(str(int(abs(value)))) - 1


def _loose(n: Number) -> bool:
    """A size given only roughly (几十, 上百, "hundreds of"), a factor said as
    a word (倍增, "double"), or a share in brackets that may go unsaid
    (（占总数51.9%）, "(59.1 percent of the total)"): either may go unsaid."""
    return not n.strict and (
        n.kind in ("factor", "percent") or (n.approx == "either" and n.kind == "count")
    )


def number_messages(
    zh_all: list[Number],
    en_all: list[Number],
    zh_dates: Set[Key] = _NO_KEYS,
    en_dates: Set[Key] = _NO_KEYS,
    zh_relative_year: bool = False,
    en_relative_year: bool = False,
    zh_text: str = "",
    en_lowered: str = "",
) -> Iterator[str]:
    """What the numbers check says about the numbers of the two sides.

    ``zh_dates``/``en_dates``: what each side's dates stand for (years,
    days). A relative year on one side (今年, "last year") stands for any
    year on the other. ``zh_text``: the Chinese, folded, whose counts given
    as a difference (the 9 of 比对手多9个) the English may give as the other count.
    ``en_lowered``: the English, lower-cased, whose hedge may be said once
    for a list ("no more than eight hours a day and 44 a week").
    """
    if len(zh_all) == len(en_all) and sorted((n.key(), n.approx) for n in zh_all) == sorted(
        (n.key(), n.approx) for n in en_all
    ):
        # The usual case, settled at once: each number has its twin on the
        # other side, same value, kind and qualifier, so none of the rules
        # below can fire (each asks for a number with no such twin).
        return
    # A one that says nothing need not be found, but anything may match it.
    zh = [n for n in zh_all if not _noise(n)]
    en = [n for n in en_all if not _noise(n)]
    if not zh and not en:
        return
    en_by_key: dict[Key, list[Number]] = {}
    for n in en_all:
        for k in n.readings():
            en_by_key.setdefault(k, []).append(n)
    zh_keys = set(zh_dates)
    for n in zh_all:
        zh_keys.update(n.readings())
    if any(n.kind == "points" for n in zh) and any(n.kind == "percent" for n in en):
        _earlier_rates(zh_all, en_all, zh_keys, en_by_key, zh_text)
    zh_ks = [n.readings() for n in zh]
    en_ks = [n.readings() for n in en]
    # "more than doubled" for 增长1.5倍 (2.5 times): a hedged factor bounds one
    bounds = [(o.value, o.approx) for o in en_all if o.kind == "factor" and o.approx in _BOUNDS]
    missing = [
        n
        for n, ks in zip(zh, zh_ks, strict=True)
        if n.strict
        and not (en_relative_year and n.kind == "year")
        and not any(k in en_by_key or k in en_dates for k in ks)
        and not any(
            _rounded(n, o) or _rounded_with_hedge(n, o, en_lowered) or _converted(n, o)
            for o in en_all
        )
        and not (
            not n.approx
            and any(k[1] == "factor" and _factor_holds(k[0], v, a) for k in ks for v, a in bounds)
        )
    ]
    extra = [
        n
        for n, ks in zip(en, en_ks, strict=True)
        if n.strict
        and not (zh_relative_year and n.kind == "year")
        and not any(k in zh_keys for k in ks)
        and not any(
            _rounded(z, n) or _rounded_with_hedge(z, n, en_lowered) or _converted(z, n)
            for z in zh_all
        )
        and not (
            # 3.1倍 "more than three times": the factor within the English's bound
            n.kind == "factor"
            and n.approx in _BOUNDS
            and any(k[1] == "factor" and _factor_holds(k[0], n.value, n.approx) for k in zh_keys)
        )
        and not (
            # "more than one in five residents, 21.5 percent": a share in words,
            # hedged, that a Chinese share lies within
            n.kind == "percent"
            and n.approx
            and not n.text[:1].isdigit()
            and any(
                z.kind == "percent" and _share_within(z.value, n.value, n.approx) for z in zh_all
            )
        )
    ]
    if missing and extra and " years " in en_lowered:
        missing, extra = _years_counted(missing, extra, zh_all, en_lowered)
    if missing and any(o.kind == "percent" and not o.text[:1].isdigit() for o in en_all):
        missing, extra = _shares_in_words(missing, extra, en_all)
    if missing and extra and ("小时" in zh_text or "hour" in en_lowered):
        missing, extra = _hours_as_minutes(missing, extra, zh_text, en_lowered)
    if missing and extra and "percentage point" in en_lowered:
        # "from plus 5 percentage points to minus 3": the unit said once
        for d in [n for n in missing if n.kind == "points"]:
            e = next((e for e in extra if e.kind == "count" and e.value == d.value), None)
            if e is not None:
                missing.remove(d)
                extra.remove(e)
    if missing and "mid-" in en_lowered and _BY_MID_YEAR.search(en_lowered):
        # 2026年上半年完工 "finished by mid-2026": the first half's end
        missing = [n for n in missing if (n.kind, n.value) != ("half", 1.0)]
    if missing and not extra and ("即" in zh_text or "相当于" in zh_text):
        # (not beside an English number of its own: the restated one may be wrong)
        missing = [n for n in missing if not _restated(n, zh, en_by_key, zh_text)]
    if missing and ("most" in en_lowered or "majority" in en_lowered or "all" in en_lowered):
        # 超过六成的村庄 "most villages": a share past half, said as most
        missing = [n for n in missing if not _most(n, en_lowered)]
    if missing and extra and "比" in zh_text:
        # read only here: most units with 比 (同比) have every number matched
        missing, extra = _other_count(zh, missing, extra, zh_text, en_lowered)
    if missing and ("由" in zh_text or "从" in zh_text) and _EN_MULTIPLIED.search(en_lowered):
        # 由613人增至1,226人 "doubling its capacity to 1,226": the start, as a factor
        # (not beside an English number of its own: "doubled from five to eight")
        missing = [
            d
            for d in missing
            if any(e.kind == d.kind for e in extra)
            or not _start_as_factor(d, zh, zh_text, en_lowered)
        ]
    if missing and extra and ("由" in zh_text or "从" in zh_text or "from " in en_lowered):
        # a change said where the other side says where it started
        missing, extra = start_or_change(zh, missing, extra, zh_text, en_lowered)
    if missing and ("half" in en_lowered or "quarter" in en_lowered):
        missing, extra = _period_said_once(missing, extra, en_lowered)
    if missing or extra:
        missing, extra = worked_out(
            zh, zh_all, missing, extra, en_all, en_by_key, zh_text, en_lowered
        )
    for n in missing:
        yield f"{n.text} ({_show(n)}) has no counterpart in the English"
    for n in extra:
        yield f"{n.text!r} in the English ({_show(n)}) is not in the Chinese"
    if not missing and not extra:
        yield from _said_twice(zh, en_by_key, en_lowered)
        yield from _said_once(zh, en_all, zh_keys)
        yield from _first_turned(zh_all, en_all)
    # A rough size or a factor may go unsaid, but when both sides give one,
    # they agree: 几十家 is "dozens of", not "hundreds of" companies (a rough
    # size by its order: 五六百 is "several hundred"); 倍增 is "double", not
    # "triple".
    loose = {n.kind: n for n in zh if _loose(n) and not any(k in en_by_key for k in n.readings())}
    if loose:
        orders = {_order(v) for n in zh if _loose(n) for v, kind in n.readings() if kind == "count"}
        for n, ks in zip(en, en_ks, strict=True):
            other = loose.get(n.kind) if _loose(n) else None
            if other is None or any(k in zh_keys for k in ks):
                continue
            if n.kind == "count" and _order(n.value) in orders:
                continue
            yield (f"{n.text!r} in the English ({_show(n)}) is not {other.text} "
                   f"({_show(other)})")  # fmt: skip
            break
    # 11.2/10万 … "11.2 per 10,000": a rate given with its base on both sides
    # is over the same base (either may also stand as the bare figure)
    zh_rates = {n.value: n for n in zh_all if n.kind.startswith("per")}
    if zh_rates:
        for n in en_all:
            other = zh_rates.get(n.value) if n.kind.startswith("per") else None
            if other is not None and other.kind != n.kind:
                yield (f"{n.text!r} in the English ({_show(n)}) is not {other.text} "
                       f"({_show(other)})")  # fmt: skip
                break
    # 每10万人口 … "per 100,000 people": a rate's base, given on both sides, agrees
    # (每千人口 too, but not 上千 "a thousand or more", which is not a base)
    bases = {n.value for n in zh_all if n.kind == "count" and not n.strict and
             (n.value in _BASES or (n.value == 1e3 and not n.approx))}  # fmt: skip
    if bases:
        # a rate per mille the Chinese gives as such (8.5‰) is not a base's
        permille = {n.value for n in zh_all if n.kind == "permille"}
        for n in en:
            if n.kind == "permille" and n.value in permille:
                continue
            if (
                n.kind in _PER_BASES
                and _PER_BASES[n.kind] not in bases
                # (not the Chinese rate over another base: 每千人口3.6人 "or 36 per 10,000")
                and not any(e is n for _, e, _ in rebased(zh_all, en, en_lowered))
            ):
                said = " or ".join(f"{b:,.0f}" for b in sorted(bases))
                yield f"{n.text!r} in the English ({_show(n)}) is not per {said} as in the Chinese"
                break
    # A hedge the Chinese gives each number of a list (不超过八小时…不超过
    # 四十四小时, 约52万人…约23万人) the English may say once ("no more than eight
    # hours a day and 44 a week", "about 520,000 in industry and 230,000 in care
    # work"; 一小时 is not read, so one hedged number may be all there is)
    hedged = {n.approx for n in zh_all if n.approx in ("more", "less", "about")}
    said_once = (
        {o.approx for o in en_all if o.approx in hedged}
        if hedged and _HEDGED_LIST.search(en_lowered)
        else set()
    )
    for n, ks in zip(zh, zh_ks, strict=True):
        # Any English number of the same value may be this one's counterpart
        # (七折 is also 30% off): the qualifier is wrong only when none agrees.
        others = [o for k in ks for o in en_by_key.get(k, ())]
        if not others or any(
            # (缩短了一半以上 "less than half as long": what the fall leaves; the
            # fall's own hedge on it, "more than half as long", is _half_left's)
            _hedges_agree(n.approx, FLIPPED.get(o.approx, o.approx)) or n.approx == o.approx
            if n.approx and what_a_fall_leaves(zh_text, n, en_lowered, o)
            else _hedges_agree(n.approx, o.approx)
            for o in others
        ):
            continue
        if n.approx == "about" and all(
            re.search(rf"(?<![\d.,]){re.escape(o.text.lower())}-[a-z]", en_lowered) for o in others
        ):
            continue  # 全长约300公里 "the 300-km railway": a hedge an adjective leaves out
        if n.approx in said_once and all(not o.approx for o in others):
            continue
        if not n.strict and any(
            _hedges_agree(m.approx, o.approx)
            for m, mks in zip(zh, zh_ks, strict=True)
            if m is not n and set(mks) & set(ks)
            for o in others
        ):
            # 两次间隔不少于2周 "at least two weeks apart": the English two is the
            # hedged 2's, and the soft 两 needs no counterpart of its own
            continue
        other = others[0]
        yield (
            f"{n.text} means {_SAID[n.approx]} {_show(n)}, but the English says "
            f"{_SAID[other.approx]} ({other.text!r})"
        )


def _half_left(zh: list[Number], en: list[Number], zh_text: str, en_lowered: str) -> Iterator[str]:
    """A half the English gives as what a fall leaves with the fall's own
    hedge: 缩短了一半以上 "more than half as long" (it is less than half as
    long). The pair has the same value and hedge, so the numbers' comparison
    takes it for a match; a share other than a half is :func:`worked_out`'s."""
    for z in zh:
        if z.kind != "percent" or z.value != 50 or z.approx not in FLIPPED:
            continue
        for e in en:
            if (
                e.approx == z.approx
                and e.value == 50
                and what_a_fall_leaves(zh_text, z, en_lowered, e)
            ):
                left = "less than" if z.approx == "more" else "more than"
                yield (f"{z.text} is the fall; what it leaves is {left} half, but the "
                       f"English says {_SAID[e.approx]} ({e.text!r})")  # fmt: skip
                return


def _said_twice(
    zh: list[Number], en_by_key: dict[Key, list[Number]], en_lowered: str
) -> Iterator[str]:
    """A count the English gives more often than the Chinese, while a number
    of the Chinese that may go unsaid has no counterpart: one of the copies
    stands where the unsaid one was (近5年…4级以上 "five years … magnitude 5")."""
    unsaid = [
        n
        for n in zh
        # (分两期 "in two phases": a phase's ordinal that also counts)
        if not n.strict
        and any(k[1] == "count" for k in n.readings())
        and not any(k in en_by_key for k in n.readings())
    ]
    if not unsaid:
        return
    for key, said in en_by_key.items():
        copies = [o for o in said if o.strict and o.kind == "count" and o.key() == key]
        if len(copies) < 2 or key[0] in (0, 1):
            continue
        tie = re.escape(copies[0].text.lower())
        if re.search(rf"\b{tie}\s*[-\u2013:]\s*{tie}\b", en_lowered):
            continue  # 战至24平 "tied at 24-24": a tie says its score twice
        given = sum(1 for n in zh if key in n.readings())
        if 0 < given < len(copies):
            yield (f"{copies[-1].text!r} in the English ({_show(copies[-1])}) is given "
                   f"{len(copies)} times, the Chinese {given}; {unsaid[0].text} "
                   f"({_show(unsaid[0])}) has no counterpart")  # fmt: skip
            return


def _first_turned(zh_all: list[Number], en_all: list[Number]) -> Iterator[str]:
    """An ordinal the English gives more often than the Chinese, while the
    Chinese's 第一 (noise alone: "first of all") has no "first" in the English:
    以总分第一…领先第二名 "in second place … clear of the second"."""
    firsts = [n for n in zh_all if n.kind == "ordinal" and n.value == 1 and n.text[:1] == "第"]
    if not firsts or any(o.kind == "ordinal" and o.value == 1 for o in en_all):
        return
    for o in en_all:
        if o.kind != "ordinal" or o.value <= 1:
            continue
        given = sum(1 for n in zh_all if (o.value, "ordinal") in n.readings())
        copies = sum(1 for p in en_all if p.kind == "ordinal" and p.value == o.value)
        if copies > given >= 1:
            yield (f"{firsts[0].text} ({_show(firsts[0])}) has no counterpart in the English, "
                   f"which gives {o.text!r} {copies} times, the Chinese {given}")  # fmt: skip
            return


def _said_once(zh: list[Number], en_all: list[Number], zh_keys: set[Key]) -> Iterator[str]:
    """The mirror of :func:`_said_twice`: a count the Chinese gives twice and
    the English once, while an English number (a one, which alone may say
    nothing) is in none of the Chinese (2金2铜 "two golds and one bronze")."""
    stray = [
        o
        for o in en_all
        if o.strict and o.kind == "count" and not any(k in zh_keys for k in o.readings())
    ]
    if not stray:
        return
    counted: dict[Key, int] = {}
    for n in zh:
        if n.strict and n.kind == "count":
            counted[n.key()] = counted.get(n.key(), 0) + 1
    for key, times in counted.items():
        said = sum(1 for o in en_all if key in o.readings())
        if times > 1 and said == 1 and key[0] not in (0, 1):
            yield (f"{stray[0].text!r} in the English ({_show(stray[0])}) is not in the "
                   f"Chinese, which gives {key[0]:g} {times} times, the English once")  # fmt: skip
            return


#: The quarters and halves of a year, each with its first and last month.
_PERIODS = [(q, "quarter", 3 * q - 2, 3 * q) for q in range(1, 5)] + [
    (1, "half", 1, 6),
    (2, "half", 7, 12),
]


def _share_within(value: float, word: float, approx: str) -> bool:
    """Whether a share of ``value`` percent is what a fraction said in words
    (``word`` percent, with its hedge) may stand for: "nearly a quarter" is
    22.5% up to 25%, "more than half" above 50% up to 55%, "about a third"
    30% to 36.7%, and a bare "two-thirds" 66.7% rounded (67%). One way, a
    small fraction reaches 2.5 points: "more than a tenth" is 10% up to 12.5%
    (a tenth of a tenth would be a single point); "about" keeps to a tenth
    ("roughly one in eight" is no 10.2%)."""
    reach = word * 0.1
    if approx == "less":
        return word - max(reach, 2.5) <= value < word
    if approx == "more":
        return word < value <= word + max(reach, 2.5)
    if approx in ("about", "either"):
        return abs(value - word) <= reach
    return abs(value - word) < 0.5


def _shares_in_words(
    missing: list[Number], extra: list[Number], en_all: list[Number]
) -> tuple[list[Number], list[Number]]:
    """Exact Chinese shares that the English gives as a fraction in words
    within its hedge's reach (24.8% "nearly a quarter", 下降52% "more than
    halved"): matched, with the English fraction, so neither is reported."""
    # (not "one in 12", a ratio given exactly)
    words = [o for o in en_all if o.kind == "percent" and not any(c.isdigit() for c in o.text)]
    kept, used = [], []
    for n in missing:
        hit = None
        if n.kind == "percent" and (not n.approx or (n.approx == "about" and n.text[-1] in "%成")):
            # (约三成 "about a third", 约48.6% "almost half": a hedge on both sides)
            hit = next(
                (
                    o
                    for o in words
                    if (o.approx in ("about", "less", "more") or not n.approx)
                    and _share_within(n.value, o.value, o.approx)
                ),
                None,
            )
        if hit is None:
            kept.append(n)
        else:
            used.append(hit)
    return kept, [o for o in extra if not any(o is u for u in used)]


def _hours_as_minutes(
    missing: list[Number], extra: list[Number], zh_text: str, en_lowered: str
) -> tuple[list[Number], list[Number]]:
    """``missing`` and ``extra`` less a time one side gives in hours and
    minutes and the other in minutes: 1小时34分钟 "94 minutes", 94分钟 "an
    hour and 34 minutes"."""
    for m in _ZH_HOURS_MINUTES.finditer(zh_text):
        hours, minutes = float(m[1]), float(m[2])
        total = next(
            (e for e in extra if e.kind == "count" and e.value == 60 * hours + minutes), None
        )
        if total is not None:
            extra.remove(total)
            missing = [n for n in missing if n.text not in (m[1], m[2], m[1] + "小时")]
    for m in _EN_HOURS_MINUTES.finditer(en_lowered):
        hours = float(_HOUR_WORDS.get(m[1]) or m[1])
        minutes = float(m[2])
        total = next(
            (d for d in missing if d.kind == "count" and d.value == 60 * hours + minutes), None
        )
        if total is not None:
            missing.remove(total)
            extra = [e for e in extra if e.text.lower() not in (m[1], m[2])]
    return missing, extra


_ZH_HOURS_MINUTES = re.compile(r"(?<![\d.])(\d{1,2})个?小时(\d{1,2})分")
_EN_HOURS_MINUTES = re.compile(
    r"\b(an|one|two|three|four|five|\d{1,2}) hours?,? (?:and )?(\d{1,2}) min(?:ute)?s?\b"
)
_HOUR_WORDS = {"an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
#: "by mid-2026", "by mid-year": the end of a first half.
_BY_MID_YEAR = re.compile(r"\b(?:by|before|until|in) mid-(?:\d{4}|year)\b")
#: "Most" or "the majority" as a share (not "the most", a superlative, nor "at most").
_MOST = re.compile(
    r"(?<!\bthe )(?<!\bat )\bmost\b(?! (?:likely|recent|recently|of all)\b)|\b(?:the|a) majority\b"
)


_ALMOST_ALL = re.compile(r"\b(?:almost|nearly|virtually|practically) (?:all|every)\b")


def _most(n: Number, en_lowered: str) -> bool:
    """Whether ``n``, a share past half (超过六成, 七成), is said as "most", or
    one of 90% or more (开放率达98%) as "almost all"."""
    if n.kind != "percent" or not 50 < n.value < 100:
        return False
    if n.value >= 90 and n.approx != "less" and _ALMOST_ALL.search(en_lowered):
        return True
    return n.approx in ("", "more", "about") and _MOST.search(en_lowered) is not None


def _periods_of_months(months: set[int]) -> list[Number]:
    """The quarters and halves the English names by their first and last
    months: "between July and September" is 第三季 (it need not be)."""
    return [
        Number(float(which), kind, "", f"{kind} {which}", False)
        for which, kind, first, last in _PERIODS
        if first in months and last in months
    ]


def _earlier_rates(
    zh: list[Number],
    en: list[Number],
    zh_keys: set[Key],
    en_by_key: dict[Key, list[Number]],
    zh_text: str,
) -> None:
    """增长6.3%，增速比1-9月提高0.7个百分点 is "grew 6.3 percent, picking up
    from the 5.6-percent increase in the first nine months": the English may
    give the earlier rate (a rate in the Chinese less or plus the change)
    instead of the change. Each English rate that is one, and the change it
    stands for, count as said."""
    rates = [n.value for n in zh if n.kind == "percent"]
    for change in (n for n in zh if n.kind == "points"):
        # (where the Chinese says which way, only that way: 比去年同期快3个百分点
        # of 95% is 92%, not 98%)
        at = zh_text.find(change.text)
        way = zh_way_before(zh_text, at) if at > 0 else None
        for other in en:
            if other.kind != "percent" or (other.value, "percent") in zh_keys:
                continue
            if any(
                abs(abs(rate - other.value) - change.value) < 0.005
                and (way is None or (rate > other.value) == way)
                for rate in rates
            ):
                zh_keys.add((other.value, "percent"))
                en_by_key.setdefault(change.key(), []).append(other)


def _rounded(zh: Number, en: Number) -> bool:
    """Whether ``en`` is ``zh`` rounded, as English news writes big sums:
    11726.8亿元 is "1.17 trillion yuan". Only for a count said with a scale
    word (million, billion…) and two significant digits or more, so "1
    billion" is not 1.4 billion and "1.18 trillion" is not 1.1726 trillion."""
    if zh.kind != "count" or en.kind != "count" or en.value < 1e6:
        return False
    written = WRITTEN.search(en.text)
    if written is None:
        return False
    digits = written.group(0).replace(",", "")
    if float(digits) == en.value or len(digits.replace(".", "").lstrip("0")) < 2:
        return False  # no scale word, or a single significant digit
    step = en.value / float(digits) * 10 ** -len(written.group(1) or "")
    # the Chinese number, or its conversion (816.16亿斤: 40.8 million tonnes)
    values = [zh.value, *(value for value, kind in zh.also if kind == "count")]
    return any(
        abs(value - en.value) <= step / 2 * (1 + 1e-9)
        # a hedge says which side the Chinese lies on: 123.5万 is not "nearly 1.2 million"
        and not (en.approx == "less" and not zh.approx and value >= en.value)
        and not (en.approx == "more" and not zh.approx and value <= en.value)
        for value in values
    )


#: A bound after its number: "700 grams per liter or more".
_EN_BOUND_AFTER = re.compile(
    r"[^,.;]{0,30}?\b(?:or more|or less|or above|or below|and above|and over)\b"
)
#: English bounds, which round nothing: "at least 180 days" is a rule's floor.
_EN_BOUND = re.compile(
    r"(?:at least|at most|no (?:more|less|fewer) than|not (?:more|less|fewer) than|up to"
    r"|a (?:minimum|maximum) of|within|or more|or less|or above|or below|and above|and over)$"
)


def _rounded_with_hedge(
    zh: Number, en: Number, en_lowered: str, converted_only: bool = False
) -> bool:
    """Whether a hedged English number is a Chinese one (or one of its
    conversions) rounded at the English's last significant digit, the hedge
    saying which way, as the wires write: 18.74万 "nearly 190,000", 906.69万
    "over 9 million", 2,691米 "some 2,700 meters", 10.6万斤 "more than 50
    tonnes", 约11.8万 "about 120,000". A hedge that points the wrong way
    ("over 190,000"; 近 against "more than"), or a figure off by more than
    its last digit or by more than a tenth, is not one."""
    if not en.approx or zh.kind != en.kind or zh.kind not in ("count", "percent"):
        return False
    if zh.approx in ("more", "either") or {zh.approx, en.approx} == {"less", "more"}:
        # 以上, 超过, 逾, 最少 are bounds, not roundings (93%以上 is not "more than
        # 90 percent"), and so is a bar (升破155关卡 is not "past 150"); 近
        # against "more than" is the other side
        return False
    at = en_lowered.find(en.text.lower())
    if at >= 0 and (
        _EN_BOUND.search(en_lowered[max(0, at - 20) : at].rstrip())
        or _EN_BOUND_AFTER.match(en_lowered, at + len(en.text))
    ):
        return False  # "at least 180 days", "700 or more": a bound, said as the Chinese's
    values = [(zh.value, False)] if not converted_only else []
    # (119.2% of a target is also 19.2% above it: "almost 20 percent")
    values += [(value, True) for value, kind in zh.also if kind == zh.kind]
    written = WRITTEN.search(en.text)
    multiples = any(k == "factor" for _, k in zh.also) and any(k == "factor" for _, k in en.also)
    if written is None and (en.kind == "percent" or multiples) and not zh.approx:
        # a share in words ("almost a fifth" for 19.2%), or a multiple
        # ("nearly twice" for 1.8倍): within a tenth of it the way the hedge
        # says, within a twentieth for "about"
        # ("more than twice" reaches the next whole multiple, as "more than
        # three times" does when worked out: 2.3倍)
        reach = 0.1 * en.value
        for value, _ in values:
            gap = value - en.value
            more = gap <= reach or gap < (1 if multiples else reach + 1e-9)
            if en.approx == "more" and gap > 0 and more:
                return True
            if en.approx == "less" and 0 < -gap <= reach:
                return True
            if en.approx in ("about", "either") and abs(gap) <= reach / 2:
                return True
        return False
    if written is None or not float(written.group(0).replace(",", "")):
        return False
    digits = written.group(0).replace(",", "")
    scale = en.value / float(digits)  # "9 million": 9 written, a million its scale
    step = scale * last_place(digits)  # the last significant digit's place
    for value, converted in values:
        if zh.kind == "count" and abs(en.value) < 100 and value.is_integer() and not converted:
            continue  # "the first 10 months" for 11, "20 or more" for 22: a small count is exact
        gap = value - en.value
        if abs(gap) > 0.1 * abs(en.value) * (1 + 1e-9):
            continue
        if zh.approx and (
            abs(gap) > step / 2 * (1 + 1e-9)
            or abs(gap) > 0.05 * abs(en.value) * (1 + 1e-9)
            or len(digits.replace(".", "").strip("0")) < 2
        ):
            # a hedged Chinese figure (约11.8万 "about 120,000") is rounded to the
            # nearest, closely, and to two figures or more: 约7.2万 is not
            # "about 70,000"
            continue
        if en.approx == "more" and 0 < gap <= step * (1 + 1e-9):
            return True
        if en.approx == "less" and 0 < -gap <= step * (1 + 1e-9):
            return True
        if en.approx in ("about", "either") and abs(gap) <= step / 2 * (1 + 1e-9):
            return True
    return False


def _converts(zh: Number, en: Number) -> bool:
    """Whether ``en`` is one of the conversions ``zh`` carries, rounded as
    conversions are (to 1%): 958.2斤 is "479 kilograms"."""
    return any(kind == "count" and abs(value - en.value) <= value * 0.01 for value, kind in zh.also)


def _converted(zh: Number, en: Number) -> bool:
    """Whether ``en`` is a conversion ``zh`` carries that came out uneven, rounded
    (50万亩 is 33,333.3 hectares: "33,300 hectares"); a whole number among the
    readings is another reading (a year, a decade), which must be met exactly."""
    return en.kind == "count" and any(
        kind == "count"
        and not value.is_integer()
        and abs(value - zh.value) > 0.05 * abs(zh.value)  # (50.3%, also 50.3: no unit's)
        and abs(value - en.value) <= value * 0.01
        for value, kind in zh.also
    )


def _same_date(a: tuple, b: tuple) -> bool:
    """Same month, and same year and day wherever both sides give them."""
    pairs = ((a[0], b[0]), (a[2], b[2]))
    return a[1] == b[1] and all(x is None or y is None or x == y for x, y in pairs)


def _show_date(date: tuple) -> str:
    y, m, d = date
    return "-".join(str(x) for x in (y, m, d) if x is not None)


def _show(n: Number) -> str:
    value = f"{n.value:,.0f}" if n.value == int(n.value) else f"{n.value:,.6g}"
    if n.kind in ("year", "decade"):
        value = f"{n.value:.0f}"  # 2018, the 1990s: no thousands separator
    if n.kind == "weekday":
        return WEEKDAYS[int(n.value) - 1]
    if n.kind == "decade" and n.value % 10 == 5:
        return f"born after {value}"  # 95后, "post-95": a half decade
    if n.kind.startswith("per") and n.kind != "percent" and n.kind != "permille":
        return f"{value} per {int(n.kind[3:]):,}"  # 十万分之十二: 12 per 100,000
    return {"percent": f"{value}%", "points": f"{value} percentage points",
            "ordinal": f"ordinal {value}", "factor": f"×{value}",
            "half": f"half-year {value}", "quarter": f"Q{value}",
            "decade": f"the {value}s", "day": f"day {value}",
            "permille": f"{value}‰"}.get(n.kind, value)  # fmt: skip
