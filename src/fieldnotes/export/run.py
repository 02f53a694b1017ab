"""Running an export: check the input, build the document, write it atomically; and the
preview the dialog shows first (what is included, whether personal data is)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from docx.document import Document as DocumentObject

from ..core import report_queries as rq
from ..core.store import Store
from . import (
    idea_catalogue,
    methods_catalogue,
    privacy,
    report_draft,
    resource_overview,
    theme_summary,
    visit_memo,
)
from .context import KINDS, Context, ExportOptions, Progress
from .docx_kit import MARKINGS, DocKit
from .errors import ExportError
from .target import check_target, write_atomic

BUILDERS: dict[str, ModuleType] = {
    "visit": visit_memo,
    "theme": theme_summary,
    "methods": methods_catalogue,
    "ideas": idea_catalogue,
    "resources": resource_overview,
    "report": report_draft,
}


def _check(options: ExportOptions) -> None:
    if options.kind not in KINDS:
        raise ExportError("unknown_kind", kind=options.kind, known=", ".join(KINDS))
    if options.marking not in MARKINGS:
        raise ExportError("unknown_kind", kind=options.marking, known=", ".join(MARKINGS))
    if options.kind == "visit" and not options.visit_id:
        raise ExportError("visit_required")


def build_document(
    store: Store,
    options: ExportOptions,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DocumentObject:
    """The finished python-docx document for ``options`` (not yet saved)."""
    _check(options)
    builder = BUILDERS[options.kind]
    shield = privacy.Privacy(
        options.redact,
        rq.all_people(store) if options.redact else (),
        rq.members(store),
    )
    ctx = Context(store, options, None, shield, progress, cancelled)  # type: ignore[arg-type]
    ctx.tick(0.0, "skabelon")
    doc_title, subtitle = builder.title(ctx)
    ctx.kit = DocKit.open(
        options.template,
        title=options.title or doc_title,
        subtitle=subtitle,
        marking=options.marking,
        date=options.date or dt.date.today(),
    )
    builder.build(ctx)
    ctx.tick(1.0, "gemmer")
    return ctx.kit.finish()


def export_docx(
    store: Store,
    options: ExportOptions,
    out: Path | str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Build the document and write it to ``out`` (.docx) through a temporary file.

    Refuses before any work when ``out`` is open in Word or cannot be written.
    """
    target = check_target(out)
    doc = build_document(store, options, progress, cancelled)
    if cancelled is not None and cancelled():
        from .errors import ExportCancelled

        raise ExportCancelled()
    written = write_atomic(doc, target)
    privacy = "pseudonymiseret" if options.redact else "med personoplysninger"
    store.audit("export_docx", f"{options.kind} → {written.name} ({privacy})")
    return written


@dataclass(frozen=True)
class Preview:
    """What an export will include, for the dialog's notice before exporting."""

    visits: int
    notes: int
    passages: int
    quotes: int
    methods: int
    ideas: int
    resources: int
    people: int
    findings: privacy.Findings

    @property
    def personal_data(self) -> bool:
        """Whether names of people met or CPR/phone/e-mail in free text would be included."""
        return bool(self.people or self.findings.total)


def preview(store: Store, options: ExportOptions) -> Preview:
    """Count what ``options`` would export and the personal data in it."""
    f = options.filter
    if options.kind == "visit":
        visit = rq.visit(store, options.visit_id or "")
        visits = [visit] if visit else []
        f = rq.ReportFilter(include_drafts=True, visit_ids=(options.visit_id or "-",))
    else:
        visits = rq.visits(store, f)
    ids = [v["id"] for v in visits]
    passages = rq.passages(store, f) if options.kind in ("visit", "theme", "report") else []
    uses_methods = options.kind in ("visit", "theme", "methods", "report")
    people = rq.people_of_visits(store, ids) if options.kind in ("visit", "theme", "report") else []
    texts = rq.note_texts(store, ids) if options.kind in ("visit", "theme", "report") else []
    return Preview(
        visits=len(visits),
        notes=sum(v["notes"] for v in visits),
        passages=len(passages),
        quotes=sum(1 for p in passages if p["is_quote"]),
        methods=len(rq.methods(store, f)) if uses_methods else 0,
        ideas=len(rq.ideas(store, f)) if options.kind in ("ideas", "report", "visit") else 0,
        resources=len(rq.resources(store, f)) if options.kind in ("resources", "report") else 0,
        people=0 if options.redact else len(people),
        findings=privacy.Findings() if options.redact else privacy.scan(texts),
    )
