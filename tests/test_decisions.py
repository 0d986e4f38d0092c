"""The translator's word is final: no stage undoes, duplicates or publishes past it."""

import http.client
import json
import threading
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner
from lxml import html as lxml_html

from bilingual import pipeline
from bilingual.catalog import build_header, read_po, write_po
from bilingual.cli import cli
from bilingual.glossary import Glossary
from bilingual.model import NOTE_MARKS, Catalog, State, Unit
from bilingual.review.server import ReviewServer
from bilingual.review.session import ConflictError, ReviewSession, unit_version
from bilingual.segment import english_pieces
from bilingual.workspace import Workspace
from tests.conftest import EXAMPLE_SLUG as SLUG
from tests.conftest import approve_all, review_page, review_server, run_tool


@pytest.fixture(autouse=True)
def no_machine_translation(monkeypatch):
    # Which model is installed is the machine's business (the MT tests install
    # one): these tests are about what people decided, so drafts come from
    # memory only, as on a machine without a model.
    monkeypatch.setattr(pipeline, "machine_engine", lambda *a, **k: None)


@pytest.fixture
def ws(workspace: Path) -> Workspace:
    ws = Workspace(workspace)
    pipeline.ingest_all(ws, [SLUG])
    return ws


def catalog(ws: Workspace) -> Catalog:
    path = ws.catalog_path(SLUG)
    return read_po(path.read_text(encoding="utf-8"), str(path), SLUG)


def targets(ws: Workspace) -> dict[str, str]:
    return {u.id: u.target for u in catalog(ws).units}


def sentence_owners(c: Catalog) -> dict[str, list[str]]:
    owners: dict[str, list[str]] = {}
    for unit in c.units:
        for _, sentence in english_pieces(unit.target):
            owners.setdefault(" ".join(sentence.lower().split()), []).append(unit.id)
    return owners


def assert_no_english_twice(c: Catalog) -> None:
    twice = {s: ids for s, ids in sentence_owners(c).items() if len(ids) > 1}
    assert not twice, twice


STAGES = {
    "build": lambda ws: pipeline.build(ws, ws.root / "site"),
    "ingest": lambda ws: pipeline.ingest_all(ws, [SLUG]),
    "align": lambda ws: pipeline.align_all(ws, [SLUG]),
}


def _send_back(s: ReviewSession, ids: list[str]) -> None:
    s.mark(ids[1], True)
    s.mark(ids[1], False)


def _edit_unapproved(s: ReviewSession, ids: list[str]) -> None:
    s.edit(
        ids[2],
        "Since the 18th CPC National Congress, the province's science sector has moved ahead.",
    )


def _merge(s: ReviewSession, ids: list[str]) -> None:
    s.merge(ids[1])


def _split(s: ReviewSession, ids: list[str]) -> None:
    s.split(ids[2], 1)


def _cleared(s: ReviewSession, ids: list[str]) -> None:
    s.edit(ids[1], "")


OPERATIONS = {"sent back": _send_back, "edited": _edit_unapproved, "merged": _merge,
              "split": _split, "cleared": _cleared}  # fmt: skip


@pytest.mark.parametrize("stage", list(STAGES))
@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_review_decisions_survive_every_stage(ws: Workspace, operation: str, stage: str):
    ids = [u.id for u in catalog(ws).units]
    OPERATIONS[operation](ReviewSession(ws, SLUG), ids)
    decided = catalog(ws)
    STAGES[stage](ws)
    after = catalog(ws)
    for unit in decided.units:
        if not unit.machine_owned:
            now = after.by_id()[unit.id]
            assert (now.target, now.state, now.decisions) == (
                unit.target,
                unit.state,
                unit.decisions,
            )
    assert_no_english_twice(after)


@pytest.mark.parametrize("stage", list(STAGES))
def test_an_edit_in_a_po_editor_left_fuzzy_is_kept(ws: Workspace, stage: str):
    path = ws.catalog_path(SLUG)
    po = polib.pofile(str(path))
    entry = next(e for e in po if e.msgctxt == "p9fa0aa04")
    entry.msgstr = entry.msgstr.replace("18th NPC", "18th CPC National Congress")
    assert entry.fuzzy
    po.save(str(path))  # polib re-wraps at 78 columns, as a PO editor may
    STAGES[stage](ws)
    unit = catalog(ws).by_id()["p9fa0aa04"]
    assert "18th CPC National Congress" in unit.target and "18th NPC" not in unit.target
    assert unit.state is State.NEEDS_REVIEW


def test_a_cleared_unit_and_a_merged_away_unit_are_not_drafted(ws: Workspace):
    ids = [u.id for u in catalog(ws).units]
    s = ReviewSession(ws, SLUG)
    s.merge(ids[1])
    # The merged pair's English is also reviewed memory for the emptied unit's
    # neighbours: a draft would copy it back in.
    s.mark(ids[1], True)
    pipeline.draft_all(ws, [SLUG])
    assert targets(ws)[ids[2]] == ""
    assert catalog(ws).by_id()[ids[2]].given_with == ids[1]


def test_review_then_build_keeps_the_catalog_byte_for_byte(ws: Workspace):
    ids = [u.id for u in catalog(ws).units]
    s = ReviewSession(ws, SLUG)
    s.merge(ids[1])
    s.edit(ids[1], targets(ws)[ids[1]].replace("18th NPC", "18th CPC National Congress"))
    for uid, text in targets(ws).items():
        if text:
            s.mark(uid, True)
    saved = ws.catalog_path(SLUG).read_bytes()
    run = pipeline.build(ws, ws.root / "site")
    assert ws.catalog_path(SLUG).read_bytes() == saved
    assert_no_english_twice(catalog(ws))
    result = run_tool("msgfmt", "--check", "-o", "/dev/null", str(ws.catalog_path(SLUG)))
    assert result.returncode == 0, result.stderr
    # The merged pair is one row of the parallel page: both Chinese paragraphs,
    # its English once, no gap for the emptied unit.
    assert run.rows[0].published
    page = lxml_html.parse(str(ws.root / "site" / SLUG / "index.html")).getroot()
    row = page.get_element_by_id(ids[1])
    assert [p.get("id") for p in row.find_class("zh")[0]] == [None, ids[2]]
    assert all(g.get("id") != ids[2] for g in page.find_class("gap"))


def test_unpaired_english_can_be_attached_or_discarded_and_stays_so(ws: Workspace):
    # The example's English has no counterpart for nothing; add an editor's line.
    en = ws.articles_dir / SLUG / "en.txt"
    text = en.read_text(encoding="utf-8")
    extra = "Editor's note: figures were supplied by the provincial science department."
    lines = text.split("\n")
    body_at = next(k for k, line in enumerate(lines) if line.startswith("Learned from"))
    lines.insert(body_at + 1, "\n" + extra + "\n")
    en.write_text("\n".join(lines), encoding="utf-8")
    pipeline.ingest_all(ws, [SLUG])
    holder = next(
        u for u in catalog(ws).units if any(p.startswith("unpaired English:") for p in u.provenance)
    )
    s = ReviewSession(ws, SLUG)
    s.attach(holder.id, 0)
    assert targets(ws)[holder.id].endswith(extra)
    pipeline.build(ws, ws.root / "site")
    after = catalog(ws)
    assert after.by_id()[holder.id].target.endswith(extra)
    assert not any(p.startswith("unpaired English:") for u in after.units for p in u.provenance)
    assert_no_english_twice(after)
    # Discarding is a decision too: the line is not offered again.
    s.undo()
    pipeline.ingest_all(ws, [SLUG])
    holder = next(
        u for u in catalog(ws).units if any(p.startswith("unpaired English:") for p in u.provenance)
    )
    ReviewSession(ws, SLUG).discard(holder.id, 0)
    pipeline.build(ws, ws.root / "site")
    assert not any(
        extra in p for u in catalog(ws).units for p in u.provenance if p.startswith("unpaired")
    )
    assert not any(extra in u.target for u in catalog(ws).units)


def test_the_review_page_offers_unpaired_english_and_attaches_it_over_http(ws: Workspace):
    en = ws.articles_dir / SLUG / "en.txt"
    extra = "Editor's note: figures were supplied by the provincial science department."
    en.write_text(en.read_text(encoding="utf-8").replace(
        "\n\n\nSince the 18th NPC", f"\n\n{extra}\n\n\nSince the 18th NPC", 1), encoding="utf-8")  # fmt: skip
    pipeline.ingest_all(ws, [SLUG])
    session = ReviewSession(ws, SLUG)
    holder = next(
        u for u in session.catalog.units if any(p.startswith("unpaired") for p in u.provenance)
    )
    with review_server(session) as server:
        _, html = review_page(server)
        page = lxml_html.fromstring(html)
        section = page.get_element_by_id(holder.id)
        block = section.find_class("unpaired")[0]
        assert extra in block.text_content()
        assert [b.get("data-op") for b in block.iter("button")] == [
            "attach",
            "attach-next",
            "discard",
        ]
        version = section.get("data-version")
        status, _ = _post(server.server_port, server.token, "attach-next",
                          {"id": holder.id, "index": 0, "version": version})  # fmt: skip
        assert status == 200
        after = catalog(ws)
        ids = [u.id for u in after.units]
        nxt = after.units[ids.index(holder.id) + 1]
        assert nxt.target.startswith(extra) and "decision: attached English" in nxt.decisions
        assert not any(p.startswith("unpaired") for p in after.by_id()[holder.id].provenance)


def test_rewrapped_notes_keep_sentence_pairs_and_silenced_checks(ws: Workspace):
    ids = [u.id for u in catalog(ws).units]
    path = ws.catalog_path(SLUG)
    text = path.read_text(encoding="utf-8")
    ignore = "# bilingual-ignore: glossary-term, glossary-forbidden, quote-style, length-ratio"
    path.write_text(
        text.replace(f'msgctxt "{ids[2]}"', f'{ignore}\nmsgctxt "{ids[2]}"'), encoding="utf-8"
    )
    before = catalog(ws)
    silenced = CliRunner().invoke(cli, ["-C", str(ws.root), "check", "--format", "json"]).stdout
    for width in (40, 79):
        po = polib.pofile(str(path), wrapwidth=width)
        po.save(str(path))
        lines = path.read_text(encoding="utf-8").splitlines()
        # The editor really split notes and the translator's comment.
        assert any(line.startswith("#. ") and not line[3:].startswith(NOTE_MARKS) for line in lines)
        assert ignore not in lines
        after = catalog(ws)
        assert [u.provenance for u in after.units] == [u.provenance for u in before.units]
        assert [u.target for u in after.units] == [u.target for u in before.units]
        again = CliRunner().invoke(cli, ["-C", str(ws.root), "check", "--format", "json"]).stdout
        assert {(f["msgctxt"], f["check"]) for f in json.loads(again)["findings"]} == {
            (f["msgctxt"], f["check"]) for f in json.loads(silenced)["findings"]
        }


def test_header_only_changes_do_not_restamp_or_reorder(ws: Workspace):
    path = ws.catalog_path(SLUG)
    text = path.read_text(encoding="utf-8").replace(
        '"X-Generator: bilingual', '"X-Poedit-Basepath: .\\n"\n"X-Generator: bilingual'
    )
    text = text.replace('"X-Generator: bilingual 0.1.0\\n"', '"X-Generator: Poedit 3.4\\n"')
    path.write_text(text, encoding="utf-8")
    pipeline.ingest_all(ws, [SLUG])
    pipeline.align_all(ws, [SLUG])
    assert path.read_text(encoding="utf-8") == text


# --- concurrent reviewers ------------------------------------------------------------------


@pytest.fixture
def big(tmp_path: Path) -> Workspace:
    root = tmp_path / "big"
    (root / "articles").mkdir(parents=True)
    units = tuple(
        Unit(f"p{k:03d}", f"第{k}段。", f"Paragraph {k}.", State.NEEDS_REVIEW) for k in range(100)
    )
    write_po(
        root / "locales/en/LC_MESSAGES/big.po",
        Catalog("big", units, header=build_header("big", None)),
    )
    return Workspace(root)


def _post(port: int, token: str, op: str, body: dict) -> tuple[int, dict]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("POST", f"/api/{op}", body=json.dumps(body),
                 headers={"Host": f"127.0.0.1:{port}", "X-Bilingual-Token": token,
                          "Content-Type": "application/json"})  # fmt: skip
    response = conn.getresponse()
    return response.status, json.loads(response.read() or b"{}")


def test_four_clients_twenty_five_edits_each_nothing_lost_stale_refused(big: Workspace):
    session = ReviewSession(big, "big")
    versions = {u.id: unit_version(u) for u in session.catalog.units}
    server = ReviewServer(session, Glossary([]))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    acknowledged: list[tuple[str, str]] = []
    lock = threading.Lock()

    def client(c: int) -> None:
        for k in range(25):
            uid = f"p{c * 25 + k:03d}"
            text = f"Paragraph {c * 25 + k}, edited by reviewer {c}."
            status, _ = _post(server.server_port, server.token, "edit",
                              {"id": uid, "text": text, "version": versions[uid]})  # fmt: skip
            if status == 200:
                with lock:
                    acknowledged.append((uid, text))

    threads = [threading.Thread(target=client, args=(c,)) for c in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert len(acknowledged) == 100
        path = big.catalog_path("big")
        on_disk = {
            u.id: u.target for u in read_po(path.read_text(encoding="utf-8"), "big.po", "big").units
        }
        assert all(on_disk[uid] == text for uid, text in acknowledged)
        # A tab still showing the first version of p007 is refused, not applied.
        status, body = _post(server.server_port, server.token, "edit",
                             {"id": "p007", "text": "A stale tab's text.", "version": versions["p007"]})  # fmt: skip
        assert status == 409 and "changed" in body["error"]
        on_disk = {
            u.id: u.target for u in read_po(path.read_text(encoding="utf-8"), "big.po", "big").units
        }
        assert on_disk["p007"] == "Paragraph 7, edited by reviewer 0."
    finally:
        server.shutdown()
        server.server_close()


def test_a_review_write_waits_for_the_lock_and_builds_on_what_is_on_disk(ws: Workspace):
    session = ReviewSession(ws, SLUG)
    ids = [u.id for u in session.catalog.units]
    path = ws.catalog_path(SLUG)
    done = threading.Event()
    with ws.lock():
        # While another process holds the lock it writes a change of its own.
        changed = path.read_text(encoding="utf-8").replace("Learned from", "As learned from")
        path.write_text(changed, encoding="utf-8")
        worker = threading.Thread(target=lambda: (session.mark(ids[2], True), done.set()))
        worker.start()
        worker.join(0.3)
        assert not done.is_set()  # waiting for the lock, not writing
    worker.join(10)
    assert done.is_set()
    now = catalog(ws).by_id()
    assert now[ids[1]].target.startswith("As learned from") and now[ids[2]].state is State.REVIEWED


def test_a_change_to_a_unit_edited_on_disk_is_a_conflict(ws: Workspace):
    session = ReviewSession(ws, SLUG)
    path = ws.catalog_path(SLUG)
    path.write_text(
        path.read_text(encoding="utf-8").replace("Learned from", "As learned from"),
        encoding="utf-8",
    )
    uid = next(u.id for u in session.catalog.units if u.target.startswith("Learned from"))
    before = path.read_bytes()
    with pytest.raises(ConflictError):
        session.edit(uid, "Something else.")
    assert path.read_bytes() == before


# --- one verdict ----------------------------------------------------------------------------


def test_export_publishes_what_build_publishes(ws: Workspace):
    runner = CliRunner()
    built = runner.invoke(cli, ["-C", str(ws.root), "build"])
    assert built.exit_code == 1  # the example as aligned has glossary errors: held back
    site = ws.root / "site"
    assert not (site / SLUG).exists()
    exported = runner.invoke(cli, ["-C", str(ws.root), "export"])
    assert exported.exit_code == 0 and not (site / SLUG).exists()
    assert runner.invoke(cli, ["-C", str(ws.root), "export", "--check"]).exit_code == 0
    # Once the errors are fixed and reviewed the article is published by both.
    approve_all(ws, SLUG)
    assert runner.invoke(cli, ["-C", str(ws.root), "export", "--check"]).exit_code == 1
    assert runner.invoke(cli, ["-C", str(ws.root), "export"]).exit_code == 0
    assert (site / SLUG / "index.html").is_file()
    # Held back again: its files go, and its folder with them.
    path = ws.catalog_path(SLUG)
    path.write_text(
        path.read_text(encoding="utf-8").replace("18th CPC National Congress", "18th NPC"),
        encoding="utf-8",
    )
    assert runner.invoke(cli, ["-C", str(ws.root), "export"]).exit_code == 0
    assert not (site / SLUG).exists()


def test_a_page_edited_by_hand_is_repaired(ws: Workspace):
    runner = CliRunner()
    approve_all(ws, SLUG)
    assert runner.invoke(cli, ["-C", str(ws.root), "export"]).exit_code == 0
    page = ws.root / "site" / SLUG / "en.html"
    good = page.read_bytes()
    page.write_bytes(good.replace(b"Jilin", b"JILIN"))
    assert runner.invoke(cli, ["-C", str(ws.root), "export", "--check"]).exit_code == 1
    result = runner.invoke(cli, ["-C", str(ws.root), "export"])
    assert result.exit_code == 0 and "1 file written" in result.output
    assert page.read_bytes() == good
    assert runner.invoke(cli, ["-C", str(ws.root), "export", "--check"]).exit_code == 0


# --- other tools ---------------------------------------------------------------------------


@pytest.mark.parametrize("tool", ["msgcat", "polib", "translate-toolkit"])
def test_round_trips_through_other_tools_change_no_decision(ws: Workspace, tool: str):
    ids = [u.id for u in catalog(ws).units]
    s = ReviewSession(ws, SLUG)
    s.merge(ids[1])
    s.split(ids[3], 1)
    s.mark(ids[0], True)
    s.edit(ids[4], "")
    before = catalog(ws)
    path = ws.catalog_path(SLUG)
    if tool == "msgcat":
        result = run_tool("msgcat", "-o", str(path), str(path))
        assert result.returncode == 0, result.stderr
    elif tool == "polib":
        polib.pofile(str(path), wrapwidth=60).save(str(path))
    else:
        from translate.storage import po as ttk_po

        store = ttk_po.pofile.parsefile(str(path))
        path.write_bytes(bytes(store))
    after = catalog(ws)
    assert after.units == before.units
    pipeline.build(ws, ws.root / "site")
    built = catalog(ws)
    for unit in before.units:
        if not unit.machine_owned:
            assert built.by_id()[unit.id].target == unit.target
            assert built.by_id()[unit.id].decisions == unit.decisions


def test_weblate_waiting_for_review_is_not_published_with_signed_approval(ws: Workspace):
    from translate.storage import po as ttk_po

    approve_all(ws, SLUG)
    (ws.root / "bilingual.toml").write_text('[review]\napproval = "signed"\n', encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["-C", str(ws.root), "export"]).exit_code == 0
    page = ws.root / "site" / SLUG / "en.html"
    assert "Learned from the province" in page.read_text(encoding="utf-8")
    # Weblate (through translate-toolkit) saves a translator's change that waits
    # for review: translated, not fuzzy, exactly like an approved string.
    path = ws.catalog_path(SLUG)
    store = ttk_po.pofile.parsefile(str(path))
    unit = next(u for u in store.units if u.getcontext() == "p9db51252")
    unit.target = "Waiting for review: " + unit.target
    unit.markfuzzy(False)
    path.write_bytes(bytes(store))
    assert runner.invoke(cli, ["-C", str(ws.root), "export"]).exit_code == 0
    text = page.read_text(encoding="utf-8")
    assert "Waiting for review" not in text and "awaiting review" in text
    status = runner.invoke(cli, ["-C", str(ws.root), "status", "--format", "json"])
    assert json.loads(status.stdout)["articles"][0]["needs_review"] == 1
    # Under the default rule ("po") the same file would publish it.
    (ws.root / "bilingual.toml").write_text("", encoding="utf-8")
    assert runner.invoke(cli, ["-C", str(ws.root), "export"]).exit_code == 0
    assert "Waiting for review" in page.read_text(encoding="utf-8")
