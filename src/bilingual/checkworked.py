"""Figures one side works out from figures the other gives, which the
numbers check (:mod:`bilingual.checknumbers`) lets stand: a total of parts,
a change or growth between two figures, a part as its share, an average, a
rate over another base or period, where a change started, a ratio as a
multiple. Each is matched to the digits the English gives it, or within its
hedge: a looser match lets a wrong figure pass as a worked-out one."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from bilingual.numbers import Key, Number, past_the_whole, what_a_fall_leaves, zh_way_before
from bilingual.numbers.base import _EN_SCALES, WRITTEN, close, last_place, list_runs
from bilingual.numbers.dates import _zh_int
from bilingual.numbers.rules import EN_PERIOD_AFTER, FLIPPED, standing_alone


def average_after(e: Number, en_lowered: str) -> bool:
    """Whether the English gives ``e`` as an average: "2,400 kWh each"."""
    return _right_after(e, en_lowered, _EN_EACH_AFTER)


def _right_after(e: Number, en_lowered: str, pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` matches right after the English number ``e``
    (wherever it stands alone: the 4 of "4 tonnes a mu", not of "3.4 million")."""
    text = e.text.lower()
    return any(
        pattern.match(en_lowered, at + len(text)) is not None
        for at in standing_alone(en_lowered, text)
    )


def worked_out(
    zh: list[Number],
    zh_all: list[Number],
    missing: list[Number],
    extra: list[Number],
    en_all: list[Number],
    en_by_key: dict[Key, list[Number]],
    zh_text: str,
    en_lowered: str,
) -> tuple[list[Number], list[Number]]:
    """``missing`` and ``extra`` less every figure one side works out from
    figures both give: what a fall leaves or a share is past its whole, a
    rate over another base or period, a rate turned over, a share of a
    year's days, a ratio as a multiple, then the sums, changes, growths,
    shares, averages and wholes of :func:`_derived`."""
    if missing and any(e.kind == "percent" for e in extra):
        for e in [e for e in extra if e.kind == "percent"]:
            left = next(
                (
                    z
                    for z in missing
                    if (
                        what_a_fall_leaves(zh_text, z, en_lowered, e)
                        and {z.approx, FLIPPED.get(e.approx, e.approx)} != {"more", "less"}
                    )
                    or (past_the_whole(zh_text, z, en_lowered, e) and z.approx == e.approx)
                ),
                None,
            )
            if left is not None:
                # 缩短了三分之一 "two thirds as long", 下降40% "60 percent of the
                # 2020 level": what the fall leaves; 占全年目标的115% "15 percent
                # more than the year's target": what the share is past the whole
                missing.remove(left)
                extra.remove(e)
    if len(extra) >= 2 and "比" in zh_text and _EN_RATIO.search(en_lowered):
        counts = [z.value for z in zh_all if z.kind == "count" and z.value]
        for m in _EN_RATIO.finditer(en_lowered):
            top, bottom = (m[1], m[2]) if m[1] else (m[3], m[4])
            c = next((e for e in extra if e.text.lower() == top), None)
            d = next((e for e in extra if e.text.lower() == bottom and e is not c), None)
            if c is None or d is None or not d.value:
                continue
            if any(close(a / b, c.value / d.value) for a, b in itertools.permutations(counts, 2)):
                # 招生比例约为四比六 "about two for every three": the ratio, reduced
                extra.remove(c)
                extra.remove(d)
    if extra and (_EN_OVER_BASE.search(en_lowered) or "每" in zh_text):
        for z, e, base in rebased(zh_all, extra, en_lowered):
            if e in extra and (
                z in missing or z.kind != "count" or _EN_OVER_BASE.search(en_lowered)
            ):
                # 每万人口32.4 "3.24 for every 1,000": one rate; 每千人口3.6人
                # "3.6 per 1,000, or 36 per 10,000": the rate given twice
                if z in missing:
                    missing.remove(z)
                extra.remove(e)
                if base in extra:
                    extra.remove(base)
    if extra and "one " in en_lowered and _EN_ONE_IN.search(en_lowered):
        bases = sorted(_zh_rate_bases(zh_all))
        figures = [z.value for z in zh if z.kind == "count" and z.value >= 10]
        for m in _EN_ONE_IN.finditer(en_lowered):
            one = next((e for e in extra if e.text.lower() == (m[3] or m[5])), None)
            if one is None:
                continue
            # (a hedge before "one" or "every" is the figure's: "one for about
            # every 230", "about one for every 320")
            hedged = m[1] or m[2]
            said = one._replace(approx="about") if hedged and not one.approx else one
            if any(
                _to_its_digits(b / z.value, said)
                # (a small ratio hedged is to the nearest whole: 8.6万对…3.1万对
                # "roughly one divorce for every three marriages", 2.77)
                or (said.approx and said.value < 10 and abs(b / z.value - said.value) <= 0.5)
                for b in bases + figures
                for z in zh
                if z.kind == "count" and z.value and z.value != b
            ):
                # 每千名老年人拥有床位40张 "or one for every 25": the rate turned over
                extra.remove(one)
                continue
            share = next(
                (
                    z
                    for z in zh
                    if z.kind == "percent" and z.value and _to_its_digits(100 / z.value, said)
                ),
                None,
            )
            if share is not None:
                # 再犯罪率0.2%以下 "fewer than one in 500": a share turned over
                extra.remove(one)
                if share in missing:
                    missing.remove(share)
    if extra and _EN_PER_PERIOD.search(en_lowered):
        extra = [
            e for e in extra if not (e.kind == "count" and _per_period(e, zh, zh_text, en_lowered))
        ]
    if extra and " days" in en_lowered and ("日均" in zh_text or "每天" in zh_text):
        extra = [e for e in extra if not _days_of_a_rate(e, zh, en_lowered)]
    if extra and "天数" in zh_text and " days" in en_lowered:
        extra = [e for e in extra if not _days_of_share(e, zh, zh_text, en_lowered)]
    if missing and extra and "比" in zh_text:
        for z in [z for z in missing if z.kind == "count" and not z.value.is_integer()]:
            at = zh_text.find(z.text)
            times = next(
                (e for e in extra if e.value == z.value and e.kind in ("factor", "count")), None
            )
            clause = max(zh_text.rfind(c, 0, at) for c in "，。；")
            if times is not None and at > 0 and _ZH_RATIO_BEFORE.search(zh_text, clause + 1, at):
                # 城乡居民收入比由2.5缩小到2.1 "earn 2.1 times as much": a ratio, as a multiple
                missing.remove(z)
                extra.remove(times)
    if missing or extra:
        # a total, a change or a growth one side works out
        missing, extra = _derived(zh, missing, extra, en_by_key, en_all, zh_text, en_lowered)
    return missing, extra


def start_or_change(
    zh: list[Number], missing: list[Number], extra: list[Number], zh_text: str, en_lowered: str
) -> tuple[list[Number], list[Number]]:
    """``missing`` and ``extra`` less the pairs where one side gives a change
    and the other where it started: 由220家增加到239家 "239, 19 more than last
    year"; 增加19家，达到239家 "from 220 to 239"."""
    for d in list(missing):
        if d.kind not in _CHANGES or not d.text:
            continue
        start = started_at(d, zh_text)
        if not (start or _changed_by(d, zh_text)):
            continue
        for e in extra:
            if e.kind not in _CHANGES[d.kind] or not e.text:
                continue
            said = re.escape(e.text.lower())
            if start:
                # the English gives the change where the Chinese gives the start
                if not _said_as_change(e, en_lowered):
                    continue
                ends = [
                    z.value
                    for z in zh
                    if z is not d and z.kind == d.kind and ended_at(d, z, zh_text)
                ]
                found = any(close(abs(v - d.value), e.value) for v in ends)
            else:
                # the English gives the start where the Chinese gives the change
                if not re.search(_EN_FROM.format(said), en_lowered):
                    continue
                kinds = _kinds_changed(d, zh_text)
                found = any(
                    close(abs(z.value - d.value), e.value) or close(z.value + d.value, e.value)
                    for z in zh
                    if z is not d and z.kind in kinds
                )
            if found:
                missing.remove(d)
                extra.remove(e)
                break
    return missing, extra


def _ends_of(d: Number, a: Number, zh_text: str) -> tuple[tuple[float, float], ...]:
    """Where the change ``d`` may have started and ended, with ``a`` one end:
    the start (比去年的1,800个增加300个), or the end it reached (提高到800元，比去年
    增加200元: from 600, or from 1,000 had it been a fall)."""
    if re.search(rf"[到至达](?:约|近)?{re.escape(a.text)}", zh_text):
        return ((a.value - d.value, a.value), (a.value + d.value, a.value))
    return ((a.value, a.value + d.value),)


def _kinds_changed(d: Number, zh_text: str) -> tuple[str, ...]:
    """The kinds of figure the change ``d`` may be of: its own, and a rate
    per mille for 千分点 (4.33‰，下降0.5个千分点 "from 4.83")."""
    at = zh_text.find(d.text)
    if d.kind == "count" and zh_text[at + len(d.text) :].startswith(("个千分点", "千分点")):
        return (d.kind, "permille")
    return (d.kind,)


def started_at(d: Number, zh_text: str) -> bool:
    """Whether a change starts at ``d`` (由220家, 从2010年的767万人: a year may
    stand between, no other number)."""
    return bool(
        re.search(
            rf"[由从](?:\d{{4}}年[底末]?的?)?[^，。；,;\d]{{0,8}}?(?<![\d.]){re.escape(d.text)}",
            zh_text,
        )
    )


def ended_at(d: Number, z: Number, zh_text: str) -> bool:
    """Whether a change from ``d`` ends at ``z`` (…增加到239家, …增加到2020年的906万人)."""
    return bool(
        z.text
        and re.search(
            rf"{re.escape(d.text)}[^，。；,;]{{0,14}}?[到至为](?:\d{{4}}年[底末]?的?)?"
            rf"{re.escape(z.text)}",
            zh_text,
        )
    )


_EN_RISE = re.compile(
    r"\b(?:rose|rise|rises|rising|grew|grow|grows|growth|up|increased?|gain(?:ed)?|climbed"
    r"|jumped|higher|more)\b"
)


_EN_FALL = re.compile(
    r"\b(?:fell|fall|falls|down|declined?|dropped|drop|decreased?|lower|less|fewer|shrank"
    r"|slid|cut)\b"
)


#: The kinds of a start, and the kinds its change may be said in (8.6%降至0.3%
#: "fell by 8.3 points").
_CHANGES = {"count": ("count",), "percent": ("points", "count")}


def _derived(
    zh: list[Number],
    missing: list[Number],
    extra: list[Number],
    en_by_key: dict[Key, list[Number]],
    en_all: list[Number],
    zh_text: str,
    en_lowered: str,
) -> tuple[list[Number], list[Number]]:
    """``missing`` and ``extra`` less what one side works out from numbers both
    give: an English total of the Chinese parts ("Of the 2,550 participants,
    1,200 were men and 1,350 women"), a Chinese total the English leaves to
    its parts (共有中小学312所，其中小学208所、初中104所), the growth from one
    figure to the next ("rose 8 percent from 700 billion to 756 billion"), a
    change between two figures ("grew by 40,000 from 9.06 million to 9.1
    million"), and a change the Chinese gives that the English gives as a
    share of where it started (比去年的1,800个增加300个 "up 16.7 percent from
    1,800"). The parts of a sum must be in the English too, and a sum or a
    change of three figures or more (small counts add up by chance: 15胜2和
    is not "17 games")."""
    s = _sides(zh, en_by_key, zh_text, en_lowered)
    for d in list(missing):
        if d.kind != "count":
            continue
        parts = s.sums.get(round(d.value, 6))
        if parts and d not in parts and "其中" in s.zh_text[s.zh_text.find(d.text) :]:
            missing.remove(d)  # a total given before 其中 and its parts
            continue
        if started_at(d, s.zh_text) and any(
            z in s.said
            and ended_at(d, z, s.zh_text)
            and any(_grew(d.value, z.value, p) for p in s.shares)
            for z in s.counts
            if z is not d
        ):
            # 由27,470元调升至28,590元，涨幅4.08% "will rise 4.08 percent to
            # NT$28,590": the start, left to the rate and the end
            missing.remove(d)
            continue
        if not _changed_by(d, s.zh_text):
            continue
        # (a share in words may go unsaid, so it is no extra: "a third more")
        rates = extra + [e for e in en_all if e.kind == "percent" and not e.strict]
        share = next(
            (
                e
                for e in rates
                if e.kind == "percent"
                and any(
                    _grew(start, end, e)
                    for a in s.counts
                    if a is not d
                    for start, end in _ends_of(d, a, s.zh_text)
                )
            ),
            None,
        )
        if share is not None:
            missing.remove(d)  # a change given as a share of where it started
            if share in extra:
                extra.remove(share)
    for e in list(extra):
        if _worked_by_english(e, s, missing):
            extra.remove(e)
    # (only where the English gives no rate of its own: "4.6 billion of it
    # (about 85.8 percent)" must answer for 88.5% itself)
    own_rate = any(e.kind == "percent" for e in en_all)
    for d in list(missing):
        if (
            d.kind == "percent"
            and not own_rate
            and any(
                (_grew(a.value, b.value, d) and (a.value < b.value) in s.ways)
                # 受理58.6万件，审结54.2万件，结案率为92.5% "took in 586,000 cases and
                # closed 542,000 of them": a share, left to its part and whole
                or (a.value < b.value and _grew(b.value, b.value + a.value, d))
                for a, b in itertools.permutations(s.en_counts, 2)
                if a.value >= 100
            )
        ):
            # 3.5万亿元，比年初增加2,800亿元，增长8.7% "280 billion yuan more than
            # at the start of the year, when they totalled about 3.22 trillion":
            # a growth the English leaves to the figures it grew between
            missing.remove(d)
            continue
        if d.kind != "count":
            continue
        accounted, used = _left_to_the_english(d, s, en_all, en_by_key, extra)
        if accounted:
            missing.remove(d)
            if used is not None and used in extra:
                extra.remove(used)
    return missing, extra


@dataclass(frozen=True)
class _Sides:
    """What the passes of :func:`_derived` read of one unit, worked out once."""

    zh: list[Number]
    zh_text: str
    en_lowered: str
    counts: list[Number]  # of ten or more, not rough sizes
    said: list[Number]  # those the English gives
    all_counts: list[Number]
    said_any: list[Number]  # every count the English gives
    shares: list[Number]  # percentages the English gives
    pairs: list[tuple[Number, Number]]
    ways: set[bool]  # which way a growth may go: True up, False down
    rests: dict[float, tuple[Number, ...]]
    part_sums: dict[float, tuple[Number, ...]]  # of parts after 其中, said or not
    sums: dict[float, tuple[Number, ...]]
    en_counts: list[Number]  # the English's counts


def _sides(
    zh: list[Number], en_by_key: dict[Key, list[Number]], zh_text: str, en_lowered: str
) -> _Sides:

    # (a rough size, 好几百 "several hundred", adds up to nothing)
    counts = [
        z for z in zh if z.kind == "count" and z.value >= 10 and (z.strict or z.approx != "either")
    ]
    said = [z for z in counts if any(k in en_by_key for k in z.readings())]
    all_counts = [z for z in zh if z.kind == "count"]
    said_any = [z for z in all_counts if any(k in en_by_key for k in z.readings())]
    shares = [z for z in zh if z.kind == "percent" and any(k in en_by_key for k in z.readings())]
    pairs = [(a, b) for a, b in itertools.permutations(counts[:8], 2) if a.value >= 100]
    # a rise is over the smaller figure, a fall over the larger
    rise, fall = bool(_EN_RISE.search(en_lowered)), bool(_EN_FALL.search(en_lowered))
    # (and with no word of change, no growth: "the rate is 45 percent" is no
    # fall from 360,000 to 198,000)
    ways = {True} if rise and not fall else {False} if fall and not rise else {True, False}
    if not rise and not fall:
        ways = set()
    # the total before 其中 and a part after it: the rest may be given ("27
    # million of them from the mainland, and 7 million from elsewhere")
    split = zh_text.find("其中")
    # (one part or two: 156家，其中5A级12家、4A级58家 "and 86 at lower grades")
    after_split = [b for b in counts if split > 0 and zh_text.find(b.text) > split]
    rests = {
        round(a.value - sum(b.value for b in parts), 6): parts
        for a in counts
        if split > 0 and 0 <= zh_text.find(a.text) < split
        for size in (1, 2)
        for parts in itertools.combinations(after_split, size)
        if a.value > sum(b.value for b in parts)
    }
    # 326项，其中国际级23项、国家级58项 "81 of them national or international":
    # parts of a total the English joins, under that total (parts of any size:
    # 其中5A级7家、4A级64家 "71 of them rated 4A or 5A")
    parts_after = [
        b
        for b in all_counts
        if split > 0 and zh_text.find(b.text) > split and (b.strict or b.approx != "either")
    ]
    part_sums = {
        round(sum(b.value for b in parts), 6): parts
        for size in (2, 3)
        for parts in itertools.combinations(parts_after[:8], size)
        if sum(b.value for b in parts) >= 20
        and any(
            sum(b.value for b in parts) < a.value
            for a in counts
            if 0 <= zh_text.find(a.text) < split
        )
    }
    sums: dict[float, tuple[Number, ...]] = {}
    # (a small total only when the English says the parts are its own: "44
    # nature reserves, 24 of them national and 20 provincial", "47 in all")
    least = 20 if _EN_OF_THEM.search(en_lowered) or _EN_IN_ALL.search(en_lowered) else 100
    for size in (2, 3):
        for parts in itertools.combinations(said[:8], size):
            total = sum(z.value for z in parts)
            if total >= least:
                sums.setdefault(round(total, 6), parts)
    en_counts = [n for ns in en_by_key.values() for n in ns if n.kind == "count"]
    return _Sides(zh, zh_text, en_lowered, counts, said, all_counts, said_any, shares, pairs,
                  ways, rests, part_sums, sums, en_counts)  # fmt: skip


def _worked_by_english(e: Number, s: _Sides, missing: list[Number]) -> bool:
    """Whether the English figure ``e``, on neither side's list of the other,
    is one the English works out from the Chinese figures (a total, a
    growth, a change, a share, an average, a whole, a base, a gap); the
    Chinese figures it stands for come off ``missing``."""
    zh, zh_text, en_lowered = s.zh, s.zh_text, s.en_lowered
    counts, said, all_counts, said_any = s.counts, s.said, s.all_counts, s.said_any
    shares, pairs, ways, rests, sums = s.shares, s.pairs, s.ways, s.rests, s.sums
    if e.kind == "count" and round(e.value, 6) in sums:
        # the English's total of the Chinese parts
        return True
    if e.kind == "percent" and any(
        _grew(a.value, b.value, e) for a, b in pairs if (a.value < b.value) in ways
    ):
        # the growth from one figure to the other
        return True
    if (
        e.kind == "count"
        and e.value >= 100
        and _said_as_change(e, en_lowered)
        and any(close(abs(b.value - a.value), e.value) for a, b in pairs)
    ):
        # the change from one figure to the other
        return True
    if (
        e.text
        and _said_as_change(e, en_lowered)
        and any(
            close(abs(z.value - d.value), e.value)
            for d in zh
            if d.kind == e.kind and d.text and started_at(d, zh_text)
            for z in zh
            if z is not d and z.kind == d.kind and ended_at(d, z, zh_text)
        )
    ):
        # 由5小时缩短至2小时 "two hours instead of five, three hours less": the
        # change between the two ends the Chinese gives, of any size
        return True
    if (
        e.kind == "count"
        and _said_as_change(e, en_lowered)
        and any(
            close(abs(a.value - b.value), e.value)
            if e.value >= 100
            else e.approx != ""
            and min(a.value, b.value) > e.value
            and _to_its_digits(abs(a.value - b.value), e)
            for a, b in itertools.combinations([n for n in s.en_counts if n is not e], 2)
        )
    ):
        # 28万人，完成年度目标的112% "30,000 more than its target of 250,000":
        # the gap between two figures the English gives (each answers for
        # itself); a small gap only when hedged (an exact one is too often
        # the gap of two other figures by chance: 25…15个行业 "16 made less"
        # of 41), between larger figures: 男性76.9岁、女性83.7岁 "nearly seven
        # years longer (83.7 against 76.9)"
        return True
    if (
        e.kind == "percent"
        and _EN_REST.search(en_lowered)
        and (
            rest := next(
                (p for p in missing if p.kind == "percent" and close(100 - p.value, e.value)), None
            )
        )
    ):
        # 3,600户…3,420户脱贫，占95% "leaving 180, or 5 percent": the share
        # of what is left, for the share of the rest
        missing.remove(rest)
        return True
    if (
        e.kind == "percent"
        and _EN_REST.search(en_lowered)
        and any(close(100 - p.value, e.value) for p in shares)
    ):
        # 普及率达98.5% "98.5 percent of homes, all but 1.5 percent": the
        # share of the rest beside the share itself
        return True
    if (
        e.kind == "count"
        and re.search(_EN_LEFT.format(re.escape(e.text.lower())), en_lowered)
        and any(close(a.value - b.value, e.value) for a, b in itertools.permutations(said_any, 2))
    ):
        # 共2,400套，已分配1,800套 "leaving 600": what is left
        return True
    if (
        e.kind == "count"
        and "all but" in en_lowered  # ("leaving" asks for both figures: above)
        and re.search(_EN_LEFT.format(re.escape(e.text.lower())), en_lowered)
        and (
            rest := next(
                (b for a in said_any for b in missing
                 if (b.kind == "count" and a.value > b.value and close(a.value - b.value, e.value))
                 or (b.kind == "percent" and 0 < b.value < 100
                     and _to_its_digits(a.value * (100 - b.value) / 100, e))),
                None,
            )
        )
    ):  # fmt: skip
        # 博物馆126家，其中免费开放的有118家 "all but eight are free";
        # 3.6万件，按期办结率为96.5% "all but about 1,260": the part given by
        # what the whole has beside it, a count or a share's
        missing.remove(rest)
        return True
    if (
        e.kind == "count"
        and (listed := _whole_list(e, s.all_counts, zh_text))
        and all(b is listed[0] for b in listed if b in said_any)
    ):
        # 金牌6枚、银牌8枚、铜牌11枚 "25 medals, six of them gold": the total of
        # a list of three or more, the parts it leaves unsaid said by it; of
        # the parts, the English may give the head of the list alone ("eight
        # of them gold" gives another part in its place)
        for b in listed:
            if b in missing:
                missing.remove(b)
        return True
    if e.kind == "count" and (parts := s.part_sums.get(round(e.value, 6))):
        # parts after 其中 the English joins, each then said by the sum
        for part in parts:
            if part in missing:
                missing.remove(part)
        return True
    if e.kind in ("count", "others") and round(e.value, 6) in rests:
        # what the total leaves past its parts (the parts must still be said:
        # 66个，其中一级馆42个 "24 are first-grade" may name the part wrongly;
        # "98 of them kidney transplants and 28 others": the rest, read as
        # "and five other countries" is)
        return True
    if (
        e.kind == "count"
        # (a small part only when hedged, or said as the whole's: "30 of them")
        and (e.value >= 100 or e.approx or _right_after(e, en_lowered, _OF_THEM_AFTER))
        and (share := _share_of(e, counts, zh, zh_text))
    ):
        # a share of a total, worked out (约九成 of 1,200: "some 1,080"; 1.2万名…占76%
        # "about 9,100"; 42个…近四成 "about 16": a small part only when hedged),
        # the share itself then left to the sum
        if share in missing:
            missing.remove(share)
        return True
    if (
        e.kind == "count"
        and e.value >= 100
        # (or, hedged, the total of a Chinese rate per unit: not "$1,000 per
        # property" for 每户500元 over 两季)
        and (
            _EN_IN_ALL.search(en_lowered) or (e.approx == "about" and _ZH_PER_UNIT.search(zh_text))
        )
        and (scale := _unit_scale(e, zh_text, en_lowered))
        and any(
            _to_its_digits(a.value * b.value * scale, e)
            for a in said_any
            for b in all_counts
            if b is not a and (b in said_any or e.approx)
        )
    ):
        # (one of the two may go unsaid behind a hedged total: 120个，平均每个约
        # 2,000平方米 "about 240,000 square metres in all"; 8,700万亩…每亩950斤
        # "some 41 million tonnes in all", in the English's unit)
        for b in all_counts:
            if b in missing and any(_to_its_digits(a.value * b.value * scale, e) for a in said_any):
                missing.remove(b)
        # 每户1.5万元，共惠及1,280户 "19.2 million yuan in all"; 3.6万户，平均280亩
        # "about 10 million mu in all": a rate times its count, worked out
        return True
    if (
        e.kind == "count"
        and _said_as_change(e, en_lowered)
        and (change := _change_of(e, said_any, zh, zh_text))
    ):
        # 60万人次，比去年增长20% "100,000 more than a year ago": the change a
        # rate makes of a figure, the rate then left to it
        if change in missing:
            missing.remove(change)
        return True
    if e.kind == "count" and (
        rate := next(
            (
                p
                for a in said_any
                for p in zh
                if p.kind == "percent" and p.value < 100
                for sign in (1, -1)
                if _to_its_digits(a.value / (1 + sign * p.value / 100), e)
            ),
            None,
        )
    ):
        # 6.2亿美元，同比增长24% "up from $500 million"; 28微克…下降12.5% "from 32":
        # where a figure started, worked out from its change; the rate is
        # then left to it when the English says where it came from (a hedged
        # figure near a/(1+p) is no start: 1.2万名…占76% "about 7,100")
        if rate in missing and re.search(_EN_FROM.format(re.escape(e.text.lower())), en_lowered):
            missing.remove(rate)
        return True
    if (
        e.kind == "count"
        and re.search(_EN_FROM.format(re.escape(e.text.lower())), en_lowered)
        and any(
            close(z.value + sign * d.value, e.value)
            for d in all_counts
            if _changed_by(d, zh_text)
            for z in all_counts
            if z is not d
            for sign in (1, -1)
        )
    ):
        # 三起，比去年减少五起 "five fewer than the eight of last year": where
        # a figure started, from its change, both of which the English gives
        return True
    if (
        e.kind == "count"
        and re.search(
            rf"\bdifference of (?:plus |minus |\+|-)?{re.escape(e.text.lower())}\b", en_lowered
        )
        and any(
            close(abs(a.value - b.value), abs(e.value))
            for a, b in itertools.combinations(said_any, 2)
        )
    ):
        # 打进45球，失球38个 "a goal difference of plus seven": the gap of two
        # figures the English gives, named as a difference
        return True
    if (e.kind == "factor" or f"{e.text.lower()} times " in en_lowered) and any(
        _to_its_digits(b.value / a.value, e)
        for a, b in itertools.permutations(said_any + shares, 2)
        if b.value > a.value and a.kind == b.kind
    ):
        # 从12人发展到1,200多人 "a hundredfold increase": end over start;
        # 城镇43,800元，农村19,600元 "2.23 times that of rural residents"
        return True
    if e.kind == "percent" and any(
        _to_its_digits(100 * d.value / (a.value - d.value), e)
        for d in all_counts
        if _changed_by(d, zh_text)
        for a in said
        if a.value > d.value
    ):
        # 3,510亿…增加约470亿 "up about 15 percent": the change over the start
        return True
    if (
        e.kind == "count"
        and e.value >= 100
        and any(
            close(a.value - d.value, e.value) or close(a.value + d.value, e.value)
            for d in all_counts
            if _changed_by(d, zh_text)
            for a in said
            if a is not d
        )
    ):
        # 3,510亿…增加约470亿 "from US$304 billion": where it started
        return True
    if (
        e.kind == "percent"
        and (ends := _part_of(e, all_counts))
        # ("a quarter more than last year" is a change, not a part)
        and not (_said_as_change(e, en_lowered) and _changed_by(ends[0], zh_text))
    ):
        # "85 of the county's 120 villages, or 71 percent"; 2.6万元…其中7,800元
        # "30 percent of it"; 由4小时缩短至2小时 "half the time it used to": one
        # of the two given as its share of the other, which the English gives
        part, whole = ends
        if part in missing and whole not in missing:
            missing.remove(part)
        elif whole in missing and part not in missing:
            missing.remove(whole)
        return True
    if (
        e.kind == "count"
        and (_EN_EACH.search(en_lowered) or _right_after(e, en_lowered, _EN_A_THING_AFTER))
        and _average(e, said_any, zh_text, en_lowered)
    ):
        # 3,600万元…1.2万户 "about 3,000 yuan each"; 1,500场…45万个 "300 a
        # fair"; 118公里…94亿元 "about 80 million yuan a kilometre"
        return True
    if e.kind == "count" and (share := _whole_of(e, said_any, zh, zh_text)):
        # 1.8万辆，占…总销量的30% "out of about 60,000 cars in all": the
        # total a part and its share make, the share then left to it (the
        # part must be said: with a share of 10%, 2.2亿 and "22 billion" would
        # pass as part and whole)
        if share in missing:
            missing.remove(share)
        return True
    if (
        e.kind == "count"
        and e.value >= 10
        and (
            multiple := next(
                (
                    f
                    for a in said_any
                    for f in zh
                    # (增长了一倍 reads 1, and 2 as its factor: the base is half)
                    for fv in [v for v, kind in f.readings() if kind == "factor"][:1]
                    if fv > 1
                    and (
                        # (small hedged figures divide by chance: 近两个月
                        # "nearly three")
                        ((e.value >= 100 or not e.approx) and _to_its_digits(a.value / fv, e))
                        # 108颗，是2020年底的4倍多 "more than four times the 25 or
                        # so": a base a factor with its 多 leaves a span for
                        or (
                            f.approx == "more"
                            and e.approx == "about"
                            and a.value / (fv + 1) < e.value < a.value / fv
                        )
                        # 是2020年底的近6倍 "nearly six times the roughly 37,000":
                        # a factor within a tenth under its figure
                        or (
                            f.approx == "less"
                            and e.approx == "about"
                            and a.value / fv < e.value < a.value / (0.9 * fv)
                        )
                    )
                ),
                None,
            )
        )
    ):
        # 1.2万人，是原来的2倍 "double the old one's 6,000"; 500亿元，是五年前的2.5倍
        # "up from 20 billion": the base, the multiple then left to it
        if multiple in missing:
            missing.remove(multiple)
        return True
    if (
        e.kind == "count"
        and e.approx
        and e.value >= 1_000
        and (bases := _zh_rate_bases(zh))
        and any(
            _to_its_digits(c.value * b / r.value, e)
            for b in bases
            for r in zh
            if r.kind == "count" and r.strict and 0 < r.value < b
            for c in counts
            if c.value > r.value
        )
    ):
        # 床位18.5万张，每千名老年人拥有床位约30张 "puts the number of older
        # people at roughly 6 million": the people a rate per thousand is over
        return True
    if e.kind == "factor" and (
        growth := next(
            (
                z
                for z in zh
                if z.kind == "percent" and z.value >= 100 and _to_its_digits(1 + z.value / 100, e)
            ),
            None,
        )
    ):
        # 增长333.8% "about 4.3 times its level": a growth of 100% or more, as
        # how many times the base it came to (the growth then said by it)
        if growth in missing:
            missing.remove(growth)
        return True
    # 5.1%，低于5.5% "0.4 points below": the gap between two rates
    return (
        e.kind in ("count", "points")
        and e.value < 100
        and _EN_POINTS_AFTER.match(en_lowered, en_lowered.find(e.text.lower()) + len(e.text))
        is not None
        and any(
            _to_its_digits(abs(a.value - b.value), e)
            for a, b in itertools.combinations([z for z in zh if z.kind == "percent"], 2)
        )
    )


def _left_to_the_english(
    d: Number,
    s: _Sides,
    en_all: list[Number],
    en_by_key: dict[Key, list[Number]],
    extra: list[Number],
) -> tuple[bool, Number | None]:
    """Whether the Chinese figure ``d`` may go unsaid because the English
    gives what it comes to (an average, a change, a ratio, a start), and the
    English figure that stands for it, if one does."""
    said, said_any, zh_text, en_lowered = s.said, s.said_any, s.zh_text, s.en_lowered
    if _worked_out_by_chinese(d, said, said_any, en_all, en_by_key, zh_text):
        return True, None
    each = next(
        (
            e
            for e in extra
            if e.kind == "count"
            and _EN_EACH.search(en_lowered)
            # (a count of a hundred or more: 每10元一注派彩1,666万元 is no "HK$1.666
            # million" a HK$10 unit)
            and any(
                a is not d and a.value >= 100 and close(a.value * e.value, d.value)
                for a in said_any
            )
        ),
        None,
    )
    if each is not None:
        # 扶持创业2.5万人，带动就业7.5万人 "each creating three jobs on average"
        return True, each
    # (a start, 由27元调高至29元, may be left to its change: "rose by HK$2 to HK$29")
    start = zh_text[max(0, zh_text.find(d.text) - 1) : zh_text.find(d.text)] in ("由", "从")
    gap = next(
        (
            e
            for a in (said_any if start else said)
            for e in (extra if start else en_all)
            if a is not d
            and e.kind == "count"
            and close(abs(a.value - d.value), e.value)
            and (
                (start and _said_as_change(e, en_lowered))
                or re.search(
                    rf"\b{re.escape(e.text.lower())} (?:[a-z]+ ){{0,2}}(?:more|fewer|less)"
                    r" than\b",
                    en_lowered,
                )
            )
        ),
        None,
    )
    if gap is not None:
        # 男性1,860人，女性3,060人 "3,060 women, 1,200 more than men"; 21.6亿斤…
        # 19.8亿斤 "180 million jin more than last year"
        return True, gap
    ratio = next(
        (
            e
            for a in said_any
            for e in extra
            if a is not d
            and (
                (e.kind == "factor" and _to_its_digits(a.value / d.value, e))
                or (e.kind == "percent" and _to_its_digits(100 * a.value / d.value, e))
            )
        ),
        None,
    )
    if ratio is not None:
        # 42万人次，去年同期为28万人次 "half as many again"; 由4小时缩短至2小时
        # "half the time it used to": the other figure given as a ratio to it
        return True, ratio
    others = s.rests.get(round(d.value, 6))
    if (
        others
        and _EN_REST.search(en_lowered)
        and all(zh_text.find(p.text) < zh_text.find(d.text) for p in others)
    ):
        # 3万名…其中全程1.2万人，半程1.8万人 "40 percent of them in the full
        # marathon and the rest in the half": the rest, named without its
        # figure (the part the Chinese lists last: "60 percent of them in the
        # full marathon" gives the half's share to the full)
        return True, None
    return False, None


#: The word after a gap between two rates: "0.4 points below", "0.4 percentage points".
_EN_POINTS_AFTER = re.compile(r" (?:percentage )?points?\b")


def _worked_out_by_chinese(
    d: Number,
    said: list[Number],
    said_any: list[Number],
    en_all: list[Number],
    en_by_key: dict[Key, list[Number]],
    zh_text: str,
) -> bool:
    """Whether the Chinese count ``d`` is an average or a change the Chinese
    works out from figures the English gives, which the English may then
    leave unsaid: 总长度40公里，平均每条1.25公里 (32条); 由1,400家增加到4,500家，
    增加了3,100家; 3,510亿美元，较去年同期增加约470亿美元 "up … from US$304
    billion" (the change left to where it started). Only what the Chinese
    gives as an average (均) or a change (增加): 40万票，上下10万票，也就是30万到
    50万票 is no 50万 less 10万."""
    at = zh_text.find(d.text)
    average = "均" in zh_text[max(0, at - 6) : at]
    change = _changed_by(d, zh_text)
    if average and any(
        b.value >= 10 and close(a.value / b.value, d.value)
        for a, b in itertools.permutations(said_any, 2)
    ):
        return True
    # 今年新增35万户，日均新增约960户: a year's figure over its days (or months)
    days = (365, 366) if "日均" in zh_text else (12,) if "月均" in zh_text else ()
    if (
        average
        and "年" in zh_text
        and any(
            abs(a.value / n - d.value) <= (0.05 if d.approx else 0.01) * d.value
            for a in said_any
            for n in days
        )
    ):
        return True
    if not change or d.value < 100:
        return False
    if any(close(abs(a.value - b.value), d.value) for a, b in itertools.combinations(said_any, 2)):
        return True
    return any(
        close(abs(a.value - e.value), d.value)
        for a in said
        for e in en_all
        if e.kind == "count" and e.value >= 100 and e not in en_by_key.get(a.key(), ())
    )


def _way_of(n: Number, zh_text: str) -> bool | None:
    """Which way the Chinese says its number ``n`` moved (:func:`zh_way_before`)."""
    at = zh_text.find(n.text) if n.text else -1
    return zh_way_before(zh_text, at) if at >= 0 else None


def _change_of(e: Number, figures: list[Number], zh: list[Number], zh_text: str) -> Number | None:
    """The Chinese rate of change that makes the English count ``e`` the
    change of one of ``figures`` (where it ended): 60万…增长20% is 100,000
    more; 下降20% to 40万 is 100,000 fewer. The way the Chinese says the rate
    went decides which (580亿…增长21% is about 10 billion more, not the 15
    billion a fall of 21% to 580亿 would be)."""
    for p in zh:
        if p.kind != "percent" or not 0 < p.value < 100:
            continue
        way = _way_of(p, zh_text)
        signs = (1,) if way is True else (-1,) if way is False else (1, -1)
        for a in figures:
            if any(_to_its_digits(a.value * p.value / (100 + sign * p.value), e) for sign in signs):
                return p
    return None


def _whole_list(e: Number, counts: list[Number], zh_text: str) -> list[Number]:
    """The Chinese counts of one list (three or more, joined by 、 or a last
    和) whose sum is the English count ``e``."""
    placed = sorted(
        (at, at + len(n.text), n) for n in counts if n.text and (at := zh_text.find(n.text)) >= 0
    )
    return next(
        (
            run
            for run in list_runs(zh_text, placed)
            if len(run) > 2 and close(sum(b.value for b in run), e.value)
        ),
        [],
    )


#: A ratio in English: "two for every three", "a ratio of 2 to 3".
_RATIO_TERM = r"(\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_EN_RATIO = re.compile(
    rf"\b{_RATIO_TERM} (?:[a-z]+ ){{0,2}}?(?:for every|for each|in every|to every) {_RATIO_TERM}\b"
    rf"|\bratio of {_RATIO_TERM} to {_RATIO_TERM}\b"
)


def _part_of(e: Number, counts: list[Number]) -> tuple[Number, Number] | None:
    """The Chinese part and total whose share is the English percentage
    ``e``, to its digits or within its hedge."""
    for b in counts:
        for a in counts:
            if a is not b and 0 < a.value < b.value and _to_its_digits(100 * a.value / b.value, e):
                return a, b
    return None


def _whole_of(e: Number, parts: list[Number], zh: list[Number], zh_text: str = "") -> Number | None:
    """The Chinese share that, with a part the English gives, makes the
    English count ``e`` the whole: 1.8万辆…占30% "about 60,000 in all";
    22.5万人，完成年度目标的112.5% "beating its target of 200,000" (a target
    may be passed); the part may be in the unit the English converted it to
    (3,200万千瓦…52% "the total at about 62 gigawatts"), and a share hedged
    one way leaves the whole a span, to a tenth of the share (8项…占…总数的
    近四成 "nearly 40 percent of … about 21")."""
    target = "目标" in zh_text or "计划" in zh_text
    for p in zh:
        if p.kind != "percent" or not 0 < p.value < (1000 if target else 100):
            continue
        for a in parts:
            sizes = [(a.value, True)] + [(v, False) for v, kind in a.also if kind == "count"]
            if any(
                (v < e.value or p.value > 100)
                and (
                    _to_its_digits(v * 100 / p.value, e) or (own and _within_rounding(a, p, e, zh))
                )
                for v, own in sizes
            ):
                return p
            if p.approx in ("less", "more") and e.approx:
                bound = 0.9 if p.approx == "less" else 1.1
                ends = (a.value * 100 / p.value, a.value * 100 / (p.value * bound))
                if min(ends) * 0.98 <= e.value <= max(ends) * 1.02:
                    return p
    return None


def _within_rounding(a: Number, p: Number, e: Number, zh: list[Number]) -> bool:
    """Whether the English's unhedged whole ``e`` lies within what a part
    ``a`` over a share ``p`` can be, both rounded as the Chinese writes them:
    28.6万人 at 119.2% of a target is a target of 239,400 to 240,500, so
    "its target of 240,000" (the round target the share was worked from).
    Not where the Chinese gives a whole of its own in that reach: the
    English must then give it as written."""
    da, dp = _half_place(a), _half_place(p)
    if e.approx or not dp or dp >= p.value:
        return False
    low, high = (a.value - da) * 100 / (p.value + dp), (a.value + da) * 100 / (p.value - dp)
    # (only where the figures pin the whole down, to a fiftieth: 5千…1.18%
    # allows anything from 380,000 to 468,000, which checks nothing; 28.3万…113%
    # "its annual target of 250,000" is 248,900 to 252,000)
    return (
        high - low <= 0.02 * e.value
        and low <= e.value <= high
        and not any(z.kind == "count" and low <= z.value <= high for z in zh)
    )


def _half_place(n: Number) -> float:
    """Half a unit of the last digit a figure is written to, in its own
    units (28.6万: 500; 119.2%: 0.05), or 0 for a figure not in digits."""
    m = WRITTEN.search(n.text)
    if m is None or not float(m[0].replace(",", "")):
        return 0.0
    digits = m[0].replace(",", "")
    return 0.5 * last_place(digits) * n.value / float(digits)


#: A ratio's word before its figure: 收入比由2.5, 之比为1.6, 比值为0.8.
_ZH_RATIO_BEFORE = re.compile(r"(?:收入比|之比|比值|倍差)(?=由|为|是|达|从|\d)")


#: An average after its number and unit: "2,400 kWh each", "10 tonnes per household".
_EN_EACH_AFTER = re.compile(
    r"(?: [a-z-]+){0,2} (?:each|apiece|a head"
    r"|per (?!cent|year|annum|month|week|day|hour|minute|second))"
)


#: An average the English works out: "an average of 550 each", "3,000 yuan a head",
#: "710,000 cubic metres a time", "15 yuan for every yuan of vouchers" (not a
#: rate's base: "for every 1,000").
_EN_EACH = re.compile(
    r"\b(?:each|apiece|a head|per (?!cent)|an average|on average|a month|a week|a time"
    r"|for (?:every|each) (?![\d,]|one\b|hundred|thousand))\b"
)


#: A figure given for one of something, not for a period: "300 a fair",
#: "80 million yuan a kilometre" (a period is :func:`_per_period`'s).
_EN_A_THING_AFTER = re.compile(
    r"(?: [a-z-]+){0,2}? an? (?!(?:minute|hour|day|week|month|year|quarter|decade|time)s?\b)"
    r"[a-z-]+\b(?![ -](?:of|for|to|in|on|at|with)\b)"
)


def _average(e: Number, said: list[Number], zh_text: str, en_lowered: str) -> bool:
    """Whether the English count ``e`` is one Chinese figure over another
    (2,400名…960个村 "two and a half per village"), or a yearly figure over
    the months or weeks of a year (每年120吨 "10 tonnes a month")."""
    per_year = [12.0] if "a month" in en_lowered else [52.0] if "a week" in en_lowered else []
    # 140万吨…1,820万头 "about 77 kilograms a pig", 62吨…18.6万人次 "about 330
    # grams a donation": the quotient in the English's unit
    scale = _unit_scale(e, zh_text, en_lowered)
    for a in said:
        if a.value * scale <= e.value:
            continue
        divisors = [b.value for b in said if b is not a and b.value > 1]
        if per_year and "年" in zh_text:
            divisors += per_year
        # (四千余家…二十个 "over 200 per base": more than a figure, over a
        # count, is more than their quotient)
        if any(
            _to_its_digits(a.value * scale / b, e)
            or (a.approx == e.approx == "more" and close(a.value * scale / b, e.value))
            for b in divisors
        ):
            return True
    return False


def _unit_scale(e: Number, zh_text: str, en_lowered: str) -> float:
    """How many of the unit the English gives ``e`` in make the Chinese unit
    (1,000 kilograms a 吨, half a kilogram a 斤), or 1."""
    return next((factor for small, large, factor in _ENGLISH_UNITS
                 if large in zh_text and _right_after(e, en_lowered, small)), 1.0)  # fmt: skip


#: An English unit other than the Chinese one, right after the English figure,
#: and how many of it make the Chinese one.
_ENGLISH_UNITS = (
    (re.compile(r" (?:kilograms?|kilos?|kg)\b"), "吨", 1e3),
    (re.compile(r" (?:grams?|g)\b"), "吨", 1e6),
    (re.compile(r" (?:grams?|g)\b"), "公斤", 1e3),
    (re.compile(r" (?:metres?|meters?|m)\b"), "公里", 1e3),
    # (a jin is half a kilogram: 16亿斤…520万亩 "about 154 kilograms a mu")
    (re.compile(r" (?:kilograms?|kilos?|kg)\b"), "斤", 0.5),
    (re.compile(r" (?:tonnes?|tons?)\b"), "斤", 0.0005),
)


def _to_its_digits(worked: float, e: Number) -> bool:
    """Whether a figure worked out comes to the English ``e`` as the English
    gives it: rounded to its last digit, or within its hedge ("more than three
    times" is between 3 and 4; "about" within half its last digit or 2%)."""
    # (a factor's hedge spans to the next whole one: "more than three times"
    # is 3 to 4, or a tenth of a large one: "nearly 30 times" for 28.9; a
    # figure's, a tenth: "more than 60,000" is not 70,000)
    band = max(1.0, 0.1 * e.value) if e.kind == "factor" or e.value < 10 else 0.1 * e.value
    if e.approx == "more":
        return e.value < worked < e.value + band
    if e.approx == "less":
        return e.value - band < worked < e.value
    if e.approx:
        # "about 1,800" for 1,815, "roughly 6 million" for 6.17 million; not
        # "about 35.6 billion" for 34.59: a hedged figure is off by at most
        # half a unit of its last digit or 2%, and never more than 5%
        reach = 0.05 * abs(e.value)
        if half := abs(_half_place(e)):
            reach = min(reach, max(half, 0.02 * abs(e.value)))
        return abs(worked - e.value) <= reach + 1e-9
    digits = WRITTEN.search(e.text)
    if digits is None and e.kind == "percent":
        # a share in words ("three in five" for 60.7%): the nearest simple fraction
        return abs(worked - e.value) <= 0.05 * e.value
    if digits is None:  # said in words ("two and a half"): as exact as they are
        return abs(worked - e.value) <= 1e-6 * max(abs(e.value), 1.0)
    # half a unit of the last digit given: of 2.23, 0.005; of 550, 0.5 (a
    # figure the English does not hedge is as exact as it looks); of "3
    # million", half a million
    places = len(digits[1]) if digits[1] else 0
    scale = (
        e.value / float(digits[0].replace(",", "")) if float(digits[0].replace(",", "")) else 1.0
    )
    step = 0.5 * 10**-places * abs(scale)
    if abs(scale) > 1:
        # (a scale word rounds for the reader, not for the sum: "2 million" is
        # not 1.5 million worked out, nor "3 million" 2.6 million)
        step = min(step, 0.02 * abs(e.value))
    return abs(worked - e.value) <= step + 1e-9


#: A rate turned over: "one for every 25", "one in every 350,000", "one divorce
#: for every three marriages", "one in 500".
_EN_ONE_IN = re.compile(
    r"\b(?:(about|around|roughly|some|nearly) )?one (?:[a-z]+ )?(?:(?:for|in|per|to) )?"
    r"(?:(about |around |roughly |some |nearly )?(?:every|each)"
    r" (\d[\d,]*(?:\.\d+)?|(?:two|three|four|five|six|seven|eight|nine|ten)(?: and a half)?)"
    r"|(?<=in )()(\d[\d,]*\d))\b"
)


#: A rate's base in the English: "for every 1,000 residents", "per 100 yuan".
_EN_OVER_BASE = re.compile(
    r"\b(?:per|for every|for each|in every|out of every|of every) (100|1,000|10,000|100,000)\b"
)


def rebased(
    zh_all: list[Number], en: list[Number], en_lowered: str
) -> list[tuple[Number, Number, Number | None]]:
    """The Chinese rates the English gives over another base, as (the Chinese
    rate, the English one, the English base): 每万人口32.4 "3.24 for every
    1,000", 利润率6.2% "6.2 yuan for every 100 yuan of revenue". A
    percentage is a rate per 100 and a per mille one per 1,000; a Chinese
    count is one over the base 每 gives it (每万人口, 每千人)."""
    en_bases = [float(m[1].replace(",", "")) for m in _EN_OVER_BASE.finditer(en_lowered)]
    zh_bases = _zh_rate_bases(zh_all)
    rates = [(z, 100.0) for z in zh_all if z.kind == "percent"]
    rates += [(z, 1e3) for z in zh_all if z.kind == "permille"]
    if len(zh_bases) == 1:
        # (with two bases, 每千人口…每万人口, which count is over which is not read)
        rates += [(z, b) for z in zh_all if z.kind == "count" and z.strict for b in zh_bases]
    out: list[tuple[Number, Number, Number | None]] = []
    for z, zh_base in rates:
        if z.kind == "count":
            # 每10万人口中…16,738人 "about 16.7 percent": a rate given as a percentage
            e = next(
                (
                    e
                    for e in en
                    if e.kind == "percent" and _to_its_digits(100 * z.value / zh_base, e)
                ),
                None,
            )
            if e is not None:
                out.append((z, e, None))
        for en_base in en_bases:
            if en_base == zh_base and z.kind == "count":
                continue  # the same rate, which the plain comparison matches
            e = next(
                (
                    e
                    for e in en
                    if (e.kind == "count" or e.kind == f"per{en_base:.0f}")
                    and e.value != en_base
                    and abs(e.value / en_base - z.value / zh_base) <= 5e-4 * z.value / zh_base
                ),
                None,
            )
            if e is not None:
                base = next((b for b in en if b.kind == "count" and b.value == en_base), None)
                out.append((z, e, base))
    return out


_RATE_BASES = frozenset((100.0, 1e3, 1e4, 1e5, 1e6))


def _zh_rate_bases(zh_all: list[Number]) -> set[float]:
    """The bases the Chinese gives its rates over (每万人口, 每千人, 每百户)."""
    return {
        n.value for n in zh_all if n.kind == "count" and not n.strict and n.value in _RATE_BASES
    }


#: A figure the English gives over a period of time: "about 3,000 a day",
#: "36,000 an hour", "36.5 million tonnes a year", "daily".
_EN_PER_PERIOD = re.compile(
    r"\b(?:an?|per|each|for the) (?:minute|hour|day|week|month|year)\b|\bdaily\b"
)


_DAY = 86_400.0


_SECONDS = {
    "minute": (60.0,),
    "hour": (3_600.0,),
    "day": (_DAY,),
    "week": (7 * _DAY,),
    "month": (30 * _DAY, 365 / 12 * _DAY, 31 * _DAY),
    "year": (365 * _DAY, 366 * _DAY),
    # (and a year's share: 每季1,000元 "HK$4,000 for the year" is four of them)
    "half": (181 * _DAY, 182 * _DAY, 184 * _DAY, 365 / 2 * _DAY),
    "quarter": (90 * _DAY, 91 * _DAY, 92 * _DAY, 365 / 4 * _DAY),
}


#: The period a Chinese figure is counted over: a rate (每分钟, 日产, 月均) or
#: a total of a period (全年, 上半年, 一季度).
_ZH_PERIODS = (
    ("minute", re.compile(r"每分钟?")), ("hour", re.compile(r"每小时|每时|小时")),
    ("day", re.compile(r"每天|每日|日均|日[产处接销发]|一天")), ("week", re.compile(r"每周|周均")),
    ("month", re.compile(r"每月|月均|每个月|月人均")), ("half", re.compile(r"[上下]半年")),
    ("quarter", re.compile(r"季度|每季")), ("year", re.compile(r"每年|年均|全年|年[产处接销]|年")),
)  # fmt: skip


#: Days the Chinese counts a total over: 春节假期7天, 春运40天.
_ZH_DAYS = re.compile(r"(\d+)天")
#: Years the Chinese counts a total over: 未来十年, 为期五年, 今后3年.
_ZH_YEARS = re.compile(r"(?:未来|为期|今后|此后)(\d{1,2}|[两二三四五六七八九十])年")


def _per_period(e: Number, zh: list[Number], zh_text: str, en_lowered: str) -> bool:
    """Whether the English count ``e`` is a Chinese figure over another period:
    全年110万辆次 "about 3,000 a day", 日处理10万吨 "36.5 million tonnes a year",
    每分钟600瓶 "36,000 an hour", 春节假期7天…2,100万人次 "3 million a day"
    (to the digits the English gives, or within its hedge)."""
    at = en_lowered.find(e.text.lower())
    if at < 0:
        return False
    after = EN_PERIOD_AFTER.match(en_lowered, at + len(e.text))
    if after is not None:
        target = _SECONDS[after[1]]
    elif en_lowered[max(at - 6, 0) : at].endswith("daily "):
        target = _SECONDS["day"]
    else:
        return False
    sources = [
        t for name, pattern in _ZH_PERIODS if pattern.search(zh_text) for t in _SECONDS[name]
    ]
    sources += [int(m[1]) * _DAY for m in _ZH_DAYS.finditer(zh_text)]
    # 未来十年…50万个 "50,000 a year", 为期五年: a total over years counted
    sources += [
        years * 365 * _DAY for m in _ZH_YEARS.finditer(zh_text) if (years := _zh_int(m[1]) or 0) > 1
    ]
    return any(
        _to_its_digits(z.value * t / s, e)
        for z in zh
        if z.kind == "count" and z.value != e.value
        for s in sources
        for t in target
        if s != t
    )


_DAYS_AFTER = re.compile(r" days\b")


def _days_of_a_rate(e: Number, zh: list[Number], en_lowered: str) -> bool:
    """Whether ``e`` days are a Chinese total over its daily rate: 60万人次，
    日均约4,000人次 "over a season of some 150 days"."""
    if e.kind != "count" or not _right_after(e, en_lowered, _DAYS_AFTER):
        return False
    counts = [z for z in zh if z.kind == "count" and z.value > 0]
    return any(
        _to_its_digits(a.value / b.value, e) for a in counts for b in counts if a.value > b.value
    )


def _days_of_share(e: Number, zh: list[Number], zh_text: str, en_lowered: str) -> bool:
    """Whether ``e`` days are a Chinese share of the days of a year:
    全年空气质量优良天数比例90.4% "good on 330 days of the year"."""
    at = en_lowered.find(e.text.lower())
    if at < 0 or not en_lowered.startswith(" days", at + len(e.text)) or "年" not in zh_text:
        return False
    return any(
        z.kind == "percent" and abs(z.value * days / 100 - e.value) <= 1
        for z in zh
        for days in (365, 366)
    )


#: A factor and the figures it goes from and to: "tripled from 4,500 yuan in 2019 to 18,000".
_EN_FACTOR_ENDS = re.compile(
    r"\b(?:more than |nearly |almost )?(doubled|tripled|trebled|quadrupled|\w+fold)\b[^.;]{0,30}?"
    r"\bfrom (?:about |around )?(?:[a-z]{0,3}\$|rmb ?)?(\d[\d,]*(?:\.\d+)?)"
    r"( million| billion| thousand)?"
    r"[^.;]{0,40}?\bto (?:about |around )?(?:[a-z]{0,3}\$|rmb ?)?(\d[\d,]*(?:\.\d+)?)"
    r"( million| billion| thousand)?"
)


def factor_against_ends(en: list[Number], en_lowered: str) -> Iterator[str]:
    """A factor the English gives beside the figures it runs between must
    be theirs: "tripled from 4,500 yuan to 18,000" is four times."""
    for m in _EN_FACTOR_ENDS.finditer(en_lowered):
        factor = next((n for n in en if n.kind == "factor" and n.text.lower() == m[1]), None)
        start = float(m[2].replace(",", "")) * _EN_SCALES.get((m[3] or "").strip(), 1.0)
        end = float(m[4].replace(",", "")) * _EN_SCALES.get((m[5] or "").strip(), 1.0)
        if factor is None or start <= 0 or end <= start:
            continue
        ratio, f = end / start, factor.value
        said = en_lowered[m.start() : m.end(1)]
        holds = (
            f < ratio < f + 1
            if said.startswith("more than")
            else f - 1 < ratio < f
            if said.startswith(("nearly", "almost"))
            else abs(ratio - f) <= 0.15 * f
        )
        if not holds:
            yield f"{said!r} in the English is not its own figures' {ratio:.3g} times"


def _share_of(e: Number, counts: list[Number], zh: list[Number], zh_text: str) -> Number | None:
    """The Chinese share whose part of one of ``counts`` the English count ``e``
    gives: exactly, or rounded when the English hedges it ("about 9,100"); a
    share hedged one way leaves the part a span, to a tenth of the share
    (42个…近四成 "about 16", as :func:`_whole_of` reads a whole). Not a rate
    of change (30亿元，较去年增长20%: 600 million is no part of it)."""
    for p in zh:
        if p.kind != "percent" or not 0 < p.value < 100:
            continue
        if _way_of(p, zh_text) is not None:
            continue
        for a in counts:
            part = a.value * p.value / 100
            if close(round(part), e.value) or (e.approx and _to_its_digits(part, e)):
                return p
            if p.approx in ("less", "more") and e.approx:
                ends = (part, part * (0.9 if p.approx == "less" else 1.1))
                if min(ends) * 0.98 <= e.value <= max(ends) * 1.02:
                    return p
    return None


def _grew(a: float, b: float, e: Number) -> bool:
    """Whether ``e`` (a percentage) is the change from ``a`` to ``b``, to the
    figures ``e`` is given in."""
    change = 100 * abs(b - a) / a if a else 0.0
    if e.approx or not any(c.isdigit() for c in e.text):
        # hedged, or in words: "an increase of more than a third"
        return _to_its_digits(change, e)
    digits = len(e.text.split(".")[1].rstrip("%").split()[0]) if "." in e.text else 0
    return abs(change - e.value) <= 0.5 * 10**-digits + 1e-9


def _changed_by(n: Number, zh_text: str) -> bool:
    """Whether the Chinese gives ``n`` as the size of a change (增加19家), or
    as what is new, its object between (新建5G基站2,800个)."""
    figure = re.escape(n.text)
    return (
        re.search(rf"{_CHANGE_VERBS}了?(?:约|近|超过?|逾)?{figure}", zh_text) is not None
        or re.search(rf"{_NEW_VERBS}[^，。；：、]{{1,8}}?(?:约|近|超过?|逾)?{figure}", zh_text)
        is not None
    )


def _said_as_change(n: Number, en_lowered: str) -> bool:
    """Whether the English gives ``n`` as the size of a change ("19 more", "by 300 million")."""
    return re.search(_EN_CHANGE.format(re.escape(n.text.lower())), en_lowered) is not None


#: The English's parts of a total it gives: "24 of them national", "of which 20".
_OF_THEM_WORDS = r"(?:of (?:them|which|these|those)|among them)\b"
_EN_OF_THEM = re.compile(r"\b" + _OF_THEM_WORDS)
#: ... right after a part: "120 films, 30 of them foreign".
_OF_THEM_AFTER = re.compile(" " + _OF_THEM_WORDS)


#: A rate for each unit of something, which a count of the units makes a
#: total of (平均亩产3吨 × 8万亩 "a harvest of some 240,000 tonnes").
_ZH_PER_UNIT = re.compile("亩产|单产|人均|户均|平均每|每(?:亩|户|人|公顷|头|只|名|位)")


#: A total the English works out, or says is one: "in all" ("47 in all"),
#: "in total", "altogether".
_EN_IN_ALL = re.compile(r"\b(?:in all|in total|altogether|a total of|totalling|totaling)\b")


#: The verbs of a change before its size (增加19家, 追加3亿元).
_CHANGE_VERBS = (
    "(?:增加|减少|增长|下降|提高|降低|上升|追加|扩大|缩小|增多|回落|攀升"
    "|新增|净增|净减|添加|增添|多出|高出|低出|增|减)"  # 比上年多出88家 "up from 224"
)


#: What is new, before its object and its count (新建5G基站2,800个; 添加, as
#: OpenCC's Taiwan phrases write 新增).
_NEW_VERBS = "(?:新增|新建|新开|新设|新招|新培育|新认定|新登记|新注册|添加)"


#: What is left of a whole: "leaving 600", "600 remain", "the remaining 600",
#: "all but eight".
_EN_LEFT = (
    r"\b(?:leaving|leaves|the remaining|all but) (?:some |about |around |nearly |roughly )?{0}\b"
    r"|\b{0} (?:remain|are left|were left|left)\b"
)


#: An English number said as a change: "19 more", "by 300 million", "up 19",
#: "fell 0.7 percentage points to".
_EN_CHANGE = (
    r"(?:(?<![\w$]){0}(?: [a-z]+)? (?:more|fewer|less|higher|lower|longer|shorter|older"
    r"|younger|larger|smaller|bigger|cheaper)\b"
    r"|\b(?:by|up|down|rise of|increase of|drop of|fall of|decrease of|decline of|growth of"
    r"|gain of|loss of|rose|fell|grew|dropped"
    r"|declined|increased|decreased|climbed|jumped|slid|gained|lost|shed|added|cut)"
    r" (?:by )?(?:about |some |nearly |almost |over |more than )?(?:[a-z]{{0,3}}\$|rmb ?|¥)?{0}\b"
    # "up 18.6 percent, or about 1.35 million tonnes": the change after its rate
    r"|\b(?:up|down) [\d.]+ ?(?:percent|per cent|%),? or"
    r" (?:about |some |nearly |almost |roughly |around )?"
    r"(?:[a-z]{{0,3}}\$|rmb ?|¥)?{0}\b)"
)


#: Where a figure started: "down from 32", "up from $500 million".
_EN_FROM = (
    r"\b(?:from|than the(?: [a-z]+){{0,3}} of|than the) (?:about |some |nearly |around )?"
    r"(?:[a-z]{{0,3}}\$|rmb ?)?{0}\b"
)


#: The English speaks of what is left: "leaving 180, or 5 percent".
_EN_REST = re.compile(r"\b(?:leaving|leaves|the remaining|the rest|are left|were left|all but)\b")
