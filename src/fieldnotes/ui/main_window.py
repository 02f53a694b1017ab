"""The main window: a sidebar of lists, the note-taking view, and the Edit menu's undo/redo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from .. import paths
from ..core.errors import KnownError
from ..core.queries import LISTS
from ..core.store import Store
from ..merge import backup
from .i18n import Translations
from .labels import list_title
from .list_page import ListPage
from .member_dialog import MemberDialog
from .session import Session
from .visit_view import VisitView

LIST_PAGES = ("visits", "notes", "people", "methods", "ideas", "resources", "followups", "hearing")
SECRETARIAT_PAGES = ("conflicts", "merges")
SIDEBAR = (*LIST_PAGES, *SECRETARIAT_PAGES)


def backups_dir() -> Path:
    """Where merge backups go: ``<data folder>/backups``."""
    return paths.data_dir() / "backups"


class MainWindow(QMainWindow):
    """Browse the lists and take notes; all changes go through the session's operations."""

    def __init__(self, store: Store, translations: Translations | None = None) -> None:
        super().__init__()
        self.store = store
        self.session = Session(store, self)
        self.translations = translations or Translations()
        self.pages: dict[str, QWidget] = {}
        self.dialog: QDialog | None = None  # the open export or merge dialog, for tests
        self._init_widgets()
        self._init_menus()
        self._connect_signals()
        self.retranslate()
        self.resize(1280, 760)
        self._restore()
        self.sidebar.setCurrentRow(0)

    # --- building ---------------------------------------------------------------------
    def _init_widgets(self) -> None:
        self.sidebar = QListWidget()
        self.sidebar.setMaximumWidth(240)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setStyleSheet(
            "QListWidget { font-size: 11pt; } QListWidget::item { padding: 6px; }"
        )
        for name in SIDEBAR:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()
        self.visit_view = VisitView(self.session)
        self.stack.addWidget(self.visit_view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 1090])
        self.setCentralWidget(self.splitter)
        self.warning = QLabel(wordWrap=True)
        self.warning.setStyleSheet("color: #a00; font-weight: 600;")
        self.warning.hide()
        self.statusBar().addPermanentWidget(self.warning, 1)

    def _init_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.export_action = self.file_menu.addAction("", self.export_package)
        self.merge_action = self.file_menu.addAction("", self.merge_packages)
        self.undo_merge_action = self.file_menu.addAction("", self.undo_last_merge)
        self.file_menu.aboutToShow.connect(self._update_file_menu)
        self.file_menu.addSeparator()
        self.quit_action = self.file_menu.addAction("", QKeySequence.StandardKey.Quit, self.close)
        self.edit_menu = bar.addMenu("")
        self.undo_action = self.edit_menu.addAction(
            "", QKeySequence.StandardKey.Undo, self.session.undo
        )
        self.redo_action = self.edit_menu.addAction(
            "", QKeySequence.StandardKey.Redo, self.session.redo
        )
        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, name in (("da", "Dansk"), ("en", "English")):
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(lang == self.translations.language)
            action.triggered.connect(lambda _c=False, code=lang: self.set_language(code))
            group.addAction(action)
            self.language_actions[lang] = action

    def _connect_signals(self) -> None:
        self.sidebar.currentRowChanged.connect(self._show_list)
        self.session.history_changed.connect(self._word_history)
        self.session.changed.connect(self._succeeded)
        self.session.failed.connect(self._failed)
        self.visit_view.message.connect(self._status)

    def retranslate(self) -> None:
        name = self.store.path.name if self.store.path else self.tr("(i hukommelsen)")
        self.setWindowTitle(self.tr("Fieldnotes – {0}").format(name))
        self.file_menu.setTitle(self.tr("&Filer"))
        self.export_action.setText(self.tr("&Eksportér til sekretariatet …"))
        self.merge_action.setText(self.tr("&Flet pakker ind …"))
        self.undo_merge_action.setText(self.tr("Fortr&yd sidste fletning …"))
        self.quit_action.setText(self.tr("&Afslut"))
        self.edit_menu.setTitle(self.tr("&Redigér"))
        self.view_menu.setTitle(self.tr("&Vis"))
        self.language_menu.setTitle(self.tr("&Sprog"))
        self.sidebar.setAccessibleName(self.tr("Oversigt"))
        for row, name in enumerate(SIDEBAR):
            self.sidebar.item(row).setText(list_title(name))
        self._word_history()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- behaviour ----------------------------------------------------------------------
    def ensure_member(self) -> bool:
        """Ask who the member is when the store has none; False if the user declines."""
        if self.store.member_id is not None:
            return True
        return MemberDialog(self.store, self).exec() == QDialog.DialogCode.Accepted

    def _show_list(self, row: int) -> None:
        if row < 0:
            return
        name = SIDEBAR[row]
        if name not in self.pages:
            self.pages[name] = self._page(name)
            self.stack.addWidget(self.pages[name])
        self.stack.setCurrentWidget(self.pages[name])

    def _page(self, name: str) -> QWidget:
        # The secretariat's views and the editors are imported when first used: start-up
        # stays lean (benchmarks/bench_gui_startup.py).
        from .conflicts_view import ConflictsView
        from .merge_log_view import MergeLogView

        if name == "conflicts":
            conflicts = ConflictsView(self.session)
            conflicts.opened.connect(self.open_item)
            return conflicts
        if name == "merges":
            return MergeLogView(self.session.store)
        page = ListPage(self.session, LISTS[name])
        page.opened.connect(self.open_item)
        page.edit_requested.connect(self.edit_item)
        page.plan_requested.connect(lambda hearing: self.plan_visit(hearing_id=hearing))
        return page

    def open_item(self, entity: str, row_id: str) -> None:
        """Open an item from wherever it is linked: a visit or note in the note-taking view,
        anything else in its editor."""
        if entity == "visit":
            self.open_visit(row_id)
        elif entity == "note":
            note = self.store.get("note", row_id)
            if note:
                self.open_visit(note["visit_id"])
                self.visit_view.show_note(row_id)
        else:
            self.edit_item(entity, row_id)

    def edit_item(self, entity: str, row_id: str = "") -> QDialog:
        """The editor of one item (a new one for ``row_id == ""``), opened window-modal."""
        from .item_dialog import ItemDialog
        from .visit_dialog import VisitDialog

        self.visit_view.autosaver.flush()
        if entity == "visit":
            dialog: QDialog = VisitDialog(self.session, row_id or None, parent=self)
        else:
            dialog = ItemDialog(self.session, entity, row_id or None, self)
            dialog.opened.connect(self._open_linked)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _open_linked(self, entity: str, row_id: str) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.open_item(entity, row_id)

    def plan_visit(self, hearing_id: str | None = None) -> QDialog:
        """Plan a new visit, from a hearing input's suggestions if given."""
        from .visit_dialog import VisitDialog

        self.visit_view.autosaver.flush()
        dialog = VisitDialog(self.session, hearing_id=hearing_id, parent=self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_visit(self, visit_id: str) -> None:
        self.visit_view.open_visit(visit_id)
        self.sidebar.clearSelection()
        self.stack.setCurrentWidget(self.visit_view)
        self.visit_view.editor.setFocus()

    # --- the secretariat ----------------------------------------------------------------
    def _update_file_menu(self) -> None:
        on_disk = self.store.path is not None
        self.export_action.setEnabled(on_disk)
        self.merge_action.setEnabled(on_disk)
        self.undo_merge_action.setEnabled(
            on_disk and backup.last_backup(self.store.path, backups_dir()) is not None
        )

    def export_package(self) -> None:
        """Write a package for the secretariat (in the background)."""
        from .package_dialog import PackageDialog

        if self.store.path is None:
            return
        self.visit_view.autosaver.flush()
        self.dialog = PackageDialog(self.store, self)
        self.dialog.open()

    def merge_packages(self, packages: list[Path] | None = None) -> None:
        """Preview and merge members' packages (backed up first, in the background)."""
        from .merge_dialog import MergeDialog

        if self.store.path is None:
            return
        self.visit_view.autosaver.flush()
        dialog = MergeDialog(self.store, backups_dir(), packages or [], self)
        dialog.merged.connect(self._merged)
        dialog.show_conflicts.connect(lambda: self.show_list("conflicts"))
        self.dialog = dialog
        dialog.open()

    def _merged(self) -> None:
        self.session.changed_elsewhere()
        for name in SECRETARIAT_PAGES:
            page = self.pages.get(name)
            if page is not None:
                page.reload()  # type: ignore[attr-defined]

    def undo_last_merge(self) -> None:
        """Put back the database as it was before the last merge (after asking)."""
        path = self.store.path
        if path is None:
            return
        last = backup.last_backup(path, backups_dir())
        if last is None:
            QMessageBox.information(
                self,
                self.tr("Fortryd sidste fletning"),
                self.tr("Der er ingen fletning at fortryde."),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Fortryd sidste fletning"),
            self.tr(
                "Databasen sættes tilbage til, som den var før fletningen {0} ({1}). "
                "Alt, der er ændret siden, går tabt (en kopi gemmes i sikkerhedskopimappen). "
                "Fortsæt?"
            ).format(last.made_at.replace("T", " "), ", ".join(last.packages)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.visit_view.autosaver.flush()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        problem = None
        try:
            self.store.close()
            try:
                backup.restore(path, backups_dir())
            except KnownError as exc:
                problem = exc.message()
            try:
                store = Store.open(path)
            except KnownError as exc:
                QMessageBox.critical(self, "Fieldnotes", exc.message())
                self.close()
                return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.use_store(store)
        if problem:
            QMessageBox.warning(self, self.tr("Fortryd sidste fletning"), problem)
        else:
            self._status(self.tr("Fletningen er fortrudt."))

    def use_store(self, store: Store) -> None:
        """Show ``store`` instead of the current one (after restoring a backup)."""
        self.store = store
        self.session.use(store)
        for name in SECRETARIAT_PAGES:
            page = self.pages.pop(name, None)
            if page is not None:
                self.stack.removeWidget(page)
                page.deleteLater()
        row = self.sidebar.currentRow()
        if row >= 0 and SIDEBAR[row] in SECRETARIAT_PAGES:
            self._show_list(row)

    def show_list(self, name: str) -> None:
        self.sidebar.setCurrentRow(SIDEBAR.index(name))

    def set_language(self, lang: str) -> None:
        self.translations.use(lang)
        self.language_actions[lang].setChecked(True)
        QSettings().setValue("language", lang)

    def _word_history(self) -> None:
        self.undo_action.setText(self.session.undo_text())
        self.redo_action.setText(self.session.redo_text())
        self.undo_action.setEnabled(self.session.history.can_undo())
        self.redo_action.setEnabled(self.session.history.can_redo())

    def _failed(self, message: str) -> None:
        """Say what went wrong without blocking typing; the text stays in the editor."""
        self.warning.setText(message)
        self.warning.show()

    def _succeeded(self) -> None:
        if self.warning.isVisible():
            self.warning.hide()

    def _status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # --- window state -------------------------------------------------------------------
    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        for key, widget in self._splitters().items():
            state = settings.value(f"main/{key}")
            if state is not None:
                widget.restoreState(state)

    def _splitters(self) -> dict[str, QSplitter]:
        return {"splitter": self.splitter, "visit_splitter": self.visit_view.splitter}

    def closeEvent(self, event: QCloseEvent) -> None:
        self.visit_view.autosaver.flush()
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        for key, widget in self._splitters().items():
            settings.setValue(f"main/{key}", widget.saveState())
        super().closeEvent(event)


def current_widget(window: MainWindow) -> QWidget:
    """The page the window shows (for tests and screenshots)."""
    return window.stack.currentWidget()
