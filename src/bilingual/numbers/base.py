"""What the readers of both languages share: :class:`Number`, patterns
compiled on first use, and the numerals, scales and folding tables that more
than one reader needs."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple, TypeVar, cast

from bilingual.normalize import fold_width

T = TypeVar("T")

_PATTERN_ATTRS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
                  "pattern", "flags", "groups", "groupindex")  # fmt: skip


class _Pattern:
    """A pattern compiled on first use. The package has some 260, one or
    more per form, and compiling them all (about 0.1 s) cost a re-check of a few
    units more than checking them: most forms never occur in a given text."""

    __slots__ = (*_PATTERN_ATTRS, "_args")

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str) -> object:
        # only while a slot is empty: the first use fills them all
        compiled = re.compile(*self._args)
        for attr in _PATTERN_ATTRS:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)


def _lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return cast("re.Pattern[str]", _Pattern(pattern, flags))


Key = tuple[float, str]


class Number(NamedTuple):
    """A number as a value, with what kind of quantity it is.

    ``kind`` is ``"count"``, ``"percent"``, ``"points"`` (percentage points),
    ``"ordinal"``, ``"year"``, ``"factor"`` (doubled), ``"half"`` (of a
    year), ``"quarter"`` (of a year), ``"weekday"``, ``"decade"`` or ``"day"``
    (of a month). ``approx`` is ``"more"``, ``"less"``, ``"about"``,
    ``"either"`` (a word read both ways) or ``""``.
    ``text`` is the span it was read from. A named tuple, not a dataclass:
    ``check`` builds several per unit, and a frozen dataclass costs five
    times as much to create.
    """

    value: float
    kind: str = "count"
    approx: str = ""
    text: str = ""
    #: False for a number the text may not state outright (两院 "the two
    #: academies", 每万人 "per 10,000 people", "both"): it can match the
    #: other side but is not missed when the other side does not say it.
    strict: bool = True
    #: Other readings that count as the same number (七折: 70% or 30% off;
    #: 8日: the 8th, or 8).
    also: tuple[Key, ...] = ()

    def key(self) -> Key:
        """What must agree across languages: the value and the kind."""
        value = self.value
        if not -1e6 < value < 1e6:
            # 85.6亿 and 8.56 billion differ in the last bit: 12 significant digits
            value = float(f"{value:.12g}")
        elif not value.is_integer():
            value = round(value, 6)
        return (value, "count" if self.kind == "year" else self.kind)

    def readings(self) -> tuple[Key, ...]:
        """Every reading that matches this number on the other side."""
        return (self.key(), *self.also) if self.also else (self.key(),)


#: What stands between two figures of one list: their units and names, and 、
#: or a last 和 (金牌6枚、银牌8枚; 增长9.1%和15.4%); not a comma, which ends a
#: clause (3起，过火面积12公顷).
ZH_LIST_JOIN = _lazy(r"[^\d，。；;,]{0,6}[、和及与][^\d，。；;,]{0,6}")


def list_runs(text: str, placed: Iterable[tuple[int, int, T]]) -> Iterator[list[T]]:
    """The runs of items (each with its start and end in ``text``, in order)
    that :data:`ZH_LIST_JOIN` joins into one list, one item or more each."""
    run: list[T] = []
    end = 0
    for start, stop, item in placed:
        if run and not ZH_LIST_JOIN.fullmatch(text, end, start):
            yield run
            run = []
        run.append(item)
        end = stop
    if run:
        yield run


_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG = {"万": 10_000, "亿": 100_000_000}
_ZH_NUMERAL = "零〇一二两三四五六七八九十百千万亿"
#: 千二, 万二 (Hong Kong: 1,200, 12,000), read as numbers, not as a magnitude alone.
_HONG_KONG_PLACES = _lazy("[千万][二三四五六七八九]")


def _zh_numeral(text: str) -> float | None:
    """Value of a Chinese numeral string such as 一千四百三十三, 十五, 两百."""
    if _HONG_KONG_PLACES.fullmatch(text):
        # 千二, 万二 (Hong Kong) are 1,200 and 12,000: one of the magnitude,
        # then the next place (万一 "in case" is a word, not 11,000)
        text = "一" + text
    elif text[0] in "百千万亿":
        return None  # a magnitude with no count before it is not a number here
    digit_run = all(ch in "零〇一二三四五六七八九" for ch in text)
    if digit_run and (len(text) > 2 or "〇" in text or "零" in text):
        return float("".join(str(_ZH_DIGITS[ch]) for ch in text))  # 二〇一八 read digit by digit
    return _place_value([_ZH_DIGITS.get(ch, ch) for ch in text])


def _place_value(parts: Sequence[float | str]) -> float | None:
    """The value of digits (numbers) and magnitudes (十, 百, 千, 万, 亿) in turn,
    as Chinese writes them: 一千四百三十三, or 3, 万, 5, 千 for 3万5千. None if a
    part is neither."""
    # 亿 scales all that comes before it (三万亿); 万 only what follows the last
    # 亿 (十二亿五千万 is 1.25 billion)
    high, mid, section, digit = 0.0, 0.0, 0.0, None
    # The size of the magnitude just before a last lone digit: 两千五 is 2,500,
    # 三万五 35,000, 千二 1,200 (not 2,005: that is 两千零五)
    before = 0.0
    for part in parts:
        if not isinstance(part, str):
            before = before if digit is None else 0.0
            digit = part
        elif part in _ZH_UNITS:
            section += (digit if digit is not None else 1) * _ZH_UNITS[part]
            digit, before = None, float(_ZH_UNITS[part])
        elif part == "万":
            mid = (mid + section + (digit or 0)) * 10_000
            section, digit, before = 0.0, None, 10_000.0
        elif part == "亿":
            high = (high + mid + section + (digit or 0)) * 100_000_000
            mid, section, digit, before = 0.0, 0.0, None, 100_000_000.0
        else:
            return None
    if digit is not None and before >= 100:
        digit *= before / 10
    return high + mid + section + (digit or 0)


#: The Traditional form of every character the rules below use (numerals,
#: units, qualifiers: 億, 兩, 餘, 約, 點, 屆 …) as its Simplified one, and the
#: financial numerals as ordinary ones, so that each rule reads 四百億餘 and
#: 壹佰貳拾 as it reads 四百亿余 and 一百二十. One table, applied before any
#: reading; a test holds it complete against this module's text.
#: Financial numerals that are also common words (參加, 大陸, 隊伍, 肆意) are
#: left out: in news they are ordinary words far more often than numbers.
_NUMERALS = str.maketrans(
    "億萬兩個畝餘叄臺號噸頭將屆歲戶條點種約級紀終貳輕輛過裏項齡參陸壹贰叁柒捌玖拾佰仟"
    "雙週禮內報後長員為爲績疊當舊羣騰負贏邊數張銷額間規劃時來場處層開棟輪門隊於經"
    "會議體強達擴躍與醫視幾區縣鎮鄉溝樣擔勝節課連續車獎國歐審臘農曆舉辦歷類滿讀運"
    "僅偵擊佔計產黨華奧貿組織歸職語軌鍾鐘決賽釐團碼頭線漲擴攝業發設專動單學畢統豐樂啟鹹寶慶禎緒觀貞順幣買賣兒軍勞婦紅講話際黃啓兌獨貨購採東錄樓殲風劍曬網載魚亞寬帶"
    "壓聽響掃撈斷電敗進針聯減環單復複調標頃預從檔穩搶糧貶別馬卄徵獲虧輸稅應畫財罷檻總慘戰槍遊災選裡庫壩準階檢塊錢價現見銀臨親關勵術毀籤締貼趕違鄰錯鍵闖飛簽衝湊協擠橫簡紐繞裝記識說踐遠閃隱饒維補欖範徑圍籃盤對縮遲無緯遙倆輩斬許漢遼晉麗氣溫費給貸資領園確養務壯撫贍顧爭奪競榮圓韓師護書沒營貧認脫冊館質潤擁創優賺掙掛還貴賠細暢狹幹島盡導涼變轉證樁誤藍須積莊問較琿淨熱揮撥閉嶺羈緩銅橋廈劇驗試牀顆結這測濟碩衆眾灣衛槓疇療構",
    "亿万两个亩余三台号吨头将届岁户条点种约级纪终二轻辆过里项龄参陆一二三七八九十百千"
    "双周礼内报后长员为为绩叠当旧群腾负赢边数张销额间规划时来场处层开栋轮门队于经"
    "会议体强达扩跃与医视几区县镇乡沟样担胜节课连续车奖国欧审腊农历举办历类满读运"
    "仅侦击占计产党华奥贸组织归职语轨钟钟决赛厘团码头线涨扩摄业发设专动单学毕统丰乐启咸宝庆祯绪观贞顺币买卖儿军劳妇红讲话际黄启兑独货购采东录楼歼风剑晒网载鱼亚宽带"
    "压听响扫捞断电败进针联减环单复复调标顷预从档稳抢粮贬别马廿征获亏输税应画财罢槛总惨战枪游灾选里库坝准阶检块钱价现见银临亲关励术毁签缔贴赶违邻错键闯飞签冲凑协挤横简纽绕装记识说践远闪隐饶维补榄范径围篮盘对缩迟无纬遥俩辈斩许汉辽晋丽气温费给贷资领园确养务壮抚赡顾争夺竞荣圆韩师护书没营贫认脱册馆质润拥创优赚挣挂还贵赔细畅狭干岛尽导凉变转证桩误蓝须积庄问较珲净热挥拨闭岭羁缓铜桥厦剧验试床颗结这测济硕众众湾卫杠畴疗构",
)


#: The financial numerals that are also common words (參加, 大陸, 隊伍, 肆意),
#: read as numerals only next to another numeral or a unit (壹佰參拾, 參萬元).
_AMBIGUOUS = _lazy("(?<=[一二三四五六七八九十百千万亿零〇])[参肆伍陆]|[参肆伍陆](?=[十百千万亿元])")
_AMBIGUOUS_VALUE = {"参": "三", "肆": "四", "伍": "五", "陆": "六"}


#: Whether a text has anything to fold: one scan, since most text has nothing
#: (translating costs more than finding that out).
_TO_FOLD = _lazy("[" + "".join(map(chr, _NUMERALS)) + "".join(_AMBIGUOUS_VALUE) + "]")


#: The small full stop (U+FE52) between digits, as some Hong Kong wires write
#: the decimal point.
_SMALL_POINT = _lazy("(?<=\\d)\ufe52(?=\\d)")


def zh_fold(text: str) -> str:
    """A Chinese text as its numbers are read: width folded, numerals Simplified."""
    folded = fold_width(text)
    if "\ufe52" in folded:
        folded = _SMALL_POINT.sub(".", folded)  # 15﹒6元 (Hong Kong wires): a decimal point
    if not _TO_FOLD.search(folded):
        return folded
    folded = folded.translate(_NUMERALS)
    if _AMBIGUOUS.search(folded):
        folded = _AMBIGUOUS.sub(lambda m: _AMBIGUOUS_VALUE[m.group(0)], folded)
    return folded


#: Roman numerals before 类, 级 or 期 (Ⅲ类 "Grade III", Ⅳ级 "Level IV",
#: Ⅰ—Ⅲ类 "Grades I-III"), in the numeral characters or in capitals.
_ROMAN_VALUES = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "Ⅴ": 5, "Ⅵ": 6, "Ⅶ": 7, "Ⅷ": 8, "Ⅸ": 9,
                 "Ⅹ": 10, "Ⅺ": 11, "Ⅻ": 12, "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5,
                 "VI": 6, "VII": 7, "VIII": 8, "IX": 9}  # fmt: skip


def _race_seconds(minutes: str, seconds: str, hundredths: str | None) -> float:
    """2分05秒30 and "2:05.30" alike: the digits after the seconds are a decimal."""
    return round(int(minutes) * 60 + float(f"{int(seconds)}.{hundredths or 0}"), 3)


#: What a number after "under" may be that rules or files rather than caps:
#: "under 15 kings", "under 12 programmes", "under second-class" protection.
_GOVERNING = _lazy(
    r" (?:successive )?(?:kings|emperors|rulers|khans|monarchs|dynasties|reigns|programmes"
    r"|programs|categories|headings|schemes)\b"
    r"|[- ](?:class|grade|tier)\b"  # "41 under second-class (protection)"
)
#: Once in each period, said in a word (每年一次 "annual").
_ONCE_A_PERIOD = _lazy(r"\b(?:annual|annually|yearly|daily|weekly)\b")


_EN_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}  # fmt: skip
_EN_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000,
              "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
              "bn": 1_000_000_000, "mln": 1_000_000, "tn": 1_000_000_000_000,
              # wire shorthand: 5.6 bln, 3.2 trln, $5mn
              "bln": 1_000_000_000, "trln": 1_000_000_000_000, "mn": 1_000_000,
              "tln": 1_000_000_000_000, "trn": 1_000_000_000_000,
              # 每秒100亿亿次 "1 exaflop": operations a second
              "exaflop": 10**18, "petaflop": 10**15, "teraflop": 10**12}  # fmt: skip
#: A currency and 兑 after a 1: 1美元兑30.6元新台币 "NT$30.6 to the dollar".
_ONE_CURRENCY_TO = _lazy("(?:美元|欧元|日元|港元|港币|人民币|澳门元|新台币|元)兑")


def _lower(text: str) -> str:
    """The text lower-cased, character for character (so spans still fit ``text``).

    Patterns then match lower-case text: case-insensitive matching is several
    times slower.
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters change length when lower-cased
        lowered = "".join(c.lower()[0] for c in text)
    return lowered


_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10}


def _roman(numeral: str) -> int:
    """The value of a lower-case Roman numeral of I, V and X (XIV is 14)."""
    total = 0
    for k, ch in enumerate(numeral):
        value = _ROMAN_DIGITS[ch]
        nxt = _ROMAN_DIGITS[numeral[k + 1]] if k + 1 < len(numeral) else 0
        total += -value if value < nxt else value
    return total


def blanked(pattern: re.Pattern[str], text: str) -> str:
    """``text`` with every match of ``pattern`` blanked, its width kept (a form
    read on its own, so that the general scan does not read it again)."""
    return pattern.sub(_spaces, text)


def _spaces(m: re.Match[str]) -> str:
    return " " * len(m[0])


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text  # the usual case: no character copy needed
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def close(a: float, b: float) -> bool:
    """Whether two figures are the same but for float rounding."""
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


#: A figure's digits as written (1.17 in "1.17 trillion", 28.6 in 28.6万), and
#: its decimals.
WRITTEN = _lazy(r"\d[\d,]*(?:\.(\d+))?")


def last_place(digits: str) -> float:
    """The place of the last significant digit of a figure as written, without
    commas: 0.01 for "2.45", 10 for "7950", 1 for "757" (and for "0")."""
    if "." in digits:
        return 10.0 ** -len(digits.split(".")[1])
    stripped = digits.rstrip("0")
    return 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0
