"""Spell checking while typing: the red wavy line, the right-click menu, the settings."""

from __future__ import annotations

import threading
from typing import ClassVar

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QMenu

from fieldnotes.core import queries
from fieldnotes.core.spelling import NO_DICTIONARY, Unavailable, enchant_dictionary
from fieldnotes.ui import spelling
from fieldnotes.ui.settings_dialog import SettingsDialog
from fieldnotes.ui.spelling import SETTING, SpellService

CTRL = Qt.KeyboardModifier.ControlModifier
WAVY = QTextCharFormat.UnderlineStyle.SpellCheckUnderline
#: A menu pops up on the offscreen platform, which cannot raise it or grab the keyboard.
POPUP = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
MISSING = "Stavekontrol er ikke tilgængelig: installér pakken hunspell-da (og libenchant-2-2)"


@pytest.fixture(scope="module")
def hunspell_da() -> None:
    try:
        enchant_dictionary()
    except Unavailable as exc:
        pytest.skip(f"no Danish dictionary ({exc.reason}): apt-get install hunspell-da")


def _install(service: SpellService):
    spelling.install(service)
    yield service
    spelling.install(None)
    QSettings().remove(SETTING)


@pytest.fixture
def spell(hunspell_da, tmp_path):
    """The app's spell checking, with the member's word list in a temporary folder."""
    QSettings().remove(SETTING)
    yield from _install(SpellService(words_path=tmp_path / "ordbog.txt"))


@pytest.fixture
def view(spell, window, visit):
    window.open_visit(visit)
    return window.visit_view


def _missing() -> object:
    raise Unavailable(NO_DICTIONARY)


def underline(editor, position: int) -> QTextCharFormat | None:
    """The highlighter's format at ``position`` if it underlines there."""
    block = editor.document().findBlock(position)
    offset = position - block.position()
    spans = block.layout().formats()
    for span in spans:
        if span.start <= offset < span.start + span.length:
            fmt = QTextCharFormat(span.format)
            if fmt.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline:
                return fmt
    return None


def type_checked(qtbot, spell, editor, text: str, word: str) -> None:
    """Type ``text`` and wait until the checker has judged ``word``."""
    with qtbot.waitSignal(spell.checked, check_params_cb=lambda v: word in v, timeout=10_000):
        qtbot.keyClicks(editor, text)


def right_click(editor, position: int) -> QMenu:
    """Right-click at ``position`` like the mouse does; returns the menu that pops up."""
    cursor = editor.textCursor()
    cursor.setPosition(position)
    point = editor.cursorRect(cursor).center() + QPoint(2, 0)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, editor.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(editor.viewport(), event)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def test_a_wrong_word_gets_a_red_wavy_line_once_typed(qtbot, spell, view):
    type_checked(qtbot, spell, view.editor, "Vi besøgte kommmune i dag", "kommmune")
    line = underline(view.editor, 12)
    assert line is not None
    assert line.underlineStyle() == WAVY
    assert line.underlineColor() == QColor("#d00000")
    assert underline(view.editor, 4) is None  # "besøgte" is right
    assert underline(view.editor, 10) is None  # the space before the word


def test_the_word_being_typed_waits_until_the_cursor_leaves_it(qtbot, spell, view):
    qtbot.keyClicks(view.editor, "Vi så integrasjon")
    assert underline(view.editor, 10) is None
    with qtbot.waitSignal(spell.checked, check_params_cb=lambda v: "integrasjon" in v):
        qtbot.keyClick(view.editor, Qt.Key.Key_Left)
    assert underline(view.editor, 10).underlineStyle() == WAVY


@POPUP
def test_a_suggestion_replaces_the_word_as_one_undo_step(qtbot, spell, view, window, store):
    type_checked(qtbot, spell, view.editor, "Vi besøgte kommmune i dag", "kommmune")
    menu = right_click(view.editor, 14)
    texts = [action.text().split("\t")[0] for action in menu.actions()]
    own = [a.text().split("\t")[0] for a in view.editor.createStandardContextMenu().actions()]
    assert texts[0] == "kommune"
    assert texts[-len(own) - 4 :] == ["", "Tilføj til ordbog", "Ignorér", "", *own]
    menu.actions()[0].trigger()
    menu.close()
    assert view.editor.toPlainText() == "Vi besøgte kommune i dag"
    assert store.get("note", view.note_id)["text"] == "Vi besøgte kommune i dag"
    assert underline(view.editor, 12) is None
    qtbot.keyClick(view.editor, Qt.Key.Key_Z, CTRL)
    assert view.editor.toPlainText() == "Vi besøgte kommmune i dag"
    assert store.get("note", view.note_id)["text"] == "Vi besøgte kommmune i dag"
    assert underline(view.editor, 12).underlineStyle() == WAVY


@POPUP
def test_the_menu_key_opens_the_suggestions_for_the_word_at_the_cursor(qtbot, spell, view):
    type_checked(qtbot, spell, view.editor, "Vi besøgte kommmune i dag", "kommmune")
    cursor = view.editor.textCursor()
    cursor.setPosition(14)
    view.editor.setTextCursor(cursor)
    point = view.editor.cursorRect().center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, point, view.editor.mapToGlobal(point)
    )
    QApplication.sendEvent(view.editor, event)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    assert [a.text() for a in menu.actions()][:3] == ["kommune", "", "Tilføj til ordbog"]
    menu.close()


def test_a_correct_word_keeps_the_editors_own_menu(qtbot, spell, view):
    type_checked(qtbot, spell, view.editor, "Vi besøgte kommmune i dag", "kommmune")
    assert view.spelling.menu_at(5) is None


@POPUP
def test_adding_a_word_keeps_it_out_of_the_notes_and_in_the_members_list(
    qtbot, spell, view, store, visit, tmp_path
):
    type_checked(qtbot, spell, view.editor, "Mødet om Fieldnotesværktøjet i dag", "i")
    assert underline(view.editor, 10) is not None
    menu = right_click(view.editor, 12)
    next(a for a in menu.actions() if a.text() == "Tilføj til ordbog").trigger()
    menu.close()
    assert underline(view.editor, 10) is None
    assert (tmp_path / "ordbog.txt").read_text(encoding="utf-8") == "Fieldnotesværktøjet\n"
    qtbot.waitUntil(
        lambda: (
            [n["text"] for n in queries.visit_notes(store, visit)]
            == ["Mødet om Fieldnotesværktøjet i dag"]
        )
    )
    fresh = SpellService(words_path=tmp_path / "ordbog.txt")
    assert fresh.speller.verdict("Fieldnotesværktøjet") is True


@POPUP
def test_ignoring_a_word_lasts_the_session_only(qtbot, spell, view, tmp_path):
    type_checked(qtbot, spell, view.editor, "Vi besøgte kommmune i dag", "kommmune")
    menu = right_click(view.editor, 14)
    next(a for a in menu.actions() if a.text() == "Ignorér").trigger()
    menu.close()
    assert underline(view.editor, 12) is None
    assert not (tmp_path / "ordbog.txt").exists()


def test_switching_spell_checking_off_in_the_settings_removes_the_lines(qtbot, spell, view, window):
    type_checked(qtbot, spell, view.editor, "Vi besøgte kommmune i dag", "kommmune")
    dialog = SettingsDialog(spell, window)
    qtbot.addWidget(dialog)
    assert dialog.spelling_status.text() == "Dansk ordbog fundet (hunspell-da)"
    assert dialog.spelling.isChecked()
    dialog.spelling.click()
    assert underline(view.editor, 12) is None
    assert QSettings().value(SETTING, type=bool) is False
    assert view.spelling.menu_at(14) is None
    dialog.spelling.click()
    assert underline(view.editor, 12).underlineStyle() == WAVY


@pytest.fixture
def missing(tmp_path):
    """Spell checking on a machine without hunspell-da."""
    QSettings().remove(SETTING)
    yield from _install(SpellService(factory=_missing, words_path=tmp_path / "ordbog.txt"))


def test_the_settings_say_when_the_dictionary_is_missing_and_notes_still_save(
    qtbot, missing, window, visit, store
):
    with qtbot.waitSignal(missing.state_changed):
        dialog = SettingsDialog(missing, window)
    qtbot.addWidget(dialog)
    assert dialog.spelling_status.text() == MISSING
    assert not dialog.spelling.isEnabled()
    assert not dialog.spelling.isChecked()
    window.open_visit(visit)
    view = window.visit_view
    qtbot.keyClicks(view.editor, "Vi besøgte kommmune ")
    qtbot.waitUntil(
        lambda: [n["text"] for n in queries.visit_notes(store, visit)] == ["Vi besøgte kommmune "]
    )
    assert underline(view.editor, 12) is None
    assert view.spelling.menu_at(14) is None


def test_the_settings_are_in_the_edit_menu(qtbot, spell, window):
    window.settings_action.trigger()
    assert isinstance(window.dialog, SettingsDialog)
    assert window.dialog.windowTitle() == "Indstillinger"


class FakeDictionary:
    """A dictionary of a few words that notes which threads ask it."""

    source = "fake-da"
    threads: ClassVar[set[int]] = set()

    def check(self, word: str) -> bool:
        FakeDictionary.threads.add(threading.get_ident())
        return word in {"Vi", "skriver", "i", "dag"}

    def suggest(self, word: str) -> list[str]:
        return ["dag"]


@pytest.fixture
def fake(tmp_path):
    QSettings().remove(SETTING)
    FakeDictionary.threads.clear()
    yield from _install(SpellService(factory=FakeDictionary, words_path=tmp_path / "o.txt"))


def test_the_checking_happens_off_the_gui_thread_with_the_given_dictionary(
    qtbot, fake, window, visit
):
    window.open_visit(visit)
    editor = window.visit_view.editor
    type_checked(qtbot, fake, editor, "Vi skriver blabla i dag", "blabla")
    assert underline(editor, 12).underlineStyle() == WAVY
    assert underline(editor, 4) is None
    assert FakeDictionary.threads and threading.get_ident() not in FakeDictionary.threads
