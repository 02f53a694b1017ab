"""The export dialog: it shows what is included, exports off the GUI thread, and cancels."""

from __future__ import annotations

from docx import Document
from PySide6.QtCore import Qt

from fieldnotes.core.store import Store
from fieldnotes.ui.export_dialog import ExportDialog


def _database(tmp_path, store: Store, visit: str):
    store.create(
        "note",
        visit_id=visit,
        text="Mødet i Ærø: Søren Ågård, tlf. 12 34 56 78.",
        person_id=store.create("person", name="Søren Ågård", role="skoleleder"),
    )
    store.update("visit", visit, status="written_up")
    path = tmp_path / "f.db"
    store.db.conn.execute(f"VACUUM INTO '{path}'")
    return path


def test_the_dialog_warns_about_personal_data_and_exports_a_visit_memo(
    qtbot, tmp_path, store, visit
):
    dialog = ExportDialog(_database(tmp_path, store, visit))
    qtbot.addWidget(dialog)
    dialog.ask_to_open = False
    assert "personoplysninger" in dialog.notice.text()
    dialog.redact.setChecked(True)
    assert "anonymiseres" in dialog.notice.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("visit"))
    out = tmp_path / "notat.docx"
    dialog.target.setText(str(out))
    assert dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.export_finished, timeout=20_000) as done:
        dialog.export_button.click()
    assert done.args[0] is True, done.args
    qtbot.waitUntil(lambda: dialog._thread is None)
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Ærø" in text and "Søren Ågård" not in text and "12 34 56 78" not in text


def test_a_cancelled_export_writes_nothing(qtbot, tmp_path, store, visit):
    dialog = ExportDialog(_database(tmp_path, store, visit))
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("report"))
    dialog.target.setText(str(tmp_path / "rapport.docx"))
    dialog.start_export()
    dialog.cancel_export()
    with qtbot.waitSignal(dialog.export_finished, timeout=20_000) as done:
        pass
    qtbot.waitUntil(lambda: dialog._thread is None)
    assert done.args[0] is False
    assert not (tmp_path / "rapport.docx").exists()


def test_filters_reach_the_options(qtbot, tmp_path, store, visit):
    dialog = ExportDialog(_database(tmp_path, store, visit))
    qtbot.addWidget(dialog)
    dialog.themes.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.drafts.setChecked(True)
    options = dialog.options()
    assert len(options.filter.theme_ids) == 1 and options.filter.include_drafts
    dialog.retranslate()
    assert dialog.windowTitle() == "Eksportér til Word"
