"""Hostile and broken input: every file gets a clean answer, nothing unsafe is published."""

import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from bilingual.catalog import build_header, render_po, write_po
from bilingual.cli import cli
from bilingual.glossary import Glossary
from bilingual.model import Catalog, State, Unit
from bilingual.review.server import ReviewServer
from bilingual.review.session import ReviewSession
from bilingual.workspace import Workspace
from tests.conftest import review_page, review_server

PO = "locales/en/LC_MESSAGES/a.po"


def _units() -> tuple[Unit, ...]:
    return (
        Unit("title", "会议新闻", "Meeting news", State.REVIEWED),
        Unit("p1", "会议在长春召开。", "The meeting was held in Changchun.", State.REVIEWED),
        Unit("p2", "代表们讨论了创新。", "The delegates discussed innovation.", State.REVIEWED),
    )


def _ws(tmp_path: Path, units=None, url: str = "") -> Path:
    root = tmp_path / "ws"
    (root / "articles").mkdir(parents=True)
    header = dict(build_header("a", None))
    header["X-Source-URL"] = url
    write_po(root / PO, Catalog("a", units or _units(), header=tuple(header.items())))
    return root


def _run(root: Path, *args: str):
    return CliRunner().invoke(cli, ["-C", str(root), *args])


# --- links and scripts on the public site ------------------------------------------------

HOSTILE_URLS = [
    "javascript:alert(document.domain)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    " \x01javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/",
]


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_a_hostile_address_in_a_catalog_is_never_a_link(tmp_path: Path, url: str):
    root = _ws(tmp_path, url=url)
    result = _run(root, "export")
    assert result.exit_code == 0
    assert "X-Source-URL" in result.stderr and "not published" in result.stderr
    for page in (root / "site").rglob("*.html"):
        html = page.read_text(encoding="utf-8").lower()
        assert "javascript:" not in html and "vbscript:" not in html and "data:text" not in html
        assert "original article" not in html
        assert 'http-equiv="content-security-policy"' in html


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("zh.md", "---\nurl: javascript:alert(1)\n---\n# 会议新闻\n\n会议在长春召开，代表们讨论了创新发展。\n"),
        ("zh.html", '<html><head><link rel="canonical" href="javascript:alert(1)"></head>'
                    "<body><h1>会议新闻</h1><p>会议在长春召开，代表们讨论了创新发展。</p></body></html>"),
        ("zh.html", '<html><head><meta property="og:url" content="jav&#x09;ascript:alert(1)"></head>'
                    "<body><h1>会议新闻</h1><p>会议在长春召开，代表们讨论了创新发展。</p></body></html>"),
    ],
)  # fmt: skip
def test_a_hostile_address_in_a_source_is_dropped_with_a_warning(tmp_path: Path, name, text):
    root = tmp_path / "ws"
    (root / "articles" / "a").mkdir(parents=True)
    (root / "articles" / "a" / name).write_text(text, encoding="utf-8")
    result = _run(root, "ingest")
    assert result.exit_code == 0, result.output
    assert f"warning: articles/a/{name}: address" in result.stderr
    po = (root / PO).read_text(encoding="utf-8")
    assert '"X-Source-URL: \\n"' in po


def test_no_script_runs_in_chromium_on_hostile_pages(tmp_path: Path):
    playwright = pytest.importorskip("playwright.sync_api")
    exe = shutil.which("chromium")
    if exe is None:
        pytest.fail("chromium is missing (make test installs it)")
    # No digits in the payloads: a number the Chinese lacks would hold the page back.
    units = (
        Unit("title", "标题", '<img src=x onerror="window.pwned=true">Title', State.REVIEWED),
        Unit("p1", "这一段<script>window.pwned=true</script>。",
             '"><script>window.pwned=true</script><a href="javascript:window.pwned=true">x</a>',
             State.REVIEWED),
        Unit("p2", "另一段。", "</p><iframe src=javascript:window.pwned=true></iframe>", State.REVIEWED),
    )  # fmt: skip
    root = _ws(tmp_path, units, url="javascript:window.pwned=true")
    assert _run(root, "export", "--include-drafts").exit_code == 0
    pages = sorted((root / "site").rglob("*.html"))
    assert len(pages) == 4
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=exe,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for path in pages:
            page.goto(path.as_uri())
            page.wait_for_load_state("load")
            hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
            assert all(h.startswith(("file:", "http:", "https:")) for h in hrefs), hrefs
            for link in page.query_selector_all("a[href]"):
                if link.get_attribute("href") and link.is_visible():
                    link.click(modifiers=["Control"])  # opens nothing here, runs nothing
            assert page.evaluate("() => window.pwned === undefined"), path
            assert page.evaluate("() => document.scripts.length") == 0, path
        browser.close()
    assert dialogs == []


# --- one verdict on a catalog --------------------------------------------------------------

COMMANDS = [["check"], ["status"], ["export"], ["export", "--check"], ["build"], ["review", "a"],
            ["align", "a"], ["draft"]]  # fmt: skip


def _broken(kind: str) -> bytes:
    good = render_po(Catalog("a", _units(), header=build_header("a", None))).encode("utf-8")
    return {
        "not utf-8": good.replace(b"Changchun", b"Changch\xffun"),
        "empty": b"",
        "header only": good[: good.index(b"\n\n") + 1],
        "truncated": good[: good.rindex(b"msgstr")],
        "unterminated": good.replace(b'"The delegates', b'"The delegates\n"x'),
    }[kind]


@pytest.mark.parametrize("kind", ["not utf-8", "empty", "header only", "truncated", "unterminated"])
def test_a_broken_catalog_gets_one_answer_from_every_command(tmp_path: Path, kind: str):
    root = _ws(tmp_path)
    (root / PO).write_bytes(_broken(kind))
    before = (root / PO).read_bytes()
    answers = set()
    for args in COMMANDS:
        result = _run(root, *args)
        assert result.exit_code == 2, (args, result.output)
        # Progress may go to stderr before it; the answer is its one Error line.
        errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
        assert len(errors) == 1 and errors[0].startswith(f"Error: {PO}"), (args, result.output)
        assert result.stdout == "" and result.stderr.endswith(errors[0] + "\n")
        answers.add(errors[0])
        assert (root / PO).read_bytes() == before
    assert len(answers) == 1, answers
    assert not (root / "site").exists()


def test_a_catalog_with_a_byte_order_mark_is_accepted_by_every_command(tmp_path: Path):
    root = _ws(tmp_path)
    (root / PO).write_bytes(b"\xef\xbb\xbf" + (root / PO).read_bytes())
    for args in COMMANDS[:4]:
        result = _run(root, *args)
        assert result.exit_code == 0, (args, result.output)
    assert (root / "site" / "a" / "en.html").is_file()


@pytest.mark.parametrize("char", ["\x0b", "\x00", "\x1b", "\x85"])
def test_control_characters_are_a_check_error_never_a_crash(tmp_path: Path, char: str):
    units = (
        *_units()[:2],
        Unit("p2", "代表们讨论了创新。", f"The delegates{char} discussed.", State.REVIEWED),
    )
    root = _ws(tmp_path, units)
    checked = _run(root, "check")
    assert checked.exit_code == 1 and "error: control-characters" in checked.output
    for args in (["export"], ["build"], ["export", "--check"]):
        result = _run(root, *args)
        assert result.exit_code in (0, 1), (args, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert not (root / "site" / "a").exists()  # held back by the error
    # The review page shows where the character is instead of failing.
    with review_server(ReviewSession(Workspace(root), "a")) as server:
        status, body = review_page(server)
    assert (status == 200 and "The delegates" in body and "\u240b" in body) or char != "\x0b"


# --- the glossary ----------------------------------------------------------------------------


def test_a_stray_quote_in_the_glossary_is_an_error_with_its_line(tmp_path: Path):
    rows = [
        "zh,en,forbidden",
        "雨林计划,rain forest program,",
        '党的十八大,"18th CPC National Congress,18th NPC',
    ]
    rows += [f"术语{k},term {k}," for k in range(16)]
    path = tmp_path / "glossary.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["glossary", "validate", str(path)])
    assert result.exit_code == 1
    assert f"{path}:3: error: glossary: a quoted cell runs from line 3 to line 19" in result.output
    root = _ws(tmp_path)
    shutil.copy(path, root / "glossary.csv")
    checked = _run(root, "check")
    assert checked.exit_code == 2 and checked.output.startswith(
        "Error: glossary.csv:3: a quoted cell"
    )


def test_csv_export_neutralises_formulas_and_reads_back_the_same(tmp_path: Path):
    source = tmp_path / "g.csv"
    source.write_text('zh,en,note\n雨林计划,rain forest program,=HYPERLINK("http://x")\n长春,Changchun,@SUM(A1)\n'
                      "吉林,Jilin,+1\n", encoding="utf-8")  # fmt: skip
    out, again = tmp_path / "out.csv", tmp_path / "again.csv"
    assert (
        CliRunner().invoke(cli, ["glossary", "export", str(source), "-o", str(out)]).exit_code == 0
    )
    text = out.read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and "'@SUM" in text and ",'+1" in text
    for line in text.splitlines()[1:]:
        for cell in line.split(","):
            assert not cell.lstrip('"').startswith(("=", "+", "-", "@"))
    assert (
        CliRunner().invoke(cli, ["glossary", "export", str(out), "-o", str(again)]).exit_code == 0
    )
    assert again.read_text(encoding="utf-8") == text


# --- ingest ----------------------------------------------------------------------------------


def _article(root: Path, name: str, data: bytes) -> None:
    folder = root / "articles" / "a"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def test_deep_html_is_read_whole_or_refused(tmp_path: Path):
    for depth, ok in ((300, True), (5000, False)):
        root = tmp_path / str(depth)
        html = ("<html><body>" + "<div>" * depth + "<p>深处的文字：会议在长春召开。</p>" + "</div>" * depth
                + "<p>之后的文字：代表们讨论了创新。</p></body></html>")  # fmt: skip
        _article(root, "zh.html", html.encode("utf-8"))
        result = _run(root, "ingest")
        if ok:
            po = (root / PO).read_text(encoding="utf-8")
            assert result.exit_code == 0 and "深处的文字" in po and "之后的文字" in po
        else:
            assert result.exit_code == 2 and "Excessive depth" in result.output
            assert not (root / PO).exists()


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_decoded(tmp_path: Path, codec: str):
    root = tmp_path / "ws"
    _article(
        root, "zh.txt", "吉林省将坚定实施创新驱动发展战略。\n\n会议在长春召开。\n".encode(codec)
    )
    assert _run(root, "ingest").exit_code == 0
    assert "会议在长春召开" in (root / PO).read_text(encoding="utf-8")


def test_an_oversized_page_is_refused_before_it_is_read(tmp_path: Path):
    root = tmp_path / "ws"
    _article(root, "zh.txt", "会议在长春召开。\n\n".encode() * 400_000)  # 10 MB
    result = _run(root, "ingest")
    assert result.exit_code == 2
    assert result.output.startswith("Error: articles/a/zh.txt: 10.4 MB is over the 5 MB limit")
    (root / "bilingual.toml").write_text("[ingest]\nmax_mb = 20\n", encoding="utf-8")
    (root / "articles" / "a" / "zh.txt").write_bytes(
        "会议在长春召开。\n\n代表们讨论了创新。\n".encode()
    )
    assert _run(root, "ingest").exit_code == 0


def test_ingest_does_not_hold_the_lock_while_it_reads(tmp_path: Path, monkeypatch):
    from bilingual import pipeline

    root = tmp_path / "ws"
    _article(root, "zh.txt", "会议在长春召开。\n\n代表们讨论了创新。\n".encode())
    ws = Workspace(root)
    seen = []
    real = pipeline.read_article

    def reading(*args, **kwargs):
        # Another writer can take the lock while ingest parses.
        with ws.lock(wait=0.5):
            seen.append("lock free while reading")
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "read_article", reading)
    pipeline.ingest_all(ws, ["a"])
    assert seen == ["lock free while reading"]


# --- the review server -------------------------------------------------------------------------


@pytest.fixture
def server(tmp_path: Path):
    root = _ws(tmp_path)
    srv = ReviewServer(ReviewSession(Workspace(root), "a"), Glossary([]))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv
    srv.shutdown()
    srv.server_close()


def _raw(srv, body: bytes, length: str | None):
    conn = http.client.HTTPConnection("127.0.0.1", srv.server_port, timeout=10)
    conn.putrequest("POST", "/api/approve", skip_accept_encoding=True)
    conn.putheader("Host", f"127.0.0.1:{srv.server_port}")
    conn.putheader("X-Bilingual-Token", srv.token)
    if length is not None:
        conn.putheader("Content-Length", length)
    conn.endheaders()
    if body:
        conn.send(body)
    response = conn.getresponse()
    return response.status, json.loads(response.read())


@pytest.mark.parametrize(
    ("body", "length", "status"),
    [
        (b"[]", "2", 400), (b"null", "4", 400), (b'"x"', "3", 400), (b"{not json", "9", 400),
        (b'{"id": 5}', "9", 400), (b'{"id": "p1", "version": []}', "27", 400),
        (b"{}", None, 411), (b"{}", "-1", 411), (b"{}", "abc", 411),
        (b"", "2000000", 413),
    ],
)  # fmt: skip
def test_every_malformed_request_gets_a_json_answer(server, body, length, status):
    got, answer = _raw(server, body, length)
    assert got == status and "error" in answer


def test_an_oversized_text_is_refused_and_nothing_written(server, tmp_path: Path):
    path = tmp_path / "ws" / PO
    before = path.read_bytes()
    text = "x" * 200_000
    body = json.dumps({"id": "p1", "text": text}).encode()
    conn = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=10)
    conn.request("POST", "/api/edit", body=body, headers={
        "Host": f"127.0.0.1:{server.server_port}", "X-Bilingual-Token": server.token})  # fmt: skip
    response = conn.getresponse()
    assert response.status == 400 and "longer than" in json.loads(response.read())["error"]
    assert path.read_bytes() == before


# --- processes and the lock ---------------------------------------------------------------------


def test_a_folder_at_the_lock_path_is_one_error_line(tmp_path: Path):
    root = _ws(tmp_path)
    (root / ".bilingual.lock").mkdir()
    result = _run(root, "export")
    assert result.exit_code == 2
    lock = root / ".bilingual.lock"
    assert result.stderr.endswith(f"Error: {lock}: cannot open the workspace lock: is a folder\n")
    assert result.stderr.count("Error:") == 1 and result.stdout == ""


def test_a_busy_lock_names_a_holder_that_has_exited_as_such(tmp_path: Path):
    import fcntl

    from bilingual.errors import WorkspaceError

    root = _ws(tmp_path)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    # A worker that outlived its parent holds the lock; the file names the parent.
    fd = os.open(root / ".bilingual.lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    os.write(fd, str(gone.pid).encode())
    try:
        busy = pytest.raises(WorkspaceError, match=rf"the pid recorded, {gone.pid}, has exited")
        with busy, Workspace(root).lock(wait=0.2):
            pass
    finally:
        os.close(fd)


def test_temporaries_of_a_killed_run_are_removed_by_the_next(tmp_path: Path):
    root = _ws(tmp_path)
    stale = [root / "locales/en/LC_MESSAGES/.a.po.k3j2.tmp", root / "site/a/.en.html.x9.tmp"]
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("half", encoding="utf-8")
    assert _run(root, "export").exit_code == 0
    assert not any(p.exists() for p in stale)


def test_pool_workers_die_with_their_parent(tmp_path: Path):
    script = tmp_path / "parent.py"
    script.write_text(
        "import os, sys, time\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from bilingual.workers import die_with_parent\n"
        "def pid(_):\n    time.sleep(0.3)\n    return os.getpid()\n"
        "pool = ProcessPoolExecutor(2, initializer=die_with_parent, initargs=(os.getpid(),))\n"
        "pids = list(pool.map(pid, range(4)))\n"
        "print(' '.join(map(str, set(pids))), flush=True)\n"
        "time.sleep(60)\n",
        encoding="utf-8",
    )
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    workers = [int(p) for p in parent.stdout.readline().split()]
    assert workers
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    alive = workers
    while alive and time.monotonic() < deadline:
        time.sleep(0.1)
        alive = [w for w in workers if Path(f"/proc/{w}").exists() and "Z" not in _state(w)]
    assert alive == []


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[1].split()[0]
    except OSError:
        return "Z"
