from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner

from bilingual.catalog import build_header, read_po, write_po
from bilingual.cli import cli
from bilingual.draft import draft
from bilingual.export.tmx import render_tmx
from bilingual.memory import Memory, read_tmx, reviewed_pairs, sentence_pairs
from bilingual.model import Catalog, State, Unit

REVIEWED = Catalog("old", (
    Unit("p1", "技术合同成交总额突破400亿元。", "Technology contract turnover exceeded RMB 40 billion.", State.REVIEWED),
    Unit("p2", "全省科技进步贡献率提高到55.5%。科技事业日新月异。",
         "The contribution rate rose to 55.5%. Science changed rapidly.", State.REVIEWED,
         provenance=("aligned: 1-1 score 0.80", "sentences: [0]:[0] [1]:[1]")),
    Unit("p3", "这一段还没有审校。", "Not reviewed yet.", State.NEEDS_REVIEW),
))  # fmt: skip


def memory() -> Memory:
    return Memory(reviewed_pairs([("old", REVIEWED)]))


def test_memory_holds_reviewed_paragraphs_and_recorded_sentences():
    m = memory()
    assert len(m) == 4  # two paragraphs, two sentences; the unreviewed unit is not memory
    assert m.exact("技術合同成交總額突破400億元。").target.startswith(
        "Technology contract"
    )  # Traditional
    assert m.exact("科技事业日新月异。").target == "Science changed rapidly."
    assert m.exact("这一段还没有审校。") is None
    assert sentence_pairs(REVIEWED.units[1]) == [
        ("全省科技进步贡献率提高到55.5%。", "The contribution rate rose to 55.5%."),
        ("科技事业日新月异。", "Science changed rapidly."),
    ]


def test_fuzzy_match_scores_and_threshold():
    m = memory()
    hit = m.fuzzy("技术合同成交总额突破500亿元。", 75)
    assert hit is not None and 80 <= hit.score < 100 and hit.origin == "old/p1"
    assert m.fuzzy("完全不同的一句话，没有相似之处。", 75) is None
    assert m.fuzzy("技术合同成交总额突破500亿元。", 99) is None


def test_draft_fills_only_empty_units_in_memory_order():
    new = Catalog("new", (
        Unit("a", "技术合同成交总额突破400亿元。"),
        Unit("b", "科技事业日新月异。全省科技进步贡献率提高到55.5%。"),
        Unit("c", "技术合同成交总额突破500亿元。"),
        Unit("d", "完全没有见过的段落。"),
        Unit("e", "技术合同成交总额突破400亿元。", "A translator's own English.", State.NEEDS_REVIEW),
    ))  # fmt: skip
    drafted, report = draft(new, memory())
    a, b, c, d, e = drafted.units
    assert (report.exact, report.sentences, report.fuzzy, report.machine, report.left) == (
        1,
        1,
        1,
        0,
        1,
    )
    assert a.state is State.DRAFT and a.provenance[0] == "draft: tm exact old/p1"
    assert b.target == "Science changed rapidly. The contribution rate rose to 55.5%."
    assert b.provenance[0] == "draft: tm sentences exact"
    assert c.provenance[0].startswith("draft: tm ") and c.provenance[0].endswith("% old/p1")
    assert d.state is State.UNTRANSLATED and not d.target
    assert e == new.units[4]  # never overwritten


def test_tmx_export_feeds_the_memory_back(tmp_path: Path):
    path = tmp_path / "old.tmx"
    path.write_text(render_tmx(REVIEWED, "old"), encoding="utf-8")
    pairs = read_tmx(path)
    assert (
        "技术合同成交总额突破400亿元。",
        "Technology contract turnover exceeded RMB 40 billion.",
    ) in [p[:2] for p in pairs]
    assert Memory(pairs).exact("科技事业日新月异。").target == "Science changed rapidly."


def test_draft_command_and_drafts_stay_unpublished(tmp_path: Path):
    ws = tmp_path / "ws"
    (ws / "articles").mkdir(parents=True)
    locale = ws / "locales/en/LC_MESSAGES"
    write_po(locale / "old.po", replace(REVIEWED, header=build_header("old", None)))
    write_po(
        locale / "new.po",
        Catalog(
            "new", (Unit("a", "技术合同成交总额突破400亿元。"),), header=build_header("new", None)
        ),
    )
    result = CliRunner().invoke(cli, ["-C", str(ws), "draft", "new"])
    assert result.exit_code == 0, result.output
    assert (
        "new: 1 exact, 0 from sentences, 0 fuzzy, 0 machine; 0 left untranslated"
        in result.output.splitlines()
    )
    unit = read_po((locale / "new.po").read_text(encoding="utf-8"), "new.po", "new").units[0]
    assert unit.state is State.DRAFT
    assert "#, fuzzy" in (locale / "new.po").read_text(encoding="utf-8")
    CliRunner().invoke(cli, ["-C", str(ws), "export"])
    assert "Technology contract" not in (ws / "site/new/en.html").read_text(encoding="utf-8")
