"""Word documents for the secretariat, built with python-docx in Word's built-in styles.

No Qt here: the CLI and the GUI's worker call ``export_docx`` with a store of their own.

>>> export_docx(store, ExportOptions("theme", redact=True), Path("tema.docx"))
"""

from __future__ import annotations

from .context import KIND_TITLES, KINDS, ExportOptions
from .docx_kit import MARKINGS
from .errors import ExportCancelled, ExportError
from .run import Preview, build_document, export_docx, preview

__all__ = [
    "KINDS",
    "KIND_TITLES",
    "MARKINGS",
    "ExportCancelled",
    "ExportError",
    "ExportOptions",
    "Preview",
    "build_document",
    "export_docx",
    "preview",
]
