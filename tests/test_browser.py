"""The exported page in a real browser: Debian's headless Chromium, served on loopback.

A harness page (test-only; the site itself has no JavaScript) loads the
article in two iframes, 1280 and 375 pixels wide, measures where the Chinese
and English columns of the first pair sit, and writes that into the DOM,
which Chromium dumps. A screenshot of each width is kept in
``test-artifacts/``.
"""

import functools
import http.server
import json
import shutil
import subprocess
import threading
from html import unescape
from pathlib import Path

import pytest
from click.testing import CliRunner

from bilingual.cli import cli
from tests.conftest import ROOT

ARTIFACTS = ROOT / "test-artifacts"
SLUG = "jilin-innovation-2018"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip
HARNESS = """<!DOCTYPE html><html><body style="margin:0">
<iframe id="wide" src="/{slug}/index.html" width="1280" height="900"></iframe>
<iframe id="narrow" src="/{slug}/index.html" width="375" height="900"></iframe>
<script>
var done = 0, out = {{}};
function measure(frame) {{
  var doc = frame.contentDocument, pair = doc.querySelector(".pair");
  var zh = pair.querySelector(".zh").getBoundingClientRect();
  var en = pair.querySelector(".en").getBoundingClientRect();
  out[frame.id] = {{zh: [zh.left, zh.top, zh.width], en: [en.left, en.top, en.width],
                    lang: [pair.querySelector(".zh").lang, pair.querySelector(".en").lang]}};
  if (++done === 2) document.body.setAttribute("data-layout", JSON.stringify(out));
}}
document.querySelectorAll("iframe").forEach(function (f) {{
  f.addEventListener("load", function () {{ measure(f); }});
}});
</script></body></html>"""


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    ws = tmp_path_factory.mktemp("ws")
    shutil.copytree(ROOT / "articles", ws / "articles")
    shutil.copytree(ROOT / "locales", ws / "locales")
    shutil.copy(ROOT / "glossary.csv", ws / "glossary.csv")
    assert CliRunner().invoke(cli, ["-C", str(ws), "export"]).exit_code == 0
    (ws / "site" / "harness.html").write_text(HARNESS.format(slug=SLUG), encoding="utf-8")
    return ws / "site"


@pytest.fixture(scope="module")
def server(site: Path):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def chromium(*args: str, tmp: Path) -> str:
    exe = shutil.which("chromium")
    if exe is None:
        pytest.fail("chromium is missing: install Debian's chromium (make test does it)")
    result = subprocess.run([exe, *FLAGS, f"--user-data-dir={tmp}", *args],
                            capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    return result.stdout


def test_columns_side_by_side_at_1280_and_stacked_at_375(server: str, tmp_path: Path):
    dom = chromium("--window-size=1700,1000", "--virtual-time-budget=5000", "--dump-dom",
                   f"{server}/harness.html", tmp=tmp_path)  # fmt: skip
    start = dom.index('data-layout="') + len('data-layout="')
    layout = json.loads(unescape(dom[start : dom.index('"', start)]))
    wide, narrow = layout["wide"], layout["narrow"]
    assert wide["lang"] == ["zh-Hans", "en"]
    assert wide["en"][0] > wide["zh"][0] + wide["zh"][2] - 1  # English to the right of Chinese
    assert abs(wide["en"][1] - wide["zh"][1]) < 1  # on the same line
    assert abs(narrow["en"][0] - narrow["zh"][0]) < 1  # same left edge
    assert narrow["en"][1] > narrow["zh"][1]  # English below Chinese
    assert narrow["zh"][2] > 300  # each column takes the width of the phone


def test_screenshots_are_saved_as_artifacts(server: str, tmp_path: Path):
    ARTIFACTS.mkdir(exist_ok=True)
    for width in (1280, 375):
        shot = ARTIFACTS / f"parallel-{width}.png"
        shot.unlink(missing_ok=True)
        chromium(f"--window-size={width},1200", f"--screenshot={shot}", f"{server}/{SLUG}/index.html",
                 tmp=tmp_path / str(width))  # fmt: skip
        assert shot.is_file() and shot.stat().st_size > 10_000
