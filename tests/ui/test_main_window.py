"""The main window: sidebar lists, first start, undo wording, language and fonts."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from fieldnotes.core import operations as ops
from fieldnotes.core.store import Store
from fieldnotes.ui.list_page import ListPage
from fieldnotes.ui.main_window import LIST_PAGES, MainWindow
from fieldnotes.ui.member_dialog import MemberDialog


def test_sidebar_names_every_list_in_danish(window):
    names = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert names == [
        "Besøg",
        "Noter",
        "Personer",
        "Gode metoder",
        "Idéer",
        "Ressourcer",
        "Opfølgning",
        "Høringssvar",
        "Søg",
        "Temaer × kommuner",
        "Dækning",
        "Konflikter",
        "Fletninger",
        "Dubletter",
    ]


def test_each_sidebar_entry_shows_its_list(window):
    for row, name in enumerate(LIST_PAGES):
        window.sidebar.setCurrentRow(row)
        page = window.stack.currentWidget()
        assert isinstance(page, ListPage) and page.spec.name == name


def test_activating_a_visit_opens_it_for_note_taking(qtbot, window, visit):
    page = window.stack.currentWidget()
    page.model.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.setCurrentIndex(page.model.index(0, 1))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.visit_view
    assert "Ærø" in window.visit_view.heading.text()


def test_filtering_a_list_by_typing(qtbot, window, store):
    store.create("person", name="Søren Ågård")
    store.create("person", name="Mette Olsen")
    window.show_list("people")
    page = window.stack.currentWidget()
    page.model.reload()
    qtbot.keyClicks(page.filter, "ågå")
    qtbot.waitUntil(lambda: page.model.total == 1)
    assert page.count.text() == "1 række"


def test_undo_menu_says_what_will_be_undone(window, store, visit):
    assert window.undo_action.text() == "&Fortryd" and not window.undo_action.isEnabled()
    note = window.session.run(ops.new_note, visit, text="Tekst").result
    window.session.run(ops.toggle_tag, note, store.rows("theme", code="1b").__next__()["id"])
    assert window.undo_action.text() == "&Fortryd tagging"
    window.undo_action.trigger()
    assert window.redo_action.text() == "&Annullér fortryd tagging"
    assert window.undo_action.text() == "&Fortryd ny note"


def test_deleting_in_a_list_is_undoable(qtbot, window, store):
    person = store.create("person", name="Mette")
    window.show_list("people")
    page = window.stack.currentWidget()
    page.model.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert store.get("person", person)["deleted"] == 1
    assert page.model.total == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get("person", person)["deleted"] == 0
    assert page.model.total == 1


def test_first_start_asks_who_the_member_is(qtbot):
    store = Store.memory()
    window = MainWindow(store)
    qtbot.addWidget(window)

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MemberDialog)
        qtbot.keyClicks(dialog.name, "Anne Holm")
        qtbot.keyClicks(dialog.initials, "AH")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    assert window.ensure_member()
    member = store.get("member", store.member_id)
    assert (member["name"], member["initials"]) == ("Anne Holm", "AH")
    store.close()


def test_member_dialog_needs_a_name(qtbot):
    store = Store.memory()
    dialog = MemberDialog(store)
    qtbot.addWidget(dialog)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    store.close()


def test_a_real_font_with_danish_letters_is_available(window):
    families = QFontDatabase.families()
    family = QFontInfo(window.font()).family()
    assert families and family in families
    metrics = QFontMetrics(window.font())
    assert all(metrics.inFontUcs4(ord(c)) for c in "æøåÆØÅ»«–…")


def test_the_window_restores_its_size(qtbot, store):
    first = MainWindow(store)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.close()
    second = MainWindow(store)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)
