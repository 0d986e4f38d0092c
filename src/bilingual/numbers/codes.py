"""Codes of letters and digits (5A, 5G, PM2.5, C919): names the English keeps
as they are."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bilingual.normalize import fold_width
from bilingual.numbers.base import Key, _lazy
from bilingual.numbers.zh import _CODE_HINT, _MODEL_NUMERAL
from bilingual.numbers.zh_forms import _NUMERAL_CODE, _zh_value

#: A run of letters and digits, with inner dots and hyphens (5A, PM2.5, C919,
#: H7N9, COVID-19): a name the English keeps as it is.
_CODE = _lazy(r"(?<![A-Za-z\d.\-/])[A-Za-z\d]+(?:[.\-/][A-Za-z\d]+)*")
#: A size with a slash, as a tyre's is written (59/80R63, 205/55R16).
_SIZE_CODE = _lazy(r"\d+/\d+[A-Za-z]+\d*")
#: A code of digits, then letters (2F, 5A).
_DIGITS_LETTERS = _lazy(r"(\d+)([A-Za-z]{1,2})")
_STEM_LETTERS = {"甲": "A", "乙": "B", "丙": "C", "丁": "D"}
#: A number and its unit (100km, 30kW), or an ordinal (1st): a quantity, not a code.
#: Letters that are more often a name than a unit stay codes: 5G, 3D, 4K, 5S.
_NOT_A_CODE = _lazy(
    r"\d+(?:\.\d+)?(?:k?m|[cm]m|kg|lbs?|k?wh?|[mg]wh?|kv|[mgk]?hz|ml|h|min|[kmgt]b"
    r"|m[23]|st|nd|rd|th|cc|c\.c\.?)",  # (100c.c. "100cc": an engine's size)
    re.IGNORECASE,
)
_SQUASH = _lazy(r"[^a-z\d.+]")


#: A train's or a flight's number and its partners' ends (G98/9, G427/428,
#: G3565/8/5, CZ6077/8): the services of the two directions, each partner
#: written with only its last digits; also a model's (A319/320/321).
_TRAIN_PAIR = _lazy(
    r"(?<![A-Za-z\d/])([A-Z]{1,2}|\d[A-Z])(\d{1,5})((?:/(?:[A-Z]{1,2}|\d[A-Z])?\d{1,5})+)(?![\d/])"
)


def _train_pair(m: re.Match) -> str:
    prefix, head = m[1], m[2]
    out = [prefix + head]
    for end in m[3].split("/")[1:]:
        digits = end[len(prefix) :] if end.startswith(prefix) else end
        if not digits.isdigit() or len(digits) > len(head):
            return m[0]
        out.append(prefix + head[: len(head) - len(digits)] + digits)
    return "/".join(out)


def train_pairs(text: str) -> str:
    """``text`` with each train's or flight's partners written in full (G98/9:
    G98/G99)."""
    if "/" not in text or not _TRAIN_PAIR.search(text):
        return text
    return _TRAIN_PAIR.sub(_train_pair, text)


#: The dash between two road stakes (K743+400-K765+390): a range, not a code's hyphen.
_STAKE_DASH = _lazy(r"(?<=\+\d)(\d*)[-\u2013\u2014－—~～](?=[A-Za-z]\d)")


def codes(text: str) -> list[str]:
    """The codes of letters and digits in a text (5A, 5G, PM2.5, C919)."""
    text = train_pairs(text)
    if "+" in text:
        text = _STAKE_DASH.sub(r"\1 ", text)
    if "号" in text or "號" in text:
        # 长征二号F "Long March-2F": a model's numeral and letter, the code 2F
        text = _MODEL_NUMERAL.sub(
            lambda m: f" {_zh_value(m[1]):.0f}{_STEM_LETTERS.get(m[2], m[2])} ", text
        )
        if "第" in text:  # 第六十三A号报告书 "Report No. 63A"
            text = _NUMERAL_CODE.sub(lambda m: f"{_zh_value(m[1]):.0f}", text)
    if not _CODE_HINT.search(text):
        return []
    if "4S" in text:
        text = text.replace("4S店", "  店")  # 4S店 "a car dealership": a kind of shop
    found = []
    runs: list[str] = []
    for run in _CODE.findall(fold_width(text)):
        # 59/80R63 (a tyre's size) is one code; 5G/6G is two
        runs += [run] if "/" not in run or _SIZE_CODE.fullmatch(run) else run.split("/")
    for code in runs:
        if (
            any(c.isdigit() for c in code)
            and any(c.isalpha() for c in code)
            and not _NOT_A_CODE.fullmatch(code)
        ):
            found.append(code)
    return found


#: A letter and digits (T3, B2): a name whose letter the English may spell out.
_LETTER_DIGITS = _lazy(r"([A-Za-z])(\d{1,3})")
#: The words a code's letter may stand for (T3 "Terminal 3", L1 "Line 1").
_CODE_WORDS = {
    "t": ("terminal",),
    "l": ("line",),
    "g": ("gate",),
    "p": ("phase", "platform", "pier"),
    "h": ("hall",),
    "b": ("block", "building", "berth"),
    "z": ("zone",),
    "e": ("exit",),
    "r": ("route", "runway"),
}


#: Codes the English may name in words: PM2.5 "fine particles", PM10 "coarse
#: particles" (its numbers then go unsaid).
_IN_WORDS = {
    "pm2.5": ("fine particle", "fine particulate"),
    "pm10": ("coarse particle", "inhalable particle", "coarse particulate"),
}


def code_messages(zh_codes: list[str], en: str, en_values: set[float]) -> Iterator[str]:
    """What the numbers check says about the Chinese's codes (:func:`codes`),
    given the English and its numbers' values: each must be in
    the English as it is (case, spaces and hyphens aside; 5A may be AAAAA).
    One the English writes otherwise (T2 "Terminal 2", Q1 "the first
    quarter") passes when its numbers are there; one whose letters the English
    has with other digits (5A and "4A") is wrong."""
    en = train_pairs(en)
    lowered = en.lower()
    squashed = _SQUASH.sub("", lowered)
    en_shapes = {_shape(c): c for c in codes(en)}
    for code in zh_codes:
        plain = _SQUASH.sub("", code.lower())
        if _holds_code(lowered, squashed, plain):
            continue
        if any(word in lowered for word in _IN_WORDS.get(plain, ())):
            # PM2.5 "fine particles", unless the English names another code of
            # its shape ("fine particulate matter (PM10)")
            other = en_shapes.get(_shape(code))
            if other is not None:
                yield f"{code} is {other} in the English"
            continue
        if (
            len(plain) == 2
            and plain[1] == "a"
            and plain[0] in "12345"
            and ("a" * int(plain[0]) in squashed)
        ):
            continue  # 5A级 "AAAAA-level"
        named = _LETTER_DIGITS.fullmatch(code)
        if named is not None:
            # T3航站楼 "Terminal 3": a name the English spells out must keep the number
            said = [
                (word, m[1])
                for word in _CODE_WORDS.get(named[1].lower(), ())
                for m in re.finditer(rf"\b{word} (\d+)\b", lowered)
            ]
            if said and all(int(n) != int(named[2]) for _, n in said):
                word, n = said[0]
                yield f"{code} is {word.title()} {n} in the English"
                continue
        other = en_shapes.get(_shape(code))
        if other is None and (shape := _DIGITS_LETTERS.fullmatch(code)):
            # "Long March-2C" for 长征二号F: the model's number with other letters
            glued = re.search(rf"(?<![\d.]){shape[1]}([A-Za-z]{{1,2}})(?![A-Za-z\d])", en)
            other = glued[0] if glued else None
        if other is not None:
            yield f"{code} is {other} in the English"
        elif not {value for value, _ in _code_keys(code)} <= en_values:
            yield f"{code} is not in the English"


def _holds_code(lowered: str, squashed: str, plain: str) -> bool:
    """Whether ``plain`` is in the English as a whole code, spaces and hyphens
    inside it aside: G1 is not the start of G12, nor 5A the end of 15A."""
    if plain not in squashed:
        return False
    spelled = r"[\s/-]?".join(map(re.escape, plain))
    before = r"(?<![\d.,])" if plain[0].isdigit() else ""
    after = r"(?![\d])" if plain[-1].isdigit() else ""
    return re.search(before + spelled + after, lowered) is not None


def code_keys(found: list[str]) -> set[Key]:
    """The numbers inside codes (:func:`codes`), as any kind: T2 may be
    "Terminal 2" or "the second terminal", Q1 "the first quarter"."""
    return {key for code in found for key in _code_keys(code)}


def _code_keys(code: str) -> set[Key]:
    values = {float(d) for d in re.findall(r"\d+(?:\.\d+)?", code)}
    return {(v, kind) for v in values for kind in ("count", "ordinal", "quarter")}


def _shape(code: str) -> str:
    """A code with its digits blanked: 5A and 4A have the same shape, and
    PM2.5 and PM10."""
    return re.sub(r"\d+(?:\.\d+)?", "#", code.upper())
