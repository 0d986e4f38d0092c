"""What the commands report, as data: the ``--format json`` documents and bead files.

Every JSON document is ``{"version": JSON_VERSION, "command": <name>, ...}``
with the fields the README lists for that command; ``version`` changes only
when a field is renamed or removed. The CLI prints these; nothing here does
any I/O.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from bilingual.model import Bead, Finding

if TYPE_CHECKING:
    from bilingual.align.article import AlignReport
    from bilingual.draft import DraftReport
    from bilingual.pipeline import ExportRun, IngestReport
    from bilingual.workspace import Workspace

#: The version of every ``--format json`` document.
JSON_VERSION = 1


def document(command: str, **body: object) -> str:
    """A command's JSON document: one field a line, and a list of records
    (findings, articles) one record a line.

    Records go through json's C encoder; ``indent`` would send every value
    through its Python one, at 35 µs a finding (3.5 s for a hundred thousand).
    """
    doc = {"version": JSON_VERSION, "command": command, **body}
    fields = []
    for key, value in doc.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            text = "[\n" + ",\n".join("    " + _record(v) for v in value) + "\n  ]"
        else:
            text = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        fields.append(f"  {json.dumps(key)}: {text}")
    return "{\n" + ",\n".join(fields) + "\n}\n"


_record = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode


def finding_dict(f: Finding) -> dict[str, object]:
    """A finding: ``check`` is the check's name, which never changes meaning;
    ``fingerprint`` names this finding across runs (the same problem in the
    same paragraph keeps it when lines move), for a CI baseline."""
    return {"file": f.file, "line": f.line, "msgctxt": f.unit_id, "paragraph": f.unit_id,
            "check": f.check, "severity": str(f.severity), "message": f.message,
            "fingerprint": fingerprint(f)}  # fmt: skip


def fingerprint(f: Finding) -> str:
    key = "\0".join((f.file, f.unit_id, f.check, f.message)).encode("utf-8")
    return hashlib.blake2b(key, digest_size=8).hexdigest()


def ingest_dict(ws: Workspace, r: IngestReport) -> dict[str, object]:
    return {
        "slug": r.slug, "catalog": ws.relative(r.catalog), "units": r.units, "added": r.added,
        "edited": r.edited, "obsoleted": r.obsoleted, "written": r.written,
        "alignment": alignment_dict(r.alignment) if r.alignment else None,
        "warnings": list(r.warnings),
    }  # fmt: skip


def alignment_dict(report: AlignReport) -> dict[str, object]:
    return {
        "beads": dict(sorted(Counter(b.shape for b in report.beads).items())),
        "aligned": report.aligned, "kept": report.kept, "low_confidence": report.low_confidence,
        "untranslated": report.untranslated, "unpaired_english": list(report.unpaired_english),
    }  # fmt: skip


def draft_dict(r: DraftReport) -> dict[str, object]:
    return {"slug": r.slug, "exact": r.exact, "sentences": r.sentences, "fuzzy": r.fuzzy,
            "machine": r.machine, "left": r.left}  # fmt: skip


def export_dict(
    ws: Workspace, target: Path, run: ExportRun, check_only: bool = False
) -> dict[str, object]:
    out: dict[str, object] = {
        "out": ws.relative(target), "articles": run.articles, "rendered": run.rendered,
        "written": run.written, "removed": run.removed, "warnings": run.warnings,
    }  # fmt: skip
    if check_only:
        out.update(stale=run.stale, up_to_date=not run.stale)
    return out


def render_beads(beads: list[Bead], zh: list[str], en: list[str], fmt: str) -> str:
    from bilingual.align.evaluate import format_bead

    if fmt == "json":
        rows = [{"zh": list(b.src), "en": list(b.tgt), "score": round(b.score, 4)} for b in beads]
        return document("align-text", beads=rows)
    if fmt == "beads":
        return "".join(format_bead(b) + "\n" for b in beads)
    return "".join(
        f"{b.score:.3f}\t{''.join(zh[i] for i in b.src)}\t{' '.join(en[j] for j in b.tgt)}\n"
        for b in beads
    )
