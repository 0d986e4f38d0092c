"""Orchestration: the stages run in order over a workspace. Files are read and written here."""

from __future__ import annotations

import contextlib
import os
import re
import signal
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from bilingual.align.article import THRESHOLD, AlignReport, align_article
from bilingual.catalog import build_header, load_po, settle, stamp_revision, write_po
from bilingual.catalogcache import parsed, prune
from bilingual.checkrun import check_catalogs as check
from bilingual.draft import THRESHOLD as DRAFT_THRESHOLD
from bilingual.draft import DraftReport, draft
from bilingual.errors import InputError, UsageError
from bilingual.files import content_digest, file_digest, read_bytes
from bilingual.glossary import Glossary, Term, term_map, terms_or_error
from bilingual.ingest import SiteRule, read_article
from bilingual.memory import Memory, read_tmx, reviewed_pairs
from bilingual.merge import merge
from bilingual.model import Article, Catalog, Finding, Lang, Severity, State, with_approval_rule
from bilingual.normalize import web_address
from bilingual.workspace import CONFIG_NAME, Workspace, validate_slug

#: Called with a short label (an article's slug) each time one item of work is done.
Progress = Callable[[str], None]


def _quiet(_item: str) -> None:
    pass


#: Starts a phase of work, given its name and how many items it has; returns
#: the callback for each item done.
Phases = Callable[[str, int], Progress]


@dataclass(frozen=True)
class IngestReport:
    slug: str
    catalog: Path
    units: int
    added: int
    edited: int
    obsoleted: int
    alignment: AlignReport | None
    written: bool
    warnings: tuple[str, ...] = ()
    #: sha256 of the catalog file as it was read ('' when there was none).
    base: str = ""


def load_catalog(ws: Workspace, slug: str) -> Catalog | None:
    """The article's catalog as the workspace's approval rule reads it."""
    return read_catalog(ws, slug)[0]


def read_catalog(ws: Workspace, slug: str) -> tuple[Catalog | None, str]:
    """The article's catalog (None when there is none) and the digest of the
    bytes it was read from ('' then), to tell later whether the file moved on."""
    path = ws.catalog_path(slug)
    try:
        st = path.stat()
    except FileNotFoundError:
        return None, ""
    except OSError:
        st = None
    # A build reads each catalog in several stages (status, draft, check,
    # export): the same file (same inode, size and time) is parsed once.
    key = (str(path), st.st_ino, st.st_size, st.st_mtime_ns) if st else None
    known = _READ.get(key) if key else None
    if known is None:
        data = read_bytes(path)
        digest = content_digest(data)
        known = (parsed(ws, path, slug, data, digest), digest)
        if key:
            if len(_READ) >= _READ_KEEP:
                _READ.clear()
            _READ[key] = known
    catalog, digest = known
    return with_approval_rule(catalog, ws.approval()), digest


#: Catalogs already parsed, by file identity (see :func:`read_catalog`).
_READ: dict[tuple[str, int, int, int], tuple[Catalog, str]] = {}
_READ_KEEP = 20_000


def load_article(
    path: Path, ws: Workspace, slug: str, lang: Lang, rules: tuple[SiteRule, ...]
) -> Article:
    limit = ws.max_page_bytes()
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # read_bytes says what is wrong with it
    if size > limit:
        raise InputError(
            f"{size / 1e6:.1f} MB is over the {limit / 1e6:g} MB limit for one page "
            "(raise it with [ingest] max_mb in bilingual.toml)",
            ws.relative(path),
        )
    return read_article(read_bytes(path), ws.relative(path), slug, lang, rules)


@dataclass(frozen=True)
class AlignRun:
    slug: str
    catalog: Path
    report: AlignReport
    written: bool


def align_all(
    ws: Workspace,
    slugs: list[str],
    threshold: float = THRESHOLD,
    today: str = "",
    progress: Progress = _quiet,
) -> list[AlignRun]:
    """Re-align the English of articles already ingested.

    The work is done without the workspace lock; under it, each catalog is
    written if it is still as it was read, and aligned again otherwise.
    """

    def one(slug: str) -> tuple[str, Catalog, Catalog, AlignReport]:
        catalog, before = read_catalog(ws, slug)
        if catalog is None:
            raise InputError("no catalog yet: run 'bilingual ingest' first", ws.catalog_path(slug))
        path = ws.article_file(slug, "en")
        if path is None:
            raise InputError(
                "no English translation (en.html, en.md or en.txt)", ws.articles_dir / slug
            )
        english = load_article(path, ws, slug, Lang.EN, rules)
        aligned, report = align_article(catalog, english, terms, threshold)
        progress(slug)
        return before, catalog, aligned, report

    terms = load_terms(ws)
    rules = ws.site_rules()
    prepared = [one(slug) for slug in slugs]
    with ws.lock():
        runs = []
        for before, old, new, report in prepared:
            path = ws.catalog_path(old.slug)
            if file_digest(path) != before:  # another writer came in between
                before, old, new, report = one(old.slug)
            written = write_po(path, settle(old, new, today))
            runs.append(AlignRun(old.slug, path, report, written))
        return runs


def ingest_all(
    ws: Workspace,
    slugs: list[str],
    source: Path | None = None,
    translation: Path | None = None,
    today: str = "",
    progress: Progress = _quiet,
) -> list[IngestReport]:
    """Ingest articles: read, merge and align without the lock, write under it.

    Every article is read and merged before any catalog is written, so one
    bad file leaves the whole workspace as it was. A catalog that another
    writer changed in the meantime is merged again, under the lock.
    """
    prepared = []
    for slug in slugs:
        prepared.append(_prepare(ws, slug, source, translation))
        progress(slug)
    with ws.lock():
        return [
            _commit(ws, *_current(ws, catalog, report, source, translation), today)
            for catalog, report in prepared
        ]


def _current(
    ws: Workspace,
    catalog: Catalog,
    report: IngestReport,
    source: Path | None = None,
    translation: Path | None = None,
) -> tuple[Catalog, IngestReport]:
    """The prepared catalog, or prepared again when the file changed since it was read."""
    if file_digest(report.catalog) == report.base:
        return catalog, report
    return _prepare(ws, report.slug, source, translation)


def ingest(ws: Workspace, slug: str, **kwargs: object) -> IngestReport:
    return ingest_all(ws, [slug], **kwargs)[0]  # type: ignore[arg-type]


def workspace_terms(ws: Workspace) -> list[Term]:
    """The workspace's glossary terms (none when there is no glossary.csv)."""
    if not ws.glossary_path.exists():
        return []
    return terms_or_error(ws.glossary_path, ws.relative(ws.glossary_path))


def load_terms(ws: Workspace) -> dict[str, str]:
    """The workspace glossary as the aligner uses it."""
    return term_map(workspace_terms(ws))


def _prepare(
    ws: Workspace,
    slug: str,
    source: Path | None,
    translation: Path | None,
    threshold: float = THRESHOLD,
) -> tuple[Catalog, IngestReport]:
    validate_slug(slug)
    rules = ws.site_rules()
    source = source or ws.article_file(slug, "zh")
    if source is None:
        raise InputError("no Chinese source (zh.html, zh.md or zh.txt)", ws.articles_dir / slug)
    zh = load_article(source, ws, slug, Lang.ZH, rules)
    if script := ws.script():
        zh = replace(zh, script=script)
    translation = translation or ws.article_file(slug, "en")
    en = load_article(translation, ws, slug, Lang.EN, rules) if translation else None

    existing, base = read_catalog(ws, slug)
    old = existing or Catalog(slug=slug, units=())
    catalog = merge(old, zh, build_header(slug, zh, old.header))
    alignment = None
    if en is not None:
        catalog, alignment = align_article(catalog, en, load_terms(ws), threshold)
    settled = settle(existing, catalog)
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
        alignment=alignment,
        written=settled is not existing,
        warnings=zh.warnings + (en.warnings if en else ()) + _damage(catalog, ws, source),
        base=base,
    )
    return settled, report


#: Characters lost in a broken re-encoding: runs of "?" or U+FFFD next to Chinese.
_DAMAGED = re.compile(r"[\u3400-\u9fff][?\ufffd]{2,}|[?\ufffd]{2,}[\u3400-\u9fff]|\ufffd")


def _damage(catalog: Catalog, ws: Workspace, source: Path) -> tuple[str, ...]:
    """A warning for each paragraph whose Chinese lost characters on the way."""
    return tuple(
        f"{ws.relative(source)}: {u.id}: characters lost as {m.group(0)!r} (a broken "
        "re-encoding): fetch the page again"
        for u in catalog.units
        if (m := _DAMAGED.search(u.source))
    )


def _commit(ws: Workspace, catalog: Catalog, report: IngestReport, today: str) -> IngestReport:
    if not report.written:
        return report
    if today:
        catalog = stamp_revision(catalog, today)
    written = write_po(report.catalog, catalog)
    return replace(report, written=written)


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
    known = ws.slugs()
    for slug in slugs or ():
        if validate_slug(slug) not in known:
            raise UsageError(f"no article {slug!r} in this workspace (articles/ and locales/)")
    result = []
    for slug in slugs or known:
        catalog = load_catalog(ws, slug)
        if catalog is None:
            result.append(ArticleStatus(slug, 0, dict.fromkeys(State, 0), 0, False))
            continue
        result.append(
            ArticleStatus(slug, len(catalog.units), catalog.counts(), len(catalog.obsolete), True)
        )
    return result


@dataclass(frozen=True)
class ExportRun:
    articles: int
    rendered: int
    written: list[str]
    removed: list[str]
    stale: list[str]
    warnings: list[str] = field(default_factory=list)


def held_back(ws: Workspace, findings: list[Finding]) -> frozenset[str]:
    """The publishing rule, in one place for ``build``, ``export`` and ``export --check``:
    an article is published when it has a catalog and the checks find no error
    in it (warnings do not hold it back); only its reviewed pairs are shown."""
    files = {f.file for f in findings if f.severity is Severity.ERROR}
    return frozenset(s for s in ws.slugs() if ws.relative(ws.catalog_path(s)) in files)


def export(
    ws: Workspace,
    out: Path,
    include_drafts: bool = False,
    check_only: bool = False,
    findings: list[Finding] | None = None,
    progress: Progress = _quiet,
) -> ExportRun:
    """Export every publishable article's reviewed pairs to ``out`` (see
    :mod:`bilingual.export.site` and :func:`held_back`).

    Articles whose catalog did not change since the last export, and whose
    files on disk are as that export wrote them, are not rendered again.
    ``findings`` are the workspace's check findings when the caller has them.
    """
    from bilingual.export.html import Page
    from bilingual.export.site import (
        digest,
        intact,
        out_of_date,
        previous_records,
        render_article,
        settled_time,
        site_files,
        write_site,
    )

    if findings is None:
        findings = check(ws, []).findings
    hold_back = held_back(ws, findings)
    base_url = ws.config().get("export", {}).get("base_url", "")
    old = previous_records(out)
    settled = settled_time(out)
    approval = ws.approval()
    records, rendered, warnings = [], 0, []
    if not base_url:
        warnings.append(f"{CONFIG_NAME}: no [export] base_url: no sitemap.xml is written, "
                        "and canonical and hreflang links stay relative")  # fmt: skip
    elif not web_address(base_url):
        raise InputError(f"[export] base_url {base_url!r} is not an http(s) address", CONFIG_NAME)
    for slug in ws.slugs():
        progress(slug)  # every article is an item, rendered, kept or held back
        path = ws.catalog_path(slug)
        if slug in hold_back or not path.exists():
            continue
        data = read_bytes(path)
        key = digest(data, f"{include_drafts}|{approval}|{base_url}")
        previous = old.get(slug)
        if previous and previous.digest == key and intact(out, previous, settled):
            records.append(previous)
            continue
        catalog = with_approval_rule(load_po(data, ws.relative(path), slug), approval)
        url = catalog.header_value("X-Source-URL")
        if url and not web_address(url):
            shown = url[:60].encode("unicode_escape").decode("ascii")
            warnings.append(f"{ws.relative(path)}: X-Source-URL {shown!r} not published: "
                            "only http and https addresses are")  # fmt: skip
        records.append(render_article(Page(slug, catalog, include_drafts, base_url), key))
        rendered += 1
    shared = site_files(records, base_url)
    if check_only:
        stale = out_of_date(out, records, shared, old)
        return ExportRun(len(records), rendered, [], [], stale, warnings)
    with ws.lock():
        report = write_site(out, records, shared, old)
    return ExportRun(len(records), rendered, report.written, report.removed, [], warnings)


def workspace_memory(ws: Workspace, imported: Sequence[tuple[str, str, str]] = ()) -> Memory:
    """Translation memory from every reviewed unit of the workspace, plus the
    pairs ``imported`` from TMX files (:func:`tmx_pairs`)."""
    catalogs = [(slug, c) for slug in ws.slugs() if (c := load_catalog(ws, slug)) is not None]
    return Memory([*reviewed_pairs(catalogs), *imported])


def tmx_pairs(ws: Workspace, tmx: Sequence[Path]) -> list[tuple[str, str, str]]:
    return [pair for path in tmx for pair in read_tmx(path, ws.relative(path))]


def machine_engine(ws: Workspace, beam_size: int = 4, batch_size: int = 32):  # type: ignore[no-untyped-def]
    """The installed zh→en Argos model as a draft engine, or None when there is none."""
    from bilingual import mt

    model = mt.zh_en_model()
    if model is None:
        return None
    terms = workspace_terms(ws)
    return mt.ArgosEngine(model, Glossary(terms), beam_size=beam_size, batch_size=batch_size)


def draft_all(
    ws: Workspace,
    slugs: list[str],
    threshold: float = DRAFT_THRESHOLD,
    tmx: Sequence[Path] = (),
    progress: Progress = _quiet,
    engine=None,  # type: ignore[no-untyped-def]
) -> list[DraftReport]:
    """Fill untranslated units: translation memory first, then machine translation."""
    imported = tmx_pairs(ws, tmx)  # a broken TMX file is an error before anything is read
    with ws.lock():
        memory: Memory | None = None
        reports = []
        for slug in slugs:
            catalog = load_catalog(ws, slug)
            if catalog is None:
                raise InputError(
                    "no catalog yet: run 'bilingual ingest' first", ws.catalog_path(slug)
                )
            # The memory is read from every catalog: only when a unit is to be
            # filled (not in an archive whose articles all have their English).
            if memory is None and any(not u.target and u.machine_owned for u in catalog.units):
                memory = workspace_memory(ws, imported)
            drafted, report = draft(
                catalog, _NO_MEMORY if memory is None else memory, threshold, engine
            )
            if drafted != catalog:
                write_po(ws.catalog_path(slug), settle(catalog, drafted))
            reports.append(report)
            progress(slug)
        return reports


#: What drafting is given for a catalog with nothing to fill.
_NO_MEMORY = Memory()


@dataclass(frozen=True)
class BuildRow:
    slug: str
    status: ArticleStatus
    errors: int
    warnings: int
    published: bool


@dataclass(frozen=True)
class BuildRun:
    rows: list[BuildRow]
    export: ExportRun
    findings: list[Finding]
    drafts: list[DraftReport]
    warnings: list[str] = field(default_factory=list)
    #: Articles not ingested and aligned again: nothing they depend on changed.
    unchanged: int = 0


def _build_worker(parent: int) -> None:
    from bilingual.align.embed import one_thread
    from bilingual.workers import die_with_parent

    die_with_parent(parent)
    one_thread()
    # Ctrl-C is the parent's to handle: it keeps what finished and cancels the rest.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _prepare_one(args: tuple[Path, str]) -> tuple[Catalog, IngestReport]:
    root, slug = args
    return _prepare(Workspace(root), slug, None, None)


def build(
    ws: Workspace,
    out: Path,
    jobs: int = 1,
    include_drafts: bool = False,
    phases: Phases = lambda _name, _total: _quiet,
    executor: str = "local",
    address: str | None = None,
) -> BuildRun:
    """The main job: ingest and align every article, draft, check, export the clean ones.

    Articles are read and aligned in ``jobs`` processes; catalogs are written
    by this process alone, under the workspace lock. An article whose checks
    find errors is held back from the site; the others are published.
    Drafts come from translation memory; they stay fuzzy, so they are never
    published unless ``include_drafts`` asks for them. With ``executor="ray"``
    articles are read and aligned by Ray actors (:mod:`bilingual.cluster`;
    ``address``: an existing cluster, else a local one). An article whose
    files, settings, glossary, catalog and tool are as the last build left
    them is not ingested and aligned again (:mod:`bilingual.ledger`).
    """
    from bilingual.ledger import Ledger, inputs_digest, shared_digest

    ledger = Ledger(ws)
    sources = [s for s in ws.slugs() if ws.article_file(s, "zh") is not None]
    shared = shared_digest(ws)
    inputs = {slug: inputs_digest(ws, slug, shared) for slug in sources}
    warned: dict[str, tuple[str, ...]] = {}
    work = []
    for slug in sources:
        kept = ledger.unchanged(slug, inputs[slug])
        if kept is None:
            work.append((ws.root, slug))
        else:
            warned[slug] = kept
    progress = phases("ingest and align", len(work))
    prepared: Iterable[tuple[Catalog, IngestReport]]
    with contextlib.ExitStack() as stack:
        if executor == "ray" and work:
            from bilingual.cluster import prepare_on_ray

            prepared = prepare_on_ray(work, address)
        # A pool's workers each load the encoder (a second or two): worth it
        # only for more articles than a few per worker.
        elif jobs > 1 and len(work) > 4 * jobs:
            from concurrent.futures import ProcessPoolExecutor

            pool = ProcessPoolExecutor(
                max_workers=jobs, initializer=_build_worker, initargs=(os.getpid(),)
            )
            # Stopped early (Ctrl-C, bad input): the articles not yet started are dropped.
            stack.callback(pool.shutdown, wait=True, cancel_futures=True)
            prepared = pool.map(_prepare_one, work)
        else:
            prepared = map(_prepare_one, work)
        # Each article is written as soon as it is ready, so that a build
        # stopped half-way (Ctrl-C, a crash, bad input further on) keeps every
        # article it finished, and the next build skips them.
        for catalog, report in prepared:
            with ws.lock():
                committed = _commit(ws, *_current(ws, catalog, report), "")
                ledger.record(committed.slug, inputs[committed.slug], committed.warnings)
            warned[committed.slug] = committed.warnings
            progress(committed.slug)
    drafted = [s for s in ws.slugs() if ws.catalog_path(s).exists()]
    drafts = draft_all(
        ws, drafted, engine=machine_engine(ws), progress=phases("draft", len(drafted))
    )
    with ws.lock():  # the catalogs as this build leaves them, drafts included
        for slug in sources:
            ledger.record(slug, inputs[slug], warned[slug])
    checked = phases("check", 1)
    run = check(ws, [])
    checked(f"{run.units} units")
    by_file: dict[str, Counter[Severity]] = {}
    for f in run.findings:
        by_file.setdefault(f.file, Counter())[f.severity] += 1
    held, rows = held_back(ws, run.findings), []
    for st in status(ws):
        counts = by_file.get(ws.relative(ws.catalog_path(st.slug)), Counter())
        rows.append(
            BuildRow(
                st.slug,
                st,
                counts[Severity.ERROR],
                counts[Severity.WARNING],
                st.slug not in held and st.has_catalog,
            )
        )
    exported = export(
        ws, out, include_drafts, findings=run.findings, progress=phases("export", len(rows))
    )
    warnings = [w for slug in sources for w in warned[slug]]
    prune(ws, keep=2 * len(rows) + 1000)
    return BuildRun(
        rows, exported, run.findings, drafts, warnings + exported.warnings,
        len(sources) - len(work),
    )  # fmt: skip
