"""Planning visits from hearing inputs, editing any item, and opening linked items."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldnotes.core import operations as ops
from fieldnotes.core.seed import municipality_id, theme_id
from fieldnotes.ui.item_dialog import ItemDialog
from fieldnotes.ui.visit_dialog import VisitDialog


def _current_page(window, name: str, row: int = 0):
    window.show_list(name)
    page = window.stack.currentWidget()
    page.model.reload()
    page.model.fetchMore()
    page.table.setCurrentIndex(page.model.index(row, 0))
    page.table.setFocus()
    return page


def test_a_visit_is_planned_from_a_hearing_input(qtbot, window, store):
    hearing = store.create("hearing_input", stakeholder="Dansk Flygtningehjælp")
    store.link("hearing_actor", hearing, municipality_id("492"))
    store.link("hearing_theme", hearing, theme_id("1c"))
    page = _current_page(window, "hearing")
    assert page.plan_button.isVisible()
    page.plan_button.click()
    dialog = window.dialog
    assert isinstance(dialog, VisitDialog)
    assert dialog.title.text() == "Besøg: Dansk Flygtningehjælp"
    assert dialog.municipality.currentText() == "Ærø"
    assert dialog.checked("visit_theme") == [theme_id("1c")]
    assert dialog.checked("visit_member") == [store.member_id]
    dialog.place.setText("Rådhuset")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    visit = store.get("visit", dialog.visit_id)
    assert visit["place"] == "Rådhuset" and visit["hearing_input_id"] == hearing
    assert visit["status"] == "planned" and visit["starts_at"]
    assert store.linked("visit_theme", visit["id"]) == [theme_id("1c")]
    assert window.undo_action.text() == "&Fortryd planlægning af besøg"
    window.undo_action.trigger()
    assert store.get("visit", visit["id"])["deleted"] == 1


def test_editing_a_visit_changes_fields_and_links_as_one_undo_step(qtbot, window, store, visit):
    page = _current_page(window, "visits")
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    dialog = window.dialog
    assert isinstance(dialog, VisitDialog) and dialog.title.text() == "Besøg i Ærø Kommune"
    themes = dialog.lists["visit_theme"]
    item = next(themes.item(i) for i in range(themes.count()) if themes.item(i).text()[:2] == "2a")
    item.setCheckState(Qt.CheckState.Checked)
    dialog.place.setText("Marstal bibliotek")
    dialog.accept()
    assert store.get("visit", visit)["place"] == "Marstal bibliotek"
    assert store.linked("visit_theme", visit) == [theme_id("2a")]
    assert window.undo_action.text() == "&Fortryd ændring af besøg"
    window.undo_action.trigger()
    assert store.linked("visit_theme", visit) == []
    assert store.get("visit", visit)["place"] is None


def test_any_item_is_edited_in_a_form_from_its_list(qtbot, window, store):
    person = store.create("person", name="Mette", role="Konsulent")
    page = _current_page(window, "people")
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    dialog = window.dialog
    assert isinstance(dialog, ItemDialog) and dialog.windowTitle() == "Redigér person"
    dialog.editors["name"].setText("Mette Olsen")
    dialog.accept()
    assert store.get("person", person)["name"] == "Mette Olsen"
    assert page.model.index(0, 0).data() == "Mette Olsen"


def test_a_value_that_does_not_fit_is_explained_in_the_form(qtbot, window, store):
    page = _current_page(window, "people")
    page.new_button.click()
    dialog = window.dialog
    assert dialog.windowTitle() == "Ny person"
    dialog.accept()  # a person needs a name
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "person.name" in dialog.error.text()
    assert store.count("person") == 0
    dialog.editors["name"].setText("Søren Ågård")
    dialog.accept()
    assert not dialog.isVisible() and store.count("person") == 1


def test_a_linked_note_opens_from_an_idea(qtbot, window, store, visit):
    note = ops.new_note(store, visit, text="Vi talte om en sprogcafé.").result
    other = ops.new_note(store, visit, text="Noget andet.").result
    idea = ops.capture_idea(store, note, "En sprogcafé i hver kommune").result
    window.open_visit(visit)
    window.visit_view.show_note(other)
    dialog = window.edit_item("idea", idea)
    assert isinstance(dialog, ItemDialog)
    links = [dialog.links.item(i).text() for i in range(dialog.links.count())]
    assert any("sprogcafé" in text for text in links)
    dialog.links.setCurrentRow(0)
    qtbot.keyClick(dialog.links, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.stack.currentWidget() is window.visit_view
    assert window.visit_view.note_id == note
    assert window.visit_view.editor.toPlainText() == "Vi talte om en sprogcafé."


def test_the_secretariat_marks_a_visit_for_follow_up_in_its_dialog(qtbot, window, store, visit):
    page = _current_page(window, "visits")
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    dialog = window.dialog
    dialog.review.setCurrentIndex(dialog.review.findData("needs_followup"))
    dialog.review_note.setText("Mangler tal for tema 1d")
    dialog.accept()
    row = store.get("visit", visit)
    assert (row["review"], row["review_note"]) == ("needs_followup", "Mangler tal for tema 1d")
    assert dialog.review.currentText() == "Til opfølgning hos medlemmet"
