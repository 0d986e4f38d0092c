"""The exported site: planned in memory, then only what changed is written.

Layout (stable URLs)::

    index.html                      the list of published articles
    <slug>/index.html               Chinese and English side by side
    <slug>/zh.html, <slug>/en.html  one language each, linked by hreflang
    <slug>/<slug>.tmx               reviewed pairs, paragraphs and sentences (TMX 1.4b)
    <slug>/<slug>.xlf               reviewed pairs (XLIFF 2.1)
    sitemap.xml                     every page with its language alternates
    manifest.json                   every file with sha256 and size; article metadata and counts

Two exports of the same state are byte-identical (nothing depends on the
clock or on the order files are found in). Each article records the digest
of what its pages were made from (catalog bytes, options, tool version); an
article whose digest did not change is not rendered again, and a file whose
bytes did not change is not rewritten. Every write replaces its file
atomically, and the manifest is written last, so a website pulling the site
never sees half a page nor a manifest ahead of its files.
"""

from __future__ import annotations

import hashlib
import json
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from bilingual import __version__
from bilingual.export.html import Page, render_index, render_monolingual, render_parallel
from bilingual.export.tmx import render_tmx
from bilingual.export.xliff import render_xliff
from bilingual.files import write_atomic
from bilingual.model import State, with_visible_controls
from bilingual.normalize import web_address

MANIFEST = "manifest.json"


@dataclass(frozen=True)
class Record:
    """What the site knows of one published article, rendered now or kept from last time."""

    slug: str
    title_zh: str
    title_en: str
    date: str
    source: str
    url: str
    counts: dict[str, int]
    digest: str
    files: dict[str, tuple[str, int]]  # path -> (sha256, size)
    rendered: dict[str, bytes] = field(default_factory=dict, compare=False)
    zh: str = "zh-Hans"  # the language tag of the Chinese


def digest(po_bytes: bytes, options: object) -> str:
    """What an article's pages are made from: the catalog, the options, the tool version."""
    return hashlib.sha256(f"{__version__}|{options}|".encode() + po_bytes).hexdigest()


def render_article(page: Page, key: str) -> Record:
    page = replace(page, catalog=with_visible_controls(page.catalog))
    slug = page.slug
    rendered = {
        f"{slug}/index.html": render_parallel(page).encode("utf-8"),
        f"{slug}/zh.html": render_monolingual(page, page.zh).encode("utf-8"),
        f"{slug}/en.html": render_monolingual(page, "en").encode("utf-8"),
        f"{slug}/{slug}.tmx": render_tmx(page.catalog, slug).encode("utf-8"),
        f"{slug}/{slug}.xlf": render_xliff(page.catalog, slug).encode("utf-8"),
    }
    zh_title, en_title = page.title()
    body = page.body()
    shown = sum(1 for u in body if page.shown(u) and u.target)
    header = page.catalog.header_value
    return Record(
        slug=slug,
        title_zh=zh_title,
        title_en=en_title,
        date=header("X-Source-Date"),
        source=header("X-Source-Publisher"),
        url=web_address(header("X-Source-URL")),
        counts={
            "pairs": len(body),
            "published": shown,
            "gaps": len(body) - shown,
            "reviewed": sum(1 for u in body if u.state is State.REVIEWED),
        },
        digest=key,
        files={p: (hashlib.sha256(d).hexdigest(), len(d)) for p, d in rendered.items()},
        rendered=rendered,
        zh=page.zh,
    )


def previous_records(out: Path) -> dict[str, Record]:
    """The articles the last export recorded in its manifest (empty when there is none)."""
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        if manifest.get("format") != MANIFEST_FORMAT:
            return {}  # an older layout: everything is rendered again
        records = {}
        for a in manifest["articles"]:
            files = {f["path"]: (f["sha256"], f["size"]) for f in a["files"]}
            title = a["title"]
            records[a["slug"]] = Record(
                a["slug"],
                title["zh"],
                title["en"],
                a["date"].replace("T", " ", 1),
                a["source"],
                a["url"],
                a["counts"],
                a["digest"],
                files,  # type: ignore[arg-type]
                zh=a.get("source_language", "zh-Hans"),
            )
        return records
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def intact(out: Path, record: Record, settled: int | None = None) -> bool:
    """Whether every file of a record is on disk as the export wrote it (a page
    edited or damaged by hand is rendered again).

    ``settled``: the manifest's modification time (ns). The manifest is
    written after every page, so a page of the right size last modified
    before it is as that export left it, without reading it; a page touched
    since is read and compared.
    """
    for path, (sha, size) in record.files.items():
        try:
            st = (out / path).stat()
        except OSError:
            return False
        if not stat.S_ISREG(st.st_mode) or st.st_size != size:
            return False
        if settled is not None and st.st_mtime_ns < settled:
            continue
        if hashlib.sha256((out / path).read_bytes()).hexdigest() != sha:
            return False
    return True


def settled_time(out: Path) -> int | None:
    """The manifest's modification time in ns, for :func:`intact`."""
    try:
        return (out / MANIFEST).stat().st_mtime_ns
    except OSError:
        return None


def site_files(records: list[Record], base_url: str) -> dict[str, bytes]:
    """The files made from all articles together: index, sitemap (when the
    site's address is known), manifest."""
    entries = [(r.slug, r.date, r.title_zh, r.title_en, r.zh) for r in records]
    files = {"index.html": render_index(entries).encode("utf-8")}
    if base_url:
        files["sitemap.xml"] = render_sitemap(records, base_url).encode("utf-8")
    files[MANIFEST] = render_manifest(records, files).encode("utf-8")
    return files


def render_sitemap(records: list[Record], base_url: str) -> str:
    base = base_url.rstrip("/") + "/"

    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
             'xmlns:xhtml="http://www.w3.org/1999/xhtml">',
             f"  <url><loc>{escape(base)}index.html</loc></url>"]  # fmt: skip
    for record in sorted(records, key=lambda r: r.slug):
        pages = {"x-default": "index.html", record.zh: "zh.html", "en": "en.html"}
        for name in pages.values():
            lines.append(f"  <url><loc>{escape(base + record.slug + '/' + name)}</loc>")
            for lang, other in pages.items():
                href = quoteattr(base + record.slug + "/" + other)
                lines.append(f'    <xhtml:link rel="alternate" hreflang="{lang}" href={href}/>')
            lines.append("  </url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


#: The manifest's format; a website checks it before reading the rest.
MANIFEST_FORMAT = 2


def iso_date(date: str) -> str:
    """A source date as ISO 8601: ``2018-04-11`` or ``2018-04-11T09:42`` (local
    time of the source; Chinese sources give no offset)."""
    return date.replace(" ", "T", 1)


def _file(path: str, sha: str, size: int) -> dict[str, object]:
    return {"path": path, "sha256": sha, "size": size}


def render_manifest(records: list[Record], shared: dict[str, bytes]) -> str:
    listing = {
        p: (hashlib.sha256(d).hexdigest(), len(d)) for p, d in shared.items() if p != MANIFEST
    }
    articles = []
    for r in sorted(records, key=lambda r: r.slug):
        listing.update(r.files)
        articles.append({
            "slug": r.slug, "source_language": r.zh,
            "title": {"zh": r.title_zh, "en": r.title_en},
            "date": iso_date(r.date), "source": r.source, "url": r.url, "counts": r.counts,
            "digest": r.digest,
            "pages": {"parallel": f"{r.slug}/index.html", "zh": f"{r.slug}/zh.html",
                      "en": f"{r.slug}/en.html"},
            "files": [_file(p, *v) for p, v in sorted(r.files.items())],
        })  # fmt: skip
    files = [_file(p, *v) for p, v in sorted(listing.items())]

    # One article and one file per line: readable, a small diff when one
    # article changes, and each line made by json's C encoder (with an
    # indent, json encodes in Python: a quarter of a re-run's export).
    def items(values: list[dict[str, object]]) -> str:
        lines = (json.dumps(v, ensure_ascii=False, sort_keys=True) for v in values)
        return "[\n    " + ",\n    ".join(lines) + "\n  ]" if values else "[]"

    return (
        f'{{\n  "articles": {items(articles)},\n  "files": {items(files)},\n'
        f'  "format": {MANIFEST_FORMAT},\n'
        f'  "generator": {json.dumps(f"bilingual {__version__}")}\n}}\n'
    )


@dataclass(frozen=True)
class WriteReport:
    written: list[str]
    kept: int
    removed: list[str]


def write_site(
    out: Path, records: list[Record], shared: dict[str, bytes], old: dict[str, Record]
) -> WriteReport:
    """Write what changed, atomically and the manifest last; remove what is no longer wanted."""
    written, kept = [], 0
    if out.is_dir():  # what a killed export left half-written (the caller holds the lock)
        for stale in out.rglob(".*.tmp"):
            stale.unlink(missing_ok=True)
    wanted = {**{p: d for r in records for p, d in r.rendered.items()}, **shared}
    for path in sorted(wanted, key=lambda p: p == MANIFEST):
        data = wanted[path]
        target = out / path
        if target.is_file() and target.stat().st_size == len(data) and target.read_bytes() == data:
            kept += 1
            continue
        write_atomic(target, data)
        written.append(path)
    keep = set(wanted) | {p for r in records for p in r.files}
    before = {p for r in old.values() for p in r.files} | (
        {MANIFEST, "index.html", "sitemap.xml"} if old else set()
    )
    if "sitemap.xml" not in wanted and (out / "sitemap.xml").is_file():
        before.add("sitemap.xml")  # the site's address was taken out of the settings
    removed = sorted(p for p in before - keep if (out / p).exists())
    for path in removed:
        (out / path).unlink(missing_ok=True)
        # An article taken off the site leaves no empty folder behind.
        folder = (out / path).parent
        while folder != out and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
    return WriteReport(written, kept, removed)


def out_of_date(
    out: Path, records: list[Record], shared: dict[str, bytes], old: dict[str, Record]
) -> list[str]:
    """Files that an export would write or remove: missing, different, or no longer wanted."""
    expected = {p: v for r in records for p, v in r.files.items()}
    expected.update({p: (hashlib.sha256(d).hexdigest(), len(d)) for p, d in shared.items()})
    stale = []
    for path, (sha, _size) in sorted(expected.items()):
        target = out / path
        if not target.is_file() or hashlib.sha256(target.read_bytes()).hexdigest() != sha:
            stale.append(path)
    before = {p for r in old.values() for p in r.files}
    return stale + sorted(before - expected.keys())
