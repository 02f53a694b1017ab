"""Rendering a named view offscreen to a PNG, for the README, the user guide and tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

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
    "search",
    "matrix",
    "coverage",
    "conflicts",
    "merges",
    "duplicates",
    "visit",
    "visit_dialog",
    "item_dialog",
    "member",
    "erase_dialog",
    "redact_dialog",
    "settings",
    "passphrase",
)
#: What the search view shows searched for.
SEARCH_EXAMPLE = "mentor*"
#: The name the redaction view looks for: a citizen the demo's notes name in passing.
REDACT_EXAMPLE = "Farah"


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
        target = _show(window, view)
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


def _show(window: Any, view: str) -> Any:
    """Bring ``view`` on screen in ``window``; returns the widget to photograph."""
    store = window.store
    if view == "visit":
        visit_id = queries.busiest_visit(store)
        if visit_id:
            window.open_visit(visit_id)
            window.visit_view.spelling.spell.wait_until_idle()  # the red lines belong in it
        return window
    if view == "member":
        from .member_dialog import MemberDialog

        dialog = MemberDialog(store, window)
        dialog.show()
        return dialog
    if view in ("erase_dialog", "redact_dialog"):
        return _erasure(window, view)
    if view == "settings":
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(parent=window)
        dialog.show()
        _until_dictionary_known(dialog.spell)
        return dialog
    if view == "passphrase":  # as asked at start for an encrypted database
        from .encryption import PassphraseDialog

        dialog = PassphraseDialog(Path(store.path or "demo.db"), lambda _text: False, window)
        dialog.show()
        return dialog
    if view in ("visit_dialog", "item_dialog"):
        if view == "visit_dialog":
            dialog = window.edit_item("visit", queries.busiest_visit(store) or "")
        else:
            methods = queries.choices(store, "method")
            dialog = window.edit_item("method", methods[0][0] if methods else "")
        dialog.show()
        return dialog
    from .list_page import ListPage

    window.show_list(view)
    page = window.pages[view]
    if isinstance(page, ListPage):
        page.fill_now()  # not in the background: the picture needs the rows
    if view == "search":
        page.run_now(SEARCH_EXAMPLE)
        page.results_list.setCurrentRow(0)
    elif view in ("matrix", "coverage"):
        page.refresh_now()  # not in the background: the picture needs the figures
        if view == "matrix":
            _show_busiest_cell(page)
    return window


def _until_dictionary_known(spell: Any) -> None:
    """Run events until the spell checker has found its dictionary or given up (at most 10 s),
    so the settings show the real state, not "looking for the dictionary"."""
    from PySide6.QtCore import QEventLoop, QTimer

    if spell.loaded or spell.reason is not None:
        return
    loop = QEventLoop()
    spell.state_changed.connect(lambda: (spell.loaded or spell.reason is not None) and loop.quit())
    QTimer.singleShot(10_000, loop.quit)
    loop.exec()


def _show_busiest_cell(matrix: Any) -> None:
    """Click the matrix cell that counts most, so its passages are listed beside it."""
    data, model = matrix.model.matrix, matrix.model
    if data is None or not data.columns:
        return
    best = max(
        (
            (data.cell(theme.id, place.id).total, row, column)
            for row, place in enumerate(data.columns)
            for column, theme in enumerate(data.themes)
        ),
        default=(0, 0, 0),
    )
    index = model.index(best[1], best[2])
    matrix.table.setCurrentIndex(index)
    matrix.show_cell(index)


def _erasure(window: Any, view: str) -> Any:
    """The erasure dialog for the first person, or the redaction dialog with the example
    name looked for; the notes are found (in the background) and the confirmation given."""
    from PySide6.QtCore import QEventLoop

    from .erase_dialog import EraseDialog

    people = queries.choices(window.store, "person")
    person_id = people[0][0] if view == "erase_dialog" and people else None
    dialog = EraseDialog(window.store.path, person_id, window)
    dialog.show()
    if person_id is None:
        dialog.name_edit.setText(REDACT_EXAMPLE)
        dialog.find()
    if dialog.job is not None:
        loop = QEventLoop()
        dialog.job.finished.connect(loop.quit)
        loop.exec()
    if person_id is None:
        dialog.confirm_box.setChecked(True)
    else:
        dialog.confirm_edit.setText(dialog.name)
    return dialog
