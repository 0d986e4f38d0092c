"""TMX 1.4b of an article's reviewed pairs: one paragraph unit per pair, and one
sentence unit per sentence bead the aligner recorded (``#. sentences: …``)."""

from __future__ import annotations

from lxml import etree

from bilingual import __version__
from bilingual.memory import sentence_pairs
from bilingual.model import TITLE_ID, Catalog, State, merged_units

_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def render_tmx(catalog: Catalog, slug: str) -> str:
    tmx = etree.Element("tmx", version="1.4")
    etree.SubElement(tmx, "header", {
        "creationtool": "bilingual", "creationtoolversion": __version__, "segtype": "paragraph",
        "o-tmf": "PO", "adminlang": "en", "srclang": catalog.source_language,
        "datatype": "plaintext",
    })  # fmt: skip
    body = etree.SubElement(tmx, "body")
    lang = catalog.source_language
    # A pair a translator merged carries the Chinese of the units given with it.
    for unit in merged_units(catalog.units):
        if unit.state is not State.REVIEWED:
            continue
        english = unit.target.replace("\n", " ")
        _tu(body, f"{slug}/{unit.id}", "paragraph", unit.source, english, lang)
        if unit.id == TITLE_ID:
            continue
        pairs = sentence_pairs(unit)
        if pairs == [(unit.source, english)]:
            continue  # a one-sentence paragraph: its sentence unit would repeat it
        for k, (zh, en) in enumerate(pairs):
            _tu(body, f"{slug}/{unit.id}/{k}", "sentence", zh, en, lang)
    xml = etree.tostring(tmx, encoding="unicode", pretty_print=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n' + xml


def _tu(body: etree._Element, tuid: str, segtype: str, zh: str, en: str, zh_lang: str) -> None:
    tu = etree.SubElement(body, "tu", tuid=tuid, segtype=segtype)
    for lang, text in ((zh_lang, zh), ("en", en)):
        tuv = etree.SubElement(tu, "tuv")
        tuv.set(_LANG, lang)
        etree.SubElement(tuv, "seg").text = text
