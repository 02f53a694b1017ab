"""The main window: a sidebar of lists, the note-taking view, and the Edit menu's undo/redo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ..core.queries import LISTS
from ..core.store import Store
from .i18n import Translations
from .labels import list_title
from .list_page import ListPage
from .member_dialog import MemberDialog
from .session import Session
from .visit_view import VisitView

SIDEBAR = ("visits", "notes", "people", "methods", "ideas", "resources", "followups", "hearing")


class MainWindow(QMainWindow):
    """Browse the lists and take notes; all changes go through the session's operations."""

    def __init__(self, store: Store, translations: Translations | None = None) -> None:
        super().__init__()
        self.store = store
        self.session = Session(store, self)
        self.translations = translations or Translations()
        self.pages: dict[str, ListPage] = {}
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
            page = ListPage(self.session, LISTS[name])
            page.opened.connect(self.open_item)
            self.pages[name] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(self.pages[name])

    def open_item(self, entity: str, row_id: str) -> None:
        """Open an item from a list; a visit opens for note-taking."""
        if entity == "visit":
            self.open_visit(row_id)
        elif entity == "note":
            note = self.store.get("note", row_id)
            if note:
                self.open_visit(note["visit_id"])

    def open_visit(self, visit_id: str) -> None:
        self.visit_view.open_visit(visit_id)
        self.sidebar.clearSelection()
        self.stack.setCurrentWidget(self.visit_view)
        self.visit_view.editor.setFocus()

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
