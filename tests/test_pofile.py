"""Our PO wrapping must be gettext's, byte for byte: msgcat is the oracle."""

import random
from pathlib import Path

import pytest

from bilingual import pofile
from bilingual.ingest import read_article
from bilingual.model import Lang
from tests.conftest import ROOT, run_tool


def _example_strings() -> list[str]:
    folder = ROOT / "articles" / "jilin-innovation-2018"
    zh = read_article((folder / "zh.html").read_bytes(), "zh.html", "s", Lang.ZH)
    en = read_article((folder / "en.txt").read_bytes(), "en.txt", "s", Lang.EN)
    return [zh.title, en.title] + [p.text for p in zh.paragraphs + en.paragraphs]


PROSE = [
    *_example_strings(),
    "Short.",
    "x" * 120 + " tail",
    "exactly seventy-seven columns of text, which is where gettext decides to wrap!",
    'Quotes "inside" and a back\\slash and a\ttab stay escaped when the line is long enough.',
    "Two lines\nof text, the second long enough that gettext must wrap it somewhere near here.\n",
    "中文与English混排的段落，包括“123N+”发展战略和RMB 40 billion等内容，用来检验换行规则是否一致。",
    "（一）加强顶层设计。（二）优化科技创新生态，加快政府职能从研发管理向创新服务转变，牢固树立新发展理念。",
]


def _rendered(strings: list[str], tmp_path: Path) -> tuple[list[str], list[str]]:
    lines = ['msgid ""', 'msgstr "Content-Type: text/plain; charset=UTF-8\\n"', ""]
    for i, text in enumerate(strings):
        lines += list(pofile.format_string("msgctxt", f"c{i}"))
        lines += list(pofile.format_string("msgid", text))
        lines += list(pofile.format_string("msgstr", text, prefix=""))
        lines.append("")
    ours = "\n".join(lines)
    path = tmp_path / "w.po"
    path.write_text(ours, encoding="utf-8")
    result = run_tool("msgcat", str(path))
    assert result.returncode == 0, result.stderr
    return ours.strip().split("\n\n"), result.stdout.strip().split("\n\n")


def test_prose_wraps_exactly_like_msgcat(tmp_path):
    ours, theirs = _rendered(PROSE, tmp_path)
    assert ours == theirs


def test_random_mixed_text_wraps_exactly_like_msgcat(tmp_path):
    rng = random.Random(20181)
    pieces = [
        *"中文科技创新。，、；：！？（）《》“”…—％ abcKLM 0123.,-/:;!?'\"()%&+_\\\t",
        "the ", "province ", "55.5%", "2018/04/11", "R&D", "123N+", "\n",
    ]  # fmt: skip
    strings = ["".join(rng.choice(pieces) for _ in range(rng.randint(5, 200))) for _ in range(300)]
    ours, theirs = _rendered([s for s in strings if s.strip()], tmp_path)
    assert ours == theirs


def test_fallback_without_libunistring_matches_msgcat_on_prose(tmp_path, monkeypatch):
    monkeypatch.setattr(pofile, "_libunistring", lambda: None)
    ours, theirs = _rendered(PROSE, tmp_path)
    assert ours == theirs


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("short", ['msgid "short"']),
        ("a\nb", ['msgid ""', '"a\\n"', '"b"']),
        ('say "hi"', ['msgid "say \\"hi\\""']),
    ],
)
def test_format_string_shapes(text, lines):
    assert list(pofile.format_string("msgid", text)) == lines
