"""The lazy list models: Qt's model tester, paging, filtering and live updates."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldnotes.core import operations as ops
from fieldnotes.core.queries import LISTS
from fieldnotes.ui.models import PAGE, LazyTableModel


def _visits(store, n: int) -> None:
    with store.transaction():
        for i in range(n):
            store.create("visit", title=f"Besøg {i:03d}", status="done")


def test_every_list_model_passes_the_model_tester(qtmodeltester, store, visit):
    ops.new_note(store, visit, text="Første note")
    for spec in LISTS.values():
        qtmodeltester.check(LazyTableModel(store, spec))


def test_rows_are_fetched_a_page_at_a_time(qtmodeltester, store):
    _visits(store, PAGE + 30)
    model = LazyTableModel(store, LISTS["visits"])
    assert model.rowCount() == 0 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE
    model.fetchMore()
    assert model.rowCount() == PAGE + 30 and not model.canFetchMore()
    qtmodeltester.check(model)


def test_filter_and_sort_reload_the_rows(store):
    _visits(store, 12)
    model = LazyTableModel(store, LISTS["visits"])
    model.set_filter("besøg 01")
    model.fetchMore()
    assert model.total == 3  # 001, 010, 011
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.fetchMore()
    assert model.index(0, 1).data() == "Besøg 011"


def test_an_operation_updates_the_named_row_in_place(qtbot, store, visit):
    model = LazyTableModel(store, LISTS["visits"])
    model.fetchMore()
    op = ops.update(store, "visit", visit, status="done")
    with qtbot.waitSignal(model.dataChanged):
        model.apply(op)
    assert model.index(0, 3).data() == "Gennemført"


def test_a_deleted_row_leaves_the_list(store, visit):
    model = LazyTableModel(store, LISTS["visits"])
    model.fetchMore()
    model.apply(ops.delete(store, "visit", visit))
    model.fetchMore()
    assert model.rowCount() == 0
