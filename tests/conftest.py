import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_SLUG = "jilin-innovation-2018"


def gettext_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: install Debian's gettext (make test does it)")
    return path


def run_tool(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [gettext_tool(args[0]), *args[1:]], capture_output=True, text=True, check=False
    )


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A copy of the repository's workspace files (articles, locales, glossary)."""
    ws = tmp_path / "ws"
    ws.mkdir()
    shutil.copytree(ROOT / "articles", ws / "articles")
    if (ROOT / "glossary.csv").exists():
        shutil.copy(ROOT / "glossary.csv", ws / "glossary.csv")
    return ws


@pytest.fixture
def empty_workspace(tmp_path: Path) -> Path:
    ws = tmp_path / "empty"
    (ws / "articles").mkdir(parents=True)
    return ws
