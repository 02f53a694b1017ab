"""The search panel, the matrix and the coverage view over a small real store."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from fieldnotes.core.seed import municipality_id, theme_id
from fieldnotes.core.store import Store
from fieldnotes.search.errors import QueryError
from fieldnotes.search.saved import saved_searches
from fieldnotes.ui.coverage_view import CoverageView
from fieldnotes.ui.export_dialog import ExportDialog
from fieldnotes.ui.main_window import SIDEBAR
from fieldnotes.ui.matrix_view import MatrixView
from fieldnotes.ui.search_panel import PAGE, SearchPanel


@pytest.fixture
def filled(store: Store, visit: str) -> dict[str, str]:
    tagged = store.create("note", visit_id=visit, text="Mentorordningen på Ærø får folk i job.")
    store.create("tag", note_id=tagged, theme_id=theme_id("1c"))
    plain = store.create("note", visit_id=visit, text="En far fortalte om mentorer.")
    store.create(
        "followup", what="Ring til Åse", due_on=dt.date.today().isoformat(), visit_id=visit
    )
    return {"tagged": tagged, "plain": plain}


def test_typing_searches_after_a_pause_and_highlights(qtbot, store: Store, filled) -> None:
    panel = SearchPanel(store)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.searched, timeout=5000):
        qtbot.keyClicks(panel.query, "MENTOR")
    assert panel.results is not None
    assert {h.row_id for h in panel.results.hits} == {filled["tagged"], filled["plain"]}
    assert "<b" in panel.results_list.item(0).text()
    assert "2" in panel.count.text()


def _shown_panel(qtbot, store: Store) -> SearchPanel:  # type: ignore[no-untyped-def]
    """A panel in an active window, so that keys and focus reach it."""
    panel = SearchPanel(store)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    return panel


def test_down_in_the_search_field_goes_on_to_the_hits(qtbot, store: Store, filled) -> None:
    panel = _shown_panel(qtbot, store)
    panel.run_now("mentor*")
    panel.query.setFocus()
    qtbot.waitUntil(panel.query.hasFocus)
    qtbot.keyClick(panel.query, Qt.Key.Key_Down)
    qtbot.waitUntil(panel.results_list.hasFocus)
    assert panel.results_list.currentRow() == 0
    with qtbot.waitSignal(panel.opened) as opened:
        qtbot.keyClick(panel.results_list, Qt.Key.Key_Return)
    assert opened.args[1] == panel.results.hits[0].row_id
    panel.query.setFocus()
    qtbot.keyClicks(panel.query, "x")  # a new search is on its way: its hits are not there yet
    qtbot.keyClick(panel.query, Qt.Key.Key_Down)
    assert panel.query.hasFocus()


def test_far_does_not_find_faar_in_the_panel(qtbot, store: Store, filled) -> None:
    panel = SearchPanel(store)
    qtbot.addWidget(panel)
    results = panel.run_now("får")
    assert results is not None and [h.row_id for h in results.hits] == [filled["tagged"]]


def test_a_malformed_query_shows_a_message(qtbot, store: Store, filled) -> None:
    panel = SearchPanel(store)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.searched, timeout=5000):
        panel.query.setText('"fælles mål')
    assert panel.message.text() == QueryError("unclosed_quote", position=1).message()
    assert panel.results_list.count() == 0


# The offscreen platform cannot raise the calendar's popup or let it grab the keyboard.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_dates_are_typed_or_picked_and_tab_leaves_the_field(qtbot, store: Store, filled) -> None:
    panel = _shown_panel(qtbot, store)
    assert len(panel.run_now("mentor*").hits) == 2
    with qtbot.waitSignal(panel.searched, timeout=5000):
        qtbot.keyClicks(panel.date_from, "2099-01-01")
    assert panel.results is not None and panel.results.hits == []
    with qtbot.waitSignal(panel.searched, timeout=5000):
        panel.date_from.clear()
    assert panel.results is not None and len(panel.results.hits) == 2
    with qtbot.waitSignal(panel.searched, timeout=5000):
        qtbot.keyClicks(panel.date_to, "2013-02-30")
    assert "»2013-02-30« er ikke en dato" in panel.message.text()
    panel.date_to.clear()
    panel.date_from.setFocus()
    qtbot.waitUntil(panel.date_from.hasFocus)
    qtbot.keyClick(panel.date_from, Qt.Key.Key_Tab)
    qtbot.waitUntil(panel.date_to.hasFocus)
    panel.date_from.show_calendar()
    assert panel.date_from.popup.isVisible()
    panel.date_from.calendar.clicked.emit(QDate(2013, 3, 4))
    assert panel.date_from.text() == "2013-03-04" and not panel.date_from.popup.isVisible()
    assert panel.filters().date_from == "2013-03-04"
    panel.date_to.setText("  2013-04-01  ")  # pasted with the spaces around it
    assert panel.filters().date_to == "2013-04-01"


def test_theme_filter_and_saved_searches(qtbot, store: Store, filled) -> None:
    panel = SearchPanel(store)
    qtbot.addWidget(panel)
    panel.theme.setCurrentIndex(panel.theme.findData("1c"))
    results = panel.run_now("mentor*")
    assert results is not None and [h.row_id for h in results.hits] == [filled["tagged"]]
    panel.save_current("Mentorer i 1c")
    assert panel.saved_list.count() == 1
    panel.theme.setCurrentIndex(0)
    panel.query.setText("")
    with qtbot.waitSignal(panel.searched, timeout=5000):
        panel.saved_list.itemClicked.emit(panel.saved_list.item(0))
    assert panel.query.text() == "mentor*"
    assert panel.theme.currentData() == "1c"
    with qtbot.waitSignal(panel.opened) as opened:
        panel.results_list.itemActivated.emit(panel.results_list.item(0))
    assert opened.args[:2] == ["note", filled["tagged"]]
    panel.saved_list.setCurrentRow(0)
    panel.remove_current()
    assert panel.saved_list.count() == 0
    panel.retranslate()


def test_more_of_an_old_search_does_not_replace_a_new_one(qtbot, tmp_path) -> None:
    store = Store.open(tmp_path / "noter.db", create=True, member_name="Anne Holm")
    visit = store.create("visit", title="Besøg", status="done")
    for n in range(PAGE + 5):
        store.create("note", visit_id=visit, text=f"Mentor nummer {n}.")
    store.create("note", visit_id=visit, text="Lektiecaféen i Tjørnegården.")
    panel = SearchPanel(store)
    qtbot.addWidget(panel)
    panel.run_now("mentor")
    assert not panel.more.isHidden()
    with qtbot.waitSignal(panel.searched, timeout=5000):
        panel.query.blockSignals(True)
        panel.query.setText("Tjørnegården")
        panel.query.blockSignals(False)
        panel.run()  # on its way in the background …
        panel.more.click()  # … so more mentors are not asked for meanwhile
    qtbot.waitUntil(lambda: not panel.background.busy())
    assert panel.results_list.count() == 1
    assert "Tjørnegården" in panel.results_list.item(0).text()
    store.close()


def _answer_next_dialog(qtbot, answer) -> None:  # type: ignore[no-untyped-def]
    """Answer the next modal dialog (they block until answered) with ``answer(dialog)``."""

    def when_shown() -> None:
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
        answer(QApplication.activeModalWidget())

    QTimer.singleShot(0, when_shown)


def test_saving_asks_before_replacing_and_a_refusal_keeps_the_results(
    qtbot, store: Store, filled
) -> None:
    panel = SearchPanel(store)
    qtbot.addWidget(panel)
    panel.run_now("mentor*")
    panel.save_current("Mentorer")
    panel.run_now("job")

    def name_it(dialog: QInputDialog) -> None:
        dialog.setTextValue("mentorer")
        _answer_next_dialog(qtbot, lambda box: box.button(QMessageBox.StandardButton.No).click())
        dialog.accept()

    _answer_next_dialog(qtbot, name_it)
    panel.save_current()
    assert [(s.name, s.query) for s in saved_searches(store)] == [("Mentorer", "mentor*")]
    panel.save_current("   ")
    assert panel.dialog is not None and "skal have et navn" in panel.dialog.text()
    assert panel.results_list.count() == 1 and panel.message.text() == ""


def test_a_damaged_saved_search_shows_a_message_and_can_be_removed(
    qtbot, store: Store, filled
) -> None:
    panel = SearchPanel(store)
    qtbot.addWidget(panel)
    panel.query.setText("mentor")
    panel.save_current("Mentorer")
    store.db.execute("UPDATE saved_searches SET filters = '[]'")
    panel.reload_saved()
    with qtbot.waitSignal(panel.searched, timeout=5000):
        panel.saved_list.itemClicked.emit(panel.saved_list.item(0))
    assert "»Mentorer« er beskadiget" in panel.message.text()
    assert panel.results_list.count() == 0
    panel.saved_list.setCurrentRow(0)
    panel.remove_current()
    assert panel.saved_list.count() == 0


def test_matrix_counts_and_lists_a_cell(qtbot, store: Store, filled) -> None:
    view = MatrixView(store)
    qtbot.addWidget(view)
    matrix = view.model.matrix
    assert matrix is not None
    assert [c.name for c in matrix.columns] == ["Ærø"]
    column = [t.code for t in matrix.themes].index("1c")
    index = view.model.index(0, column)
    assert view.model.data(index) == "1"
    view.show_cell(index)
    assert view.items.count() == 1
    assert "Mentorordningen" in view.items.item(0).text()
    view.axis.setCurrentIndex(1)
    assert view.model.matrix is not None and view.model.matrix.axis == "actor"
    assert view.heading.text() == "Temaer × aktører"
    counted = view.status.text()
    assert counted.endswith("rækker")
    view.retranslate()
    assert view.status.text() == counted  # the count stays when the language changes


def test_a_cells_heading_shows_a_name_as_written(qtbot, store: Store, filled) -> None:
    store.update("actor", municipality_id("492"), name="Ærø <b>Kommune</b>")
    view = MatrixView(store)
    qtbot.addWidget(view)
    view.show_cell(view.model.index(0, [t.code for t in view.model.matrix.themes].index("1c")))
    assert "Ærø &lt;b&gt;Kommune&lt;/b&gt;" in view.cell_heading.text()
    view.retranslate()


def test_coverage_shows_bars_resources_and_followups(qtbot, store: Store, filled) -> None:
    view = CoverageView(store)
    qtbot.addWidget(view)
    assert view.data is not None
    passages = {b.label.strip(): b.value for b in view.charts["passages"].bars}
    assert passages["1c"] == 1 and passages["1"] == 1
    assert view.due.count() == 1 and "Åse" in view.due.item(0).text()
    assert "0" in view.resources.text()
    view.show()
    qtbot.waitExposed(view)
    assert not view.grab().isNull()


def test_the_next_page_loads_when_the_list_is_scrolled_to_its_end(
    qtbot, store: Store, visit: str
) -> None:
    for i in range(PAGE + 5):
        store.create("note", visit_id=visit, text=f"Brobyggeren nummer {i} i Ærø.", position=i)
    panel = SearchPanel(store)
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    panel.run_now("brobyggeren")
    assert panel.results_list.count() == PAGE and not panel.more.isHidden()
    panel.results_list.doItemsLayout()
    bar = panel.results_list.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    assert panel.results_list.count() == PAGE + 5
    assert panel.more.isHidden()
    assert len({h.row_id for h in panel.results.hits}) == PAGE + 5


def test_a_matrix_cell_opens_the_word_export_set_to_its_theme_and_municipality(
    qtbot, master: Store, master_window
) -> None:
    [visit] = [v["id"] for v in master.rows("visit")]
    master.update("visit", visit, municipality_id=municipality_id("492"))
    note = master.create("note", visit_id=visit, text="Mentorordningen på Ærø.")
    master.create("tag", note_id=note, theme_id=theme_id("1c"))
    master_window.sidebar.setCurrentRow(SIDEBAR.index("matrix"))
    view = master_window.stack.currentWidget()
    assert isinstance(view, MatrixView)
    qtbot.waitUntil(lambda: view.model.matrix is not None and view.model.rowCount() == 1)
    assert not view.export_button.isEnabled()  # no cell chosen yet
    column = [t.code for t in view.model.matrix.themes].index("1c")
    index = view.model.index(0, column)
    view.table.setCurrentIndex(index)
    qtbot.mouseClick(
        view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center()
    )
    assert view.items.count() == 1 and view.export_button.isEnabled()
    more = master.create("note", visit_id=visit, text="Endnu en mentor.")
    master.create("tag", note_id=more, theme_id=theme_id("1c"))
    with qtbot.waitSignal(view.loaded):
        view.refresh()
    assert view.items.count() == 2 and view.export_button.isEnabled()  # the cell stays chosen
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    dialog = master_window.dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    options = dialog.options()
    assert options.kind == "theme"
    assert options.filter.theme_ids == (theme_id("1c"),)
    assert options.filter.municipality_ids == (municipality_id("492"),)
    dialog.reject()
    with qtbot.waitSignal(view.loaded):
        view.axis.setCurrentIndex(1)  # actors met: the visit met none, so the cell is gone
    assert view.items.count() == 0 and not view.export_button.isEnabled()
