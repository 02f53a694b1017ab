"""Backups before a merge: made with SQLite's backup API, restored once, refused kindly."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from fieldnotes.core.export_json import write_json
from fieldnotes.core.store import Store
from fieldnotes.merge.backup import BackupError, back_up, last_backup, restore
from fieldnotes.merge.engine import merge_package
from fieldnotes.merge.package import write_package


def _json(store: Store) -> str:
    out = io.StringIO()
    write_json(store, out)
    return out.getvalue()


@pytest.fixture
def master(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "master.db", create=True, member_name="Sekretariatet")
    store.create("visit", title="Besøg i Ærø", status="done")
    yield store
    store.close()


@pytest.fixture
def package(tmp_path: Path) -> Path:
    member = Store.open(tmp_path / "anne.db", create=True, member_name="Anne Holm")
    visit = member.create("visit", title="Besøg i Høje-Taastrup", status="done")
    member.create("note", visit_id=visit, text="Sprogstøtte – æøå.")
    path = tmp_path / "anne.fieldnotes"
    write_package(member, path)
    member.close()
    return path


def test_a_merge_is_undone_by_restoring_the_backup(tmp_path, master, package):
    folder = tmp_path / "backups"
    before = _json(master)
    backup = back_up(master, folder, packages=(package.name,))
    assert backup.path.parent == folder and backup.packages == ("anne.fieldnotes",)
    merge_package(master, package)
    assert _json(master) != before
    db_path = master.path
    master.close()
    aside = restore(db_path, folder)
    assert aside.is_file()
    reopened = Store.open(db_path)
    try:
        assert _json(reopened) == before
        assert reopened.count("note") == 0
    finally:
        reopened.close()
    assert last_backup(db_path, folder) is None  # undone once


def test_restoring_without_a_backup_is_refused(tmp_path, master):
    with pytest.raises(BackupError) as caught:
        restore(master.path, tmp_path / "backups")
    assert "ingen sikkerhedskopi" in caught.value.message("da")


def test_a_vanished_backup_is_named_and_nothing_changes(tmp_path, master):
    folder = tmp_path / "backups"
    backup = back_up(master, folder)
    backup.path.unlink()
    before = _json(master)
    with pytest.raises(BackupError) as caught:
        restore(master.path, folder)
    assert str(backup.path) in caught.value.message("da")
    assert _json(master) == before


def test_the_latest_backup_is_the_one_restored(tmp_path, master):
    folder = tmp_path / "backups"
    back_up(master, folder)
    master.create("person", name="Mette")
    second = back_up(master, folder)
    assert last_backup(master.path, folder).path == second.path


def test_an_in_memory_store_cannot_be_backed_up(tmp_path):
    with pytest.raises(BackupError):
        back_up(Store.memory(member_name="Anne"), tmp_path)
