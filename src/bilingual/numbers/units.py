"""Measures the English converts within itself: "196,000 hectares (757 square
miles)", "the 218-metre (715-foot) tower", "minus 15 degrees Celsius (5
degrees Fahrenheit)", "120 people per square kilometre, about 310 per square
mile".

The first measure is the text's (the Chinese gives it); the second is the
translator's arithmetic, which the Chinese never gives, so it can only be
checked against the first. A conversion that holds is no number of its own;
one that does not is a finding, wherever the Chinese figure stands.
"""

from __future__ import annotations

import re

from bilingual.numbers.base import _EN_SCALES, _EN_UNITS, Number, _lazy, close, last_place

#: Each unit's words (lower case) and its size in a base unit of its kind.
_UNITS: dict[str, tuple[str, str, float]] = {
    # name: (kind, words, size)
    "ha": ("area", r"hectares?|ha", 1e4),
    "km2": ("area", r"square (?:kilometres?|kilometers?)|sq\.? ?km|km2|km²", 1e6),
    "m2": ("area", r"square (?:metres?|meters?)|sq\.? ?m|m2|m²", 1.0),
    "mi2": ("area", r"square miles?|sq\.? ?mi", 2_589_988.11),
    "acre": ("area", r"acres?", 4_046.856),
    "ft2": ("area", r"square (?:feet|foot)|sq\.? ?ft", 0.09290304),
    "mu": ("area", r"mu", 10_000 / 15),
    "m": ("length", r"metres?|meters?|m", 1.0),
    "km": ("length", r"kilometres?|kilometers?|km", 1e3),
    "cm": ("length", r"centimetres?|centimeters?|cm", 0.01),
    "mm": ("length", r"millimetres?|millimeters?|mm", 0.001),
    "ft": ("length", r"feet|foot|ft", 0.3048),
    "mi": ("length", r"miles?", 1_609.344),
    "in": ("length", r"inches|inch", 0.0254),
    "yd": ("length", r"yards?|yd", 0.9144),
    "kg": ("mass", r"kilograms?|kilos?|kg", 1.0),
    "t": ("mass", r"tonnes?|metric tons?|tons?", 1e3),
    "lb": ("mass", r"pounds?|lbs?", 0.45359237),
    "l": ("volume", r"litres?|liters?", 1e-3),
    "m3": ("volume", r"cubic (?:metres?|meters?)|m3|m³", 1.0),
    "km3": ("volume", r"cubic (?:kilometres?|kilometers?)|km3|km³", 1e9),
    "gal": ("volume", r"gallons?", 0.003785412),
    "ft3": ("volume", r"cubic feet", 0.028316847),
    "c": ("temperature", r"degrees? celsius|degrees? centigrade|°c|℃|c", 1.0),
    "f": ("temperature", r"degrees? fahrenheit|°f|f", 1.0),
}
#: The units a conversion goes to; a text giving one of them is worth reading.
_TO = ("mi2", "acre", "ft2", "ft", "mi", "in", "yd", "lb", "gal", "ft3", "f", "km3", "ha", "kg",
       "mu")  # fmt: skip
#: Chinese units the English may keep in brackets after its own conversion
#: ("920 square kilometres (1.38 million mu)"): there the first figure is the
#: English's own.
_SOURCE_KEPT = ("mu",)
#: (a small number may be spelled out: "23 square kilometres (nine square miles)")
_NUMBER = (
    r"(?P<n{side}>(?:minus |-|\u2212)?(?:\d[\d,]*(?:\.\d+)?|(?<![a-z])(?:"
    + "|".join(w for w in _EN_UNITS if w != "zero")
    + r")))"
    r"(?: (?P<s{side}>thousand|million|billion))?"
)
_HEDGE = (
    r"(?P<hedge>about |around |roughly |some |nearly |almost |approximately "
    r"|more than |over |close to )?"
)
_PER = r"(?:(?:people |residents |inhabitants )?per )?"


def _alternatives(keys) -> str:
    return "|".join(f"(?P<{k}{{side}}>{_UNITS[k][1]})" for k in keys)


def _pattern() -> str:
    first = _alternatives(_UNITS).replace("{side}", "_a")
    second = _alternatives(_UNITS).replace("{side}", "_b")
    return (
        rf"{_NUMBER.format(side='_a')}[ -]?{_PER}(?:{first})\b(?:[- ][a-z]+){{0,2}}"
        rf"(?P<joint> \(| ?, (?:or |equal to |equivalent to )?| or ){_HEDGE}"
        rf"{_NUMBER.format(side='_b')}[ -]?{_PER}(?:{second})\b"
        # (not a rate for one of something: "1.4 million tonnes of pork, about 77
        # kilograms a pig"; a period is both figures': "… pounds a year")
        r"(?! (?:a|an|per|each) (?!(?:year|month|week|day|hour|minute|second|decade)s?\b)[a-z]"
        r"| each\b| apiece\b)"
    )


_CONVERSION = _lazy(_pattern())
#: Cheap guard: a word of a unit a conversion goes to.
_ANY_TO = _lazy(
    r"mile|acre|square f|feet|foot|\bft\b|inch|yard|pound|\blbs?\b|gallon|fahrenheit|°f|cubic k"
    r"|cubic f|hectare|kilogram|\bmu\b"
)


#: What makes a second measure after a bare comma a change of the first, not
#: its conversion ("… per hectare, about 500 kg more than last year").
_COMPARED_AFTER = _lazy(r" (?:more|less|fewer|higher|lower|up|down|above|below|than)\b")
#: What makes a temperature a difference: "(2.2 degrees Fahrenheit) above normal".
_DIFFERENCE_AFTER = _lazy(
    r"\)? (?:above|below|higher|lower|warmer|colder|cooler|more|less|up|down)\b"
)


def _value(number: str, scale: str | None) -> float:
    number = number.replace(",", "").replace("minus ", "-").replace("\u2212", "-")
    sign, word = (-1.0, number[1:]) if number.startswith("-") else (1.0, number)
    value = float(_EN_UNITS[word]) if word in _EN_UNITS else float(word)
    return sign * value * (_EN_SCALES[scale] if scale else 1.0)


def _unit(match: re.Match[str], side: str) -> str:
    return next(k for k in _UNITS if match.group(f"{k}_{side}"))


def _expected(
    value: float, source: str, target: str, per: bool, difference: bool = False
) -> float | None:
    kind, _, size = _UNITS[source]
    if _UNITS[target][0] != kind or source == target:
        return None
    if kind == "temperature" and difference:
        # "1.2 degrees Celsius (2.2 degrees Fahrenheit) above normal": a
        # difference of temperatures scales, with no offset
        return value * 9 / 5 if source == "c" else value * 5 / 9
    if kind == "temperature":
        return value * 9 / 5 + 32 if source == "c" else (value - 32) * 5 / 9
    factor = size / _UNITS[target][2]
    # "120 people per square kilometre, 310 per square mile": a density turns the other way
    return value / factor if per else value * factor


def _holds(
    said: float, expected: float, hedged: bool, digits: str, scale: float, kind: str
) -> bool:
    if hedged:
        return abs(said - expected) <= 0.06 * abs(expected) + 0.5 * scale
    if kind == "temperature":
        return abs(said - expected) <= 1.0  # 33°C is 91°F (91.4), not 93°F
    # the English rounds the conversion to the digits it gives: within one
    # unit of its last digit, or 1% (a conversion rounded again)
    return abs(said - expected) <= max(last_place(digits) * scale, 0.01 * abs(expected))


def english_conversions(
    en_text: str, en_lowered: str, en: list[Number]
) -> tuple[list[str], list[Number]]:
    """Findings for the English's own conversions that do not hold, and the
    English numbers with each conversion that holds taken as no number of
    its own (strict=False: the Chinese need not give it)."""
    if not _ANY_TO.search(en_lowered):
        return [], en
    messages: list[str] = []
    converted: list[float] = []
    at = 0
    while (m := _CONVERSION.search(en_lowered, at)) is not None:
        # (a conversion may be converted again: "45 hectares, about 111 acres or 675 mu")
        chained, at = m.start() == at > 0, m.start("n_b")
        source, target = _unit(m, "a"), _unit(m, "b")
        if target not in _TO and source not in _TO:
            continue
        if m["joint"] == ", " and _COMPARED_AFTER.match(en_lowered, m.end()):
            continue  # "15 tonnes per hectare, about 500 kg more": a change, no conversion
        per = " per " in m[0]
        difference = _DIFFERENCE_AFTER.match(en_lowered, m.end()) is not None
        first_value = _value(m["n_a"], m["s_a"])
        expected = _expected(first_value, source, target, per, difference)
        if expected is None:
            continue
        said = _value(m["n_b"], m["s_b"])
        digits = m["n_b"].replace(",", "").removeprefix("minus ").lstrip("-\u2212")
        digits = str(_EN_UNITS.get(digits, digits))  # "nine square miles": to the unit
        scale = _EN_SCALES[m["s_b"]] if m["s_b"] else 1.0
        # (a difference of temperatures is as exact as its digits, as other units are)
        kind = "difference" if difference else _UNITS[source][0]
        # (mu in the bracket is the Chinese figure: the first is the conversion)
        kept = target in _SOURCE_KEPT and not chained
        if not _holds(said, expected, bool(m["hedge"]), digits, scale, kind):
            # (lower() keeps the offsets of the text a PO file holds)
            text = en_text if len(en_text) == len(en_lowered) else en_lowered
            first, second = text[m.start() : m.start("joint")], text[m.start("n_b") : m.end()]
            if kept:
                expected = _expected(said, target, source, per, difference) or 0.0
                first, second = second, first
            shown = f"{round(expected):,}" if abs(expected) >= 1000 else f"{expected:.3g}"
            messages.append(f"{second!r} in the English is not {first!r} converted (about {shown})")
        converted.append(said)
        if kept:
            converted.append(first_value)
    if converted:
        # (the conversion, right or not, is no number the Chinese must give)
        en = [n._replace(strict=False) if any(close(n.value, v) for v in converted) else n
              for n in en]  # fmt: skip
    return messages, en
