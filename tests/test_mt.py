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


class _ScriptedTranslator:
    """Stands in for the CTranslate2 translator (the model's weights are the edge
    we cannot pin): returns the given English for each call, in order, and
    records the batches it was sent."""

    def __init__(self, tokenizer, outputs):
        self.tokenizer, self.outputs, self.batches = tokenizer, list(outputs), []

    def translate_batch(self, batch, **_options):
        from types import SimpleNamespace

        self.batches.append(batch)
        texts = [self.outputs.pop(0) for _ in batch]
        return [SimpleNamespace(hypotheses=[self.tokenizer.encode(t)]) for t in texts]


def test_all_sentences_of_a_run_go_to_the_model_in_one_call(model: mt.ModelInfo):
    # What the model says is not asserted: its weights are random and its int8
    # kernels differ from CPU to CPU. The plumbing is: one batch, one string each.
    engine = mt.ArgosEngine(model, beam_size=2)
    calls = []
    real = engine.translator.translate_batch
    engine.translator = type(
        "Spy", (), {"translate_batch": lambda _s, b, **o: calls.append(len(b)) or real(b, **o)}
    )()
    sentences = [
        "吉林省将坚定实施创新驱动发展战略。",
        "高新技术企业数量翻了一番。",
        "会议在长春召开。",
    ]
    out = engine.translate_sentences(sentences)
    assert calls == [3]
    assert len(out) == 3 and all(isinstance(t, str) for t in out)


GLOSSARY = Glossary(
    [
        Term("雨林计划", "rain forest program"),
        Term("123N+", "123N+", type="verbatim", case="sensitive"),
    ]
)


def test_placeholders_never_leak_from_the_real_model(model: mt.ModelInfo):
    engine = mt.ArgosEngine(model, GLOSSARY, beam_size=2)
    out = engine(["启动实施科技人才雨林计划，实施123N+战略。", "会议在长春召开。"])
    assert all("⟦" not in text and "⟧" not in text for text, _ in out)
    assert all(note.startswith("argos zh→en 0.1") for _, note in out)


def test_kept_placeholders_get_the_approved_english(model: mt.ModelInfo):
    engine = mt.ArgosEngine(model, GLOSSARY, beam_size=1)
    # Longer terms are masked first: 123N+ is ⟦0⟧, 雨林计划 ⟦1⟧.
    engine.translator = _ScriptedTranslator(
        engine.tokenizer, ["Launch the ⟦1⟧ and the ⟦0⟧ strategy."]
    )
    [(text, note)] = engine(["启动实施科技人才雨林计划，实施123N+战略。"])
    assert text == "Launch the rain forest program and the 123N+ strategy."
    assert note == "argos zh→en 0.1"


def test_lost_placeholders_fall_back_to_terms_in_the_source_and_say_so(model: mt.ModelInfo):
    engine = mt.ArgosEngine(model, GLOSSARY, beam_size=1)
    scripted = _ScriptedTranslator(
        engine.tokenizer, ["Launch the ⟦0⟧ strategy.", "Launch the rain forest program ⟦3⟧ now."]
    )
    engine.translator = scripted
    [(text, note)] = engine(["启动实施科技人才雨林计划，实施123N+战略。"])
    # The second call got the approved English written into the source.
    second = engine.tokenizer.decode(scripted.batches[1][0])
    assert "rain forest program" in second and "123N+" in second and "⟦" not in second
    assert text == "Launch the rain forest program now."
    assert (
        note == "argos zh→en 0.1; glossary placeholders lost, terms written into the source instead"
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
    # The model's words are random: only where the draft came from is asserted.
    assert p2.state is State.DRAFT and p2.provenance[0].startswith("draft: argos zh→en 0.1")
    assert "⟦" not in p2.target
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


def test_installing_from_the_index_offline_is_one_line_within_seconds(tmp_path: Path):
    # For real, in a process of its own: the conftest points Argos at an index
    # on a loopback port nobody listens on, which is what "offline" looks like.
    import os
    import subprocess
    import sys
    import time

    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "bilingual", "models", "install", "zh-en"],
        capture_output=True, text=True, env=os.environ, cwd=tmp_path, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    lines = (result.stdout + result.stderr).splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("Error: cannot reach the Argos package index at http://127.0.0.1:9/")
    assert lines[0].endswith("run: bilingual models install PATH.argosmodel")
    assert time.monotonic() - started < 15
