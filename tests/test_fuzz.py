"""Generated hostile input through the commands: catalogs, glossary rows and HTML pages.

Whatever the input, every command answers with exit 0 (clean), 1 (problems
found) or 2 (bad input, one ``Error:`` line), never a traceback, and a
command that refuses its input (exit 2) has changed no file.
"""

import shutil
import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilingual.cli import cli

CASES = {"catalogs": 800, "glossaries": 600, "pages": 600}  # 2,000 in all
SETTINGS = {"deadline": None, "derandomize": True,
            "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}  # fmt: skip

# Pieces that have broken readers before: quotes, escapes, controls, byte-order
# marks, full-width and Traditional characters, markup.
ATOMS = ["会议", "雨林計劃", "１２３Ｎ＋", "123N+", "第17位", "400億元", "the", "RMB 40 billion", '"',
         "\\", "\\n", "\\t", "\\x", "\x0b", "\x00", "\ufeff", "\u3000", "<script>", "&amp;", "'", "=",
         "#", "msgid", "%s", "\r", "\n", " ", "javascript:", "…", "。", "“", "’"]  # fmt: skip
text = st.lists(st.sampled_from(ATOMS), max_size=8).map("".join)


def _escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


@st.composite
def catalogs(draw) -> bytes:
    lines = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"']
    if draw(st.booleans()):
        lines.append(
            f'"X-Source-URL: {_escape(draw(st.sampled_from(["", "javascript:x", "https://a.example/"])))}\\n"'
        )
    for k in range(draw(st.integers(0, 5))):
        lines.append("")
        for _ in range(draw(st.integers(0, 2))):
            lines.append(draw(st.sampled_from(["#, fuzzy", "# note", "#. aligned: 1-1 score 0.8",
                                               "#. decision: edited", "#| msgid \"x\"", "#. written: 0"])))  # fmt: skip
        obsolete = "#~ " if draw(st.integers(0, 9)) == 0 else ""
        ctx = draw(st.sampled_from([f"p{k}"] * 5 + ["title", "p0", ""]))
        if ctx:
            lines.append(f'{obsolete}msgctxt "{ctx}"')
        lines.append(f'{obsolete}msgid "{_escape(draw(text))}"')
        if draw(st.integers(0, 19)):
            lines.append(f'{obsolete}msgstr "{_escape(draw(text))}"')
        if draw(st.integers(0, 19)) == 0:
            lines.append(draw(text))  # a raw, unquoted line
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if draw(st.integers(0, 4)) == 0:
        data = data[: draw(st.integers(0, len(data)))]
    if draw(st.integers(0, 9)) == 0:
        data = b"\xef\xbb\xbf" + data
    if draw(st.integers(0, 9)) == 0:
        data = data.replace(b"e", b"\xff", 1)
    return data


@st.composite
def glossaries(draw) -> bytes:
    header = draw(st.sampled_from(["zh,en", "zh,en,forbidden,type,case,note", "zh,en,colour", ""]))
    rows = [header]
    for _ in range(draw(st.integers(0, 6))):
        cells = [draw(text) for _ in range(draw(st.integers(0, 7)))]
        rows.append(",".join(cells))
    return ("\n".join(rows) + "\n").encode("utf-8")


TAGS = ["div", "p", "span", "h1", "title", "table", "td", "li", "script", "style", "br", "a"]


@st.composite
def pages(draw) -> bytes:
    parts = ["<html>"]
    if draw(st.booleans()):
        parts.append(f'<head><meta charset="{draw(st.sampled_from(["utf-8", "gbk", "big5", "x-bogus"]))}">'
                     f'<link rel="canonical" href="{draw(st.sampled_from(["javascript:alert(1)", "https://a.example/x"]))}">'
                     "</head>")  # fmt: skip
    parts.append("<body>")
    depth = draw(st.sampled_from([0, 3, 40, 300]))
    parts.append("<div>" * depth)
    for _ in range(draw(st.integers(0, 6))):
        tag = draw(st.sampled_from(TAGS))
        body = draw(st.sampled_from(["吉林省将坚定实施创新驱动发展战略，加快建设科技强省。",
                                     "發布時間：2018-04-11 來源：吉林日報", "当前位置：首页 > 新闻",
                                     "【字号 大 中 小】【打印】", ""])) + draw(text)  # fmt: skip
        parts.append(f"<{tag}>{body}" + (f"</{tag}>" if draw(st.integers(0, 4)) else ""))
    parts.append("</div>" * depth + "</body></html>")
    encoding = draw(st.sampled_from(["utf-8", "gb18030", "big5", "utf-16", "utf-16-le"]))
    return "".join(parts).encode(encoding, errors="replace")


def _snapshot(root: Path) -> dict[str, bytes]:
    """Every file but the lock file (which holds the last writer's pid)."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != ".bilingual.lock"
    }


def _answers(root: Path, commands: list[list[str]]) -> None:
    runner = CliRunner()
    for args in commands:
        before = _snapshot(root)
        result = runner.invoke(cli, ["-C", str(root), *args])
        assert result.exit_code in (0, 1, 2), (args, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            args, result.output, result.exception)  # fmt: skip
        assert "Traceback" not in result.output
        if result.exit_code == 2:
            errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
            assert len(errors) == 1, (args, result.output)
            after = _snapshot(root)
            assert after == before, (args, set(after) ^ set(before))


def _fresh() -> Path:
    root = Path(tempfile.mkdtemp(prefix="fuzz-")) / "ws"
    (root / "articles").mkdir(parents=True)
    return root


@settings(max_examples=CASES["catalogs"], **SETTINGS)
@given(data=catalogs())
def test_generated_catalogs_through_every_command(data: bytes):
    root = _fresh()
    try:
        po = root / "locales/en/LC_MESSAGES/a.po"
        po.parent.mkdir(parents=True)
        po.write_bytes(data)
        _answers(root, [["check"], ["status"], ["export", "--check"], ["export"], ["build"]])
    finally:
        shutil.rmtree(root.parent, ignore_errors=True)


GOOD_PO = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    'msgctxt "p1"\nmsgid "启动实施科技人才雨林计划。"\nmsgstr "Launch the rain forest program."\n'
)


@settings(max_examples=CASES["glossaries"], **SETTINGS)
@given(data=glossaries())
def test_generated_glossaries_through_every_command(data: bytes):
    root = _fresh()
    try:
        (root / "glossary.csv").write_bytes(data)
        po = root / "locales/en/LC_MESSAGES/a.po"
        po.parent.mkdir(parents=True)
        po.write_text(GOOD_PO, encoding="utf-8")
        _answers(
            root,
            [
                ["glossary", "validate"],
                ["check"],
                ["glossary", "export", "-o", str(root / "g.tbx")],
            ],
        )
    finally:
        shutil.rmtree(root.parent, ignore_errors=True)


@settings(max_examples=CASES["pages"], **SETTINGS)
@given(data=pages())
def test_generated_pages_through_ingest(data: bytes):
    root = _fresh()
    try:
        (root / "articles" / "a").mkdir()
        (root / "articles" / "a" / "zh.html").write_bytes(data)
        _answers(root, [["ingest"], ["status"]])
    finally:
        shutil.rmtree(root.parent, ignore_errors=True)
