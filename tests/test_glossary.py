from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from bilingual.cli import cli
from bilingual.errors import InputError
from bilingual.glossary import (
    Glossary,
    Term,
    load_glossary,
    parse_tbx,
    read_glossary,
    render_csv,
    render_tbx,
    terms_or_error,
)
from bilingual.model import Severity
from tests.conftest import ROOT

HEADER = "zh,en,forbidden,type,case,note\n"


def problems(text: str) -> list[tuple[int, str, str]]:
    return [(p.line, str(p.severity), p.message) for p in read_glossary(text, "g.csv")[1]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("雨林计划,rain forest program,,,,\n", []),
        (
            "雨林计划,rain forest program,,,,\n雨林计划,rain forest program,,,,\n",
            [(3, "warning", "duplicate of line 2 (雨林计划)")],
        ),
        (
            "雨林计划,rain forest program,,,,\n雨林計劃,rainforest plan,,,,\n",
            [
                (
                    3,
                    "error",
                    "conflicting entry: 雨林計劃 is 'rain forest program' on line 2 and 'rainforest plan' here",
                )
            ],
        ),
        (",rain forest program,,,,\n", [(2, "error", "empty zh cell")]),
        ("雨林计划,,,,,\n", [(2, "error", "empty en cell")]),
        ("雨林计划,x,,kind,,\n", [(2, "error", "type 'kind' is not one of term, name, verbatim")]),
        (
            "雨林计划,x,,term,upper,\n",
            [(2, "error", "case 'upper' is not one of sensitive, insensitive")],
        ),
        ("雨林计划,x,,,,,extra\n", [(2, "error", "7 cells but the header has 6")]),
        (
            "党的十八大,18th CPC National Congress,National Congress,name,,\n",
            [
                (
                    2,
                    "error",
                    "forbidden rendering 'National Congress' is part of the approved '18th CPC National Congress'",
                )
            ],
        ),
    ],
)
def test_validation_reports_each_problem_with_its_line(body, expected):
    assert problems(HEADER + body) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty glossary"),
        ("zh,english\n", "unknown column 'english'"),
        ("zh,note\n", "missing column 'en'"),
    ],
)
def test_header_problems(text, message):
    (p,) = [x for x in read_glossary(text, "g.csv")[1] if message in x.message]
    assert (p.line, p.severity) == (1, Severity.ERROR)


def test_bom_and_column_order_are_fine():
    terms, found = read_glossary("\ufeffen,zh\nrain forest program,雨林计划\n", "g.csv")
    assert found == [] and terms == [Term("雨林计划", "rain forest program")]


def test_defaults_for_case_follow_the_type():
    terms, _ = read_glossary(HEADER + "a,A,,name,,\nb,B,,term,,\nc,C,,verbatim,,\n", "g.csv")
    assert [t.case for t in terms] == ["sensitive", "insensitive", "sensitive"]


def test_repository_glossary_is_valid_and_confirmed_against_the_seed():
    terms, found = load_glossary(ROOT / "glossary.csv")
    assert found == []
    seed = (ROOT / "articles" / "jilin-innovation-2018" / "en.txt").read_text(encoding="utf-8")
    g = Glossary(terms)
    zh = {t.zh for t in terms}
    assert {
        "123N+",
        "雨林计划",
        "党的十八大",
        "科技进步贡献率",
        "高新技术企业",
        "长春国家自主创新示范区",
    } <= zh
    for term in terms:
        if term.zh == "党的十八大":  # the seed gets this one wrong, which the checks report
            assert g.forbidden_in(term, seed) == ["18th NPC"]
        else:
            assert g.in_english(term, seed), term.en


def test_unreadable_glossary_is_an_error_with_file_and_line(tmp_path: Path):
    bad = tmp_path / "g.csv"
    bad.write_bytes(HEADER.encode() + b"\xff\xfe,x,,,,\n")
    with pytest.raises(InputError, match="not valid UTF-8") as info:
        load_glossary(bad)
    assert str(info.value).startswith(f"{bad}:2: ")
    bad.write_text(HEADER + ",x,,,,\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        terms_or_error(bad)
    assert str(info.value) == f"{bad}:2: empty zh cell"


# --- matching --------------------------------------------------------------------

TERMS = [
    Term("国家重点实验室", "State Key Laboratory"),
    Term(
        "长白山湿地与生态国家重点实验室",
        "Changbai Mountain Wetland and Ecology State Key Laboratory",
        type="name",
        case="sensitive",
    ),
    Term("高新技术企业", "high-tech enterprise"),
    Term("雨林计划", "rain forest program", ("rainforest plan",)),
    Term("123N+", "123N+", type="verbatim", case="sensitive"),
    Term("党的十八大", "18th CPC National Congress", ("18th NPC",), "name", "sensitive"),
]
G = Glossary(TERMS)


@pytest.mark.parametrize(
    ("zh", "found"),
    [
        ("推进长白山湿地与生态国家重点实验室建设", ["长白山湿地与生态国家重点实验室"]),
        ("新建国家重点实验室", ["国家重点实验室"]),
        ("啟動實施雨林計劃", ["雨林计划"]),
        ("实施“１２３Ｎ＋”发展战略", ["123N+"]),
        ("高新技术企业和高新技术企业", ["高新技术企业"]),
        ("没有术语", []),
    ],
)
def test_chinese_matching(zh, found):
    assert [t.zh for t in G.find(zh)] == found


@pytest.mark.parametrize(
    ("zh", "en", "present"),
    [
        ("高新技术企业", "The number of high-tech enterprises has doubled.", True),
        ("高新技术企业", "High-tech enterprise numbers doubled.", True),
        ("高新技术企业", "High tech enterprises doubled.", True),
        ("高新技术企业", "High-technology firms doubled.", False),
        ("国家重点实验室", "two state key laboratories", True),
        ("雨林计划", "the “Rain Forest Program”", True),
        ("雨林计划", "the rainforest plan", False),
        ("123N+", "the “123N+” strategy", True),
        ("123N+", "the 123N strategy", False),
        ("123N+", "the 123n+ strategy", False),
        ("党的十八大", "Since the 18th cpc national congress", False),
        (
            "长白山湿地与生态国家重点实验室",
            "Changbai Mountain Wetland and Ecology State Key Laboratory",
            True,
        ),
    ],
)
def test_english_matching(zh, en, present):
    (term,) = G.find(zh)
    assert G.in_english(term, en) is present


def test_forbidden_renderings():
    term = G.find("党的十八大")[0]
    assert G.forbidden_in(term, "Since the 18th NPC, the province") == ["18th NPC"]
    assert G.forbidden_in(term, "Since the 18th CPC National Congress") == []


# --- TBX ---------------------------------------------------------------------------


def test_tbx_round_trip_and_translate_toolkit_reads_it(tmp_path: Path):
    text = render_tbx(TERMS)
    assert parse_tbx(text, "g.tbx") == TERMS
    from translate.storage import tbx

    store = tbx.tbxfile.parsestring(text.encode("utf-8"))
    sources = [u.source for u in store.units]
    assert "雨林计划" in sources and len(sources) == len(TERMS)


def test_csv_round_trip():
    terms, found = read_glossary(render_csv(TERMS), "g.csv")
    assert found == [] and terms == TERMS


def test_malformed_tbx_is_an_error_with_line():
    with pytest.raises(InputError, match="malformed TBX") as info:
        parse_tbx("<martif>\n<text>\n</martif>", "g.tbx")
    assert str(info.value).startswith("g.tbx:3: ")


def test_cli_validate_and_export(tmp_path: Path):
    good = CliRunner().invoke(cli, ["glossary", "validate", str(ROOT / "glossary.csv")])
    assert good.exit_code == 0 and good.output.endswith("0 errors, 0 warnings\n")
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "雨林计划,a,,,,\n雨林计划,b,,,,\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["glossary", "validate", str(bad)])
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"{bad}:3: error: glossary: conflicting entry: 雨林计划 is 'a' on line 2 and 'b' here"
    )
    out = tmp_path / "g.tbx"
    export = CliRunner().invoke(
        cli, ["glossary", "export", str(ROOT / "glossary.csv"), "-o", str(out)]
    )
    assert export.exit_code == 0
    back = tmp_path / "g.csv"
    CliRunner().invoke(cli, ["glossary", "export", str(out), "-o", str(back)])
    assert back.read_text(encoding="utf-8") == (ROOT / "glossary.csv").read_text(encoding="utf-8")


_CHINESE = st.lists(
    st.sampled_from(
        [*"雨林计划長春國家发展 \u3000\n\r\t\x00\x85\u2028ＡＢ１２３Ｎ＋，。e\u0301", "123N+"]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_CHINESE, max_size=6))
def test_matching_many_texts_at_once_is_matching_each(texts):
    from bilingual.normalize import for_matching, for_matching_many

    assert for_matching_many(texts) == [for_matching(t) for t in texts]


@settings(max_examples=200, deadline=None)
@given(st.lists(_CHINESE, max_size=6))
def test_finding_terms_in_many_texts_at_once_is_finding_them_in_each(texts):
    terms = [Term("雨林计划", "rain forest program"), Term("长春", "Changchun"),
             Term("123N+", "123N+", type="verbatim", case="sensitive"), Term("国家", "state"),
             Term("国家发展", "national development")]  # fmt: skip
    one_by_one = [Glossary(terms).find(t) for t in texts]
    assert Glossary(terms).find_many(texts) == one_by_one


def test_a_parsed_glossary_is_kept_by_content(tmp_path: Path, monkeypatch):
    import bilingual.glossary as glossary

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = tmp_path / "glossary.csv"
    path.write_text("zh,en\n雨林计划,rain forest program\n雨林计划,rainforest plan\n", "utf-8")
    first = load_glossary(path, "glossary.csv")
    assert [p.line for p in first[1]] == [3]  # the conflict, kept with the terms

    def unused(*args):
        raise AssertionError("parsed again")

    monkeypatch.setattr(glossary, "read_glossary", unused)
    assert load_glossary(path, "glossary.csv") == first  # the same bytes: the kept parse
    path.write_text("zh,en\n雨林计划,rain forest program\n", "utf-8")
    with pytest.raises(AssertionError, match="parsed again"):
        load_glossary(path, "glossary.csv")  # other bytes: parsed
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    kept = glossary._kept(path.read_bytes(), "glossary.csv", "csv")
    load_glossary(path, "glossary.csv")
    kept.write_bytes(b"not a pickle")  # a damaged cache file is parsed over
    terms, problems = load_glossary(path, "glossary.csv")
    assert [t.en for t in terms] == ["rain forest program"] and problems == []
    assert load_glossary(path, "other.csv") == (terms, [])  # another name: its own entry
