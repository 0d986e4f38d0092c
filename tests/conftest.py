import atexit
import contextlib
import http.client
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Argos Translate reads its folders from the environment when first imported:
# point them at a scratch folder before anything imports it, so the tests never
# touch the user's models, and at a package index nobody serves, so nothing
# can reach the network.
_ARGOS_HOME = Path(tempfile.mkdtemp(prefix="bilingual-argos-"))
# Gone when the session ends: a run must not leave its models and caches behind.
atexit.register(shutil.rmtree, _ARGOS_HOME, ignore_errors=True)
os.environ["XDG_DATA_HOME"] = str(_ARGOS_HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(_ARGOS_HOME / "config")
# The check cache of runs outside a workspace, likewise.
os.environ["XDG_CACHE_HOME"] = str(_ARGOS_HOME / "cache")
os.environ["ARGOS_PACKAGES_DIR"] = str(_ARGOS_HOME / "packages")
os.environ["ARGOS_PACKAGE_INDEX"] = "http://127.0.0.1:9/"
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


@contextlib.contextmanager
def review_server(session, glossary=None):
    """A review server for ``session`` on a free loopback port, stopped afterwards."""
    from bilingual.glossary import Glossary
    from bilingual.review.server import ReviewServer

    server = ReviewServer(session, glossary or Glossary([]))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def review_page(server) -> tuple[int, str]:
    """The status and HTML of the server's page, fetched with its token."""
    conn = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=10)
    conn.request(
        "GET", f"/?token={server.token}", headers={"Host": f"127.0.0.1:{server.server_port}"}
    )
    response = conn.getresponse()
    return response.status, response.read().decode("utf-8")


def approve_all(ws, slug: str) -> None:
    """Fix the example's forbidden "18th NPC" and approve every pair with English,
    through the review session, as a translator would."""
    from bilingual.review.session import ReviewSession

    session = ReviewSession(ws, slug)
    for unit in session.catalog.units:
        if unit.target:
            session.edit(unit.id, unit.target.replace("18th NPC", "18th CPC National Congress"))
            session.mark(unit.id, True)
