"""The audit log is shown from the File menu, newest first, in the user's words."""

from __future__ import annotations

from fieldnotes.core.store import Store
from fieldnotes.ui.main_window import MainWindow


def test_the_file_menu_shows_the_audit_log(qtbot) -> None:  # type: ignore[no-untyped-def]
    store = Store.memory(member_name="Anne Holm")
    store.audit("package", "anne.fieldnotes (12 ændringer)")
    store.audit("erase", "person 0c6f3e9a")
    store.audit("redact", "note 5d1e22b0")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.audit_action.trigger()
    table = window.audit_dialog.table
    assert table.rowCount() == 3
    assert table.item(0, 2).text() == "Navn overstreget i note"
    assert table.item(1, 2).text() == "Sletning til glemsel"
    assert table.item(2, 3).text() == "anne.fieldnotes (12 ændringer)"
    assert table.item(0, 1).text() == "Anne Holm"
    window.audit_dialog.close()
