"""The secretariat's merge in the GUI: export, preview, merge with a backup, report, undo."""

from __future__ import annotations

import io

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldnotes.core.export_json import write_json
from fieldnotes.merge import backup
from fieldnotes.merge.package import open_package
from fieldnotes.ui.main_window import backups_dir
from fieldnotes.ui.merge_dialog import MergeDialog


def _json(store) -> str:
    out = io.StringIO()
    write_json(store, out)
    return out.getvalue()


def _wait_idle(qtbot, dialog: MergeDialog) -> None:
    """Wait for the running job by its signal rather than by polling."""
    if dialog.job is not None:
        with qtbot.waitSignal(dialog.job.finished, timeout=20000):
            pass
    assert dialog.job is None and dialog.state in ("ready", "done")


def test_export_writes_a_package_off_the_gui_thread(qtbot, master_window, tmp_path):
    master_window.export_action.trigger()
    dialog = master_window.dialog
    out = tmp_path / "AH.fieldnotes"
    dialog.path.setText(str(out))
    dialog.export_button.click()
    assert dialog.job is not None and not dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.job.finished, timeout=20000):
        pass
    assert (
        dialog.job is None
        and dialog.manifest is not None
        and dialog.manifest.member_name == "Sekretariatet"
    )
    assert "Pakken er skrevet" in dialog.status.text()
    with open_package(out) as package:
        assert package.manifest.revisions == dialog.manifest.revisions


def test_the_preview_shows_each_package_by_kind_of_item(
    qtbot, master_window, tmp_path, make_package
):
    anne = make_package(tmp_path, "anne", "Anne Holm", visits=2, notes=3)
    bo = make_package(tmp_path, "bo", "Bo Jensen", visits=1, notes=1)
    master_window.merge_packages([anne, bo])
    dialog = master_window.dialog
    _wait_idle(qtbot, dialog)
    first, second = dialog.tree.topLevelItem(0), dialog.tree.topLevelItem(1)
    assert "Anne Holm" in first.text(0) and "Bo Jensen" in second.text(0)
    kinds = {first.child(i).text(0): first.child(i).text(1) for i in range(first.childCount())}
    assert kinds["Besøg"] == "2" and kinds["Noter"] == "6"
    assert dialog.merge_button.isEnabled()
    assert master_window.store.count("note") == 0  # a preview changes nothing


def test_a_bad_package_shows_its_danish_message_and_leaves_the_db_unchanged(
    qtbot, master_window, tmp_path
):
    bad = tmp_path / "skrald.fieldnotes"
    bad.write_bytes(b"dette er ikke en pakke")
    before = _json(master_window.store)
    master_window.merge_packages([bad])
    dialog = master_window.dialog
    _wait_idle(qtbot, dialog)
    top = dialog.tree.topLevelItem(0)
    assert "kan ikke bruges" in top.text(0)
    assert top.child(0).text(0) == f"{bad} er ikke en Fieldnotes-pakke."
    assert "kan ikke bruges" in dialog.status.text()
    assert not dialog.merge_button.isEnabled()
    dialog.merge_button.click()
    assert _json(master_window.store) == before
    assert not backups_dir().exists()


def test_merging_backs_up_reports_and_undo_restores(qtbot, master_window, tmp_path, make_package):
    store = master_window.store
    before = _json(store)
    anne = make_package(tmp_path, "anne", "Anne Holm", visits=1, notes=4)
    bad = tmp_path / "tom.fieldnotes"
    bad.write_bytes(b"")
    master_window.show_list("visits")
    page = master_window.stack.currentWidget()
    master_window.merge_packages([anne, bad])
    dialog = master_window.dialog
    _wait_idle(qtbot, dialog)
    with qtbot.waitSignal(dialog.merged, timeout=20000):
        dialog.merge_button.click()
    _wait_idle(qtbot, dialog)
    assert master_window.store.count("note") == 4
    qtbot.waitUntil(lambda: page.model.total == 2)  # the open list catches up (in the background)
    report = dialog.report.toPlainText()
    assert "4 ændringer flettet ind" not in report  # counted in revisions, not notes
    assert "flettet ind" in report and "Sikkerhedskopi" in report
    assert dialog.close_button.isVisible() and not dialog.merge_button.isVisible()
    last = backup.last_backup(master_window.store.path, backups_dir())
    assert last is not None and last.path.is_file()
    assert [p for p in backups_dir().glob("master*.db")] == [last.path]
    dialog.close_button.click()

    def say_yes() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    master_window._update_file_menu()
    assert master_window.undo_merge_action.isEnabled()
    QTimer.singleShot(0, say_yes)
    master_window.undo_merge_action.trigger()
    assert master_window.store is not store
    assert _json(master_window.store) == before
    qtbot.waitUntil(lambda: page.model.total == 1)
    master_window._update_file_menu()
    assert not master_window.undo_merge_action.isEnabled()


def test_cancelling_a_merge_leaves_the_db_as_it_was(qtbot, master_window, tmp_path, make_package):
    before = _json(master_window.store)
    anne = make_package(tmp_path, "anne", "Anne Holm", visits=3, notes=20)
    master_window.merge_packages([anne])
    dialog = master_window.dialog
    _wait_idle(qtbot, dialog)
    dialog.start_merge()
    dialog.cancel_button.click()
    _wait_idle(qtbot, dialog)
    assert "Afbrudt; intet ændret" in dialog.report.toPlainText()
    assert _json(master_window.store) == before


def test_a_package_merged_twice_is_recognised(qtbot, master_window, tmp_path, make_package):
    anne = make_package(tmp_path, "anne", "Anne Holm")
    master_window.merge_packages([anne])
    dialog = master_window.dialog
    _wait_idle(qtbot, dialog)
    with qtbot.waitSignal(dialog.merged, timeout=20000):
        dialog.merge_button.click()
    _wait_idle(qtbot, dialog)
    dialog.close_button.click()
    master_window.merge_packages([anne])
    again = master_window.dialog
    _wait_idle(qtbot, again)
    assert "allerede flettet" in again.tree.topLevelItem(0).text(0)
    assert not again.merge_button.isEnabled()
    again.reject()
