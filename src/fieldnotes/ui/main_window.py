"""The main window: a sidebar of lists and overviews, the note-taking view, and the menus."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ..core import operations as ops
from ..core import queries
from ..core.errors import KnownError
from ..core.queries import LISTS
from ..core.store import Store
from .encryption import EncryptionMenu
from .i18n import Translations
from .labels import list_title
from .list_page import ListPage
from .session import Session
from .widgets import Retranslating

if TYPE_CHECKING:
    from .export_dialog import ExportDialog
    from .visit_view import VisitView

LIST_PAGES = ("visits", "notes", "people", "methods", "ideas", "resources", "followups", "hearing")
OVERVIEW_PAGES = ("search", "matrix", "coverage")
SECRETARIAT_PAGES = ("conflicts", "merges", "duplicates")
SIDEBAR = (*LIST_PAGES, *OVERVIEW_PAGES, *SECRETARIAT_PAGES)
#: Pages that read the database again each time they are shown and after every change.
REFRESHED = ("matrix", "coverage", "duplicates")
#: Sidebar entries of saved searches carry ``(SAVED, id)``; they follow the "search" entry.
SAVED = "saved"
NAME = Qt.ItemDataRole.UserRole
IMPORT_FILTER = "*.docx *.txt *.md"


def backups_dir() -> Path:
    """Where merge backups go: ``<data folder>/backups``."""
    from .. import paths

    return paths.data_dir() / "backups"


class MainWindow(Retranslating, QMainWindow):
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
        self._starting = True  # the first list is read at once: the window never opens empty
        self.sidebar.setCurrentRow(0)
        self._starting = False
        self._return_to_place()

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
            item.setData(NAME, name)
            self.sidebar.addItem(item)
        self._fill_saved_searches()
        self.forget_action = QAction(self.sidebar)
        self.forget_action.triggered.connect(self.forget_saved_search)
        self.sidebar.addAction(self.forget_action)
        self.sidebar.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.stack = QStackedWidget()
        self._visit_view: VisitView | None = None  # made when a visit is first opened
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
        self.file_menu.addSeparator()
        self.word_action = self.file_menu.addAction("", self.export_word)
        self.import_action = self.file_menu.addAction("", lambda: self.import_documents())
        self.file_menu.addSeparator()
        self.backups_action = self.file_menu.addAction("", self.show_backups)
        self.audit_action = self.file_menu.addAction("", self.show_audit)
        self.encryption_menu = EncryptionMenu(self)
        self.file_menu.addMenu(self.encryption_menu)
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
        self.edit_menu.addSeparator()
        self.find_action = self.edit_menu.addAction(
            "", QKeySequence.StandardKey.Find, self.show_search
        )
        self.edit_menu.addSeparator()
        self.erase_action = self.edit_menu.addAction(
            "", QKeySequence("Ctrl+Shift+Del"), self.erase_person
        )
        self.redact_action = self.edit_menu.addAction("", self.redact_name)
        self.edit_menu.aboutToShow.connect(self._update_erase_actions)
        self.edit_menu.addSeparator()
        self.settings_action = self.edit_menu.addAction(
            "", QKeySequence.StandardKey.Preferences, self.show_settings
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
        self.help_menu = bar.addMenu("")
        self.guide_action = self.help_menu.addAction(
            "", QKeySequence.StandardKey.HelpContents, self.show_guide
        )
        self.about_action = self.help_menu.addAction("", self.show_about)

    # Dialogs, the merge's backups and saved searches are imported when first used: start-up
    # stays lean (benchmarks/bench_gui_startup.py).
    def show_audit(self) -> None:
        """Who exported, packaged or erased personal data here, and when."""
        from .audit_dialog import AuditDialog

        self.audit_dialog = AuditDialog(self.store, self)
        self.audit_dialog.show()

    def show_settings(self) -> None:
        """Spell checking on or off, and whether the Danish dictionary is installed."""
        from .settings_dialog import SettingsDialog

        self.dialog = SettingsDialog(parent=self)
        self.dialog.open()

    def show_guide(self) -> None:
        """The user guide in the current language, offline."""
        from .help_window import HelpWindow

        self.help_window = HelpWindow(self.translations.language, self)
        self.help_window.show()

    def show_about(self) -> None:
        from .help_window import show_about

        show_about(self)

    def _connect_signals(self) -> None:
        self.sidebar.currentRowChanged.connect(self._show_list)
        self.sidebar.itemClicked.connect(self._sidebar_clicked)
        self.sidebar.itemActivated.connect(self._sidebar_clicked)
        self.sidebar.currentItemChanged.connect(self._offer_forgetting)
        self.session.history_changed.connect(self._word_history)
        self.session.changed.connect(self._succeeded)
        self.session.failed.connect(self._failed)
        self.session.changed.connect(self._refresh_current)
        self.session.reloaded.connect(self._refresh_current)
        self.stack.currentChanged.connect(self._update_erase_actions)

    @property
    def visit_view(self) -> VisitView:
        """The note-taking view, made (and imported) when first needed: start-up stays lean."""
        if self._visit_view is None:
            from .visit_view import VisitView

            view = VisitView(self.session)
            view.message.connect(self._status)
            view.files_dropped.connect(self.import_documents)
            view.autosaver.due.connect(self._remember_place)
            state = QSettings().value("main/visit_splitter")
            if state is not None:
                view.splitter.restoreState(state)
            self.stack.addWidget(view)
            self._visit_view = view
        return self._visit_view

    def flush_typing(self) -> None:
        """Write what is typed in the note-taking view (if it was ever opened) and wait for it."""
        if self._visit_view is not None:
            self._visit_view.autosaver.flush()

    def retranslate(self) -> None:
        name = self.store.path.name if self.store.path else self.tr("(i hukommelsen)")
        self.setWindowTitle(self.tr("Fieldnotes – {0}").format(name))
        self.file_menu.setTitle(self.tr("&Filer"))
        self.export_action.setText(self.tr("&Eksportér til sekretariatet …"))
        self.merge_action.setText(self.tr("&Flet pakker ind …"))
        self.undo_merge_action.setText(self.tr("Fortr&yd sidste fletning …"))
        self.word_action.setText(self.tr("Eksportér til &Word …"))
        self.import_action.setText(self.tr("&Importér dokument …"))
        self.import_action.setToolTip(
            self.tr("Hent noter fra en .docx-, .txt- eller .md-fil ind i det åbne besøg")
        )
        self.backups_action.setText(self.tr("&Sikkerhedskopier …"))
        self.audit_action.setText(self.tr("&Revisionslog …"))
        self.find_action.setText(self.tr("&Søg …"))
        self.settings_action.setText(self.tr("&Indstillinger …"))
        self.erase_action.setText(self.tr("Slet person til &glemsel …"))
        self.redact_action.setText(self.tr("O&verstreg et navn i noterne …"))
        self.forget_action.setText(self.tr("Slet gemt søgning"))
        self.quit_action.setText(self.tr("&Afslut"))
        self.edit_menu.setTitle(self.tr("&Redigér"))
        self.view_menu.setTitle(self.tr("&Vis"))
        self.language_menu.setTitle(self.tr("&Sprog"))
        self.help_menu.setTitle(self.tr("&Hjælp"))
        self.guide_action.setText(self.tr("&Brugervejledning"))
        self.about_action.setText(self.tr("&Om Fieldnotes"))
        self.sidebar.setAccessibleName(self.tr("Oversigt"))
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            name = item.data(NAME)
            if isinstance(name, str):
                item.setText(list_title(name))
            else:
                item.setToolTip(self.tr("Gemt søgning: {0}").format(item.data(NAME + 1)))
        # wide enough for the names in this language: no page squeezes them to "Gode meto…"
        self.sidebar.setMinimumWidth(min(max(170, self.sidebar.sizeHintForColumn(0) + 28), 240))
        self._word_history()

    # --- behaviour ----------------------------------------------------------------------
    def ensure_member(self) -> bool:
        """Ask who the member is when the store has none; False if the user declines."""
        if self.store.member_id is not None:
            return True
        from .member_dialog import MemberDialog

        return MemberDialog(self.store, self).exec() == QDialog.DialogCode.Accepted

    def _show_list(self, row: int) -> None:
        if row < 0:
            return
        name = self.sidebar.item(row).data(NAME)
        if not isinstance(name, str):  # a saved search
            self._page_of("search").use_saved(name[1])  # type: ignore[attr-defined]
            self.stack.setCurrentWidget(self.pages["search"])
            return
        made = name not in self.pages  # a new page has just read the database
        page = self._page_of(name)
        self.stack.setCurrentWidget(page)
        if name in REFRESHED and not made:
            page.refresh()  # type: ignore[attr-defined]

    def _sidebar_clicked(self, item: QListWidgetItem) -> None:
        """Back to the sidebar's current entry from the note-taking view (no row change)."""
        row = self.sidebar.row(item)
        name = item.data(NAME)
        if row == self.sidebar.currentRow() and (
            not isinstance(name, str) or self.stack.currentWidget() is not self.pages.get(name)
        ):
            self._show_list(row)

    def _page_of(self, name: str) -> QWidget:
        """The page called ``name``, made when first needed."""
        if name not in self.pages:
            self.pages[name] = self._page(name)
            self.stack.addWidget(self.pages[name])
        return self.pages[name]

    def _page(self, name: str) -> QWidget:
        # The overviews, the secretariat's views and the editors are imported when first
        # used: start-up stays lean (benchmarks/bench_gui_startup.py).
        if name in OVERVIEW_PAGES or name in SECRETARIAT_PAGES:
            return self._overview(name)
        page = ListPage(self.session, LISTS[name], at_once=self._starting)
        if name == "people":  # right-click (or the menu key) on a person offers erasure
            page.table.addAction(self.erase_action)
            page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            page.table.selectionModel().currentChanged.connect(self._update_erase_actions)
        page.opened.connect(self.open_item)
        page.edit_requested.connect(self.edit_item)
        page.plan_requested.connect(lambda hearing: self.plan_visit(hearing_id=hearing))
        return page

    def _overview(self, name: str) -> QWidget:
        if name == "search":
            from .search_panel import SearchPanel

            search = SearchPanel(self.store)
            search.show_saved_column(False)  # the sidebar lists them
            search.opened.connect(self.open_hit)
            search.saved_changed.connect(self._fill_saved_searches)
            return search
        if name == "matrix":
            from .matrix_view import MatrixView

            matrix = MatrixView(self.store)
            matrix.opened.connect(self.open_found)
            matrix.passage_opened.connect(self.open_passage)
            matrix.export_requested.connect(self.export_theme_summary)
            return matrix
        if name == "coverage":
            from .coverage_view import CoverageView

            coverage = CoverageView(self.store)
            coverage.opened.connect(self.open_item)
            return coverage
        if name == "conflicts":
            from .conflicts_view import ConflictsView

            conflicts = ConflictsView(self.session)
            conflicts.opened.connect(self.open_item)
            return conflicts
        if name == "duplicates":
            from .duplicates_view import DuplicatesView

            duplicates = DuplicatesView(self.session)
            duplicates.opened.connect(self.open_item)
            return duplicates
        from .merge_log_view import MergeLogView

        return MergeLogView(self.session.store)

    def _refresh_current(self) -> None:
        """After a change, count again on the overview in sight (the others do when shown)."""
        page = self.stack.currentWidget()
        if page in [self.pages.get(name) for name in REFRESHED]:
            page.refresh()  # type: ignore[attr-defined]

    def _fill_saved_searches(self) -> None:
        """List the saved searches in the sidebar, under "Søg"."""
        current = self.sidebar.currentItem()
        chosen = current.data(NAME) if current is not None else None
        self.sidebar.blockSignals(True)
        for row in reversed(range(self.sidebar.count())):
            if not isinstance(self.sidebar.item(row).data(NAME), str):
                self.sidebar.takeItem(row)
        from ..search.danish import sort_key

        row = SIDEBAR.index("search") + 1
        entries = sorted(queries.saved_search_names(self.store), key=lambda e: sort_key(e[1]))
        for saved_id, name, query in entries:
            item = QListWidgetItem(f"    {name}")
            item.setData(NAME, (SAVED, saved_id))
            item.setData(NAME + 1, query)
            item.setToolTip(self.tr("Gemt søgning: {0}").format(query))
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            self.sidebar.insertItem(row, item)
            row += 1
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(NAME) == chosen:
                self.sidebar.setCurrentRow(row)
        self.sidebar.blockSignals(False)

    def _offer_forgetting(self, item: QListWidgetItem | None) -> None:
        self.forget_action.setEnabled(item is not None and not isinstance(item.data(NAME), str))

    def forget_saved_search(self) -> None:
        """Delete the saved search chosen in the sidebar (its right-click menu)."""
        item = self.sidebar.currentItem()
        if item is None or isinstance(item.data(NAME), str):
            return
        from ..search import saved

        saved.remove(self.store, item.data(NAME)[1])
        self.show_list("search")
        self._fill_saved_searches()
        if "search" in self.pages:
            self.pages["search"].reload_saved()  # type: ignore[attr-defined]

    def show_search(self) -> None:
        """Show the search page with the cursor in its search field (Ctrl+F)."""
        self.show_list("search")
        self.pages["search"].focus_query()  # type: ignore[attr-defined]

    def open_found(self, entity: str, row_id: str, visit_id: str = "") -> None:
        """Open a search hit or a matrix cell's item: a note at its place in its visit, a visit
        in the note-taking view, anything else in its editor."""
        if entity == "note" and visit_id:
            self.open_visit(visit_id)
            self.visit_view.show_note(row_id)
        else:
            self.open_item(entity, row_id)

    def open_hit(self, entity: str, row_id: str, visit_id: str = "") -> None:
        """Open a search hit; a note opens with the first word found selected."""
        results = self.pages["search"].results  # type: ignore[attr-defined]
        if entity == "note" and visit_id and results is not None:
            self.open_visit(visit_id)
            self.visit_view.show_found(row_id, results.query.terms)
        else:
            self.open_found(entity, row_id, visit_id)

    def open_passage(self, note_id: str, visit_id: str, passage: str) -> None:
        """Open a note from a matrix cell with its tagged passage selected."""
        self.open_visit(visit_id)
        self.visit_view.show_passage(note_id, passage)

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

        self.flush_typing()
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

        self.flush_typing()
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
        from ..merge import backup

        on_disk = self.store.path is not None
        self.export_action.setEnabled(on_disk)
        self.merge_action.setEnabled(on_disk)
        self.undo_merge_action.setEnabled(
            on_disk and backup.last_backup(self.store.path, backups_dir()) is not None
        )
        self.word_action.setEnabled(on_disk)
        self.import_action.setEnabled(self._visit_view is not None and bool(self._visit_view.visit))
        self.backups_action.setVisible(_has_backups_dialog())
        self.backups_action.setEnabled(on_disk)

    def _selected_person(self) -> str | None:
        page = self.pages.get("people")
        if page is None or self.stack.currentWidget() is not page:
            return None
        return page.current_id()  # type: ignore[attr-defined]

    def _update_erase_actions(self) -> None:
        on_disk = self.store.path is not None
        self.erase_action.setEnabled(on_disk and self._selected_person() is not None)
        self.redact_action.setEnabled(on_disk)

    def erase_person(self) -> None:
        """Erase the person chosen in the people list, after the dialog's confirmation."""
        person_id = self._selected_person()
        if person_id is None or self.store.path is None:
            self._status(self.tr("Vælg først personen i listen over personer."))
            return
        self._open_erasure(person_id)

    def redact_name(self) -> None:
        """Take a name that is not a registered person out of the notes."""
        if self.store.path is not None:
            self._open_erasure(None)

    def _open_erasure(self, person_id: str | None) -> None:
        from .erase_dialog import EraseDialog

        assert self.store.path is not None
        self.flush_typing()  # typing is saved before the name is looked for
        dialog = EraseDialog(self.store.path, person_id, self)
        dialog.changed.connect(self._erased)
        self.dialog = dialog
        dialog.open()

    def _erased(self) -> None:
        """Undo would write erased or redacted text back: forget it, then read everything
        again, the search results too."""
        self.session.forget_history()
        self._merged()
        if "search" in self.pages:
            self.pages["search"].run()  # type: ignore[attr-defined]

    def export_word(self) -> ExportDialog | None:
        """Choose and write a Word document (in the background); returns the open dialog."""
        from .export_dialog import ExportDialog

        if self.store.path is None:
            return None
        self.flush_typing()
        dialog = ExportDialog(self.store.path, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def export_theme_summary(self, theme_id: str, place_id: str) -> None:
        """The Word export, set to a theme summary of one theme and municipality (a matrix
        cell)."""
        dialog = self.export_word()
        if dialog is not None:
            dialog.choose("theme", (theme_id,), (place_id,))

    def show_backups(self) -> None:
        """The backups of this database (the backups dialog, when installed)."""
        if self.store.path is None or not _has_backups_dialog():
            return
        from .backups_dialog import BackupsDialog

        self.flush_typing()
        dialog = BackupsDialog(self.store.path, self)
        dialog.restored.connect(self.reopen)
        self.dialog = dialog
        dialog.open()

    def reopen(self, path: Path) -> bool:
        """The database file was replaced (a backup restored, the encryption changed): show it
        instead. False if it cannot be opened: the window says why and closes."""
        self.store.close()
        try:
            store = Store.open(path)
        except KnownError as exc:
            QMessageBox.critical(self, "Fieldnotes", exc.message())
            self.close()
            return False
        self.use_store(store)
        return True

    def import_documents(self, files: list[Path] | None = None) -> ops.Operation | None:
        """Bring documents (asked for when not given) into the open visit, one undo step
        each; files that cannot be read are named in one message after the others are in.
        Returns the last import."""
        visit_id = self._visit_view.visit.get("id") if self._visit_view is not None else None
        title = self.tr("Importér dokument")
        if not visit_id:
            self._tell(title, self.tr("Åbn det besøg, som dokumentet hører til, først."))
            return None
        if files is None:
            names, _filter = QFileDialog.getOpenFileNames(
                self,
                title,
                str(Path.home()),
                self.tr("Dokumenter ({0})").format(IMPORT_FILTER),
            )
            files = [Path(name) for name in names]
        from ..search.importer import import_document

        self.flush_typing()
        last = None
        refused = []
        for path in files:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                op = import_document(self.store, visit_id, path)
            except KnownError as exc:
                refused.append(exc.message())
                continue
            finally:
                QGuiApplication.restoreOverrideCursor()
            last = self.session.push(op)
            notes = len([s for s in op.steps if s.entity == "note"])
            self._status(self.tr("%n note(r) importeret fra {0}.", "", notes).format(path.name))
        if last is not None and last.result:
            self.open_visit(visit_id)
            self.visit_view.show_note(last.result)
        if refused:
            self._tell(title, "\n\n".join(refused))
        return last

    def _tell(self, title: str, message: str) -> None:
        """A warning that does not block (tests and drops go on)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self)
        self.dialog = box
        box.open()

    def export_package(self) -> None:
        """Write a package for the secretariat (in the background)."""
        from .package_dialog import PackageDialog

        if self.store.path is None:
            return
        self.flush_typing()
        self.dialog = PackageDialog(self.store, self)
        self.dialog.open()

    def merge_packages(self, packages: list[Path] | None = None) -> None:
        """Preview and merge members' packages (backed up first, in the background)."""
        from .merge_dialog import MergeDialog

        if self.store.path is None:
            return
        self.flush_typing()
        dialog = MergeDialog(self.store, backups_dir(), packages or [], self)
        dialog.merged.connect(self._merged)
        dialog.show_conflicts.connect(lambda: self.show_list("conflicts"))
        self.dialog = dialog
        dialog.open()

    def _merged(self) -> None:
        self.session.changed_elsewhere()
        for name in ("conflicts", "merges", "duplicates"):
            page = self.pages.get(name)
            if page is not None:
                page.reload()  # type: ignore[attr-defined]
        if "search" in self.pages:
            self.pages["search"].reload_choices()  # type: ignore[attr-defined]

    def undo_last_merge(self) -> None:
        """Put back the database as it was before the last merge (after asking)."""
        from ..merge import backup

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
        self.flush_typing()
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
        for name in (*OVERVIEW_PAGES, *SECRETARIAT_PAGES):  # they hold the old store
            page = self.pages.pop(name, None)
            if page is not None:
                self.stack.removeWidget(page)
                page.deleteLater()
        self._fill_saved_searches()
        row = self.sidebar.currentRow()
        if row >= 0 and self.sidebar.item(row).data(NAME) not in LIST_PAGES:
            self._show_list(row)

    def show_list(self, name: str) -> None:
        row = next(
            r for r in range(self.sidebar.count()) if self.sidebar.item(r).data(NAME) == name
        )
        if row == self.sidebar.currentRow():
            self._show_list(row)  # shown again (after a visit), so read again
        else:
            self.sidebar.setCurrentRow(row)

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
        splitters = {"splitter": self.splitter}
        if self._visit_view is not None:
            splitters["visit_splitter"] = self._visit_view.splitter
        return splitters

    def _remember_place(self) -> None:
        """Note the open visit, note and cursor, at every autosave and at closing: the next
        start on this database opens there, also after a crash."""
        view = self._visit_view
        if self.store.path is None or view is None or not view.visit:
            return
        settings = QSettings()
        settings.setValue("place/db", str(self.store.path))
        settings.setValue("place/visit", view.visit["id"])
        settings.setValue("place/note", view.note_id or "")
        settings.setValue("place/cursor", view.editor.textCursor().position())
        settings.sync()  # a crash must not lose it

    def _return_to_place(self) -> None:
        """Open the visit, note and cursor position where the member was on this database."""
        settings = QSettings()
        if self.store.path is None or settings.value("place/db") != str(self.store.path):
            return
        visit = self.store.get("visit", str(settings.value("place/visit") or ""))
        if visit is None or visit["deleted"]:
            return
        self.open_visit(visit["id"])
        view = self.visit_view
        view.show_note(str(settings.value("place/note") or ""))
        try:
            position = int(settings.value("place/cursor") or 0)
        except (TypeError, ValueError):
            position = 0
        cursor = view.editor.textCursor()
        cursor.setPosition(max(0, min(position, view.editor.document().characterCount() - 1)))
        view.editor.setTextCursor(cursor)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_typing()
        settings = QSettings()
        if self._visit_view is not None and self.stack.currentWidget() is self._visit_view:
            self._remember_place()
        elif settings.value("place/db") == str(self.store.path):
            settings.remove("place")  # a list was shown: start there next time
        settings.setValue("main/geometry", self.saveGeometry())
        for key, widget in self._splitters().items():
            settings.setValue(f"main/{key}", widget.saveState())
        super().closeEvent(event)


def _has_backups_dialog() -> bool:
    """Whether the backups dialog (``ui/backups_dialog.py``) is installed."""
    return importlib.util.find_spec(f"{__package__}.backups_dialog") is not None


def current_widget(window: MainWindow) -> QWidget:
    """The page the window shows (for tests and screenshots)."""
    return window.stack.currentWidget()
