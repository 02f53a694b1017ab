"""What every document builder gets: the store, the options, the document, privacy and a way
to report progress and notice a cancel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..core import report_queries as rq
from ..core.store import Store
from .docx_kit import DocKit
from .errors import ExportCancelled
from .privacy import Privacy

KINDS = ("visit", "theme", "methods", "ideas", "resources", "report")

#: Danish names of the kinds of document.
KIND_TITLES: dict[str, str] = {
    "visit": "Besøgsnotat",
    "theme": "Temaopsamling",
    "methods": "Katalog over gode metoder",
    "ideas": "Idékatalog",
    "resources": "Ressourceoversigt",
    "report": "Afrapportering",
}

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class ExportOptions:
    """One export: its kind, filter, template, privacy and marking.

    >>> ExportOptions("theme", redact=True, marking="draft")
    """

    kind: str
    filter: rq.ReportFilter = field(default_factory=rq.ReportFilter)
    visit_id: str | None = None
    template: Path | None = None
    redact: bool = False
    marking: str = "none"
    date: dt.date | None = None
    title: str | None = None


@dataclass
class Context:
    store: Store
    options: ExportOptions
    kit: DocKit
    privacy: Privacy
    progress: Progress | None = None
    cancelled: Callable[[], bool] | None = None

    @property
    def filter(self) -> rq.ReportFilter:
        return self.options.filter

    def tick(self, fraction: float, text: str = "") -> None:
        """Report progress (0–1) and stop with ``ExportCancelled`` if the user cancelled."""
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled()
        if self.progress is not None:
            self.progress(min(max(fraction, 0.0), 1.0), text)
