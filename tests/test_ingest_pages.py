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


def test_an_original_headline_is_metadata_not_text(tmp_path: Path):
    from click.testing import CliRunner

    from bilingual.cli import cli

    page = PAGES / "ingest" / "newspaper-1.html"
    article = read_article(page.read_bytes(), page.name, "a", Lang.ZH)
    assert article.original_title == "长白山保护开发区——加强生态环境保护"
    assert not any(p.text.startswith("原题") for p in article.paragraphs)
    folder = tmp_path / "ws" / "articles" / "a"
    folder.mkdir(parents=True)
    (folder / "zh.html").write_bytes(page.read_bytes())
    assert CliRunner().invoke(cli, ["-C", str(tmp_path / "ws"), "ingest"]).exit_code == 0
    po = (tmp_path / "ws" / "locales/en/LC_MESSAGES/a.po").read_text(encoding="utf-8")
    assert '"X-Source-Original-Title: 长白山保护开发区——加强生态环境保护\\n"' in po
    other = read_article(
        b"<h1>\xe6\xa0\x87\xe9\xa2\x98</h1><p>"
        + "会议在长春召开，代表们讨论了创新。".encode()
        + b"</p>",
        "x.html",
        "a",
        Lang.ZH,
    )
    assert other.original_title == ""


def test_a_mirror_s_pinyin_glosses_are_not_text():
    # Some mirror sites gloss Traditional characters with pinyin in brackets.
    html = (
        "<html><head><title>吉林新觀察</title></head><body><h1>吉林新觀察</h1>"
        "<p>全省地區(qū)生產(chǎn)總值同比增長7.7%，高於全國平均水平2.2個(gè)百分點(diǎn)。</p>"
        "<p>玉米(Zea mays)長勢好於常年（見附表(一)）。</p></body></html>"
    )
    article = read_article(html.encode(), "mirror.html", "a", Lang.ZH)
    first, second = (p.text for p in article.paragraphs)
    assert first == "全省地區生產總值同比增長7.7%，高於全國平均水平2.2個百分點。"
    assert (
        second == "玉米(Zea mays)長勢好於常年（見附表(一)）。"
    )  # brackets that are not pinyin stay

    from bilingual.numbers import zh_numbers

    assert [(n.value, n.kind) for n in zh_numbers(first)] == [(7.7, "percent"), (2.2, "points")]
