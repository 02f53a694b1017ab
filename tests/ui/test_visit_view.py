"""Taking notes: typing saves itself, tagging, speakers, captures and undo, by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from fieldnotes.core import queries
from fieldnotes.core.errors import StoreError
from fieldnotes.core.seed import DEFAULT_GUIDE_ID, theme_id
from fieldnotes.ui.capture_dialog import CaptureDialog
from fieldnotes.ui.note_editor import MAX_WAIT_MS

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def view(window, visit):
    window.open_visit(visit)
    return window.visit_view


def _notes(store, visit):
    return queries.visit_notes(store, visit)


def _select(editor, start: int, end: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def test_the_view_follows_the_interview_guide(view, store):
    outline = queries.guide_outline(store, DEFAULT_GUIDE_ID)
    top = view.outline.topLevelItem(0)
    assert top.text(0) == outline[0]["title"]
    assert top.child(0).text(0) == outline[0]["questions"][0]["text"]
    assert view.question.text() == outline[0]["questions"][0]["text"]


def test_typing_creates_a_note_under_the_question_and_saves_within_a_second(
    qtbot, view, store, visit
):
    qtbot.keyClicks(view.editor, "Vi mødes på Ærø")
    first_question = queries.guide_outline(store, DEFAULT_GUIDE_ID)[0]["questions"][0]["id"]
    qtbot.waitUntil(
        lambda: [n["text"] for n in _notes(store, visit)] == ["Vi mødes på Ærø"],
        timeout=MAX_WAIT_MS + 300,
    )
    assert _notes(store, visit)[0]["question_id"] == first_question


def test_ctrl_return_starts_a_new_note_and_alt_down_the_next_question(qtbot, view, store, visit):
    qtbot.keyClicks(view.editor, "Første")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return, CTRL)
    qtbot.keyClicks(view.editor, "Anden")
    qtbot.keyClick(view.editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(view.editor, "Tredje")
    qtbot.waitUntil(
        lambda: [n["text"] for n in _notes(store, visit)] == ["Første", "Anden", "Tredje"]
    )
    notes = _notes(store, visit)
    assert notes[0]["question_id"] == notes[1]["question_id"] != notes[2]["question_id"]
    assert view.note_list.count() == 1


def test_ctrl_2_tags_the_selection_and_the_side_panel_shows_it(qtbot, view, store, visit):
    qtbot.keyClicks(view.editor, "Familien får en plan")
    _select(view.editor, 13, 20)
    qtbot.keyClick(view.editor, Qt.Key.Key_2, CTRL)
    (tag,) = queries.note_tags(store, view.note_id)
    assert (tag["code"], tag["start"], tag["end"]) == ("1b", 13, 20)
    assert view.tags.list.item(0).text() == "1b »en plan«"
    assert view.editor.highlighter.tags[0]["theme_id"] == theme_id("1b")
    assert _notes(store, visit)[0]["text"] == "Familien får en plan"


def test_without_a_selection_the_whole_note_is_tagged_and_again_untagged(qtbot, view, store):
    qtbot.keyClicks(view.editor, "Hele noten")
    qtbot.keyClick(view.editor, Qt.Key.Key_5, CTRL)
    assert [(t["code"], t["start"]) for t in queries.note_tags(store, view.note_id)] == [
        ("2a", None)
    ]
    qtbot.keyClick(view.editor, Qt.Key.Key_5, CTRL)
    assert queries.note_tags(store, view.note_id) == []


def test_a_passage_can_be_marked_as_a_quote(qtbot, view, store):
    qtbot.keyClicks(view.editor, "Hun sagde: det virker")
    _select(view.editor, 11, 21)
    qtbot.keyClick(view.editor, Qt.Key.Key_Q, CTRL | SHIFT)
    (tag,) = queries.note_tags(store, view.note_id)
    assert tag["is_quote"] == 1 and tag["code"] == "1a"


def test_the_side_panel_removes_a_tag_by_keyboard(qtbot, view, store):
    qtbot.keyClicks(view.editor, "Tekst")
    qtbot.keyClick(view.editor, Qt.Key.Key_1, CTRL)
    view.tags.list.setCurrentRow(0)
    qtbot.keyClick(view.tags.list, Qt.Key.Key_Delete)
    assert queries.note_tags(store, view.note_id) == []


def test_a_new_speaker_is_added_without_leaving_the_keyboard(qtbot, view, store):
    qtbot.keyClicks(view.editor, "Indledning")
    qtbot.keyClick(view.editor, Qt.Key.Key_T, CTRL)
    assert view.speaker.lineEdit().hasFocus()
    qtbot.keyClicks(view.speaker.lineEdit(), "Søren Ågård")
    qtbot.keyClick(view.speaker.lineEdit(), Qt.Key.Key_Return)
    person = store.get("person", store.get("note", view.note_id)["person_id"])
    assert person["name"] == "Søren Ågård"
    assert view.editor.hasFocus()
    assert "Søren Ågård: Indledning" in view.note_list.item(0).text()


def _accept_capture(fill) -> None:
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CaptureDialog)
        fill(dialog)
        dialog.accept()

    QTimer.singleShot(0, run)


def test_capturing_an_idea_from_the_selection_links_back(qtbot, view, store):
    qtbot.keyClicks(view.editor, "Ide: fælles familieplan for alle")
    _select(view.editor, 5, 23)
    _accept_capture(lambda dialog: None)
    qtbot.keyClick(view.editor, Qt.Key.Key_I, CTRL | SHIFT)
    (idea,) = store.rows("idea")
    assert idea["title"] == "fælles familieplan"
    assert store.linked("idea_note", idea["id"]) == [view.note_id]


def test_capturing_a_resource_figure(qtbot, view, store):
    qtbot.keyClicks(view.editor, "Budgettet er 2,4 mio. kr.")

    def fill(dialog: CaptureDialog) -> None:
        dialog.extra["amount"].setValue(2_400_000)
        dialog.extra["year"].setValue(2012)

    _accept_capture(fill)
    qtbot.keyClick(view.editor, Qt.Key.Key_R, CTRL | SHIFT)
    (entry,) = store.rows("resource_entry")
    assert (entry["amount_dkk"], entry["year"], entry["note_id"]) == (2_400_000, 2012, view.note_id)


def test_ctrl_z_in_the_editor_undoes_the_typing_through_the_history(
    qtbot, window, view, store, visit
):
    qtbot.keyClicks(view.editor, "Første")
    qtbot.keyClick(view.editor, Qt.Key.Key_2, CTRL)
    assert window.undo_action.text() == "&Fortryd tagging"
    qtbot.keyClick(view.editor, Qt.Key.Key_Z, CTRL)
    assert queries.note_tags(store, view.note_id) == []
    qtbot.keyClicks(view.editor, " og anden")
    qtbot.keyClick(view.editor, Qt.Key.Key_Z, CTRL)
    assert _notes(store, visit)[0]["text"] == "Første"
    assert view.editor.toPlainText() == "Første"


def test_a_failing_save_keeps_the_text_says_so_and_saves_later(
    qtbot, window, view, store, visit, monkeypatch
):
    qtbot.keyClicks(view.editor, "a")
    real_update = store.update

    def full_disk(*args, **kwargs):
        raise StoreError("disk_full", path="noter.db")

    monkeypatch.setattr(store, "update", full_disk)
    qtbot.keyClicks(view.editor, "bc")
    qtbot.waitUntil(lambda: "Disken er fuld" in window.warning.text())
    assert view.editor.toPlainText() == "abc"
    monkeypatch.setattr(store, "update", real_update)
    qtbot.waitUntil(lambda: _notes(store, visit)[0]["text"] == "abc")
    qtbot.waitUntil(lambda: not window.warning.isVisible())


def test_closing_saves_pending_typing_and_reopening_shows_it(qtbot, tmp_path, danish):
    from fieldnotes.core.store import Store
    from fieldnotes.ui.main_window import MainWindow

    path = tmp_path / "noter.db"
    store = Store.open(path, create=True, member_name="Anne Holm")
    visit = store.create("visit", title="Besøg", status="planned", guide_id=DEFAULT_GUIDE_ID)
    window = MainWindow(store, danish)
    qtbot.addWidget(window)
    window.open_visit(visit)
    qtbot.keyClicks(window.visit_view.editor, "Sidste ord")
    window.close()  # no wait: closing flushes the autosave
    store.close()
    reopened = Store.open(path)
    assert [n["text"] for n in queries.visit_notes(reopened, visit)] == ["Sidste ord"]
    reopened.close()
