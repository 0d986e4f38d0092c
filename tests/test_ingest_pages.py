"""Real-shaped pages (benchmarks/ingest_pages.py writes them): every page read right.

The same pages are the ingest benchmark's (benchmarks/ingest_accuracy.py);
this test keeps what it measures from sliding back.
"""

import json
from pathlib import Path

import pytest

from bilingual.ingest import read_article
from bilingual.model import Lang
from bilingual.normalize import clean

PAGES = Path(__file__).parent / "fixtures"
GOLD = sorted([*PAGES.glob("ingest/*.gold.json"), *PAGES.glob("ingest-heldout/*.gold.json")])


def test_there_are_enough_pages_and_templates():
    zh = [g for g in GOLD if json.loads(g.read_text(encoding="utf-8"))["lang"] == "zh"]
    templates = {g.name.rsplit("-", 1)[0] for g in zh}
    assert len(zh) >= 24 and len(templates) >= 8
    en = {g.name.rsplit("-", 1)[0] for g in GOLD} - templates
    assert len(GOLD) - len(zh) >= 12 and len(en) >= 4


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_page_reads_as_a_person_reads_it(gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    stem = gold_path.name.removesuffix(".gold.json")
    page = next(p for p in gold_path.parent.glob(stem + ".*") if not p.name.endswith(".json"))
    lang = Lang.ZH if gold["lang"] == "zh" else Lang.EN
    article = read_article(page.read_bytes(), page.name, "a", lang)
    got = (article.title, article.date, article.author, article.source)
    assert got == tuple(clean(gold[k]) for k in ("title", "date", "author", "source"))
    assert [p.text for p in article.paragraphs] == [clean(p) for p in gold["body"]]
    if lang is Lang.ZH:
        assert article.script == (
            "zh-Hant" if stem.startswith(("gov-cn-big5", "hong-kong", "taiwan")) else "zh-Hans"
        )
