from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from bilingual.catalog import read_po, render_po
from bilingual.merge import merge
from bilingual.model import TITLE_ID, Article, Catalog, Lang, Paragraph, State, Unit

P = [
    "党的十八大以来，全省科技战线砥砺奋进、携手前行。",
    "取得科研成果3500余项，获省级奖励1433项。",
    "技术合同成交总额突破400亿元。",
    "启动实施吉林省科技人才“雨林计划”。",
]


def article(paragraphs, title="吉林省将坚定实施创新驱动发展战略"):
    return Article("a", Lang.ZH, title, tuple(Paragraph(p) for p in paragraphs))


def first(paragraphs, title="吉林省将坚定实施创新驱动发展战略"):
    return merge(Catalog("a", ()), article(paragraphs, title), ())


def review_all(cat: Catalog) -> Catalog:
    units = tuple(replace(u, target=f"EN {u.source}", state=State.REVIEWED) for u in cat.units)
    return replace(cat, units=units)


def by_source(cat: Catalog) -> dict[str, Unit]:
    return {u.source: u for u in cat.units}


def test_first_ingest_gives_title_and_untranslated_units_with_hash_ids():
    cat = first(P)
    assert cat.units[0].id == TITLE_ID
    assert all(u.state is State.UNTRANSLATED for u in cat.units)
    assert all(u.id.startswith("p") and len(u.id) == 9 for u in cat.units[1:])
    assert len({u.id for u in cat.units}) == len(cat.units)


def test_ids_survive_insertions_deletions_and_moves_elsewhere():
    old = review_all(first(P))
    ids = {u.source: u.id for u in old.units}
    new = merge(old, article(["新的第一段。", P[3], P[0], P[2]]), ())
    for unit in new.units:
        if unit.source in ids:
            assert unit.id == ids[unit.source]
            assert unit.state is State.REVIEWED
    assert by_source(new)["新的第一段。"].state is State.UNTRANSLATED
    assert [u.source for u in new.obsolete] == [P[1]]
    assert new.obsolete[0].target == f"EN {P[1]}"


def test_edited_paragraph_keeps_id_and_translation_as_fuzzy_with_previous():
    old = review_all(first(P))
    edited = P[1].replace("3500", "3600")
    new = merge(old, article([P[0], edited, P[2], P[3]]), ())
    unit = by_source(new)[edited]
    assert unit.id == by_source(old)[P[1]].id
    assert unit.target == f"EN {P[1]}"
    assert unit.state is State.NEEDS_REVIEW
    assert unit.previous_source == P[1]
    assert not new.obsolete


def test_second_edit_keeps_the_first_previous_source():
    old = review_all(first(P))
    once = merge(old, article([P[0].replace("全省", "我省")]), ())
    twice = merge(once, article([P[0].replace("全省", "我省").replace("携手", "并肩")]), ())
    assert twice.units[1].previous_source == P[0]


def test_removed_untranslated_unit_without_comment_is_dropped_but_commented_one_kept():
    old = first(P)
    units = list(old.units)
    units[2] = replace(units[2], comments=("ask the desk about this",))
    old = replace(old, units=tuple(units))
    new = merge(old, article([P[0]]), ())
    assert [u.source for u in new.obsolete] == [P[1]]


def test_obsolete_unit_is_revived_when_its_paragraph_returns():
    old = review_all(first(P))
    gone = merge(old, article(P[:2]), ())
    back = merge(gone, article(P), ())
    assert not back.obsolete
    assert all(u.state is State.REVIEWED for u in back.units)
    assert [u.id for u in back.units] == [u.id for u in old.units]


def test_duplicate_paragraphs_get_distinct_ids():
    cat = first([P[0], P[0], P[0]])
    ids = [u.id for u in cat.units[1:]]
    assert ids[1] == ids[0] + "-2" and ids[2] == ids[0] + "-3"


def test_title_edit_is_fuzzy_and_title_removal_is_obsolete():
    old = review_all(first(P))
    new = merge(old, article(P, title="吉林省坚定实施创新驱动发展战略"), ())
    assert new.units[0].id == TITLE_ID and new.units[0].state is State.NEEDS_REVIEW
    none = merge(old, article(P, title=""), ())
    assert none.units[0].id != TITLE_ID
    assert none.obsolete[0].id == TITLE_ID


def test_traditional_or_full_width_variant_counts_as_unchanged():
    old = review_all(first(["启动实施“１２３Ｎ＋”发展战略。"]))
    new = merge(old, article(["啟動實施“123N+”發展戰略。"]), ())
    assert new.units[1].state is State.REVIEWED
    assert new.units[1].source == "啟動實施“123N+”發展戰略。"


def test_merge_is_idempotent():
    old = review_all(first(P))
    assert merge(old, article(P), ()) == old


# --- property: no reviewed translation is ever lost ----------------------------

WORDS = ["科技", "创新", "吉林", "发展", "战略", "计划", "会议", "企业", "成果", "人才"]
PARA = st.lists(st.sampled_from(WORDS), min_size=2, max_size=8).map(lambda ws: "".join(ws) + "。")
EDIT = st.one_of(
    st.tuples(st.just("insert"), st.integers(0, 20), PARA),
    st.tuples(st.just("delete"), st.integers(0, 20), st.none()),
    st.tuples(st.just("edit"), st.integers(0, 20), st.sampled_from(WORDS)),
    st.tuples(st.just("move"), st.integers(0, 20), st.integers(0, 20)),
    st.tuples(st.just("duplicate"), st.integers(0, 20), st.none()),
    st.tuples(st.just("retitle"), st.integers(0, 20), st.sampled_from(WORDS)),
)


def apply(edit, paragraphs, title):
    op, i, arg = edit
    ps = list(paragraphs)
    if op == "insert":
        ps.insert(i % (len(ps) + 1), arg)
    elif ps and op == "delete":
        ps.pop(i % len(ps))
    elif ps and op == "edit":
        j = i % len(ps)
        ps[j] = ps[j][:-1] + arg + "。"
    elif ps and op == "move":
        ps.insert(arg % len(ps), ps.pop(i % len(ps)))
    elif ps and op == "duplicate":
        ps.insert(i % len(ps), ps[i % len(ps)])
    elif op == "retitle":
        title = title + arg
    return ps, title


@settings(max_examples=200, deadline=None)
@given(
    start=st.lists(PARA, min_size=1, max_size=6),
    steps=st.lists(
        st.tuples(EDIT, st.lists(st.integers(0, 20), max_size=3)), min_size=1, max_size=8
    ),
)
def test_random_edit_sequences_never_lose_a_reviewed_translation(start, steps):
    paragraphs, title = start, "标题"
    cat = first(paragraphs, title)
    reviewed: set[str] = set()
    for n, (edit, to_review) in enumerate(steps):
        # A translator reviews some units between ingests, through a real PO round trip.
        units = list(cat.units)
        for k in to_review:
            if units:
                j = k % len(units)
                reviewed.discard(units[j].target)  # the translator replaces their own work
                units[j] = replace(
                    units[j], target=f"T{n}.{j}", state=State.REVIEWED, previous_source=""
                )
                reviewed.add(f"T{n}.{j}")
        cat = read_po(render_po(replace(cat, units=tuple(units))), "a.po", "a")
        before = {u.source: u for u in cat.units if u.state is State.REVIEWED}

        paragraphs, title = apply(edit, paragraphs, title)
        cat = read_po(render_po(merge(cat, article(paragraphs, title), ())), "a.po", "a")

        kept = {u.target for u in cat.units + cat.obsolete}
        assert reviewed <= kept, "a reviewed translation was lost"
        ids = [u.id for u in cat.units]
        assert len(ids) == len(set(ids)), "paragraph ids must be unique"
        assert [u.source for u in cat.units if u.id != TITLE_ID] == paragraphs
        for unit in cat.units:
            old = before.get(unit.source)
            if old is not None and unit.id == old.id:
                assert unit.state is State.REVIEWED and unit.target == old.target
