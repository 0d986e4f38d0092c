"""XLIFF 2.1 of an article's reviewed pairs, one unit per paragraph."""

from __future__ import annotations

from lxml import etree

from bilingual import __version__
from bilingual.model import Catalog, State

NS = "urn:oasis:names:tc:xliff:document:2.0"


def render_xliff(catalog: Catalog, slug: str) -> str:
    q = f"{{{NS}}}"
    root = etree.Element(
        q + "xliff", nsmap={None: NS}, version="2.1", srcLang=catalog.source_language, trgLang="en"
    )
    file = etree.SubElement(root, q + "file", id=slug, original=f"locales/en/LC_MESSAGES/{slug}.po")
    notes = etree.SubElement(file, q + "notes")
    etree.SubElement(notes, q + "note", category="generator").text = f"bilingual {__version__}"
    for unit in catalog.units:
        if unit.state is not State.REVIEWED:
            continue
        element = etree.SubElement(file, q + "unit", id=unit.id)
        segment = etree.SubElement(element, q + "segment", state="reviewed")
        # The English keeps its paragraphs apart with a line break: readers
        # would fold it into a space without xml:space="preserve".
        for name, text in (("source", unit.source), ("target", unit.target)):
            element = etree.SubElement(segment, q + name)
            element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            element.text = text
    xml = etree.tostring(root, encoding="unicode", pretty_print=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + xml
