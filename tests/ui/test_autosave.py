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
