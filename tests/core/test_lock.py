"""One writer at a time: the app's lock file, stale locks, and databases on network shares."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from fieldnotes.core import lock
from fieldnotes.core.lock import LockError, app_holds, is_network_path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "master.db"


def _dead_pid() -> int:
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(child.stdout)


def _write_lock(db: Path, pid: int, host: str | None = None) -> None:
    lock.lock_path(db).write_text(
        json.dumps({"pid": pid, "host": host or socket.gethostname(), "started": "x"})
    )


def test_the_lock_sits_beside_the_database_and_names_this_process(db):
    with lock.hold(db) as path:
        assert path == db.with_name("master.db.fieldnotes-lock")
        assert json.loads(path.read_text())["pid"] == os.getpid()
        assert app_holds(db)
    assert not path.exists() and not app_holds(db)


def test_no_lock_file_means_nobody_holds_it(db):
    assert not app_holds(db)
    lock.refuse_if_held(db)  # no error


def test_a_lock_of_a_process_that_is_gone_is_stale_and_taken_over(db):
    _write_lock(db, _dead_pid())
    assert not app_holds(db)
    lock.acquire(db)
    assert lock.holder(db).pid == os.getpid()
    lock.release(db)


def test_a_live_holder_refuses_writers_with_a_clear_message(db):
    _write_lock(db, os.getppid())  # the process that started the tests is alive
    assert app_holds(db)
    with pytest.raises(LockError) as caught:
        lock.refuse_if_held(db)
    danish = caught.value.message("da")
    assert "er åben i Fieldnotes" in danish and str(os.getppid()) in danish
    assert "is open in Fieldnotes" in caught.value.message("en")
    with pytest.raises(LockError):
        lock.acquire(db)


def test_release_never_removes_another_process_lock(db):
    _write_lock(db, os.getppid())
    lock.release(db)
    assert lock.lock_path(db).exists()


def test_a_lock_from_another_host_counts_as_held(db):
    _write_lock(db, _dead_pid(), host="laptop-i-toget")
    assert app_holds(db)
    with pytest.raises(LockError) as caught:
        lock.refuse_if_held(db)
    assert "laptop-i-toget" in caught.value.message("da")


def test_a_garbled_lock_file_is_stale(db):
    lock.lock_path(db).write_text("{not json")
    assert not app_holds(db)


def test_path_key_is_stable_and_differs_per_file(tmp_path):
    assert lock.path_key(tmp_path / "a.db") == lock.path_key(tmp_path / "." / "a.db")
    assert lock.path_key(tmp_path / "a.db") != lock.path_key(tmp_path / "b.db")


MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
server:/export/home {home} nfs4 rw,relatime,vers=4.2 0 0
//fileserver/task\\040force {share} cifs rw,relatime 0 0
/dev/sdb1 {share}/local\\040disk ext4 rw 0 0
"""


@pytest.fixture
def mounts(tmp_path: Path) -> Path:
    path = tmp_path / "mounts"
    path.write_text(
        MOUNTS.format(
            home=tmp_path / "nfs", share=str(tmp_path / "task force").replace(" ", "\\040")
        )
    )
    return path


def test_databases_on_nfs_and_smb_shares_are_network_paths(tmp_path, mounts):
    assert is_network_path(tmp_path / "nfs" / "master.db", mounts)
    assert is_network_path(tmp_path / "task force" / "noter" / "master.db", mounts)


def test_local_disks_and_a_local_mount_inside_a_share_are_not(tmp_path, mounts):
    assert not is_network_path(tmp_path / "master.db", mounts)
    assert not is_network_path(tmp_path / "task force" / "local disk" / "a.db", mounts)
    assert lock.filesystem_type(tmp_path / "x.db", mounts) == "ext4"


def test_an_unreadable_mounts_table_means_local(tmp_path):
    assert not is_network_path(tmp_path / "master.db", tmp_path / "no-such-mounts")
