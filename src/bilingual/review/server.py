"""The local review view: one page per article, served on loopback.

Security: the server listens on 127.0.0.1 only; every request needs the
random per-session token (in the URL for pages, in the
``X-Bilingual-Token`` header for changes, which a foreign page cannot set
without a CORS preflight this server never grants); a Host header that is
not this server's own is refused, which stops DNS rebinding, and so is an
Origin header from anywhere else. All text is escaped by building the page
as an lxml tree. The page needs no network: its style and script are inline.
"""

from __future__ import annotations

import hmac
import http.server
import json
import re
import secrets
import threading
from importlib import resources
from urllib.parse import parse_qs, urlsplit

from lxml import etree
from lxml.builder import E

from bilingual import __version__
from bilingual.checks import Context, check_unit
from bilingual.errors import BilingualError
from bilingual.glossary import Glossary
from bilingual.model import TITLE_ID, Finding, Unit, merged_units, with_visible_controls
from bilingual.normalize import fold_width, simplified
from bilingual.review.session import ConflictError, ReviewSession, unit_version, unpaired
from bilingual.segment import english_pieces

# The page's style and script are files of this package, served inline: the
# view works offline and loads nothing from anywhere.
STYLE = resources.files(__package__).joinpath("review.css").read_text(encoding="utf-8")
SCRIPT = resources.files(__package__).joinpath("review.js").read_text(encoding="utf-8")


def _highlight(text: str, needles: list[str], lang: str) -> list:  # type: ignore[type-arg]
    """Text with every glossary needle wrapped in <mark>, as lxml children."""
    needles = [n for n in needles if n]
    if not needles:
        return [text]
    pattern = re.compile(
        "|".join(re.escape(fold_width(n)) for n in sorted(needles, key=len, reverse=True)),
        re.IGNORECASE,
    )
    # Chinese is searched in its Simplified, width-folded form (the glossary's),
    # so a Traditional page's terms are marked too; the marks cut the text as shown.
    probe = simplified(text) if lang == "zh" else text
    if len(probe) != len(text):
        probe = text
    out: list = []  # type: ignore[type-arg]
    last = 0
    for m in pattern.finditer(probe):
        out += [text[last : m.start()], E.mark(text[m.start() : m.end()], title="glossary term")]
        last = m.end()
    return [*out, text[last:]]


def _preview(text: str, terms: list[str]):  # type: ignore[no-untyped-def]
    if not text:
        return E.p(E.em("no English yet"))
    return E.p(*_highlight(text, terms, "en"), {"class": "preview"})


def _finding(f: Finding):  # type: ignore[no-untyped-def]
    return E.p(f"{f.severity}: {f.check}: {f.message}", {"class": f"finding {f.severity}"})


def _score(unit: Unit) -> str:
    """The paragraph alignment score, while the English is still the aligner's."""
    if not unit.machine_owned:
        return ""
    line = next((p for p in unit.provenance if p.startswith("aligned:")), "")
    return line.split(" score ", 1)[1].split()[0] if " score " in line else ""


def _notes(unit: Unit) -> list:  # type: ignore[type-arg]
    """Why to look closer, and what a translator decided, as the catalog says now."""
    lines = [("Look closer: ", p.removeprefix("check: ")) for p in unit.provenance
             if p.startswith("check: ")]  # fmt: skip
    lines += [("Decided: ", p.removeprefix("decision: ")) for p in unit.decisions]
    return [E.p(E.strong(label), text, {"class": "note"}) for label, text in lines]


def _unpaired_blocks(unit: Unit, has_next: bool) -> list:  # type: ignore[type-arg]
    blocks = []
    for k, text in enumerate(unpaired(unit)):
        buttons = [E.button("Attach to this pair", {"data-op": "attach", "data-index": str(k),
                                                    "type": "button"})]  # fmt: skip
        if has_next:
            buttons.append(E.button("Attach to next pair", {"data-op": "attach-next",
                                    "data-index": str(k), "type": "button"}))  # fmt: skip
        buttons.append(E.button("Discard", {"data-op": "discard", "data-index": str(k),
                                            "type": "button"}))  # fmt: skip
        blocks.append(E.div(
            E.p(E.strong("English with no Chinese counterpart: "), E.span(text, lang="en")),
            E.div(*buttons), {"class": "unpaired"},
        ))  # fmt: skip
    return blocks


def render_page(session: ReviewSession, glossary: Glossary, token: str) -> str:
    ctx = Context(glossary)
    sections = []
    units = with_visible_controls(session.catalog).units
    zh_lang = session.catalog.source_language
    as_translated = {u.id: u for u in merged_units(units)}
    for n, unit in enumerate(units, 1):
        terms = glossary.find(unit.source)
        findings = check_unit(as_translated[unit.id], ctx) if unit.id in as_translated else []
        score = _score(unit)
        label = "title" if unit.id == TITLE_ID else f"paragraph {n - 1}"
        state = unit.state.label
        if unit.given_with:
            state = f"English given with {unit.given_with}"
        sections.append(E.section(
            E.div(
                E.strong(f"{label}: {state}"), f" · id {unit.id}",
                *([f" · alignment score {score}"] if score else []),
                *([" · sentences: ", str(len(english_pieces(unit.target)))] if unit.target else []),
                {"class": "meta"},
            ),
            E.div(E.p(*_highlight(unit.source, [t.zh for t in terms], "zh")), lang=zh_lang),
            E.div(
                _preview(unit.target, [t.en for t in terms]),
                E.label(f"English of {label}", {"for": f"t-{unit.id}", "class": "visually-hidden"}),
                E.textarea(unit.target, id=f"t-{unit.id}", lang="en"),
                E.div(
                    E.button("Save edit (Ctrl+Enter)", {"data-op": "edit", "type": "button"}),
                    E.button("Approve (a)", {"data-op": "approve", "type": "button"}),
                    E.button("Needs review (r)", {"data-op": "unapprove", "type": "button"}),
                    E.button("Merge with next (m)", {"data-op": "merge", "type": "button"}),
                    E.button("Split at cursor (s)", {"data-op": "split", "type": "button"}),
                    E.button("Undo (u)", {"data-op": "undo", "type": "button"}),
                ),
                *_notes(unit),
                *[_finding(f) for f in findings],
                lang="en",
            ),
            *_unpaired_blocks(unit, n < len(units)),
            {"class": f"pair state-{unit.state.label.replace(' ', '-')}", "tabindex": "0",
             "aria-label": f"{label}, {state}", "data-version": unit_version(unit)},
            id=unit.id,
        ))  # fmt: skip
    help_text = E.p(
        "Keys: ", E.kbd("j"), "/", E.kbd("k"), " next/previous, ", E.kbd("a"), " approve, ",
        E.kbd("r"), " needs review, ", E.kbd("e"), " edit (", E.kbd("Ctrl+Enter"), " save, ",
        E.kbd("Esc"), " leave), ", E.kbd("m"), " merge with next, ", E.kbd("s"),
        " split where the cursor was left, ", E.kbd("u"), " undo.",
    )  # fmt: skip
    html = E.html(
        E.head(E.meta(charset="utf-8"), E.title(f"Review: {session.slug}"), E.style(STYLE)),
        E.body(
            E.header(
                E.h1(f"Review: {session.slug}"),
                help_text,
                E.p(id="status", role="status", **{"aria-live": "polite"}),
            ),
            E.main(*sections),
            E.footer(E.p(f"bilingual {__version__}")),
            E.script(SCRIPT),
            {"data-token": token},
        ),
        lang="en",
    )
    return etree.tostring(html, method="html", encoding="unicode", doctype="<!DOCTYPE html>")


CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'"
)


#: Largest request body accepted, in bytes, and longest text in it, in characters.
MAX_BODY = 1_000_000
MAX_TEXT = 100_000


class ReviewServer(http.server.ThreadingHTTPServer):
    """Serves one session; ``token`` guards every request; one operation at a time."""

    def __init__(
        self, session: ReviewSession, glossary: Glossary, port: int = 0, host: str = "127.0.0.1"
    ):
        self.session, self.glossary = session, glossary
        self.operations = threading.Lock()
        self.token = secrets.token_urlsafe(24)
        super().__init__((host, port), _Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_port}/?token={self.token}"

    def allowed_hosts(self) -> set[str]:
        return {f"127.0.0.1:{self.server_port}", f"localhost:{self.server_port}"}


class _Handler(http.server.BaseHTTPRequestHandler):
    server: ReviewServer

    def log_message(self, *args: object) -> None:
        pass

    def _refuse(self, code: int, message: str) -> None:
        self._send(code, json.dumps({"error": message}), "application/json")

    def _send(self, code: int, body: str, kind: str) -> None:
        data = body.encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Content-Security-Policy", CSP)
        self.end_headers()
        self.wfile.write(data)

    def _trusted(self) -> bool:
        if self.headers.get("Host", "") not in self.server.allowed_hosts():
            self._refuse(400, "unexpected Host header")
            return False
        origin = self.headers.get("Origin")
        if origin is not None and origin.removeprefix("http://") not in self.server.allowed_hosts():
            self._refuse(403, "requests from other sites are refused")
            return False
        return True

    def do_GET(self) -> None:
        if not self._trusted():
            return
        url = urlsplit(self.path)
        token = parse_qs(url.query).get("token", [""])[0]
        if url.path != "/":
            self._refuse(404, "not found")
        elif not hmac.compare_digest(token, self.server.token):
            self._refuse(403, "missing or wrong session token")
        else:
            with self.server.operations:
                self.server.session.refresh()
            self._send(
                200,
                render_page(self.server.session, self.server.glossary, self.server.token),
                "text/html",
            )

    def do_POST(self) -> None:
        if not self._trusted():
            return
        if not hmac.compare_digest(self.headers.get("X-Bilingual-Token", ""), self.server.token):
            self._refuse(403, "missing or wrong session token")
            return
        # The length is checked before anything is read: a missing, negative or
        # oversized one is refused, and the connection closed, unread.
        raw = self.headers.get("Content-Length", "")
        if not raw.isdigit():
            self.close_connection = True
            self._refuse(411, "a request body needs a valid Content-Length")
            return
        if int(raw) > MAX_BODY:
            self.close_connection = True
            self._refuse(413, f"request body larger than {MAX_BODY} bytes")
            return
        try:
            body = json.loads(self.rfile.read(int(raw)) or b"{}")
            if not isinstance(body, dict):
                raise ValueError("the body must be a JSON object")
            with self.server.operations:
                focus = self._apply(urlsplit(self.path).path.removeprefix("/api/"), body)
        except ConflictError as exc:
            self._refuse(409, str(exc))
            return
        except BilingualError as exc:
            self._refuse(422, str(exc))
            return
        except (ValueError, KeyError, TypeError) as exc:
            self._refuse(400, f"bad request: {exc}")
            return
        self._send(200, json.dumps({"ok": True, "focus": focus}), "application/json")

    def _apply(self, op: str, body: dict) -> str:  # type: ignore[type-arg]
        s, uid = self.server.session, _text(body, "id", "")
        version = _text(body, "version", "")
        if op == "edit":
            s.edit(uid, _text(body, "text"), version)
        elif op == "approve":
            s.mark(uid, True, version)
        elif op == "unapprove":
            s.mark(uid, False, version)
        elif op == "merge":
            s.merge(uid, version)
        elif op == "split":
            s.split(uid, _int(body, "at"), version)
        elif op in ("attach", "attach-next"):
            s.attach(uid, _int(body, "index"), op == "attach-next", version)
        elif op == "discard":
            s.discard(uid, _int(body, "index"), version)
        elif op == "undo":
            s.undo()
        else:
            raise KeyError(f"unknown operation {op!r}")
        return uid


def _text(body: dict, key: str, default: str | None = None) -> str:  # type: ignore[type-arg]
    value = body.get(key, default)
    if not isinstance(value, str):
        raise TypeError(f"{key!r} must be a string")
    if len(value) > MAX_TEXT:
        raise ValueError(f"{key!r} is longer than {MAX_TEXT} characters")
    return value


def _int(body: dict, key: str) -> int:  # type: ignore[type-arg]
    value = body.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{key!r} must be a whole number")
    return value
