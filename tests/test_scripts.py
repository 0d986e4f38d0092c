"""Script-blind: a Traditional page behaves exactly as its Simplified copy."""

import json
import shutil
from pathlib import Path

import opencc
import pytest
from click.testing import CliRunner
from lxml import html

from bilingual import pipeline
from bilingual.catalog import read_po
from bilingual.checks import Context, check_unit
from bilingual.cli import cli
from bilingual.glossary import Glossary, Term
from bilingual.ingest import is_chrome, parse_meta_line, read_article
from bilingual.model import Lang, State, Unit
from bilingual.review.server import render_page
from bilingual.review.session import ReviewSession
from bilingual.workspace import Workspace
from tests.conftest import EXAMPLE_SLUG as SLUG
from tests.conftest import ROOT, approve_all

TO_TRADITIONAL = opencc.OpenCC("s2t")


@pytest.fixture(scope="module")
def both(tmp_path_factory) -> tuple[Workspace, Workspace]:
    """The example ingested twice: as written, and with its Chinese converted to Traditional."""
    out = []
    for script in ("simplified", "traditional"):
        root = tmp_path_factory.mktemp(script) / "ws"
        shutil.copytree(ROOT / "articles", root / "articles")
        shutil.copy(ROOT / "glossary.csv", root / "glossary.csv")
        if script == "traditional":
            page = root / "articles" / SLUG / "zh.html"
            page.write_text(
                TO_TRADITIONAL.convert(page.read_text(encoding="utf-8")), encoding="utf-8"
            )
        ws = Workspace(root)
        pipeline.ingest_all(ws, [SLUG])
        out.append(ws)
    return out[0], out[1]


def _catalog(ws: Workspace):
    path = ws.catalog_path(SLUG)
    return read_po(path.read_text(encoding="utf-8"), str(path), SLUG)


def _score(unit: Unit) -> tuple[str, float]:
    line = next(p for p in unit.provenance if p.startswith("aligned:"))
    shape, _, score = line.removeprefix("aligned: ").partition(" score ")
    return shape, float(score or 0)


def test_traditional_gets_the_same_beads_scores_and_ids(both):
    simplified, traditional = (_catalog(ws) for ws in both)
    assert [u.id for u in traditional.units] == [u.id for u in simplified.units]
    assert [u.source for u in traditional.units] != [u.source for u in simplified.units]
    for s, t in zip(simplified.units, traditional.units, strict=True):
        assert t.target == s.target
        (s_shape, s_score), (t_shape, t_score) = _score(s), _score(t)
        assert t_shape == s_shape and abs(t_score - s_score) <= 0.02
        assert [p for p in t.provenance if p.startswith("sentences:")] == [
            p for p in s.provenance if p.startswith("sentences:")
        ]
    assert simplified.source_language == "zh-Hans" and traditional.source_language == "zh-Hant"


def test_traditional_gets_the_same_findings(both):
    runs = [
        CliRunner().invoke(cli, ["-C", str(ws.root), "check", "--format", "json"]) for ws in both
    ]
    simplified, traditional = (json.loads(r.stdout)["findings"] for r in runs)
    assert [(f["msgctxt"], f["check"]) for f in traditional] == [
        (f["msgctxt"], f["check"]) for f in simplified
    ]
    assert any(
        f["check"] == "glossary-forbidden" for f in traditional
    )  # 党的十八大 → 黨的十八大 found


def test_traditional_pages_are_labelled_zh_hant_everywhere(both):
    _, ws = both
    approve_all(ws, SLUG)
    assert CliRunner().invoke(cli, ["-C", str(ws.root), "export"]).exit_code == 0
    site = ws.root / "site" / SLUG
    parallel = html.parse(str(site / "index.html")).getroot()
    assert set(parallel.xpath("//div[@class='zh']/@lang")) == {"zh-Hant"}
    assert html.parse(str(site / "zh.html")).getroot().get("lang") == "zh-Hant"
    assert 'srclang="zh-Hant"' in (site / f"{SLUG}.tmx").read_text(encoding="utf-8")
    assert 'srcLang="zh-Hant"' in (site / f"{SLUG}.xlf").read_text(encoding="utf-8")
    manifest = json.loads((ws.root / "site" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["articles"][0]["source_language"] == "zh-Hant"
    page = render_page(
        ReviewSession(ws, SLUG), Glossary([Term("雨林计划", "rain forest program")]), "t"
    )
    doc = html.fromstring(page)
    assert "雨林計劃" in [m.text for m in doc.iter("mark")]  # the Simplified glossary marks it


def test_the_script_can_be_set_for_a_workspace(tmp_path: Path):
    root = tmp_path / "ws"
    (root / "articles" / "a").mkdir(parents=True)
    (root / "articles" / "a" / "zh.txt").write_text(
        "会议在长春召开。\n\n代表们讨论了创新。\n", encoding="utf-8"
    )
    (root / "bilingual.toml").write_text('[ingest]\nscript = "zh-Hant"\n', encoding="utf-8")
    assert CliRunner().invoke(cli, ["-C", str(root), "ingest"]).exit_code == 0
    assert '"X-Source-Language: zh-Hant\\n"' in (root / "locales/en/LC_MESSAGES/a.po").read_text(
        encoding="utf-8"
    )


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("技術合同成交總額突破400億元。", "Technology contract turnover exceeded RMB 40 billion."),
        ("總額達到24.7億元。", "The total reached 2.47 billion yuan."),
        ("兩萬人參加了活動。", "Twenty thousand people took part."),
        ("投資壹佰貳拾萬元。", "An investment of 1.2 million yuan."),
        ("增長１２．５％。", "It grew by 12.5%."),
        ("人民幣叄佰肆拾伍萬元。", "RMB 3.45 million."),
        ("參加會議的隊伍來自大陸各地。", "Teams from all over the mainland attended the meeting."),
    ],
)
def test_traditional_and_financial_numerals_are_read(zh, en):
    found = check_unit(Unit("p1", zh, en, State.REVIEWED), Context(Glossary([])))
    assert [f.message for f in found if f.check == "numbers"] == []


def test_a_wrong_traditional_number_is_still_an_error():
    found = check_unit(Unit("p1", "總額突破400億元。", "The total exceeded RMB 400 million.", State.REVIEWED),
                       Context(Glossary([])))  # fmt: skip
    assert [f.check for f in found] == ["numbers", "numbers"]


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("發布時間：2018-04-11 09:42 來源：吉林日報 作者：王曉", {"date": "2018-04-11 09:42", "source": "吉林日報", "author": "王曉"}),
        ("2018-04-09 08:15 来源：吉林日报 作者：杜伟 | 责编:刘征宇", {"date": "2018-04-09 08:15", "source": "吉林日报", "author": "杜伟"}),
        ("發佈日期：２０１８年４月１１日　責任編輯：李明　稿源：新華社", {"date": "2018-04-11", "source": "新華社"}),
    ],
)  # fmt: skip
def test_metadata_labels_in_both_scripts(line, fields):
    assert parse_meta_line(line) == fields


@pytest.mark.parametrize(
    "text",
    ["【字號 大 中 小】【列印】【關閉】", "責任編輯：劉征宇", "首頁 > 新聞中心", "[Print] [Close]", "Share to",
     "原题：吉林全力推进科技创新", "上一篇：吉林召開科技大會", "版權所有 吉林省人民政府"],
)  # fmt: skip
def test_chrome_in_both_scripts_and_in_english(text):
    assert is_chrome(text)


def test_pinyin_inserted_by_a_mirror_is_removed_and_reported():
    page = ("<html><body><h1>吉林省創(chuàng)新驅(qū)動發展</h1>"
            "<p>吉林省將堅(jiān)定實施創(chuàng)新驅(qū)動發展戰略，加快建設科技強省。</p></body></html>")  # fmt: skip
    article = read_article(page.encode("utf-8"), "mirror.html", "a", Lang.ZH)
    assert article.title == "吉林省創新驅動發展"
    assert article.paragraphs[0].text == "吉林省將堅定實施創新驅動發展戰略，加快建設科技強省。"
    assert article.warnings == (
        "mirror.html: pinyin after 5 characters removed (a mirror's annotation)",
    )
    plain = read_article(
        "<p>中国(ok)公司的网站今天上线，内容丰富多彩。</p>".encode(), "x.html", "a", Lang.ZH
    )
    assert "(ok)" in plain.paragraphs[0].text and not plain.warnings


def test_characters_lost_in_re_encoding_are_reported_with_the_paragraph(tmp_path: Path):
    root = tmp_path / "ws"
    (root / "articles" / "a").mkdir(parents=True)
    (root / "articles" / "a" / "zh.txt").write_text(
        "会议在长春召开。\n\n代表们讨论了??????的发展。\n", encoding="utf-8"
    )
    result = CliRunner().invoke(cli, ["-C", str(root), "ingest"])
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "characters lost as '们讨论了??????'" not in warnings[0]
    assert (
        warnings[0].startswith("warning: articles/a/zh.txt: p")
        and "fetch the page again" in warnings[0]
    )


def test_every_character_the_number_rules_use_is_read_in_traditional_too():
    import re

    from bilingual import checknumbers, checkworked, numbers

    # every module of the package but the folding table itself
    source = "".join(
        path.read_text(encoding="utf-8")
        for path in sorted(Path(numbers.__file__).parent.glob("*.py"))
    )
    table_start = source.index("_NUMERALS = str.maketrans(")
    rules = source[:table_start] + source[source.index(")", table_start) :]
    # the numbers check's own rules read the same folded text
    rules += Path(checknumbers.__file__).read_text(encoding="utf-8")
    rules += Path(checkworked.__file__).read_text(encoding="utf-8")
    for char in sorted(set(re.findall("[\u4e00-\u9fff]", rules))):
        traditional = TO_TRADITIONAL.convert(char)
        assert numbers.zh_fold(traditional) == numbers.zh_fold(char), (char, traditional)


def _pairs():
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from ingest_pages import EN, ZH

    return list(zip(ZH, EN, strict=True))


@pytest.mark.parametrize("index", range(9))
def test_every_fixture_pair_aligns_the_same_in_traditional(tmp_path: Path, index: int):
    (title, _, _, _, zh_paras), (en_title, _, _, _, en_paras) = _pairs()[index]
    catalogs = []
    for script, convert in (("hans", str), ("hant", TO_TRADITIONAL.convert)):
        root = tmp_path / script
        folder = root / "articles" / "a"
        folder.mkdir(parents=True)
        (folder / "zh.md").write_text(
            convert(f"# {title}\n\n" + "\n\n".join(zh_paras)) + "\n", encoding="utf-8"
        )
        (folder / "en.md").write_text(
            f"# {en_title}\n\n" + "\n\n".join(en_paras) + "\n", encoding="utf-8"
        )
        pipeline.ingest_all(Workspace(root), ["a"])
        path = root / "locales/en/LC_MESSAGES/a.po"
        catalogs.append(read_po(path.read_text(encoding="utf-8"), str(path), "a"))
    hans, hant = catalogs
    assert [u.id for u in hant.units] == [u.id for u in hans.units]
    for s, t in zip(hans.units, hant.units, strict=True):
        assert t.target == s.target
        (s_shape, s_score), (t_shape, t_score) = _score(s), _score(t)
        assert t_shape == s_shape and abs(t_score - s_score) <= 0.02
    findings = [sorted((f.check, f.unit_id) for u in c.units for f in check_unit(u, Context(Glossary([]))))
                for c in catalogs]  # fmt: skip
    assert findings[0] == findings[1]
