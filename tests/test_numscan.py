"""The C reading of numbers (the numbers check's fast path) against numbers.py.

numbers.py is the definition. The C module must read every text the same way,
or say it cannot tell (``None``), which on these texts it may only do for a
decimal digit outside ASCII (it also leaves very long numbers to Python); and its ``agree`` must say True exactly when the Python
comparison has nothing to report.
"""

from __future__ import annotations

# Built by `pip install -e .` (make install): its absence fails these tests.
import bilingual._numscan as numscan
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bilingual import checks, numbers
from bilingual.checks import Context, number_messages
from bilingual.glossary import Glossary
from bilingual.model import State, Unit

ZH_TOKENS = [
    *"0123456789", ",", ".", "%", "点", " ", "a", "N", "+", "_", "٣",
    *numbers._ZH_NUMERAL, "第", "百分之", "个百分点", "年", "代", "多", "余", "倍", "大", "届",
    "每", "近", "将近", "接近", "超过", "突破", "大约", "约", "逾", "超", "项", "人", "岁", "的",
    "公里", "十四五", "两院", "二〇一八",
]  # fmt: skip
EN_TOKENS = [
    *"0123456789", ",", ".", " ", "-", "%", "_", "x", "N", "T", "F", "é", "Ⅻ", "\u00a0", "\n", "٣",
    *numbers._WORDS, *numbers._EN_ORDINALS, " hundred", " and", " thousand", " million",
    " billion", " percent", " percentage points", " percentage point", " per cent",
    "st", "nd", "rd", "th", "more than", "less than", "up to", "over", "nearly", "about",
    "some", "exceeded", "rmb", "RMB ", "us$", "$", "¥", "€", "Seven", "İ", "K",
]  # fmt: skip


def _text(tokens: list[str], max_size: int = 14) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(tokens), max_size=max_size).map("".join)


def _plain(n: numbers.Number) -> tuple[float, str, str, bool]:
    return (n.value, n.kind, n.approx, n.strict)


def _unsure(text: str) -> bool:
    """What the C reading may leave to Python: decimal digits outside ASCII."""
    return any(ch.isdecimal() and not ch.isascii() for ch in text)


def _zh(text: str) -> tuple[str, list, list | None]:
    _, prepared = numbers.zh_prepare(text)
    return prepared, numbers.zh_numbers_in(prepared), numscan.zh_numbers(prepared)


def _en(text: str) -> tuple[str, str, list, list | None]:
    _, folded, lowered = numbers.en_prepare(text)
    return (
        folded,
        lowered,
        numbers.en_numbers_in(folded, lowered),
        numscan.en_numbers(folded, lowered),
    )


@settings(max_examples=3000, deadline=None)
@given(_text(ZH_TOKENS))
@example("超过3500余项，十四五岁，第十八届，百分之五十五点五，每万人，1,2345，3.5万亿元")
@example("三点五a，十二b，1,234.5c，二〇一八年，两院，一批")
def test_chinese_read_alike(text: str) -> None:
    prepared, python, native = _zh(text)
    if native is None:
        assert _unsure(prepared), prepared
    else:
        assert native == [_plain(n) for n in python], prepared


@settings(max_examples=3000, deadline=None)
@given(_text(EN_TOKENS))
@example("more than RMB 40 billion, twenty-fourth, seventy-two hundred and five-six, 3rd")
@example("1,234.5th 12,3456 5 percentage 4.5.6 up to $ 3 million thousand")
def test_english_read_alike(text: str) -> None:
    folded, _, python, native = _en(text)
    if native is None:
        assert _unsure(folded), folded
    else:
        assert native == [_plain(n) for n in python], folded


@settings(max_examples=3000, deadline=None)
@given(_text(ZH_TOKENS, 8), _text(EN_TOKENS, 8))
@example("增长超过3500项", "grew by more than 3,500")
@example("增长超过3500项", "grew by 3,500")
@example("十四五岁", "fourteen or fifteen")
def test_agree_exactly_when_the_check_is_silent(zh: str, en: str) -> None:
    zh_text, zh_python, _ = _zh(zh)
    en_text, en_lowered, en_python, _ = _en(en)
    silent = not list(number_messages(zh_python, en_python))
    fast = numscan.agree(zh_text, en_text, en_lowered)
    if _unsure(zh_text + en_text):
        assert not fast or silent
    else:
        assert fast == silent, (zh_text, en_text)


def test_the_check_uses_the_c_reading() -> None:
    assert numbers.numbers_agree is numscan.agree


@settings(max_examples=1500, deadline=None)
@given(
    _text([*ZH_TOKENS, "3月", "30日", "2018/3/30"], 8),
    _text([*EN_TOKENS, "March ", "2018/03/30"], 8),
)
@example("2018年3月30日增长超过3500项", "On March 30, 2018 it grew by nearly 3,500")
def test_the_check_says_the_same_without_the_c_reading(zh: str, en: str) -> None:
    unit = Unit("u1", zh, en, State.NEEDS_REVIEW)
    ctx = Context(Glossary([]))
    fast = list(checks.numbers(unit, ctx))
    original = checks.numbers_agree
    checks.numbers_agree = None  # as in a build without a C compiler
    try:
        assert list(checks.numbers(unit, ctx)) == fast
    finally:
        checks.numbers_agree = original


def test_what_the_c_reading_leaves_to_python() -> None:
    long = "1" * 80  # longer than the C reading parses itself
    assert numscan.zh_numbers(f"增长{long}项") is None
    assert numscan.en_numbers(f"grew by {long}", f"grew by {long}") is None
    assert numscan.zh_numbers("增长٣项") is None  # an Arabic-Indic digit
    unit = Unit("u1", f"增长{long}项", f"grew by {long}", State.NEEDS_REVIEW)
    assert list(checks.numbers(unit, Context(Glossary([])))) == []
    unit = Unit("u2", f"增长{long}项", "grew by 12", State.NEEDS_REVIEW)
    assert len(list(checks.numbers(unit, Context(Glossary([]))))) == 2
