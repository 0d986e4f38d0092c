"""The command line: parse options, call one library function, print a summary.

Exit status: 0 done and clean; 1 the work ran and found problems; 2 bad
input or usage (with a one-line ``Error:`` naming the file).
"""

from __future__ import annotations

import contextlib
import importlib.util
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from bilingual import __version__
from bilingual.align.article import THRESHOLD, AlignReport
from bilingual.draft import THRESHOLD as DRAFT_THRESHOLD
from bilingual.errors import BilingualError, UsageError, WorkspaceError
from bilingual.files import read_lines, read_pairs, write_atomic
from bilingual.glossary import load_glossary, render_csv, render_tbx, terms_or_error
from bilingual.model import Severity
from bilingual.report import (
    alignment_dict,
    document,
    draft_dict,
    export_dict,
    finding_dict,
    ingest_dict,
    render_beads,
)
from bilingual.workspace import Workspace

if TYPE_CHECKING:
    from bilingual import pipeline
else:
    # Imported when a command first uses it: `check` needs none of the
    # pipeline's stages, and a re-check should cost little more than a start.
    spec = importlib.util.find_spec("bilingual.pipeline")
    spec.loader = importlib.util.LazyLoader(spec.loader)
    pipeline = sys.modules["bilingual.pipeline"] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pipeline)


class _Group(click.Group):
    """Turns every library error into one ``Error:`` line and exit status 2,
    and Ctrl-C into one line and status 130."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except BilingualError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            # Every write is atomic, and build writes each article as it is
            # done: what finished is kept, and the next run resumes after it.
            click.echo("Interrupted: finished work is kept; run the command again to resume",
                       err=True)  # fmt: skip
            ctx.exit(130)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bilingual")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.option(
    "-C",
    "--workspace",
    type=click.Path(file_okay=False, path_type=Path),
    help="Workspace folder (default: found from the current folder upwards).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress and no warnings on stderr.")
@click.option("-v", "--verbose", is_flag=True, help="Progress as one line per article, always.")
@click.pass_context
def cli(
    ctx: click.Context, debug: bool, workspace: Path | None, quiet: bool, verbose: bool
) -> None:
    """Align, check, draft and publish Chinese articles with their English translations.

    A workspace holds articles/<slug>/zh.* sources (and en.* translations),
    one PO catalog per article in locales/en/LC_MESSAGES/ and glossary.csv.
    """
    ctx.obj = {"debug": debug, "workspace": workspace, "quiet": quiet, "verbose": verbose}


def _workspace(ctx: click.Context) -> Workspace:
    given = ctx.obj.get("workspace")
    return Workspace.find(given if given else Path.cwd())


#: Sentences (both sides) from which align-text reports progress.
LONG_TEXT = 2000
#: Units from which check reports its progress (about a second of work).
LARGE_CHECK = 20_000

FORMAT = click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
    help="json: one document on stdout (see the README for its shape).",
)  # fmt: skip


def _json(command: str, **body: object) -> None:
    click.echo(document(command, **body), nl=False)


def _warn(ctx: click.Context, warnings: list[str] | tuple[str, ...]) -> None:
    if not ctx.obj.get("quiet"):
        for warning in warnings:
            click.echo(f"warning: {warning}", err=True)


class _Phases:
    """Progress on stderr: a bar on a terminal, one line per item when piped
    (or with -v), nothing with -q. Calling it starts a phase of work and
    returns the callback for each item done; ``close`` ends the last bar."""

    def __init__(self, ctx: click.Context):
        self.quiet, verbose = ctx.obj.get("quiet"), ctx.obj.get("verbose")
        self.bars = sys.stderr.isatty() and not verbose
        self.stack = contextlib.ExitStack()
        ctx.call_on_close(self.close)

    def __call__(self, label: str, total: int) -> Callable[[str], None]:
        self.close()
        if self.quiet or total == 0:
            return lambda _item: None
        if self.bars:
            bar = self.stack.enter_context(
                click.progressbar(length=total, label=label, file=sys.stderr, show_eta=True)
            )
            return lambda _item: bar.update(1)
        began, done = time.monotonic(), [0]

        def line(item: str) -> None:
            done[0] += 1
            elapsed = time.monotonic() - began
            rate = done[0] / elapsed if elapsed > 0 else 0.0
            left = (total - done[0]) / rate if rate else 0.0
            # slow items (a whole side encoded) read better as time per item
            pace = f"{rate:.1f}/s" if rate >= 1 or not rate else f"{1 / rate:.1f} s each"
            click.echo(f"{label}: {done[0]}/{total} {item} ({elapsed:.1f} s, "
                       f"{pace}, {left:.0f} s left)", err=True)  # fmt: skip

        return line

    def close(self) -> None:
        self.stack.close()
        self.stack = contextlib.ExitStack()


@cli.command()
@click.argument("slugs", nargs=-1)
@click.option("--source", type=click.Path(path_type=Path), help="Chinese source file to read.")
@click.option("--translation", type=click.Path(path_type=Path), help="English file to pair.")
@FORMAT
@click.pass_context
def ingest(
    ctx: click.Context,
    slugs: tuple[str, ...],
    source: Path | None,
    translation: Path | None,
    fmt: str,
) -> None:
    """Read source articles into their catalogs, merging with what is there.

    Reads articles/<slug>/zh.(html|md|txt) and, when present, en.*; an edited
    source updates its catalog like msgmerge: translations are kept, edited
    paragraphs turn fuzzy, removed ones become obsolete. With no SLUG, every
    article in the workspace.

    \b
    Examples:
      bilingual ingest
      bilingual ingest jilin-innovation-2018
      bilingual ingest my-article --source page.html --translation page-en.txt
    """
    ws = _workspace(ctx)
    if (source or translation) and len(slugs) != 1:
        raise UsageError("--source and --translation need exactly one SLUG")
    targets = list(slugs) or ws.slugs()
    phases = _Phases(ctx)
    reports = pipeline.ingest_all(
        ws, targets, source, translation, progress=phases("ingest", len(targets))
    )
    phases.close()
    if fmt == "json":
        _json("ingest", articles=[ingest_dict(ws, r) for r in reports])
    for r in reports if fmt == "text" else ():
        what = "written" if r.written else "unchanged"
        click.echo(
            f"{ws.relative(r.catalog)}: {r.units} units, {r.added} new, {r.edited} edited, "
            f"{r.obsoleted} obsolete ({what})"
        )
        if r.alignment:
            _echo_alignment(r.alignment)
    _warn(ctx, [w for r in reports for w in r.warnings])


def _echo_alignment(report: AlignReport) -> None:
    shapes = Counter(b.shape for b in report.beads)
    click.echo(
        f"  aligned {report.aligned} units "
        f"({', '.join(f'{n}×{s}' for s, n in sorted(shapes.items()))}); "
        f"{report.kept} kept (reviewed or edited); {report.low_confidence} below threshold; "
        f"{report.untranslated} without English"
    )
    if click.get_current_context().obj.get("quiet"):
        return
    for text in report.unpaired_english:
        short = text if len(text) <= 70 else text[:69] + "…"
        click.echo(f"  warning: English paragraph with no Chinese counterpart: {short}", err=True)


@cli.command()
@click.argument("slugs", nargs=-1)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1),
    default=THRESHOLD,
    show_default=True,
    help="Flag paragraph pairs the aligner is less sure of than this (its estimated "
    "probability that the pair is right).",
)
@FORMAT
@click.pass_context
def align(ctx: click.Context, slugs: tuple[str, ...], threshold: float, fmt: str) -> None:
    """Pair each article's English paragraphs and sentences with its catalog's Chinese.

    Needs the catalog (bilingual ingest) and articles/<slug>/en.*. Reviewed
    units are never changed; every new pair is fuzzy (needs review), with its
    score, shape, evidence and sentence beads in #. comments.

    \b
    Examples:
      bilingual align jilin-innovation-2018
      bilingual align --threshold 0.6
    """
    ws = _workspace(ctx)
    targets = list(slugs) or ws.slugs()
    phases = _Phases(ctx)
    runs = pipeline.align_all(ws, targets, threshold, progress=phases("align", len(targets)))
    phases.close()
    if fmt == "json":
        _json("align", articles=[
            {"slug": r.slug, "catalog": ws.relative(r.catalog), "written": r.written,
             "alignment": alignment_dict(r.report)} for r in runs
        ])  # fmt: skip
        return
    for run in runs:
        click.echo(f"{ws.relative(run.catalog)}: {'written' if run.written else 'unchanged'}")
        _echo_alignment(run.report)


@cli.command("align-text")
@click.argument("zh_file", type=click.Path(path_type=Path), required=False)
@click.argument("en_file", type=click.Path(path_type=Path), required=False)
@click.option(
    "--format", "fmt", type=click.Choice(["beads", "tsv", "json"]), default="beads",
    show_default=True,
)  # fmt: skip
@click.option(
    "--pairs", type=click.Path(path_type=Path),
    help="A file of ZH<TAB>EN paths, one pair a line: all aligned in one run.",
)  # fmt: skip
@click.option(
    "--out", type=click.Path(file_okay=False, path_type=Path),
    help="With --pairs: the folder for one <zh name>.align (.tsv, .json) per pair.",
)  # fmt: skip
@click.pass_context
def align_text(
    ctx: click.Context, zh_file: Path | None, en_file: Path | None, fmt: str,
    pairs: Path | None, out: Path | None,
) -> None:  # fmt: skip
    """Align two files of one sentence per line (corpus mode), or many pairs.

    Prints one bead per line in the format of Bertalign's and Vecalign's gold
    files ([0,1]:[0], 0-based, [] for an empty side); with --format tsv, the
    score, the Chinese and the English of each bead, tab-separated. With
    --pairs, every pair of the list is aligned in one run (the encoder loads
    once) and written to --out; all files are read before any is written.

    \b
    Examples:
      bilingual align-text chapter.zh chapter.en > chapter.align
      bilingual align-text --pairs chapters.tsv --out aligned/
    """
    from bilingual.align import align_sentences, check_sides
    from bilingual.align.core import no_phases

    if pairs is None:
        if zh_file is None or en_file is None:
            raise UsageError("give ZH_FILE and EN_FILE, or --pairs LIST with --out DIR")
        zh, en = read_lines(zh_file), read_lines(en_file)
        check_sides(zh, en, f"{zh_file}")
        phases = _Phases(ctx)
        # A few hundred sentences align in well under a second: progress for
        # long texts only (each side encoded, then each stretch aligned).
        long = len(zh) + len(en) >= LONG_TEXT
        beads = align_sentences(zh, en, phases=phases if long else no_phases)
        phases.close()
        click.echo(render_beads(beads, zh, en, fmt), nl=False)
        return
    if zh_file or en_file or out is None:
        raise UsageError("--pairs takes no ZH_FILE or EN_FILE, and needs --out DIR")
    jobs = read_pairs(pairs)
    texts = []
    for zh_path, en_path in jobs:
        zh, en = read_lines(zh_path), read_lines(en_path)
        check_sides(zh, en, f"{zh_path}")
        texts.append((zh, en))
    phases = _Phases(ctx)
    step = phases("align-text", len(jobs))
    suffix = {"beads": ".align", "tsv": ".tsv", "json": ".json"}[fmt]
    for (zh_path, _), (zh, en) in zip(jobs, texts, strict=True):
        beads = align_sentences(zh, en)
        write_atomic(out / (zh_path.stem + suffix), render_beads(beads, zh, en, fmt).encode())
        step(zh_path.stem)
    phases.close()
    click.echo(f"{out}: {_plural(len(jobs), 'pair')} aligned")


@cli.command()
@click.argument("slugs", nargs=-1)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.pass_context
def status(ctx: click.Context, slugs: tuple[str, ...], fmt: str) -> None:
    """Count each article's units by review state.

    \b
    Examples:
      bilingual status
      bilingual status --format json
    """
    ws = _workspace(ctx)
    rows = pipeline.status(ws, list(slugs) or None)
    if fmt == "json":
        _json("status", articles=[r.as_dict() for r in rows])
        return
    cols = ("paragraphs", "reviewed", "needs_review", "drafts", "untranslated", "obsolete")
    width = max([len("article"), *(len(r.slug) for r in rows)])
    click.echo(f"{'article':<{width}}  " + "  ".join(c.replace("_", " ") for c in cols))
    for r in rows:
        d = r.as_dict()
        cells = "  ".join(f"{d[c]:>{len(c.replace('_', ' '))}}" for c in cols)
        click.echo(f"{r.slug:<{width}}  {cells}" + ("" if r.has_catalog else "  (not ingested)"))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--glossary",
    type=click.Path(path_type=Path),
    help="Glossary CSV or TBX (default: the workspace's glossary.csv).",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
@click.option("--disable", multiple=True, metavar="CHECK", help="Skip a check (repeatable).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None,
              help="Processes for large workspaces [default: a core each, up to 8].")  # fmt: skip
@click.option("--no-cache", is_flag=True,
              help="Check every unit again, even those checked before unchanged.")  # fmt: skip
@click.pass_context
def check(
    ctx: click.Context, paths: tuple[Path, ...], glossary: Path | None, fmt: str, strict: bool,
    disable: tuple[str, ...], jobs: int | None, no_cache: bool,
) -> None:  # fmt: skip
    """Check catalogs before publishing: glossary terms, numbers, leftovers, consistency.

    PATHS are PO files or folders (default: every catalog of the workspace).
    Prints file:line: severity: check: message, then a summary. Exits 1 when
    an error is found (or a warning, with --strict), 0 when clean.

    \b
    Checks: glossary-term, glossary-forbidden, verbatim, numbers,
    chinese-in-english, whitespace, quote-style, length-ratio, consistency,
    untranslated. Silence one on a unit with a translator comment
    "# bilingual-ignore: numbers"; disable one everywhere in bilingual.toml
    ([check] disable = ["length-ratio"]) or with --disable.

    \b
    Examples:
      bilingual check
      bilingual check locales/en/LC_MESSAGES/jilin-innovation-2018.po --format json
      bilingual check --strict --glossary terms.tbx
    """
    ws = _workspace(ctx) if not paths else _workspace_or_none(ctx)
    # The catalogs are read and checked inside one pool: progress is the end of
    # the run, with its rate, for runs large enough to take seconds.
    started = time.monotonic()
    from bilingual.checkrun import check_catalogs

    run = check_catalogs(ws, list(paths), glossary, disable, jobs, cache=not no_cache)
    loud = run.units >= LARGE_CHECK or ctx.obj.get("verbose")
    if loud and not ctx.obj.get("quiet"):
        took = time.monotonic() - started
        rate = run.units / max(took, 1e-9)
        where = f"{run.units} units in {_plural(run.catalogs, 'catalog')}"
        click.echo(f"check: {where} ({took:.1f} s, {rate:,.0f} units/s)", err=True)
    counts = Counter(f.severity for f in run.findings)
    if fmt == "json":
        _json(
            "check",
            findings=[finding_dict(f) for f in run.findings],
            summary={"errors": counts[Severity.ERROR], "warnings": counts[Severity.WARNING],
                     "info": counts[Severity.INFO], "units": run.units, "catalogs": run.catalogs},
        )  # fmt: skip
    else:
        for f in run.findings:
            click.echo(f"{f.file}:{f.line}: {f.severity}: {f.check}: {f.message}")
        errors = _plural(counts[Severity.ERROR], "error")
        warnings = _plural(counts[Severity.WARNING], "warning")
        where = f"{_plural(run.units, 'unit')} of {_plural(run.catalogs, 'catalog')}"
        click.echo(f"{errors}, {warnings}, {counts[Severity.INFO]} info in {where}")
    failed = counts[Severity.ERROR] or (strict and counts[Severity.WARNING])
    ctx.exit(1 if failed else 0)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _workspace_or_none(ctx: click.Context) -> Workspace | None:
    try:
        return _workspace(ctx)
    except WorkspaceError:
        return None


@cli.command()
@click.option(
    "--out", type=click.Path(file_okay=False, path_type=Path), default="site", show_default=True
)
@click.option("--include-drafts", is_flag=True, help="Show unreviewed English, labelled as such.")
@click.option(
    "--check", "check_only", is_flag=True, help="Write nothing; exit 1 if the site is out of date."
)
@FORMAT
@click.pass_context
def export(ctx: click.Context, out: Path, include_drafts: bool, check_only: bool, fmt: str) -> None:
    """Write the site: parallel, Chinese and English pages, index, sitemap, manifest, TMX, XLIFF.

    Only reviewed pairs are published; an unreviewed one leaves a visible gap.
    Files that did not change are not rewritten, and every file is replaced
    atomically.

    \b
    Examples:
      bilingual export --out site/
      bilingual export --check          # in CI: is site/ up to date?
    """
    ws = _workspace(ctx)
    target = out if out.is_absolute() else ws.root / out
    phases = _Phases(ctx)
    progress = phases("export", len(ws.slugs()))
    run = pipeline.export(ws, target, include_drafts, check_only, progress=progress)
    phases.close()
    _warn(ctx, run.warnings)
    if fmt == "json":
        _json("export", **export_dict(ws, target, run, check_only))
    elif check_only:
        for path in run.stale:
            click.echo(f"{ws.relative(target / path)}: out of date")
        state = f"{_plural(len(run.stale), 'file')} out of date" if run.stale else "up to date"
        click.echo(f"{ws.relative(target)}: {state}")
    else:
        click.echo(
            f"{ws.relative(target)}: {_plural(run.articles, 'article')} ({run.rendered} "
            f"rendered), {_plural(len(run.written), 'file')} written, {len(run.removed)} removed"
        )
    if check_only:
        ctx.exit(1 if run.stale else 0)


@cli.command()
@click.argument("slugs", nargs=-1)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 100),
    default=DRAFT_THRESHOLD,
    show_default=True,
    help="Lowest fuzzy match score (0-100) offered as a draft.",
)
@click.option(
    "--tmx", type=click.Path(path_type=Path), multiple=True, help="Extra memory from a TMX file."
)
@click.option("--beam-size", type=click.IntRange(1, 16), default=4, show_default=True)
@click.option("--batch-size", type=click.IntRange(1, 1024), default=32, show_default=True)
@FORMAT
@click.pass_context
def draft(
    ctx: click.Context,
    slugs: tuple[str, ...],
    threshold: float,
    tmx: tuple[Path, ...],
    beam_size: int,
    batch_size: int,
    fmt: str,
) -> None:
    """Fill untranslated units: translation memory first, then machine translation.

    Memory is every reviewed unit of the workspace (paragraphs and the
    sentences the aligner recorded), plus any --tmx files; what it cannot
    fill goes to the installed Argos zh→en model, in batches, with glossary
    terms protected. Drafts are fuzzy and say where they came from; units
    with English are never touched.

    \b
    Examples:
      bilingual draft
      bilingual draft my-article --threshold 85 --tmx supplier.tmx
    """
    from bilingual.mt import INSTALL_HINT

    ws = _workspace(ctx)
    engine = pipeline.machine_engine(ws, beam_size, batch_size)
    targets = list(slugs) or ws.slugs()
    phases = _Phases(ctx)
    reports = pipeline.draft_all(ws, targets, threshold, tmx, phases("draft", len(targets)), engine)
    phases.close()
    if fmt == "json":
        _json("draft", engine=engine.model.name if engine else None,
              articles=[draft_dict(r) for r in reports])  # fmt: skip
        return
    for r in reports:
        click.echo(f"{r.slug}: {r.exact} exact, {r.sentences} from sentences, {r.fuzzy} fuzzy, "
                   f"{r.machine} machine; {r.left} left untranslated")  # fmt: skip
    left = sum(r.left for r in reports)
    if left and engine is None:
        click.echo(f"{_plural(left, 'unit')} left: no machine translation model; {INSTALL_HINT}")


@cli.command()
@click.option(
    "--out", type=click.Path(file_okay=False, path_type=Path), default="site", show_default=True
)
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Articles read and aligned in parallel processes.")  # fmt: skip
@click.option(
    "--include-drafts", is_flag=True, help="Publish unreviewed English, labelled as such."
)
@click.option("--executor", type=click.Choice(["local", "ray"]), default="local",
              show_default=True,
              help="Where articles are read and aligned: local processes, or Ray actors "
              "(pip install 'bilingual[cluster]').")  # fmt: skip
@click.option("--address", metavar="ADDR", default=None,
              help="With --executor ray: the cluster to join [default: a local one].")  # fmt: skip
@FORMAT
@click.pass_context
def build(
    ctx: click.Context, out: Path, jobs: int, include_drafts: bool, executor: str,
    address: str | None, fmt: str,
) -> None:  # fmt: skip
    """The main job: ingest, align, draft, check and export every article of the workspace.

    An article whose checks find errors is not published (the others are),
    and the command then exits 1 after listing the errors.

    \b
    Examples:
      bilingual build
      bilingual build --jobs 2 --out public/
      bilingual build --executor ray --address ray://head:10001
    """
    if address and executor != "ray":
        raise click.UsageError("--address needs --executor ray")
    ws = _workspace(ctx)
    target = out if out.is_absolute() else ws.root / out
    phases = _Phases(ctx)
    run = pipeline.build(ws, target, jobs, include_drafts, phases=phases, executor=executor,
                         address=address)  # fmt: skip
    phases.close()
    _warn(ctx, run.warnings)
    failed = any(r.errors for r in run.rows)
    if fmt == "json":
        _json(
            "build",
            articles=[{**r.status.as_dict(), "errors": r.errors, "warnings": r.warnings,
                       "published": r.published} for r in run.rows],
            errors=[finding_dict(f) for f in run.findings if f.severity is Severity.ERROR],
            drafts=[draft_dict(d) for d in run.drafts],
            site=export_dict(ws, target, run.export),
            unchanged=run.unchanged,
        )  # fmt: skip
        ctx.exit(1 if failed else 0)
    for f in run.findings:
        if f.severity is Severity.ERROR:
            click.echo(f"{f.file}:{f.line}: {f.severity}: {f.check}: {f.message}")
    width = max([len("article"), *(len(r.slug) for r in run.rows)])
    click.echo(
        f"{'article':<{width}}  units  reviewed  review  drafts  empty  errors  warnings  published"
    )
    for r in run.rows:
        d = r.status.as_dict()
        click.echo(
            f"{r.slug:<{width}}  {d['paragraphs']:>5}  {d['reviewed']:>8}  {d['needs_review']:>6}  "
            f"{d['drafts']:>6}  {d['untranslated']:>5}  {r.errors:>6}  {r.warnings:>8}  "
            f"{'yes' if r.published else 'no'}"
        )
    e = run.export
    if run.unchanged:
        click.echo(f"{_plural(run.unchanged, 'article')} unchanged since the last build "
                   "(not ingested or aligned again)")  # fmt: skip
    click.echo(f"{ws.relative(target)}: {_plural(e.articles, 'article')} published, "
               f"{_plural(len(e.written), 'file')} written, {len(e.removed)} removed")  # fmt: skip
    ctx.exit(1 if failed else 0)


@cli.command()
@click.argument("slug")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=0,
    help="Port on 127.0.0.1 (default: any free one).",
)
@click.pass_context
def review(ctx: click.Context, slug: str, port: int) -> None:
    """Review an article's pairs in the browser: edit, approve, merge, split, undo.

    Serves a page on 127.0.0.1 guarded by a random token; every change is
    written to the PO catalog at once. Keys: j/k move, a approve, r needs
    review, e edit (Ctrl+Enter saves), m merge with next, s split at the
    cursor, u undo (also after a restart). English that pairs with nothing is
    shown where it was found, to attach to a pair or discard.

    \b
    Example:
      bilingual review jilin-innovation-2018
    """
    from bilingual.glossary import Glossary
    from bilingual.review.server import ReviewServer
    from bilingual.review.session import ReviewSession

    ws = _workspace(ctx)
    if not ws.catalog_path(slug).exists():
        raise UsageError(f"no catalog for {slug}: run 'bilingual ingest {slug}' first")
    session = ReviewSession(ws, slug)
    terms = pipeline.workspace_terms(ws)
    with ReviewServer(session, Glossary(terms), port) as server:
        click.echo(f"Review {slug} at {server.url} (Ctrl-C stops)")
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()


@cli.command()
@click.option(
    "--out", type=click.Path(file_okay=False, path_type=Path), default="site", show_default=True
)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.pass_context
def serve(ctx: click.Context, out: Path, port: int) -> None:
    """Preview the exported site on http://127.0.0.1:PORT/ (loopback only).

    \b
    Example:
      bilingual build && bilingual serve
    """
    import functools
    import http.server

    ws = _workspace(ctx)
    target = out if out.is_absolute() else ws.root / out
    if not (target / "index.html").is_file():
        raise UsageError(
            f"{ws.relative(target)} has no site yet: run 'bilingual build' or 'bilingual export'"
        )
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(target))
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        url = f"http://127.0.0.1:{server.server_port}/"
        click.echo(f"Serving {ws.relative(target)} on {url} (Ctrl-C stops)")
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()


@cli.group()
def models() -> None:
    """Machine translation models (Argos Translate packages)."""


@models.command("list")
def models_list() -> None:
    """List the installed Argos models.

    \b
    Example:
      bilingual models list
    """
    from bilingual import mt

    found = mt.installed_models()
    for m in found:
        click.echo(f"{m.name}  {m.path}")
    if not any(m.from_code in ("zh", "zt") and m.to_code == "en" for m in found):
        click.echo(f"no zh→en model: {mt.INSTALL_HINT}")


@models.command("install")
@click.argument("source")
def models_install(source: str) -> None:
    """Install an Argos model: a .argosmodel file, or "zh-en" from the Argos index (online).

    \b
    Examples:
      bilingual models install translate-zh_en-1_9.argosmodel
      bilingual models install zh-en
    """
    from bilingual import mt

    model = mt.install_from_index("zh", "en") if source == "zh-en" else mt.install(Path(source))
    click.echo(f"installed {model.name} in {model.path}")


@cli.group()
def glossary() -> None:
    """Validate, import and export the glossary (CSV and TBX-Basic)."""


def _glossary_file(ctx: click.Context, given: Path | None) -> Path:
    """The file named, or the workspace's glossary.csv (found as for every command)."""
    return given if given is not None else _workspace(ctx).glossary_path


@glossary.command("validate")
@click.argument("path", type=click.Path(path_type=Path), required=False)
@FORMAT
@click.pass_context
def glossary_validate(ctx: click.Context, path: Path | None, fmt: str) -> None:
    """Report duplicates, conflicts, empty cells and unknown columns, with lines.

    \b
    Example:
      bilingual glossary validate glossary.csv
    """
    terms, problems = load_glossary(_glossary_file(ctx, path))
    if fmt == "json":
        _json("glossary validate", terms=len(terms), problems=[finding_dict(p) for p in problems])
        sys.exit(1 if problems else 0)
    for p in problems:
        click.echo(f"{p.file}:{p.line}: {p.severity}: {p.check}: {p.message}")
    errors = sum(p.severity is Severity.ERROR for p in problems)
    click.echo(f"{_plural(len(terms), 'term')}, {_plural(errors, 'error')}, "
               f"{_plural(len(problems) - errors, 'warning')}")  # fmt: skip
    sys.exit(1 if problems else 0)


@glossary.command("export")
@click.argument("source", type=click.Path(path_type=Path), required=False)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), required=True, help="A .tbx or .csv file."
)
@click.pass_context
def glossary_export(ctx: click.Context, source: Path | None, output: Path) -> None:
    """Convert the glossary: CSV to TBX-Basic, or TBX to CSV (by the output's suffix).

    SOURCE defaults to the workspace's glossary.csv. In CSV, a cell that a
    spreadsheet would run as a formula (=, +, -, @ first) is written with an
    apostrophe before it, which reading the CSV back removes.

    \b
    Examples:
      bilingual glossary export glossary.csv -o glossary.tbx
      bilingual glossary export supplier.tbx -o glossary.csv
    """
    terms = terms_or_error(_glossary_file(ctx, source))
    text = render_tbx(terms) if output.suffix.lower() == ".tbx" else render_csv(terms)
    write_atomic(output, text.encode("utf-8"))
    click.echo(f"{output}: {_plural(len(terms), 'term')}")


def main() -> None:
    cli(prog_name="bilingual")


if __name__ == "__main__":
    sys.exit(main())
