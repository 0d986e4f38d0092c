"""Translation memory: reviewed pairs from every catalog, found again exactly or fuzzily.

The memory holds paragraph pairs (reviewed units) and sentence pairs (the
sentence beads the aligner recorded on reviewed units, ``#. sentences:``),
and can take pairs from a TMX file. Sources are compared in matching form
(:func:`bilingual.normalize.for_matching`); fuzzy matches are scored with
rapidfuzz's normalized Levenshtein ratio (0 to 100) over Chinese characters,
looking only at entries of similar length, so a lookup stays fast with a
hundred thousand entries.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bilingual.errors import InputError
from bilingual.files import read_bytes
from bilingual.model import TITLE_ID, Catalog, State, Unit, merged_units
from bilingual.normalize import for_matching
from bilingual.segment import split_en, split_zh


@dataclass(frozen=True)
class Match:
    """A memory hit: the English, how close the source was (100 = exact), where it came from."""

    target: str
    score: float
    origin: str


def sentence_pairs(unit: Unit) -> list[tuple[str, str]]:
    """The unit's recorded sentence beads as text pairs (none without a record)."""
    from bilingual.align.evaluate import parse_beads

    record = next((p for p in unit.provenance if p.startswith("sentences: ")), "")
    if not record or not unit.target:
        return []
    try:
        beads = parse_beads(record.removeprefix("sentences: ").replace(" ", "\n"))
    except InputError:
        return []
    zh, en = split_zh(unit.source), split_en(unit.target.replace("\n", " "))
    return [
        ("".join(zh[i] for i in b.src), " ".join(en[j] for j in b.tgt))
        for b in beads
        if b.src and b.tgt and max(b.src) < len(zh) and max(b.tgt) < len(en)
    ]


class Memory:
    """Exact and fuzzy lookup over (source, target, origin) pairs."""

    def __init__(self, pairs: Iterable[tuple[str, str, str]] = ()):
        self._exact: dict[str, tuple[str, str]] = {}
        for source, target, origin in pairs:
            self._exact.setdefault(for_matching(source), (target, origin))
        self._keys = sorted(self._exact, key=len)
        self._lengths = [len(k) for k in self._keys]

    def __len__(self) -> int:
        return len(self._exact)

    def exact(self, source: str) -> Match | None:
        hit = self._exact.get(for_matching(source))
        return Match(hit[0], 100.0, hit[1]) if hit else None

    def fuzzy(self, source: str, threshold: float) -> Match | None:
        """The closest entry scoring at least ``threshold`` (0-100), or None."""
        from rapidfuzz import fuzz, process

        key = for_matching(source)
        # An entry can only reach the threshold if its length is close enough.
        slack = max(1, int(len(key) * (100 - threshold) / 100) + 1)
        lo = bisect_left(self._lengths, len(key) - slack)
        hi = bisect_right(self._lengths, len(key) + slack)
        if lo >= hi:
            return None
        best = process.extractOne(key, self._keys[lo:hi], scorer=fuzz.ratio, score_cutoff=threshold)
        if best is None:
            return None
        target, origin = self._exact[best[0]]
        return Match(target, round(best[1], 1), origin)


def reviewed_pairs(catalogs: Iterable[tuple[str, Catalog]]) -> list[tuple[str, str, str]]:
    """Paragraph and sentence pairs of every reviewed unit, with where they came from."""
    pairs = []
    for slug, catalog in catalogs:
        for unit in merged_units(catalog.units):
            if unit.state is not State.REVIEWED or unit.id == TITLE_ID:
                continue
            pairs.append((unit.source, unit.target, f"{slug}/{unit.id}"))
            pairs += [(zh, en, f"{slug}/{unit.id}") for zh, en in sentence_pairs(unit)]
    return pairs


def read_tmx(path: Path, shown: str | None = None) -> list[tuple[str, str, str]]:
    """Pairs from a TMX file (Chinese source, English target)."""
    from lxml import etree

    name = shown or str(path)
    try:
        root = etree.fromstring(read_bytes(path), etree.XMLParser(resolve_entities=False))
    except etree.XMLSyntaxError as exc:
        raise InputError(f"malformed TMX: {exc.msg}", name, exc.lineno) from None
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    pairs = []
    for tu in root.iter("tu"):
        texts = {}
        for tuv in tu.iter("tuv"):
            code = (tuv.get(lang) or tuv.get("lang") or "").lower()
            texts[code[:2]] = (
                "".join(tuv.find("seg").itertext()) if tuv.find("seg") is not None else ""
            )
        if texts.get("zh") and texts.get("en"):
            pairs.append((texts["zh"], texts["en"], f"{path.name}:{tu.sourceline}"))
    return pairs
