"""The general scan of English numbers (:func:`en_numbers_in`): digits and
number words with their scales, units and the context that says what kind
of quantity each is."""

from __future__ import annotations

import re

from bilingual.numbers.base import (
    _EN_SCALES,
    _GOVERNING,
    _ONCE_A_PERIOD,
    _ROMAN_VALUES,
    Key,
    Number,
    _lazy,
    blank,
)
from bilingual.numbers.en_forms import (
    _A_POINT,
    _A_SECOND,
    _A_YEAR_AND,
    _AFTER_A_YEAR,
    _AFTER_STARTS,
    _AGE_AFTER,
    _CENTS_AFTER,
    _COMPARED_BEFORE,
    _DISTANCE,
    _DURATION,
    _EARLIER,
    _EN_EMISSION_TIER,
    _EN_NUMBER,
    _EN_ORDINALS,
    _EN_PAIRED,
    _EN_SCALE_SIZE,
    _EN_TENS,
    _EVENTS_AFTER,
    _FRACTIONS,
    _GLUED_RMB,
    _GLUED_SCALES,
    _GROUP_BEFORE,
    _MARK_AFTER,
    _NAMED_BY_NUMBER,
    _NOUN_IN,
    _ODDS_AFTER,
    _OFFSET_AFTER,
    _ORDINAL_UNIT,
    _POWER,
    _RATE_BEFORE_A,
    _SAID_ONE,
    _SAID_ONE_WORDS,
    _TAKEN_AWAY,
    _TAKING_AWAY,
    _WORD,
    _YEAR_COMPARED,
    _approx_after,
    _en_forms,
    _en_rare_forms,
    _en_words,
    _in_named_list,
    _may_hold_forms,
    _may_hold_rare_forms,
    _paired,
    _qualifier,
    _rate,
)

_EN_RELATIVE_YEAR = _lazy(
    r"\b(?:this|last|next|previous|that|the same|a) year\b|\byear(?:-on-| on )year\b"
    r"|\ba year (?:earlier|ago|before)\b"
)


def en_relative_year(lowered: str) -> int:
    """How many years an English text names relative to now (this year, last year …)."""
    return len(_EN_RELATIVE_YEAR.findall(lowered)) if "year" in lowered else 0


def en_numbers_in(text: str, lowered: str) -> list[Number]:
    """The numbers of an English text already folded, and of its lower-cased twin
    (:func:`en_prepare`)."""
    out, text, lowered = _en_phrases(text, lowered)
    # Words that make a number negative, looked for once per text: most have none.
    minus = "minus" in lowered or "negative" in lowered
    bracket = "(" in lowered
    below_zero = "below zero" in lowered
    taken_away = any(verb in lowered for verb in _TAKING_AWAY)  # "subtracted 0.3 point"
    taken = 0  # the end of a number read with the one before it ("one in five")
    named_end = -1  # the end of the last number named by number ("Article 3")
    for m in _EN_NUMBER.finditer(lowered):
        start = m.start()
        if start < taken:
            continue
        before = lowered[start - 1] if start else ""
        if before.isalnum():
            continue  # inside a word or a token such as 123N+
        if (
            before in "-/"
            and start > 1
            and lowered[start - 2].isdigit()
            and lowered[start] == "1"
            and _ODDS_AFTER.match(lowered, start + 1)
        ):
            continue  # "a 45-1 outsider": the odds' 1
        if before in "-." and before and start > 1:
            ahead = lowered[start - 2]
            if (ahead.isalpha() and not lowered.endswith(_JOINED_BEFORE, 0, start - 1)) or (
                before == "." and ahead.isdigit()
            ):
                # COVID-19, PM2.5: the end of a name (6-7%, 0431-8890: numbers). A
                # name may number a series (Shenzhou-16 for 神舟十六号, Chang'e-5):
                # its number may match the Chinese, but need not be there.
                if before == "-" and m["digits"] is not None:
                    value = float((lowered[start] + m["digits"]).replace(",", ""))
                    named = text[start : m.end()]
                    out.append(Number(value, "count", "", named, False, ((value, "ordinal"),)))
                elif before == "-" and m["words"] is not None:
                    # "under-five mortality" (5岁以下), "top-ten": may match, need not
                    value = _en_words(lowered[start] + m["words"])
                    joined = lowered[max(0, start - 6) : start - 1]
                    approx = "less" if joined.endswith("under") else (
                        "more" if joined.endswith("over") else "")  # fmt: skip
                    out.append(Number(value, "count", approx, text[start : m.end()], False))
                continue
        digits, suffix, words, ordinal, scale, post, pc = m.group(
            "digits", "suffix", "words", "ord", "scale", "post", "pc"
        )
        first = lowered[start]  # matched before the groups begin
        if digits is not None:
            digits = first + digits
        elif words is not None:
            words = first + words
        else:
            ordinal = first + ordinal
        end = m.end()
        if digits:
            value = float(digits.replace(",", ""))
            if (
                before == "."
                and len(digits) == 3
                and digits.isdigit()
                and (start < 2 or not lowered[start - 2].isdigit())
            ):
                # ".320", ".988": a batting or fielding average (3成2, 9成88), a share
                share = round(value / 10, 6)
                out.append(Number(share, "percent", "", text[start - 1 : end], True,
                                  ((round(value / 1000, 6), "count"),)))  # fmt: skip
                continue
        elif words:
            if words == "one" and (
                lowered.endswith("no ", 0, start)
                or (
                    lowered.endswith(("every ", "each "), 0, start)
                    and lowered.startswith(" of", end)
                )
                or lowered.startswith((" another", " after another"), end)
            ):
                continue  # "no one", "every one of them", "one another": no number
            value = _en_words(words)
            if words in _EN_TENS and (unit := _ORDINAL_UNIT.match(lowered, end)):
                # "the twenty-third": one ordinal, not 20 and "third"
                ordinal = unit[1]
                value += _EN_ORDINALS[ordinal]
                end = taken = unit.end()
        else:
            if ordinal == "second" and (
                lowered.endswith(("per ", "each "), 0, start)
                or lowered.startswith(("-hand", " only to"), end)
            ):
                # "cubic meters per (each) second": the unit; "second-hand" (二手); "second
                # only to" (仅次于): a comparison, not a place
                continue
            if (
                ordinal == "second"
                and lowered.endswith(" a ", 0, start)
                and _A_SECOND.match(lowered, end)
                and _RATE_BEFORE_A.search(lowered, max(0, start - 24), start)
            ):
                continue  # "7.9 km a second" (每秒7.9公里): a rate's unit of time
            if (
                ordinal == "second"
                and lowered.endswith(" a ", 0, start)
                and _A_SECOND.match(lowered, end)
            ):
                # "less than a second of error" (不超过1秒): the unit, one of it
                approx = _qualifier(lowered[max(0, start - 26) : start - 2])
                out.append(Number(1.0, "count", approx, text[start - 2 : end], True,
                                  ((2.0, "ordinal"),)))  # fmt: skip
                continue
            if ordinal in _FRACTIONS and _GROUP_BEFORE.search(lowered, max(0, start - 12), start):
                # "the richest fifth" (最高20%家庭), "the bottom tenth": a share of a population
                share = round(100 / _FRACTIONS[ordinal], 1)
                out.append(Number(share, "percent", "", text[start:end], True))
                continue
            value = float(_EN_ORDINALS[ordinal])
            if value == 1 and lowered.startswith((" instance", "-instance"), end):
                end += 9  # "a court of first instance" (一审): says which, unlike "first of all"
        if digits and lowered[end : end + 1] == "." and _CLOCK_MINUTES.match(lowered, end + 1):
            # 9时40分 "9.40am" (Hong Kong style): the minutes of the time too
            # (not required: 三时半 is "3.30pm")
            minutes = float(lowered[end + 1 : end + 3])
            out.append(Number(minutes, "count", "", text[end + 1 : end + 3], False))
        elif (
            digits
            and "." in digits
            and _CLOCK_TIME.fullmatch(digits)
            and _AM_PM.match(lowered, end)
        ):
            # "2.15 pm": 2时15分, an hour and its minutes, not 2.15
            hour, mins = digits.split(".")
            value = float(hour)
            out.append(Number(float(mins), "count", "", text[end - 2 : end], False))
        if (
            lowered.startswith(_AFTER_STARTS, end)
            or (value == 1 and _NOUN_IN.match(lowered, end))  # "one household in three"
        ) and not (scale or post or suffix or ordinal):
            pair = _EN_PAIRED.match(lowered, end)
            if pair is not None and pair["of"] and _EVENTS_AFTER.match(lowered, pair.end()):
                pair = None  # "one defeat in 18 games" (18战…1负): a record's two counts
            if pair is not None:
                number = _paired(value, pair, lowered[max(0, start - 7) : start])
                if number is not None:
                    approx = _qualifier(lowered[max(0, start - 24) : start])
                    out.append(number._replace(text=text[start : pair.end()], approx=approx))
                    taken = pair.end()
                    continue
        glued: tuple[Key, ...] = ()
        if (
            scale
            and m["glued"]
            and text[m.start("glued")].isupper()
            and _NAMED_BEFORE.search(lowered, max(0, start - 40), start)
        ):
            # routes 1, 5B and 10: a name's letter (not "500K visit", "$1.5B")
            glued = ((value, "count"),)
        elif scale and m["glued"]:
            # headline shorthand: 1.2m, 500k, $1.5b; "100m" may also be metres
            glued = ((value, "count"),)
            value *= _GLUED_SCALES[m["glued"]]
        elif scale:
            ordinal = ordinal or (scale[-2:] == "th" and m["scaleth"] is not None)
            scale = scale.replace("-", " ")  # "a two-thousand-year-old city"
            if "flop" in scale:
                glued = ((value, "count"),)  # 算力300P "300 petaflops": the P the Chinese's
            for word in scale.removesuffix("th").split() if ordinal else scale.split():
                value *= _EN_SCALES[word.removesuffix("s")]
            if m["scaleth"] and lowered.endswith(("a ", "one "), 0, start):
                # "a four-thousandth of a hair" (四千分之一): a share, not the 4,000th
                rate = _rate(1.0, int(value))
                out.append(Number(rate[0], rate[1], "", text[start : m.end()], True, rate[2:]))
                continue
        elif not (post or suffix or ordinal or pc) and lowered.startswith(_RANGE_STARTS, end):
            # ("rose 21.4pc to 15.63bn yuan": a share shares no scale)
            # a year starts no range: "yuan in 2001 to 34.93 billion yuan in 2010"
            year = len(digits or "") == 4 and (digits or "")[:2] in _CENTURIES
            if not year and value < 1000:
                # 300 to 500 million: 300 million (not "100,000 to 20 million")
                value *= _shared_scale(lowered, end)
            shared = _SHARED_POST.match(lowered, end)
            if shared is not None and not year and not _unshared(lowered, start, digits, shared):
                post = shared[1]  # 6-7%, 2 to 3 percentage points: both ends
        listed_points = False
        if (
            not (post or suffix or ordinal)
            and lowered.startswith((", ", " and "), end)
            and digits
            and "," not in digits
            and lowered[end - 1 : end].isdigit()
            and not (len(digits) == 4 and digits[:2] in _CENTURIES)
            and _RANGE_BEFORE.search(lowered, max(0, start - 8), start) is None
        ):
            # "51.1, 50.6 and 50.3 percent", "up 0.7, 1.5 and 3.9 points": a list's
            # unit, said once at its end, is every item's
            chain = _LISTED_POST.match(lowered, end)
            if chain is not None:
                listed_points = chain[1].startswith(" point")
                post = "" if listed_points else chain[1]
        kind, value, also = _en_kind(
            value,
            digits,
            suffix,
            ordinal,
            post,
            pc,
            before,
            lowered,
            start,
            end,
            listed_points,
            glued,
        )
        window = lowered[max(0, start - 24) : start]  # the words a hedge is read in
        approx, also = _en_hedge(lowered, window, start, end, kind, value, also)
        if (
            before
            and before in "-\u2212\u2013"
            and (start < 2 or not lowered[start - 2].isalnum())
            and digits
            and (before != "\u2013" or start < 3 or not lowered[start - 3].isdigit())
        ):
            value = -value  # -3, –17.6: a minus sign, not a hyphen or a dash between numbers
            if kind in ("percent", "points"):
                also = (*also, (-value, kind))  # "PPI -2.5 pct": 下降2.5%
        elif (
            (
                minus
                and approx == ""
                and lowered[max(0, start - 8) : start].rstrip().endswith(("minus", "negative"))
                # (not "plus or minus 3.1 points", 正负3.1个百分点: a margin either way)
                and not lowered[max(0, start - 16) : start].rstrip().endswith("plus or minus")
            )
            or (below_zero and "below zero" in lowered[end : end + 28])
        ):
            value = -value
            if minus and not lowered.startswith("below zero", end + 1):
                # "below minus 30 degrees" (零下30℃以下): the hedge before the sign
                ahead = lowered[max(0, start - 32) : start].rstrip()
                approx = _qualifier(ahead.rsplit(None, 1)[0] if " " in ahead else "")
        if words == "zero" and lowered[max(0, start - 6) : start] in ("below ", "above "):
            continue
        approx = _en_hedge_after(lowered, window, start, end, kind, ordinal, approx, out)
        if kind == "ordinal" and value >= 100 and value % 100 == 0:
            # a milestone: 突破千列 "the 1,000th came" (the count passed it)
            also, approx = (*also, (value, "count")), approx or "either"
        if kind == "count" and "cent" in lowered and _CENTS_AFTER.match(lowered, end):
            also = (*also, (round(value / 100, 6), "count"))  # "10 to 30 cents": HK$0.10
        if kind in ("count", "year") and (
            _NAMED_BY_NUMBER.search(lowered, max(0, start - 15), start)  # "sub-paragraph 2"
            or (named_end >= 0 and digits and _in_named_list(lowered, named_end, start, end))
        ):
            # Bulletin No. 2 is 第2号, Article 3 第三条; No. 2018 is not a year
            kind, also = "count", ((value, "ordinal"),)
            named_end = end
        if (
            taken_away
            and kind in ("points", "percent")
            and _TAKEN_AWAY.search(lowered, max(0, start - 32), start)
        ):
            # "net exports subtracted 0.3 percentage point from growth" (拉动…负0.3个百分点):
            # the verb gives the sign
            also = (*also, (-value, kind))
        said, kind, value = _en_said(lowered, start, end, kind, value, approx, words, bracket, out)
        if (
            kind == "count"
            and lowered.startswith(" other", end)
            and (lowered.endswith(("and ", "plus "), 0, start))
        ):
            # "France and five other countries" (法国等6国): six in all
            kind, also = "others", ((value + 1, "total"),)
        out.append(Number(value, kind, approx, text[start:end].strip(), said, also))
    _en_after_scan(text, lowered, out)
    return out


#: One and a half times: "half as many again", "half as much again".
_HALF_AGAIN = _lazy(r"\bhalf as (?:many|much|large|high|big)(?: [a-z]+){0,2} again\b")


def _en_phrases(text: str, lowered: str) -> tuple[list[Number], str, str]:
    """Phrases read before the general scan (emission tiers, "10 to the 16th",
    "a year and six months", a one said in a word): their numbers, and the
    text and its lower-cased twin with most of them blanked."""
    out: list[Number] = []
    if _GLUED_RMB.search(lowered):
        # RMB1.2 billion, CNY3.2bn: a sum, not a code (the width kept, so spans fit)
        lowered = _GLUED_RMB.sub(lambda m: " " * (len(m[0]) - 1) + "¥", lowered)
    if _may_hold_rare_forms(lowered):
        out, text, lowered = _en_rare_forms(text, lowered)
    if ("china" in lowered or "national" in lowered or "guo " in lowered) and (
        _EN_EMISSION_TIER.search(lowered)
    ):
        tiers = []
        for m in _EN_EMISSION_TIER.finditer(lowered):
            group = 1 if m[1] else 2
            tier = m[group]
            value = float(tier) if tier.isdigit() else float(_ROMAN_VALUES[tier.upper()])
            span = text[m.start(group) : m.end(group)]
            out.append(Number(value, "ordinal", "", span, True, ((value, "count"),)))
            tiers.append(m.span())
        text, lowered = blank(text, tiers), blank(lowered, tiers)
    if " to the " in lowered and _POWER.search(lowered):
        # 10的16次方 "10 to the 16th": a power of ten, said in words
        powers = []
        for m in _POWER.finditer(lowered):
            value = float(int(m[1]) ** int(m[2]))
            out.append(Number(value, "count", "", text[m.start() : m.end()], True))
            powers.append(m.span())
        text, lowered = blank(text, powers), blank(lowered, powers)
    if "half as m" in lowered and _HALF_AGAIN.search(lowered):
        # "half as many again as a year earlier", "half as many projects again":
        # one and a half times
        spans = []
        for m in _HALF_AGAIN.finditer(lowered):
            # (a rise of a half: 增加了一半, 高出一半以上 "more than half as much again")
            # ("nearly half as many again": 增加近一半)
            approx = _qualifier(lowered[max(0, m.start() - 24) : m.start()])
            out.append(Number(1.5, "factor", approx, text[m.start() : m.end()], True,
                              ((50.0, "percent"),)))  # fmt: skip
            spans.append(m.span())
        text, lowered = blank(text, spans), blank(lowered, spans)
    if "a year and " in lowered:
        # 有期徒刑一年六个月 "a year and six months": the year's one, in a word
        for one in _A_YEAR_AND.finditer(lowered):
            out.append(Number(1.0, "count", "", text[one.start() : one.end()], False))
    if " scale" in lowered and _EN_SCALE_SIZE.search(lowered):
        sizes = []
        for m in _EN_SCALE_SIZE.finditer(lowered):
            size = m[1]
            value = float(size) if size.isdigit() else _en_words(size)
            out.append(Number(value, "count", "", text[m.start(1) : m.end(1)], False))
            sizes.append(m.span(1))
        text, lowered = blank(text, sizes), blank(lowered, sizes)
    if _may_hold_forms(lowered):
        more, text, lowered = _en_forms(text, lowered)
        out += more
    if any(word in lowered for word in _SAID_ONE_WORDS):
        # 节电1度奖励0.6元 "NT$0.6 for each kWh saved", 2金1银 "two golds and a
        # silver": a one the English says as a word
        for one in _SAID_ONE.finditer(lowered):
            out.append(Number(1.0, "count", "", text[one.start() : one.end()], False))
    if "annual" in lowered or "yearly" in lowered or "daily" in lowered or "weekly" in lowered:
        # 每年一次 "annual", 每天一次 "daily": once in each period, said in a word
        for every in _ONCE_A_PERIOD.finditer(lowered):
            out.append(Number(1.0, "times", "", text[every.start() : every.end()], False))
    return out, text, lowered


def _en_kind(
    value: float,
    digits: str | None,
    suffix: str | None,
    ordinal: str | bool | None,
    post: str | None,
    pc: str | None,
    before: str,
    lowered: str,
    start: int,
    end: int,
    listed_points: bool,
    glued: tuple[Key, ...],
) -> tuple[str, float, tuple[Key, ...]]:
    """What a number read in English counts, its value then, and the other
    readings it may stand for."""
    kind = "count"
    also: tuple[Key, ...] = glued
    if suffix or ordinal:
        kind = "ordinal"
    elif pc:
        kind = "percent"  # 3.5pc (British papers)
    elif post in ("‰", " per thousand", " per mille"):
        # ("children under three per thousand residents": an age before a
        # rate's base, so the bare count too, as "3.5 per 1,000" keeps it)
        kind, also = "permille", ((round(value / 10, 6), "percent"), (value, "count"))
    elif post:
        if post.startswith((" basis", " bp", "bp")):
            # "32 basis points": 0.32 percentage points (0.32个百分点), or 32个基点
            kind, also, value = "points", ((value, "count"),), round(value / 100, 8)
        else:
            # "3.5 ppts", "3.5 pp": percentage points in financial English
            kind = (
                "points"
                if post.strip(" -").startswith(("percentage", "pp", "of", "pct p"))
                else "percent"
            )
    elif lowered[end : end + 2] == " p" and lowered.startswith(" point", end):
        also = ((value, "points"),)  # "up 2.9 points": percentage points, or points
    elif listed_points:
        also = ((value, "points"),)
    elif digits and len(digits) == 4 and digits.isdecimal():
        kind = "year" if digits[0] == "1" or digits[:2] == "20" else kind  # 1000 to 2099
    elif (
        before == "'"
        and digits
        and len(digits) == 2
        and digits < "30"
        and not lowered[start - 2 : start - 1].isalnum()
    ):
        also = ((2000.0 + value, "count"),)  # '23: 2023 (or 23, in a quotation)
    return kind, value, also


def _en_hedge(
    lowered: str,
    window: str,
    start: int,
    end: int,
    kind: str,
    value: float,
    also: tuple[Key, ...],
) -> tuple[str, tuple[Key, ...]]:
    """The hedge said before a number ("more than", "under", "about") in
    ``window``, the words just before it, as the comparison or the offset
    after it leaves it."""
    approx = _qualifier(window)
    if (
        approx
        and kind == "year"
        and window.endswith(_YEAR_COMPARED)
        and _AFTER_A_YEAR.match(lowered, end)
    ):
        # "12 percent below 2020" (较2020年下降12%): the year compared with (not
        # "more than 1200 projects", a count)
        approx = ""
    if (
        approx
        and _EARLIER.match(lowered, end)
        # (past a unit of two words: "0.8 square metres more than five years ago")
        and _COMPARED_BEFORE.search(lowered, max(0, start - 48), start)
    ):
        # "7.2 percentage points more than ten years earlier": the comparison
        # is the difference's, the ten years are exact
        approx = ""
    elif approx and _OFFSET_AFTER.match(lowered, end):
        # "may not exceed five years beyond the retirement age" (不超过…后5年):
        # the hedge bounds the date the offset reaches, however the Chinese says it
        approx = "either"
    elif approx == "less" and window.endswith("under ") and _GOVERNING.match(lowered, end):
        approx = ""  # "under 15 kings" (历经15代王), "under 12 programmes": by them
    elif (
        approx == "less"
        and window.endswith(("under ", "below ", "younger than "))
        and kind == "count"
        and value.is_integer()
        and 1 < value <= 120
        and _AGE_AFTER.match(lowered, end)
    ):
        also = (*also, (value, "agebelow"))  # "children under 15" (0至14岁)
    return approx, also


def _en_hedge_after(
    lowered: str,
    window: str,
    start: int,
    end: int,
    kind: str,
    ordinal: str | bool | None,
    approx: str,
    out: list[Number],
) -> str:
    """The hedge once the words after the number are read ("over three
    years", "3,500 or more", "about 80 and 70 percent")."""
    if (
        approx in ("more", "less")
        and window.rstrip().endswith(("over", "within"))
        and (duration := _DURATION.match(lowered, end))
        # "loans of over five years" (5年以上): a term longer than five years;
        # "for over 500 years", "is over 500 years old": longer, older
        and not window.rstrip().endswith(("of over", "for over", "is over", "was over"))
        and not lowered.startswith((" old", "-old"), duration.end())
    ):
        # "over three years": during, or more ("waiting over two days" for 超过48小时);
        # "within two years" (两年内): during, or at most (不超过30天 "within 30
        # days"): either way
        approx = "either"
    elif approx == "more" and kind == "year" and window.rstrip().endswith("over"):
        approx = ""  # "prices rose 3.25 percent over 2025": during the year
    elif (
        approx == "more" and lowered.endswith("over ", 0, start) and _DISTANCE.match(lowered, start)
    ):
        approx = "either"  # a race "over 1,000m": its distance, or more than it
    if not approx and lowered.endswith("the first ", 0, start) and not ordinal:
        approx = "either"  # "the first 330 kilowatt-hours": up to them (330度以下)
    if not approx and lowered.startswith("+", end) and not lowered[end + 1 : end + 2].isdigit():
        approx = "more"  # "an AQHI of 10+", "100+ exhibitors"
    if not approx and lowered[end : end + 1] in (" ", "-"):
        approx = _approx_after(lowered, end)  # 3,500 or more; 60-plus
        if (
            not approx
            and lowered.endswith(("above the ", "below the "), 0, start)
            and kind != "year"
            and _MARK_AFTER.match(lowered, end)
        ):
            # "above the 1-trillion-yuan mark" (not "above the second quarter",
            # "below the 1.5 trillion yuan expected": comparisons; nor "above the
            # 2019 level", a year's)
            approx = "more" if lowered.endswith("above the ", 0, start) else "less"
    if (
        not approx
        and out
        and out[-1].approx in _SHARED_HEDGES
        and (
            _HEDGE_SHARED.search(lowered, max(0, start - 16), start)
            or _SIZES_SHARED.search(lowered, max(0, start - 32), start)
        )
    ):
        # "about 80 percent and 70 percent", "about 2 km long and 1 km wide": both about
        approx = out[-1].approx
    elif (
        not approx
        and out
        and out[-1].approx == "about"
        and _HEDGE_RANGE.search(lowered, max(0, start - 32), start)
        and "from " not in lowered[max(0, start - 48) : start]
        # (not "rose by about 4,000 to 122,000": a change, then where it ended)
        and not _BY_HEDGED.search(lowered, max(0, start - 48), start)
    ):
        # "about 7,500 to 8,000 years": both ends (not "from about 3% to 5%", a change)
        approx = "about"
    return approx


def _en_said(
    lowered: str,
    start: int,
    end: int,
    kind: str,
    value: float,
    approx: str,
    words: str | None,
    bracket: bool,
    out: list[Number],
) -> tuple[bool, str, float]:
    """Whether the Chinese must give a number (not a conversion in brackets,
    a gloss, years explaining a name), and its kind and value then."""
    # "(US$14.5 million)" after a sum in yuan: a conversion the Chinese need not give
    opened = lowered.rfind("(", start - 20 if start > 20 else 0, start) if bracket else -1
    said = opened < 0 or not _conversion(lowered, opened, start)
    if not said and out and out[-1].kind == "count" and " yuan" in lowered[end : end + 8]:
        # "$1.4 billion (10 billion yuan)": a sum in yuan in the bracket, and
        # either side may be the conversion (not "3.3 million mu (220,000
        # hectares)", which the Chinese gives as mu); the Chinese sum must
        # still match one of them
        out[-1] = out[-1]._replace(strict=False)
    if said and "or" in lowered and (gloss := _OR_GLOSS.search(lowered, max(0, start - 24), start)):
        # "10 billion yuan, or about $1.4 billion"; not a sum restated in its
        # own currency ("HK$1,000 a quarter, or HK$5,000 for the year"), which
        # the Chinese gives or the English works out
        same = _SAME_CURRENCY[gloss[1].strip()]
        said = same.search(lowered, max(0, gloss.start() - 200), gloss.start()) is not None
    if opened >= 0 and said:
        # "the 13th Five-Year Plan (2016-2020)": years the English adds to explain a name
        years = _YEARS_GLOSSED.match(lowered, opened)
        if years is not None and start < years.end():
            said = False
            if kind == "count" and value < 100:
                kind, value = "year", value + 2000  # the 25 of (2021-25)
    if value == 20 and lowered.startswith(_TEU, end):
        said = False  # "twenty-foot equivalent units": the name of 标箱, the TEU
    if words == "zero" or (value == 0 and kind == "count" and not approx):
        # "zero accidents" for 零 before a verb (a bare 零 is read as a word);
        # "from 0 to 100 km/h" for 百公里加速
        said = False
    return said, kind, value


def _en_after_scan(text: str, lowered: str, out: list[Number]) -> None:
    """Numbers the general scan leaves: "a point", a name's number (A380, G20)."""
    if " a point" in lowered:
        # "lost a point" (减少1分), "up a point": one, said with the article
        for m in _A_POINT.finditer(lowered):
            out.append(Number(1.0, "count", "", text[m.start(1) : m.end()], False,
                              ((1.0, "points"),)))  # fmt: skip
    if _GLUED_TO_NAME.search(lowered):
        # Premier12, A380: a name's number, which may match the Chinese (12强赛)
        for m in _GLUED_TO_NAME.finditer(lowered):
            out.append(Number(float(m[1]), "count", "", text[m.start(1) : m.end()], False))
    if "g" in lowered and _GROUP_OF.search(lowered):
        # G7, the G20 (七国集团, 二十国集团): may match, need not
        for m in _GROUP_OF.finditer(lowered):
            if m.start() == 0 or not (
                lowered[m.start() - 1].isalnum() or lowered[m.start() - 1] == "-"
            ):
                out.append(Number(float(m[1]), "count", "", text[m.start() : m.end()], False))


#: Digits glued to the end of a word (not G7, which is read as a group).
_GLUED_TO_NAME = _lazy(r"[a-z]{2}(\d{1,4})\b(?![.,]\d)")
#: G7, G20: a group named by its members.
_GROUP_OF = _lazy(r"g(\d{1,2})(?![\w+])")


#: After 20: the container that names a TEU (标箱).
_TEU = ("-foot equivalent", " foot equivalent", "-foot-equivalent")
#: A hedge said once before two numbers joined by "and" or "or" covers both.
_SHARED_HEDGES = frozenset(("about", "more", "less"))
_HEDGE_SHARED = _lazy(r"\d(?: ?%| percent| per cent)? (?:and|or) $")
#: ... and before sizes of one thing: "about 2 km long and 1 km wide".
_SIZES_SHARED = _lazy(r"\d(?: ?[a-z]+)? (?:long|wide|high|deep|tall|thick|across) (?:and|by) $")
#: A range after "about": the hedge is both ends' ("about 4,500 to 5,100 years").
_BY_HEDGED = _lazy(r"\bby (?:about|around|some|roughly|nearly|almost|approximately) ")
_HEDGE_RANGE = _lazy(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty"
    r"|hundred|thousand|million|billion))"
    r"(?: ?%| percent| per cent)? ?(?:to|-|\u2013|\u2014) ?(?:[a-z]{0,3}\$|rmb ?|€|£|¥)?$"
)
#: The minutes after the point of a time: "9.40am", "2.15 p.m.".
_AM_PM_WORDS = r" ?(?:am|pm|a\.m\.|p\.m\.)"
_CLOCK_MINUTES = _lazy(r"[0-5]\d" + _AM_PM_WORDS)
_CLOCK_TIME = _lazy(r"(?:[1-9]|1[0-2])\.[0-5]\d")
_AM_PM = _lazy(_AM_PM_WORDS)
#: Words joined to the number after them by a hyphen: "magnitude-4.3", "level-3".
_JOINED_BEFORE = ("magnitude", "level", "grade", "category", "class", "phase", "type", "force")
#: A span of years in brackets, "(2016-2020)", "(2021-25)".
_YEARS_GLOSSED = _lazy(r"\((?:1[89]|20)\d\d ?[-\u2013] ?(?:\d\d){1,2}\)")
#: What joins the two ends of a range: 300 to 500 million, 2-3 billion.
_RANGE_STARTS = (" to ", " and ", " or ", "-", "\u2013")
_SHARED = _lazy(
    r"(?: to | and | or |-|\u2013)(?:\d[\d,]*(?:\.\d+)?|[a-z]+)"
    r"( ?(?:bn|bln|mln|mn|tn|trln|tln|trn)|(?: (?:hundred|thousand|million|billion|trillion))+)\b"
)

#: The first two digits of a year (an "in 2017 to 1.49 percent" is no range).
_CENTURIES = frozenset(("18", "19", "20"))
_SHARED_POST = _lazy(
    r"(?: to | and | or |-|\u2013)(?:\d[\d,]*(?:\.\d+)?|(?:" + _WORD + r"))"
    r"(%| percentage points?| percent| per cent| pct|‰| per thousand| per mille)"
)


#: Words that name things by a number and a letter (route 5B, Exit A2, Block 3M).
_NAMED_BEFORE = _lazy(
    r"\b(?:routes?|lines?|bus|buses|exits?|gates?|platforms?|blocks?|types?|models?"
    r"|flights?|rooms?|seats?|terminals?|berths?|piers?)\b[^.;:]*$"
)
#: The rest of a list of figures whose unit is said once, at its end.
_LISTED_POST = _lazy(
    r"(?:(?:, \d+(?:\.\d+)?)+,? (?:and|or) | and (?=[\d.]+ points?\b))\d+(?:\.\d+)?"
    r"(%| percentage points?| percent| per cent| points?\b)"
)

#: The end of a range just before a number: "aged 20 to 24".
_RANGE_BEFORE = _lazy(r"\d(?: to |-|\u2013)$")


def _unshared(lowered: str, start: int, digits: str | None, shared: re.Match[str]) -> bool:
    """Whether a number followed by "and"/"or" and a share keeps its own
    kind: a count in thousands ("18,000 or 0.16 percent more") or the end of
    a range ("aged 20 to 24 and 5.71 percent") is no share."""
    if not shared[0].startswith((" and ", " or ")):
        return False
    if "," in (digits or "") or lowered[max(0, start - 1) : start] in ("$", "¥", "€", "£"):
        return True  # (a sum: "up $1 or 2.4%")
    return _RANGE_BEFORE.search(lowered, max(0, start - 8), start) is not None


def _shared_scale(lowered: str, end: int) -> float:
    """The scale that the number ending at ``end`` shares with the end of its range."""
    m = _SHARED.match(lowered, end)
    if m is None:
        return 1.0
    value = 1.0
    for word in m[1].split():
        value *= _EN_SCALES[word]
    return value


#: An amount in another currency just inside a bracket: "(about $145 million)".
#: What may stand between an opening bracket and the number it glosses.
_GLOSS_LEAD = _lazy(
    r"(?:about |around |approximately |approx\.? |roughly |some |nearly |almost |over "
    r"|more than |or |i\.e\. )?(?P<cur>us\$|hk\$|nt\$|\$|€|£|¥|usd ?|eur ?|rmb ?|mop ?)?\s?"
)


#: Chinese units the English keeps in pinyin and may explain in brackets
#: ("per mu (about 0.067 hectares)", 坪 "per ping (3.3 square meters)").
_PINYIN_UNITS = frozenset(("mu", "jin", "catty", "catties", "li", "liang", "dan", "zhang", "ping"))


#: A sum in another currency glossed after a comma: ", or about $1.4 billion".
_OR_GLOSS = _lazy(r", or (?:about |around |roughly |nearly |some )?(us\$|hk\$|\$|€|£|usd ?|eur ?)$")
#: The currency of a gloss, written before it: then no conversion (a bare $
#: not the end of HK$; a space only after a code: "USD 5").
_SAME_CURRENCY = {
    c: _lazy(
        ("(?<![a-z])" if c == "$" else "") + re.escape(c) + (" ?" if c.isalpha() else "") + r"\d"
    )
    for c in ("us$", "hk$", "$", "€", "£", "usd", "eur")
}


def _conversion(lowered: str, opened: int, start: int) -> bool:
    """Whether the number at ``start`` opens a bracket that converts the sum
    or size before it: "1 billion yuan ($145 million)", "3.3 million mu
    (220,000 hectares)", "(about 170 billion U.S. dollars)". The English adds
    these; the Chinese need not give them. ``opened`` is the bracket's place."""
    if opened < 2 or lowered[opened - 1] != " " or not lowered[opened - 2].isalnum():
        return False  # "yuan. (57)": no sum or size just before the bracket
    lead = _GLOSS_LEAD.fullmatch(lowered, opened + 1, start)
    if lead is None:
        return False
    if lead["cur"]:
        return True
    # a number and at most four words of its unit just before: "3.3 million mu ("
    tokens = lowered[max(0, opened - 50) : opened].split()[-5:]
    if tokens and tokens[-1] in _PINYIN_UNITS:
        return True  # "per mu (about 0.067 hectares)": the unit itself explained
    for k, token in reversed(list(enumerate(tokens))):
        if token[:1].isdigit() or token.lstrip("us$hk€£¥rmb")[:1].isdigit():
            # "3.3 million mu (", "US$530 million (3.8 billion yuan)"; not a
            # share: "71 percent of it maize (56 million mu)" gives the part
            return not (token.endswith("%") or tokens[k + 1 : k + 2] == ["percent"])
        if not token.isalpha():
            return False  # "yuan. (": the sentence ended; "(", ",": no unit
    return False
