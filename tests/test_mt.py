"""Machine drafts through a real Argos package built here, offline."""

import socket
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from bilingual import mt
from bilingual.catalog import build_header, read_po, write_po
from bilingual.cli import cli
from bilingual.draft import draft
from bilingual.glossary import Glossary, Term
from bilingual.memory import Memory
from bilingual.model import Catalog, State, Unit
from tests.argos_model import build_package


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the tests must not reach the network")

    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(scope="session")
def package(tmp_path_factory) -> Path:
    return build_package(tmp_path_factory.mktemp("argos"))


@pytest.fixture(scope="session")
def model(package: Path) -> mt.ModelInfo:
    return mt.install(package)


def test_install_and_list(model: mt.ModelInfo, package: Path):
    assert (model.from_code, model.to_code, model.version) == ("zh", "en", "0.1")
    assert mt.zh_en_model() == model
    listing = CliRunner().invoke(cli, ["models", "list"])
    assert listing.exit_code == 0 and "argos zh→en 0.1" in listing.output


@pytest.mark.parametrize(
    ("content", "message"), [(b"not a zip", "not an Argos model"), (None, "no such file")]
)
def test_bad_model_file_is_a_one_line_error(tmp_path: Path, content, message):
    path = tmp_path / "x.argosmodel"
    if content is not None:
        path.write_bytes(content)
    result = CliRunner().invoke(cli, ["models", "install", str(path)])
    assert result.exit_code == 2
    assert result.output == f"Error: {path}: {message}" + result.output.split(message, 1)[1]
    assert result.output.count("\n") == 1


def test_batched_translation_equals_one_by_one(model: mt.ModelInfo):
    engine = mt.ArgosEngine(model, beam_size=2)
    sentences = [
        "吉林省将坚定实施创新驱动发展战略。",
        "高新技术企业数量翻了一番。",
        "会议在长春召开。",
    ]
    batched = engine.translate_sentences(sentences)
    assert batched == [engine.translate_sentences([s])[0] for s in sentences]
    assert all(isinstance(t, str) and t for t in batched)


def test_placeholders_never_leak_and_the_fallback_is_recorded(model: mt.ModelInfo):
    glossary = Glossary(
        [
            Term("雨林计划", "rain forest program"),
            Term("123N+", "123N+", type="verbatim", case="sensitive"),
        ]
    )
    engine = mt.ArgosEngine(model, glossary, beam_size=2)
    out = engine(["启动实施科技人才雨林计划，实施123N+战略。", "会议在长春召开。"])
    assert all("⟦" not in text and "⟧" not in text for text, _ in out)
    first_note, second_note = out[0][1], out[1][1]
    assert second_note.startswith("argos zh→en 0.1")  # stray placeholders the model emits count too
    # A random-weight model never copies placeholders: the fallback must have run, and say so.
    assert (
        first_note
        == "argos zh→en 0.1; glossary placeholders lost, terms written into the source instead"
    )


@pytest.mark.parametrize(
    ("output", "terms", "expected"),
    [
        (
            "Launch the ⟦0⟧ now.",
            [("rain forest program", 1)],
            "Launch the rain forest program now.",
        ),
        ("The ⟦1⟧ and ⟦0⟧.", [("A", 1), ("123N+", 1)], "The 123N+ and A."),
        ("⟦0⟧ then ⟦0⟧", [("X", 2)], "X then X"),
        ("Launch the now.", [("rain forest program", 1)], None),
        ("⟦0⟧ and ⟦0⟧", [("X", 1)], None),
        ("⟦0⟧ ⟦7⟧", [("X", 1)], None),
        ("⟦0 ⟧ broken ⟦", [("X", 1)], None),
    ],
)
def test_restoring_placeholders(output, terms, expected):
    assert mt._restore(output, terms) == expected


def test_draft_uses_memory_then_the_model(model: mt.ModelInfo):
    memory = Memory([("会议在长春召开。", "The conference was held in Changchun.", "old/p1")])
    catalog = Catalog("a", (Unit("p1", "会议在长春召开。"), Unit("p2", "高新技术企业数量翻了一番。"),
                            Unit("p3", "已译。", "Done.", State.REVIEWED)))  # fmt: skip
    drafted, report = draft(catalog, memory, engine=mt.ArgosEngine(model, beam_size=1))
    p1, p2, p3 = drafted.units
    assert p1.provenance[0] == "draft: tm exact old/p1"
    assert p2.state is State.DRAFT and p2.target and p2.provenance[0] == "draft: argos zh→en 0.1"
    assert p3 == catalog.units[2]
    assert (report.exact, report.machine, report.left) == (1, 1, 0)


def test_draft_command_with_the_model(model: mt.ModelInfo, tmp_path: Path):
    ws = tmp_path / "ws"
    (ws / "articles").mkdir(parents=True)
    po = ws / "locales/en/LC_MESSAGES/a.po"
    write_po(
        po,
        Catalog("a", (Unit("p1", "高新技术企业数量翻了一番。"),), header=build_header("a", None)),
    )
    result = CliRunner().invoke(cli, ["-C", str(ws), "draft", "--beam-size", "1"])
    assert result.exit_code == 0, result.output
    assert "a: 0 exact, 0 from sentences, 0 fuzzy, 1 machine; 0 left untranslated" in result.output
    unit = read_po(po.read_text(encoding="utf-8"), "a.po", "a").units[0]
    assert unit.state is State.DRAFT and "#, fuzzy" in po.read_text(encoding="utf-8")


def test_without_a_model_draft_says_how_to_install_one(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(mt, "zh_en_model", lambda: None)
    ws = tmp_path / "ws"
    (ws / "articles").mkdir(parents=True)
    write_po(
        ws / "locales/en/LC_MESSAGES/a.po",
        Catalog("a", (Unit("p1", "新段落。"),), header=build_header("a", None)),
    )
    result = CliRunner().invoke(cli, ["-C", str(ws), "draft"])
    assert result.exit_code == 0
    assert result.output.splitlines()[-1] == (
        "1 unit left: no machine translation model; install a zh→en model with: "
        "bilingual models install PATH.argosmodel"
    )


def test_argos_own_translate_runs_offline_with_the_packaged_sentence_splitter(model: mt.ModelInfo):
    from argostranslate import translate

    text = translate.translate("吉林省将坚定实施创新驱动发展战略。会议在长春召开。", "zh", "en")
    assert isinstance(text, str) and text
    from argostranslate.package import Package
    from argostranslate.sbd import MiniSBDSentencizer

    splitter = MiniSBDSentencizer(Package(model.path))
    assert splitter.split_sentences("第一句。第二句！第三句") == ["第一句。", "第二句！", "第三句"]


def test_engine_splits_with_the_packaged_splitter(model: mt.ModelInfo):
    engine = mt.ArgosEngine(model, beam_size=1)
    assert engine.split("第一句。第二句！第三句") == ["第一句。", "第二句！", "第三句"]


def test_installing_from_the_index_offline_is_a_one_line_error(monkeypatch):
    from argostranslate import package

    def offline():  # the edge we cannot run here: the package index on the network
        raise OSError("Network is unreachable")

    monkeypatch.setattr(package, "update_package_index", offline)
    result = CliRunner().invoke(cli, ["models", "install", "zh-en"])
    assert result.exit_code == 2
    assert (
        result.output
        == "Error: cannot reach the Argos package index (offline?): Network is unreachable\n"
    )
