"""Bad input to the later commands: one `Error:` line naming the file, exit 2, nothing written."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from bilingual.catalog import build_header, write_po
from bilingual.cli import cli
from bilingual.model import Catalog, Unit


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    (root / "articles").mkdir(parents=True)
    write_po(
        root / "locales/en/LC_MESSAGES/a.po",
        Catalog("a", (Unit("p1", "新段落。"),), header=build_header("a", None)),
    )
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".bilingual.lock" not in p.name
    }


def run(ws: Path, *args: str):
    return CliRunner().invoke(cli, ["-C", str(ws), *args])


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        (lambda ws: (ws / "broken.tmx").write_text("<tmx>\n<body>\n</tmx>", encoding="utf-8"),
         ["draft", "--tmx", "{ws}/broken.tmx"], "broken.tmx:3: malformed TMX"),
        (lambda ws: (ws / "locales/en/LC_MESSAGES/b.po").write_text('msgid ""\nmsgstr ""\n\nmsgctxt "x"\nmsgid "y\n', encoding="utf-8"),
         ["export"], "locales/en/LC_MESSAGES/b.po:5: malformed PO file"),
        (lambda ws: None, ["align-text", "{ws}/nope.zh", "{ws}/nope.en"], "nope.zh: no such file"),
        (lambda ws: None, ["review", "zz"], "no catalog for zz"),
        (lambda ws: None, ["review", "../x"], "bad article slug"),
    ],
)  # fmt: skip
def test_bad_input_is_one_error_line_and_nothing_is_written(ws: Path, setup, args, message):
    setup(ws)
    before = snapshot(ws)
    result = run(ws, *[a.format(ws=ws) for a in args])
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(lines) == 1 and message in lines[0], result.output
    assert "Traceback" not in result.output
    assert snapshot(ws) == before
