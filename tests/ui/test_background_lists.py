"""Lists over a database file read further pages, filters and sorts in the background."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldnotes.core import operations as ops
from fieldnotes.core.queries import LISTS
from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.models import PAGE, LazyTableModel


def _visits(store, n: int) -> None:
    with store.transaction():
        for i in range(n):
            store.create("visit", title=f"Besøg {i:03d}", status="done")


def test_the_first_page_comes_at_once_and_the_next_in_the_background(qtbot, master):
    _visits(master, PAGE + 30)
    model = LazyTableModel(master, LISTS["visits"])
    model.fetch_now()
    assert model.rowCount() == PAGE and model.canFetchMore()
    with qtbot.waitSignal(model.loaded):
        model.fetchMore()
        assert model.loading and not model.canFetchMore()  # one read at a time
    assert model.rowCount() == PAGE + 31 and not model.canFetchMore()


def test_only_the_newest_filter_is_shown(qtbot, master):
    _visits(master, 30)
    model = LazyTableModel(master, LISTS["visits"])
    model.fetch_now()
    model.set_filter("besøg 01")
    with qtbot.waitSignal(model.loaded):
        model.set_filter("besøg 00")
    qtbot.waitUntil(lambda: not model.loading)
    assert model.total == 10
    titles = {model.index(row, 1).data() for row in range(model.rowCount())}
    assert titles == {f"Besøg 00{i}" for i in range(10)}


def test_a_sort_reads_the_rows_again_in_the_background(qtbot, master):
    _visits(master, 12)
    model = LazyTableModel(master, LISTS["visits"])
    model.fetch_now()
    with qtbot.waitSignal(model.loaded):
        model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [model.index(row, 1).data() for row in (0, 1)] == ["Besøg i Ærø Kommune", "Besøg 011"]


def test_a_list_changed_while_hidden_shows_the_change_when_shown_again(qtbot, window, visit):
    window.show_list("people")
    page = window.stack.currentWidget()
    window.open_visit(visit)
    assert not page.isVisible()
    window.session.run(ops.create, "person", name="Mette Olsen")
    window.show_list("people")
    qtbot.waitUntil(lambda: page.model.total == 1)
    assert page.model.index(0, 0).data() == "Mette Olsen"


def test_a_window_on_a_database_file_opens_with_its_first_list_filled(qtbot, master, danish):
    window = MainWindow(master, danish)
    qtbot.addWidget(window)
    page = window.stack.currentWidget()  # no event loop has run: nothing came from elsewhere
    assert page.model.rowCount() == 1 and not page.model.loading


def test_a_list_opened_later_is_filled_in_the_background(qtbot, master_window, master):
    master.create("person", name="Mette Olsen")
    master_window.show_list("people")
    page = master_window.pages["people"]
    assert page.model.loading and page.model.rowCount() == 0  # the window is not held up
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 0).data() == "Mette Olsen" and page.model.total == 1
