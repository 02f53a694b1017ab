"""The main window's wiring: search (Ctrl+F, saved searches in the sidebar), the matrix and
coverage pages, Word export, importing documents (menu and drag-and-drop), duplicates and
provenance."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldnotes.core import operations as ops
from fieldnotes.core import queries
from fieldnotes.core.seed import DEFAULT_GUIDE_ID, municipality_id, theme_id
from fieldnotes.core.store import Store
from fieldnotes.search import saved
from fieldnotes.search.engine import Filters
from fieldnotes.ui.coverage_view import CoverageView
from fieldnotes.ui.duplicates_view import DuplicatesView
from fieldnotes.ui.item_dialog import ItemDialog
from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.matrix_view import MatrixView
from fieldnotes.ui.search_panel import SearchPanel
from fieldnotes.ui.visit_dialog import VisitDialog


def _sidebar(window: MainWindow) -> list[str]:
    return [window.sidebar.item(i).text().strip() for i in range(window.sidebar.count())]


# --- search -----------------------------------------------------------------------------------
def test_ctrl_f_shows_the_search_page_with_the_cursor_in_its_field(qtbot, window, visit):
    window.open_visit(visit)
    qtbot.keyClick(window.visit_view.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    panel = window.stack.currentWidget()
    assert isinstance(panel, SearchPanel)
    assert QApplication.focusWidget() is panel.query


def test_a_hit_opens_its_note_in_the_visit(qtbot, window, store, visit):
    text = "På Ærø får familierne en mentor. Mentorordningen er ny."
    note = window.session.run(ops.new_note, visit, text=text).result
    window.session.run(ops.new_note, visit, text="Noget andet.")
    window.show_search()
    panel = window.pages["search"]
    results = panel.run_now("MENTORORDNINGEN")
    assert results is not None and len(results.hits) == 1
    panel.results_list.setCurrentRow(0)
    qtbot.keyClick(panel.results_list, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.visit_view
    assert window.visit_view.note_id == note
    assert window.visit_view.editor.toPlainText() == text
    assert window.visit_view.editor.textCursor().selectedText() == "Mentorordningen"


def test_saved_searches_are_listed_in_the_sidebar_and_run_from_there(qtbot, window, store):
    store.create("note", visit_id=_visit(store), text="Mentorer i Ærø.")
    window.show_search()
    panel = window.pages["search"]
    panel.run_now("mentor*")
    panel.save_current("Mentorer")
    names = _sidebar(window)
    assert names[names.index("Søg") + 1] == "Mentorer"
    window.show_list("visits")
    panel.query.clear()
    row = names.index("Mentorer")
    with qtbot.waitSignal(panel.searched, timeout=5000):
        window.sidebar.setCurrentRow(row)
    assert window.stack.currentWidget() is panel
    assert panel.query.text() == "mentor*" and panel.results is not None
    assert len(panel.results.hits) == 1
    assert not panel.side.isVisibleTo(panel)  # listed in the sidebar, not twice
    assert window.forget_action.isEnabled()
    window.forget_action.trigger()
    assert "Mentorer" not in _sidebar(window)
    assert saved.saved_searches(store) == [] and panel.saved_list.count() == 0
    assert window.stack.currentWidget() is panel


def test_a_search_saved_elsewhere_is_in_the_sidebar_at_start(qtbot, store):
    saved.save(store, "Sprog i 1a", "sprog", Filters(themes=("1a",)))
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert "Sprog i 1a" in _sidebar(window)


# --- matrix and coverage ------------------------------------------------------------------
def test_a_passage_in_a_matrix_cell_opens_selected_in_its_note(qtbot, window, store):
    text = "Indledning om Ærø. Mentorordningen får folk i job. Andet emne."
    note = store.create("note", visit_id=_visit(store), text=text)
    passage = "Mentorordningen får folk i job."
    start = text.index(passage)
    store.create(
        "tag", note_id=note, theme_id=theme_id("1c"), start=start, end=start + len(passage)
    )
    window.show_list("matrix")
    matrix = window.pages["matrix"]
    matrix.refresh_now()
    assert matrix.model.matrix is not None
    column = [t.code for t in matrix.model.matrix.themes].index("1c")
    matrix.show_cell(matrix.model.index(0, column))
    matrix.items.setCurrentRow(0)
    qtbot.keyClick(matrix.items, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.visit_view
    assert window.visit_view.note_id == note
    assert window.visit_view.editor.textCursor().selectedText() == passage


def test_a_followup_due_opens_from_the_coverage(qtbot, window, store, visit):
    followup = store.create("followup", what="Ring til Åse", due_on="2013-01-14", visit_id=visit)
    window.show_list("coverage")
    coverage = window.pages["coverage"]
    coverage.refresh_now()
    assert coverage.due.count() == 1
    coverage.due.setCurrentRow(0)
    qtbot.keyClick(coverage.due, Qt.Key.Key_Return)
    dialog = window.dialog
    assert isinstance(dialog, ItemDialog) and dialog.row_id == followup
    dialog.reject()


def test_matrix_and_coverage_count_again_after_a_change(qtbot, window, store, visit):
    window.show_list("matrix")
    matrix = window.stack.currentWidget()
    assert isinstance(matrix, MatrixView)
    assert matrix.model.matrix is not None
    before = matrix.model.matrix.cell(theme_id("1c"), municipality_id("492")).passages
    note = window.session.run(ops.new_note, visit, text="Mentorer").result
    with qtbot.waitSignal(matrix.loaded, timeout=5000):
        window.session.run(ops.toggle_tag, note, theme_id("1c"))
    after = matrix.model.matrix.cell(theme_id("1c"), municipality_id("492")).passages
    assert after == before + 1
    window.show_list("coverage")
    coverage = window.stack.currentWidget()
    assert isinstance(coverage, CoverageView)
    assert coverage.data is not None
    passages = {t.code: t.passages for t in coverage.data.themes}
    window.session.undo()  # the untag: coverage is in sight now, so it counts again
    assert {t.code: t.passages for t in coverage.data.themes}["1c"] == passages["1c"] - 1


def test_a_file_backed_matrix_counts_in_the_background_when_shown(qtbot, master_window):
    with qtbot.waitSignal(master_window.sidebar.currentRowChanged):
        master_window.show_list("matrix")
    matrix = master_window.pages["matrix"]
    if matrix.model.matrix is None:
        with qtbot.waitSignal(matrix.loaded, timeout=10000):
            pass
    assert matrix.model.matrix is not None


# --- Word export ------------------------------------------------------------------------------
def test_word_export_is_offered_only_for_a_database_on_disk(qtbot, window, master_window):
    window._update_file_menu()
    assert not window.word_action.isEnabled()
    master_window._update_file_menu()
    assert master_window.word_action.isEnabled()
    master_window.word_action.trigger()
    from fieldnotes.ui.export_dialog import ExportDialog

    dialog = master_window.dialog
    assert isinstance(dialog, ExportDialog) and dialog.store_path == master_window.store.path
    dialog.reject()


# --- importing documents ------------------------------------------------------------------
def _markdown(folder: Path) -> Path:
    path = folder / "referat.md"
    path.write_text("# Mødet på Ærø\n\nFørste afsnit om sprog.\n\nAndet afsnit, æøå.\n")
    return path


def test_importing_a_document_from_the_menu_is_one_undo_step(qtbot, window, store, tmp_path):
    visit = _visit(store, guide=False)
    window.open_visit(visit)
    window._update_file_menu()
    assert window.import_action.isEnabled()
    op = window.import_documents([_markdown(tmp_path)])
    assert op is not None and op.kind == "import"
    texts = [n["text"] for n in queries.visit_notes(store, visit)]
    assert texts == ["Første afsnit om sprog.", "Andet afsnit, æøå."]
    assert window.undo_action.text() == "&Fortryd import af dokument"
    assert "Mødet på Ærø" in window.visit_view.question.text()  # the new guide is shown
    assert window.visit_view.note_id == op.result
    window.undo_action.trigger()
    assert queries.visit_notes(store, visit) == []
    assert store.get("visit", visit)["guide_id"] is None


def test_a_document_that_cannot_be_read_is_named_in_a_message(qtbot, window, store, tmp_path):
    window.open_visit(_visit(store))
    bad = tmp_path / "tom.txt"
    bad.write_text("   \n")
    assert window.import_documents([bad]) is None
    box = window.dialog
    assert isinstance(box, QMessageBox)
    assert "tom.txt" in box.text() and "ingen tekst" in box.text()
    box.close()
    assert not window.session.history.can_undo()


def test_importing_several_documents_goes_past_one_that_cannot_be_read(
    qtbot, window, store, tmp_path
):
    visit = _visit(store, guide=False)
    window.open_visit(visit)
    first, broken, last = tmp_path / "a.txt", tmp_path / "b.docx", tmp_path / "c.txt"
    first.write_text("Fra Ærø.")
    broken.write_bytes(b"PK\x03\x04 afbrudt kopi")
    last.write_text("Fra Ølstykke.")
    assert window.import_documents([first, broken, last]) is not None
    texts = [n["text"] for n in queries.visit_notes(store, visit)]
    assert texts == ["Fra Ærø.", "Fra Ølstykke."]
    assert "b.docx kan ikke læses som Word-fil" in window.dialog.text()
    window.dialog.close()


def test_importing_needs_an_open_visit(qtbot, window, tmp_path):
    window._update_file_menu()
    assert not window.import_action.isEnabled()
    assert window.import_documents([_markdown(tmp_path)]) is None
    assert "besøg" in window.dialog.text()
    window.dialog.close()


def _drop_on(widget, path: Path) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)
    return drop


@pytest.mark.parametrize("target", ["editor", "view"])
def test_dropping_a_document_on_the_visit_imports_it(qtbot, window, store, tmp_path, target):
    visit = _visit(store)
    window.open_visit(visit)
    widget = window.visit_view.editor.viewport() if target == "editor" else window.visit_view
    drop = _drop_on(widget, _markdown(tmp_path))
    assert drop.isAccepted()
    texts = [n["text"] for n in queries.visit_notes(store, visit)]
    assert "Andet afsnit, æøå." in texts
    assert "referat.md" not in window.visit_view.editor.toPlainText()  # not pasted as text


# --- duplicates and provenance ------------------------------------------------------------
def _twice(store: Store) -> tuple[str, str]:
    """The same person added by Anne and by Bo."""
    keep = store.create("person", name="Mette Olsen")
    store.set_member("Bo Berg")
    other = store.create("person", name="Mette  Olsen", role="Mentor")
    store.set_member("Anne Holm")
    return keep, other


def test_duplicates_are_shown_side_by_side_and_combined_after_asking(qtbot, window, store):
    keep, other = _twice(store)
    note = store.create("note", visit_id=_visit(store), text="Mette fortalte.", person_id=other)
    window.show_list("duplicates")
    page = window.stack.currentWidget()
    assert isinstance(page, DuplicatesView)
    assert page.list.count() == 1 and "Mette Olsen" in page.list.item(0).text()
    assert page.table.columnCount() == 2
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(2)]
    assert headers == ["1. Anne Holm", "2. Bo Berg"]
    assert page.keep.currentData() == other  # the one a note points at
    page.keep.setCurrentIndex(0)
    page.ask_to_combine()
    box = page.confirm
    assert box is not None and "»1. Anne Holm« beholdes" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert not store.get("person", other)["deleted"]
    page.ask_to_combine()
    page.confirm.button(QMessageBox.StandardButton.Yes).click()
    assert store.get("person", other)["deleted"]
    assert store.get("note", note)["person_id"] == keep
    assert page.list.count() == 0 and page.empty.isVisible()
    assert window.undo_action.text() == "&Fortryd sammenlægning af dubletter"
    window.undo_action.trigger()
    assert store.get("note", note)["person_id"] == other
    assert page.list.count() == 1  # the page in sight looked again


def test_provenance_is_shown_in_the_item_and_visit_dialogs(qtbot, tmp_path):
    from fieldnotes.merge.engine import merge_package
    from fieldnotes.merge.package import write_package
    from fieldnotes.ui.session import Session

    member = Store.open(tmp_path / "anne.db", create=True, member_name="Anne Holm")
    person = member.create("person", name="Søren Ågård")
    visit = member.create("visit", title="Ærø", status="done", guide_id=DEFAULT_GUIDE_ID)
    write_package(member, tmp_path / "anne.fieldnotes")
    member.close()
    master = Store.open(tmp_path / "master.db", create=True, member_name="Sekretariatet")
    own = master.create("person", name="Egen person")
    merge_package(master, tmp_path / "anne.fieldnotes")
    session = Session(master)
    dialog = ItemDialog(session, "person", person)
    qtbot.addWidget(dialog)
    assert not dialog.provenance.isHidden()
    assert dialog.provenance.heading.text() == "Hentet fra"
    assert "anne.fieldnotes (Anne Holm) – flettet" in dialog.provenance.lines.text()
    plain = ItemDialog(session, "person", own)
    qtbot.addWidget(plain)
    assert plain.provenance.isHidden()
    visit_dialog = VisitDialog(session, visit)
    qtbot.addWidget(visit_dialog)
    assert "anne.fieldnotes" in visit_dialog.provenance.lines.text()
    master.close()


def _visit(store: Store, guide: bool = True) -> str:
    return store.create(
        "visit",
        title="Besøg i Ærø",
        status="done",
        starts_at="2013-03-04T10:00",
        municipality_id=municipality_id("492"),
        guide_id=DEFAULT_GUIDE_ID if guide else None,
    )


# --- backups ----------------------------------------------------------------------------------
def test_the_backups_dialog_is_offered_and_a_restore_reopens_the_database(qtbot, master_window):
    from fieldnotes.ui.backups_dialog import BackupsDialog

    window = master_window
    window._update_file_menu()
    assert window.backups_action.isVisible() and window.backups_action.isEnabled()
    window.backups_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, BackupsDialog) and dialog.store_path == window.store.path
    old = window.store
    person = old.create("person", name="Søren Ågård")
    with qtbot.waitSignal(window.session.reloaded):
        dialog.restored.emit(old.path)  # as after a restore
    assert window.store is not old
    assert window.store.get("person", person)["name"] == "Søren Ågård"
    dialog.reject()
