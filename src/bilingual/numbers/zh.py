"""The general scan of Chinese numbers (:func:`zh_numbers_in`): digits and
numerals with their magnitudes, measure words and the context that says
what kind of quantity each is."""

from __future__ import annotations

import re

from bilingual.numbers.base import (
    _HONG_KONG_PLACES,
    _ONE_CURRENCY_TO,
    _ZH_BIG,
    _ZH_DIGITS,
    _ZH_NUMERAL,
    _ZH_UNITS,
    Key,
    Number,
    _lazy,
    _place_value,
    blank,
    blanked,
)
from bilingual.numbers.zh_forms import (
    _A_BAR,
    _AFTER_A_WORD,
    _AT_LEAST_VERB,
    _BASE_OF_MULTIPLE,
    _BETWEEN_TWO,
    _BIG_PLACES,
    _BIRTH_TO,
    _BOUND_OF_MULTIPLE,
    _BREAK_OR_LEAD,
    _BUY_GET,
    _CAMPAIGN_SIZE,
    _CAMPAIGN_SIZES,
    _COMPARED_WITH,
    _DA_VERB,
    _DAY_LIST_NEXT,
    _DAY_NAMED,
    _DAY_PARTS,
    _DECIMAL_NUMERAL,
    _EACH_MORE,
    _EMISSION_TIER,
    _ENUMERATED,
    _EVENT_AFTER,
    _FLOOR,
    _FROM_BIRTH,
    _GAMES_EDITION,
    _HALF_WORDS,
    _IN_TEN,
    _INCLUSIVE_AGAIN,
    _KEEP_GROWTH,
    _LATIN,
    _LUNAR,
    _MIDNIGHT_BEFORE,
    _MORE_AFTER,
    _NEW_ONE,
    _NOT_A_PHASE,
    _NUMERAL_CODE,
    _PAD,
    _PERCENT_NO_ZHI,
    _ROC_RANGE_END,
    _ROMAN_HINT,
    _SLOGAN,
    _SMALL_WORDS,
    _SPAN_BACK,
    _STREAK_AFTER,
    _STREAK_VERBS,
    _SUPPORTS,
    _TIMES_AND_TENTHS,
    _WELL_FORMED,
    _YEARS_COUNTED,
    _ZH_EXTREME_BOUND,
    _ZH_EXTREME_IS,
    _ZH_EXTREME_VERB,
    _ZH_FORM_HINT,
    _ZH_MEASURES,
    _ZH_NUMBER,
    _ZH_NUMERAL_SCORE,
    _ZH_RANGE,
    _by_the,
    _event_years,
    _lunar_dates,
    _may_name_event,
    _slogans,
    _soft_numeral,
    _value,
    _zh_before,
    _zh_forms,
    _zh_qualifier,
    _zh_roman,
    _zh_value,
)


def zh_numbers_in(prepared: str) -> list[Number]:
    """The numbers of a Chinese text as :func:`zh_prepare` leaves it."""
    out: list[Number] = []
    prepared = _respelled(prepared)
    prepared = _set_phrases(prepared, out)
    prepared = _bounds_said_first(prepared)
    prepared = _tiers(prepared, out)
    prepared = _shares(prepared, out)
    prepared = _scores(prepared, out)
    if _ZH_FORM_HINT.search(prepared):
        forms, prepared = _zh_forms(prepared)
        out += forms
    prepared = _latin(prepared, out)
    if ("初" in prepared or "农历" in prepared or "正月" in prepared or "腊月" in prepared
            or "冬月" in prepared) and _LUNAR.search(prepared):  # fmt: skip
        lunar, prepared = _lunar_dates(prepared)
        out += lunar
    prepared = _sayings(prepared, out)
    # 与农业总产值之比达到1.6:1 "1.6 times the value of agricultural output": a
    # ratio to one is also a multiple (its one is blanked by _names)
    to_one = (
        {m[1] for m in _RATIO_TO_ONE.finditer(prepared)}
        if ":" in prepared or "\u2236" in prepared
        else set()
    )
    prepared = _names(prepared, out)
    prepared = _magnitudes(prepared)
    prepared = _hedges_moved(prepared)
    # a diffusion index (PMI) is read in percent in Chinese, as a plain figure
    # in English, with 50 its line between growth and contraction
    line = "临界点" in prepared or "荣枯线" in prepared
    gauge = line or "PMI" in prepared or "采购经理" in prepared
    if line:
        # 位于临界点以下 "below 50", 跌破荣枯线 "below the 50 line": the line's number,
        # which the English may give and the Chinese leaves out
        out.append(Number(50.0, "percent", "either", "临界点", False, ((50.0, "count"),)))
    for match in _ZH_NUMBER.findall(_PAD + prepared):
        _read(match, prepared, gauge, out)
    out = _bands(prepared, out)
    out = _listed_counts(prepared, out)
    out = _per_shares_and_services(prepared, out)
    out = _listed_totals(prepared, out)
    if "结构" in prepared and _SHARES_OF_A_WHOLE.search(prepared):
        out = _shares_of_a_whole(prepared, out)
    if to_one:
        out = [
            n._replace(also=(*n.also, (n.value, "factor")))
            if n.kind == "count" and n.text in to_one
            else n
            for n in out
        ]
    return out


def _respelled(prepared: str) -> str:
    """Forms spelled otherwise, rewritten as the scan reads them (3×10⁸, 一、二、三等奖,
    两块五), and idioms whose numerals count nothing blanked."""
    if "10" in prepared and ("次方" in prepared or _SUPERSCRIPT.search(prepared)):
        prepared = _SCIENTIFIC.sub(_scientific, prepared)  # 3×10⁸, 10的18次方
    if "、" in prepared and _LIST_SUFFIX_HINT.search(prepared) and _LIST_SUFFIX.search(prepared):
        prepared = _LIST_SUFFIX.sub(r"\1\2、", prepared)  # 一、二、三等奖: 一等奖、二等奖、三等奖
    if _IDIOMS.search(prepared):
        prepared = blanked(_IDIOMS, prepared)  # 三天打鱼两天晒网: no count
    if "廿" in prepared or "卅" in prepared:
        prepared = prepared.replace("廿", "二十").replace("卅", "三十")  # 第廿六条: the 26th
    if "倍" in prepared and _TIMES_AND_TENTHS.search(prepared):
        prepared = _TIMES_AND_TENTHS.sub(r"\1点\2倍", prepared)  # 增两倍三 (Macao): 2.3 times
    if _DIGIT_RUN.search(prepared):
        # 指数一二二, 一二三点七三 (Taiwan's and Macao's print style): digits
        # written one by one, read as the digits they are
        prepared = _DIGIT_RUN.sub(_digit_run, prepared)
    if "三角" in prepared:
        # 珠三角, 长三角: the Pearl River and Yangtze deltas, not three jiao
        prepared = prepared.replace("珠三角", "珠  ").replace("长三角", "长  ")
    if "百分" in prepared and _PERCENT_NO_ZHI.search(prepared):
        prepared = _PERCENT_NO_ZHI.sub("百分之", prepared)  # 跌近百分八 (Macao's papers): 8%
    if "角" in prepared and "元" in prepared:
        prepared = _YUAN_JIAO.sub(r"\1.\2元", prepared)  # 7元3角 "HK$7.30"
    if "角" in prepared and _JIAO_RANGE.search(prepared):
        prepared = _JIAO_RANGE.sub(r"\1角\2", prepared)  # 五至八角: 五角至八角
    if ("块" in prepared or "毛" in prepared or "角" in prepared) and _SPOKEN_YUAN.search(prepared):
        prepared = _SPOKEN_YUAN.sub(_spoken_yuan, prepared)  # 两块五 "2.5 yuan", 一毛五 "0.15"
    return prepared


def _set_phrases(prepared: str, out: list[Number]) -> str:
    """Set phrases that hold a number the scan would misread (第二十六条之一, 半吨,
    一刻钟, 三年六个月, 6月下旬, 半价): read into ``out``, most of them blanked."""
    if "条之" in prepared:
        # 第二十六条之一 "Article 26-1": the sub-article's number, which the English gives
        for m in _SUB_ARTICLE.finditer(prepared):
            value = float(_ZH_DIGITS[m[1]])
            out.append(Number(value, "count", "", m[0], False, ((value, "ordinal"),)))
        prepared = blanked(_SUB_ARTICLE, prepared)
    if "俩" in prepared or "仨" in prepared:
        # 他俩 "the two of them", 咱仨 "the three of us" (not 伎俩, a trick):
        # a count the English may say or not
        for m in _TWO_THREE.finditer(prepared):
            out.append(Number(2.0 if m[0] == "俩" else 3.0, "count", "", m[0], False))
        prepared = _TWO_THREE.sub(" ", prepared)
    if "半" in prepared and _HALF_MEASURE.search(prepared):
        # 半吨 "half a tonne" (or "500 kilograms"), 半亩 "half a mu"
        for m in _HALF_MEASURE.finditer(prepared):
            also = tuple((_converted(0.5, f), "count") for f in _conversions(m[1]))
            out.append(Number(0.5, "count", "", m[0], True, also))
        prepared = blanked(_HALF_MEASURE, prepared)
    if "第（" in prepared or "第(" in prepared:
        prepared = _PAREN_ORDINAL.sub(r"第\1", prepared)  # 第（二）项 "item 2"
    if "刻钟" in prepared:
        # 一刻钟 "a quarter of an hour", "15 minutes"
        for m in _QUARTER_HOURS.finditer(prepared):
            quarters = float(_ZH_DIGITS.get(m[1]) or int(m[1]))
            out.append(Number(15 * quarters, "count", "", m[0], True, ((quarters / 4, "count"),)))
        prepared = blanked(_QUARTER_HOURS, prepared)
    if "半" in prepared or "斩" in prepared:
        # 减半征收 "collected at half the rate", 税率减半, 砍半, 腰斩 "halved": a
        # half, or no number
        for m in _HALVED.finditer(prepared):
            approx = _zh_before(_PAD + prepared[: m.start()])
            out.append(Number(50.0, "percent", approx, m[0], False, ((0.5, "factor"),)))
    if "年" in prepared and "六个月" in prepared:
        # 有期徒刑三年六个月 "three and a half years" (or "three years and six months")
        spans = []
        for m in _YEARS_AND_A_HALF.finditer(prepared):
            years = float(_value(m[1]) or 0)
            # (or in months: 一年六个月 "18 months")
            also = ((years, "count"), (years * 12 + 6, "count"))
            out.append(Number(years + 0.5, "count", "", m[0], True, also))
            out.append(Number(6.0, "count", "", "六个月", False))
            spans.append(m.span())
        prepared = blank(prepared, spans)
    if "小时" in prepared and ("30分" in prepared or "三十分" in prepared):
        # 3小时30分 "three and a half hours" (or "3 hours 30 minutes")
        spans = []
        for m in _HOURS_AND_A_HALF.finditer(prepared):
            hours = float(_value(m[1]) or 0)
            out.append(Number(hours + 0.5, "count", "", m[0], True, ((hours, "count"),)))
            out.append(Number(30.0, "count", "", m[0][-3:], False))
            spans.append(m.span())
        prepared = blank(prepared, spans)
    if "旬" in prepared:
        # 6月下旬 "the last ten days of June", or "late June": ten days, said or not
        for m in _TEN_DAYS.finditer(prepared):
            place = float("上中下".index(m[1]) + 1)
            out.append(Number(10.0, "count", "", m[0], False, ((place, "ordinal"),)))
    if "前年" in prepared:
        # 前年 "two years ago", "the year before last" (大前年: three): the English
        # may count the years back, or name the year
        for m in _YEAR_BEFORE_LAST.finditer(prepared):
            out.append(Number(3.0 if m[1] else 2.0, "count", "", m[0], False))
    if "半价" in prepared or "对折" in prepared:
        # 半价, 打对折 "half price", "50 percent off"
        for m in _HALF_PRICE.finditer(prepared):
            out.append(Number(50.0, "percent", "", m[0], False, ((0.5, "factor"),)))
        prepared = _HALF_PRICE.sub("  ", prepared)
    if ("大几" in prepared or "好几" in prepared) and _BIG_SOME.search(prepared):
        # 一百大几十 "150-plus", 一百好几十 "more than 150": a hundred and several
        # tens, a rough size the English gives one way or another
        for m in _BIG_SOME.finditer(prepared):
            unit = _ZH_UNITS[m[3]]
            head = float(_ZH_DIGITS.get(m[1], 1) * _ZH_UNITS[m[2]])
            also = tuple((head + k * unit, "count") for k in range(2, 10))
            out.append(Number(head + 5 * unit, "count", "either", m[0], False, also))
        prepared = blanked(_BIG_SOME, prepared)
    if "成" in prepared and _NEARLY_A_SCALE.search(prepared):
        # 成萬蚊 (Cantonese) "nearly 10,000 dollars": close to the scale itself
        for m in _NEARLY_A_SCALE.finditer(prepared):
            out.append(
                Number(float(_ZH_BIG.get(m[1]) or _ZH_UNITS[m[1]]), "count", "either", m[0], False)
            )
        prepared = blanked(_NEARLY_A_SCALE, prepared)
    if _EITHER_OF_TWO.search(prepared):
        # 十块八块 "eight or 10 yuan", 三个五个: either of two, said or not
        for m in _EITHER_OF_TWO.finditer(prepared):
            for numeral in (m[1], m[3]):
                value = float(_zh_value(numeral) or 0)
                out.append(Number(value, "count", "either", numeral + m[2], False))
        prepared = blanked(_EITHER_OF_TWO, prepared)
    if "百分百" in prepared:
        # 百分百达标 "100 percent", 百分百满意 "completely satisfied"
        out.append(Number(100.0, "percent", "", "百分百", False))
        prepared = prepared.replace("百分百", "   ")
    return prepared


def _bounds_said_first(prepared: str) -> str:
    """Bounds said before what they bound (至少已修复, 最高不超过, 不足…的):
    moved next to their numbers, where the scan reads a number's hedge."""
    if "至少" in prepared:
        prepared = _AT_LEAST_VERB.sub(r"\2\1", prepared)  # 至少已修复77万户: at least
    if "最" in prepared or "限" in prepared:
        # 最高不超过1.5万元, 最低首付款比例不低于15%: the bound says again what 最高
        # or 最低 said, and the English may give the number as the maximum itself
        # ("a maximum of 15,000 yuan"): read as 最高 and 最低 are, either way
        prepared = _ZH_EXTREME_BOUND.sub(r"\1\2最高", prepared)
        if "为" in prepared:
            # 最大发行总额为350亿元 "at most 35 billion yuan": the maximum named
            # before what it is of, read next to its number
            prepared = _ZH_EXTREME_IS.sub(r"\2\3最高", prepared)
        # 最长补贴12个月 "for at most 12 months", or "for 12 months", 最高楼面
        # 七十三万呎 "at most 730,000 square feet": read next to its number
        prepared = _ZH_EXTREME_VERB.sub(r"\2最高", prepared)
    if "不足" in prepared and _FLOOR.search(prepared):
        prepared = _FLOOR.sub(r"最低\1\2", prepared)  # 不足五百元的，为五百元: at least 500
    if "倍" in prepared and _BOUND_OF_MULTIPLE.search(prepared):
        # 低于当地最低生活费3倍 "less than three times the minimum living
        # expense", or a comparison (高于全国平均水平1.5倍): read either way
        prepared = _BOUND_OF_MULTIPLE.sub(r"\1\2最高", prepared)
    if "含" in prepared and _INCLUSIVE_AGAIN.search(prepared):
        prepared = _INCLUSIVE_AGAIN.sub(r"\1\2\3", prepared)  # 5年以下(含5年): one bound
    return prepared


def _tiers(prepared: str, out: list[Number]) -> str:
    """Tiers and instances named by a numeral (国三, 中级法院): read into ``out``."""
    if "国" in prepared and _EMISSION_TIER.search(prepared):
        # 国三及以下排放标准 "China III emission standards or lower": a tier, whose
        # or-lower the English gives after the noun, if at all
        tiers = []
        for m in _EMISSION_TIER.finditer(prepared):
            value = float(_ZH_DIGITS[m[1]])
            approx = "either" if m[2] else ""
            out.append(Number(value, "ordinal", approx, m[0], True, ((value, "count"),)))
            tiers.append(m.span())
        prepared = blank(prepared, tiers)
    if "级法院" in prepared:
        # Macao's 初级法院 and 中级法院: the Courts of First and Second Instance
        for name, place in (("初级法院", 1.0), ("中级法院", 2.0)):
            if name in prepared:
                out.append(Number(place, "ordinal", "", name, False))
    return prepared


def _shares(prepared: str, out: list[Number]) -> str:
    """Percentages and tenths said once for several numbers (百分之70至95,
    一到两成) or hedged far from their number: rewritten one by one."""
    if "百分之" in prepared and _PERCENT_RANGE.search(prepared):
        prepared = _PERCENT_RANGE.sub(r"\1%\2\3%", prepared)  # 百分之70至95, 百分之五十至八十
    if "百分之" in prepared and _PERCENT_LIST.search(prepared):
        # 分别占百分之四十一、二十四点一及十三点五 (Macao's papers): 百分之 is each's
        prepared = _PERCENT_LIST.sub(
            lambda m: "百分之" + re.sub("([、和及与])", r"\1百分之", m[1]), prepared
        )
    if "半成" in prepared and _HALF_TENTH.search(prepared):
        # 三成及半成 "30 percent and 5 percent" (not 半成品, "semi-finished goods")
        for m in _HALF_TENTH.finditer(prepared):
            out.append(Number(5.0, "percent", _zh_qualifier(prepared[: m.start()][-5:], ""), m[0]))
        prepared = _HALF_TENTH.sub("  ", prepared)
    hedged = ("的" in prepared or "数" in prepared) and (
        "%" in prepared or "半" in prepared or "倍" in prepared
    )
    if hedged and _HEDGED_SHARE.search(prepared):
        # (…)的80%: the hedge moved to the share, before the forms read 一半
        # (不足十年前的一半: less than half, ten years ago)
        prepared = _HEDGED_SHARE.sub(r"\2\1", prepared)
    if ("成" in prepared or "折" in prepared) and _TENTHS_RANGE.search(prepared):
        # 一到两成: 一成到两成; 6至8折: 6折至8折
        prepared = _TENTHS_RANGE.sub(r"\1\3\2", prepared)
    return prepared


def _scores(prepared: str, out: list[Number]) -> str:
    """Scores in numerals (三比一) and counts a list already gives (两个年度)."""
    if "比" in prepared and _ZH_NUMERAL_SCORE.search(prepared):
        # 以三比一战胜, 十比五的票数: a score or a vote in numerals, "3-1", "10-5"
        for m in _ZH_NUMERAL_SCORE.finditer(prepared):
            for side in (m[1], m[2]):
                value = float(_value(side) or 0)
                out.append(Number(value, "count", "", side, False))
        prepared = blanked(_ZH_NUMERAL_SCORE, prepared)
    if "个年度" in prepared:
        for m in _YEARS_COUNTED.finditer(prepared):
            # 2025-26及2026-27两个年度 "in each of 2025-26 and 2026-27": the list
            # gives the count, which the English need not say again
            out.append(Number(float(_ZH_DIGITS[m[1]]), "count", text=m[1], strict=False))
            prepared = prepared[: m.start(1)] + " " + prepared[m.end(1) :]
    return prepared


def _latin(prepared: str, out: list[Number]) -> str:
    """Latin letters in Chinese text: codes (第六十三A号), units glued to their
    number (100km) and Roman numerals."""
    # Latin letters and Roman numerals are rare in Chinese text: one scan for both
    if _LATIN.search(prepared):
        if "第" in prepared and _NUMERAL_CODE.search(prepared):
            # 第六十三A号报告书 "Report No. 63A": the code in digits, as the English has it
            prepared = _NUMERAL_CODE.sub(lambda m: f"{_zh_value(m[1]):.0f}", prepared)
        if "c.c" in prepared:
            prepared = prepared.replace("c.c.", "cc").replace("c.c", "cc")  # 100c.c.: 100cc
        if _CODE_HINT.search(prepared):
            prepared = _GLUED_UNIT.sub(" ", prepared)  # 100km: the number, then its unit
        if _ROMAN_HINT.search(prepared):
            roman, prepared = _zh_roman(prepared)
            out += roman
    return prepared


def _sayings(prepared: str, out: list[Number]) -> str:
    """Numbers in sayings and slogans (保八, 数以万计, 破八, 买一送一, 十之八九): read
    into ``out`` as numbers the English may give or leave unsaid."""
    if "保" in prepared:
        # “保八”: the English gives a rate (or a count: "hold on to eight"), at or above it
        spans = []
        for m in _KEEP_GROWTH.finditer(prepared):
            value = float(_value(m[1]) or 0)
            out.append(Number(value, "percent", "either", m[0], False, ((value, "count"),)))
            spans.append(m.span())
        prepared = blank(prepared, spans)
    if "“" in prepared and _SLOGAN.search(prepared):
        slogans, prepared = _slogans(prepared)
        out += slogans
    if "数以" in prepared:
        rough, prepared = _by_the(prepared)
        out += rough
    if "半" in prepared and _HALF_PAST.search(prepared):
        # 5点半 "5:30": the minutes the English gives (or not: "half past five")
        out.append(Number(30.0, "count", "", "半", False))
    if ("破" in prepared or "字头" in prepared) and _BREAK_OR_LEAD.search(prepared):
        # 「破八」 "topped 8 percent" (a rate named by its figure); 「3字头」 "in the
        # 300,000s" (a leading digit): numbers the English may give or not
        for m in _BREAK_OR_LEAD.finditer(prepared):
            digit = float(_ZH_DIGITS.get(m[1] or "", 0) or int(m[2] or 0))
            if m[1]:
                out.append(Number(digit, "percent", "more", m[0], False, ((digit, "count"),)))
            else:
                # (2字头的正成长 "growth of 20 percent": the scale is the English's)
                scales = tuple((digit * 10**k, "count") for k in range(1, 6))
                out.append(
                    Number(digit, "count", "", m[0], False, ((digit * 10, "percent"), *scales))
                )
        prepared = blanked(_BREAK_OR_LEAD, prepared)
    if "送" in prepared and _BUY_GET.search(prepared):
        # 「搭十送一」 "one free ride for every ten", 买一送一 "buy one, get one
        # free": the two counts, which the English may give or fold into a word
        for m in _BUY_GET.finditer(prepared):
            for numeral in (m[1], m[2]):
                said = _zh_value(numeral)
                if said is not None and said > 1:
                    out.append(Number(float(said), "count", "", m[0], False))
        prepared = blanked(_BUY_GET, prepared)
    if "十之" in prepared or "十有" in prepared:
        # 十之八九 "eight or nine in ten", "most"; 十有八九 "very likely"
        for m in _IN_TEN.finditer(prepared):
            for numeral in m.groups():
                tenth = float(_ZH_DIGITS[numeral])
                out.append(Number(tenth * 10, "percent", "either", m[0], False,
                                  ((tenth, "count"),)))  # fmt: skip
        prepared = blanked(_IN_TEN, prepared)
    return prepared


#: Taiwan's 50 index, in an ETF's name or its own.
_TAIWAN_50 = _lazy("(?<=台湾)50")


def _names(prepared: str, out: list[Number]) -> str:
    """Numbers in names (百城, 十四冬, 双粮, 长征二号F) and events named by their
    date: read into ``out`` as said or not, or blanked."""
    if ("百" in prepared or "千" in prepared or "万" in prepared) and _CAMPAIGN_SIZE.search(
        prepared
    ):
        # 百城禁毒会战 "the 100-city campaign", 千村示范 "1,000 model villages":
        # a campaign's size, which the English may give or leave in its name
        for m in _CAMPAIGN_SIZE.finditer(prepared):
            out.append(Number(_CAMPAIGN_SIZES[m[1]], "count", "", m[0], False))
    if ("冬" in prepared or "运" in prepared) and _GAMES_EDITION.search(prepared):
        # 十四冬 "the 14th National Winter Games": an edition, said or not
        for m in _GAMES_EDITION.finditer(prepared):
            value = _zh_value(m[1])
            if value is not None:
                out.append(Number(value, "ordinal", "", m[0], False))
    if (":" in prepared or "\u2236" in prepared) and _TO_ONE.search(prepared):
        # 生师比为16.2:1 "16.2 pupils per teacher", or "16.2 to 1": the one may be said
        for _ in _TO_ONE.finditer(prepared):
            out.append(Number(1.0, "count", "", "1", False))
        prepared = blanked(_TO_ONE, prepared)
    if "千金" in prepared and _HOW_MANY_PRICEY.search(prepared):
        # 维持24千金 (Taiwan's papers) "still 24 shares above NT$1,000": a count
        # of such shares, and their price, said or not
        for m in _HOW_MANY_PRICEY.finditer(prepared):
            out.append(Number(float(m[1]), "count", "", m[0]))
            out.append(Number(1000.0, "count", "more", "千金", False))
        prepared = blanked(_HOW_MANY_PRICEY, prepared)
    if "粒重" in prepared:
        # 百粒重, 千粒重 "100-kernel weight", "1,000-grain weight": the count, said or not
        for m in _KERNEL_WEIGHT.finditer(prepared):
            out.append(Number(100.0 if m[1] == "百" else 1000.0, "count", "", m[0], False))
        prepared = blanked(_KERNEL_WEIGHT, prepared)
    if "三大法人" in prepared:
        # 三大法人 (Taiwan's papers) "the three major institutional investors":
        # foreign investors, investment trusts and dealers, named or counted
        out.append(Number(3.0, "count", "", "三大法人", False))
        prepared = prepared.replace("三大法人", " " * 4)
    if "50" in prepared and _TAIWAN_50.search(prepared):
        # 元大台湾50 (an ETF) "the Yuanta Taiwan 50": its index's size, said or
        # not, and not the start of the figure after it (元大台湾505万6,688张)
        for m in _TAIWAN_50.finditer(prepared):
            out.append(Number(50.0, "count", "", m[0], False))
        prepared = blanked(_TAIWAN_50, prepared)
    if "重联" in prepared:
        # 重联运行 "two sets coupled" (trains, locomotives): a pair, said or not
        out.append(Number(2.0, "count", "", "重联", False))
    if "双粮" in prepared:
        # 双粮 (Hong Kong, Macao): a 13th month's pay, or "double pay"
        out.append(Number(13.0, "ordinal", "", "双粮", False, ((2.0, "factor"),)))
    if "次" in prepared and _SECOND_MOST.search(prepared):
        # 同期次高 "the second-highest for the period": second, unsaid in a numeral
        out.append(Number(2.0, "ordinal", "", "次", False))
    if _may_name_event(prepared):
        out += _event_years(prepared)
    if "号" in prepared and _MODEL_NUMERAL.search(prepared):
        # 长征二号F, 长征二号丁: a model's code ("Long March-2F", "-2D"), which
        # the codes are checked as (code_messages), not a day
        prepared = blanked(_MODEL_NUMERAL, prepared)
    return prepared


def _magnitudes(prepared: str) -> str:
    """Magnitudes written across a number (3万5千, 1兆2千亿, 2米33, 30—50万):
    rewritten as one number with its magnitude after it."""
    if "万" in prepared and _ODD_BEFORE_WAN.search(prepared):
        # 3亿5千多万: 3亿5千万多; 4亿8000余万: 4亿8000万余
        prepared = _ODD_BEFORE_WAN.sub(r"\1\3\2", prepared)
    if "兆" in prepared and _NUMERALS_TRILLION.search(prepared):
        # 十点八一兆元, 叩关百兆元 (Taiwan): numerals before 兆 in digits
        prepared = _NUMERALS_TRILLION.sub(_trillion_numerals, prepared)
    if "兆" in prepared:
        # 1兆2千亿 (Taiwan): 12000亿; 3兆1324亿6890万9000元: 31324.68909亿 (before
        # the 亿 and 万 after the 兆 are read on their own)
        prepared = _TRILLION.sub(_in_yi, prepared)
    if ("亿" in prepared or "千" in prepared or "百" in prepared) and _MIXED.search(prepared):
        prepared = _MIXED.sub(_mixed_value, prepared)  # 3万5千: 35000, 2亿5千万: 250000000
    if "万" in prepared and _WAN_TAIL.search(prepared):
        prepared = _WAN_TAIL.sub(_wan_tail_value, prepared)  # 4万5,000 (Taiwan): 45000
    if "千" in prepared and _QIAN_TAIL.search(prepared):
        prepared = _QIAN_TAIL.sub(_qian_tail_value, prepared)  # 2千256 (Taiwan): 2256
    if ("米" in prepared or "公尺" in prepared) and _METRES.search(prepared):
        prepared = _METRES.sub(r"\1.\3\2", prepared)  # 2米33 "2.33 meters", 1米8, 8公尺08
    if ("千" in prepared or "百" in prepared) and _DIGITS_HUNDREDS.search(prepared):
        prepared = _DIGITS_HUNDREDS.sub(_times_hundreds, prepared)  # 5千万: 5000万
    if ("万" in prepared or "亿" in prepared) and _ZH_SHARED.search(prepared):
        prepared = _ZH_SHARED.sub(r"\1\3\2\3", prepared)  # 30—50万: 30万—50万
    return prepared


def _hedges_moved(prepared: str) -> str:
    """Hedges and units said once for several numbers, or away from their number
    (超过15万及14万, 2至3个百分点, 不超过人民币18.60元): moved next to each."""
    if ("超" in prepared or "逾" in prepared or "约" in prepared or "近" in prepared
            or "不" in prepared) and _ZH_HEDGE_SHARED.search(prepared):  # fmt: skip
        prepared = _ZH_HEDGE_SHARED.sub(r"\1\2\3\1", prepared)  # 超过15万及14万: both more
    if ("以上" in prepared or "以下" in prepared) and _ZH_BOUND_SHARED.search(prepared):
        # 亿元和10亿元以上项目: projects of over 100 million and of over 1 billion
        prepared = _ZH_BOUND_SHARED.sub(lambda m: f"{m[1] or ''}{m[2]}{m[4]}{m[3]}", prepared)
    if "分别" in prepared and _ZH_EXTREME_EACH.search(prepared):
        # 单日最高接待量分别为1.49万人次和1.42万人次: each number is a peak
        prepared = _ZH_EXTREME_EACH.sub(r"\1\2\3\1", prepared)
    if "约" in prepared and _ZH_HEDGED_RANGE.search(prepared):
        prepared = _ZH_HEDGED_RANGE.sub(r"\1\2\1", prepared)  # 约8000至7500年: both about
    if (
        "不" in prepared
        and ("的" in prepared or "%" in prepared)
        and _QUALIFIED_SHARE.search(prepared)
    ):
        # 不得低于前3年度平均值的23%: the qualifier is the share's, however far
        prepared = _QUALIFIED_SHARE.sub(r"\2\1", prepared)
    if "每" in prepared and _HEDGE_PAST_BASES.search(prepared):
        # 不低于每人每年640元: the hedge moved next to its number, past the bases
        prepared = _HEDGE_PAST_BASES.sub(r"\2\1", prepared)
    if "以上" in prepared and "以下" in prepared:
        # 2000元以上1万元以下: 2,000 to 10,000
        text = prepared
        prepared = _BOUNDS.sub(lambda m: _bounded_range(m, text), text)
    if "百分点" in prepared and ("个和" in prepared or "个、" in prepared):
        # 低0.01个和0.05个百分点: the 个 said after each, 百分点 once
        prepared = _POINTS_SPLIT.sub(r"\1个百分点", prepared)
    if (
        "%" in prepared or "百分" in prepared or "毫" in prepared or "日" in prepared
    ) and _ZH_SHARED_POST.search(prepared):
        # 2至3个百分点: both ends; 0.7、1.5和3.9个百分点: every item of the list
        prepared = _ZH_SHARED_POST.sub(_shared_post, prepared)
    if "（万" in prepared or "（亿" in prepared or "(万" in prepared or "(亿" in prepared:
        # 21,798（万TEU）, a table's unit in brackets: the magnitude is the number's
        prepared = _BRACKETED_MAGNITUDE.sub(r"\1\3\2", prepared)
    if ("币" in prepared or "美元" in prepared) and _HEDGE_BEFORE_CURRENCY.search(prepared):
        # 不超过人民币18.60元: the hedge moved past the currency, next to its number
        # (only five characters before a number are read)
        prepared = _HEDGE_BEFORE_CURRENCY.sub(r"\2\1", prepared)
    return prepared


#: Units that start with 千 (千瓦, 千克, 千伏 …): a numeral before them stops short of it.
_KILO_UNITS = frozenset("克瓦伏帕卡焦兆赫")


def _read(match: tuple[str, ...], prepared: str, gauge: bool, out: list[Number]) -> None:
    """One number the general scan matched, read into ``out`` (or not: a
    numeral in a name, an article's 一)."""
    before, num, big, more, big2, post, congress, far = match
    if (
        num[-1:] == "千"
        and len(num) > 1
        and not (big or more or big2 or post)
        and (far[:1] in _KILO_UNITS or (far[:1] == "米" and num[-2] in "万亿"))
    ):
        # the 千 of a unit after: 三千万千瓦, 五百千伏, 二百万千米 are 3000万, 500, 200万
        num, far = num[:-1], "千" + far
    # (NULs past the end of the text, as a headline ends: no check of what
    # follows may take an empty slice for one of its characters)
    after = (far[:6] + _PAD + "\0")[:6]
    pre = "第" if before[-1] == "第" else ""
    listed = before[-1] == "、" and _ORDINAL_LIST.search(before) is not None
    if listed:
        pre = "第"  # 第一、二名 "first and second place": the 第 is both's
    big += big2
    if (
        not (pre or big or more or post)
        and 3 <= len(num) <= 4
        and num.isdigit()
        and _EVENT_AFTER.match(after)
        and 1 <= int(num[:-2]) <= 12
        and 1 <= int(num[-2:]) <= 31
    ):
        # 726大罢免 "the July 26 recalls", 921大地震, 228事件: an event named by
        # its date, which the English gives as a date or as the name
        out.append(Number(float(num), "count", "", num, False))
        return
    if num[0] in "百千万亿" and not _HONG_KONG_PLACES.fullmatch(num):
        alone = _magnitude_alone(before, num + big, more, post, after)
        if alone is not None:
            out.append(alone)
        return
    if after[:1] in "中次" and after.startswith(("中全会", "次会议", "次全体会", "次全会")):
        congress = "会"  # 四中全会, 二次会议: the fourth plenum, the second session
    bare = num[0] in _ZH_NUMERAL and not (pre or big or more or post or congress)
    # 负三, 零下五度 (not 正或负1.5% "plus or minus 1.5 percent": a margin)
    minus = before[-2:] == "零下" or (
        before[-1] == "负" and before[-2] not in _CARRY and before[-3:] != "正或负"
    )
    if bare and minus:
        bare = False  # 负三 is a number, whatever word follows it
    prize = bare and (
        (after[:1] == "等" and after[1:2] in "奖功")
        or (after[:1] == "读" and num in ("一", "二", "三"))
        or after[:2] == "运会"
        or (after[:1] == "奖" and len(num) == 1 and num in "二三四五六")  # Taiwan's lottery
    )  # 一等奖 first prize, 三读 third reading, 十五运会 the 15th Games, 二奖 second prize
    if prize:
        bare = False  # 一等奖, 二等功: first prize, second-class merit
    if bare:
        done, number = _bare_numeral(num, before, after)
        if number is not None:
            out.append(number)
        if done:
            return
    # (一点六晚 "1.6 nights": a decimal in numerals is a number, whatever follows)
    soft = bare and _soft_numeral(num, before, after) and not _DECIMAL_NUMERAL.fullmatch(num)
    if soft and num not in ("两", "二"):
        if before[-1] == "前" and _WELL_FORMED.fullmatch(num):
            pass  # 排名前十 "in the top 10": a rank, which the English may put in words
        elif len(num) == 1 and num in _ZH_DIGITS:
            # 三 in a name ("Three Gorges", 三孩 "three-child"): the
            # English may say it, and need not
            value = float(_ZH_DIGITS[num])
            approx = _zh_qualifier(before, after)  # 三星级以上 "three stars or above"
            out.append(Number(value, "count", approx, num, False, ((value, "ordinal"),)))
            return
        elif (
            (len(num) == 1 or not _WELL_FORMED.fullmatch(num))
            and not (
                (rough := _ZH_ROUGH.fullmatch(num)) is not None
                and _ZH_DIGITS[rough[2]] == _ZH_DIGITS[rough[1]] + 1
            )
            and not (
                (rough := _ZH_ROUGH_TAIL.fullmatch(num)) is not None
                and _ZH_DIGITS[rough[3]] == _ZH_DIGITS[rough[2]] + 1
            )
            and not ("点" in num and num[-1] in "万亿")
            and not (
                "点" in num
                and "十" not in num.split("点")[1]
                and after[:1] in "分倍元角"
                and before[-2:] not in _DAY_PARTS
            )
        ):
            # 十 in 十分, 十三五 (a plan); not 两三千万, a rough size, 四点二亿, or
            # 一点四九分 "1.49 points" (a clock's minutes have their 十: 一点四十九分)
            return
        # 销售额十二万 is a number; 八十七起 may be one before a measure
        # word not listed: it may match the English but is not missed
        soft = not _HAS_UNIT.search(num)
    ends = _rough_range(num, pre, big)
    if ends:
        out += ends
        return
    if after[:1] == "后" and num in _GENERATIONS and not (big or post):
        # 80后 "born in the 1980s"
        decade = float(_GENERATIONS[num])
        # or "born after 1980"
        also: tuple[tuple[float, str], ...] = ((decade % 100, "decade"), (decade, "count"))
        out.append(Number(decade, "decade", "", num + "后", True, also))
        return
    read = _value(num)
    if read is None:
        return
    value = read
    span = pre + num + big + more + post
    short = not big and len(num) <= 3 and num[0] in "十一两二三四五六七八"
    pair = _ZH_RANGE.fullmatch(num) if short else None
    if pair and (_ZH_DIGITS[pair[2]] == _ZH_DIGITS[pair[1]] + 1 or num == "三五"):
        # 十四五岁 is "fourteen or fifteen": a range, read as both ends; 两三个
        # "a couple of", 三五个 "three to five", "a few": either may go unsaid
        tens = 10 if num.startswith("十") else 0
        said = num not in ("两三", "三五")
        out.append(Number(float(tens + _ZH_DIGITS[pair[1]]), "count", "", span, said))
        value = float(tens + _ZH_DIGITS[pair[2]])
        soft = True  # 六七个 "half a dozen": one end said is enough
    if big == "万" and "亿" in num[:-1] and not num.endswith("亿"):
        # 二十四亿七千几万 (二十四亿七千万几 as read): the 万 is the part after the 亿's
        head, rest = num.rsplit("亿", 1)
        value = (_value(head) or 0) * 1e8 + (_value(rest) or 0) * 1e4
    else:
        for ch in big:
            value *= _ZH_BIG[ch]
    if (
        before[-1] == "-"
        and "\u4e00" <= before[-2] <= "\u9fff"
        and before[-2] not in "为至到是达约"
        and not (post or big or more)
        and after[:1] not in "℃度%‰"
    ):
        # 歼-20 "J-20", 东风-41 "DF-41": a model's number, which the English
        # gives with its name, not minus twenty
        out.append(Number(value, "count", "", num, True, ((value, "ordinal"),)))
        return
    if before[-1] in "-\u2212" and before[-2] not in _NOT_A_SIGN:
        value = -value  # -20℃ (not 2019-2021, 3亿-5亿, 3%-5%)
    elif minus:
        value = -value
    kind, value, also, soft = _kind(
        num, value, before, after, pre, big, more, post, congress, prize, listed, gauge, soft
    )
    approx, soft = _approx(num, value, kind, before, after, pre, more, post, far, gauge, soft)
    soft = soft or _one_unsaid(value, kind, big, post, before, after)
    if pre == "第" and value == 2 and not big and (post == "年" or after[:1] in "天日"):
        soft = True  # 第二天 "the next day", 第二年 "the following year": a second unsaid
    if not post and after[:2] == "日前" and 1 <= value <= 31 and value == int(value):
        # 16日前 "by the 16th" (before the day; 3天前 is "three days ago")
        kind, also = "day", ((value, "ordinal"), (value, "count"))
    if value in (0, 12, 24) and after[:1] in "时点" and before.endswith(_MIDNIGHT_BEFORE):
        soft = True  # 午夜12时, 晚上12时 "at midnight": the hour said as a word
    if after[:2] == "个字" and value % 1 == 0.5:
        # 中4.5个字 (Hong Kong's Mark Six): four numbers and the extra one
        also = (*also, (value - 0.5, "count"))
    if before[-1] == "每" and kind == "count" and not _INTERVAL.match(after):
        soft = True  # 每10万人 "per 100,000": a rate's base, which the English may fold in
    elif value == 0 and kind == "count" and not approx and after[:1] in _ZH_MEASURES:
        soft = True  # 新增病例0例 "no new cases": zero said as "no", "none"
    elif value == 0 and (after[:2] in (":0", "比0") or before[-2:] in ("0:", "0比")):
        soft = True  # 0:0, 0比0 "a goalless draw"
    elif value == 0 and kind == "count" and _FROM_BIRTH.match(after):
        soft = True  # 0至6岁 "aged up to six", "under seven": the range from birth
    if not approx and kind == "count" and _BIRTH_TO.search(before) and after[:1] in "岁周个":
        approx = "either"  # 0至6岁 "six and under": the top of a range from birth
        if after[:1] in "岁周" and value.is_integer():
            also += ((value + 1, "agebelow"),)  # 0至14岁 "children under 15"
    if after[:2] == "分钟" and value % 15 == 0 and 0 < value <= 180 and not also:
        # 每30分钟 "every half hour", 90分钟 "an hour and a half"
        also = ((value / 60, "count"),)
    if soft and bare and num == "二" and not also and after[:1] not in _ZH_MEASURES:
        also = ((2.0, "ordinal"),)  # 二松 "the Second Songhua", 二中 "No. 2 Middle School"
    elif num == "二" and not pre and after[:1] == "次" and not big:
        also += ((2.0, "ordinal"),)  # 二次包装 "a second layer of packaging", 二次污染
    if num in ("两", "二") and after[:1] == "次" and _BETWEEN_TWO.match(after, 1):
        soft = True  # 两次间隔 "donations … apart": the two of an interval
    elif (
        num in ("两", "三")
        and after[:1] in "天日"
        and (_DAY_NAMED.search(before) or before.endswith("  "))
    ):
        # 周六、周日两天 "this Saturday and Sunday": the days, counted (a
        # weekday or a date read before is blanked)
        soft = True
    elif num == "两" and after[:1] == "个" and not (also or big):
        also = ((2.0, "factor"),)  # 两个加时 "double overtime"
    if kind == "count" and not also and after[:1] == "连" and after[1:2] in _STREAK_AFTER:
        also = ((value, "ordinal"),)  # “二十连增” "the 20th straight rise", 三连冠
    unit = post if post == "年" else after[:1]  # (第一年: 年 read as the number's)
    if pre and value == 1 and unit in _ENUMERATED and "第二" + unit in prepared:
        # 第一步…第二步: the first of an enumeration, which the English must
        # give (checks.py counts a bare 第一 as noise: "first of all")
        span += ("" if post else unit) + "…第二" + unit  # (a text _noise tells apart)
    if before[-1] == "遥" and kind == "count":
        # 长征二号F遥二十一 "the 21st flight of the Long March-2F": a serial
        kind, also, soft = "ordinal", ((value, "count"),), True
    out.append(Number(value, kind, approx, span, not soft, also))


def _rough_range(num: str, pre: str, big: str) -> list[Number]:
    """Both ends of a rough range said with adjacent digits (五六百元, 一千二三百人),
    or nothing if ``num`` is not one."""
    ends: list[Number] = []
    rough = _ZH_ROUGH.fullmatch(num) if 3 <= len(num) <= 5 and not pre else None
    if rough and _ZH_DIGITS[rough[2]] == _ZH_DIGITS[rough[1]] + 1:
        # 五六百元 "500 to 600 yuan", or "several hundred": both ends, maybe
        # unsaid; 三四百万 "three to four million"
        size = _ZH_UNITS.get(rough[3]) or _ZH_BIG[rough[3]]
        for ch in rough[4] + big:
            size *= _ZH_BIG[ch]
        for digit in (rough[1], rough[2]):
            ends.append(Number(float(_ZH_DIGITS[digit] * size), "count", "either", num, False))
        return ends
    tail = _ZH_ROUGH_TAIL.fullmatch(num) if len(num) >= 4 and not pre else None
    if tail and _ZH_DIGITS[tail[3]] == _ZH_DIGITS[tail[2]] + 1:
        # 一千二三百人 "1,200 to 1,300 people", 两万七八千: a rough range after a
        # number's higher places (its last place may go unsaid: 一千二三)
        high = _value(tail[1])
        if high is not None:
            size = _ZH_UNITS[tail[4] or _PLACE_BELOW[tail[1][-1]]]
            for ch in big:
                size *= _ZH_BIG[ch]
                high *= _ZH_BIG[ch]
            for digit in (tail[2], tail[3]):
                value = high + _ZH_DIGITS[digit] * size
                ends.append(Number(value, "count", "either", num, False))
            return ends
    return ends


def _one_unsaid(value: float, kind: str, big: str, post: str, before: str, after: str) -> bool:
    """Whether a one may go unsaid, as the English says it with an article or a
    word (1小时 "an hour", 兑1美元 "to the dollar", 最近1次 "the last")."""
    if (
        value == 1
        and kind == "count"
        and not big
        and (
            post == "年"
            or after.startswith(_ONE_SPANS)
            or before[-1] == "兑"
            or _ONE_CURRENCY_TO.match(after)
        )
    ):
        # 1小时 "an hour", 一年 "a year", 兑1美元 and 1美元兑30.6元 "to the dollar",
        # 一等奖1注 "a first prize"
        return True
    if value == 1 and before.endswith("最近") and after[:1] in "次届期":
        return True  # 最近1次选举 "the last election"
    elif value == 1 and kind == "count" and before.endswith(_EACH_MORE):
        return True  # 每多1名子女 "for each additional child": the one goes unsaid
    elif value == 1 and kind == "count" and before.endswith(_NEW_ONE) and after[:1] in _ZH_MEASURES:
        return True  # 新增1间服务中心 "a new service centre": the article's one
    elif value == 1 and kind == "count" and before.endswith(_SUPPORTS) and after[:1] in "名个位":
        # 5名青壮年负担1名老人 "five … support each elderly person"; 1.85人争夺1个学位
        # "1.85 candidates for each place"
        return True
    return False


def _bare_numeral(num: str, before: str, after: str) -> tuple[bool, Number | None]:
    """A numeral with nothing to say what it counts (no 第, magnitude, unit):
    whether one of the cases below settles it, and the number it reads, if
    any (二审, （一）, 两天半, 两打; an article's 一 and a place's 七 read none)."""
    if after[:1] == "审" and num in ("一", "二"):
        # 二审 "on appeal" as often as "at second instance": may be said, need not
        value = float(_ZH_DIGITS[num])
        return True, Number(value, "ordinal", "", num + "审", False, ((value, "count"),))
    if before[-4:] in ("修正案（", "修正案(") and _WELL_FORMED.fullmatch(num):
        # 刑法修正案（十一） "the 11th Amendment to the Criminal Law"
        value = float(_value(num) or 0)
        return True, Number(value, "ordinal", "", num, True, ((value, "count"),))
    if (
        after[:1] == "、"
        and not before.strip("\0 ")
        and after[1:2] not in _ZH_NUMERAL  # 一、二级医院: a list, not a heading
        and _WELL_FORMED.fullmatch(num)
    ):
        # 三、 opening a heading: its number, which the English keeps ("III.",
        # "3.", "Third,"); its 一 says something (kept with its 、)
        value = float(_value(num) or 0)
        return True, Number(value, "ordinal", "", num + "、", True, ((value, "count"),))
    if (
        before[-1:] in "(（"
        and after[:1] in ")）"
        and not before[:-1].strip("\0 ")
        and _WELL_FORMED.fullmatch(num)
    ):
        # （一） opening a paragraph: "(1)", "1.", "First,", or unsaid
        value = float(_value(num) or 0)
        return True, Number(value, "ordinal", "", f"（{num}）", False, ((value, "count"),))
    if after[:1] == "角" and before[-1] in "币元" and len(num) == 1:
        # 新台币一角 "NT$0.1": a tenth of a dollar, which the English may give
        value = float(_ZH_DIGITS[num]) / 10
        return True, Number(value, "count", _zh_before(before), num + "角", False)
    if after[:1] == "期" and after[1:2] not in _NOT_A_PHASE and len(num) == 1 and num in _ZH_DIGITS:
        # 一期投资12亿元，二期… "the first (phase) … the second": a phase, by its place
        value = float(_ZH_DIGITS[num])
        return True, Number(value, "ordinal", "", num + "期", False, ((value, "count"),))
    if num == "一" and after[:2] == "年半":
        # 一年半 "a year and a half", "18 months"
        return True, Number(1.5, "count", "", "一年半", True, ((18.0, "count"),))
    if (
        after[:1] in "天年周亩斤米吨" and after[1:2] == "半" and after[2:3] not in _HALF_WORDS
    ) or after[:3] in ("个半月", "个半小"):
        # 两天半 "two and a half days", 三个半月 "three and a half months", 三亩半
        value = float(_value(num) or 0) + 0.5
        return True, Number(value, "count", _zh_before(before), num + after[:2], True)
    if after[:1] == "打" and after[1:2] not in _DA_VERB and len(num) <= 2:
        # 两打 "two dozen" (not 一打就, 打造, 打工: the verb)
        dozens = float(_value(num) or 0)
        return True, Number(12 * dozens, "count", "", num + "打", True, ((dozens, "count"),))
    if (
        num in _ZH_DIGITS
        and after.startswith(("水库", "水坝"))
        and "\u4e00" <= before[-1] <= "\u9fff"
    ):
        # 宝二水库 "Baoshan Second Reservoir": a numeral in a reservoir's name
        value = float(_ZH_DIGITS[num])
        return True, Number(value, "count", "", num, False, ((value, "ordinal"),))
    if num == "一" and after[:1] == "级" and after[1:2] != "一":
        # 一级能效 "level 1 energy efficiency", 一级响应 "a Level I response", but
        # also "first-class", "primary": a level the English may give or not
        approx = _zh_qualifier(before, after[1:])
        return True, Number(1.0, "count", approx, num, False, ((1.0, "ordinal"),))
    if num == "一" and after[:1] in "度℃" and before[-1:] in "高低升降了近约":
        # 偏高一度 "1℃ higher", 下降一度 (not 一度成为 "once became"): may be said
        return True, Number(1.0, "count", "", num, False)
    if (
        len(num) == 1
        and num in _ZH_DIGITS
        and after[:1] == "毫"
        and after[1:2] not in _NOT_TEN_CENTS
    ):
        # 加一毫 (Hong Kong) "10 cents more", 不多于四毫 "no more than 40 cents"; not
        # 一毫米, 一毫不差 (a hair)
        value = float(_ZH_DIGITS[num])
        return True, Number(
            value, "count", _zh_before(before), num, False, ((value / 10, "count"),)
        )
    if num == "一" and after[:1] in "时点" and before[-2:] in _DAY_PARTS:
        # 凌晨一时半 "1.30am" (not 一时 "for a while"): an hour, and one that
        # says something (凌晨一点 is not "2 a.m.")
        return True, Number(1.0, "count", "", num + after[:1], True, _clock(1.0, before))
    if num == "一" and (span := _ONE_SPAN.match(after)) is not None:
        # 一个多小时 "more than an hour", 不超过一个月 "no more than a month": a span
        # of one and its hedge, which the English gives with "an hour", "a month"
        approx = "more" if span[1] else _zh_qualifier(before, after)
        if approx:
            return True, Number(1.0, "count", approx, num, False)
    if num == "一" and _RANGE_ON.match(after):
        # 偏低一至二摄氏度 "one to two degrees below": the first end of a range,
        # which may go unsaid as the second's may
        return True, Number(1.0, "count", "", num, False)
    if num in ("一", "零", "〇"):
        return True, None  # 一 is mostly an article ("一批"), 零 a word (零部件 "parts")
    if (
        after[1:2] in _PLACE_ENDS
        and after[:1] not in _COUNTED
        and after[:1] != "级"  # (五级河长 "river chiefs at five levels": no place)
        and not after.startswith("里山路")
    ):
        return True, None  # 九台区, 七台河, 三里屯: a place named with a numeral
    return False, None


def _kind(
    num: str,
    value: float,
    before: str,
    after: str,
    pre: str,
    big: str,
    more: str,
    post: str,
    congress: str,
    prize: bool,
    listed: bool,
    gauge: bool,
    soft: bool,
) -> tuple[str, float, tuple[Key, ...], bool]:
    """What a number counts (a count, an ordinal, a percentage, a year, a day …),
    the value it has then, the other readings the English may give it as
    (``also``), and whether it may go unsaid."""
    kind = "count"
    also: tuple[Key, ...] = ()
    if congress == "大" and not pre and after[1:2] in ("类", "产", "行"):
        pass  # 19大类股 "the 19 main sectors", 十大产业: a count, not a congress
    elif congress == "大" and not pre and after[1:2] in _BIG_PLACES:
        pass  # 台北101大楼 "Taipei 101": a name's number, not the 101st congress
    elif congress == "大" and not pre and value <= 10:
        also = ((value, "ordinal"),)  # 十大 "the top ten", 三大 "three major"
        if "首" in after[1:6]:
            soft = True  # 居十大死因首位 "the leading cause of death": first of ten
    elif pre == "第" or congress or prize:
        kind = "ordinal"  # 第三次; 十八大, 十九届: the 18th congress, the 19th term
        if prize and after[:1] == "读":
            also = ((value, "count"),)  # 三读 "the third reading", 分三读 "three readings"
            # 三读通过 "passed": the third reading is the final one, said or not
            soft = soft or after[1:3] == "通过"
        if listed or (pre == "第" and after[:1] == "次"):
            # 第3、4号 "No. 3 and 4"; 第2次以上 "twice or more", 第3次获奖 "won three times"
            also = ((value, "count"),)
        elif pre == "第" and (after[:2] == "分钟" or after[:1] in "局盘区"):
            # 补时第4分钟 "four minutes into stoppage time"; 第八局 "after eight ends";
            # 第55区 (Hong Kong's planning areas) "Area 55", a name
            also = ((value, "count"),)
        elif pre == "第" and _NAMED_SYSTEM.match(after):
            # 第三条跑道系统 "the three-runway system": named for its count
            also = ((value, "count"),)
        elif pre == "第" and after[:1] == "节" and value <= 4:
            also = ((value, "quarter"),)  # 第二节 (basketball) "the second quarter"
        if congress == "会":
            also, soft = ((value, "count"),), False  # 两次会议: also two meetings
        elif (
            congress == "届" and not pre and before[-2:] in ("连续", "举办", "已经", "办了", "行了")
        ):
            also = ((value, "count"),)  # 连续举办十八届 "held 18 times"
    elif post == "%" or before[2:] == "百分之":
        kind = "percent"
        if "指数" in before or "PMI" in before:
            # 采购经理指数为50.8%, 指数（PMI）为51.9%: "a PMI of 50.8"
            also = ((value, "count"),)
        elif gauge and before[-2:] not in _GROWTH and before[-1] not in "增涨降跌":
            # a reading of a diffusion index, however far from its name (PMI分别为
            # 51.1%、50.6%和50.3%; 11月份跌至38.8%): "51.1, 50.6 and 50.3"
            also = ((value, "count"),)
        if before[-1] == "±" or before[-2:] == "正负":
            # 误差±3% "plus or minus 3 percentage points": a margin, in points
            also = (*also, (value, "points"))
        elif before[-1:] in "（(+-\u2212" and _BRACKETED_CHANGE.search(before):
            # 支持度33.7%（-6.3%） (Taiwan's polls) "33.7 percent, down 6.3 points": the
            # change since the last poll, in points (or "up 2.2", the unit left
            # to the reader), its sign the way it moved
            also = (*also, (abs(value), "points"), (abs(value), "percent"), (abs(value), "count"))
        if value >= 100 and before[-2:] in _GROWTH:
            also = ((1 + value / 100, "factor"),)  # 增长200% "tripled"
        elif value >= 80 and before[-2:] in _GROWTH:
            # 增长96% "nearly doubled" (a factor said in a word must still be
            # one the Chinese gives: not "tripled")
            also = (*also, (1 + value / 100, "factor"))
        elif value < 0 and (before[-3:-1] in _GROWTH or before[-3:-1] in _RATES_OF_GROWTH):
            also = ((-value, "percent"),)  # 增长-2.6%, 同比增幅-6.5%: "fell 2.6%"
    elif post == "‰":
        kind, also = "permille", ((round(value / 10, 6), "percent"),)
    elif post == "倍":
        if after[:1] == "半":
            value += 0.5  # 一倍半 "one and a half times"
        also = _times(value, before)
    elif post in ("个百分点", "个百分比"):
        kind = "points"  # 个百分比 (Hong Kong's polls): percentage points
    elif post.endswith("基点"):
        # 15个基点 "15 basis points": 0.15 percentage points (0.15个百分点)
        kind, also, value = "points", ((value, "count"),), round(value / 100, 8)
    elif post == "年" and 1000 <= value <= 2999 and "." not in num:
        kind = "year"
    elif post == "年" and len(num) == 2 and num[0] == "0" and num[1].isdigit():
        kind, value = "year", 2000 + value  # ○五年 (Macao's papers): 2005
    elif post == "年" and before[-2:] == "民国" and value == int(value):
        kind, value = "year", value + 1911  # 民国112年: 2023, as Taiwan numbers years
    elif post == "年" and before[-2:] in _REIGNS:
        # 永乐十八年 "the 18th year of the Yongle reign", often given only as 1420
        also, soft = ((value, "ordinal"),), True
    elif post == "年" and after[:1] == "半":
        value += 0.5  # 一年半 "a year and a half", "18 months"
        also = ((value * 12, "count"),)
    elif post == "年" and "." in num and value < 10:
        # 1.5年 "18 months", 上升0.1年 "a month or so longer": a span of years
        # in tenths, which the English may give in months
        also = ((round(value * 12, 6), "count"),)
    elif (
        before[-2:] == "连续"
        or before[-1] == "连"
        or (before[-2] == "连" and before[-1] in _STREAK_VERBS)
    ) and (
        post == "年"
        or after[:2] in ("个月", "个季")
        or after[:1] in "月天日周季"
        or after.startswith(("个交易日", "交易日"))
    ):
        # 连续三年 "for the third year running", 连续3个月 "the third straight
        # month"; 连跌5个月 (Hong Kong) "a fifth straight month of falls";
        # 连续三个交易日 "the third trading day in a row"
        also = ((value, "ordinal"),)
        if "季" in after[:2] and value <= 4:
            also += ((value, "quarter"),)  # 连续四个季度 "the fourth quarter in a row"
    elif (
        (before[-1] == "保" or (before[-1] == "抢" and before[-2].isdigit()))
        and not (post or big or more)
        and value < 20
        and (after[:1] in _AFTER_A_WORD or after[:1] in "\0抢」”")
    ):
        # 保4, 保3抢4 (Taiwan's papers): growth of at least 4%, or the 4% aimed
        # at, a target said as a bare number
        kind, also = "percent", ((value, "count"),)
    elif before[-1] == "连" and after[:1] in "红黑升贬涨跌买卖周":
        # 连十六红, 连四黑 (Taiwan's papers): the 16th straight month of growth;
        # 连3升, 连二卖, 连2周: the third straight session up, the second of
        # net selling, the second week running
        also = ((value, "ordinal"),)
    elif (
        before[-1] in "（("
        and before[-2] in "今明昨"
        and after[1:2] == "日"
        and after[:1] in "）)"
        and 1 <= value <= 31
    ):
        # 明（15）日 (Taiwan's papers): tomorrow, the 15th, which the English
        # may give as a date or leave as "tomorrow"
        kind, also, soft = "day", ((value, "ordinal"), (value, "count")), True
    elif (
        before[-1] in "（("
        and before[-2] in "今明去前"
        and after[1:2] == "年"
        and after[:1] in "）)"
        and 38 <= value <= 130
    ):
        # 今（114）年 (Taiwan's papers): this year, 2025, which the English may
        # give as a year or leave as "this year"
        also, soft = ((value + 1911, "year"), (value + 1911, "count")), True
    elif post == "年" and before[-2:] in ("今明", "明后"):
        soft = True  # 今明两年 "this year and next"
    elif (
        (
            post == "年"
            or (not post and after[:2] in ("年度", "年底", "年初"))
            or (not post and _ROC_RANGE_END.match(after))
        )
        and 38 <= value <= 130
        and value == int(value)
        and "." not in num
    ):
        # 112年 (Taiwan, without 民國): the year 2023; 101年度 the 2012 accounts;
        # 114年底 "the end of 2025"
        also = ((value + 1911, "count"),)
    elif not post and after[:3] == "学年度" and 38 <= value <= 130 and value == int(value):
        # 115学年度 (Taiwan): the school year from August 2026, "2026-27" or
        # "this year's", said or not
        also, soft = ((value + 1911, "count"), (value + 1912, "count")), True
    elif (post in ("日", "号") or (not post and _DAY_LIST_NEXT.match(after))) and (
        1 <= value <= 31 and value == int(value)
    ):  # (20、21日 "the 20th and 21st": the list's first day too)
        # a day of the month (the 8th), or a count of days
        kind, also = "day", ((value, "ordinal"), (value, "count"))
    elif after[:1] in "时点" and value == int(value):
        also = _clock(value, before)
    elif after[:1] == ":" and value <= 24 and num.isdigit() and _MINUTES.match(after):
        also = _clock(value, before)  # 17:00 "5 pm"
    elif num == "00" and before[-1] == ":" and before[-2].isdigit():
        soft = True  # 9:00 "9 am": no minutes to say
    elif after[:2] == "小时" and value == 24 and not before.endswith(_SPAN_BACK):
        soft = True  # 24小时 "round-the-clock" (not 过去24小时, "the past 24 hours")
    elif after[:2] == "小时" and value % 24 == 0 and 0 < value <= 240:
        also = ((value / 24, "count"),)  # 48小时 "two days"
    elif after[:1] == "局" and after[1:2] in "上下" and value <= 12:
        also = ((value, "ordinal"),)  # 5局上 (baseball) "the top of the fifth"
    elif after[:1] == "战" and "胜" in after[1:5] and value <= 200:
        soft = True  # 5战4胜1败 "went 4-1": the games are the record's sum
    elif after[:1] == "连" and after[1:2] in "胜败负冠" and value <= 200:
        also = ((value, "ordinal"),)  # 11连胜 "an 11th straight win"
    elif after[:1] in "负败" and before[-1:] == "胜" and before[-2:-1].isdigit():
        # 交手8次，5胜3负 "won five of their eight meetings": the losses may
        # be left to the reader (a wrong one said is still not in the Chinese)
        soft = True
    elif after[:2] == "年级" and value <= 12:
        also = ((value, "ordinal"),)  # 四年级 "fourth grade", "grade four"
    elif after[:2] == "周年" or (after[:1] in "楼层" and not big):
        also = ((value, "ordinal"),)  # 100周年: the 100th anniversary; 28楼 the 28th floor
    elif (
        after[:1] == "角"
        or (after[:1] == "毫" and after[1:2] not in _MILLI_UNITS)
        or (after[:1] == "分" and before.rstrip("小近约值")[-1:] in ("升", "贬"))
    ):
        # (毫 in Hong Kong: ten cents, 加4毫 "40 cents more"; not 毫米, 毫克)
        # 升值1.35角 "up NT$0.135", 小贬3分 "down NT$0.03": tenths and
        # hundredths of a dollar, as Taiwan's papers give a currency's move
        also = ((round(value / (100 if after[:1] == "分" else 10), 6), "count"),)
    elif after[:1] == "元" and "." in num and value < 1 and not big:
        # 低0.03元 "3 fen below", 每度不超过0.8元 "80 fen per kWh": a price
        # under a yuan in fen (or cents)
        also = ((round(value * 100, 6), "count"),)
    elif after[:1] == "厘" and after[1:2] not in ("米", "克"):
        # 5.75厘 (Hong Kong) "5.75 percent" a year; 月息3厘 "0.3 percent" a month;
        # 加息1厘 "a rise of 1 percentage point"
        also = ((value, "percent"), (round(value / 10, 6), "percent"), (value, "points"))
    elif after[:1] == "里" and _LI_AFTER.match(after, 1):
        # 二十来里山路 "about 10 kilometres": a li is half a kilometre
        also = ((_converted(value, 0.5), "count"),)
    elif after[:1] in _CONVERTED and (factors := _conversions(after)):
        # 700亿斤 is often given as "35 million tonnes", 330万亩 as "220,000
        # hectares", 1200万千瓦 as "12 gigawatts"; 5,800多万千瓦 "more than 58
        # gigawatts"
        also = tuple((_converted(value, factor), "count") for factor in factors)
    elif after[:1] == "℃" or after[:3] == "摄氏度":
        also = ((round(value * 9 / 5 + 32, 1), "count"),)  # 40℃ "104 degrees Fahrenheit"
    elif after[:2] == "个月" and value % 6 == 0 and 0 < value <= 120:
        # 6个月 "half a year", 18个月 "a year and a half", 24个月 "two years"; 12个月
        # "a year", whose one goes unsaid
        also, soft = ((value / 12, "count"),), soft or value == 12
    elif after[:1] == "天" and value == 365:
        also, soft = ((1.0, "count"),), True  # 全年365天 "every day of the year"
    elif after[:1] == "级" and not big:
        # 二级巡视员 "a second-level inspector", 三级医院 "a tertiary
        # hospital": a level, said as a count, an ordinal or a word
        also, soft = ((value, "ordinal"),), True
    if kind == "count" and not pre and before[-1] == "等":
        # 法国等6国 "France and five other countries": six in all
        also += ((value, "total"), (value - 1, "others"))
    elif (
        kind == "count"
        and not pre
        and (before[-2:] in ("其他", "其余", "另外") or before[-1] == "另")
    ):
        also += ((value, "others"),)  # 其他5个国家 "five other countries"
    if (
        kind == "count"
        and not (post or also)
        and ("率" in before or "比" in before)
        and (_RATE_BEFORE.search(before))
    ):
        also = ((value, "percent"),)  # 收视率破2 "ratings above 2 percent": % left unsaid
    if (
        kind == "count"
        and not pre
        and before[-1] in ("前", "至", "首")
        and (after[:1] == "季" and value <= 4)
    ):
        # 前三季度 "the first three quarters", "January-September" (nine months);
        # 首三季 (Hong Kong) the same
        soft, also = True, ((value * 3, "count"),)
    return kind, value, also, soft


def _approx(
    num: str,
    value: float,
    kind: str,
    before: str,
    after: str,
    pre: str,
    more: str,
    post: str,
    far: str,
    gauge: bool,
    soft: bool,
) -> tuple[str, bool]:
    """The hedge a number carries (``more``, ``less``, ``about``, ``either``),
    and whether it may go unsaid."""
    if before[-1] in "数几" and not pre and not num[0].isdigit():
        # 数十亿 "billions", 几十家 "dozens": a rough size, maybe said in words
        # (not 户数34万: a count's digits after the word for it)
        approx, soft = "either", True
    elif more and pre == "第" and more == "多":
        approx = ""  # 史上第2多 "the second-most ever": a rank, no "more than"
    elif more:
        approx = "either" if more == "几" else "more"  # 十几: ten-odd, a dozen or so
        if value < 0 and approx == "more":
            approx = "less"  # 零下三十多度 "below minus 30 degrees": colder, so less
        if more == "余" and value >= 10_000_000 and len(f"{value:.0f}".rstrip("0")) >= 4:
            # 2亿8740万余元 "NT$287.4 million": what is left past four figures is
            # rounding, which the English may leave unsaid
            approx = "either"
    else:
        lead = before[: 5 - len(pre)]
        if value < 0 and lead[-1:] in "-\u2212":
            lead = lead[:-1]  # 低于-30℃ "below minus 30 degrees": past the sign
        approx = _zh_qualifier(lead, after)
        if approx == "less" and lead[-1:] == "快" and post in ("个百分点", "个百分比"):
            approx = ""  # 增速比全部工业投资快9.4个百分点 "9.4 points faster", the 比 far back
        if approx == "more" and after[:1] == "多" and after[1:2] in _MORE_IS_VERB:
            approx = ""  # 一年多收入好几百块 "several hundred yuan more a year": 多 the verb's
        if (
            not approx
            and lead[-1:] == "小"
            and lead[-2:-1] not in _SMALL_WORDS
            and any(c in num for c in "十百千万亿")
        ):
            approx = "less"  # 赔了小十万 "nearly 100,000" (not 小三通, 缩小10%)
        if (
            approx == "less"
            and before[-1] == "近"
            and (_duration(post, after) or after[:1] in "次期届轮场" or "赛季" in after[:3])
        ):
            # 近3年 "the past three years", or "nearly three years"; 近12次 "the last 12";
            # 近6轮, 近五个赛季 "the last six rounds", "in five seasons"
            approx = "either"
        elif approx == "more" and kind == "year" and after[:1] in _MORE_AFTER:
            approx = ""  # 比2008年多5亿元: "5 billion more than in 2008"
        elif approx == "about" and after[:1] == "分" and before[-2:] == "小时":
            # 6小时50分左右 "about 6 hours 50 minutes": the whole time's hedge,
            # which the English says before its hours
            approx = "either"
        elif approx and kind == "year" and lead[-2:] in _COMPARED_WITH:
            approx = ""  # 高于2003年末9.1%的增速 "up from the 9.1 percent at the end of 2003"
        elif approx == "about" and (kind == "year" or _BASE_OF_MULTIPLE.match(post + far)):
            # 约为2019年的4倍, 约为5级地震的32倍: the 约 is the factor's, not the base's
            approx = ""
        elif kind == "percent" and not post and before[-1] in "保抢":
            approx = "either"  # 保4 "at least 4 percent", or "4 percent"
        elif (
            approx in ("more", "less") and lead[-2:] in ("低于", "高于") and _REFERENCE.match(after)
        ):
            # 低于5.5%的控制目标 "0.4 points below the 5.5 percent ceiling": a
            # line compared with, which the English may give plainly
            approx = "either"
        elif gauge and value == 50 and kind == "percent" and not approx:
            # the line itself (以50%为临界点，高于50%反映扩张): "a reading above 50",
            # where 高于 alone would be a comparison (高于全国1.1个百分点)
            approx = "either"
    return approx, soft


#: A line a figure is compared with, after 低于/高于 N: 的控制目标, 的全国平均水平.
_REFERENCE = _lazy(r"%?的[^，,。；]{0,6}?(?:目标|水平|标准|红线|警戒线|控制线|基准|上限|下限|预期)")


def _bands(prepared: str, out: list[Number]) -> list[Number]:
    """Bands (已满十二周岁不满十四周岁) and bounds said after a list's last item:
    each end's hedge, as the English gives it."""
    if "不满" in prepared or "未满" in prepared or "不足" in prepared:
        # 已满十二周岁不满十四周岁 "aged 12 to 14", 三个月以上不满一年 "three months
        # to a year": a band's ends, which the English may give plainly
        bands = list(_BAND.finditer(prepared))
        ends = {e for m in bands for e in m.groups()}
        tops = {m[2] for m in bands}
        if ends:
            # (年满70周岁以上不满75周岁 "aged 70 to 74": the last whole year under the top)
            out = [
                n._replace(
                    approx="either",
                    also=(*n.also, (n.value - 1, n.kind))
                    if _ends_in(n.text, tops) and n.value.is_integer() and n.value > 1
                    else n.also,
                )
                if n.approx in ("more", "less") and _ends_in(n.text, ends)
                else n
                for n in out
            ]
    if "、" in prepared and ("以内" in prepared or "以下" in prepared or "以上" in prepared):
        # 进口30小时、出口1小时以内 "under 30 hours … under an hour": a bound after
        # the last of a list is each's, as a unit said once is
        bounds = {}
        for m in _LIST_BOUND.finditer(prepared):
            bounds[m[1]] = "more" if m[3] == "以上" else "less"
        if bounds:
            out = [
                n._replace(approx=bounds[n.text]) if n.text in bounds and not n.approx else n
                for n in out
            ]
    return out


def _listed_counts(prepared: str, out: list[Number]) -> list[Number]:
    """Counts a list gives by its length (北大湖、松花湖两大雪场): said or not."""
    if "、" in prepared:
        # a list gives its count, which the English need not say again:
        # 北大湖、松花湖两大雪场 "the Beidahu and Songhua Lake resorts";
        # 前三名依序为甲、乙及丙 "highest in A, then B and C"
        # (the last two items may be joined by 和: 教育、社会福利和医疗卫生三个范畴)
        counted = {
            m[2]
            for m in _LISTED_COUNT.finditer(prepared)
            if _zh_value(m[2])
            == m[1].count("、") + 1 + bool(_LAST_JOINED.search(m[0][len(m[1]) : -len(m[2])]))
        }
        if "前" in prepared:
            counted |= {
                m[1]
                for m in _TOP_LISTED.finditer(prepared)
                if _zh_value(m[1])
                == m[2].count("、") + 1 + bool(_LAST_JOINED.search(m[2].rsplit("、", 1)[-1]))
            }
        if counted:
            out = [
                n._replace(strict=False) if n.kind == "count" and n.text in counted else n
                for n in out
            ]
    return out


#: A structure given as shares (三次产业结构为10.2:35.6:54.2): three or more
#: figures joined by colons after 结构为.
_SHARES_OF_A_WHOLE = _lazy(
    r"结构(?:为|是|调整为|优化为)?(\d+(?:\.\d+)?(?:[:\u2236]\d+(?:\.\d+)?){2,})"
)


def _shares_of_a_whole(prepared: str, out: list[Number]) -> list[Number]:
    """Shares that add up to a whole (10.2:35.6:54.2, 100 in all): each may be
    said as a percentage ("farming at 10.2 percent"), and 三次产业 "the three
    industries" need not be counted."""
    shares: set[str] = set()
    for m in _SHARES_OF_A_WHOLE.finditer(prepared):
        parts = re.split("[:\u2236]", m[1])
        if abs(sum(float(p) for p in parts) - 100) <= 0.5:
            shares.update(parts)
    if not shares:
        return out
    return [
        n._replace(kind="percent", also=(*n.also, (n.value, "count")))
        if n.kind == "count" and n.text in shares
        else n._replace(strict=False)
        if n.text == "三" and "三次产业" in prepared
        else n
        for n in out
    ]


def _per_shares_and_services(prepared: str, out: list[Number]) -> list[Number]:
    """Payouts per so many shares, and service numbers (拨打110) that the
    English may give by the service's name."""
    if "股" in prepared and "每" in prepared and _PER_SHARES.search(prepared):
        # 每10股派发现金红利2.5元 "0.25 yuan per share": the payout per share, and
        # the base said or not
        for m in _PER_SHARES.finditer(prepared):
            base, amount = float(m[1]), float(m[2])
            out = [
                n._replace(strict=False)
                if n.text == m[1]
                else n._replace(also=(*n.also, (round(amount / base, 6), "count")))
                if n.text == m[2] and n.kind == "count"
                else n
                for n in out
            ]
    if ("1" in prepared or "999" in prepared) and _SERVICE_NUMBER.search(prepared):
        # 120急救车 "ambulances", 拨打110 "called the police": a service's number,
        # which the English may give by the service's name
        called = {m[1] or m[2] for m in _SERVICE_NUMBER.finditer(prepared)}
        out = [n._replace(strict=False) if n.text in called else n for n in out]
    return out


def _listed_totals(prepared: str, out: list[Number]) -> list[Number]:
    """Totals after a named list (欧元、日元等14种货币): the English may count
    only the ones it does not name."""
    if "等" in prepared and "、" in prepared:
        # 欧元、日元等14种货币 "the euro, the yen and 12 other currencies": the
        # English may count only the ones it does not name
        others, closed = {}, set()
        for m in _LISTED_TOTAL.finditer(prepared):
            total, named = _zh_value(m[3]), m[1].count("、") + 1
            if total is not None and total == named + bool(_LAST_JOINED.search(m[2])):
                closed.add(m[3])  # 甲、乙和丙等3家: the three named, the count said or not
            elif total is not None and total > named:
                others[total] = total - named
        if closed:
            out = [
                n._replace(strict=False) if n.kind == "count" and n.text in closed else n
                for n in out
            ]
        if others:
            out = [
                n._replace(
                    # (not as one named and the others: 法国等6国)
                    also=(
                        *(k for k in n.also if k[1] not in ("others", "total")),
                        (others[n.value], "others"),
                    )
                )
                if n.value in others and n.kind == "count"
                else n
                for n in out
            ]
    return out


#: A number, then its magnitude at the start of a bracketed unit (3713（万TEU）).
_BRACKETED_MAGNITUDE = _lazy("(\\d[\\d,.]*)([（(])([万亿]+)(?=[^）)]{0,8}[）)])")
#: A hedge of three or more characters before a currency named before its number.
_HEDGE_BEFORE_CURRENCY = _lazy(
    "(不超过|不低于|不少于|不高于|不足|不到|至少|最高|最低|将近|接近|超过)"
    "(人民币|新台币|港币|澳门币|美元)(?=\\d)"
)
#: A payout per so many shares (每10股派发现金红利2.5元).
_PER_SHARES = _lazy(
    r"每(\d{1,3})股(?:派发?|派送|送)?(?:现金)?(?:红利|股利|股息)?(?:人民币)?(\d+(?:\.\d+)?)元"
)
#: An emergency or public service's number before what it names (120急救车,
#: 12345热线), or after 拨打 (拨打110).
_SERVICE_NUMBERS = "110|119|120|122|999|12345|12315|12320|12348|12355|12333|12368|12306|12123"
_SERVICE_NUMBER = _lazy(
    f"(?<![\\d.])({_SERVICE_NUMBERS})(?![\\d.])"
    "(?=急救|救护|指挥|报警|火警|消防|热线|平台|服务|接警|专线|中心|电话|便民|政务)"
    f"|(?<=拨打)({_SERVICE_NUMBERS})(?![\\d.])"
)
#: A list of named things before 等 and their total (欧元、日元等14种), the last
#: named apart (河北航空和顺丰航空等3家: a list the total closes).
_LISTED_TOTAL = _lazy(
    "((?:[^，。；：、\\s]{1,10}、)+)([^，。；：、\\s]{1,10})等"
    "(\\d+|[一二两三四五六七八九十]+)(?=[种个家项国名座所只类])"
)
#: The first number of a list of two whose last has a bound (30小时、1小时以内).
_LIST_BOUND = _lazy(
    "(?<![\\d.])(\\d+(?:\\.\\d+)?)(?=([^\\d、，。；,;A-Za-z]{1,3})、[^\\d、，。；,;]{0,4}"
    "\\d+(?:\\.\\d+)?\\2(以内|以下|以上))"  # (the same unit after each)
)
#: The first few (前3名) and the list of them that follows in the clause.
_TOP_LISTED = _lazy("前(\\d|[两三四五六七八九])(?:名|大|位)([^。；;]*)")
_LAST_JOINED = _lazy("[及和与與]")
#: A list of named things and their count just after it (甲、乙两大雪场,
#: 范家屯、公主岭、郭家店3个收费站).
_LISTED_COUNT = _lazy(
    "((?:[^，。；：、,;:\\s\\d]{2,10}、)+)[^，。；：、,;:\\s\\d]{2,10}?"
    "([两三四五六七八九]|(?<![\\d.])[2-9])(?=[大个家座所项条])"
)
#: A band: a floor (满, 以上), then a top under 不满: 已满1年不满10年.
_BAND_NUMBER = "(\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十百千万]+)"
_BAND = _lazy(
    _BAND_NUMBER
    + "[^\\d，。,；;零一二两三四五六七八九十百千万]{0,4}?(?:以上)?(?:不满|未满|不足)"
    + _BAND_NUMBER
)


def _ends_in(text: str, ends: set[str]) -> bool:
    """Whether a number read as ``text`` (十四, 10年) is one of the ``ends``."""
    return any(text.startswith(e) and not text[len(e) : len(e) + 1].isdigit() for e in ends)


_HAS_UNIT = _lazy("[百千万亿]")
#: A list whose last item carries the suffix of every item (一、二、三等奖,
#: 三、四线城市, 一、二级医院): the suffix given to each (第二、三批 is read as
#: a list already).
_LIST_SUFFIX = _lazy(
    r"(?<![\d一二三四五六七八九十第])([一二三四五六七八九十\d]{1,2})、"
    r"(?=(?:[一二三四五六七八九十\d]{1,2}、)*[一二三四五六七八九十\d]{1,2}(等奖|等功|级|线|批))"
)
_LIST_SUFFIX_HINT = _lazy("、[一二三四五六七八九十\\d]{1,2}(?:等奖|等功|级|线|批)")
#: 半吨, 半亩: half of a measure (not 大半, 一半, 过半, nor 半斤八两, "six of one").
_HALF_MEASURE = _lazy(
    "(?<![大小多过逾超近上下前后一两二三四五六七八九十个\\d])半(吨|公斤|斤(?!八两)|亩|公里|米|升)"
)
#: 减半, 砍半, 腰斩: halved.
_HALVED = _lazy("减半|砍半|腰斩")
#: 半价, 打对折: half price.
_HALF_PRICE = _lazy("半价|对折")
#: 第（二）项: an ordinal in brackets, as laws number their items.
_PAREN_ORDINAL = _lazy("第[（(]([一二三四五六七八九十]{1,3}|\\d{1,2})[）)]")
#: 一刻钟, 三刻钟: quarters of an hour.
_QUARTER_HOURS = _lazy("([一两二三]|[1-3])刻钟")
#: Spoken two and three: 他俩, 咱仨 (not 伎俩, "a trick").
_TWO_THREE = _lazy("(?<!伎)俩|仨")
#: Set phrases whose numerals count nothing ("by fits and starts", "all year
#: round", "in a great hurry"), and that a numeral and a measure word would
#: otherwise make a number the English must give.
_IDIOMS = _lazy(
    "三天打鱼两天晒网|三天两头|一年四季|一年半载|三年五载|十年磨一剑|三番五次|一日千里"
    "|三头六臂|五花八门|十万火急"
    "|二维码"  # "a QR code" (a two-dimensional one)
    "|二手"  # 二手房 "resale homes", "second-hand" (read as no number in English too)
)
#: What follows 毫 when it is a thousandth (毫米 mm, 毫克 mg), not ten cents.
_MILLI_UNITS = frozenset("米克升秒安瓦伏巴")
#: What follows 一毫 when it is not ten cents: 一毫米, 一毫不差 (not a hair off).
_NOT_TEN_CENTS = _MILLI_UNITS | frozenset("不无之也")
#: 7元3角: HK$7.30, read as one sum.
_YUAN_JIAO = _lazy(r"(?<![\d.])(\d+)元(\d)角")
#: A range of dimes whose first end leaves 角 to the second (五至八角).
_JIAO_RANGE = _lazy("([一二两三四五六七八九])([至到])(?=[一二两三四五六七八九]角)")
#: Sums as they are spoken: 两块五 (2.5 yuan), 三块八毛五 (3.85), 五块钱, 一毛五
#: (0.15), 五毛钱. A 块 with neither 钱 nor a numeral after it counts pieces
#: (三块金牌), and a 毛 or 角 needs one too (一毛不拔, 三角洲).
_SPOKEN_YUAN = _lazy(
    r"(?<![\d.零一二两三四五六七八九十百千万亿])(?:"
    r"(?P<yuan>\d+|[一二两三四五六七八九十]{1,3})块(?:钱|(?P<jiao>[一二两三四五六七八九])"
    r"(?:[毛角](?P<fen>[一二三四五六七八九])?)?(?![块十百千万亿\d]))"
    r"|(?P<dime>[一二两三四五六七八九])[毛角](?:钱|(?P<cent>[一二三四五六七八九])"
    r"(?![块十百千万亿\d])|(?<=角)(?=[，。；、,或及以至到]|$)))"  # 上调最多四角 "40 cents"
)


def _spoken_yuan(m: re.Match[str]) -> str:
    if m["dime"]:
        return f"0.{_ZH_DIGITS[m['dime']]}{_ZH_DIGITS[m['cent']] if m['cent'] else ''}元"
    yuan = int(_value(m["yuan"]) or 0)
    if not m["jiao"]:
        return f"{yuan}元"
    return f"{yuan}.{_ZH_DIGITS[m['jiao']]}{_ZH_DIGITS[m['fen']] if m['fen'] else ''}元"


#: 上旬, 中旬, 下旬: the first, middle and last ten days of a month.
_TEN_DAYS = _lazy("([上中下])旬")
#: 前年, 大前年 (not 三年前年产: a count of years, then 年产; nor 前年度, Taiwan's "last year").
_YEAR_BEFORE_LAST = _lazy("(?<!年)(大)?前年(?![度均])")
_YEARS_AND_A_HALF = _lazy(
    r"(?<![\d.一二两三四五六七八九十])(\d{1,2}|[一二两三四五六七八九十]{1,3})年零?六个月"
)
_KERNEL_WEIGHT = _lazy("(?<![\\d一二两三四五六七八九十])([百千])粒重")
_HOURS_AND_A_HALF = _lazy(
    r"(?<![\d.一二两三四五六七八九十])(\d{1,2}|[一二两三四五六七八九十]{1,3})个?小时(?:30|三十)分(?!之)钟?"
)
_SUB_ARTICLE = _lazy("(?<=条)之([一二三四五六七八九])")
_PERCENT_RANGE = _lazy(
    r"百分之(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)([至到\-—~])"
    r"(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)(?![\d%百千万亿点])"
)
_LIST_NUMERAL = "[零〇一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?"
#: 百分之 said once before a list of numerals that all are shares.
_PERCENT_LIST = _lazy(
    "百分之(" + _LIST_NUMERAL + "(?:[、和及与]" + _LIST_NUMERAL + ")+)(?=[，。,;；）)]|$)"
)
#: 半成: half a tenth, 5% (not 五成半, 55%, nor 半成品).
_HALF_TENTH = _lazy("(?<![一二两三四五六七八九十\\d成])半成(?![品本熟])")
#: A bound and the share it bounds (不得低于…的23%), moved next to the share.
_QUALIFIED_SHARE = _lazy(
    "((?:不得|不)(?:低于|少于|高于|多于|超过))([^，。；,;]{1,24}?的(?=[\\d一二三四五六七八九十百])"
    # (减持不超过公司总股本1% "no more than 1 percent of the company's shares")
    "|[\u4e00-\u9fff]{1,12}?(?:股本|总额|总量|总数|面积|人口|收入|资产)(?=\\d+(?:\\.\\d+)?%))"
)
#: A hedge before what a percentage or a multiple is of (超过全省的80% "more
#: than 80% of the province's", 接近全国的三倍 "nearly three times the
#: country's"), moved next to the number.
_HEDGED_SHARE = _lazy(
    "(?<!不)(?<!不得)(超过|超出|逾|不足|不到|接近|将近|未达)([\u4e00-\u9fff]{1,12}(?:的|数))"
    "(?=\\d+(?:\\.\\d+)?%|一半|(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]+)倍)"
)  # (未达应选名额选举人数10% "less than 10 percent of the quota": a count's share)
#: A floor and a ceiling, as statutes give a penalty: 一倍以上五倍以下.
#: Only when the ceiling is the next number (60岁以上老人和6岁以下儿童: two bounds).
_BOUNDS = _lazy(
    "以上([、，,]?)((?=[\\d一二两三四五六七八九十百千万])(?:\\d,(?=\\d)|[^，。；,;和与及、或]){1,12}?)以下"
)
#: A hedge before two or more rate bases (不低于每人每年640元), which the five
#: characters read before a number would not reach.
_HEDGE_PAST_BASES = _lazy(
    "(不低于|不少于|不超过|不高于|最高|最低|超过|约)((?:每[\u4e00-\u9fff]{1,2}?){2,3})(?=\\d)"
)
#: The digits of a bound, and their 万 or 亿.
_BOUND_DIGITS = _lazy(r"(\d[\d,]*(?:\.\d+)?)([万亿]?)")


def _bounded_range(m: re.Match[str], text: str) -> str:
    """A floor and a ceiling as one range (至), when the ceiling follows at
    once; after a pause (10万元以上、2000万元以下) only when the ceiling is
    the higher (not 60岁以上、6岁以下: two groups)."""
    if not m[1]:
        return "至" + m[2]
    floor = list(_BOUND_DIGITS.finditer(text, max(0, m.start() - 12), m.start()))
    ceiling = _BOUND_DIGITS.match(m[2])
    if not floor or ceiling is None:
        return m[0]
    low = float(floor[-1][1].replace(",", "")) * _ZH_BIG.get(floor[-1][2], 1)
    high = float(ceiling[1].replace(",", "")) * _ZH_BIG.get(ceiling[2], 1)
    return "至" + m[2] if low < high else m[0]


#: Reign titles of the Tang, Ming and Qing, whose years are counted from the
#: accession (民国 is read as a year of its own).
_REIGNS = frozenset((
    "贞观", "开元", "天宝", "洪武", "永乐", "宣德", "正统", "成化", "弘治", "正德", "嘉靖",
    "隆庆", "万历", "天启", "崇祯", "顺治", "康熙", "雍正", "乾隆", "嘉庆", "道光", "咸丰",
    "同治", "光绪", "宣统",
))  # fmt: skip
#: Spans of time that English counts with "a": an hour, a day, a month.
_ONE_SPANS = ("小时", "天", "个月", "周", "星期", "分钟", "个小时", "个星期", "日内", "注", "夜",
              "波")  # fmt: skip  # 以连续3日为1波 "each wave"
#: A signed change in brackets after a share (33.7%（-6.3%）).
_BRACKETED_CHANGE = _lazy("%[（(][+\\-\u2212]?$")
#: 2米33, 1米8: metres and centimetres, as a height or a jump is said.
_METRES = _lazy(r"(?<![\d.])(\d{1,2})(米|公尺)(\d{1,2})(?![\d.万亿千百米厘公])")
#: 第一、 before a numeral: a list of ordinals (第一、二名).
_ORDINAL_LIST = _lazy("第[一二三四五六七八九十\\d]{1,3}(?:、[一二三四五六七八九十\\d]{1,2})*、$")
#: Words of growth before a percentage (增长200% is also "tripled") or N倍
#: (增长1.2倍 is "up 120%", or "2.2 times" as much).
_GROWTH = frozenset(("增长", "增加", "上升", "提高", "上涨", "扩大", "同比", "长了", "加了",
                     "提升", "攀升", "跃升", "涨了", "升了", "增率",
                     "高出", "多出",
                     "偏多", "偏高"))  # fmt: skip  # 高出两倍 "triple": by 200%; 偏多1倍 "double"
#: A rate of growth, whose negative figure is a fall (同比增幅-6.5% "down 6.5 percent").
_RATES_OF_GROWTH = frozenset(("增幅", "涨幅", "升幅", "增速"))
#: A rate just before a bare number: its unit, %, goes without saying.
_RATE_BEFORE = _lazy("(?:率|比重|占比)(?:破|达|为|超|超过|突破|达到|仅|约|近)?$")
#: Chinese units the English may convert, longest first: 斤 to tonnes or
#: kilograms, 亩 to hectares, tonnes to kilograms and back, kilowatts to mega-
#: and gigawatts, kilowatt-hours to mega-, giga- and terawatt-hours.
_CONVERSIONS = (
    ("千瓦时", (1e-3, 1e-6, 1e-9)), ("千瓦", (1e-3, 1e-6)), ("公斤", (1e-3,)),
    ("千克", (1e-3,)), ("吨", (1e3,)), ("斤", (1 / 2000, 1 / 2)), ("亩", (1 / 15,)),
    ("瓩", (1e-3, 1e-6)),  # Taiwan's kilowatt
    # 5000米 "5 km", 10万平方米 "10 hectares" or "0.1 square kilometres", 120公顷
    # "1.2 square kilometres" and back (not 公里 as metres: 100万公里 is
    # then "a billion kilometres", the error a unit word would show)
    # 1.5小时 "90 minutes", 48小时 "two days", 90分钟 "an hour and a half"
    ("个小时", (60.0, 1 / 24)), ("小时", (60.0, 1 / 24)), ("分钟", (1 / 60,)),
    ("米", (1e-3,)), ("平方米", (1e-4, 1e-6)), ("公顷", (1e-2,)), ("平方公里", (100.0,)),
    ("像素", (1e-6,)),  # 5000万像素 "50 megapixels", "50MP"
    ("公里", (0.621371,)),  # 时速350公里 "about 217 miles an hour"
    ("画素", (1e-6,)),  # Taiwan's 5000萬畫素
)  # fmt: skip
_CONVERTED = frozenset(unit[0] for unit, _ in _CONVERSIONS)


def _converted(value: float, factor: float) -> float:
    """``value`` in another unit, to twelve significant digits, as a key keeps
    them (320万千瓦 × 10⁻⁶ would be 3.1999… gigawatts)."""
    return float(f"{value * factor:.12g}")


def _conversions(after: str) -> tuple[float, ...]:
    for unit, factors in _CONVERSIONS:
        if after.startswith(unit):
            return factors
    return ()


#: 5千万, 1.2千亿, 3百万, 2.5千吨: Arabic digits before 千 or 百 as a magnitude
#: (not the kilo- of 千克, 千米, 千瓦 …).
_DIGITS_HUNDREDS = _lazy(r"(?<![\d.,])(\d+(?:\.\d+)?)([百千])(?![克米瓦伏帕卡焦兆赫分字])")


#: Arabic digits and magnitudes in turn: 3万5千 (35,000), 1千5百万 (15 million),
#: 2亿5千万 (250 million); not the kilo- of 千克, 千米, 千瓦 at the end.
#: An odd amount between a digit's 千 or 百 and the 万 after it (3亿5千多万).
_ODD_BEFORE_WAN = _lazy(r"(?<=\d)([千百]?)([多余几])(万)")
_MIXED = _lazy(
    r"(?<![\d.])(?<!\d,)(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)[十百千万亿]+"
    r"(?:零?\d{1,3}(?:,\d{3})+[十百千万亿]+|零?\d+[十百千万亿]+)+"
    r"(?![克米瓦伏帕卡焦兆赫分字])"  # 3亿2,000万, 2亿零500万 (Taiwan, Hong Kong)
)
_MIXED_PARTS = _lazy(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)|([十百千万亿])")


#: A span of years written digit by digit (二零二三至二四年度, 二〇二七/二八), before
#: 年 or 财政年度, or before the next span of a range (至二〇三六/三七年度).
_YEAR_DIGITS = _lazy(
    "(?<![一二三四五六七八九十〇零百千万亿])([一二][〇零一二三四五六七八九]{3})"
    "([/至到—－-])([〇零一二三四五六七八九]{2,4})(?=年|财政?年|课税年|学年|[至到—－-][一二][〇零])"
)
_DIGIT_OF = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def _year_digits(m: re.Match[str]) -> str:
    return m[1].translate(_DIGIT_OF) + m[2] + m[3].translate(_DIGIT_OF)


#: 4万5,000, 1万2345: ten-thousands, then the rest in digits (Taiwan's way).
_WAN_TAIL = _lazy(
    r"(?<![\d.])(?<!\d,)(\d{1,3}(?:,\d{3})+|\d+)万(\d,\d{3}|\d{1,4})(?![\d.,十百千万亿])"
)


#: Thousands then the three digits below them: 2千256 (Taiwan's papers), 2,256.
_QIAN_TAIL = _lazy(r"(?<![\d.])(?<!\d,)(\d{1,3})千(\d{3})(?![\d.,十百千万亿])")


def _qian_tail_value(m: re.Match[str]) -> str:
    return str(int(m[1]) * 1000 + int(m[2]))


def _wan_tail_value(m: re.Match[str]) -> str:
    return str(int(m[1].replace(",", "")) * 10_000 + int(m[2].replace(",", "")))


def _mixed_value(m: re.Match[str]) -> str:
    """The value of a run of digits and magnitudes, read as a Chinese numeral is."""
    parts = [float(number.replace(",", "")) if number else unit
             for number, unit in _MIXED_PARTS.findall(m[0])]  # fmt: skip
    value = _place_value(parts) or 0.0  # every part is a number or a magnitude
    return f"{value:.12g}" if value < 1e15 else m[0]


def _times_hundreds(m: re.Match[str]) -> str:
    value = float(m[1]) * (1000 if m[2] == "千" else 100)
    return f"{value:.12g}" if value < 1e15 else m[0]


#: A system named for the member it adds: 第三条跑道系统 "the three-runway system".
_NAMED_SYSTEM = _lazy("[条座个]?[\u4e00-\u9fff]{1,2}系统")
#: 负 that ends a word (肩负, 担负 "shoulder") rather than a minus sign.
_CARRY = frozenset("肩担身背胜抱辜欠自正减欺")  # 减负11.2亿元 "cut costs by 1.12 billion"
#: 五六百, 三四十, 七八千: two neighbouring digits before a unit, a rough range.
_ZH_ROUGH = _lazy("([一两二三四五六七八])([二两三四五六七八九])([十百千万])([万亿]*)")
#: 一千二三百, 两万七八千: the same after a number's higher places.
_ZH_ROUGH_TAIL = _lazy(
    "([一二两三四五六七八九十百千万]+[百千万])([一两二三四五六七八])([二三四五六七八九])([十百千])?"
)
#: The place below a magnitude, which a spoken rough range leaves unsaid
#: (一千二三 "1,200 or 1,300", 三万五六 "35,000 or 36,000").
_PLACE_BELOW = {"百": "十", "千": "百", "万": "千"}
#: 80后, 00后: people born in a decade; 95后, 05后: in its second half ("born
#: after 1995").
_GENERATIONS = {"50": 1950, "60": 1960, "70": 1970, "80": 1980, "90": 1990, "00": 2000,
                "10": 2010, "55": 1955, "65": 1965, "75": 1975, "85": 1985, "95": 1995,
                "05": 2005, "15": 2015}  # fmt: skip
#: Characters after which a hyphen is a dash between numbers, not a minus sign.
_NOT_A_SIGN = set("0123456789%‰" + _ZH_NUMERAL) | set(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
)
#: Measure words of time: 近 before them is as often "the past" as "nearly".
_DURATIONS = set("年月天日周")


def _duration(post: str, after: str) -> bool:
    # (近三个交易日 "the past three trading days")
    return (
        post in ("年", "日")
        or after[:1] in _DURATIONS
        or after[:2] == "个月"
        or after.startswith(("个交易日", "交易日"))
    )


_MAGNITUDES = {"十": 10, **_ZH_UNITS, **_ZH_BIG}
#: A range whose first number leaves its magnitude to the second (30—50万元,
#: 三至五亿): the first takes it too.
_ZH_SHARED = _lazy(
    # (not after a first end that has its own 万 or 亿: 二十九亿至四十亿)
    r"(?<![\d.])(\d+(?:\.\d+)?|[" + _ZH_NUMERAL + r"]*[零〇一二两三四五六七八九十百千])"
    r"(\s*[-—–~～至到、]\s*(?:\d+(?:\.\d+)?|[" + _ZH_NUMERAL + r"]+?))([万亿]+)"
)  # (1、2亿 "100 million or 200 million" too)
#: A hedge said once before two numbers joined by 及, 和, 与 or 、 covers both
#: (the Chinese twin of :data:`_HEDGE_SHARED`): 超过15万及14万, 分别不低于2.775%和3.325%.
_ZH_HEDGE_SHARED = _lazy(
    r"(超过|逾|约|将近|接近|近|不到|不足|不低于|不少于|不高于|不超过)(\d[\d,.]*[万亿]?[%‰]?)(及|和|与|、)"
    r"(?=\d)"
)

#: A bound said once after two sums joined by 和, 及, 与 or 、 bounds both (亿元和10亿元以上
#: 项目, 5000万和1亿元以下): a size class each, as in the statistics' tables.
_ZH_BOUND_SHARED = _lazy(
    r"(?<![\d.])(\d[\d,.]*)?([万亿]元?)(和|及|与|、)(?=\d[\d,.]*[万亿]元?(以上|以下))"
)

#: A peak or a floor named once before the numbers it is each of (最高…分别为A和B,
#: with 最高 already moved next to A: 分别为最高A和B).
_ZH_EXTREME_EACH = _lazy(
    r"(?<=分别为)(最高|最多|最低|最少)(\d[\d,.]*[万亿]?[\u4e00-\u9fff]{0,3})(和|及|与|、)(?=\d)"
)

#: 约 before a range is both ends' (约8000至7500年 "about 7,500 to 8,000 years"),
#: as "about" is in English (:data:`_HEDGE_RANGE`): either side may name the
#: ends in either order.
_ZH_HEDGED_RANGE = _lazy(
    r"((?<![大节签合预履违公协条契制简特])约|大约)(\d[\d,.]*[万亿]?年?[至到~～—－-])(?=\d)"
)

#: 兆 as Taiwan and Hong Kong write a trillion (1兆2千億), not the mega- of 兆瓦.
_TRILLION = _lazy(
    r"(?<![\d.])(?<!每秒)(\d+(?:\.\d+)?)兆(?:(\d+)千(?:(\d+)百)?亿|(\d+(?:,\d{3})*(?:\.\d+)?)亿)?"
    r"(?:(\d{1,4})万(\d{1,4}(?![\d万亿]))?)?"
    r"(?![瓦赫帕字焦欧比位宽带])"  # 每秒1000兆, 100兆宽带: mega-
)


def _in_yi(m: re.Match[str]) -> str:
    """A sum in 兆 written in 亿, the magnitude the rest of the rules read."""
    yi = float(m[1]) * 10_000 + int(m[2] or 0) * 1000 + int(m[3] or 0) * 100
    yi += float((m[4] or "0").replace(",", ""))  # 2兆1,617億 (Taiwan)
    yi += int(m[5] or 0) / 10_000 + int(m[6] or 0) / 100_000_000  # …亿9555万, …万9000
    return format(round(yi, 8), "f").rstrip("0").rstrip(".") + "亿"


#: A range whose first number leaves its unit to the second (2至3个百分点, 6-7%).
#: 一到两成, 三至四成, 2至5成: the 成 is both ends' (10 to 20 percent).
_TENTHS_RANGE = _lazy(
    "(?<![\\d.一二两三四五六七八九十])([1-9一二两三四五六七八九])([到至~～—－-])"
    "(?=(?:[1-9]|[一二两三四五六七八九十])([成折]))"
)
_ZH_SHARED_POST = _lazy(
    r"(?<![\d.])(\d+(?:\.\d+)?(?:、\d+(?:\.\d+)?)*)(\s*[-—–~～至到、和及与]\s*\d+(?:\.\d+)?)"
    r"(%|‰|个百分点|个百分比|毫(?![" + "".join(sorted(_MILLI_UNITS)) + r"])"
    r"|日(?![报元前后益常]))"  # 19至22日: the 19th to the 22nd
)


#: Numerals written digit by digit, with no place (一二二, 一六七点三八): three
#: digits or more, or two before a decimal point; not a list (一二三等奖,
#: 一二线), a rank (第三四名) nor weekdays (星期一二三四五, 周二四六).
_DIGIT_RUN = _lazy(
    "(?<![第〇○零一二两三四五六七八九十百千万亿点\\d期周拜])"
    "([〇○一二三四五六七八九]{3,}|[〇○一二三四五六七八九]{2,}(?=点[〇○零一二三四五六七八九]))"
    "(?:点([〇○零一二三四五六七八九]+))?"
    "(?![十百千万亿〇○零一二两三四五六七八九等期线级批类号届])"
)


def _digit_run(m: re.Match[str]) -> str:
    """A run of numerals written digit by digit, in digits."""
    if len(m[1]) == 4 and m[1][0] == m[1][1] and m[1][2] == m[1][3] and not m[2]:
        return m[0]  # 七七八八 "most of": an idiom
    whole = m[1].translate(_DIGIT_OF)
    return whole + ("." + m[2].translate(_DIGIT_OF) if m[2] else "")


#: A list of percentage points with 个 after each and 百分点 after the last.
_POINTS_SPLIT = _lazy(r"(?<![\d.])(\d+(?:\.\d+)?)个(?=(?:[和及与、]\d+(?:\.\d+)?个)+百分点)")


def _shared_post(m: re.Match[str]) -> str:
    """A unit said once after a range or a list, written after each number."""
    return "".join(item + m[3] + "、" for item in m[1].split("、"))[:-1] + m[2] + m[3]


#: Who a magnitude alone may count: 惠及百万群众 "serving a million people".
_PEOPLE = ("群众", "人口", "市民", "农民", "居民", "家庭", "游客", "职工", "学生", "老人", "儿童")


def _magnitude_alone(before: str, num: str, more: str, post: str, after: str) -> Number | None:
    """A magnitude said with no count before it: 百余家 (more than 100), 近百家,
    上千名, 万余人次, 百亿元, 每万人, 世界百强; not 百姓 or 万一.

    Said with 余/多 it is a number the English must give; otherwise it may
    be said in words (上千名 "thousands of"), so it is not missed.
    """
    value, last = 1.0, 0
    for ch in num:
        size = _MAGNITUDES.get(ch, 0)
        if size <= last:
            return None  # 亿万, 千百万: idioms for "countless"; or digits mixed in
        value, last = value * size, size
    # 破万, 过万 "more than 10,000" (not 万一, "in case", after 不过)
    qualified = before[-1] in "近上逾超约数几每破过" and not (num == "万" and after[:1] == "一")
    if (after[:1] == "级" or (after[1:2] == "级" and after[:1] in "吨瓦元")) and not more:
        # 百亿级项目 "projects worth 10 billion yuan or more", 万亿级 "the trillion-yuan
        # mark", 万吨级泊位 "berths for ships of 10,000 tonnes or more"
        return Number(value, "count", "either", num + post, False)
    if after[:2] in ("金股", "元股") and not (more or post):
        # 千金股, 千元股 (Taiwan's papers): shares priced at 1,000 or more
        return Number(value, "count", "more", num + after[:2], False)
    if (
        num in ("千万", "百万")
        and after[:1] in "特大奖富"
        and not (more or post or after.startswith(_A_BAR))
    ):
        # 千万特别奖 "the NT$10 million special prize", 百万富翁 "millionaires":
        # a prize's size, which the English may give (not 千万不要, "by no means")
        return Number(value, "count", "", num + after[:1], False)
    if not (
        more
        or post
        or qualified
        or after[:1] in _ZH_MEASURES
        or after[:1] == "强"
        or after.startswith(_PEOPLE)
    ):
        return None
    if more:
        approx = "more"
    elif before[-1] in "上数几":
        approx = "either"  # 上千 "a thousand or more", 数百 "several hundred", 几千
    else:
        approx = _zh_qualifier(before, after)
    # 百年一遇 "once in a century": a flood's return period, which the English gives
    period = post == "年" and after[:2] == "一遇"
    return Number(value, "count", approx, num + more + post, bool(more) or period)


def _times(value: float, before: str) -> tuple[Key, ...]:
    """The other readings of N倍: after a word of growth, an increase by N × 100%
    (also N + 1 times as much, or doubled for 1倍); else N times as much."""
    grown = before.removesuffix("超过").removesuffix("超出").rstrip("了近约超逾达将接整快")
    if grown[-2:] in _GROWTH or grown[-1:] in (
        "增",
        "涨",
    ):  # 增加了将近一倍, 增长了整整一倍, 增逾一倍
        return (round(100 * value, 6), "percent"), (value + 1, "count"), (value + 1, "factor")
    if grown[-2:] == "成长":
        # 成长逾三倍 (Taiwan's papers) "more than quadrupled", as often "tripled":
        # the papers use it both ways
        return (value, "factor"), (round(100 * value, 6), "percent"), (value + 1, "factor")
    return ((value, "factor"),)


def _clock(value: float, before: str) -> tuple[Key, ...]:
    """The other reading of an hour (14时, 下午3点): on the 12-hour clock, or the 24-hour one."""
    if 13 <= value <= 24:
        return ((value - 12, "count"),)
    if value == 0:
        return ((12.0, "count"),)  # 凌晨0时44分 "12:44 a.m."
    if 1 <= value <= 11 and before[-2:] in ("下午", "晚上", "傍晚", "晚间"):
        return ((value + 12, "count"),)
    return ()


#: The rest of a range after its first end (一至二, 一到两).
_RANGE_ON = _lazy("[至到~～—－-][二两三四五六七八九十]")


#: Units of an interval after 每 (每30分钟一班 "every 30 minutes"): said, unlike a rate's base.
_INTERVAL = _lazy("分钟|小时|秒|天|年|个月|周")
#: The minutes after the colon of a clock time (17:00, 9:30), not a ratio's
#: second term (1:50000).
_MINUTES = _lazy(r":[0-5]\d(?!\d)")

#: What ends a place's name (九台区 Jiutai District) after a numeral and a
#: measure word; with a word that counts places (三个区) it is a count.
_PLACE_ENDS = frozenset("区县市镇乡屯村河山堡沟")
_COUNTED = frozenset("个座家所名处条项位户批趟遍回")
#: What 多 begins after a span of time when it is the verb's "more" (一年多收入).
_MORE_IS_VERB = frozenset("收挣赚打种产花用卖买拿得增养")

#: A year not given as a number: it stands for the other side's year.
#: (按年 "year on year" names the year before: "over the same period in 2024")
_ZH_RELATIVE_YEAR = _lazy("[今去明前上本当同按]年(?!代|级|度|纪|龄|轻)")


def relative_year(zh_prepared: str) -> int:
    """How many years a Chinese text names relative to now (今年, 去年 …); where
    it names one, each 同比 too, which the English says as "year on year" (去年
    …同比增长6.1% "in 2024, up 6.1 pct year on year": the English's year is 去年)."""
    named = len(_ZH_RELATIVE_YEAR.findall(zh_prepared)) if "年" in zh_prepared else 0
    return named + zh_prepared.count("同比") if named else 0


#: 5点半, 三时半: half past the hour.
_HALF_PAST = _lazy("[点时]半")
#: Second in a ranking: 次高, 次多, 次低 (not 次高端 "upper-middle").
_SECOND_MOST = _lazy(
    "(?<![其依])次(?:高|低|多|少|大|佳|新高|新低)(?!端|档|层)"
    "|居次(?![数要])|次之|其次"  # 桃园市9.9万人居次 "second", 越南籍次之 "followed by",
    # 其次为港澳 "came second", or "second," (a list's)
)


#: A span of time after 一 (一个多小时, 一个月): its 多 says more than one.
_ONE_SPAN = _lazy("个(多)?(?:小时|钟头|月|星期|礼拜)|(?:天|周)(多)?")
#: What follows li as a distance (二十里山路, 十来里地, 五里开外), not 里 "in".
_LI_AFTER = _lazy("山?路|地|外|远|长|开外|左右")
#: A hundred (thousand) and several tens (hundreds) more: 一百大几十, 一千好几百.
_BIG_SOME = _lazy("([一两二三四五六七八九]?)([百千万])(?:大|好)几([十百千])")
#: 成万, 成千 before a currency or a count (Cantonese "nearly"), not 成千上万.
_NEARLY_A_SCALE = _lazy("(?<![一二两三四五六七八九十百千万亿])成([万千])(?=[蚊元块人个只张])")
#: Two numerals, each with the same measure word (十块八块, 三个五个): either.
_EITHER_OF_TWO = _lazy(
    "(?<![一二两三四五六七八九十百千])(十|[一二两三四五六七八九])([块个斤元])"
    "(十|[一二两三四五六七八九])\\2"
)
#: A number before a ratio's one (1.6:1).
_RATIO_TO_ONE = _lazy(r"(?<![\d.])(\d+(?:\.\d+)?)[:\u2236]1(?![\d.])")
#: The one a ratio is to (16.2:1), not a score's (1:1 is read as it is written).
_TO_ONE = _lazy(
    r"(?<=\d\.\d)[:\u2236]1(?![\d.])|(?<=\d\d)[:\u2236]1(?![\d.])"
    r"|(?<![\d.])1(?=[:\u2236]\d+\.\d)|(?<![\d.])1(?=[:\u2236]\d{1,3}的?比例)"
    r"|(?:(?<=比为\d)|(?<=比约为\d)|(?<=比例为\d)|(?<=比例约为\d))[:\u2236]1(?![\d.])"
    r"|(?:(?<=比为)|(?<=比约为)|(?<=比例为)|(?<=比例约为))1(?=[:\u2236]\d)"
    # (杠杆率达到1:12 "12 yuan for every yuan": a leverage, a rate to one)
    r"|(?:(?<=率达到)|(?<=率为)|(?<=率约为)|(?<=率达))1(?=[:\u2236]\d)"
)  # (and 医护比为1:1.04 "1.04 nurses for every doctor", 按1:3的比例 "three for each post";
# 车桩比约为8:1 "eight cars to each post"; 师生比为1:15 "15 students to each
# teacher"; ∶ is the ratio sign)
#: A count of shares priced at 1,000 or more (24千金), not 千金股 itself.
_HOW_MANY_PRICEY = _lazy(r"(?<![\d.])(\d+)千金(?!股)")
#: Numerals, maybe with a decimal point, just before 兆 as a trillion of a
#: currency (not 兆瓦, mega-, nor 千兆光网, giga-).
_NUMERALS_TRILLION = _lazy(
    "(?<![〇零一二两三四五六七八九十百千万亿点])"
    "([一二两三四五六七八九十百千]+(?:点[〇零一二三四五六七八九]+)?)"
    "(?=兆(?:元|美元|日元|日圆|港元|韩元|新台币|台币|\\d))"  # not 千兆光网, gigabit
)


def _trillion_numerals(m: re.Match[str]) -> str:
    whole, _, tenths = m[1].partition("点")
    value = _value("一" + whole if whole in ("百", "千") else whole)  # 百兆 "100 trillion"
    if value is None:
        return m[0]
    return f"{int(value)}" + (f".{tenths.translate(_DIGIT_OF)}" if tenths else "")


#: Scientific notation: 3×10⁸, 3 x 10^8, 10^18, 10的18次方 (and 10⁻⁹).
_SCIENTIFIC = _lazy(
    r"(?:(?<![\d.])(\d+(?:\.\d+)?) ?[×xX*] ?)?(?<![\d.])10"
    r"(?:(?:\^|\*\*)(-?\d{1,2})|([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})|的(-?\d{1,2})次方)(?![\d.])"
)
_SUPERSCRIPT = _lazy("[⁰¹²³⁴⁵⁶⁷⁸⁹]")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")


def _scientific(m: re.Match[str]) -> str:
    power = (m[2] or m[3] or m[4]).translate(_SUPERSCRIPTS)
    value = float(m[1] or 1) * 10.0 ** int(power)
    return f"{value:.0f}" if value >= 1 else f"{value:.12f}".rstrip("0")


_CODE_HINT = _lazy(r"[A-Za-z]\d|\d[A-Za-z]")
#: A model's numeral, 号 and letter (长征二号F; 长征三号乙 and 长征二号丁, whose
#: stems 甲乙丙丁 are the letters A to D: "Long March-3B", "Long March-2D").
_MODEL_NUMERAL = _lazy(
    "([一二三四五六七八九十]{1,3})[号號]([A-Z][A-Z0-9]?|[甲乙丙丁](?![组级类等]))(?![A-Za-z0-9])"
)
#: Between a number and a unit written against it (100km, 30kW).
_GLUED_UNIT = _lazy(
    r"(?<=\d)(?=(?:k?m|[cm]m|kg|lbs?|k?wh?|[mg]wh?|kv|[mgk]?hz|ml|h|min|[kmgt]b|m[23]|cc|c\.c\.?)"
    r"(?![A-Za-z\d]))",
    re.IGNORECASE,
)
