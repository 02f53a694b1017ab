"""The one place that wires the store, the translator and the main window.

Before the database is opened: a second start on the same database hands over to the first
(``ui.single_instance``) and leaves without writing; the first takes the app's lock beside
the database (``core.lock``), which the command-line tools respect; a database on a network
share gets a warning. While the window is open, a backup is made at start and every few
minutes of editing (``ui.periodic_backups.PeriodicBackups``; QSettings ``backups/minutes``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .core import cipher, lock
from .core.errors import KnownError
from .core.store import sqlite_error

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from .ui.i18n import Translations
    from .ui.single_instance import SingleInstance


def run_gui(db_path: Path) -> int:
    """Open the main window on ``db_path`` (created if missing); returns the exit status."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .ui.i18n import Translations
    from .ui.single_instance import SingleInstance, tell_already_open

    cipher.ask_with(None)  # the window asks for a passphrase in its own dialog, not the terminal
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Fieldnotes")
    app.setOrganizationName("Fieldnotes")
    translations = Translations()
    translations.use(str(QSettings().value("language", "da")))
    db_path = Path(db_path).expanduser()
    instance = SingleInstance(db_path)
    if not instance.claim():
        if not instance.acknowledged:
            tell_already_open()
        return 0
    try:
        try:
            lock.acquire(db_path)
        except KnownError as exc:
            QMessageBox.critical(None, "Fieldnotes", exc.message())
            return 2
        except OSError as exc:
            QMessageBox.critical(None, "Fieldnotes", sqlite_error(exc, db_path).message())
            return 2
        try:
            return _run(app, db_path, translations, instance)
        finally:
            lock.release(db_path)
    finally:
        instance.close()


def _run(
    app: QCoreApplication, db_path: Path, translations: Translations, instance: SingleInstance
) -> int:
    """The part after the claim and the lock: open, show, run, close."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from .ui.encryption import unlock_store
    from .ui.main_window import MainWindow
    from .ui.periodic_backups import DEFAULT_MINUTES, PeriodicBackups
    from .ui.single_instance import bring_to_front, network_warning

    warning = network_warning(db_path)
    if warning:
        QMessageBox.warning(None, "Fieldnotes", warning)
    try:
        store = unlock_store(db_path, None, create=True)
    except KnownError as exc:
        QMessageBox.critical(None, "Fieldnotes", exc.message())
        return 2
    if store is None:  # the passphrase was asked for, and not given
        return 0
    window = None
    periodic = None
    try:
        window = MainWindow(store, translations)
        instance.activated.connect(lambda: bring_to_front(window))
        if not window.ensure_member():
            return 0
        window.show()
        try:
            minutes = int(QSettings().value("backups/minutes", DEFAULT_MINUTES))
        except (TypeError, ValueError):
            minutes = DEFAULT_MINUTES
        # The window may swap in a new store (after a restore): ask it for the path each time,
        # and skip a backup while the encryption menu rewrites the file.
        periodic = PeriodicBackups(
            lambda: None if window.encryption_menu.call is not None else window.store.path,
            minutes,
            window,
        )
        periodic.failed.connect(lambda message: window.statusBar().showMessage(message))
        periodic.start()
        return app.exec()
    finally:
        if periodic is not None:
            periodic.stop()
        (window.store if window is not None else store).close()
