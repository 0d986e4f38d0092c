"""Parallel and monolingual HTML pages, built as lxml trees (never by string joining).

Only reviewed pairs are published. An unreviewed pair leaves a visible gap
marker in its place; with ``include_drafts`` its English is shown instead,
labelled as a machine draft or as not yet reviewed. The Chinese never
stands in for missing English.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree
from lxml.builder import E

from bilingual import __version__
from bilingual.model import TITLE_ID, Catalog, State, Unit, merge_groups
from bilingual.normalize import web_address

EN = "en"
GAP = "This paragraph’s translation is awaiting review."

CSS = """
:root { --ink: #1d1d1f; --muted: #5f6368; --rule: #d9d9de; --gap: #fff4e5; --draft: #eef3ff; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; color: var(--ink); background: #fff;
       font: 1.05rem/1.65 system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif; }
[lang="zh-Hans"] { font-family: "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
[lang="zh-Hant"] { font-family: "Noto Sans CJK TC", "Source Han Sans TC", sans-serif; }
header { border-bottom: 1px solid var(--rule); margin-bottom: 1.5rem; }
h1 { font-size: 1.6rem; line-height: 1.3; margin: 0.5rem 0; }
h1 span { display: block; }
.meta, .site, footer { color: var(--muted); font-size: 0.9rem; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 2rem; padding: 0.75rem 0;
        border-bottom: 1px solid var(--rule); }
.pair p { margin: 0 0 0.6rem; }
.gap { background: var(--gap); padding: 0.75rem 1rem; margin: 0.75rem 0; color: var(--muted); }
.draft { background: var(--draft); }
.label { display: inline-block; font-size: 0.8rem; font-weight: 600; color: #174ea6; }
a { color: #174ea6; }
@media (max-width: 700px) { .pair { grid-template-columns: 1fr; gap: 0.5rem; } }
@media print { .site, footer { display: none; } .pair { break-inside: avoid; }
               body { max-width: none; padding: 0; } a { color: inherit; } }
"""


#: The pages have no script and load nothing from elsewhere: a policy that
#: forbids both, so that text that got past escaping could still run nothing.
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; "
       "form-action 'none'")  # fmt: skip


@dataclass(frozen=True)
class Page:
    """What a page needs to know about its article."""

    slug: str
    catalog: Catalog
    include_drafts: bool = False
    #: The site's address ("https://example.gov.cn/en/"): canonical and
    #: hreflang links are absolute with it, relative without.
    base_url: str = ""

    def title(self) -> tuple[str, str]:
        unit = next((u for u in self.catalog.units if u.id == TITLE_ID), None)
        zh = unit.source if unit else self.catalog.header_value("X-Source-Title")
        en = unit.target if unit and self.shown(unit) else ""
        return zh, en

    @property
    def zh(self) -> str:
        """The language tag of the Chinese: ``zh-Hans`` or ``zh-Hant``."""
        return self.catalog.source_language

    def body(self) -> list[Unit]:
        return [u for u in self.catalog.units if u.id != TITLE_ID]

    def rows(self) -> list[tuple[Unit, list[Unit]]]:
        """Body units as rows: each unit with the units whose English a translator
        merged into it (their Chinese is shown in its row, their gap nowhere)."""
        return merge_groups(self.body())

    def shown(self, unit: Unit) -> bool:
        """Whether this unit's English is published on the page."""
        if unit.state is State.REVIEWED:
            return True
        return self.include_drafts and unit.state is not State.UNTRANSLATED


def _document(lang: str, title: str, head: list, body: list) -> str:  # type: ignore[type-arg]
    html = E.html(
        E.head(
            E.meta(charset="utf-8"),
            E.meta({"http-equiv": "Content-Security-Policy", "content": CSP}),
            E.meta(name="viewport", content="width=device-width, initial-scale=1"),
            E.meta(name="generator", content=f"bilingual {__version__}"),
            E.title(title),
            *head,
            E.style(CSS),
        ),
        E.body(*body),
        lang=lang,
    )
    return etree.tostring(html, method="html", encoding="unicode", doctype="<!DOCTYPE html>") + "\n"


def _alternates(page: Page, current: str) -> list:  # type: ignore[type-arg]
    base = f"{page.base_url.rstrip('/')}/{page.slug}/" if page.base_url else ""
    links = [("index.html", "x-default"), ("zh.html", page.zh), ("en.html", EN)]
    out = [E.link(rel="alternate", hreflang=lang, href=base + href) for href, lang in links]
    return [*out, E.link(rel="canonical", href=base + current)]


def _meta(page: Page) -> list:  # type: ignore[type-arg]
    c = page.catalog
    bits: list = []  # type: ignore[type-arg]
    date = c.header_value("X-Source-Date")
    if date:
        bits.append(E.time(date, datetime=date.replace(" ", "T")))
    publisher = c.header_value("X-Source-Publisher")
    if publisher:
        bits += [" · Source: ", E.span(publisher, lang=page.zh)]
    url = web_address(c.header_value("X-Source-URL"))
    if url:
        bits += [" · ", E.a("Original article", href=url, hreflang=page.zh)]
    return bits


def _english(unit: Unit, page: Page) -> list:  # type: ignore[type-arg]
    paragraphs = [E.p(text) for text in unit.target.split("\n") if text.strip()]
    if unit.state is State.REVIEWED:
        return paragraphs
    label = "Machine draft, not reviewed" if unit.state is State.DRAFT else "Not yet reviewed"
    return [E.p(E.span(label, {"class": "label"})), *paragraphs]


def render_parallel(page: Page) -> str:
    """Chinese and English side by side, one row per paragraph pair."""
    zh_title, en_title = page.title()
    rows: list = []  # type: ignore[type-arg]
    for unit, with_it in page.rows():
        if page.shown(unit) and unit.target:
            css = "pair" if unit.state is State.REVIEWED else "pair draft"
            chinese = [E.p(unit.source), *(E.p(u.source, id=u.id) for u in with_it)]
            rows.append(E.div(
                E.div(*chinese, {"class": "zh"}, lang=page.zh),
                E.div(*_english(unit, page), {"class": "en"}, lang=EN),
                {"class": css}, id=unit.id,
            ))  # fmt: skip
        else:
            rows.append(E.div("This paragraph’s translation is awaiting review.", {"class": "gap"},
                              id=unit.id, lang=EN))  # fmt: skip
    heading = E.h1(
        E.span(zh_title, lang=page.zh), *([E.span(en_title, lang=EN)] if en_title else [])
    )
    body = [
        E.header(
            E.p(E.a("All articles", href="../index.html"), {"class": "site"}, lang=EN),
            heading,
            E.p(*_meta(page), {"class": "meta"}, lang=EN),
            E.p(
                E.a("中文", href="zh.html", hreflang=page.zh),
                " · ",
                E.a("English", href="en.html", hreflang=EN),
                {"class": "site"},
            ),
        ),
        E.main(*rows),
        E.footer(E.p(f"Published with bilingual {__version__}."), lang=EN),
    ]
    title = f"{en_title} — {zh_title}" if en_title else zh_title
    return _document(EN, title, _alternates(page, "index.html"), body)


def render_monolingual(page: Page, lang: str) -> str:
    """The article in one language; English pages hold reviewed paragraphs only."""
    zh_title, en_title = page.title()
    chinese = lang != EN
    lang = page.zh if chinese else EN
    if chinese:
        title, paragraphs = zh_title, [E.p(u.source, id=u.id) for u in page.body()]
    else:
        title = en_title or "(title awaiting review)"
        paragraphs = []
        for unit, _with_it in page.rows():
            if page.shown(unit) and unit.target:
                paragraphs.append(E.div(*_english(unit, page), id=unit.id))
            else:
                paragraphs.append(E.p(GAP, {"class": "gap"}, id=unit.id))  # fmt: skip
    back = "全部文章" if chinese else "All articles"
    body = [
        E.header(
            E.p(E.a(back, href="../index.html"), {"class": "site"}),
            E.h1(title),
            E.p(*_meta(page), {"class": "meta"}, lang=EN),
        ),
        E.main(*paragraphs),
        E.footer(E.p(f"Published with bilingual {__version__}."), lang=EN),
    ]
    return _document(lang, title, _alternates(page, "zh.html" if chinese else "en.html"), body)


def render_index(entries: list[tuple[str, str, str, str, str]]) -> str:
    """The list of published articles, newest first: (slug, date, Chinese title,
    English title, language tag of the Chinese)."""
    items = []
    ordered = sorted(entries, key=lambda e: (e[1], e[0]), reverse=True)
    for slug, date, zh_title, en_title, zh in ordered:
        link = E.a(
            E.span(en_title or zh_title, lang=EN if en_title else zh), href=f"{slug}/index.html"
        )
        when = [E.time(date[:10], datetime=date[:10]), " "] if date else []
        items.append(E.li(*when, link, E.br(), E.span(zh_title, lang=zh)))
    main = E.main(E.ul(*items)) if items else E.main(E.p("No article is published yet."))
    body = [
        E.header(E.h1("Articles")),
        main,
        E.footer(E.p(f"Published with bilingual {__version__}.")),
    ]
    return _document(EN, "Articles", [], body)
