"""Autosaves on a database file are written by a background writer: typing never waits for
the database, yet saves arrive within a second, in order, and undo sees them."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from fieldnotes.core import operations as ops
from fieldnotes.core import queries
from fieldnotes.core.errors import StoreError
from fieldnotes.core.seed import theme_id
from fieldnotes.core.store import Store
from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.note_editor import MAX_WAIT_MS

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def view(master_window, master):
    visit = next(master.rows("visit"))["id"]
    master_window.open_visit(visit)
    return master_window.visit_view


def _texts(store: Store, view) -> list[str]:
    return [n["text"] for n in queries.visit_notes(store, view.visit["id"])]


def test_typing_is_written_in_the_background_within_a_second(qtbot, view, master):
    qtbot.keyClicks(view.editor, "F")  # the first key makes the note
    threads: list[threading.Thread] = []

    def update(store: Store, *args: object, **kwargs: object) -> ops.Operation:
        threads.append(threading.current_thread())
        return ops.update(store, *args, **kwargs)

    view.session.run_soon(update, "note", view.note_id, kind="typing", text="Fra baggrunden")
    qtbot.waitUntil(lambda: _texts(master, view) == ["Fra baggrunden"])
    assert threads and threads[0] is not threading.main_thread()
    qtbot.keyClicks(view.editor, "ørste ord")
    qtbot.waitUntil(lambda: _texts(master, view) == ["Første ord"], timeout=MAX_WAIT_MS + 500)
    assert view.editor.toPlainText() == "Første ord"


def test_a_tag_right_after_typing_comes_after_the_save(qtbot, master_window, view, master):
    qtbot.keyClicks(view.editor, "Familien får en plan")
    qtbot.keyClick(view.editor, Qt.Key.Key_2, CTRL)  # no wait: the save is still pending
    assert _texts(master, view) == ["Familien får en plan"]
    assert [t["theme_id"] for t in queries.note_tags(master, view.note_id)] == [theme_id("1b")]
    assert master_window.undo_action.text() == "&Fortryd tagging"


def test_undo_takes_back_typing_saved_in_the_background(qtbot, master_window, view, master):
    qtbot.keyClicks(view.editor, "Første")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return, CTRL)  # a new note: the typing is saved
    qtbot.keyClicks(view.editor, "Anden")
    with qtbot.waitSignal(view.session.changed, timeout=MAX_WAIT_MS + 500):
        pass  # the background save of "Anden" is announced
    assert master_window.undo_action.text() == "&Fortryd skrivning"
    qtbot.keyClicks(view.editor, " note")
    qtbot.keyClick(view.editor, Qt.Key.Key_Z, CTRL)
    assert _texts(master, view) == ["Første", None]
    assert view.editor.toPlainText() == ""
    master_window.redo_action.trigger()
    assert _texts(master, view) == ["Første", "Anden note"]
    assert view.editor.toPlainText() == "Anden note"


def test_a_failing_background_save_keeps_the_text_says_so_and_saves_later(
    qtbot, master_window, view, master, monkeypatch
):
    qtbot.keyClicks(view.editor, "a")
    real_update = Store.update

    def full_disk(*args, **kwargs):
        raise StoreError("disk_full", path="noter.db")

    monkeypatch.setattr(Store, "update", full_disk)  # the writer's own store too
    qtbot.keyClicks(view.editor, "bc")
    qtbot.waitUntil(lambda: "Disken er fuld" in master_window.warning.text())
    assert view.editor.toPlainText() == "abc"
    monkeypatch.setattr(Store, "update", real_update)
    qtbot.waitUntil(lambda: _texts(master, view) == ["abc"])
    qtbot.waitUntil(lambda: not master_window.warning.isVisible())


def test_closing_writes_what_is_still_being_saved(qtbot, master_window, view, master):
    qtbot.keyClicks(view.editor, "Sidste")
    view.autosaver.flush()
    view.session.run_soon(ops.update, "note", view.note_id, kind="typing", text="Sidste ord")
    master_window.close()
    assert _texts(master, view) == ["Sidste ord"]


def _reopen(qtbot, path, danish) -> MainWindow:
    window = MainWindow(Store.open(path), danish)
    qtbot.addWidget(window)
    return window


def test_reopening_shows_the_visit_note_and_cursor_where_the_member_was(
    qtbot, master_window, view, master, danish
):
    qtbot.keyClicks(view.editor, "Første")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return, CTRL)
    qtbot.keyClicks(view.editor, "Anden note")
    view.editor.moveCursor(view.editor.textCursor().MoveOperation.Left)
    note = view.note_id
    master_window.close()
    again = _reopen(qtbot, master.path, danish)
    assert again.stack.currentWidget() is again.visit_view
    assert again.visit_view.note_id == note
    assert again.visit_view.editor.toPlainText() == "Anden note"
    assert again.visit_view.editor.textCursor().position() == len("Anden not")
    again.store.close()


def test_after_a_crash_the_last_autosave_says_where_the_member_was(
    qtbot, master_window, view, master, danish
):
    qtbot.keyClicks(view.editor, "Skrevet lige før nedbruddet")
    with qtbot.waitSignal(view.autosaver.due, timeout=MAX_WAIT_MS + 500):
        pass
    master_window.session.settle()  # the save itself is written within the second
    note = view.note_id  # no close: the window is still open when the next start reads
    again = _reopen(qtbot, master.path, danish)
    assert again.visit_view.note_id == note
    assert again.visit_view.editor.textCursor().position() == len("Skrevet lige før nedbruddet")
    again.store.close()


def test_a_list_shown_at_closing_is_where_the_next_start_begins(
    qtbot, master_window, view, master, danish
):
    qtbot.keyClicks(view.editor, "Noget")
    master_window.show_list("people")
    master_window.close()
    again = _reopen(qtbot, master.path, danish)
    assert again.stack.currentWidget() is again.pages["visits"]
    again.store.close()
