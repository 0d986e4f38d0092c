import multiprocessing
import os
import time
from pathlib import Path

import pytest

from bilingual.errors import InputError, SlugError, WorkspaceError
from bilingual.files import write_atomic
from bilingual.workspace import Workspace, validate_slug


@pytest.mark.parametrize("slug", ["jilin-innovation-2018", "a", "news_2018.04.11", "0day"])
def test_good_slugs(slug):
    assert validate_slug(slug) == slug


@pytest.mark.parametrize(
    "slug",
    [
        "",
        "../etc",
        "a/b",
        "a\\b",
        "..",
        "a..b",
        ".hidden",
        "-x",
        "A",
        "中文",
        "a\x00b",
        "a\nb",
        "x" * 101,
    ],
)
def test_bad_slugs(slug):
    with pytest.raises(SlugError) as info:
        validate_slug(slug)
    assert "\n" not in str(info.value)


def test_find_walks_up_to_the_workspace(workspace: Path):
    deep = workspace / "articles" / "jilin-innovation-2018"
    assert Workspace.find(deep).root == workspace.resolve()


def test_find_outside_any_workspace_is_an_error(tmp_path: Path):
    with pytest.raises(WorkspaceError, match="not inside a bilingual workspace"):
        Workspace.find(tmp_path)


def test_slugs_come_from_articles_and_catalogs(workspace: Path):
    ws = Workspace(workspace)
    ws.locale_dir.mkdir(parents=True)
    (ws.locale_dir / "only-a-catalog.po").write_text("", encoding="utf-8")
    assert ws.slugs() == ["jilin-innovation-2018", "only-a-catalog"]


def test_two_source_files_for_one_language_is_an_error(workspace: Path):
    folder = workspace / "articles" / "jilin-innovation-2018"
    (folder / "zh.txt").write_text("重复。", encoding="utf-8")
    with pytest.raises(InputError, match="more than one zh file"):
        Workspace(workspace).article_file("jilin-innovation-2018", "zh")


def test_site_rules_from_config(workspace: Path):
    (workspace / "bilingual.toml").write_text(
        '[[ingest.site]]\nmatch = "example"\ncontent = "//main"\ndrop = ["^x$"]\n', encoding="utf-8"
    )
    (rule,) = Workspace(workspace).site_rules()
    assert (rule.match, rule.content, rule.drop) == ("example", "//main", ("^x$",))


@pytest.mark.parametrize(
    ("toml", "message"),
    [("[[ingest.site]]\ncontent = 1\n", "needs a 'match'"), ("[ingest\n", "bad TOML"),
     ('[[ingest.site]]\nmatch = "x"\nselector = "y"\n', "unknown key 'selector'")],
)  # fmt: skip
def test_bad_config_is_an_error_naming_the_file(workspace: Path, toml, message):
    (workspace / "bilingual.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        Workspace(workspace).site_rules()
    assert "bilingual.toml" in str(info.value)


def _hold_lock(root: str, ready, release) -> None:
    with Workspace(Path(root)).lock():
        ready.set()
        release.wait(10)


def test_second_writer_gets_a_clear_error_after_waiting(workspace: Path):
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_lock, args=(str(workspace), ready, release))
    holder.start()
    try:
        assert ready.wait(30)
        started = time.monotonic()
        with (
            pytest.raises(
                WorkspaceError, match=rf"busy: another bilingual process \(pid {holder.pid}\)"
            ),
            Workspace(workspace).lock(wait=0.3),
        ):
            pass
        assert time.monotonic() - started >= 0.3
    finally:
        release.set()
        holder.join(10)
    with Workspace(workspace).lock(wait=0):
        pass  # free again once the holder exits


def test_atomic_write_replaces_in_one_step_and_keeps_mode(tmp_path: Path):
    target = tmp_path / "a.po"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    inode_before = target.stat().st_ino
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o600
    assert target.stat().st_ino != inode_before  # a rename, not an in-place rewrite
    assert [p.name for p in tmp_path.iterdir()] == ["a.po"]


def test_atomic_write_failure_leaves_old_file_and_no_temp(tmp_path: Path, monkeypatch):
    target = tmp_path / "a.po"
    target.write_text("old", encoding="utf-8")

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, b"new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.po"]
