"""Reading and checking catalog files on several cores finds what one process finds."""

from itertools import pairwise

import pytest

import bilingual.checkrun as checkrun
from bilingual.catalog import build_header, render_po
from bilingual.checkrun import check_texts
from bilingual.checks import Context, length_range, run_checks
from bilingual.errors import CatalogError
from bilingual.glossary import Glossary, Term
from bilingual.model import Catalog, State, Unit

GLOSSARY = Glossary([
    Term("雨林计划", "rain forest program", ("rainforest plan",)),
    Term("123N+", "123N+", type="verbatim", case="sensitive"),
])  # fmt: skip

#: Pairs that draw findings of every kind, and correct ones.
PAIRS = [
    ("启动实施“雨林计划”。", "The “rain forest program” will be launched."),
    ("启动实施“雨林计划”。", "The rainforest plan will be launched."),
    ("实施“123N+”战略。", "The 123N strategy will be carried out."),
    ("技术合同成交总额突破400亿元。", "Turnover exceeded 400 billion."),
    ("取得科研成果3500余项。", "More than 3,500 results were obtained."),
    ("会议于2018年3月30日召开。", "The meeting was held on March 31, 2018."),
    ("全省共有国家重点实验室11个。", "The province has 11 国家 laboratories."),
    ("新建8个省级重点实验室。", "Eight  key laboratories will be built ."),
    ("他说：“很好。”", 'He said "good" and it\'s “fine”, isn’t it.'),
    ("全省科技进步贡献率由目前的55.5%提高到61%，高于全国平均水平。", "Up."),
    ("新建8个省级重点实验室。", "Eight provincial key laboratories will be built."),
    ("加快建设。", ""),
    # Correct pairs long enough to set the usual length ratio
    ("全省科技战线砥砺奋进，科技事业日新月异，取得了显著成绩。", "Science and technology workers across the province forged ahead, and their work changed by the day, with remarkable results."),
    ("长春国家自主创新示范区建设全面提速，新增高新技术企业数量创历史新高。", "Building the Changchun National Independent Innovation Demonstration Zone sped up across the board, and the number of new high-tech enterprises hit a record."),
]  # fmt: skip


def _catalog(slug: str, copies: int, start: int = 0) -> Catalog:
    units = []
    for k in range(copies):
        for n, (zh, en) in enumerate(PAIRS):
            comments = ("bilingual-ignore: numbers",) if (k + n) % 7 == 0 else ()
            state = State.REVIEWED if en else State.UNTRANSLATED
            units.append(Unit(f"p{start + k}-{n}", zh, en, state, comments=comments))
    return Catalog(slug, tuple(units), header=build_header(slug, None))


def _files(*catalogs: Catalog) -> list[tuple[str, str]]:
    return [(f"{c.slug}.po", render_po(c)) for c in catalogs]


@pytest.fixture
def parallel(monkeypatch):
    monkeypatch.setattr(checkrun, "PARALLEL_FROM", 0)


def test_workers_find_what_one_process_finds(parallel):
    files = _files(_catalog("a", 40), _catalog("b", 3, start=100), _catalog("c", 25, start=200))
    one = check_texts(files, GLOSSARY, workers=1)
    two = check_texts(files, GLOSSARY, workers=2)
    three = check_texts(files, GLOSSARY, workers=3)
    assert two == one and three == one
    assert one.units == 68 * len(PAIRS) and one.catalogs == 3
    assert {f.check for f in one.findings} == {
        "glossary-term", "glossary-forbidden", "verbatim", "numbers", "chinese-in-english",
        "whitespace", "quote-style", "length-ratio", "consistency", "untranslated",
    }  # fmt: skip


def test_files_read_and_checked_in_pieces_match_catalogs_checked_whole(parallel):
    from bilingual.catalog import read_po

    files = _files(_catalog("a", 30), _catalog("b", 30, start=100))
    catalogs = [(path, read_po(text, path, path[:-3])) for path, text in files]
    whole = run_checks(catalogs, Context(GLOSSARY, length_range(c for _, c in catalogs)))
    assert check_texts(files, GLOSSARY, workers=2).findings == whole


def test_consistency_is_exact_when_every_checksum_collides(parallel, monkeypatch):
    # The checksums only pick the rows worth grouping: with every form given
    # the same checksum, every row is grouped, and the findings are the same.
    files = _files(_catalog("a", 30), _catalog("b", 4, start=100))
    honest = check_texts(files, GLOSSARY, workers=2)
    calls: list[bytes] = []
    monkeypatch.setattr(checkrun, "checksum", lambda form: calls.append(form) or 7)
    assert check_texts(files, GLOSSARY, workers=1) == honest
    assert calls  # the checksums in use were the colliding ones
    assert check_texts(files, GLOSSARY, workers=2) == honest
    assert any(f.check == "consistency" for f in honest.findings)


def test_rows_with_a_nul_in_their_text_are_kept_whole():
    rows = [("a.po", 5, "p1", "同一句", "one"), ("a.po", 9, "p\0x", "同一句", "t\0wo")]
    kept = checkrun.Rows.of(rows, 4)
    assert isinstance(kept.text, list)  # the joined form would split in the wrong places
    assert [row for _, row in kept.rows("b.po", 10, [0, 1])] == [
        ("b.po", 11, "p1", "同一句", "one"), ("b.po", 15, "p\0x", "同一句", "t\0wo"),
    ]  # fmt: skip
    plain = checkrun.Rows.of(rows[:1], 4)
    assert isinstance(plain.text, bytes)
    assert plain.rows("a.po", 4, [0]) == [(0, rows[0])]


def test_repeated_values_are_found_within_and_across_columns():
    from array import array

    columns = [array("L", [1, 2, 2]), array("L", [3, 4]), array("L", [4, 5, 1])]
    within = [checkrun._repeated_in(c) for c in columns]
    assert within == [{2}, set(), set()]
    assert checkrun._repeated(columns, within) == {1, 2, 4}
    assert checkrun._repeated([array("L", [1, 2]), array("L", [3])], [set(), set()]) == set()


def test_disabled_checks_and_a_fixed_length_range_reach_the_workers(parallel):
    files = _files(_catalog("a", 30))
    disabled = frozenset({"numbers", "consistency"})
    one = check_texts(files, GLOSSARY, disabled, (0.05, 100.0), workers=1)
    two = check_texts(files, GLOSSARY, disabled, (0.05, 100.0), workers=2)
    assert two == one
    assert not {"numbers", "consistency", "length-ratio"} & {f.check for f in two.findings}


def test_a_duplicate_id_across_the_cut_is_reported_at_its_line(parallel):
    catalog = _catalog("a", 30)
    dup = catalog.units[-1].__class__(catalog.units[0].id, "重复。", "Again.", State.REVIEWED)
    files = _files(Catalog("a", (*catalog.units, dup), header=catalog.header))
    with pytest.raises(CatalogError) as one:
        check_texts(files, GLOSSARY, workers=1)
    with pytest.raises(CatalogError) as two:
        check_texts(files, GLOSSARY, workers=2)
    assert str(two.value) == str(one.value)
    assert "duplicate paragraph id 'p0-0'" in str(one.value)
    lines = files[0][1].split("\n")
    assert one.value.line == max(k for k, line in enumerate(lines, 1) if line.startswith("msgstr"))


def test_a_malformed_entry_late_in_a_file_is_reported_at_its_line(parallel):
    path, text = _files(_catalog("a", 30))[0]
    lines = text.split("\n")
    bad = len(lines) - 4
    lines[bad] = 'msgstr "unterminated'
    files = [(path, "\n".join(lines))]
    with pytest.raises(CatalogError) as one:
        check_texts(files, GLOSSARY, workers=1)
    with pytest.raises(CatalogError) as two:
        check_texts(files, GLOSSARY, workers=2)
    assert str(two.value) == str(one.value) and one.value.line == bad + 1


def test_bytes_that_are_not_utf8_late_in_a_cut_file_are_reported_at_their_line(parallel):
    path, text = _files(_catalog("a", 30))[0]
    lines = text.split("\n")
    bad = len(lines) - 3
    encoded = [line.encode() for line in lines]
    encoded[bad] += b"\xff"
    data = b"\n".join(encoded)
    for workers in (1, 2):
        with pytest.raises(CatalogError, match="not valid UTF-8") as raised:
            check_texts([(path, data)], GLOSSARY, workers=workers)
        assert raised.value.line == bad + 1 and raised.value.path == path


def test_files_are_cut_into_balanced_runs_of_whole_entries():
    files = [checkrun.Piece(p, t.encode()) for p, t in _files(_catalog("a", 60), _catalog("b", 2))]
    pieces = checkrun._cut(files, 4)
    a = [p for p in pieces if p.path == "a.po"]
    sizes = [len(p.data) for p in a]
    assert len(a) >= 3 and max(sizes) < 3 * min(sizes)
    assert all(p.cut for p in a) and [p.cut for p in pieces if p.path == "b.po"] == [False]
    assert b"".join(p.data for p in a) == files[0].data
    for before, after in pairwise(a):
        assert after.first_line == before.first_line + before.data.count(b"\n")


def test_check_command_gives_the_same_report_with_one_job_or_two(tmp_path, parallel):
    from click.testing import CliRunner

    from bilingual.cli import cli

    for path, text in _files(_catalog("a", 30), _catalog("b", 5, start=100)):
        (tmp_path / path).write_text(text, encoding="utf-8")
    glossary = tmp_path / "glossary.csv"
    glossary.write_text("zh,en,forbidden\n雨林计划,rain forest program,rainforest plan\n", "utf-8")
    runs = [
        CliRunner().invoke(cli, ["check", str(tmp_path), "--glossary", str(glossary), "-j", jobs])
        for jobs in ("1", "2")
    ]
    assert runs[0].exit_code == runs[1].exit_code == 1
    assert runs[0].output == runs[1].output
    assert "glossary-forbidden: 'rainforest plan'" in runs[0].output
    assert f"in {35 * len(PAIRS)} units of 2 catalogs" in runs[0].output


def test_usable_cores_are_those_this_process_may_run_on():
    import os

    from bilingual.workers import usable_cores

    assert 1 <= usable_cores(8) <= min(8, os.cpu_count() or 1)
    assert usable_cores(1) == 1


def test_a_malformed_catalog_read_by_the_workers_is_a_one_line_error(tmp_path, parallel):
    from click.testing import CliRunner

    from bilingual.cli import cli

    path, text = _files(_catalog("a", 30))[0]
    lines = text.split("\n")
    lines[-4] = 'msgstr "unterminated'
    (tmp_path / path).write_text("\n".join(lines), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(tmp_path / path), "-j", "2"])
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        f"Error: {tmp_path / path}:{len(lines) - 3}: malformed PO file: "
        "cannot parse '\"unterminated'"
    ]


# --- the cache of what runs of entries gave ------------------------------------------


def _cache(tmp_path, *settings):
    from bilingual.checkcache import CheckCache, salt

    return CheckCache(tmp_path / "cache", salt(*settings))


def test_a_recheck_reuses_unchanged_runs_and_finds_what_a_cold_check_finds(tmp_path, parallel):
    files = _files(_catalog("a", 250), _catalog("b", 5, start=1000))
    cold = check_texts(files, GLOSSARY, workers=2)
    first = _cache(tmp_path)
    assert check_texts(files, GLOSSARY, workers=2, cache=first) == cold and first.hits == 0
    # One unit changed, and one added near the top: every line below it moves.
    path, text = files[0]
    text = text.replace("Eight provincial key laboratories", "Nine provincial key laboratories", 1)
    at = text.index('msgctxt "p0-3"')
    text = text[:at] + 'msgctxt "new"\nmsgid "新增。"\nmsgstr "Added."\n\n' + text[at:]
    changed = [(path, text), files[1]]
    again = _cache(tmp_path)
    result = check_texts(changed, GLOSSARY, workers=2, cache=again)
    assert result == check_texts(changed, GLOSSARY, workers=2)
    pieces = len(checkrun._cut([checkrun.Piece(p, t.encode()) for p, t in changed], 2 * 16))
    # the runs around the two changes, and few others (a naive cut would move them all)
    assert pieces >= 16 and again.hits >= pieces - 4


def test_the_cache_is_keyed_by_glossary_and_settings(tmp_path):
    files = _files(_catalog("a", 5))
    check_texts(files, GLOSSARY, cache=_cache(tmp_path, "glossary 1", ()))
    other = _cache(tmp_path, "glossary 2", ())
    assert check_texts(files, GLOSSARY, cache=other) == check_texts(files, GLOSSARY)
    assert other.hits == 0
    pieces = len([p for p in (tmp_path / "cache").iterdir() if not p.name.startswith("index-")])
    same = _cache(tmp_path, "glossary 1", ())
    check_texts(files, GLOSSARY, cache=same)
    assert same.hits == pieces // 2 >= 1  # every piece kept under glossary 1 is found


def test_a_damaged_cache_entry_is_checked_again(tmp_path):
    files = _files(_catalog("a", 5))
    check_texts(files, GLOSSARY, cache=_cache(tmp_path))
    for entry in (tmp_path / "cache").iterdir():
        entry.write_bytes(b"not a pickle")
    damaged = _cache(tmp_path)
    assert check_texts(files, GLOSSARY, cache=damaged) == check_texts(files, GLOSSARY)
    assert damaged.hits == 0


def test_cuts_follow_the_content_not_the_offsets():
    from bilingual.checkcache import cut_points

    text = _files(_catalog("a", 200))[0][1].encode()
    cuts = cut_points(text, 4000)
    assert len(cuts) > 10
    long_entry = (
        'msgstr "Up."\n\nmsgctxt "new"\nmsgid "新的"\nmsgstr "' + "An added unit. " * 40 + '"'
    )
    # A unit that grew a little, and a long one added: every cut after it moves with it.
    for grown_to in ('msgstr "Up, and up again."', long_entry):
        grown = text.replace(b'msgstr "Up."', grown_to.encode(), 1)
        moved = len(grown) - len(text)
        first = text.index(b'msgstr "Up."')
        shifted = [c + moved if c > first else c for c in cuts]
        same = set(shifted) & set(cut_points(grown, 4000))
        assert len(same) >= len(cuts) - 1


def test_the_check_command_keeps_its_cache_in_the_workspace(tmp_path):
    from click.testing import CliRunner

    from bilingual.cli import cli

    root = tmp_path / "ws"
    po = root / "locales/en/LC_MESSAGES/a.po"
    po.parent.mkdir(parents=True)
    po.write_text(_files(_catalog("a", 3))[0][1], encoding="utf-8")
    (root / "bilingual.toml").write_text("", encoding="utf-8")
    first = CliRunner().invoke(cli, ["-C", str(root), "check"])
    assert list((root / ".bilingual/cache/check").iterdir())
    again = CliRunner().invoke(cli, ["-C", str(root), "check"])
    fresh = CliRunner().invoke(cli, ["-C", str(root), "check", "--no-cache"])
    assert first.output == again.output == fresh.output and first.exit_code == 1


def test_a_check_of_more_catalogs_than_the_cache_keeps_is_still_kept_whole(tmp_path, monkeypatch):
    from bilingual import checkcache

    monkeypatch.setattr(checkcache, "KEEP", 3)  # an archive of more catalogs than KEEP
    files = _files(*(_catalog(f"c{n}", 2, start=10 * n) for n in range(6)))
    check_texts(files, GLOSSARY, cache=_cache(tmp_path))
    again = _cache(tmp_path)
    assert check_texts(files, GLOSSARY, cache=again) == check_texts(files, GLOSSARY)
    assert again.hits == 6  # a re-check of an unchanged archive checks nothing again


def test_rechecks_after_many_edits_find_what_a_cold_check_finds(tmp_path, parallel, monkeypatch):
    """The consistency index, updated run by run, against a check from nothing."""
    import random

    from bilingual import checkindex

    updated = []
    update = checkindex.update
    monkeypatch.setattr(checkindex, "update", lambda *a: updated.append(update(*a)) or updated[-1])
    rng = random.Random(5)
    catalogs = {"a": list(_catalog("a", 40).units), "b": list(_catalog("b", 12, start=500).units)}
    made = 0
    for step in range(24):
        slug = rng.choice(sorted(catalogs))
        units = catalogs[slug]
        at = rng.randrange(len(units))
        unit = units[at]
        kind = step % 4
        if kind == 0:  # the English of another unit: a new consistency finding, or one gone
            units[at] = Unit(
                unit.id, unit.source, rng.choice(units).target or "Up.", State.REVIEWED
            )
        elif kind == 1:  # a unit added, with Chinese said elsewhere
            made += 1
            units.insert(
                at, Unit(f"new{made}", rng.choice(PAIRS)[0], f"New {made}.", State.REVIEWED)
            )
        elif kind == 2 and len(units) > 20:  # a unit removed
            del units[at]
        else:  # Chinese of its own, and English of its own
            units[at] = Unit(unit.id, f"第{step}次改写。", f"Rewritten {step}.", State.REVIEWED)
        files = _files(*(Catalog(s, tuple(u), header=build_header(s, None))
                         for s, u in sorted(catalogs.items())))  # fmt: skip
        kept = _cache(tmp_path)
        assert check_texts(files, GLOSSARY, workers=2, cache=kept) == check_texts(files, GLOSSARY)
        assert step == 0 or kept.hits > 0
    index = [p for p in (tmp_path / "cache").iterdir() if p.name.startswith("index-")]
    assert len(index) == 1  # the same catalogs: one index, updated
    assert len(updated) >= 20 and all(found is not None for found in updated)


def test_a_duplicate_id_made_in_a_recheck_is_found_through_the_index(
    tmp_path, parallel, monkeypatch
):
    catalog = _catalog("a", 30)
    files = _files(catalog)
    check_texts(files, GLOSSARY, workers=2, cache=_cache(tmp_path))
    compared = []
    unique_ids = checkrun._unique_ids
    monkeypatch.setattr(checkrun, "_unique_ids", lambda *a: compared.append(1) or unique_ids(*a))
    # ids unique, and said so by the index: the ids are not compared one by one
    assert check_texts(files, GLOSSARY, workers=2, cache=_cache(tmp_path)).findings
    assert compared == []
    dup = Unit(catalog.units[3].id, "重复。", "Again.", State.REVIEWED)
    bad = _files(Catalog("a", (*catalog.units, dup), header=catalog.header))
    with pytest.raises(CatalogError, match="duplicate paragraph id 'p0-3'") as cached:
        check_texts(bad, GLOSSARY, workers=2, cache=_cache(tmp_path))
    assert compared == [1]
    with pytest.raises(CatalogError) as cold:
        check_texts(bad, GLOSSARY, workers=2)
    assert str(cached.value) == str(cold.value)


@pytest.mark.parametrize("step", [1, 16, 64, 256, 700, 4000])
def test_cutting_ends_and_moves_forward_whatever_the_step(step):
    from bilingual.checkcache import cut_points

    for text in (_files(_catalog("a", 3))[0][1].encode(), _files(_catalog("b", 40))[0][1].encode()):
        cuts = cut_points(text, step)
        assert cuts == sorted(set(cuts)) and all(0 < c < len(text) for c in cuts)
