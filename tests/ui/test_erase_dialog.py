"""Erasing a person and redacting a name from the GUI: the people list's action, the dialog's
list of notes, the explicit confirmation, the work in the background and what it leaves."""

from __future__ import annotations

import io
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fieldnotes.core import backups
from fieldnotes.core import operations as ops
from fieldnotes.core.export_json import write_json
from fieldnotes.core.store import Store
from fieldnotes.ui.erase_dialog import EraseDialog
from fieldnotes.ui.main_window import MainWindow

NAME = "Søren Ødegaard"


@dataclass
class People:
    person: str
    visit: str
    named: list[str]  # notes that name the person
    other: str  # a note that does not


@pytest.fixture
def people(master: Store) -> People:
    """A person named in two notes (once in lower case), and a citizen named in passing."""
    aero = master.create("actor", kind="municipality", name="Ærø Kommune")
    person = master.create("person", name=NAME, role="Skoleleder", organisation_id=aero)
    master.create("person", name="Mette Olsen", role="Lærer")
    visit = master.create(
        "visit", title="Besøg på Ærø", status="done", starts_at="2013-03-04T10:00"
    )
    named = [
        master.create("note", visit_id=visit, text=f"{NAME} fortalte om skolens sprogplan."),
        master.create("note", visit_id=visit, text="Vi aftalte, at søren ødegaard sender tal."),
    ]
    other = master.create("note", visit_id=visit, text="Karen Ærø fra borgerpanelet talte.")
    return People(person, visit, named, other)


def _json(store: Store) -> str:
    out = io.StringIO()
    write_json(store, out)
    return out.getvalue()


def _wait(qtbot, dialog: EraseDialog) -> None:
    """Wait for the dialog's background job by its signal (no polling)."""
    if dialog.job is not None:
        with qtbot.waitSignal(dialog.job.finished, timeout=20000):
            pass
    assert dialog.job is None


def _choose_person(window: MainWindow, person_id: str):
    window.show_list("people")
    page = window.stack.currentWidget()
    page.model.reload(at_once=True)
    while page.model.canFetchMore():
        page.model.fetch_now()
    row = next(r for r in range(page.model.rowCount()) if page.model.row_id(r) == person_id)
    page.table.setCurrentIndex(page.model.index(row, 0))
    return page


def _open_for(qtbot, window: MainWindow, person_id: str) -> EraseDialog:
    _choose_person(window, person_id)
    window.erase_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, EraseDialog)
    _wait(qtbot, dialog)
    return dialog


def _file_bytes(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (db, Path(f"{db}-wal")) if p.exists())


def test_the_people_list_offers_erasure_of_the_chosen_person(qtbot, people, master_window):
    master_window.show_list("people")
    page = master_window.stack.currentWidget()
    assert master_window.erase_action in page.table.actions()
    assert page.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    page.table.setCurrentIndex(page.model.index(-1, -1))
    assert not master_window.erase_action.isEnabled()  # nobody chosen yet
    _choose_person(master_window, people.person)
    assert master_window.erase_action.isEnabled()
    assert master_window.erase_action in master_window.edit_menu.actions()
    qtbot.keyClick(
        page.table,
        Qt.Key.Key_Delete,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = master_window.dialog
    assert isinstance(dialog, EraseDialog) and dialog.isVisible()
    _wait(qtbot, dialog)
    shown = dialog.who.text()
    assert NAME in shown and "Skoleleder" in shown and "Ærø Kommune" in shown
    assert "kan ikke fortrydes" in dialog.intro.text()


def test_the_dialog_lists_the_notes_that_name_the_person(qtbot, people, master_window):
    dialog = _open_for(qtbot, master_window, people.person)
    items = [dialog.notes.topLevelItem(i) for i in range(dialog.notes.topLevelItemCount())]
    assert sorted(item.data(0, Qt.ItemDataRole.UserRole) for item in items) == sorted(people.named)
    assert all(item.checkState(0) == Qt.CheckState.Checked for item in items)
    assert {item.text(0) for item in items} == {"Besøg på Ærø"}
    assert {item.text(1) for item in items} == {"2013-03-04"}
    snippets = " ".join(item.text(2) for item in items)
    assert f">{NAME}</span>" in snippets and ">søren ødegaard</span>" in snippets
    assert dialog.status.text().startswith("Navnet står i 2 note")  # "noter" once translated


def test_without_the_typed_name_the_erase_button_stays_disabled(qtbot, people, master_window):
    dialog = _open_for(qtbot, master_window, people.person)
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.confirm_edit, "Søren")
    assert not dialog.erase_button.isEnabled()
    dialog.confirm_edit.clear()
    qtbot.keyClicks(dialog.confirm_edit, "søren  ødegaard")  # case and spaces do not matter
    assert dialog.erase_button.isEnabled()
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)  # Enter does not erase
    assert dialog.isVisible() and dialog.state == "ready"
    assert master_window.store.get("person", people.person)["name"] == NAME


def test_erasing_takes_the_person_and_the_name_out_of_the_file_and_its_backups(
    qtbot, people, master, master_window
):
    backup = backups.back_up(master, "manual")
    assert NAME.encode() in backup.path.read_bytes()
    master_window.session.run(ops.update, "note", people.named[0], text=f"{NAME} ringede.")
    assert master_window.undo_action.isEnabled()
    master_window.open_visit(people.visit)
    master_window.visit_view.show_note(people.named[0])
    assert NAME in master_window.visit_view.editor.toPlainText()
    dialog = _open_for(qtbot, master_window, people.person)
    qtbot.keyClicks(dialog.confirm_edit, NAME)
    with qtbot.waitSignal(dialog.changed, timeout=20000):
        dialog.erase_button.click()
    assert dialog.state == "done" and dialog.close_button.isVisible()
    page = master_window.stack.currentWidget()

    def names() -> list[str]:
        return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]

    qtbot.waitUntil(lambda: NAME not in names())  # the list reads again in the background
    assert "Mette Olsen" in names()
    for note in people.named:
        text = master.get("note", note)["text"]
        assert "[slettet]" in text and "ødegaard" not in text.casefold()
    assert master.get("note", people.other)["text"].startswith("Karen Ærø")
    for form in (NAME, NAME.casefold(), "Ødegaard", "ødegaard"):
        assert form.encode() not in _file_bytes(master.path)
        assert form.encode() not in backup.path.read_bytes()
    assert not master_window.undo_action.isEnabled()  # undo would write the name back
    assert "ødegaard" not in master_window.visit_view.editor.toPlainText().casefold()
    master_window.visit_view.autosaver.flush()  # the open note holds no old text to save
    assert "ødegaard" not in master.get("note", people.named[0])["text"].casefold()
    report = dialog.report.toPlainText()
    assert "slettet til glemsel" in report and "overstreget i 2 note" in report
    assert "Fortryd-listen er tømt" in report


def test_a_note_left_unticked_keeps_the_name_and_the_report_says_so(
    qtbot, people, master, master_window
):
    dialog = _open_for(qtbot, master_window, people.person)
    kept = dialog.notes.topLevelItem(0)
    kept.setCheckState(0, Qt.CheckState.Unchecked)
    kept_id = kept.data(0, Qt.ItemDataRole.UserRole)
    qtbot.keyClicks(dialog.confirm_edit, NAME)
    with qtbot.waitSignal(dialog.changed, timeout=20000):
        dialog.erase_button.click()
    assert "ødegaard" in master.get("note", kept_id)["text"].casefold()
    assert master.get("person", people.person)["origin"] == "erased"
    assert "står stadig i 1 note" in dialog.report.toPlainText()


def test_cancelling_while_the_notes_are_looked_for_closes_the_dialog(qtbot, people, master_window):
    _choose_person(master_window, people.person)
    master_window.erase_action.trigger()
    dialog = master_window.dialog
    assert dialog.job is not None and dialog.state == "looking"
    with qtbot.waitSignal(dialog.job.finished, timeout=20000):
        dialog.cancel_button.click()
    assert not dialog.isVisible() and dialog.result() == EraseDialog.DialogCode.Rejected


def test_cancelling_changes_nothing(qtbot, people, master, master_window):
    before = _json(master)
    dialog = _open_for(qtbot, master_window, people.person)
    qtbot.keyClicks(dialog.confirm_edit, NAME)
    dialog.cancel_button.click()
    assert not dialog.isVisible() and dialog.result() == EraseDialog.DialogCode.Rejected
    assert _json(master) == before


def test_a_name_that_is_no_person_can_be_redacted_from_the_notes(
    qtbot, people, master, master_window
):
    master_window.redact_action.trigger()
    dialog = master_window.dialog
    assert isinstance(dialog, EraseDialog) and not dialog.who.isVisible()
    qtbot.keyClicks(dialog.name_edit, "karen ærø")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    _wait(qtbot, dialog)
    assert dialog.notes.topLevelItemCount() == 1
    assert dialog.notes.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole) == people.other
    assert not dialog.erase_button.isEnabled()  # not confirmed yet
    dialog.confirm_box.setChecked(True)
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(dialog.changed, timeout=20000):
        dialog.erase_button.click()
    assert master.get("note", people.other)["text"] == "[slettet] fra borgerpanelet talte."
    assert b"Karen" not in _file_bytes(master.path)
    assert master.get("person", people.person)["name"] == NAME  # nobody erased
    assert "overstreget i 1 note" in dialog.report.toPlainText()


def test_editing_the_name_after_a_search_asks_for_a_new_search(qtbot, people, master_window):
    master_window.redact_name()
    dialog = master_window.dialog
    qtbot.keyClicks(dialog.name_edit, "Karen Ærø")
    dialog.find_button.click()
    _wait(qtbot, dialog)
    dialog.confirm_box.setChecked(True)
    assert dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "s")
    assert dialog.notes.topLevelItemCount() == 0 and not dialog.erase_button.isEnabled()


def test_a_read_only_database_shows_a_message_and_changes_nothing(
    qtbot, people, master, master_window
):
    master.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = master.path.read_bytes()
    if subprocess.run(["chattr", "+i", str(master.path)], capture_output=True).returncode:
        pytest.skip("chattr +i is not permitted here, so the file cannot be made read-only")
    try:
        dialog = _open_for(qtbot, master_window, people.person)
        qtbot.keyClicks(dialog.confirm_edit, NAME)
        dialog.erase_button.click()
        _wait(qtbot, dialog)
    finally:
        subprocess.run(["chattr", "-i", str(master.path)], check=True)
    assert dialog.state == "failed"
    assert "Kan ikke skrive til" in dialog.report.toPlainText()
    assert master.path.read_bytes() == before
    assert master.get("person", people.person)["name"] == NAME
    page = master_window.stack.currentWidget()
    assert NAME in [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
