"""The whole loop under random use: review operations, source edits, re-ingests,
re-wraps by other tools and builds, in any order.

Invariants, checked after every step that is not the translator's own:
- every English a translator wrote, changed, cleared or approved is still on its
  unit (or, when its paragraph left the article, on the obsolete unit), with
  every decision recorded on it;
- no English sentence is in two units;
- after a build, no English of an unreviewed unit is on the published page.
"""

import itertools
import shutil
import tempfile
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from bilingual import pipeline
from bilingual.catalog import read_po
from bilingual.errors import BilingualError
from bilingual.ingest import read_article
from bilingual.model import Catalog, Lang, State, Unit
from bilingual.review.session import ReviewSession, unpaired
from bilingual.segment import english_pieces
from bilingual.workspace import Workspace
from tests.conftest import EXAMPLE_SLUG as SLUG
from tests.conftest import ROOT

EXAMPLES = 300


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    """The example with its Chinese as Markdown (easy to edit) and an English
    editor's line that pairs with nothing, ingested once."""
    root = tmp_path_factory.mktemp("loop") / "ws"
    folder = root / "articles" / SLUG
    folder.mkdir(parents=True)
    source = ROOT / "articles" / SLUG
    zh = read_article((source / "zh.html").read_bytes(), "zh.html", SLUG, Lang.ZH, ())
    _write_source(root, zh.title, [p.text for p in zh.paragraphs])
    en = (source / "en.txt").read_text(encoding="utf-8")
    en = en.replace(
        "\n\n\nIn the next five years",
        "\n\nEditor's note: the figures come from the provincial department.\n\n\nIn the next five years",
        1,
    )
    (folder / "en.txt").write_text(en, encoding="utf-8")
    shutil.copy(ROOT / "glossary.csv", root / "glossary.csv")
    pipeline.ingest_all(Workspace(root), [SLUG])
    return root


def _write_source(root: Path, title: str, paragraphs: list[str]) -> None:
    text = f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n"
    (root / "articles" / SLUG / "zh.md").write_text(text, encoding="utf-8")


def _paragraphs(root: Path) -> tuple[str, list[str]]:
    text = (root / "articles" / SLUG / "zh.md").read_text(encoding="utf-8")
    head, *body = [b for b in text.split("\n\n") if b.strip()]
    return head.removeprefix("# ").strip(), [b.strip() for b in body]


def _catalog(ws: Workspace) -> Catalog:
    path = ws.catalog_path(SLUG)
    return read_po(path.read_text(encoding="utf-8"), str(path), SLUG)


REVIEW = ["edit", "approve", "send back", "merge", "split", "clear", "attach", "discard", "undo"]
OTHER = ["source append", "source delete", "source insert", "ingest", "align", "build", "rewrap"]
step = st.tuples(st.sampled_from(REVIEW + OTHER), st.integers(0, 8), st.integers(20, 90))
fresh = itertools.count()


def _review(ws: Workspace, op: str, k: int) -> None:
    session = ReviewSession(ws, SLUG)  # as a page (re)loaded now would
    units = session.catalog.units
    unit = units[k % len(units)]
    try:
        if op == "edit":
            session.edit(unit.id, f"Reviewer's sentence number {next(fresh)}.")
        elif op == "approve":
            session.mark(unit.id, True)
        elif op == "send back":
            session.mark(unit.id, False)
        elif op == "merge":
            session.merge(unit.id)
        elif op == "split":
            session.split(unit.id, 1)
        elif op == "clear":
            session.edit(unit.id, "")
        elif op in ("attach", "discard"):
            holder = next((u for u in units if unpaired(u)), None)
            if holder is not None:
                (session.attach if op == "attach" else session.discard)(holder.id, 0)
        elif op == "undo":
            session.undo()
    except BilingualError:
        pass  # an operation that does not apply is refused and changes nothing


def _other(ws: Workspace, op: str, k: int, width: int) -> None:
    if op.startswith("source"):
        title, paragraphs = _paragraphs(ws.root)
        n = k % len(paragraphs)
        if op == "source append":
            paragraphs[n] += f"新增说明第{next(fresh)}条。"
        elif op == "source delete" and len(paragraphs) > 1:
            del paragraphs[n]
        elif op == "source insert":
            paragraphs.insert(n, f"这是编辑补充的第{next(fresh)}段内容。")
        _write_source(ws.root, title, paragraphs)
    elif op == "ingest":
        pipeline.ingest_all(ws, [SLUG])
    elif op == "align":
        pipeline.align_all(ws, [SLUG])
    elif op == "build":
        pipeline.build(ws, ws.root / "site")
        _assert_nothing_unreviewed_published(ws)
    elif op == "rewrap":
        path = ws.catalog_path(SLUG)
        polib.pofile(str(path), wrapwidth=width).save(str(path))


def _decided(catalog: Catalog) -> dict[str, Unit]:
    """What the translator decided: every unit whose English is not the tool's own."""
    return {u.id: u for u in catalog.units if not u.machine_owned}


def _assert_kept(decided: dict[str, Unit], catalog: Catalog) -> None:
    active, obsolete = catalog.by_id(), {u.id: u for u in catalog.obsolete}
    for uid, was in decided.items():
        now = active.get(uid) or obsolete.get(uid)
        if now is None:
            assert not was.target and not was.comments, f"{uid} lost: {was.target!r}"
            continue  # an empty unit whose paragraph left the article
        assert now.target == was.target, uid
        assert not now.machine_owned, uid
        if uid in active:
            assert set(was.decisions) <= set(now.decisions), uid
            if now.source == was.source:
                assert now.state is was.state, uid
        # polib drops the notes of obsolete entries; their English is kept and,
        # having no signature of the tool's, stays the translator's.


def _assert_no_english_twice(catalog: Catalog) -> None:
    seen: dict[str, str] = {}
    for unit in catalog.units:
        for _, sentence in english_pieces(unit.target):
            key = " ".join(sentence.lower().split())
            assert key not in seen, f"{sentence!r} in {seen.get(key)} and {unit.id}"
            seen[key] = unit.id


def _assert_nothing_unreviewed_published(ws: Workspace) -> None:
    page = ws.root / "site" / SLUG / "en.html"
    if not page.exists():
        return  # held back
    shown = {p.text_content().strip() for p in lxml_html.parse(str(page)).getroot().iter("p")}
    for unit in _catalog(ws).units:
        if unit.state is not State.REVIEWED and unit.target:
            for paragraph in unit.target.split("\n"):
                assert paragraph.strip() not in shown, (unit.id, unit.state)


@pytest.fixture(autouse=True)
def no_machine_translation(monkeypatch):
    monkeypatch.setattr(pipeline, "machine_engine", lambda *a, **k: None)


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip
@given(steps=st.lists(step, min_size=1, max_size=7))
def test_no_stage_undoes_duplicates_or_publishes_past_a_translator(base: Path, steps):
    root = Path(tempfile.mkdtemp(prefix="loop-")) / "ws"
    try:
        shutil.copytree(base, root)
        ws = Workspace(root)
        decided = _decided(_catalog(ws))
        for op, k, width in steps:
            if op in REVIEW:
                _review(ws, op, k)
                decided = _decided(_catalog(ws))
            else:
                _other(ws, op, k, width)
                catalog = _catalog(ws)
                _assert_kept(decided, catalog)
                _assert_no_english_twice(catalog)
    finally:
        shutil.rmtree(root.parent, ignore_errors=True)
