"""Orchestration: the stages run in order over a workspace. Files are read and written here."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC
from pathlib import Path

from bilingual.align import PairingReport, pair_by_position
from bilingual.catalog import build_header, read_po, write_po
from bilingual.errors import InputError
from bilingual.files import read_bytes, read_text
from bilingual.ingest import SiteRule, read_article
from bilingual.merge import merge
from bilingual.model import Article, Catalog, Lang, State
from bilingual.workspace import Workspace, validate_slug


@dataclass(frozen=True)
class IngestReport:
    slug: str
    catalog: Path
    units: int
    added: int
    edited: int
    obsoleted: int
    pairing: PairingReport | None
    written: bool


def load_catalog(ws: Workspace, slug: str) -> Catalog | None:
    path = ws.catalog_path(slug)
    if not path.exists():
        return None
    return read_po(read_text(path), ws.relative(path), slug)


def load_article(
    path: Path, ws: Workspace, slug: str, lang: Lang, rules: tuple[SiteRule, ...]
) -> Article:
    return read_article(read_bytes(path), ws.relative(path), slug, lang, rules)


def ingest_all(
    ws: Workspace,
    slugs: list[str],
    source: Path | None = None,
    translation: Path | None = None,
    today: str = "",
) -> list[IngestReport]:
    """Ingest articles under the workspace lock.

    Every article is read and merged before any catalog is written, so one
    bad file leaves the whole workspace as it was.
    """
    with ws.lock():
        prepared = [_prepare(ws, slug, source, translation) for slug in slugs]
        return [_commit(ws, catalog, report, today) for catalog, report in prepared]


def ingest(ws: Workspace, slug: str, **kwargs: object) -> IngestReport:
    return ingest_all(ws, [slug], **kwargs)[0]  # type: ignore[arg-type]


def _prepare(
    ws: Workspace, slug: str, source: Path | None, translation: Path | None
) -> tuple[Catalog, IngestReport]:
    validate_slug(slug)
    rules = ws.site_rules()
    source = source or ws.article_file(slug, "zh")
    if source is None:
        raise InputError("no Chinese source (zh.html, zh.md or zh.txt)", ws.articles_dir / slug)
    zh = load_article(source, ws, slug, Lang.ZH, rules)
    translation = translation or ws.article_file(slug, "en")
    en = load_article(translation, ws, slug, Lang.EN, rules) if translation else None

    old = load_catalog(ws, slug) or Catalog(slug=slug, units=())
    catalog = merge(old, zh, build_header(slug, zh, old.header))
    pairing = None
    if en is not None:
        catalog, pairing = pair_by_position(catalog, en)
    old_ids = {u.id: u for u in old.units}
    report = IngestReport(
        slug=slug,
        catalog=ws.catalog_path(slug),
        units=len(catalog.units),
        added=sum(1 for u in catalog.units if u.id not in old_ids),
        edited=sum(
            1 for u in catalog.units if u.id in old_ids and u.source != old_ids[u.id].source
        ),
        obsoleted=max(len(catalog.obsolete) - len(old.obsolete), 0),
        pairing=pairing,
        written=catalog != old,
    )
    return catalog, report


def _commit(ws: Workspace, catalog: Catalog, report: IngestReport, today: str) -> IngestReport:
    if report.written or not report.catalog.exists():
        catalog = _stamp(catalog, today)
    written = write_po(report.catalog, catalog)
    return replace(report, written=written)


def _stamp(catalog: Catalog, today: str) -> Catalog:
    """Set PO-Revision-Date, only when the content really changed (keeps diffs quiet)."""
    if not today:
        from datetime import datetime

        today = datetime.now(UTC).strftime("%Y-%m-%d %H:%M+0000")
    header = tuple((k, today if k == "PO-Revision-Date" else v) for k, v in catalog.header)
    return Catalog(catalog.slug, catalog.units, catalog.obsolete, header, catalog.header_comment)


@dataclass(frozen=True)
class ArticleStatus:
    slug: str
    paragraphs: int
    counts: dict[State, int]
    obsolete: int
    has_catalog: bool

    def as_dict(self) -> dict[str, object]:
        return {
            "slug": self.slug,
            "paragraphs": self.paragraphs,
            "reviewed": self.counts[State.REVIEWED],
            "needs_review": self.counts[State.NEEDS_REVIEW],
            "drafts": self.counts[State.DRAFT],
            "untranslated": self.counts[State.UNTRANSLATED],
            "obsolete": self.obsolete,
            "catalog": self.has_catalog,
        }


def status(ws: Workspace, slugs: list[str] | None = None) -> list[ArticleStatus]:
    result = []
    for slug in slugs or ws.slugs():
        catalog = load_catalog(ws, slug)
        if catalog is None:
            result.append(ArticleStatus(slug, 0, dict.fromkeys(State, 0), 0, False))
            continue
        result.append(
            ArticleStatus(slug, len(catalog.units), catalog.counts(), len(catalog.obsolete), True)
        )
    return result
