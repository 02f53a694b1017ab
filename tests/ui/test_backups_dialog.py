"""The backups dialog and the periodic backups: listed, made, restored off the GUI thread."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldnotes.core import backups
from fieldnotes.core.store import Store
from fieldnotes.ui.backups_dialog import BackupsDialog
from fieldnotes.ui.periodic_backups import PeriodicBackups


def _dialog(qtbot, path: Path) -> BackupsDialog:
    dialog = BackupsDialog(path)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.listed, timeout=10_000):
        pass  # the list is read in the background as the dialog opens
    return dialog


def _people(path: Path) -> int:
    store = Store.open(path)
    try:
        return store.count("person")
    finally:
        store.close()


def test_the_list_shows_time_reason_size_and_counts_newest_first(qtbot, master):
    backups.back_up(master, "start")
    master.create("note", visit_id=next(master.rows("visit"))["id"], text="Sprog – æøå.")
    backups.back_up(master, "merge")
    dialog = _dialog(qtbot, master.path)
    assert dialog.tree.topLevelItemCount() == 2
    newest = dialog.tree.topLevelItem(0)
    headers = [dialog.tree.headerItem().text(c) for c in range(dialog.tree.columnCount())]
    assert headers[:2] == ["Tidspunkt", "Årsag"] and "Noter" in headers
    assert newest.text(1) == "Før fletning"
    assert newest.text(headers.index("Noter")) == "1"
    assert dialog.tree.topLevelItem(1).text(headers.index("Noter")) == "0"
    assert "Noter: 1" in newest.toolTip(headers.index("Noter"))
    assert not dialog.restore_button.isEnabled()  # nothing chosen yet
    dialog.tree.topLevelItem(1).setSelected(True)
    assert dialog.restore_button.isEnabled()


def test_an_empty_list_says_so(qtbot, master):
    dialog = _dialog(qtbot, master.path)
    assert dialog.tree.topLevelItemCount() == 0
    assert "ingen sikkerhedskopier" in dialog.status.text()


def test_back_up_now_adds_a_copy_to_the_list(qtbot, master):
    dialog = _dialog(qtbot, master.path)
    with qtbot.waitSignals([dialog.backed_up, dialog.listed], timeout=10_000):
        dialog.back_up_button.click()
    assert dialog.tree.topLevelItemCount() == 1
    assert dialog.tree.topLevelItem(0).text(1) == "Taget af dig"
    assert "Kopien er gemt" in dialog.status.text()


def test_restore_asks_then_runs_off_the_gui_thread_and_says_restored(qtbot, master, monkeypatch):
    backups.back_up(master, "manual")
    master.create("person", name="Mette")
    dialog = _dialog(qtbot, master.path)
    dialog.tree.topLevelItem(0).setSelected(True)
    asked = []
    monkeypatch.setattr(dialog, "confirm", lambda info: asked.append(info) or True)
    with qtbot.waitSignal(dialog.restored, timeout=10_000) as restored:
        dialog.restore_button.click()
    assert restored.args == [master.path]
    assert len(asked) == 1
    with qtbot.waitSignal(dialog.listed, timeout=10_000):
        pass
    assert _people(master.path) == 0
    assert dialog.tree.topLevelItem(0).text(1) == "Før gendannelse"  # restoring is undoable
    assert "Gendannet" in dialog.status.text()


def test_saying_no_restores_nothing(qtbot, master, monkeypatch):
    backups.back_up(master, "manual")
    master.create("person", name="Mette")
    dialog = _dialog(qtbot, master.path)
    dialog.tree.topLevelItem(0).setSelected(True)
    monkeypatch.setattr(dialog, "confirm", lambda info: False)
    dialog.restore_selected()
    assert "Gendanner" not in dialog.status.text()
    assert dialog.pending == 0  # no restore started
    assert _people(master.path) == 1


def test_a_damaged_backup_is_refused_with_a_message(qtbot, master):
    info = backups.back_up(master, "manual")
    info.path.write_bytes(b"x" * 4096)
    dialog = _dialog(qtbot, master.path)
    assert dialog.tree.topLevelItem(0).text(3) == "–"
    with qtbot.waitSignal(dialog.start_restore(dialog.backups[0]).failed, timeout=10_000):
        pass
    assert "kan ikke bruges" in dialog.status.text()


def test_retranslate_keeps_the_list(qtbot, master):
    backups.back_up(master, "start")
    dialog = _dialog(qtbot, master.path)
    dialog.retranslate()
    assert dialog.tree.topLevelItemCount() == 1
    assert dialog.tree.topLevelItem(0).text(1) == "Ved start"


def test_periodic_backups_start_with_one_and_skip_when_nothing_was_edited(qtbot, master):
    periodic = PeriodicBackups(lambda: master.path, minutes=10)
    with qtbot.waitSignal(periodic.made, timeout=10_000) as made:
        periodic.start()
    assert made.args[0].reason == "start"
    assert periodic.timer.isActive() and periodic.timer.interval() == 600_000
    with (
        qtbot.assertNotEmitted(periodic.made),
        qtbot.waitSignal(periodic.back_up("periodic").done, timeout=10_000),
    ):
        pass
    master.create("person", name="Mette")
    with qtbot.waitSignal(periodic.made, timeout=10_000) as made:
        periodic.timer.timeout.emit()
    assert made.args[0].reason == "periodic" and made.args[0].counts["person"] == 1
    periodic.stop()
    assert not periodic.timer.isActive()


def test_periodic_backups_of_an_in_memory_store_do_nothing(qtbot):
    periodic = PeriodicBackups(lambda: None)
    assert periodic.back_up("periodic") is None


@pytest.mark.parametrize("size", [(860, 480)])
def test_screenshot(qtbot, master, tmp_path, size):
    """Renders the dialog as a user sees it (saved for a look, not compared)."""
    for reason in ("start", "periodic", "merge", "manual"):
        master.create("person", name=f"Person {reason}")
        backups.back_up(master, reason)
    dialog = _dialog(qtbot, master.path)
    dialog.resize(*size)
    dialog.show()
    assert dialog.grab().save(str(tmp_path / "backups_dialog.png"))
