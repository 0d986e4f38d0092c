import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from bilingual.catalog import build_header, write_po
from bilingual.checknumbers import number_messages
from bilingual.checks import CHECKS, Context, check_unit, consistency, run_checks
from bilingual.cli import cli
from bilingual.glossary import Glossary, Term
from bilingual.model import Catalog, State, Unit
from bilingual.numbers import Number
from tests.conftest import ROOT

GLOSSARY = Glossary([
    Term("雨林计划", "rain forest program", ("rainforest plan",)),
    Term("123N+", "123N+", type="verbatim", case="sensitive"),
    Term("党的十八大", "18th CPC National Congress", ("18th NPC",), "name", "sensitive"),
    Term("高新技术企业", "high-tech enterprise"),
])  # fmt: skip
CTX = Context(GLOSSARY)


def found(source: str, target: str, **unit) -> list[str]:
    u = Unit("p1", source, target, State.NEEDS_REVIEW if target else State.UNTRANSLATED, **unit)
    return [f.check for f in check_unit(u, CTX)]


@pytest.mark.parametrize(
    ("source", "target", "checks"),
    [
        # correct pairs that pofilter flags: value, not digits, decides
        ("技术合同成交总额超过400亿元。", "Technology contract turnover exceeded RMB 40 billion.", []),
        ("取得科研成果3500余项。", "More than 3,500 research results were obtained.", []),
        ("居全国第17位。", "It ranked 17th in the country.", []),
        ("贡献率由55.5%提高到61%。", "The rate rose from 55.5% to 61%.", []),
        ("提高了两个百分点。", "It rose by two percentage points.", []),
        ("2018年3月30日召开会议。", "The meeting was held on March 30, 2018.", []),
        ("3月30日召开会议。", "The meeting was held on 2018/03/30.", []),
        ("新建8个实验室。", "Eight laboratories will be built.", []),
        ("获奖四十五项。", "Forty-five awards were won.", []),
        ("启动实施“123N+”发展战略和“雨林计划”。", "Launch the “123N+” strategy and the “rain forest program”.", []),
        ("党的十八大以来，高新技术企业数量翻了一番。", "Since the 18th CPC National Congress, high-tech enterprises have doubled.", []),
        # two numbers of one value: each qualifier finds the English that agrees with it
        ("门票打七折。近三成企业参加。", "Tickets are 30% off. Nearly 30% of firms took part.", []),
        ("门票打五折。过半数企业复产。", "Tickets are 50% off. More than half of firms resumed.", []),
        ("第2018号通报。", "Bulletin No. 2018.", []),  # a number named, not a year
        ("第2018号通报。", "Bulletin No. 2019.", ["numbers", "numbers"]),
        ("门票打八折。三成企业参加。", "Tickets are 20% off. Nearly 30% of firms took part.", ["numbers"]),
        # seeded errors
        ("技术合同成交额达400亿元。", "Technology contracts reached 400 billion yuan.", ["numbers", "numbers"]),
        ("取得科研成果3500余项。", "It obtained 3,500 research results.", ["numbers"]),
        ("取得科研成果3500项。", "It obtained 3,600 research results.", ["numbers", "numbers"]),
        ("提高了两个百分点。", "It rose by two percent.", ["numbers", "numbers"]),
        ("2018年3月30日召开会议。", "The meeting was held on March 31, 2018.", ["numbers"]),
        ("居全国第17位。", "It ranked 17 in the country.", ["numbers", "numbers"]),
        ("新建8个实验室。", "Laboratories will be built.", ["numbers"]),
        ("启动“雨林计划”。", "Launch the rainforest plan.", ["glossary-term", "glossary-forbidden"]),
        ("实施“123N+”战略。", "Implement the 123N strategy.", ["verbatim"]),
        ("党的十八大以来", "Since the 18th NPC", ["glossary-term", "glossary-forbidden"]),
        ("会议召开。", "The meeting was held，as planned。", ["chinese-in-english"]),
        ("会议召开。", "The meeting 召开 was held.", ["chinese-in-english"]),
        ("启动“雨林计划”。", "Launch the rain forest program (雨林计划).", []),
        ("他在珲春工作。", "He works in Hunchun (延吉).", ["chinese-in-english"]),
        ("他在珲春工作。", "He works in (珲春).", ["chinese-in-english"]),
        ("会议召开。", "The meeting\u3000was held.", ["chinese-in-english"]),
        ("实施“123N+”战略。", "Implement the“123N+”strategy.", ["chinese-in-english"]),
        ("会议召开。", "The meeting\x0bwas held.", ["control-characters"]),
        ("会议召开。", "The meeting was held.\x00", ["control-characters"]),
        ("会议召开。", "The meeting  was held.", ["whitespace"]),
        ("会议召开。", " The meeting was held.", ["whitespace"]),
        ("会议召开。", "The meeting was held .", ["whitespace"]),
        ("会议召开。", "The \"meeting\" was “held”.", ["quote-style"]),
        ("全省科技战线砥砺奋进、携手前行，科技事业除旧布新、日新月异，取得了显著成绩。", "The province advanced.", ["length-ratio"]),
        ("如有疑问，请拨打省政务服务热线电话：0431-88906114。", "For enquiries, call the provincial government service hotline on 0431-88906114.", []),
        ("如有疑问，请拨打省政务服务热线电话：0431-88906114。", "Call 0431-88906114.", ["length-ratio"]),
        ("会议召开。", "", ["untranslated"]),
    ],
)  # fmt: skip
def test_checks_find_seeded_errors_and_pass_correct_units(source, target, checks):
    assert found(source, target) == checks


def test_length_ratio_leaves_out_what_the_english_carries_over_unchanged():
    from bilingual.checks import english_per_chinese

    zh = "如有疑问，请拨打省政务服务热线电话：0431-88906114。"  # 19 Chinese, 13 carried over
    en = "For enquiries, call the hotline on 0431-88906114."
    assert english_per_chinese(Unit("p1", zh, en)) == (len(en) - 13) / 19
    # a figure the English does not give is not carried over: it counts on the Chinese side
    assert english_per_chinese(Unit("p1", zh, "For enquiries, call the hotline.")) == 32 / 32
    # a short text with a long number: too little Chinese to judge
    assert (
        english_per_chinese(Unit("p1", "咨询电话：0431-88906114。", "Enquiries: 0431-88906114."))
        is None
    )
    # a figure carried over without its sign ("50.3" for 50.3%) is carried over too
    zh = "国家统计局公布全国制造业采购经理指数为50.3%。"
    en = "The NBS put the manufacturing PMI at 50.3."
    assert english_per_chinese(Unit("p1", zh, en)) == (len(en) - 4) / (len(zh) - 5)


def test_a_wire_headline_is_within_the_usual_length_but_an_omission_is_not():
    from bilingual.checks import length_message, usual_range

    usual = usual_range([3.7] * 20)  # news runs near 3.7 English characters per Chinese one
    # "Jilin's Q1-Q3 GDP up 5.1% y-o-y" runs at 0.39 of the median, and is complete
    assert length_message(0.39 * 3.7, usual) is None
    assert "short" in (length_message(0.3 * 3.7, usual) or "")
    assert "long" in (length_message(2.6 * 3.7, usual) or "")


def test_a_ratio_just_past_its_bound_is_not_printed_as_the_bound():
    from bilingual.checks import length_message

    # 8.84 against 8.8: one decimal would say "8.8 …, usually 8.8 or less"
    message = length_message(8.84, (1.0, 8.8)) or ""
    assert "(8.84 characters" in message and "usually 8.80 or less" in message
    assert "(9.5 characters" in (length_message(9.5, (1.0, 8.8)) or "")
    assert "(0.93 characters" in (length_message(0.93, (0.95, 8.8)) or "")


def test_every_check_has_a_case_above():
    names = {c.name for c in CHECKS} - {"consistency"}
    assert names == {"glossary-term", "glossary-forbidden", "verbatim", "numbers", "chinese-in-english",
                     "control-characters", "whitespace", "quote-style", "length-ratio",
                     "untranslated"}  # fmt: skip


def test_messages_are_one_sentence_naming_the_values():
    u = Unit(
        "p1", "取得科研成果3500余项。", "It obtained 3,500 research results.", State.NEEDS_REVIEW
    )
    (f,) = check_unit(u, CTX)
    assert f.message == "3500余 means more than 3,500, but the English says exactly ('3,500')"
    u = Unit("p1", "技术合同成交额达400亿元。", "It reached 400 billion yuan.", State.NEEDS_REVIEW)
    assert (
        check_unit(u, CTX)[0].message == "400亿 (40,000,000,000) has no counterpart in the English"
    )
    # years and decades are shown as they are written, without a thousands separator
    u = Unit("p1", "“90后”成为主力。", "People born in the 1980s lead.", State.NEEDS_REVIEW)
    assert "90后 (the 1990s) has no counterpart" in " ".join(f.message for f in check_unit(u, CTX))


def test_a_unit_can_silence_one_check():
    assert found(
        "会议召开。", "The meeting  was held，", comments=("bilingual-ignore: whitespace",)
    ) == ["chinese-in-english"]


def test_disabled_checks_do_not_run():
    u = Unit("p1", "会议召开。", "The meeting  was held.", State.REVIEWED)
    assert check_unit(u, CTX, frozenset({"whitespace"})) == []


def test_consistency_across_catalogs():
    a = Catalog("a", (Unit("p1", "会议召开。", "The meeting was held.", State.REVIEWED, line=5),))
    b = Catalog("b", (Unit("p2", "会议召开。", "The conference opened.", State.REVIEWED, line=9),
                      Unit("p3", "大会召开。", "The meeting was held.", State.REVIEWED, line=14)))  # fmt: skip
    findings = consistency([("a.po", a), ("b.po", b)])
    messages = sorted((f.file, f.line, f.message) for f in findings)
    assert messages == [
        ("a.po", 5, "the same Chinese is translated differently at b.po:9"),
        ("a.po", 5, "the same English is used for different Chinese at b.po:14"),
        ("b.po", 9, "the same Chinese is translated differently at a.po:5"),
        ("b.po", 14, "the same English is used for different Chinese at a.po:5"),
    ]


def test_run_checks_orders_by_file_and_line():
    cat = Catalog(
        "a", (Unit("p2", "会议。", "", line=9), Unit("p1", "会议召开。", "The  meeting。", line=3))
    )
    findings = run_checks([("a.po", cat)], CTX)
    assert [(f.line, f.check) for f in findings] == [
        (3, "chinese-in-english"),
        (3, "whitespace"),
        (9, "untranslated"),
    ]


# --- the command ---------------------------------------------------------------------


def _workspace_with(tmp_path: Path, units: tuple[Unit, ...]) -> Path:
    ws = tmp_path / "ws"
    (ws / "articles").mkdir(parents=True)
    shutil.copy(ROOT / "glossary.csv", ws / "glossary.csv")
    write_po(
        ws / "locales/en/LC_MESSAGES/a.po", Catalog("a", units, header=build_header("a", None))
    )
    return ws


def test_check_command_output_and_exit_codes(tmp_path: Path):
    ws = _workspace_with(tmp_path, (
        Unit("p1", "党的十八大以来。", "Since the 18th NPC.", State.REVIEWED),
        Unit("p2", "会议召开。", "The meeting  was held.", State.REVIEWED),
    ))  # fmt: skip
    result = CliRunner().invoke(cli, ["-C", str(ws), "check"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == (
        "locales/en/LC_MESSAGES/a.po:22: error: glossary-term: "
        "党的十八大 should be rendered '18th CPC National Congress'"
    )
    assert lines[-1] == "2 errors, 1 warning, 0 info in 2 units of 1 catalog"
    doc = json.loads(CliRunner().invoke(cli, ["-C", str(ws), "check", "--format", "json"]).stdout)
    assert (doc["version"], doc["command"]) == (1, "check")
    assert doc["summary"] == {"errors": 2, "warnings": 1, "info": 0, "units": 2, "catalogs": 1}
    rows = doc["findings"]
    assert len({row["fingerprint"] for row in rows}) == 3
    fingerprint = rows[2].pop("fingerprint")
    assert rows[2] == {"file": "locales/en/LC_MESSAGES/a.po", "line": 26, "msgctxt": "p2",
                       "paragraph": "p2", "check": "whitespace", "severity": "warning",
                       "message": "double space in 'The meeting  was held.'"}  # fmt: skip
    # A unit added above moves the finding's line, not its fingerprint.
    po = ws / "locales/en/LC_MESSAGES/a.po"
    text = po.read_text(encoding="utf-8")
    at = text.index('msgctxt "p1"')
    po.write_text(text[:at] + 'msgctxt "p0"\nmsgid "开幕。"\nmsgstr "It opened."\n\n' + text[at:],
                  encoding="utf-8")  # fmt: skip
    moved = json.loads(CliRunner().invoke(cli, ["-C", str(ws), "check", "--format", "json"]).stdout)
    row = next(r for r in moved["findings"] if r["check"] == "whitespace")
    assert (row["line"], row["fingerprint"]) == (30, fingerprint)


def test_warnings_fail_only_with_strict(tmp_path: Path):
    ws = _workspace_with(
        tmp_path, (Unit("p1", "会议召开。", "The meeting  was held.", State.REVIEWED),)
    )
    assert CliRunner().invoke(cli, ["-C", str(ws), "check"]).exit_code == 0
    assert CliRunner().invoke(cli, ["-C", str(ws), "check", "--strict"]).exit_code == 1
    assert (
        CliRunner()
        .invoke(cli, ["-C", str(ws), "check", "--strict", "--disable", "whitespace"])
        .exit_code
        == 0
    )
    (ws / "bilingual.toml").write_text('[check]\ndisable = ["whitespace"]\n', encoding="utf-8")
    assert CliRunner().invoke(cli, ["-C", str(ws), "check", "--strict"]).exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "--glossary", "{bad}"], "Error: {bad}:2: empty en cell"),
        (["check", "{po}"], "Error: {po}:4: malformed PO file"),
        (["check", "--disable", "spelling"], "Error: unknown check 'spelling'"),
        (["check", "nowhere.po"], "Error: nowhere.po: no such file"),
    ],
)
def test_bad_input_exits_2(tmp_path: Path, args, message):
    ws = _workspace_with(
        tmp_path, (Unit("p1", "会议召开。", "The meeting was held.", State.REVIEWED),)
    )
    bad = tmp_path / "bad.csv"
    bad.write_text("zh,en\n雨林计划,\n", encoding="utf-8")
    po = tmp_path / "broken.po"
    po.write_text('msgid ""\nmsgstr ""\n\nmsgid "x\n', encoding="utf-8")
    args = [a.format(bad=bad, po=po) for a in args]
    result = CliRunner().invoke(cli, ["-C", str(ws), *args])
    assert result.exit_code == 2
    assert result.output.startswith(message.format(bad=bad, po=po))
    assert result.output.count("\n") == 1


# --- the bundled example ----------------------------------------------------------------

AS_ALIGNED = [
    ":39: warning: quote-style: straight (') and curly (’) apostrophes mixed",
    ":62: error: glossary-term: 党的十八大 should be rendered '18th CPC National Congress'",
    ":62: error: glossary-forbidden: '18th NPC' is a forbidden rendering of 党的十八大 (use '18th CPC National Congress')",
    ':103: warning: quote-style: straight (") and curly (“”) double quotes mixed',
    ":103: warning: quote-style: straight (') and curly (’) apostrophes mixed",
    ":157: info: untranslated: not translated yet",
    "2 errors, 3 warnings, 1 info in 5 units of 1 catalog",
]


def test_example_as_first_aligned_shows_the_sites_real_problems(workspace: Path):
    runner = CliRunner()
    assert runner.invoke(cli, ["-C", str(workspace), "ingest"]).exit_code == 0
    result = runner.invoke(cli, ["-C", str(workspace), "check"])
    assert result.exit_code == 1
    prefix = "locales/en/LC_MESSAGES/jilin-innovation-2018.po"
    assert result.output.splitlines() == [
        (prefix + line if line.startswith(":") else line) for line in AS_ALIGNED
    ]


def test_committed_example_catalog_is_reviewed_and_clean():
    result = CliRunner().invoke(cli, ["-C", str(ROOT), "check", "--strict"])
    assert result.exit_code == 0, result.output
    assert result.output == "0 errors, 0 warnings, 0 info in 5 units of 1 catalog\n"


@pytest.mark.parametrize(
    ("zh", "en", "ok"),
    [("5月5日", "on May 5", True), ("5月5日", "on May 6", False), ("9月3日", "Sept. 3", True)],
)
def test_dates_with_short_month_names(zh, en, ok):
    assert (found(zh, en) == []) is ok


_ENGLISH = st.lists(
    st.sampled_from([*"aA1 ,.;:!?'\"“”‘’\t\n", "\u3000", "，", "中", "Ｎ", "’s", "  "]),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ENGLISH, min_size=1, max_size=5))
def test_a_check_only_fires_on_units_its_when_condition_selects(targets):
    from bilingual.checks import Batch

    units = [
        Unit(f"p{k}", "启动实施雨林计划一项。", t, State.NEEDS_REVIEW)
        for k, t in enumerate(targets)
    ]
    batch = Batch(units, GLOSSARY)
    for spec in CHECKS:
        if spec.when is None:
            continue
        selected = set(spec.when(batch))
        for k, unit in enumerate(units):
            if unit.target and list(spec.run(unit, CTX)):
                assert k in selected, (spec.name, unit.target)


def test_units_holding_the_batch_separator_are_all_selected():
    from bilingual.checks import Batch
    from bilingual.normalize import SEPARATOR

    units = [
        Unit("p1", "中", f"a{SEPARATOR}b", State.NEEDS_REVIEW),
        Unit("p2", "中", "ok", State.REVIEWED),
    ]
    assert Batch(units, GLOSSARY).matching(__import__("re").compile("zzz")) == {0, 1}


_KINDS = ["count", "percent", "points", "ordinal", "year", "factor", "half", "day"]
_NUMBER = st.builds(
    lambda v, k, a, strict, also: Number(float(v), k, a, f"n{v}", strict, also),
    st.integers(0, 40), st.sampled_from(_KINDS), st.sampled_from(["", "more", "less", "about"]),
    st.booleans(), st.sampled_from([(), ((30.0, "percent"),), ((8.0, "ordinal"),)]),
)  # fmt: skip


@given(st.lists(_NUMBER, max_size=6), st.randoms())
def test_numbers_with_a_twin_each_draw_no_message_from_any_rule(numbers, rng):
    # number_messages settles equal sides at once; the full rules must agree.
    # A 1 (filtered out as noise by the full rules) on one side sends the
    # same numbers through them.
    twins = [n._replace(text=n.text + "'", strict=rng.random() < 0.5, also=()) for n in numbers]
    rng.shuffle(twins)
    one = Number(1.0, "count", "", "一")
    assert list(number_messages([*numbers, one], twins)) == []
    assert list(number_messages(numbers, [*twins, one])) == []
    assert list(number_messages(numbers, twins)) == []
