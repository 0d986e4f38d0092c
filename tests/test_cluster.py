"""The build on a real local Ray cluster gives what the local build gives, byte for byte."""

import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT

ray = pytest.importorskip("ray")  # installed by `make install` (the cluster extra)


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".bilingual" not in p.parts and p.name != ".bilingual.lock"
    }


def _workspace(tmp_path: Path, name: str) -> Path:
    ws = tmp_path / name
    ws.mkdir()
    shutil.copytree(ROOT / "articles", ws / "articles")
    shutil.copy(ROOT / "glossary.csv", ws / "glossary.csv")
    shutil.copy(ROOT / "bilingual.toml", ws / "bilingual.toml")
    # A second article, so that the cluster has more than one to share out.
    second = ws / "articles" / "jilin-second"
    second.mkdir()
    (second / "zh.md").write_text(
        "# 吉林省召开科技工作会议\n\n会议于2018年4月11日在长春召开。\n\n"
        "全省技术合同成交额突破400亿元，同比增长12.3%。\n",
        encoding="utf-8",
    )
    (second / "en.md").write_text(
        "# Jilin Holds Science and Technology Work Conference\n\n"
        "The conference was held in Changchun on April 11, 2018.\n\n"
        "Technology contract turnover in the province exceeded RMB 40 billion, up 12.3%.\n",
        encoding="utf-8",
    )
    return ws


def test_a_build_on_a_local_ray_cluster_is_byte_identical_to_the_local_build(tmp_path, monkeypatch):
    from bilingual import cluster, pipeline

    # One clock for both builds: they may run either side of a minute's turn.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1523404800")
    from bilingual.workspace import Workspace

    local, clustered = _workspace(tmp_path, "local"), _workspace(tmp_path, "ray")
    pipeline.build(Workspace(local), local / "site", jobs=1)
    shipped = []
    real = cluster.prepare_on_ray

    def counted(work, address):
        for item in real(work, address):
            shipped.append(item[1].slug)
            yield item

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        cluster.prepare_on_ray = counted
        run = pipeline.build(Workspace(clustered), clustered / "site", executor="ray")
    finally:
        cluster.prepare_on_ray = real
        ray.shutdown()
    # every article came back from the actors, in order
    assert shipped == ["jilin-innovation-2018", "jilin-second"]
    assert {r.slug for r in run.rows} == {"jilin-innovation-2018", "jilin-second"}
    mine, theirs = _files(local), _files(clustered)
    assert mine.keys() == theirs.keys()
    assert any(k.endswith(".po") for k in mine) and any(k.startswith("site/") for k in mine)
    assert [k for k in mine if mine[k] != theirs[k]] == []


def test_address_without_the_ray_executor_is_a_usage_error(tmp_path):
    from click.testing import CliRunner

    from bilingual.cli import cli

    ws = _workspace(tmp_path, "ws")
    result = CliRunner().invoke(cli, ["-C", str(ws), "build", "--address", "ray://x:1"])
    assert result.exit_code == 2 and "--address needs --executor ray" in result.output
    assert not (ws / "locales").exists()
