"""Bytes into an :class:`~bilingual.model.Article`: decoding, readers, site chrome removed.

Readers are registered by file type (:data:`READERS`): HTML (lxml, with
trafilatura finding the main text), Markdown and plain text (including text
scraped from a page, header lines and footer included). All of them end in
the same two steps: metadata is taken from the page's "Date: … Author: …
Source: …" or "发布时间：… 来源：…" line, and paragraphs that are site chrome
(navigation, "上一篇", copyright, ICP record numbers, visit counters…) are
dropped. A per-site :class:`SiteRule` can name the body and title by XPath
and add drop patterns where the general rules do not do the job.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import PurePath

from bilingual.errors import InputError
from bilingual.model import Article, Lang, Paragraph
from bilingual.normalize import (
    chinese_script,
    cjk_ratio,
    clean,
    simplified,
    to_simplified,
    web_address,
)
from bilingual.segment import split_paragraphs

# --- decoding ----------------------------------------------------------------

_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
#: Declared names that are really subsets of a wider encoding browsers use instead.
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}


def decode(data: bytes, path: str) -> str:
    """Decode a source file's bytes; UTF-8, GB18030/GBK and Big5 need no declaration."""
    if not data.strip():
        raise InputError("file is empty", path)
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if data.startswith(bom):
            return _strict(data, codec, path)
    if b"\x00" in data[:8192]:
        return _utf16_without_bom(data, path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        try:
            return data.decode(_WIDER.get(name, name))
        except (LookupError, UnicodeDecodeError):
            pass  # pages lie about their charset; fall through to detection
    return _detect(data, path)


def _utf16_without_bom(data: bytes, path: str) -> str:
    """Text in UTF-16 without a byte-order mark (zero bytes from its ASCII), or
    a binary file. Of the two byte orders, the one that reads as text wins."""
    best, share = None, 0.0
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data[: len(data) // 2 * 2].decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[:4096]
        readable = sum(1 for ch in sample if _readable(ch)) / max(len(sample), 1)
        if readable > share:
            best, share = text, readable
    if best is None or share < 0.95:
        raise InputError("binary file, not text", path)
    return best


def _readable(ch: str) -> bool:
    code = ord(ch)
    return (
        (32 <= code < 127) or ch in "\r\n\t" or 0x3000 <= code <= 0x303F
        or 0x4E00 <= code <= 0x9FFF or 0xFF00 <= code <= 0xFFEF or 0x2000 <= code <= 0x206F
        or 0xA0 <= code <= 0x17F
    )  # fmt: skip


def _strict(data: bytes, codec: str, path: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(f"cannot decode as {codec} at byte {exc.start}", path) from None


def _detect(data: bytes, path: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5hkscs", "big5", "utf_16", "cp1252"])
    match = best.best()
    if match is None:
        raise InputError("cannot decode: not UTF-8, GB18030 or Big5 text", path)
    text = str(match)
    if _looks_binary(text):
        raise InputError("binary file, not text", path)
    return text


def _looks_binary(text: str) -> bool:
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\r\n\t\f")
    return controls > len(text[:4096]) * 0.02


# --- metadata and chrome -------------------------------------------------------

_DATE = (
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:\s*(\d{1,2}):(\d{2})(?::\d{2})?)?"
)
# Matched on the Simplified form of a line (see _probe), so Traditional pages'
# 來源, 責任編輯, 發布時間 are the same fields. An editor is not the author:
# 责编 ends the author's value and is not kept.
_FIELD_NAMES = {
    "date": r"发布时间|发布日期|发表时间|日期|时间|Date|Published|Release Time|Updated",
    "author": r"作者|记者|Author|By",
    "source": r"来源|信息来源|稿源|文章来源|Source",
    "editor": r"责任编辑|责编|编辑|Editor",
}
_FIELD = re.compile(r"(?P<name>" + "|".join(_FIELD_NAMES.values()) + r")\s*[:：]\s*", re.IGNORECASE)

#: Paragraphs matching any of these are site chrome, not article text.
CHROME_PATTERNS: tuple[str, ...] = (
    r"all rights reserved|copyright\b|©|版权所有|版权声明",
    r"\bICP\b|ICP备|ICP证|公网安备|record no\.|备案号|网站标识码",
    r"total visits|visits?:\s*\d*$|访问量|访问次数|浏览次数|阅读次数|点击数",
    r"^(当前位置|您现在的位置|您的位置|location)\s*[:：]",
    r"^(上一篇|下一篇|上一条|下一条|previous|next)\s*[:：]",
    r"【\s*(字体|字号|打印|关闭|收藏)|打印本页|关闭窗口|分享到|\bprint\b.*\bclose\b",
    r"^\s*\[\s*(print|close)\s*\](\s*\[\s*(print|close)\s*\])*\s*$|^share (to|this)\b",
    r"^原题\s*[:：]",
    r"^(首页|网站首页|home)\s*[>›»|/]",
    r"^(责任编辑|编辑|审核|校对)\s*[:：]\s*\S{0,12}$",
    # An editor's credit, bracketed or after a correction link: "[责任编辑: 王卓]",
    # "(责编：刘洋、李红)", "【我要纠错】 责任编辑：刘洋", "（编辑：黄国伦）".
    r"^\W{0,3}(【[^】]{0,6}】\s*)?[\[(（【]?\s*(责任编辑|责编|编辑|审核|校对|editor)\s*[:：]"
    r"[^。！？]{0,30}[\])）】]?\s*$",
    r"纠错】|关注公众号|微信公众号|扫一扫|扫码|手机打开",
    r"主办单位|承办单位|技术支持|privacy statement|隐私声明|contact us|联系我们",
)
#: Words that make up navigation bars; a paragraph made only of them is chrome.
NAV_WORDS = frozenset(
    "首页 网站首页 返回首页 设为首页 加入收藏 联系我们 网站地图 登录 注册 简体 繁体 无障碍 中文 "
    "english home contact us about sitemap privacy statement login".split()
)


@dataclass(frozen=True)
class SiteRule:
    """How to read one site's pages where the general extraction falls short.

    ``match`` is a regular expression searched in the page URL (or the file
    path when the page gives no URL); ``content`` and ``title`` are XPath
    expressions for the body and the title; ``drop`` adds chrome patterns.
    """

    match: str
    content: str = ""
    title: str = ""
    drop: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Page:
    """What a reader found, before metadata lines and chrome are sorted out."""

    title: str
    lines: list[str]
    url: str = ""
    date: str = ""
    meta_text: list[str] = field(default_factory=list)


def parse_date(text: str) -> str:
    m = re.search(_DATE, text)
    if not m:
        return ""
    y, mo, d, hh, mm = m.groups()
    date = f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
    return f"{date} {int(hh):02d}:{mm}" if hh else date


_BYLINE = re.compile(
    r"\s*by\s+([A-Za-z][\w .'-]{1,60}?)\s*(?:\|\s*(?:[\w.-]+\.\w{2,}\s*\|\s*)?"
    r"|(?=(?:published|updated|date|source)\s*:))",
    re.I,
)


def parse_meta_line(line: str) -> dict[str, str] | None:
    """The fields of a "Date: … Author: … Source: …" line, or None if it is not one.

    News pages also open the line with a bare date ("2018-04-09 08:15 来源：…").
    """
    values: dict[str, str] = {}
    line, probe = _probe(line)
    byline = _BYLINE.match(probe)
    if byline:  # "By Sun Wei | chinadaily.com.cn | Updated: 2021-04-21 15:40"
        rest = parse_meta_line(line[byline.end() :]) or {}
        return {**rest, "author": byline.group(1).strip()} if rest.get("date") else None
    lead = re.match(r"\s*" + _DATE, probe)
    if lead:
        values["date"] = parse_date(lead.group(0))
        line, probe = _probe(line[lead.end() :].strip(" \u3000|"))
    matches = list(_FIELD.finditer(probe))
    if not matches:
        return values if lead and len(line) == 0 else None
    if matches[0].start() > 2 and not line.startswith("【"):
        return None
    for m, nxt in zip(matches, [*matches[1:], None], strict=True):
        value = line[m.end() : nxt.start() if nxt else len(line)]
        value = re.sub(r"【.*?】|\[.*?\]", "", value).strip(" \u3000|")
        key = next(k for k, pat in _FIELD_NAMES.items() if re.fullmatch(pat, m["name"], re.I))
        values.setdefault(key, value)
    values.pop("editor", None)
    if "date" in values:
        # "Updated: 2019-03-29 16:00 Xinhua": a name after the date is the source.
        after = re.search(_DATE, values["date"])
        rest = values["date"][after.end() :].strip(" \u3000|") if after else ""
        if rest and "source" not in values and re.fullmatch(r"[^\d.:：]{2,40}", rest):
            values["source"] = rest
        values["date"] = parse_date(values["date"])
        if not values["date"]:
            return None
    elif len(values) < 2:
        return None  # "来源：新华社" alone in the body can be text
    return values


def _probe(line: str) -> tuple[str, str]:
    """A line and its form for matching labels: Simplified and width folded.

    When folding keeps the length (nearly always) values are cut from the line
    as published; otherwise from the folded form.
    """
    probe = simplified(line)
    return (line if len(probe) == len(line) else probe), probe


def is_chrome(text: str, extra: Sequence[str] = ()) -> bool:
    """True when a paragraph is navigation, footer or toolbar text, not article text.
    Matched on the Simplified form, so Traditional chrome (列印, 關閉) is chrome too."""
    if len(text) > 400:
        return False
    lowered = simplified(text).lower()
    if any(re.search(p, lowered, re.IGNORECASE) for p in (*CHROME_PATTERNS, *extra)):
        return True
    words = [w for w in re.split(r"[\s|｜/·>›»]+", lowered) if w]
    return bool(words) and all(w in NAV_WORDS or w.replace(" ", "") in NAV_WORDS for w in words)


def _assemble(page: _Page, slug: str, lang: Lang, drop: Sequence[str]) -> Article:
    """Sort a page's lines into metadata, title and body, dropping chrome."""
    lines = [ln for ln in (clean(x) for x in page.lines) if ln]
    title = clean(page.title)
    meta = next((f for f in map(parse_meta_line, map(clean, page.meta_text)) if f), {})
    head = next((i for i, ln in enumerate(lines[:12]) if _is_head_meta(i, ln)), None)
    if head is not None:
        # Scraped text: section name and title sit above the date line.
        meta = meta or parse_meta_line(lines[head]) or {}
        if not title and head > 0:
            title = lines[head - 1]
        lines = lines[head + 1 :]
    elif title and title in lines[:6]:
        lines = lines[lines.index(title) + 1 :]
    elif not title and lines and _looks_like_title(lines[0]):
        title, lines = lines[0], lines[1:]
    if not (meta.get("source") and meta.get("author")):
        # Labels set out one per cell fill in what a single line did not give.
        meta = {**_split_meta(page.meta_text or lines[:30]), **meta}
    lines = _without_related(lines, [clean(x) for x in page.meta_text])
    original = next((m.group(1) for ln in lines[:8] if (m := _ORIGINAL.match(ln))), "")
    # The headline again under a metadata block ("标题" cell, then the body).
    lines = [ln for k, ln in enumerate(lines) if not (k < 4 and title and clean(ln) == title)]
    body = [ln for ln in lines if not _is_meta_in_body(ln) and not is_chrome(ln, drop)]
    return Article(
        slug=slug,
        lang=lang,
        title=title,
        paragraphs=tuple(Paragraph(t) for t in body),
        date=meta.get("date", "") or page.date,
        author=meta.get("author", ""),
        source=meta.get("source", ""),
        url=page.url,
        original_title=original.strip(),
    )


#: A newspaper's note of the headline the story first ran under: metadata, not text.
_ORIGINAL = re.compile(r"^\s*原[题題]\s*[:：]\s*(.+)$")


def _split_meta(lines: Sequence[str]) -> dict[str, str]:
    """Metadata set out one label per cell or line ("信息来源：X" | "发布日期：Y"):
    up to three neighbouring short lines read as one."""
    short = [clean(x) for x in lines[:60]]
    for k in range(len(short)):
        for width in (2, 3):
            window = short[k : k + width]
            if len(window) == width and all(0 < len(x) <= 40 for x in window):
                found = parse_meta_line("  ".join(window))
                if found and found.get("date"):
                    return found
    return {}


#: A heading over a list of links to other articles.
_RELATED = re.compile(
    r"^(相关(文章|新闻|阅读|链接|推荐)|延伸阅读|推荐阅读|热点推荐"
    r"|related (articles|news|stories|links)|more (news|stories)|you may (also )?like)\s*[:：]?$",
    re.I,
)


def _without_related(lines: list[str], page_lines: Sequence[str] = ()) -> list[str]:
    """Lines without related-article lists: the heading and the headlines under
    it, found in ``page_lines`` (the whole page) when the body lost the heading."""
    related, skipping = set(), False
    for line in page_lines or lines:
        if _RELATED.match(to_simplified(clean(line))):
            related.add(line)
            skipping = True
        elif skipping and len(line) <= 60 and _looks_like_title(line):
            related.add(line)
        else:
            skipping = False
    return [ln for ln in lines if ln not in related]


def _is_head_meta(index: int, line: str) -> bool:
    # A bare date counts as the page's date line only right under the title.
    return _is_meta_in_body(line) or (index < 3 and parse_meta_line(line) is not None)


def _is_meta_in_body(line: str) -> bool:
    # A bare date inside the body is a notice's signature date, not page metadata.
    return parse_meta_line(line) is not None and not re.fullmatch(r"\s*" + _DATE + r"\s*", line)


def _looks_like_title(line: str) -> bool:
    return len(line) <= 120 and not line.endswith((".", "。", "；", ";", ":", "："))


# --- readers ------------------------------------------------------------------


def read_text(text: str, rule: SiteRule | None = None) -> _Page:
    return _Page(title="", lines=split_paragraphs(text))


_MD_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_MD_INLINE = (
    (re.compile(r"<!--.*?-->", re.DOTALL), ""),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![*\\])\*(?![\s*])(.+?)(?<![\s\\])\*"), r"\1"),
    (re.compile(r"(?<![\w_])_(?![\s_])(.+?)(?<!\s)_(?![\w_])"), r"\1"),
    (re.compile(r"`([^`]*)`"), r"\1"),
)


def read_markdown(text: str, rule: SiteRule | None = None) -> _Page:
    meta: dict[str, str] = {}
    front = _MD_FRONT.match(text)
    if front:
        for line in front.group(1).splitlines():
            key, _, value = line.partition(":")
            meta[key.strip().lower()] = value.strip().strip("\"'")
        text = text[front.end() :]
    for pattern, repl in _MD_INLINE:
        text = pattern.sub(repl, text)
    title = meta.get("title", "")
    lines: list[str] = []
    for para in split_paragraphs(text):
        heading = re.match(r"#{1,6}\s+(.*?)\s*#*$", para)
        if heading and not title:
            title = heading.group(1)
            continue
        para = heading.group(1) if heading else re.sub(r"^(>\s*|[-*+]\s+|\d+\.\s+)", "", para)
        if not re.fullmatch(r"[-*_=\s]{3,}", para):
            lines.append(para)
    fields = [f"{k}: {v}" for k, v in meta.items() if k in ("date", "author", "source")]
    return _Page(
        title=title,
        lines=lines,
        url=meta.get("url", ""),
        meta_text=["  ".join(fields)] if fields else [],
    )


_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "br", "tr", "section")


def read_html(text: str, rule: SiteRule | None = None) -> _Page:
    import lxml.html
    from lxml import etree

    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    # libxml2 stops at 256 levels of nesting unless told otherwise, and then
    # drops the rest of the page without a word: allow its maximum, and refuse
    # a page deeper than that rather than lose part of it.
    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return _Page(title="", lines=[])
    fatal = [e for e in parser.error_log if e.level_name == "FATAL"]
    if fatal:
        raise _PageError(
            f"line {fatal[0].line}: {fatal[0].message.split(',')[0]}: cannot be read whole"
        )
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    url = _first(root, "//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content")
    page_lines = _text_lines(root)
    body = root.find("body")
    body_lines = _text_lines(body if body is not None else root)
    title = _first(root, rule.title) if rule and rule.title else ""
    if rule and rule.content:
        nodes = root.xpath(rule.content)
        lines = [ln for node in nodes for ln in _text_lines(node)]
    else:
        found_title = ""
        lines = []
        # trafilatura reads the page again with libxml2's default depth limit.
        if _depth(root) < _TRAFILATURA_DEPTH:
            lines, found_title = _main_text(text, body_lines)
        if not lines:
            lines = page_lines
        title = title or found_title
    if not title:
        title = _first(root, "//h1", "//meta[@property='og:title']/@content")
        title = title or _strip_site_name(_first(root, "//title"))
    title = _as_on_page(title, body_lines)
    if lines and clean(lines[0]) == clean(title):
        lines = lines[1:]
    return _Page(title=title, lines=lines, url=url, meta_text=page_lines)


_TRAFILATURA_DEPTH = 200


class _PageError(Exception):
    """A page that cannot be read whole (read_article names the file)."""


def _depth(root) -> int:  # type: ignore[no-untyped-def]
    """How deep the tree goes, counted without recursion."""
    deepest, stack = 0, [(root, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in node)
    return deepest


def _first(root, *xpaths: str) -> str:  # type: ignore[no-untyped-def]
    for xp in xpaths:
        for hit in root.xpath(xp):
            value = hit if isinstance(hit, str) else hit.text_content()
            if value.strip():
                return str(value).strip()
    return ""


def _text_lines(node) -> list[str]:  # type: ignore[no-untyped-def]
    """Visible text of a subtree, one line per block element.

    Newlines in the markup are only whitespace; lines break at block elements.
    """
    parts: list[str] = []
    for el in node.iter():
        is_element = isinstance(el.tag, str)
        if is_element and el.tag.lower() in _BLOCKS:
            parts.append("\x00")
        if el.text and is_element:
            parts.append(el.text)
        if el.tail and el is not node:
            parts.append(el.tail)
    text = re.sub(r"[\r\n]+", " ", "".join(parts))
    return [ln.strip() for ln in text.split("\x00") if ln.strip()]


def _main_text(html: str, page_lines: list[str]) -> tuple[list[str], str]:
    """The body lines of a page and its title, with trafilatura choosing what is body.

    trafilatura is good at telling article text from navigation and
    sidebars but sometimes fuses paragraphs into one, so it only *selects*:
    the page's own block lines are kept where trafilatura's text contains
    them, between the first and the last substantial such line.
    """
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(
        html, output_format="xml", include_comments=False, include_tables=True,
        favor_recall=True, with_metadata=True,
    )  # fmt: skip
    if not xml:
        return [], ""
    doc = etree.fromstring(xml.encode("utf-8"))
    chosen = _squeeze("".join(doc.find("main").itertext()) if doc.find("main") is not None else "")
    keep = [bool(_squeeze(ln)) and _squeeze(ln) in chosen for ln in page_lines]
    substantial = [i for i, ln in enumerate(page_lines) if keep[i] and len(_squeeze(ln)) >= 10]
    if not substantial:
        return [], doc.get("title", "") or ""
    first, last = substantial[0], substantial[-1]
    lines = [ln for i, ln in enumerate(page_lines) if first <= i <= last and keep[i]]
    return lines, doc.get("title", "") or ""


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


_TITLE_SEPARATORS = re.compile(r"\s*(?:——|--|[-_|｜—–])\s*")


def _as_on_page(title: str, page_lines: list[str]) -> str:
    """The headline as the page shows it: a title taken from ``<title>`` or a
    metadata tag often carries the site's name ("…-吉林省人民政府", "… - 新华网");
    when a line of the page is one of its parts, that line is the headline."""
    if not _TITLE_SEPARATORS.search(title):
        return title
    shown = {clean(line) for line in page_lines[:80]}
    if clean(title) in shown:
        return title
    parts = sorted((p for p in _TITLE_SEPARATORS.split(title) if p.strip()), key=len, reverse=True)
    return next((p for p in parts if clean(p) in shown), title)


def _strip_site_name(title: str) -> str:
    parts = [p for p in re.split(r"\s*(?:[-_|｜—]|——)\s*", title) if p.strip()]
    return max(parts, key=len) if parts else title


Reader = Callable[[str, "SiteRule | None"], _Page]

#: Readers by file type; the key is the file suffix.
READERS: dict[str, Reader] = {
    ".html": read_html,
    ".htm": read_html,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".txt": read_text,
}


def reader_for(path: str) -> Reader:
    suffix = PurePath(path).suffix.lower()
    if suffix not in READERS:
        known = ", ".join(sorted(READERS))
        raise InputError(f"unknown file type {suffix or '(none)'}; expected one of {known}", path)
    return READERS[suffix]


def read_article(
    data: bytes,
    path: str,
    slug: str,
    lang: Lang,
    rules: Sequence[SiteRule] = (),
) -> Article:
    """Turn a source file's bytes into an article; ``path`` names it in errors."""
    reader = reader_for(path)
    text = decode(data, path)
    rule = _rule_for(rules, text, path)
    try:
        page = reader(text, rule)
    except _PageError as exc:
        raise InputError(str(exc), path) from None
    article = _assemble(page, slug, lang, rule.drop if rule else ())
    if not article.paragraphs:
        raise InputError("no article text found (only markup, navigation or footer)", path)
    if lang is Lang.ZH and cjk_ratio(" ".join(p.text for p in article.paragraphs)) < 0.3:
        raise InputError("expected Chinese text, but the file is mostly not Chinese", path)
    if lang is Lang.EN and cjk_ratio(" ".join(p.text for p in article.paragraphs)) > 0.5:
        raise InputError("expected English text, but the file is mostly Chinese", path)
    if lang is Lang.ZH:
        article = _without_pinyin(article, path)
        text = "".join(p.text for p in article.paragraphs[:40])
        article = replace(article, script=chinese_script(article.title + text))
    if article.url and not web_address(article.url):
        shown = article.url[:60].encode("unicode_escape").decode("ascii")
        warning = f"{path}: address {shown!r} dropped: only http and https addresses are published"
        article = replace(article, url="", warnings=(*article.warnings, warning))
    return article


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
#: Pinyin a mirror site put in brackets after a character: 創(chuàng)新.
_PINYIN = re.compile(rf"(?<=[\u3400-\u9fff])[(（]([a-zü{_TONED}]{{1,6}})[)）]")


def _without_pinyin(article: Article, path: str) -> Article:
    """The article with pinyin inserted after characters removed, and said once.

    A bracketed syllable with a tone mark is always such pinyin; a plain one
    only where a paragraph has three or more (one "(ok)" after a character
    may be the writer's)."""
    removed = 0

    def strip(text: str) -> str:
        nonlocal removed
        found = _PINYIN.findall(text)
        if not found or (len(found) < 3 and not any(set(f) & set(_TONED) for f in found)):
            return text
        removed += len(found)
        return _PINYIN.sub("", text)

    paragraphs = tuple(Paragraph(strip(p.text), p.sentences) for p in article.paragraphs)
    title = strip(article.title)
    if not removed:
        return article
    warning = f"{path}: pinyin after {removed} characters removed (a mirror's annotation)"
    return replace(
        article, title=title, paragraphs=paragraphs, warnings=(*article.warnings, warning)
    )


def _rule_for(rules: Sequence[SiteRule], text: str, path: str) -> SiteRule | None:
    head = text[:20000]
    for rule in rules:
        if re.search(rule.match, path) or re.search(rule.match, head):
            return rule
    return None
