import http.client
import json
import shutil
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from bilingual.catalog import read_po
from bilingual.cli import cli
from bilingual.glossary import Glossary, terms_or_error
from bilingual.model import State
from bilingual.review.server import ReviewServer
from bilingual.review.session import ConflictError, ReviewError, ReviewSession
from bilingual.workspace import Workspace
from tests.conftest import ROOT

SLUG = "jilin-innovation-2018"
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture
def ws(workspace: Path) -> Workspace:
    """The example as first aligned: needs-review pairs, one untranslated paragraph."""
    assert CliRunner().invoke(cli, ["-C", str(workspace), "ingest"]).exit_code == 0
    po = workspace / "locales/en/LC_MESSAGES" / f"{SLUG}.po"
    text = po.read_text(encoding="utf-8")
    po.write_text(
        text.replace('msgctxt "p9fa0aa04"', '# a translator\'s note\nmsgctxt "p9fa0aa04"'),
        encoding="utf-8",
    )
    return Workspace(workspace)


def units(ws: Workspace):
    path = ws.catalog_path(SLUG)
    return {u.id: u for u in read_po(path.read_text(encoding="utf-8"), str(path), SLUG).units}


def test_edit_approve_merge_split_undo_are_written_at_once(ws: Workspace):
    s = ReviewSession(ws, SLUG)
    s.edit(
        "p9fa0aa04", "Since the 18th CPC National Congress, things changed. Much progress was made."
    )
    assert units(ws)["p9fa0aa04"].target.startswith("Since the 18th CPC")
    assert units(ws)["p9fa0aa04"].comments == ("a translator's note",)
    s.mark("p9fa0aa04", True)
    assert units(ws)["p9fa0aa04"].state is State.REVIEWED
    s.split("p9fa0aa04", 1)
    u = units(ws)
    assert u["p9fa0aa04"].target == "Since the 18th CPC National Congress, things changed."
    assert u["ped37106e"].target.startswith("Much progress was made. In the next five years")
    s.merge("p9fa0aa04")
    u = units(ws)
    assert (
        u["p9fa0aa04"].target.endswith(
            "Much progress was made. In the next five years"[:20]
            + u["p9fa0aa04"].target.split(" In the next five years")[1][:0]
        )
        or "In the next five years" in u["p9fa0aa04"].target
    )
    assert u["ped37106e"].target == ""
    assert u["ped37106e"].decisions == ("decision: English given with p9fa0aa04",)
    assert u["ped37106e"].given_with == "p9fa0aa04"
    assert "decision: merged with ped37106e" in u["p9fa0aa04"].decisions
    # No stale score or pairing note is left on the merged pair.
    assert not any(p.startswith(("aligned:", "check:")) for p in u["p9fa0aa04"].provenance)
    # Undo survives a restart of the view: a new session undoes the old one's work.
    s = ReviewSession(ws, SLUG)
    for _ in range(4):
        s.undo()
    assert units(ws)["p9fa0aa04"].target.startswith("Since the 18th NPC")
    with pytest.raises(ReviewError, match="nothing to undo"):
        s.undo()


def test_refuses_to_overwrite_a_catalog_saved_by_another_editor(ws: Workspace):
    s = ReviewSession(ws, SLUG)
    path = ws.catalog_path(SLUG)
    before = path.read_text(encoding="utf-8").replace("Learned from", "Poedit user learned from")
    path.write_text(before, encoding="utf-8")
    with pytest.raises(ConflictError, match="changed on disk since it was loaded"):
        s.mark("p9db51252", True)
    assert path.read_text(encoding="utf-8") == before
    s.refresh()
    s.mark("p9db51252", True)  # after reloading, changes go through again
    assert units(ws)["p9db51252"].target.startswith("Poedit user")


def test_bad_operations_are_refused(ws: Workspace):
    s = ReviewSession(ws, SLUG)
    with pytest.raises(ReviewError, match="no English to approve"):
        s.mark("pae48972c", True)
    with pytest.raises(ReviewError, match="has no next pair"):
        s.merge("pae48972c")
    with pytest.raises(ReviewError, match="split point 9"):
        s.split("p9db51252", 9)


# --- the server: security ----------------------------------------------------------------


@pytest.fixture
def server(ws: Workspace):
    glossary = Glossary(terms_or_error(ROOT / "glossary.csv"))
    srv = ReviewServer(ReviewSession(ws, SLUG), glossary)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv
    srv.shutdown()
    srv.server_close()


def request(srv, method, path, headers=None, body=None):
    conn = http.client.HTTPConnection("127.0.0.1", srv.server_port, timeout=10)
    base = {"Host": f"127.0.0.1:{srv.server_port}"}
    conn.request(
        method,
        path,
        body=json.dumps(body) if body is not None else None,
        headers={**base, **(headers or {})},
    )
    response = conn.getresponse()
    return response.status, response.read().decode("utf-8")


def test_listens_on_loopback_only(server):
    assert server.server_address[0] == "127.0.0.1"


def test_page_needs_the_token_and_escapes_text(server, ws: Workspace):
    assert request(server, "GET", "/")[0] == 403
    assert request(server, "GET", "/?token=wrong")[0] == 403
    status, page = request(server, "GET", f"/?token={server.token}")
    assert status == 200
    assert "<mark" in page and "雨林计划" in page
    assert "error: glossary-forbidden" in page  # findings next to their pair


def test_text_is_escaped_in_the_page(server):
    server.session.edit("p9db51252", 'He wrote <script>alert("x")</script> & left.')
    status, page = request(server, "GET", f"/?token={server.token}")
    assert status == 200
    assert 'alert("x")</script>' not in page.split("<script>")[0]
    assert "&lt;script&gt;alert" in page


def test_forged_host_and_origin_are_refused(server):
    status, _ = request(server, "GET", f"/?token={server.token}", {"Host": "evil.example:80"})
    assert status == 400
    headers = {"X-Bilingual-Token": server.token, "Content-Type": "application/json"}
    status, _ = request(
        server,
        "POST",
        "/api/approve",
        {**headers, "Origin": "http://evil.example"},
        {"id": "p9db51252"},
    )
    assert status == 403
    status, _ = request(
        server, "POST", "/api/approve", {"Content-Type": "application/json"}, {"id": "p9db51252"}
    )
    assert status == 403  # no token header
    status, body = request(
        server,
        "POST",
        "/api/approve",
        {**headers, "Origin": f"http://127.0.0.1:{server.server_port}"},
        {"id": "p9db51252"},
    )
    assert status == 200 and json.loads(body)["ok"]


def test_conflicts_are_reported_not_written(server, ws: Workspace):
    path = ws.catalog_path(SLUG)
    edited = path.read_text(encoding="utf-8").replace("Learned from", "Poedit user learned from")
    path.write_text(edited, encoding="utf-8")
    status, body = request(
        server, "POST", "/api/approve", {"X-Bilingual-Token": server.token}, {"id": "p9db51252"}
    )
    assert status == 409 and "changed on disk" in json.loads(body)["error"]
    assert path.read_text(encoding="utf-8") == edited
    # A change to another unit is applied on top of the editor's save, not over it.
    status, _ = request(
        server, "POST", "/api/approve", {"X-Bilingual-Token": server.token}, {"id": "p9fa0aa04"}
    )
    assert status == 200
    assert units(ws)["p9db51252"].target.startswith("Poedit user learned from")
    assert units(ws)["p9fa0aa04"].state is State.REVIEWED


# --- end to end in headless Chromium ----------------------------------------------------------------


def test_review_in_the_browser_end_to_end(server, ws: Workspace):
    playwright = pytest.importorskip("playwright.sync_api")
    exe = shutil.which("chromium")
    if exe is None:
        pytest.fail("chromium is missing (make test installs it)")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=exe,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(server.url)

        def wait_reload():
            page.wait_for_load_state("load")
            page.wait_for_function(
                "document.activeElement && document.activeElement.classList.contains('pair')"
            )

        # edit with the keyboard: e, type, Ctrl+Enter
        page.focus("#p9fa0aa04")
        page.keyboard.press("e")
        page.fill(
            "#t-p9fa0aa04",
            "Since the 18th CPC National Congress, things changed. Much progress was made.",
        )
        with page.expect_navigation():
            page.keyboard.press("Control+Enter")
        wait_reload()
        assert units(ws)["p9fa0aa04"].target.startswith("Since the 18th CPC")
        # approve with a
        with page.expect_navigation():
            page.keyboard.press("a")
        wait_reload()
        assert units(ws)["p9fa0aa04"].state is State.REVIEWED
        # split at the cursor, left after the first sentence, with the button
        page.focus("#t-p9fa0aa04")
        page.evaluate(
            "() => { const t = document.querySelector('#t-p9fa0aa04'); t.selectionStart = t.selectionEnd = t.value.indexOf('Much'); }"
        )
        with page.expect_navigation():
            page.click("#p9fa0aa04 button[data-op=split]")
        wait_reload()
        assert units(ws)["ped37106e"].target.startswith("Much progress was made.")
        # merge the next pair back with m, then undo it with u
        page.focus("#p9fa0aa04")
        with page.expect_navigation():
            page.keyboard.press("m")
        wait_reload()
        assert units(ws)["ped37106e"].target == ""
        page.focus("#p9fa0aa04")
        with page.expect_navigation():
            page.keyboard.press("u")
        wait_reload()
        assert units(ws)["ped37106e"].target.startswith("Much progress was made.")
        # reload: everything is still there, from the PO file
        page.reload()
        assert "Much progress was made." in page.input_value("#t-ped37106e")
        assert (
            page.get_attribute("#p9fa0aa04", "aria-label") == "paragraph 2, needs review"
        )  # the split reopened it
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "review.png"), full_page=False)
        browser.close()
    assert (ARTIFACTS / "review.png").stat().st_size > 10_000
