"""Conflicts side by side, resolved by keeping one side or a combined text; the merge log."""

from __future__ import annotations

from fieldnotes.merge.engine import merge_package
from fieldnotes.ui.conflicts_view import ConflictsModel, ConflictsView, line_diff
from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.merge_log_view import MergeLogModel, MergeLogView


def _window(qtbot, store, danish) -> MainWindow:
    window = MainWindow(store, danish)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def _select(view: ConflictsView, entity: str) -> None:
    row = next(i for i, (c, _t) in enumerate(view.model.rows) if c.entity == entity)
    view.table.selectRow(row)


def test_the_conflicts_model_passes_the_model_tester(qtmodeltester, conflicted):
    store, _visit, _note = conflicted
    model = ConflictsModel(store)
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_values_are_compared_side_by_side_with_a_line_diff(qtbot, conflicted, danish):
    store, _visit, _note = conflicted
    window = _window(qtbot, store, danish)
    window.show_list("conflicts")
    view = window.stack.currentWidget()
    assert isinstance(view, ConflictsView) and view.count.text() == "2 åbne konflikter"
    _select(view, "note")
    texts = {view.left.toPlainText(), view.right.toPlainText()}
    assert any("Annes afsnit om sprogstøtte" in t for t in texts)
    assert any("Sekretariatets afsnit om sprog" in t for t in texts)
    assert "Indledning" in view.left.toPlainText()
    assert view.combined.isVisibleTo(view)
    assert "Anne Holm" in view.left_label.text() + view.right_label.text()


def test_keeping_a_side_resolves_and_undo_brings_the_old_value_back(qtbot, conflicted, danish):
    store, visit, _note = conflicted
    window = _window(qtbot, store, danish)
    window.show_list("conflicts")
    view = window.stack.currentWidget()
    _select(view, "visit")
    shown = store.get("visit", visit)["title"]
    other = view.sides[1]["value"]
    view.keep_right.click()
    assert store.get("visit", visit)["title"] == other
    assert view.model.rowCount() == 1 and view.current().entity == "note"
    assert window.undo_action.text() == "&Fortryd løsning af konflikt"
    window.undo_action.trigger()
    assert store.get("visit", visit)["title"] == shown


def test_a_combined_text_settles_a_text_conflict(qtbot, conflicted, danish):
    store, _visit, note = conflicted
    window = _window(qtbot, store, danish)
    window.show_list("conflicts")
    view = window.stack.currentWidget()
    _select(view, "note")
    combined = "Indledning.\n\nBåde sprog og sprogstøtte.\n\nAfslutning.\n"
    view.combined.setPlainText(combined)
    view.save_combined.click()
    assert store.get("note", note)["text"] == combined
    assert [c.entity for c in store.conflicts()] == ["visit"]


def test_no_conflicts_says_so(qtbot, window):
    window.show_list("conflicts")
    view = window.stack.currentWidget()
    assert view.empty.isVisibleTo(view) and not view.splitter.isVisibleTo(view)


def test_line_diff_colours_only_the_changed_lines():
    left, right = line_diff("a\nsom b her\nc", "a\nsom B her\nc")
    assert left.count("<div style") == 1 and right.count("<div style") == 1
    assert ">b</span>" in left and ">B</span>" in right
    assert left.startswith("<div>a</div>")


def test_the_merge_log_lists_merges_and_saves_a_pdf(
    qtbot, qtmodeltester, tmp_path, master, make_package, danish
):
    merge_package(master, make_package(tmp_path, "anne", "Anne Holm", notes=3))
    model = MergeLogModel(master)
    qtmodeltester.check(model)
    window = _window(qtbot, master, danish)
    window.show_list("merges")
    view = window.stack.currentWidget()
    assert isinstance(view, MergeLogView) and view.model.rowCount() == 1
    assert view.model.index(0, 1).data() == "anne.fieldnotes"
    assert view.model.index(0, 2).data() == "Anne Holm"
    assert "Noter" in view.details.toPlainText()
    pdf = tmp_path / "log.pdf"
    view.save_pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
