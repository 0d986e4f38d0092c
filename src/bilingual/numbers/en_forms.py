"""English number words and scales, the hedges before a number (more than,
about, nearly), and the forms read whole before the general scan: shares
in words, ordinals, Roman numerals and wire shorthand."""

from __future__ import annotations

import re

from bilingual.numbers.base import (
    _EN_SCALES,
    _EN_UNITS,
    _ROMAN_VALUES,
    Key,
    Number,
    _lazy,
    _race_seconds,
    _roman,
    blank,
)

_EN_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}  # fmt: skip
_GLUED_SCALES = {"k": 1_000, "m": 1_000_000, "b": 1_000_000_000, "t": 1e12}
_EN_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
    "twentieth".split())} | {f"{w[:-1]}ieth": 10 * (i + 3) for i, w in enumerate(
    "thirty forty fifty sixty seventy eighty ninety".split())}  # fmt: skip
_WORDS = sorted([*_EN_UNITS, *_EN_TENS], key=len, reverse=True)
_WORD = "|".join(_WORDS)
#: A point moved by, with the article: "lost a point", "rose by a point".
_A_POINT = _lazy(
    r"\b(?:lost|gained|added|shed|dropped|fell|rose|slipped|climbed|up|down|by)"
    r"( a (?:single )?point)\b(?! of\b)"
)
#: Hedges that may stand before "every" and its number ("about every 90 minutes").
_HEDGE_BEFORE_EVERY = (["about"], ["around"], ["roughly"], ["approximately"], ["some"])
#: A hedge before "once in" or "once every" (the "once" read before, so blanked).
_HEDGED_ONCE = _lazy(r"\b(?:about|around|roughly|approximately|some)( (?:once| {4}) (?:in|every))$")
#: A quantity and its unit before "a second": a rate ("7.9 km a second", 每秒7.9公里;
#: a run of blanks is a number form read before, "10 to the 16th neutrons a second").
_RATE_BEFORE_A = _lazy(r"(?:\d(?:[\d.,]*)?|   ) ?[a-z]+(?: of [a-z]+)? a $")
#: What follows "a second" that is the unit of time: "a second of error", "in a second."
_A_SECOND = _lazy(r"(?: of\b| or\b| per\b| earlier\b| later\b|[.,;:)]|$)")
#: A period that a count of times is per: "twice a year", "twice weekly".
_PER_PERIOD = _lazy(
    r" (?:a|an|per|every) (?:year|month|week|day|season|term)\b"
    r"| (?:yearly|annually|monthly|weekly|daily)\b"
)
#: The ordinal that ends twenty-third, forty-first.
_ORDINAL_UNIT = _lazy(r"[- ](first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b")
_DIGIT_WORD = "one|two|three|four|five|six|seven|eight|nine"


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
_EN_NUMBER = _lazy(
    r"[0-9zotfsen](?<!\w.)"  # the first character, at the start of a word
    r"(?:(?<=[0-9])(?P<digits>\d*(?:,\d{3})*(?:\.\d+)?)"
    r"(?!\.\d+(?!(?:am|pm)\b)[a-z])"  # (not the 1 of "1.5T"; 3.45am is a time)
    # 1st; 25c, 3km; 3.5pc, 30pct
    r"(?:(?P<suffix>st|nd|rd|th)|(?P<pc>pct|pc)|km|kg|mm|cm|kwh|kw|mw|gw|ha|lbs?|hrs?|mins?|c|f|gb|mb|tb|ghz"
    r"|mhz|hz|nm"
    r"|mah|mp|w|x|cc"  # 5,000mAh, 50MP, 120W; 18x earnings; 125cc
    r"|(?<![.,:]\d)(?<![.,:]\d\d)(?:am|pm))?"  # 8pm (9.40am is a clock time: read as one)
    # twenty-three, forty five; not "seven three-pointers"
    r"|(?P<words>(?:" + _after_first(_WORDS) + r")(?:(?<=ty)[- ](?:" + _DIGIT_WORD + r"))?"
    r"(?:[- ]hundred(?: and)?(?: (?:" + _WORD + r")(?:-(?:" + _WORD + r"))?)?)?)"
    r"|(?P<ord>" + _after_first(list(_EN_ORDINALS)) + r"))"
    r"(?P<scale>(?: ?(?:bn|bln|mln|mn|tn|trln|tln|trn|exaflops?|petaflops?|teraflops?)"
    # "100 millions" (sic), "1.2billion" (a page's lost space)
    r"|(?:(?:[- ]|(?<=\d))(?:hundred|thousand|million|billion|trillion)s?)+"
    # the 20 millionth; 1.2m, 500k; "1t yuan" (not "10t of steel", tonnes)
    r"(?P<scaleth>th)?|(?<=\d)(?P<glued>[kmb]|t(?= (?:yuan|rmb|dollars|usd))))?)"
    r"(?:\b|(?=bps?\b|ppts?\b))"  # "25bps", "10ppts": a unit glued on
    r"(?P<post>%| percentage points?| of a percentage point| percent| per cent"
    r"|-percentage-points?|-percent"  # "a 0.3-percentage-point drop"
    r"|-per-cent| pct points?| pct pts?| pct|‰"
    r"| per thousand| per mille"
    r"| basis points?| ?bps?\b| ?ppts?\b| pp\b| pc\b)?"
)  # matched against lower-cased text: case-insensitive matching is several times slower
_EN_APPROX = {"more than": "more", "over": "more", "exceeded": "more", "exceeding": "more",
              "exceeds": "more", "surpassed": "more", "topped": "more", "top": "more",
              "tops": "more", "exceed": "more", "surpass": "more", "surpasses": "more",
              "topping": "more", "surpassing": "more",  # 突破500万元 "topping 5 million"
              "above": "more", "beyond": "more",  # 超过3人 "beyond three"
              "least": "more", "excess of": "more", "upwards of": "more",
              "nearly": "less", "almost": "less", "close to": "less", "fewer than": "less",
              # "approaching the 500m" (a racecourse's marker), "approaching the 400
              # million mark" (a line, not the sum): nearly, or a line's number
              "approaching": "either",
              # "up to 350 km/h": a ceiling, which a Chinese figure often is without
              # saying so next to it (最高 several words before the number)
              "less than": "less", "under": "less", "up to": "either", "below": "less",
              "within": "less", "at most": "less",
              # "capped at 15,000 yuan" (最高不超过1.5万元), and also a cap said
              # plainly (上限为1.5万元): either
              "capped at": "either", "cap of": "either", "ceiling of": "either",
              # "a speed limit of 60 km/h", "the limit is 60" (不超过60公里/小时)
              "limit of": "either", "limit is": "either",
              "about": "about", "around": "about", "approximately": "about",
              "approx.": "about", "approx": "about", "~": "about",  # "~280 km" (wire shorthand)
              "roughly": "about", "some": "about", "estimated": "about",
              "region of": "about", "neighbourhood of": "about", "neighborhood of": "about",
              # "passed 50,000" for 突破5万, but also "passed 3 laws": either
              "passed": "either", "crossed": "either", "passes": "either", "pass": "either",
              "passing": "either", "crosses": "either",
              # 突破 "broke through US$2,000"
              "broke through": "more", "breaks through": "more", "broken through": "more",
              "north of": "more", "shy of": "less", "south of": "less",
              "east of": "more", "west of": "less",  # 东经120度以东 "east of 120 degrees"
              # 八十开外 "is past 80" (not "the past 10 years": past alone is no hedge)
              "is past": "more", "was past": "more", "well past": "more", "just past": "more",
              "now past": "more",
              # "peaks higher than 1,200 metres" (超过1200米), but also a comparison
              # with a figure said plainly (高于去年的5%): either
              "higher than": "either", "greater than": "either",
              "lower than": "either",
              # "a mesh smaller than 35 mm" (小于35毫米), or a comparison: either
              "smaller than": "either", "larger than": "either",
              "bigger than": "either"}  # fmt: skip
#: A thing named by its number: "No. 2" (第2号), "Issue 5" (第5期), "Article 3"
#: (第三条), "Phase 2" (第二期), "Terminal 3": the number reads as an
#: ordinal too.
_NAMED_BY_NUMBER = _lazy(
    r"(?:\bnos?\.?|\bcap\.|\b(?:article|section|rule)s? \d+\("  # "Article 12(2)": 第十二条第二款
    r"|\b(?:issue|article|chapter|section|phase|round|volume|vol\.|part|batch"
    r"|stage|session|grade|level|item|clause|paragraph|line|bulletin|terminal|gate|hall|category"
    r"|platform|pier|subparagraph|sub-paragraph|subsection|division|schedule|scale|annex"
    r"|building|block|runway|berth|exit|route|race|class|barrier|lane|heat|law|decree|game"
    # "Law 17/2019", "Administrative Regulation 25/2009" (Macao's 第17/2019号法律)
    r"|ordinance|regulation|type|serotype|genotype|rule|point|triage)(?:e?s)?) ?$"
)
#: A one said as a word: the unit a rate is per ("for each kWh"), a medal ("a silver").
_SAID_ONE = _lazy(
    r"\b(?:(?:each|per|every) (?:kwh|kilowatt[- ]hours?|kilograms?|kg|tonnes?|tons?|jin|mu"
    r"|hectares?|lit(?:re|er)s?|(?:cubic |square )?met(?:re|er)s?|km|kilomet(?:re|er)s?"
    r"|degrees?)|a (?:gold|silver|bronze))\b"
)
_SAID_ONE_WORDS = ("each ", "per ", "every ", "a gold", "a silver", "a bronze")
#: Verbs that give the sign of the number after them: "subtracted 0.3 percentage
#: point from growth", "dragged it down by 1.2 points".
_TAKING_AWAY = ("subtract", "dragg", "shav", "knock")
_TAKEN_AWAY = _lazy(r"\b(?:" + "|".join(_TAKING_AWAY) + r")[a-z]*\b[^.;,]{0,24}$")
#: What joins the numbers of a list that one name begins ("Articles 3, 5 and 8").
_LIST_JOINS = (" and ", ", and ", " or ", ", or ", " & ")


def _in_named_list(lowered: str, named_end: int, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` goes on a list of numbers named by
    number that ends at ``named_end`` ("Articles 385 and 386"); a comma alone
    joins only inside the list ("Articles 3, 5 and 8", not "Subparagraph 2, 3
    points")."""
    joined = lowered[named_end:start]
    return joined in _LIST_JOINS or (joined == ", " and lowered.startswith(_LIST_GOES_ON, end))


_LIST_GOES_ON = (*_LIST_JOINS, ", ")
_DURATION = _lazy(
    r"(?: (?:years|months|weeks|days|decades)|-(?:year|month|week|day|hour)s?\b(?!-old))\b"
)  # "over three years", "over the 7-day holiday" (during, not more than)
#: A distance after "over" with nothing that makes it a size ("over 1,000m",
#: not "over 1,000m long"): a race's or a line's length ("runs … over 1,234
#: km"), or more than it.
_DISTANCE = _lazy(
    r"[\d,.]+(?:m| ?km| metres| meters| kilometres| kilometers| miles?| furlongs?)\b"
    r"(?! (?:long|high|tall|deep|wide|above|below|in)\b)"
)
#: A sum in cents, or the first end of a range of them ("10 to 20 cents").
_CENTS_AFTER = _lazy(r"(?:(?: to | and | or |[-\u2013])\d+)? cents?\b")
#: After "45-1": odds against, whose 1 is no number of the story.
_ODDS_AFTER = _lazy(r" (?:outsider|shot|long ?shot|chance|favou?rite|winner)\b")
#: Qualifiers after a number: 3,500 or more, 100 or so.
#: Past one word of unit at most, and a rate's "a month": "3,500 or more", "two
#: days or more", "60-plus", "NT$1,000 a month or less", "30 years at most".
# "144 square metres or more", "three working days or less"
_EN_APPROX_AFTER = _lazy(r"(?: (?:square|cubic|working|business|calendar|trading))?"
                              r"(?:[ -][a-z]+)?"  # ("second-tier and higher")
                              r"(?: (?:a|an|per|each) [a-z]+| late| early| old"
                              r"| celsius| fahrenheit)?"  # "18 degrees Celsius or below"
                              # "50 percent of registered capital or more"
                              r"(?:(?:(?<=percent)|(?<=per cent)|(?<=%)) of(?: [a-z'\u2019]+){1,3}"
                              r"(?=,? or (?:more|above|over|less|fewer|below|under)\b))?[ -]"
                              r"(?:or more|or above|or over|and above|"
                              r"and over|plus|or so|or less|or fewer|and below|or under|"
                              r"or older|and older|or higher|and higher|or below|or lower|"
                              r"and lower|and under|"
                              r"or younger|at most|at least|and up|and beyond)\b"
                              # not a second figure: "163 days or more than five months"
                              r"(?! than\b)")  # fmt: skip
#: After an age under which, no unit: "children under 15", "under 15 years old".
_AGE_AFTER = _lazy(
    r"(?!%| ?(?:percent|per|yuan|dollar|km|kilo|met|mile|minute|hour|day|week|month|tonne|ton"
    r"|point|square|degree|mu|cent|times)\w*)"
)
#: After an ordinal: "the third and later", "a second or subsequent child" (第2胎以上).
_LATER_AFTER = _lazy(r"(?: [a-z]+)? (?:and|or) (?:later|subsequent)\b")
#: A span of time past a point it is counted from: "five years beyond the
#: retirement age", "ten days after the deadline".
_OFFSET_AFTER = _lazy(r" (?:years?|months?|weeks?|days?|hours?) (?:beyond|after|past)\b")
#: A span of time back to what a difference is measured from: "ten years earlier".
_EARLIER = _lazy(r" (?:years?|months?|decades?|weeks?) (?:earlier|before|ago)\b")
#: Shares in words a difference may be given in ("a quarter more than").
_SHARE_WORDS = r"half|thirds?|quarters?|fifths?|tenths?"
#: ... after the difference's unit and its comparison: "points more than".
_COMPARED_BEFORE = _lazy(
    # ("0.8 square metres more than five years ago": past the difference's unit)
    # ("a quarter more than two years earlier": a share in words, read and
    # blanked before, is a difference too)
    r"(?:points?|percent|cent|times|" + _SHARE_WORDS + r"| {3,}"
    r"|[a-z]*\$?\d[\d,.]*[a-z]*)(?: [a-z]+){0,2}"
    r" (?:more|less|fewer|higher|lower) than $"
)
#: A number just after the words (whose hedge they may be, not the number before's).
_NUMBER_NEXT = _lazy(r" ?(?:[a-z]{0,3}\$|¥|€|£)?\d")
#: After a span of time back or ahead: "a quarter earlier", "two quarters ago".
_A_PERIOD_AWAY = _lazy(r" (?:earlier|before|ago|later|previously)\b")
#: A year after "quarters of": the year's quarters ("all four quarters of 2020-21").
_A_YEAR_NEXT = _lazy(r" (?:(?:19|20)\d\d\b|(?:the|this|last|next) (?:fiscal |financial )?year\b)")
#: Words before a count of quarters that make them a span of time: "in four
#: quarters", "for three quarters", "over two quarters".
_SPAN_BEFORE = _lazy(r"\b(?:in|for|over|during|within|consecutive|straight) $")
#: A number in words just after the words (:data:`_NUMBER_NEXT` in digits).
_WORD_NEXT = _lazy(
    r" (?:a|an|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)\b"
)
#: A number (and its unit) that opens a range: "between 20 percent", "from 20".
_RANGE_OPENED = _lazy(r"\b(?:between|from) (?:\S+ )?\S+$")
_EN_AFTER = {"more": "more", "above": "more", "over": "more", "plus": "more", "so": "about",
             "older": "more", "higher": "more",
             "less": "less", "fewer": "less", "below": "less", "under": "less", "lower": "less",
             "younger": "less", "most": "less", "least": "more",
             "up": "more", "beyond": "more"}  # fmt: skip


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


_CURRENCIES = ("rmb", "us$", "hk$", "nt$", "mop$", "s$", "a$", "c$", "$", "¥", "€", "£", " usd",
               " cny", " hkd", " twd", " eur", " mop")  # fmt: skip
#: The word a qualifier ends with (than, over, nearly…).
_LAST_WORDS = {w.split()[-1] for w in _EN_APPROX}


#: Verbs of passing a mark, whose hedge reaches past "the": "topped the 1 million mark".
_MARK_VERBS = ("pass", "passed", "passes", "passing", "top", "topped", "tops", "crossed",
               "crosses", "exceeded", "exceeds", "surpassed", "surpasses",
               "approaching")  # fmt: skip
#: What follows a number named as a line: "above the 1-trillion-yuan mark".
_MARK_AFTER = _lazy(r"[-a-z ]{0,16}?\b(?:mark|level|threshold|barrier|line)\b")


def _qualifier(before: str) -> str:
    """The approximation word just before a number (lower-cased text)."""
    before = before.rstrip()
    if before.endswith((" a", " an", " the")):
        # "about a 30-minute drive", "by about the 10th": the hedge is the number's,
        # past the article (not "more than the 2,000 …": a comparison)
        head = before.rsplit(None, 1)[0]
        if head.endswith(_HEDGES_BEFORE_ARTICLE) and (
            not before.endswith(" the") or head.endswith((" about", " around", " roughly"))
        ):
            before = head
    if before == "top" or (before.endswith(" top") and _RANKED_TOP.search(before)):
        # "Top 10 archaeological finds" (a headline), "the national top 20": a ranking
        return ""
    if before.endswith(" the age of"):
        before = before[:-11]  # "over the age of 60" (60岁以上): the hedge past the age
    elif before.endswith(" every") and before[:-6].rsplit(None, 1)[-1:] in _HEDGE_BEFORE_EVERY:
        before = before[:-6]  # "about every 90 minutes" (每90分钟左右): the hedge past "every"
    elif before.endswith((" in", " every")) and (once := _HEDGED_ONCE.search(before)):
        # "about once in 20 years" (重现期约为20年): the hedge past the return period's "once"
        before = before[: once.start(1)]
    elif before.endswith((" magnitude", " force")):
        before = before.rsplit(None, 1)[0]  # "around magnitude 5", "about force 7": the scale's
    elif before.endswith(" a record"):
        before = before[:-9]  # "topped a record 3 million": the hedge past "a record"
    if before.endswith(_CURRENCIES):
        currency = next(c for c in _CURRENCIES if before.endswith(c))
        before = before[: -len(currency)].rstrip()
        if before.endswith(" first"):
            return "either"  # "the 5 percent rate applies to the first NT$610,000": up to it
    if before.endswith(" the") and before[:-4].endswith(_MARK_VERBS):
        before = before[:-4]  # "pass the US$300 billion mark": past the article
    last = before.rsplit(None, 1)[-1:]
    if last == ["past"] and before.rsplit(None, 2)[-2:-1] not in _NOT_PAST:
        # "take its digital economy past 600 billion yuan" (突破6,000亿元): more
        # (not "the past 10 years", "half past 5")
        return "more"
    if last and last[0] in ("between", "and") and _BETWEEN.search(before):
        # "between 50 million and 100 million" (不低于5,000万元、不超过1亿元): a
        # floor and a ceiling, or a plain range (5000万至1亿元)
        return "either"
    if not last or (last[0] not in _LAST_WORDS and last[0].lstrip(_OPENERS) not in _LAST_WORDS):
        return ""  # the usual case: no qualifier
    # "(about $1.7 billion)": a bracket before the qualifier
    words = [w.lstrip(_OPENERS) for w in before.rsplit(None, 3)[-3:]]
    if words[-1] in ("below", "under"):
        wider = before.rsplit(None, 4)[-4:-1]
        if "no" in wider or "not" in wider:
            return "more"  # "with no band below 6", "no speaking score below 7": at least
    if len(words) == 3 and words[0] in ("no", "not") and words[2] == "than":
        # no fewer than, not less than: at least; no more than: at most
        return "less" if words[1] == "more" else "more"
    if len(words) >= 2 and words[-2] == "or" and words[-1] in _TRAILING:
        return ""  # "aged 65 or above HK$2,000": the "or above" is the 65's
    if (
        len(words) == 3
        and _is_count(words[0])
        and not words[0].endswith((",", ";"))  # "32,000, less than half": a new clause
        and (
            (words[1] == "and" and words[2] in _TRAILING)
            or (words[2] == "than" and words[1] in _COMPARED)
        )
    ):
        # "aged 60 and over 23.06%", "0.60 fewer than ten years earlier": the
        # words are the number before's (an age band, a difference), not a hedge
        return ""
    if words[-1] in _EXCEED and "not" in words[:-1]:
        return "less"  # "should not exceed 2,400 mg", "not to exceed": at most
    if words[-1] == "than" and words[-2:-1] and words[-2] in _COMPARED:
        wider = before.rsplit(None, 4)[-4:-2]
        if "not" in wider or "no" in wider:
            # "may not be less than 23 percent": at least; "must not be more than"
            return "less" if _COMPARED[words[-2]] == "more" else "more"
    words = words[-2:]
    if len(words) == 2:
        approx = _EN_APPROX.get(f"{words[0]} {words[1]}")
        if approx:
            return approx
        if words[1] == "top" and (
            words[0] in _RANKED or words[0].endswith(("'s", "\u2019s", "s'", "s\u2019"))
        ):
            # "the top 100", "China's top 10", "investors' top three": a ranking;
            # "trips top 4b": more
            return ""
    return _EN_APPROX.get(words[-1], "") if words else ""


#: Words of comparison before a year, which compare with it and hedge nothing.
_YEAR_COMPARED = ("below ", "above ", "under ", "over ", "than ")
_AFTER_A_YEAR = _lazy(r"(?:[.,;:)]|$| levels?\b| figures?\b|['\u2019]s\b| and\b| or\b)")
#: Words before "past" that make it no hedge: "the past 10 years", "half past 5".
_NOT_PAST = tuple(
    [w] for w in ("the", "its", "their", "his", "her", "our", "this", "these", "half", "quarter",
                  "minutes", "just", "well", "is", "was", "now", "in", "over", "for")
)  # fmt: skip
#: "the national top", "its top": a ranking's top (not "trips top 4b", a verb).
_RANKED_TOP = _lazy(r"\b(?:the|its|their|his|her)(?: [a-z'\u2019-]+)? top$")
#: The ends of a range said with "between" (the first, or the second after "and").
_BETWEEN = _lazy(r"(?:\bbetween|\bbetween [^;,]{1,40} and)$")


def _is_count(word: str) -> bool:
    """Whether a (lower-cased) word is a count: 60, 0.60, 12%, sixty, million;
    not a year ("by 2020 more than 500": the hedge is the 500's)."""
    word = word.rstrip("%")
    if word.isdigit() and len(word) == 4 and 1800 <= int(word) <= 2100:
        return False
    digits = word.replace(",", "").replace(".", "")
    return bool(word) and (digits.isdigit() or word in _EN_UNITS or word in _EN_TENS
                           or word in _EN_SCALES)  # fmt: skip


#: Hedges that may stand before "a" and a compound: "about a 30-minute drive".
_HEDGES_BEFORE_ARTICLE = (" about", " around", " roughly", " approximately", " nearly",
                          " almost", " some")  # fmt: skip
#: What may open a bracket or a quotation before a qualifier.
_OPENERS = "([\"“‘'"
#: Currency codes written against a sum: RMB1.2 billion, CNY3.2bn.
_CURRENCY_CODES = ("rmb", "cny", "usd", "hkd", "eur", "mop", "twd", "ntd", "gbp", "jpy")
_GLUED_RMB = _lazy(r"\b(?:" + "|".join(_CURRENCY_CODES) + r")(?=\d)")
#: Words that close "N or above" and the like, after the number they qualify.
_TRAILING = frozenset(("above", "over", "more", "below", "under", "less", "older", "fewer"))
#: Comparatives before "than", and which way they point.
_COMPARED = {"more": "more", "higher": "more", "greater": "more", "less": "less",
             "lower": "less", "fewer": "less"}  # fmt: skip
_EXCEED = frozenset(("exceed", "surpass", "top", "above"))
#: Words before "top" when it is a ranking ("the top 100", "ranked top 10"); after
#: anything else it is a verb ("to top", "trips top 4b" in a headline).
_RANKED = frozenset(("the", "a", "its", "their", "his", "her", "our", "my", "your", "these",
                     "those", "in", "of", "among", "into", "within", "for", "from", "rank",
                     "ranks", "ranked", "ranking", "world", "nation", "country", "global",
                     "china", "all", "and", "or", "time", "all-time"))  # fmt: skip


_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
              "fourth": 4, "fourths": 4,  # "one fourth", "three fourths" (American usage)
              "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
              "seventh": 7, "sevenths": 7, "ninth": 9, "ninths": 9,  # 七分之一 "one seventh"
              "tenth": 10, "tenths": 10, "twelfth": 12, "twelfths": 12}  # fmt: skip
#: Words before "fifth", "tenth" that make it a share of a population: "the richest fifth".
_GROUP_BEFORE = _lazy(r"(?:richest|poorest|wealthiest|top|bottom|lowest|highest) $")
#: English weekday names, Monday first (a weekday's value is its place here, from 1).
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAYS = {d.lower(): i + 1 for i, d in enumerate(WEEKDAYS)}
_FACTORS = {"doubl": 2, "tripl": 3, "trebl": 3, "quadrupl": 4, "quintupl": 5}
#: Forms that are not plain numbers (fractions, periods, weekdays …): one
#: pattern, found first and blanked before the numbers are read.
_EN_FORMS = _lazy(
    r"\b(?:(?P<per>first|second|latter|third|fourth|1st|2nd|3rd|4th)[ -](?P<of>half|quarter)\b"
    r"|(?P<qfrom>january|april|july|october)[-\u2013](?:march|june|september|december)"
    r" quarter\b"
    r"|(?P<fold>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred"
    r"|thousand)fold\b"
    r"|q1[-\u2013]q?(?P<qto>[2-4])\b"  # Q1-Q3: the first three quarters (前三季度)
    r"|(?P<hq>[hq])(?P<n>[1-4])\b|(?<!area )(?<!site )(?<!zone )(?<!block )"
    r"(?P<n2>[1-4])(?P<hq2>[hq])(?P<yy>\d\d)?\b"  # H1, Q3; 1H, 3Q23 (not "Area 1H")
    r"|\b(?P<ahalf>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|\d{1,2})"
    r" (?:(?:hours?|days?|weeks?|months?|years?|lengths?) )?and a half"
    r"(?: (?P<ahscale>thousand|million|billion))?\b"  # "one and a half million"
    r"|(?P<qa>a quarter|three[- ]quarters) of an? (?P<qscale>hundred|thousand|million|billion)\b"
    r"|(?<!first )(?<!last )(?<!past )(?<!next )"
    r"(?<!\d )(?<!once )(?<!twice )(?<!times )"  # "HK$1,000 a quarter": per quarter
    r"(?<!yuan )(?<!dollars )(?<!euros )"  # "500 yuan a quarter"
    r"(?P<fnum>one|two|three|four|five|six|seven|eight|nine|an?)[- ](?P<fden>"
    + "|".join(_FRACTIONS)
    + r")\b(?! in a row| running| straight|-grade)(?P<fof> of)?"  # "for three quarters in a row"
    r"|half(?= (?:of|the|those|that|these|what|price|fare|off|their|its)\b"
    r"| as (?:much|many|large|high|big|long)\b)"
    r"|(?:(?<=than )|(?<=by )|(?<=nearly )|(?<=almost )|(?<=over )|(?<=about )|(?<=around )"
    r"|(?<=up to ))"
    r"half\b"
    r"|(?P<factor>doubl|tripl|trebl|quadrupl|quintupl)(?:ed|ing|es|e)\b"
    r"|(?P<halved>halv)(?:ed|ing|es|e)\b"
    r"|(?P<wd>" + "|".join(_WEEKDAYS) + r")s?\b"  # "open on Mondays"
    r"|(?P<decade>1[5-9]\d0|20\d0)'?s\b"
    r"|(?:(?:the )?'|(?<=post-)|(?<=post ))(?P<decade2>\d0)s\b"  # the '90s, post-90s
    r"|(?:(?<=post-)|(?<=post ))(?P<decade5>\d5)s?\b"  # post-95 (95后): born after 1995
    # the second of two decades (the '60s and '70s, the 60s and 70s), and a
    # bare first one before it
    r"|(?=\d0s\b)(?:(?<=0s and )|(?<=0s to )|(?<=0s or )|(?<=0s, )|(?<=0s and ')|(?<=0s to ')"
    r"|(?<=0s or ')|(?<=0s, '))(?<!their \d0s and )(?<!their \d0s to )(?<!their \d0s or )"
    r"(?P<decade3>\d0)s\b"
    r"|(?=\d0s (?:and|to|or) '?\d0s\b)(?<=the )(?P<decade4>\d0)s"
    # "the two sides" (两岸, 双方): the pair, said or not
    r"|(?P<both>both|(?<=the )two(?= sides\b))\b"
    r"|(?P<twice>twice)\b"
    r"|(?<![\d/.])(?P<sa>\d{1,2})/(?P<sb>[1-9]\d?)\b(?!/)"
    r"|(?:(?P<a>a) )?(?P<dozen>dozen)\b"
    r"|(?<! in )(?<! of )(?P<halfa>half )?(?:a|the(?= \w+ or so\b))"  # "the hundred or so"
    r" (?P<scale>hundred|thousand|million|billion|trillion)\b"
    r"(?P<andw> and (?:" + _WORD + r")(?:[- ](?:" + _WORD + r"))?\b)?"
    r"|(?:a )?(?P<decadew>decade)\b"
    r"|(?P<decades>two|three|four|five|six|seven|eight|nine|[2-9])"
    r" (?:(?:full|whole|long|straight|consecutive) )?(?P<dec_or_cen>decade|centurie)s\b"
    r"|(?P<noon>noon|midday)\b|(?P<midnight>midnight)\b"
    r"|\bfy ?(?P<fy>\d{4}|\d{2})\b"  # FY2023, FY23: a fiscal year
    r"|the (?P<scaleord>hundredth|thousandth|millionth|billionth)\b"
    r"|(?:one|a) (?P<partof>hundredth|thousandth|millionth|billionth)\b"  # 十亿分之一
    r"|(?:grade|class|level|intensity)(?:s|es)?[- ](?P<roman>viii|vii|vi|iv|ix|v|i{1,3})\b"
    r"(?:(?: ?[-\u2013] ?| to | and )(?P<roman2>viii|vii|vi|iv|ix|v|i{1,3})\b)?"
    # "grade 3A", "grade-2A hospitals" (三级甲等, 二甲): the grade and its class
    r"|(?:grade|class|level)[- ](?P<gradeab>[1-9])[abc]\b"
    r"|(?<![\d:.])(?P<rmin>\d{1,2}):(?P<rsec>[0-5]\d)\.(?P<rhun>\d{1,3})(?![\d:])"
    r"|(?P<sector>primary|secondary|tertiary|(?<![\w-])services?)"
    r"(?=(?:(?:,| and|, and) (?:secondary|tertiary))* (?:industr|sector)"
    # ... or a sector named once in a list of them: "the primary industry grew
    # 4.1 percent, the secondary 6.2 percent"
    r"|(?:(?<=the secondary)|(?<=the tertiary))"
    r",? (?:\d|up |down |rose |grew |fell |increased |expanded |declined |by \d))"
    r")"
)
#: Whether a text may hold one of those forms: a word each form contains,
#: looked for as a plain substring (a regular expression of them all costs
#: three times as much, at every character), then Q1 to Q4, H1 and H2.
_EN_FORM_WORDS = ("half", "halv", "quarter", "third", "fourth", "fifth", "sixth", "seventh",
                  "eighth", "ninth",
                  "tenth", "twelfth", "doubl", "tripl", "trebl", "quadrupl", "quintupl", "day",
                  "0s", "0's", "both", "twice", "the two ", "post-", "post ",
                  "dozen", "a hundred", "a thousand", "a million", "a billion",
                  "d or so", "n or so",  # "the hundred or so", "the million or so"
                  "a trillion", "/", "decade", "centur", "noon", "midday", "midnight", "fold",
                  "ary industr", "ary sector", "ary and", "ary, ", ":", "the secondary ",
                  "the tertiary ",
                  "ce sector", "ces sector", "ce industr", "ces industr",
                  "dth", "llionth", "sandth", "grade", "class", "level")  # fmt: skip

#: Rarer forms, in a pattern of their own behind hints of their own, read
#: before the others (so that "half a dozen" is not "a dozen", nor "a
#: quarter of a percentage point" a quarter): each alternative of a pattern
#: is tried at every word, so the common pattern stays short.
_EN_RARE_FORMS = _lazy(
    # "a quarter of a percentage point" (1码, 0.25个百分点), "half a point"
    r"\b(?:(?P<pfrac>half a quarter|a quarter|another quarter|three quarters|half|a half|an eighth)"
    r"(?: of)?(?: an?)?[- ](?:percentage[- ])?points?\b"
    r"|(?P<pcfrac>half|a quarter|three quarters)(?: of)? an? (?:percent|per cent)\b"  # 千分之五
    # 1米, 1吨 "a meter", "a tonne": one of the unit, which the Chinese writes
    r"|(?<![\w-])(?P<aunit>an? (?:met(?:er|re)|kilomet(?:er|re)|tonne|kilogram|lit(?:er|re))s?)\b"
    # 1个多小时 "more than an hour", 近一年 "nearly a year": one of a span, behind a hedge
    r"|(?:(?<=more than )|(?<=over )|(?<=nearly )|(?<=almost )|(?<=about )|(?<=around )"
    r"|(?<=under )|(?<=less than )|(?<=within )|(?<=roughly )|(?<=just over ))"
    r"(?P<aspan>an? (?:hour|day|week|month|year|minute))\b"
    r"(?! (?:ago|earlier|later|before|and a half)\b)"
    r"|(?P<qf>quarter[- ]?finals?)\b"  # 1/4决赛: the last eight
    # "in his thirties" (三十多岁), "in her seventies" (七旬)
    r"|(?:in (?:his|her|their) )?(?:early |mid-|late )?"
    r"(?P<ages>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
    # "a man in his 30s" (30多岁): an age in tens, not the 1930s
    r"|in (?:his|her|their) (?:early |mid-|late )?(?P<agesd>[1-9]0)'?s\b"
    r"|(?:(?<=0s and )|(?<=0s or ))(?P<agesd2>[1-9]0)'?s\b"  # "in their 50s and 20s"
    r"|(?P<halfdozen>half a dozen)\b|(?:a )?(?P<fortnight>fortnight)\b"
    # "a week longer" (延长七天): a change of seven days
    # (not "a week earlier", which is as often 上周 "last week" as a change)
    r"|(?P<aweek>a week)(?= (?:longer|shorter|ahead|behind|more|less)\b)"
    # "on weekdays" (周一至周五), "at weekends" (周六、周日): weekdays the English need not name
    r"|(?P<weekdays>weekdays)\b|(?P<weekend>weekends?)\b(?!-)"
    r"|(?P<ennial>bi|tri)ennial\b"  # 两年一届 "biennial", 三年一次 "triennial"
    # 每周一次 "once a week"; "once a quarter" (每季度一次) is no share: taken whole
    r"|(?P<once>once)(?= a | every | per | in )(?: a quarter\b)?"
    r"|(?P<fifty>fifty-fifty|50-50)\b"  # 各占一半
    # 半个月 "half a month" (not "the first half year", 上半年: a period)
    r"|(?<!first )(?<!second )(?<!latter )(?<!first-)(?<!second-)"
    r"half[- ](?:an? )?(?P<halfunit>month|year|day|hour)\b"
    r"|(?P<qhour>a quarter|three quarters|(?<=every )quarter|(?<=each )quarter) of an hour\b"
    # 半吨 "half a tonne", 半亩 "half a mu"
    r"|half an? (?P<halfmeasure>tonne|ton|kilogram|kilo|kg|jin|mu|hectare|met(?:re|er)"
    r"|kilomet(?:re|er)|km|mile|lit(?:re|er))\b"
    r"|(?:(?P<halfc>half )?a )?(?P<quarterc>quarter[- ]|quarter of a )?"
    r"(?P<century>century|millennium|centenary|centennial)\b"  # 百年; "a quarter-century"
    r"|(?P<halfdecade>half[- ](?:a )?decade)\b"  # 五年: "half a decade", "the past half decade"
    r"|(?P<hattrick>hat[- ]trick)\b"  # 独中三元 "a hat-trick"
    r"|(?P<runnerup>runners?[- ]up)\b"  # 第二名, 亚军
    r"|\b(?:several|a few) (?P<several>hundred|thousand|million|billion)"
    r"(?: (?P<several2>thousand|million|billion))?\b(?! (?:and|-))"
    # "the trillion-yuan mark" (万亿级): a size given by its scale word alone
    r"|(?<![\d,.] )(?<![\w]-)(?P<barescale>million|billion|trillion)"
    r"-(?:yuan|dollar|level|class)\b"
    r"|(?<![-\w])(?P<yearsold>hundred|thousand)-year"  # a thousand-year-old city (千年古城)
    # a sequel or a phase: "The Wandering Earth II" (流浪地球2), "Phase III";
    # not I, V and VI, which are also words and names
    r"|(?<![\w'’-])(?<!grade )(?<!class )(?<!level )(?<!grades )(?<!levels )(?<!classes )"
    r"(?P<romanw>ii|iii|iv|vii|viii)\b(?![-'’])"  # (after grade, class, level: the others')
    # "tens of millions" (数以千万计, 数千万), "hundreds of thousands", "millions of"
    r"|(?P<rough>tens|dozens|hundreds|thousands|millions|billions)"
    r"(?: of (?P<roughof>thousands|millions|billions)\b| of\b)"
    # "I. Introduction": a heading's number, at the start
    r"|^(?P<lead>[ivx]{1,6})\.(?= )"
    r")"
)
#: A grade and a joining word just before a Roman numeral: "Grades I and ".
_GRADE_BEFORE = _lazy(
    r"(?:grade|class|level)(?:s|es)? (?:iv|vi|v|i{1,3})(?: ?[-\u2013] ?| to | and )$"
)
_EN_RARE_WORDS = ("ii", " iv", "vii", "tens of", "zens of", "dreds of", "sands of", "llions of",
                  "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                  "eighties", "nineties", "century", "centenar", "millennium", "red-year",
                  "and-year", "hat-t", "hat t", "runner", "illion-", "several ", "a few ",
                  "fortnight", "half a dozen", "quarterf", "quarter-f", "quarter f",
                  "weekday", "weekend", "a week ",
                  "a meter", "a metre", "a kilomet", "a tonne", "a kilogram", "a liter",
                  "a litre", "than a", "than an", "over a", "early a", "lmost a", "bout a",
                  "round a", "nder a", "ithin a", "oughly a",
                  "of an hour",
                  "half a", "half m", "half y", "half d", "half h", "half-", "ennial", "once ",
                  "fifty-fifty", "50-50", "0s", "0's",
                  "point")  # fmt: skip


def _may_hold_rare_forms(lowered: str) -> bool:
    for word in _EN_RARE_WORDS:
        if word in lowered:
            return True
    return lowered[:1] in ("i", "v", "x") and lowered[1:2] in (".", "i", "v", "x")


_POINT_SHARES = {"a quarter": 0.25, "another quarter": 0.25, "three quarters": 0.75, "half": 0.5,
                 "a half": 0.5,
                 "an eighth": 0.125, "half a quarter": 0.125}  # fmt: skip
_ROUGH = {
    "tens": 10.0,
    "dozens": 10.0,
    "hundreds": 100.0,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
}


#: What may follow a number and make one form with it: "one in five", "nine
#: out of ten", "twofold", "12 per 100,000", "the first six months". Matched
#: only after a number followed by one of :data:`_AFTER_STARTS`.
_AFTER_STARTS = (" in ", " out of ", "-fold", " fold", "fold", " per ", " months", "-month",
                 " times ")  # fmt: skip
_NOUN_IN = _lazy(r" [a-z]+ in ")


def _en_base(words: str) -> float:
    """10,000, "a million", "10 thousand": the base of "one in …"."""
    size = 1.0
    for word in words.replace(",", "").split():
        size *= 1.0 if word == "a" else float(_EN_SCALES.get(word) or word)
    return size


_EN_PAIRED = _lazy(
    # "one household in three": one noun may come between, not a span of time
    r"(?: (?!(?:days?|weeks?|months?|years?|hours?|minutes?|times?|percent|point)\b)[a-z]+)?"
    r"(?: in | out of )(?:every )?(?P<of>(?:10|100|a) (?:thousand|million)|a hundred"
    r"|1,000,000|100,000|10,000|1,000|100|[1-9]\d|two|three|four|five|six|seven|eight|nine"
    r"|ten|[2-9])\b(?![,.]\d)"  # "1 in 4 pupils" (a headline): 四分之一; "one in 20"
    r"|[- ]?(?P<fold>fold)\b"
    r"| per (?P<per>1,000,000|100,000|10,000|1,000|100|hundred|thousand|million)\b"
    r"| (?P<months>months)\b"
    r"|-month (?P<period>period)\b"
    r"| times (?P<timesas>as (?:many|much|large|high|big)|those|that|the level|what"
    # "1.3 times the figure five years earlier", "three times last year's": a multiple
    r"|(?:the |its |their )(?:(?:national|provincial|global|world|previous|year-earlier) )?"
    r"(?:figure|level|amount|number|total|size|value|average|volume|output|capacity|scale)s?"
    r"|(?:last|the previous) year's|the year before's)\b"
)


#: Events a record counts: "one defeat in 18 games".
_EVENTS_AFTER = _lazy(
    r" (?:games|matches|races|starts|appearances|outings|fixtures|rounds|bouts)\b"
)


def _paired(value: float, pair: re.Match[str], before: str) -> Number | None:
    """The number a number makes with what follows it (:data:`_EN_PAIRED`)."""
    if pair["of"]:
        bottom = _EN_UNITS.get(pair["of"]) or _en_base(pair["of"])  # one in five, three in 10
        if not 0 < value < bottom:
            return None
        # one in five: 五分之一; one in 10,000: 万分之一 (0.01%)
        share = 100 * value / bottom
        # "4.8 out of 5" (4.8分（满分5分）): a score, its two numbers said apart
        score = value != int(value) or before.endswith(("scored ", "rated "))
        counts = (
            ((value, "count"), (float(bottom), "count")) if score and "out of" in pair[0] else ()
        )
        return Number(round(share, 1) if share >= 0.1 else round(share, 8), "percent", also=counts)
    if pair["fold"]:
        # "rose twofold": doubled (增长一倍), or two times as much
        return Number(value, "factor", also=((value, "count"),))
    if pair["timesas"]:
        # "17 times those of 2019": as much as, which 增长16倍 is (16 more, 17 in all)
        return Number(value, "factor")
    if pair["per"]:
        # "12 per 100,000" is 十万分之十二; "3.5 per 1,000" is 3.5‰
        per = pair["per"]
        if before.rstrip().endswith(("minus", "negative")):
            value = -value  # "minus 4.36 per 1,000" (-4.36‰): a natural decrease
        rate = _rate(value, _EN_SCALES.get(per) or int(per.replace(",", "")))
        return Number(rate[0], rate[1], also=(*rate[2:], (value, "count")))
    if pair["period"]:
        # "the three-month period": a quarter (一季度) the English does not name
        if value not in (3, 6):
            return None
        kind = "quarter" if value == 3 else "half"
        return Number(
            value, "count", also=tuple((float(k), kind) for k in range(1, 12 // int(value) + 1))
        )
    if value in (3, 6) and before.endswith(("first ", "second ", "last ")):
        # the first six months: 上半年; the first three months: 一季度 (or three)
        which = 1.0 if before.endswith("first ") else (2.0 if value == 6 else 4.0)
        return Number(which, "half" if value == 6 else "quarter", also=((value, "count"),))
    return None


def _rate(value: float, base: int) -> tuple:
    """A rate "per ``base``" as a key and its other readings: per 100 is a
    percentage, per 1,000 per mille (and a tenth of a percent)."""
    if base == 100:
        return (value, "percent")
    if base == 1000:
        return (value, "permille", (round(value / 10, 6), "percent"))
    return (value, f"per{base}")


def _may_hold_forms(lowered: str) -> bool:
    for word in _EN_FORM_WORDS:
        if word in lowered:
            return True
    return (
        "q" in lowered
        or "h1" in lowered
        or "h2" in lowered
        or "1h" in lowered
        or "2h" in lowered
        or "fy" in lowered
    )


#: Words after which "a third", "a quarter" is a share, not an ordinal.
_SHARE_BEFORE = _lazy(
    r"(?:\bby|\bthan|nearly|almost|about|around|roughly|approximately|over|under|close to"
    r"|up to|\bonly|\bjust|barely|\bup|\bdown|\brose|\bfell|\bgrew|\bdropped|\bdeclined"
    r"|\bshrank|\bjumped|\bclimbed|\bslid) $"
)
#: ... and after which: "a third higher than last year" (多了三分之一).
_SHARE_AFTER = _lazy(
    r" (?:higher|more|lower|less|larger|bigger|smaller|fewer|greater|up|down|above|below)\b"
    # "a third as many visitors" (下降了三分之二): what a fall leaves
    r"| as (?:many|much|large|high|big|long)\b"
    # "a quarter to a half of" (四分之一至二分之一): the first end of a range of shares
    r"| to (?:an?|one|two|three|four) (?:half|third|quarter|fifth|sixth|eighth|tenth)"
)
#: What follows a share a change started from: "up from a quarter in 2020".
_FROM_SHARE = _lazy(r" (?:in (?:19|20)\d\d|last|a year|the year|the previous|at the)\b|[.,;]")
_STOPS = frozenset(".,;:!?)")

_EN_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4,
                     "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}  # fmt: skip


def _en_forms(text: str, lowered: str) -> tuple[list[Number], str, str]:
    """The numbers of the forms in :data:`_EN_FORMS`, and both texts with them blanked."""
    out: list[Number] = []
    spans: list[tuple[int, int]] = []
    for m in _EN_FORMS.finditer(lowered):
        number: Number | None = None
        span = text[m.start() : m.end()]
        if m["fold"]:
            # "rose twofold": doubled (增长一倍), or two times as much
            times = float(
                _EN_UNITS.get(m["fold"])
                or _EN_TENS.get(m["fold"])
                or (1000 if m["fold"] == "thousand" else 100)
            )
            number = Number(times, "factor", text=span, also=((times, "count"),))
        elif m["qfrom"]:
            # the July-September quarter: 第三季度
            which = float(("january", "april", "july", "october").index(m["qfrom"]) + 1)
            number = Number(which, "quarter", text=span)
        elif m["per"]:
            # "the latter half" is the second (下半年)
            which = float(_EN_ORDINAL_WORDS.get(m["per"], 2))
            number = Number(which, m["of"], text=span)
        elif m["qto"]:
            quarters = float(m["qto"])
            number = Number(quarters, "count", text=span, also=((quarters * 3, "count"),))
        elif m["hq"] or m["hq2"]:
            nth, hq = (m["n"], m["hq"]) if m["hq"] else (m["n2"], m["hq2"])
            number = Number(float(nth), "half" if hq == "h" else "quarter", text=span)
            if hq == "h" and nth not in "12":
                number = None
            elif m["yy"]:
                out.append(Number(2000.0 + int(m["yy"]), "year", text=span))  # 3Q23: 2023
        elif m["ahalf"]:
            # "an hour and a half", "two and a half months": 一个半小时, 两个半月
            whole = m["ahalf"]
            value = 1.0 if whole in ("a", "an") else float(_EN_UNITS.get(whole) or int(whole))
            scale = _EN_SCALES[m["ahscale"]] if m["ahscale"] else 1
            if scale == 1 and lowered.startswith(" times", m.end()):
                # "two and a half times as many": a multiple (增长了1.6倍 is 2.6 times)
                times = value + 0.5
                number = Number(times, "factor", text=span, also=((times, "count"),))
            else:
                number = Number((value + 0.5) * scale, "count", text=span)
        elif m["qa"]:
            # "a quarter of a million": 25万
            share = 0.25 if m["qa"] == "a quarter" else 0.75
            number = Number(share * _EN_SCALES[m["qscale"]], "count", text=span)
        elif m["fden"]:
            if m["fden"].startswith("quarter") and _A_PERIOD_AWAY.match(lowered, m.end()):
                continue  # "0.2 years shorter than a quarter earlier": a period, no share
            also: tuple[Key, ...] = ()
            if m["fnum"] in ("a", "an") and not m["fof"] and m["fden"] != "half":
                # "a third term" is an ordinal (read as one below); "fell by
                # a quarter", "cut a third." are shares
                follows = lowered[m.end() : m.end() + 2]
                share_word = (
                    _SHARE_BEFORE.search(lowered, 0, m.start())
                    or _SHARE_AFTER.match(lowered, m.end())
                    # "up from a quarter in 2020" (not "from a third party")
                    or (
                        lowered.endswith("from ", 0, m.start())
                        and _FROM_SHARE.match(lowered, m.end())
                    )
                )
                if not (share_word or follows[:1] in _STOPS or follows == " "
                        or follows[1:2] in _STOPS):  # fmt: skip
                    continue
                if not share_word and follows[:1] == "," and m["fden"] in _EN_ORDINALS:
                    # "a third, booster dose" (the third dose) or "cut a third, to 200": either
                    also = ((float(_EN_ORDINALS[m["fden"]]), "ordinal"),)
            count = 1 if m["fnum"] in ("a", "an") else _EN_UNITS[m["fnum"]]
            if (
                m["fden"] == "quarters"
                # "the four quarters of 2018-19": a year's quarters, not 100% of it
                and (not m["fof"] or _A_YEAR_NEXT.match(lowered, m.end()))
                and (
                    (spanned := _SPAN_BEFORE.search(lowered, max(0, m.start() - 12), m.start()))
                    or (count == 4 and lowered.endswith(("the ", "all "), 0, m.start()))
                )
            ):
                # "the slowest in four quarters" (4个季度以来): quarters of a year; "for
                # the four quarters" (各季): the year's, said or not, not 100%
                out.append(Number(float(count), "count", text=span, strict=bool(spanned),
                                  also=((count * 3, "count"),)))  # fmt: skip
                spans.append(m.span())
                continue
            share = 100 * count / _FRACTIONS[m["fden"]]
            if share >= 20 and _FRACTIONS[m["fden"]] > 2:
                # "two thirds" for 66%, "a quarter" for 24%: a fraction in words
                # is the share to within a point (a half is said as it is)
                also = (*also, *((float(k), "percent") for k in range(int(share) - 1,
                        int(share) + 2) if k != share and abs(k - share) <= 1))  # fmt: skip
            number = Number(round(share, 1), "percent", text=span, also=also)
        elif m["factor"]:
            # "doubled" says 翻一番 but often stands for 增长100% or 增长一倍
            number = Number(float(_FACTORS[m["factor"]]), "factor", text=span, strict=False)
        elif m["halved"]:
            # "halved": 一半 or 50%, or said with no number, so not missed
            number = Number(50.0, "percent", text=span, strict=False, also=((0.5, "factor"),))
        elif m["wd"]:
            # "on Sunday (the 8th)": English adds the weekday the Chinese leaves out
            number = Number(float(_WEEKDAYS[m["wd"]]), "weekday", text=span, strict=False)
        elif m["decade"]:
            year = float(m["decade"])
            number = Number(year, "decade", text=span, also=((year % 100, "decade"),))
        elif m["decade2"] or m["decade3"] or m["decade4"] or m["decade5"]:
            value = float(m["decade2"] or m["decade3"] or m["decade4"] or m["decade5"])
            number = Number(value, "decade", text=span)
        elif m["both"]:
            number = Number(2.0, "count", text=span, strict=False)
        elif m["sa"]:
            top, bottom = int(m["sa"]), int(m["sb"])
            if (top, bottom) == (24, 7):
                # "open 24/7" (24小时营业, 7×24小时, 全天候): all the time, said or not
                number = Number(24.0, "count", text=span, strict=False, also=((7.0, "count"),))
            elif top >= bottom:
                continue
            else:
                number = Number(round(100 * top / bottom, 1), "percent", text=span)
        elif m["twice"]:
            # "twice a year" (每年两次) says its two; "twice as many" may be 翻一番
            per = _PER_PERIOD.match(lowered, m.end())
            number = Number(2.0, "count", text=span, strict=per is not None,
                            also=((2.0, "factor"), (2.0, "times")))  # fmt: skip
        elif m["dozen"]:
            if not m["a"]:
                continue  # "dozens of", "two dozen": not a number to match
            # 十多个 is often "more than a dozen"
            number = Number(12.0, "count", text=span, also=((10.0, "count"),))
        elif m["scale"]:
            size = _EN_SCALES[m["scale"]] / (2 if m["halfa"] else 1)
            if m["andw"]:
                size += _en_words(m["andw"][5:])  # a hundred and five
            if lowered.startswith((" percent", " per cent"), m.end()):
                number = Number(float(size), "percent", text=span)  # "a hundred percent"
            else:
                number = Number(float(size), "count", text=span)
        elif m["gradeab"]:
            value = float(m["gradeab"])
            number = Number(value, "ordinal", text=span, also=((value, "count"),))
        elif m["roman"]:
            # "Grade III", "Grades I-III", "a Level IV response": Ⅲ类, Ⅰ—Ⅲ类, Ⅳ级
            approx = _approx_after(lowered, m.end())  # "grade II and above"
            for end in (m["roman"], m["roman2"]):
                if end:
                    value = float(_ROMAN_VALUES[end.upper()])
                    out.append(Number(value, "ordinal", approx, end, also=((value, "count"),)))
            spans.append(m.span())
            continue
        elif m["partof"]:
            # "one billionth of a meter": 十亿分之一
            rate = _rate(1.0, _EN_SCALES[m["partof"][:-2]])
            number = Number(rate[0], rate[1], text=span, also=rate[2:])
        elif m["scaleord"]:
            # "the millionth car": 第100万辆
            number = Number(float(_EN_SCALES[m["scaleord"][:-2]]), "ordinal", text=span)
        elif m["rmin"]:
            # "2:05.30", a race time: 2分05秒30
            number = Number(_race_seconds(m["rmin"], m["rsec"], m["rhun"]), "seconds", text=span)
        elif m["fy"]:
            year = float(m["fy"]) + (2000 if len(m["fy"]) == 2 else 0)
            number = Number(year, "year", text=span)
        elif m["noon"]:
            number = Number(12.0, "count", text=span, strict=False)  # 12时
        elif m["midnight"]:
            number = Number(
                24.0, "count", text=span, strict=False, also=((0.0, "count"),)
            )  # 24时, 零时
        elif m["sector"]:
            # "the tertiary industry" for 第三 (a sector), which the English need not
            # number; "the service sector" is the tertiary one
            sector = "tertiary" if m["sector"].startswith("service") else m["sector"]
            which = float(("primary", "secondary", "tertiary").index(sector) + 1)
            number = Number(which, "ordinal", text=span, strict=False)
        elif m["decades"]:
            # "two decades": 20年 (or 20多年, 近20年); "three centuries": 三百年
            tens = float(_EN_UNITS.get(m["decades"]) or int(m["decades"]))
            years = (10 if m["dec_or_cen"] == "decade" else 100) * tens
            number = Number(years, "count", text=span, also=((tens, "count"),))
        elif m["decadew"]:
            # "the past decade": 十年 (a decade need not be said in the Chinese)
            number = Number(10.0, "count", text=span, strict=False)
        else:  # half of, half the
            number = Number(50.0, "percent", text=span)
        if number is None:
            continue
        out.append(_qualified(number, lowered, m))
        spans.append(m.span())
    return out, blank(text, spans), blank(lowered, spans)


def _en_rare_forms(text: str, lowered: str) -> tuple[list[Number], str, str]:
    """The numbers of the forms in :data:`_EN_RARE_FORMS`, and both texts with them blanked."""
    out: list[Number] = []
    spans: list[tuple[int, int]] = []
    for m in _EN_RARE_FORMS.finditer(lowered):
        span = text[m.start() : m.end()]
        if m["pfrac"]:
            share = _POINT_SHARES[m["pfrac"]]
            number = Number(share, "points", text=span, also=((share, "percent"),))
        elif m["aunit"] or m["aspan"]:
            number = Number(1.0, "count", text=span, strict=False)
        elif m["pcfrac"]:
            share = _POINT_SHARES[m["pcfrac"]]  # "half a percent": 0.5%, 千分之五
            number = Number(share, "percent", text=span, also=((share * 10, "permille"),))
        elif m["qf"]:
            number = Number(8.0, "count", text=span, strict=False)
        elif m["ages"] or m["agesd"] or m["agesd2"]:
            tens = float(m["agesd"] or m["agesd2"] or _EN_TENS[m["ages"][:-3] + "y"])
            # an age, or a decade ("the nineties", 90年代)
            number = Number(tens, "count", "either", span, also=((tens, "decade"),))
        elif m["halfdozen"]:
            number = Number(6.0, "count", "about", span)  # 六七个
        elif m["halfunit"] or m["halfmeasure"]:
            number = Number(0.5, "count", text=span)
        elif m["qhour"]:
            # 一刻钟, 三刻钟; 每隔15分钟 "every quarter of an hour"
            quarters = 3.0 if m["qhour"] == "three quarters" else 1.0
            number = Number(quarters / 4, "count", text=span, also=((15 * quarters, "count"),))
        elif m["once"]:
            number = Number(1.0, "times", text=span, strict=False)
        elif m["fifty"]:
            number = Number(50.0, "percent", text=span)
        elif m["ennial"]:
            # "biennial" (两年一届): the years must agree ("triennial" for 每两年一次 is wrong)
            number = Number(2.0 if m["ennial"] == "bi" else 3.0, "count", text=span)
        elif m["aweek"]:
            number = Number(7.0, "count", text=span, also=((1.0, "count"),))
        elif m["weekdays"] or m["weekend"]:
            days = (1.0, 5.0) if m["weekdays"] else (6.0, 7.0)
            out.append(Number(days[0], "weekday", text=span, strict=False))
            number = Number(days[1], "weekday", text=span, strict=False)
        elif m["fortnight"]:
            number = Number(2.0, "count", text=span, strict=False, also=((14.0, "count"),))
        elif m["century"]:
            # "a century old": 一百年, 百年 (said or not in the Chinese)
            years = 1000.0 if m["century"] == "millennium" else 100.0
            years /= 2 if m["halfc"] else (4 if m["quarterc"] else 1)
            # a quarter-century (25年) and half a century (半个世纪, 五十年) are
            # numbers the Chinese gives
            number = Number(years, "count", text=span, strict=bool(m["quarterc"] or m["halfc"]))
        elif m["barescale"]:
            size = float(_EN_SCALES[m["barescale"]])
            number = Number(size, "count", "either", span, False)
        elif m["several"]:
            # "several hundred" (数百), "a few thousand": a size, said roughly
            size = float(_EN_SCALES[m["several"]])
            if m["several2"]:
                size *= _EN_SCALES[m["several2"]]  # "several hundred thousand" (几十万)
            number = Number(size, "count", "either", span, False)
        elif m["halfdecade"]:
            number = Number(5.0, "count", text=span)  # "half a decade": 五年
        elif m["hattrick"]:
            number = Number(3.0, "count", text=span, strict=False)
        elif m["runnerup"]:
            number = Number(2.0, "ordinal", text=span, strict=False, also=((2.0, "count"),))
        elif m["yearsold"]:
            number = Number(100.0 if m["yearsold"] == "hundred" else 1000.0, "count", text=span)
        elif m["romanw"]:
            if _GRADE_BEFORE.search(lowered, max(0, m.start() - 16), m.start()):
                continue  # "Grades I and III": the end of a list of grades, read with it
            value = float(_ROMAN_VALUES[m["romanw"].upper()])
            number = Number(value, "ordinal", text=span, strict=False, also=((value, "count"),))
        elif m["rough"]:
            value = _ROUGH[m["rough"]] * _ROUGH.get(m["roughof"] or "", 1.0)
            number = Number(value, "count", "either", span, False)
        elif m["lead"]:
            value = float(_roman(m["lead"]))
            number = Number(value, "ordinal", text=span, strict=False, also=((value, "count"),))
        else:
            continue
        out.append(_qualified(number, lowered, m))
        spans.append(m.span())
    return out, blank(text, spans), blank(lowered, spans)


def _qualified(number: Number, lowered: str, m: re.Match[str]) -> Number:
    """``number`` with the qualifier before or after its form ("nearly half", "a dozen or so")."""
    before = lowered[max(0, m.start() - 24) : m.start()]
    approx = _qualifier(before)
    if (
        approx
        and m[0].endswith(("decades", "year", "month", "fortnight", "century"))
        and before.rstrip().endswith(("over", "within"))
    ):
        # "over two decades" is during them (二十年来) or more than them (20多年);
        # "within half a year" (半年内): by its end, or less than it: either
        approx = "either"
    elif (
        approx
        and lowered.startswith((" ago", " earlier", " before"), m.end())
        and _SHARE_COMPARED.search(before)
    ):
        approx = ""  # "20 percent more than a decade ago" (比10年前增长20%): the base
    if not approx and lowered[m.end() : m.end() + 1] == " ":
        approx = _approx_after(lowered, m.end())
    return number._replace(approx=approx) if approx else number


#: A share or a multiple, then a comparison: what follows is its base.
_SHARE_COMPARED = _lazy(
    r"(?:\d|%|percent|per cent|times|points?|" + _SHARE_WORDS + ")"
    r" (?:more|less|fewer|higher|lower) than (?:an? )?$"
)


def _approx_after(lowered: str, end: int) -> str:
    """The qualifier after a number that ends at ``end``: "3,500 or more", "60-plus"."""
    after = _EN_APPROX_AFTER.match(lowered, end)
    if after is None and lowered[end - 1 : end].isalpha() and _LATER_AFTER.match(lowered, end):
        return "more"  # an ordinal's: "the third and later", not "7,000 for a third or later"
    if after is None and lowered.startswith(("-odd", "-strong"), end):
        # "twenty-odd years": 二十来年, 二十多年; "a 10,000-strong team": 约1万名, or exact
        return "either"
    if after is None:
        return ""
    if _NUMBER_NEXT.match(lowered, after.end()) and _RANGE_OPENED.search(
        lowered, max(0, end - 40), end
    ):
        return ""  # "between 20 percent and over 80 percent": the over is the 80's
    if after.group(0).endswith(("at most", "at least")) and (
        _NUMBER_NEXT.match(lowered, after.end()) or _WORD_NEXT.match(lowered, after.end())
    ):
        return ""  # "two doses at least 28 days apart": the hedge is the 28's
    return _EN_AFTER[after.group(0)[1:].split()[-1]]


#: A vehicle emission standard: "China III", "China 6", "National VI", "Guo V"
#: (国三, 国六): a tier, an ordinal.
_EN_EMISSION_TIER = _lazy(
    r"\b(?:china|national|guo)[ -](?:(vi|iv|v|i{1,3})[ab]?\b(?![.,%]?\d|%)"
    # a digit only before what it grades: "China 6 emission standards", not "China 5%"
    r"|([1-6])[ab]?(?= (?:emission|standard|vehicle|car|truck|diesel|gasoline|petrol|fuel)))"
)

#: The size of a scale the English explains ("4 on Taiwan's seven-tier
#: scale", "a 10-point scale"): it may match the Chinese, and need not.
_EN_SCALE_SIZE = _lazy(
    r"\b(\d{1,2}|three|four|five|six|seven|eight|nine|ten|twelve)"
    r"[- ](?:tier|level|point|grade|step)"
    r"(?: [a-z]+){0,2} scale\b"
)

#: A power said in words: "10 to the 16th", "2 to the 10th power".
_POWER = _lazy(r"\b(10|2) to the (\d{1,2})(?:st|nd|rd|th)?(?: power)?\b")
_A_YEAR_AND = _lazy(r"\ba year(?= and (?:[a-z]+|\d{1,2}) months?\b)")
