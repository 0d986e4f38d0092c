import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from bilingual.catalog import read_po
from bilingual.cli import cli
from bilingual.model import State

SLUG = "jilin-innovation-2018"


def run(ws: Path, *args: str):
    return CliRunner().invoke(cli, ["-C", str(ws), *args], catch_exceptions=False)


def catalog_path(ws: Path, slug: str = SLUG) -> Path:
    return ws / "locales" / "en" / "LC_MESSAGES" / f"{slug}.po"


def snapshot(ws: Path) -> dict[str, bytes]:
    return {str(p.relative_to(ws)): p.read_bytes() for p in sorted(ws.rglob("*")) if p.is_file()}


def test_ingest_example_then_status(workspace: Path):
    result = run(workspace, "ingest")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(
        f"locales/en/LC_MESSAGES/{SLUG}.po: 5 units, 5 new, 0 edited, 0 obsolete (written)"
    )
    assert result.stderr.startswith(f"ingest: 1/1 {SLUG} (")  # progress, one line when piped
    assert "aligned 5 units (1×1-0, 2×1-1, 1×1-2)" in result.output
    cat = read_po(catalog_path(workspace).read_text(encoding="utf-8"), "x.po", SLUG)
    assert [u.state for u in cat.units] == [State.NEEDS_REVIEW] * 4 + [State.UNTRANSLATED]
    assert [u.provenance[0] for u in cat.units] == [
        "aligned: title", "aligned: 1-1 score 1.00", "aligned: 1-1 score 1.00",
        "aligned: 1-2 score 1.00", "aligned: 1-0",
    ]  # fmt: skip

    again = run(workspace, "ingest", SLUG)
    assert again.exit_code == 0 and "(unchanged)" in again.output

    status = run(workspace, "status", "--format", "json")
    assert status.exit_code == 0
    assert json.loads(status.stdout) == {"version": 1, "command": "status", "articles": [
        {"slug": SLUG, "paragraphs": 5, "reviewed": 0, "needs_review": 4, "drafts": 0,
         "untranslated": 1, "obsolete": 0, "catalog": True}
    ]}  # fmt: skip
    text = run(workspace, "status")
    assert text.output.splitlines()[1].split() == [SLUG, "5", "0", "4", "0", "1", "0"]


def test_reingest_after_edits_keeps_translator_work(workspace: Path):
    assert run(workspace, "ingest").exit_code == 0
    po = catalog_path(workspace)
    text = po.read_text(encoding="utf-8")
    # A translator confirms the title and the second paragraph and comments on one.
    entries = text.split("\n\n")
    for i in (1, 3):
        entries[i] = entries[i].replace("#, fuzzy\n", "")
    entries[3] = "# translator: 十八大 is the Party congress, not the NPC\n" + entries[3]
    po.write_text("\n\n".join(entries), encoding="utf-8")

    zh = workspace / "articles" / SLUG / "zh.html"
    html = zh.read_text(encoding="utf-8")
    html = html.replace("3500余项", "3600余项")  # edit the reviewed paragraph
    html = html.replace(
        "<p>　　省直有关部门、各市（州）科技局负责同志参加会议。</p>", ""
    )  # remove one
    zh.write_text(html, encoding="utf-8")

    result = run(workspace, "ingest")
    assert result.exit_code == 0, result.output
    assert "4 units, 0 new, 1 edited, 0 obsolete" in result.output
    cat = read_po(po.read_text(encoding="utf-8"), "x.po", SLUG)
    title, _first, second = cat.units[:3]
    assert title.state is State.REVIEWED
    assert second.state is State.NEEDS_REVIEW and "3500余项" in second.previous_source
    assert second.comments == ("translator: 十八大 is the Party congress, not the NPC",)
    assert second.target.startswith("Since the 18th NPC")
    assert "#| msgid" in po.read_text(encoding="utf-8")


def test_bad_slug_exits_2_with_one_line(workspace: Path):
    result = run(workspace, "ingest", "../etc")
    assert result.exit_code == 2
    assert result.output.startswith("Error: bad article slug '../etc'")
    assert result.output.count("\n") == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "articles/broken/zh.html: file is empty"),
        (b"\x00\x01\x02\x03binary\x00\xff" * 50, "articles/broken/zh.html: binary file, not text"),
        (b"<html><head><title>x</title></head><body><div><a href='/'>Home</a></div></body>",
         "articles/broken/zh.html: no article text found"),
        (b"<p>Only English words in this page.</p>", "articles/broken/zh.html: expected Chinese"),
    ],
)  # fmt: skip
def test_bad_source_exits_2_and_writes_nothing(workspace: Path, content: bytes, message: str):
    assert run(workspace, "ingest").exit_code == 0
    (workspace / "articles" / "broken").mkdir()
    (workspace / "articles" / "broken" / "zh.html").write_bytes(content)
    before = snapshot(workspace)
    result = run(workspace, "ingest")
    assert result.exit_code == 2
    assert result.output == f"Error: {message}" + result.output.split(message, 1)[1]
    assert result.output.count("\n") == 1
    assert snapshot(workspace) == before  # the good article's catalog was not rewritten either


def test_undecodable_text_exits_2(workspace: Path):
    (workspace / "articles" / "broken").mkdir()
    (workspace / "articles" / "broken" / "zh.txt").write_bytes(bytes(range(0x80, 0x100)) * 40)
    result = run(workspace, "ingest", "broken")
    assert result.exit_code == 2
    assert result.output.startswith("Error: articles/broken/zh.txt: ")


def test_missing_source_exits_2(workspace: Path):
    (workspace / "articles" / "nothing-here").mkdir()
    result = run(workspace, "ingest", "nothing-here")
    assert result.exit_code == 2
    assert "no Chinese source" in result.output


def test_missing_given_file_exits_2(workspace: Path):
    result = run(workspace, "ingest", SLUG, "--source", str(workspace / "nope.html"))
    assert result.exit_code == 2
    assert result.output == f"Error: {workspace / 'nope.html'}: no such file\n"


def test_malformed_catalog_exits_2_and_is_left_alone(workspace: Path):
    po = catalog_path(workspace)
    po.parent.mkdir(parents=True)
    po.write_text('msgid ""\nmsgstr ""\n\nmsgctxt "a"\nmsgid "x\nmsgstr ""\n', encoding="utf-8")
    before = po.read_bytes()
    result = run(workspace, "ingest")
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: locales/en/LC_MESSAGES/{SLUG}.po:5: malformed PO file")
    assert po.read_bytes() == before
    status = run(workspace, "status")
    assert status.exit_code == 2


def test_source_option_needs_exactly_one_slug(workspace: Path):
    result = run(workspace, "ingest", "--source", "x.html")
    assert result.exit_code == 2
    assert result.output == "Error: --source and --translation need exactly one SLUG\n"


def test_debug_shows_the_traceback(workspace: Path):
    result = CliRunner().invoke(cli, ["--debug", "-C", str(workspace), "ingest", "../x"])
    assert result.exit_code != 0
    assert type(result.exception).__name__ == "SlugError"


def test_ingest_with_given_files_into_new_slug(workspace: Path, tmp_path: Path):
    page = tmp_path / "page.md"
    page.write_text(
        "# 吉林省召开科技工作会议\n\n吉林省今天召开全省科技工作会议，部署今年的重点工作。\n\n"
        "会议提出，要加快引进高层次创新人才。\n",
        encoding="utf-8",
    )
    english = tmp_path / "page-en.txt"
    english.write_text(
        "Jilin Holds Science and Technology Work Conference\n\n"
        "Jilin Province held its science and technology work conference today to plan this "
        "year's key tasks.\n\n"
        "The conference called for faster introduction of high-level innovative talents.\n\n"
        "Subscribe to our weekly newsletter to receive the latest stories by email.\n",
        encoding="utf-8",
    )
    result = run(
        workspace, "ingest", "new-one", "--source", str(page), "--translation", str(english)
    )
    assert result.exit_code == 0, result.output
    assert "English paragraph with no Chinese counterpart: Subscribe to our weekly" in result.output
    cat = read_po(catalog_path(workspace, "new-one").read_text(encoding="utf-8"), "x", "new-one")
    assert [u.target[:20] for u in cat.units] == [
        "Jilin Holds Science ",
        "Jilin Province held ",
        "The conference calle",
    ]
    assert cat.units[-1].provenance[-1].startswith("unpaired English: Subscribe to our weekly")


def test_console_script_and_module_entry_points(workspace: Path):
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    for cmd in (
        [sys.executable, "-m", "bilingual"],
        [str(Path(sys.executable).parent / "bilingual")],
    ):
        out = subprocess.run([*cmd, "--help"], capture_output=True, text=True, env=env, check=False)
        assert out.returncode == 0
        assert "ingest" in out.stdout and "status" in out.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "bilingual", "-C", str(workspace), "ingest", "a/b"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert bad.returncode == 2
    assert bad.stderr.startswith("Error: bad article slug") and "Traceback" not in bad.stderr


# --- output for people and for programs ------------------------------------------------------

JSON_COMMANDS = [
    (["ingest", "--format", "json"], "ingest", {"articles"}),
    (["align", "--format", "json"], "align", {"articles"}),
    (["draft", "--format", "json"], "draft", {"articles", "engine"}),
    (["status", "--format", "json"], "status", {"articles"}),
    (["check", "--format", "json"], "check", {"findings", "summary"}),
    (["export", "--format", "json"], "export", {"out", "articles", "rendered", "written", "removed", "warnings"}),
    (["export", "--check", "--format", "json"], "export", {"out", "articles", "rendered", "written", "removed", "warnings", "stale", "up_to_date"}),
    (["build", "--format", "json"], "build", {"articles", "errors", "drafts", "site", "unchanged"}),
    (["glossary", "validate", "--format", "json"], "glossary validate", {"terms", "problems"}),
]  # fmt: skip


def test_every_reporting_command_speaks_json_with_a_version(workspace: Path, monkeypatch):
    from bilingual import pipeline

    monkeypatch.setattr(pipeline, "machine_engine", lambda *a, **k: None)
    assert run(workspace, "ingest").exit_code == 0
    for args, command, keys in JSON_COMMANDS:
        result = run(workspace, *args)
        assert result.exit_code in (0, 1), (args, result.output)
        doc = json.loads(result.stdout)
        assert doc["version"] == 1 and doc["command"] == command
        assert set(doc) - {"version", "command"} == keys, args
    build = json.loads(run(workspace, "build", "--format", "json").stdout)
    assert build["articles"][0]["slug"] == SLUG and build["articles"][0]["published"] is False
    assert {e["check"] for e in build["errors"]} == {"glossary-term", "glossary-forbidden"}


def test_align_text_speaks_json(tmp_path: Path):
    zh, en = tmp_path / "a.zh", tmp_path / "a.en"
    zh.write_text("会议在长春召开。\n代表们讨论了创新。\n", encoding="utf-8")
    en.write_text(
        "The meeting was held in Changchun.\nThe delegates discussed innovation.\n",
        encoding="utf-8",
    )
    doc = json.loads(
        CliRunner().invoke(cli, ["align-text", str(zh), str(en), "--format", "json"]).stdout
    )
    assert doc["version"] == 1 and [(b["zh"], b["en"]) for b in doc["beads"]] == [
        ([0], [0]),
        ([1], [1]),
    ]


def test_progress_is_one_line_per_article_when_piped_and_nothing_with_quiet(workspace: Path):
    second = workspace / "articles" / "second"
    second.mkdir()
    (second / "zh.txt").write_text("会议在长春召开。\n\n代表们讨论了创新。\n", encoding="utf-8")
    loud = run(workspace, "ingest")
    lines = [line for line in loud.stderr.splitlines() if line.startswith("ingest: ")]
    assert [line.split()[1] for line in lines] == ["1/2", "2/2"]
    # a rate, or for items slower than a second the time each takes
    assert all(("/s, " in line or " s each, " in line) and "s left)" in line for line in lines)
    quiet = run(workspace, "-q", "ingest")
    assert quiet.exit_code == 0 and quiet.stderr == "" and quiet.stdout
    exported = run(workspace, "-q", "export")
    assert exported.stderr == ""  # not even the base_url warning


def test_check_reports_its_progress_when_asked(workspace: Path):
    assert run(workspace, "-q", "ingest").exit_code == 0
    verbose = run(workspace, "-v", "check")
    assert (
        verbose.stderr.startswith("check: 5 units in 1 catalog (") and "units/s)" in verbose.stderr
    )
    assert run(workspace, "check").stderr == ""  # a small run says nothing extra


def test_a_second_build_skips_unchanged_articles_and_redoes_a_changed_one(workspace: Path):
    from bilingual import pipeline

    first = run(workspace, "build", "--format", "json")
    assert json.loads(first.stdout)["unchanged"] == 0
    catalog = catalog_path(workspace).read_bytes()
    calls = []
    real = pipeline._prepare_one
    try:
        pipeline._prepare_one = lambda item: calls.append(item[1]) or real(item)
        second = run(workspace, "build", "--format", "json")
        assert json.loads(second.stdout)["unchanged"] == 1 and calls == []
        assert catalog_path(workspace).read_bytes() == catalog
        assert json.loads(second.stdout)["articles"] == json.loads(first.stdout)["articles"]
        # The English changed: the article is ingested and aligned again.
        en = next((workspace / "articles" / SLUG).glob("en.*"))
        en.write_text(en.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        third = run(workspace, "build", "--format", "json")
        assert json.loads(third.stdout)["unchanged"] == 0 and calls == [SLUG]
        # A translator's edit of the catalog, likewise (and it is kept).
        text = catalog_path(workspace).read_text(encoding="utf-8")
        catalog_path(workspace).write_text(text.replace("# bilingual", "# bilingual", 1) + "\n",
                                           encoding="utf-8")  # fmt: skip
        run(workspace, "build")
        assert calls == [SLUG, SLUG]
    finally:
        pipeline._prepare_one = real


def _default_sigint() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_keeps_the_finished_articles_and_the_next_build_resumes(workspace: Path):
    import signal

    example = workspace / "articles" / SLUG
    # Enough articles that the build is still running when the signal lands,
    # however fast the machine.
    copies = 40
    for n in range(copies):
        shutil.copytree(example, workspace / "articles" / f"copy-{n:02d}")
    total = copies + 1
    command = [sys.executable, "-m", "bilingual", "-v", "-C", str(workspace), "build",
               "--jobs", "2", "--format", "json"]  # fmt: skip
    # A session of its own: Ctrl-C on a terminal reaches the workers too. Ctrl-C
    # as a terminal delivers it: a test run in the background (a shell's `&`)
    # passes SIGINT on ignored, and Python then never raises KeyboardInterrupt.
    build = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             start_new_session=True, preexec_fn=_default_sigint)  # fmt: skip
    seen = []
    for line in build.stderr:
        seen.append(line)
        if line.startswith(f"ingest and align: 3/{total} "):
            os.killpg(build.pid, signal.SIGINT)
            break
    rest = build.communicate(timeout=120)[1]
    assert build.returncode == 130, "".join(seen) + rest
    assert "Interrupted: finished work is kept" in rest and "Traceback" not in rest
    written = {p.stem: p.read_bytes() for p in catalog_path(workspace).parent.glob("*.po")}
    assert 3 <= len(written) < total  # the finished ones, and nothing half-written
    assert not list(workspace.rglob(".*.tmp"))
    again = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert again.returncode in (0, 1), again.stderr
    assert json.loads(again.stdout)["unchanged"] == len(written)  # resumed, not redone
    after = {p.stem: p.read_bytes() for p in catalog_path(workspace).parent.glob("*.po")}
    assert len(after) == total
