"""The command line: parse options, call one library function, print a summary.

Exit status: 0 done and clean; 1 the work ran and found problems; 2 bad
input or usage (with a one-line ``Error:`` naming the file).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from bilingual import __version__, pipeline
from bilingual.errors import BilingualError, UsageError
from bilingual.workspace import Workspace


class _Group(click.Group):
    """Turns every library error into one ``Error:`` line and exit status 2."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except BilingualError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bilingual")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.option(
    "-C",
    "--workspace",
    type=click.Path(file_okay=False, path_type=Path),
    help="Workspace folder (default: found from the current folder upwards).",
)
@click.pass_context
def cli(ctx: click.Context, debug: bool, workspace: Path | None) -> None:
    """Align, check, draft and publish Chinese articles with their English translations.

    A workspace holds articles/<slug>/zh.* sources (and en.* translations),
    one PO catalog per article in locales/en/LC_MESSAGES/ and glossary.csv.
    """
    ctx.obj = {"debug": debug, "workspace": workspace}


def _workspace(ctx: click.Context) -> Workspace:
    given = ctx.obj.get("workspace")
    return Workspace.find(given if given else Path.cwd())


@cli.command()
@click.argument("slugs", nargs=-1)
@click.option("--source", type=click.Path(path_type=Path), help="Chinese source file to read.")
@click.option("--translation", type=click.Path(path_type=Path), help="English file to pair.")
@click.pass_context
def ingest(
    ctx: click.Context, slugs: tuple[str, ...], source: Path | None, translation: Path | None
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
    reports = pipeline.ingest_all(ws, list(slugs) or ws.slugs(), source, translation)
    for r in reports:
        what = "written" if r.written else "unchanged"
        line = (
            f"{ws.relative(r.catalog)}: {r.units} units, {r.added} new, {r.edited} edited, "
            f"{r.obsoleted} obsolete ({what})"
        )
        if r.pairing:
            line += f"; {r.pairing.paired} paired by position, {r.pairing.kept} kept"
        click.echo(line)
        for text in r.pairing.unpaired_english if r.pairing else ():
            click.echo(
                f"  warning: English paragraph with no Chinese counterpart: {text[:60]}…", err=True
            )


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
        click.echo(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=2))
        return
    cols = ("paragraphs", "reviewed", "needs_review", "drafts", "untranslated", "obsolete")
    width = max([len("article"), *(len(r.slug) for r in rows)])
    click.echo(f"{'article':<{width}}  " + "  ".join(c.replace("_", " ") for c in cols))
    for r in rows:
        d = r.as_dict()
        cells = "  ".join(f"{d[c]:>{len(c.replace('_', ' '))}}" for c in cols)
        click.echo(f"{r.slug:<{width}}  {cells}" + ("" if r.has_catalog else "  (not ingested)"))


def main() -> None:
    cli(prog_name="bilingual")


if __name__ == "__main__":
    sys.exit(main())
