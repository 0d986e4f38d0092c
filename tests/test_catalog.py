from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilingual.catalog import build_header, read_po, read_po_with_polib, render_po, write_po
from bilingual.errors import CatalogError
from bilingual.model import Catalog, State, Unit
from tests.conftest import ROOT, run_tool

UNITS = (
    Unit(
        "title",
        "吉林省将坚定实施创新驱动发展战略",
        "Jilin Province Will Firmly Implement",
        State.REVIEWED,
    ),
    Unit(
        "p9fa0aa04",
        "党的十八大以来，全省科技战线砥砺奋进、携手前行，科技事业除旧布新、日新月异。",
        "Since the 18th NPC, the province’s science and technology front has been and progressing.",
        State.NEEDS_REVIEW,
        provenance=("aligned: by position",),
        comments=("Check “NPC”: 党的十八大 is the Party congress.",),
        previous_source="党的十八大以来。",
    ),
    Unit("p1", "新段落。", ""),
    Unit("p2", "草稿段落。", "A draft.", State.DRAFT, provenance=("draft: argos zh→en 1.9",)),
)
OBSOLETE = (Unit("p3", "旧段落。", "Old paragraph.", State.REVIEWED, comments=("keep me",)),)


def catalog() -> Catalog:
    return Catalog(
        "demo", UNITS, OBSOLETE, build_header("demo", None), "English translation of demo"
    )


def test_render_then_read_is_lossless():
    again = read_po(render_po(catalog()), "demo.po", "demo")
    assert again == catalog()


def test_state_maps_to_po_conventions():
    text = render_po(catalog())
    reviewed, needs_review, untranslated, draft = text.split("\n\n")[1:5]
    assert "fuzzy" not in reviewed
    assert "#, fuzzy" in needs_review and "#| msgid" in needs_review
    assert "fuzzy" not in untranslated
    assert "#, fuzzy" in draft and "#. draft: argos" in draft
    assert "# Check “NPC”" in needs_review
    assert '#~ msgid "旧段落。"' in text


def test_header_names_tool_and_source():
    text = render_po(catalog())
    for field in ("Language: en", "Project-Id-Version: demo", "X-Generator: bilingual ",
                  "Content-Type: text/plain; charset=UTF-8", "X-Source-Title:", "X-Source-URL:"):  # fmt: skip
        assert field in text


def test_msgfmt_check_passes(tmp_path):
    path = tmp_path / "demo.po"
    write_po(path, catalog())
    result = run_tool("msgfmt", "--check", "-o", "/dev/null", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_msgcat_round_trip_is_byte_identical(tmp_path):
    path = tmp_path / "demo.po"
    write_po(path, catalog())
    result = run_tool("msgcat", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout == path.read_text(encoding="utf-8")


def test_write_is_skipped_when_unchanged(tmp_path):
    path = tmp_path / "demo.po"
    assert write_po(path, catalog()) is True
    before = path.stat().st_mtime_ns
    assert write_po(path, catalog()) is False
    assert path.stat().st_mtime_ns == before


def test_editor_header_fields_are_kept():
    old = (("Last-Translator", "Wang Xiao <wx@example.org>"), ("X-Poedit-Basepath", "."))
    header = dict(build_header("demo", None, old))
    assert header["Last-Translator"] == "Wang Xiao <wx@example.org>"
    assert header["X-Poedit-Basepath"] == "."


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('msgid ""\nmsgstr ""\n\nmsgctxt "a"\nmsgid "x"\nmsgstr "y"\nbogus line\n', 7, "malformed PO"),
        ('msgid ""\nmsgstr ""\n\nmsgid "x"\nmsgstr "y"\n', 4, "no msgctxt"),
        ('msgid ""\nmsgstr ""\n\nmsgctxt "a"\nmsgid "x"\nmsgstr ""\n\nmsgctxt "a"\nmsgid "z"\nmsgstr ""\n', 10, "duplicate"),
        ('msgid ""\nmsgstr ""\n\nmsgctxt "a"\nmsgid "x"\nmsgid_plural "xs"\nmsgstr[0] ""\n', 4, "plural"),
        ('msgid ""\nmsgstr ""\n\nmsgctxt "a"\nmsgid "unterminated\nmsgstr ""\n', 5, "malformed PO"),
    ],
)  # fmt: skip
def test_malformed_catalog_is_an_error_with_line(text, line, message):
    with pytest.raises(CatalogError) as info:
        read_po(text, "x.po", "x")
    assert message in str(info.value)
    assert str(info.value).startswith(f"x.po:{line}: ")


TEXT = st.text(
    alphabet=st.sampled_from(list('中文科技。，“”《》 abcXYZ 0123.%"\\\t\n#~|')),
    min_size=1,
    max_size=120,
).filter(lambda s: s.strip() and s == s.strip())
UNIT = st.builds(
    Unit,
    id=st.from_regex(r"p[0-9a-f]{8}", fullmatch=True),
    source=TEXT,
    target=st.one_of(st.just(""), TEXT),
    state=st.sampled_from(list(State)),
    provenance=st.lists(st.from_regex(r"aligned: [a-z0-9.]{1,20}", fullmatch=True), max_size=2).map(
        tuple
    ),
    # A lone "#" line is not told apart from no comment by polib; real comments have text.
    comments=st.lists(
        st.from_regex(r"[a-zA-Z中,.]([a-zA-Z中 ,.]{0,28}[a-zA-Z中,.])?", fullmatch=True), max_size=2
    ).map(tuple),
    previous_source=st.one_of(st.just(""), TEXT),
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(UNIT, max_size=6, unique_by=lambda u: u.id),
    st.lists(UNIT, max_size=2, unique_by=lambda u: u.id),
)
def test_round_trip_property_and_polib_agrees(units, obsolete):
    obsolete = [replace(u, id="x" + u.id, previous_source="") for u in obsolete]
    cat = Catalog("p", tuple(units), tuple(obsolete), build_header("p", None), "a header\ncomment")
    text = render_po(cat)
    assert read_po(text, "p.po", "p") == cat
    assert read_po_with_polib(text, "p.po", "p") == cat


def test_streaming_reader_agrees_with_polib_on_real_catalogs():
    for path in ROOT.glob("locales/en/LC_MESSAGES/*.po"):
        text = path.read_text(encoding="utf-8")
        ours, theirs = read_po(text, str(path), "x"), read_po_with_polib(text, str(path), "x")
        assert ours == theirs
        # A unit's line is its msgstr's: where a finding sends the editor.
        lines = text.split("\n")
        assert all(lines[u.line - 1].startswith("msgstr ") for u in ours.units)
        assert [u.line for u in ours.units] == sorted({u.line for u in ours.units})


def test_catalog_written_by_ingest_is_clean_for_gettext(workspace: Path):
    from bilingual.pipeline import ingest
    from bilingual.workspace import Workspace

    report = ingest(Workspace(workspace), "jilin-innovation-2018")
    check = run_tool("msgfmt", "--check", "-o", "/dev/null", str(report.catalog))
    assert check.returncode == 0 and check.stderr == ""
    cat = run_tool("msgcat", str(report.catalog))
    assert cat.stdout == report.catalog.read_text(encoding="utf-8")


# Lines a PO file can hold, plain and odd, for the readers' agreement tests.
PO_LINES = [
    'msgctxt "a"\n', 'msgid "b"\n', 'msgstr "c"\n', 'msgstr ""\n', '"more\\n"\n', '"q\\"t"\n',
    "\n", "\n\n", "  \n", "\r\n", "# note\n", "#. aligned\n", "#, fuzzy\n", "#: ref:1\n",
    '#| msgid "old"\n', '#| "older"\n', '#~ msgid "gone"\n', '#~ msgstr "went"\n',
    'msgid_plural "q"\n', 'msgstr[0] "r"\n', "# trailing  \n", "#\n", 'msgid ""\n',
    '\tmsgid "tab"\n', 'msgid "u" \n', '"open\n', '  msgid "indented"\n', "# \u3000\n", 'msgstr "雨林"\n',
]  # fmt: skip


def _read(reader, text: str):  # type: ignore[no-untyped-def]
    """Everything a reader makes of the text, or the error it raises."""
    from bilingual.catalog import _Entry

    fields = ("linenum", "msgctxt", "msgid", "msgid_plural", "msgstr", "previous_msgid",
              "flags", "occurrences", "obsolete", "extracted", "translator")  # fmt: skip
    try:
        return [tuple(getattr(e, f) for f in fields) for e in reader(text) if isinstance(e, _Entry)]
    except CatalogError as exc:
        return str(exc)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PO_LINES), max_size=14), st.booleans())
def test_entry_at_a_time_reader_agrees_with_line_reader(lines, final_newline):
    from bilingual.catalog import _entries, _scan

    text = "".join(lines) if final_newline else "".join(lines).rstrip("\n")
    assert _read(lambda t: _entries(t, "x.po"), text) == _read(lambda t: _scan(t, "x.po"), text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PO_LINES), max_size=16), st.integers(0, 400))
def test_a_file_cut_at_an_entry_boundary_reads_as_the_whole(lines, near):
    from bilingual.catalog import _entries, entry_boundary

    text = "".join(lines)
    # The text, or the file's bytes (what `check` cuts): both cut where the reading holds.
    for source in (text, text.encode()):
        start = near if isinstance(source, str) else len(text[:near].encode())
        at = entry_boundary(source, start)
        if at is None:
            continue
        first, second = source[:at], source[at:]
        if isinstance(first, bytes):
            first, second = first.decode(), second.decode()  # type: ignore[union-attr]

        def in_two(t: str, first=first, second=second):  # type: ignore[no-untyped-def]
            yield from _entries(first, "x.po")
            yield from _entries(second, "x.po", 1 + first.count("\n"))

        assert _read(in_two, text) == _read(lambda t: _entries(t, "x.po"), text)


def test_entry_boundary_is_found_in_a_real_catalog():
    from bilingual.catalog import entry_boundary

    text = (ROOT / "locales/en/LC_MESSAGES/jilin-innovation-2018.po").read_text(encoding="utf-8")
    at = entry_boundary(text, len(text) // 2)
    assert at is not None and text[at - 2 : at] == "\n\n"
    assert text[at:].startswith(("#", "msgctxt"))


def test_a_catalog_read_again_after_any_write_is_the_new_one(tmp_path):
    from bilingual import pipeline
    from bilingual.workspace import Workspace

    (tmp_path / "bilingual.toml").write_text("", encoding="utf-8")
    ws = Workspace(tmp_path)
    path = ws.catalog_path("a")
    first = Catalog("a", (Unit("p1", "会议召开。", "The meeting opened.", State.NEEDS_REVIEW),),
                    header=build_header("a", None))  # fmt: skip
    write_po(path, first)
    before, digest = pipeline.read_catalog(ws, "a")
    assert before is not None and before.units[0].target == "The meeting opened."
    assert pipeline.read_catalog(ws, "a") == (before, digest)  # parsed once, the same answer
    # Same size, written in place (no new inode), and through write_po: both seen.
    text = path.read_text(encoding="utf-8")
    with path.open("r+", encoding="utf-8") as handle:
        handle.write(text.replace("opened", "closed"))
    assert pipeline.read_catalog(ws, "a")[0].units[0].target == "The meeting closed."
    write_po(path, replace(first, units=(replace(first.units[0], target="It ended."),)))
    again, digest2 = pipeline.read_catalog(ws, "a")
    assert again.units[0].target == "It ended." and digest2 != digest


def test_a_parsed_catalog_is_kept_by_its_bytes_and_a_damaged_copy_is_parsed_again(workspace):
    from bilingual import catalogcache, pipeline
    from bilingual.workspace import Workspace

    ws = Workspace(workspace)
    pipeline.ingest_all(ws, ws.slugs())
    slug = ws.slugs()[0]
    path = ws.catalog_path(slug)
    data = path.read_bytes()
    first = catalogcache.parsed(ws, path, slug, data, "d1")
    kept = list((workspace / ".bilingual" / "cache" / "catalog").iterdir())
    assert len(kept) == 1
    assert catalogcache.parsed(ws, path, slug, data, "d1") == first
    # other bytes (another digest) are parsed, not taken from the copy
    edited = data.replace(b'msgstr "', b'msgstr "Edited. ', 1)
    assert catalogcache.parsed(ws, path, slug, edited, "d2") != first
    kept[0].write_bytes(b"not a pickle")
    assert catalogcache.parsed(ws, path, slug, data, "d1") == first
    catalogcache.prune(ws, keep=1)
    assert len(list(kept[0].parent.iterdir())) == 1


def test_the_revision_date_follows_source_date_epoch(monkeypatch):
    from bilingual.catalog import build_header, stamp_revision

    catalog = Catalog("a", (), header=build_header("a", None))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1523404800")
    assert stamp_revision(catalog).header_value("PO-Revision-Date") == "2018-04-11 00:00+0000"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "not a time")
    assert stamp_revision(catalog).header_value("PO-Revision-Date").startswith("20")
