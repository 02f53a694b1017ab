"""Rendering a named view offscreen to a PNG, for the README, the user guide and tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..core import queries
from ..core.store import Store

VIEWS = (
    "visits",
    "notes",
    "people",
    "methods",
    "ideas",
    "resources",
    "followups",
    "hearing",
    "visit",
    "member",
)


_translations = None


def _application() -> object:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Fieldnotes-screenshot")  # keep the user's window settings
    return app


def render(
    db_path: Path | str,
    out_png: Path | str,
    view: str = "visits",
    lang: str = "da",
    size: tuple[int, int] = (1366, 768),
) -> Path:
    """Render ``view`` (one of ``VIEWS``) of the database at ``db_path`` to ``out_png``.

    >>> render("demo.db", "visit.png", view="visit", lang="en")  # doctest: +SKIP
    """
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    app = _application()
    from PySide6.QtCore import QCoreApplication, QEvent

    from ..core.errors import KnownError
    from .i18n import Translations
    from .main_window import MainWindow
    from .member_dialog import MemberDialog

    global _translations
    _translations = _translations or Translations()
    translations = _translations
    language = KnownError.language
    translations.use(lang)
    store = Store.open(db_path)
    try:
        window = MainWindow(store, translations)
        window.resize(*size)
        window.show()
        target = window
        if view == "visit":
            visit_id = queries.busiest_visit(store)
            if visit_id:
                window.open_visit(visit_id)
        elif view == "member":
            target = MemberDialog(store, window)
            target.show()
        else:
            window.show_list(view)
        app.processEvents()  # type: ignore[attr-defined]
        out = Path(out_png)
        if not target.grab().save(str(out)):
            raise OSError(f"cannot write {out}")
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        return out
    finally:
        store.close()
        translations.remove()  # leave the app's own language as it was
        KnownError.language = language
