"""The one place that wires the store, the translator and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from .core.errors import KnownError
from .core.store import Store


def run_gui(db_path: Path) -> int:
    """Open the main window on ``db_path`` (created if missing); returns the exit status."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .ui.i18n import Translations
    from .ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Fieldnotes")
    app.setOrganizationName("Fieldnotes")
    translations = Translations()
    translations.use(str(QSettings().value("language", "da")))
    try:
        store = Store.open(db_path, create=True)
    except KnownError as exc:
        QMessageBox.critical(None, "Fieldnotes", exc.message())
        return 2
    window = None
    try:
        window = MainWindow(store, translations)
        if not window.ensure_member():
            return 0
        window.show()
        return app.exec()
    finally:
        # The window may have swapped in a new store (after undoing a merge).
        (window.store if window is not None else store).close()
