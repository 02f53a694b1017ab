"""Automatic backups: consistent copies, listed with counts, rotated, verified, restored."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from fieldnotes import paths
from fieldnotes.core import backups, lock
from fieldnotes.core.backups import BackupError, back_up, back_up_file, list_backups, restore
from fieldnotes.core.store import Store


@pytest.fixture
def master(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "master.db", create=True, member_name="Sekretariatet")
    store.create("visit", title="Besøg i Ærø", status="done")
    yield store
    store.close()


def _forge(db_path: Path, info: backups.BackupInfo, when: dt.datetime, reason: str) -> Path:
    """A copy of ``info`` named as if made at ``when`` (UTC) for ``reason``."""
    word = backups.FILE_WORDS[reason]
    key = lock.path_key(db_path)[:8]
    name = f"{db_path.stem}-{word}-{key}-{when.strftime('%Y%m%d-%H%M%S-%f')}Z.db"
    target = info.path.with_name(name)
    shutil.copyfile(info.path, target)
    return target


def test_a_backup_lands_in_the_data_folder_and_lists_time_reason_and_counts(master):
    info = back_up(master, "manual")
    assert info.path.parent == paths.data_dir() / "backups"
    assert info.path.name.startswith("master-manuel-") and info.path.name.endswith("Z.db")
    listed = list_backups(master.path)
    assert [b.path for b in listed] == [info.path]
    assert listed[0].reason == "manual"
    assert listed[0].counts["visit"] == 1 and listed[0].counts["actor"] == 98
    assert abs(listed[0].made_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)


def test_a_backup_is_one_self_contained_file_and_reading_it_leaves_nothing_behind(master):
    info = back_up(master, "start")
    list_backups(master.path)
    backups.verify(info)
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]


def test_backups_of_two_databases_with_the_same_name_do_not_mix(tmp_path, master):
    other = Store.open(tmp_path / "elsewhere" / "master.db", create=True, member_name="Bo")
    try:
        back_up(master, "manual")
        back_up(other, "manual")
        assert len(list_backups(master.path)) == len(list_backups(other.path)) == 1
        assert list_backups(master.path)[0].path != list_backups(other.path)[0].path
    finally:
        other.close()


def test_a_merge_backup_keeps_the_name_merge_backups_always_had(master):
    assert back_up(master, "merge").path.name.startswith("master-inden-fletning-")
    assert list_backups(master.path)[0].reason == "merge"


def test_files_of_other_databases_and_strays_are_not_listed(tmp_path, master):
    info = back_up(master, "manual")
    for stray in ("master-manuel-00000000-20130304-101112-123456Z.db", "master-x.db"):
        shutil.copyfile(info.path, info.path.with_name(stray))
    assert [b.path for b in list_backups(master.path)] == [info.path]


def test_an_unknown_reason_is_a_bug(master):
    with pytest.raises(ValueError):
        back_up(master, "whim")


def test_an_in_memory_store_is_refused_kindly():
    with pytest.raises(BackupError) as caught:
        back_up(Store.memory(member_name="Anne"), "manual")
    assert "hukommelsen" in caught.value.message("da")
    assert "memory" in caught.value.message("en")


def test_back_up_file_skips_when_nothing_was_edited_since_the_newest_backup(master):
    first = back_up_file(master.path, "start", skip_unchanged=True)
    assert first is not None
    assert back_up_file(master.path, "periodic", skip_unchanged=True) is None
    master.create("person", name="Mette")
    again = back_up_file(master.path, "periodic", skip_unchanged=True)
    assert again is not None and again.counts["person"] == 1


def test_back_up_file_never_backs_up_a_foreign_file(tmp_path):
    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(Exception) as caught:
        back_up_file(foreign, "manual")
    assert "andet program" in caught.value.message("da")
    assert not (paths.data_dir() / "backups").exists()


def test_rotation_keeps_the_last_ten_one_per_day_for_thirty_days_and_the_last_merge(master):
    info = back_up(master, "manual")
    now = dt.datetime(2013, 3, 31, 12, tzinfo=dt.UTC)
    merge = _forge(master.path, info, now - dt.timedelta(days=60), "merge")
    old = [
        _forge(master.path, info, now - dt.timedelta(days=d, hours=1), "start")
        for d in range(1, 40)
    ]
    same_day = [
        _forge(master.path, info, now - dt.timedelta(minutes=m), "periodic") for m in range(1, 15)
    ]
    info.path.unlink()
    removed = set(backups.rotate(master.path, now=now))
    kept = {p for p in (merge, *old, *same_day) if p.exists()}
    assert merge in kept
    assert set(same_day[:10]) <= kept  # the ten newest
    assert not set(same_day[10:-1]) & kept  # older same-day copies go, but the day's newest
    assert old[0] in kept and old[28] in kept  # one per day for 30 days
    assert not set(old[30:]) & kept
    assert removed and not removed & kept


def test_making_many_backups_keeps_at_most_ten_from_today(master):
    for _ in range(13):
        back_up(master, "periodic")
    assert len(list_backups(master.path)) == 10


def test_verify_names_damage_and_foreign_files(tmp_path, master):
    good = back_up(master, "manual")
    assert backups.verify(good) == []
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not at all sqlite" * 100)
    assert backups.verify(garbage) == ["er ikke en SQLite-database"]
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    assert backups.verify(foreign) == ["er ikke en Fieldnotes-database"]
    torn = tmp_path / "torn.db"
    data = good.path.read_bytes()
    torn.write_bytes(data[:4096] + b"\x00" * 4096 + data[8192:])
    assert backups.verify(torn)
    assert backups.verify(tmp_path / "gone.db")[0].startswith("kan ikke læses")


def test_problems_reports_each_damaged_backup_on_one_line(master):
    good = back_up(master, "manual")
    bad = _forge(master.path, good, dt.datetime.now(dt.UTC) - dt.timedelta(hours=1), "start")
    bad.write_bytes(b"x" * 1000)
    found = list(backups.problems(master.path))
    assert found == [f"Sikkerhedskopien {bad} er ikke en SQLite-database"]


def test_restore_puts_the_backup_back_and_is_itself_undoable(master):
    db_path = master.path
    before = back_up(master, "manual")
    master.create("person", name="Mette Frederiksen")
    master.close()
    undo = restore(db_path, before)
    assert undo is not None and undo.reason == "restore" and undo.counts["person"] == 1
    store = Store.open(db_path)
    try:
        assert store.count("person") == 0 and store.count("visit") == 1
    finally:
        store.close()
    restore(db_path, undo)
    store = Store.open(db_path)
    try:
        assert store.count("person") == 1
    finally:
        store.close()


def test_restore_reaches_a_store_that_is_still_open_once_reopened(master):
    before = back_up(master, "manual")
    master.create("person", name="Mette")
    restore(master.path, before)
    reopened = Store.open(master.path)
    try:
        assert reopened.count("person") == 0
    finally:
        reopened.close()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(master):
    good = back_up(master, "manual")
    good.path.write_bytes(b"y" * 2000)
    master.create("person", name="Mette")
    with pytest.raises(BackupError) as caught:
        restore(master.path, good)
    assert "kan ikke bruges" in caught.value.message("da")
    assert master.count("person") == 1
    assert len(list_backups(master.path)) == 1  # no restore-backup made


def test_restore_refuses_a_backup_of_another_installation(tmp_path, master):
    other = Store.open(tmp_path / "anne.db", create=True, member_name="Anne")
    theirs = back_up(other, "manual")
    other.close()
    with pytest.raises(BackupError) as caught:
        restore(master.path, theirs)
    assert "anden database" in caught.value.message("da")


def test_restore_replaces_a_damaged_or_missing_database(tmp_path, master):
    db_path = master.path
    good = back_up(master, "manual")
    master.close()
    for extra in ("-wal", "-shm"):
        db_path.with_name(db_path.name + extra).unlink(missing_ok=True)
    db_path.write_bytes(b"z" * 8192)
    undo = restore(db_path, good)
    assert undo is not None and undo.path.read_bytes() == b"z" * 8192
    db_path.unlink()
    assert restore(db_path, good) is None
    store = Store.open(db_path)
    try:
        assert store.count("visit") == 1
    finally:
        store.close()


def test_a_restore_does_not_rotate_away_the_backup_it_restores(master):
    for _ in range(10):
        back_up(master, "periodic")
    oldest = list_backups(master.path)[-1]
    restore(master.path, oldest)
    assert oldest.path.exists()


def test_migration_snapshots_are_listed_but_never_rotated(master):
    info = back_up(master, "manual")
    snapshot = master.path.with_name(f"{master.path.name}.pre-v3-20120101-101010.bak")
    shutil.copyfile(info.path, snapshot)
    listed = list_backups(master.path)
    assert [b.reason for b in listed] == ["manual", "migration"]
    assert listed[1].made_at.year == 2012
    backups.rotate(master.path, keep_last=0, keep_days=0)
    assert snapshot.exists() and not info.path.exists()


def test_find_backup_by_number_name_or_path(tmp_path, master):
    first = back_up(master, "start")
    second = back_up(master, "manual")
    assert backups.find_backup(master.path, "1").path == second.path
    assert backups.find_backup(master.path, first.path.name).path == first.path
    loose = tmp_path / "kopi.db"
    shutil.copyfile(first.path, loose)
    assert backups.find_backup(master.path, str(loose)).path == loose
    with pytest.raises(BackupError) as caught:
        backups.find_backup(master.path, "7")
    assert "fieldnotes backups" in caught.value.message("da")
