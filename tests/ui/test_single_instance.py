"""One Fieldnotes per database: a second start hands over to the first and writes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QTimer
from PySide6.QtWidgets import QApplication

from fieldnotes.app import run_gui
from fieldnotes.core import backups, lock
from fieldnotes.core.store import Store
from fieldnotes.ui import single_instance
from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.single_instance import SingleInstance, server_name

SECOND_START = (
    "import sys; from pathlib import Path; from fieldnotes.app import run_gui;"
    " sys.exit(run_gui(Path(sys.argv[1])))"
)


def _start_second(db: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-c", SECOND_START, str(db)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


@pytest.fixture
def first(tmp_path: Path):
    instance = SingleInstance(tmp_path / "master.db")
    assert instance.claim()
    yield instance
    instance.close()


def test_the_server_name_follows_the_resolved_database_path(tmp_path):
    assert server_name(tmp_path / "a.db") == server_name(tmp_path / "sub" / ".." / "a.db")
    assert server_name(tmp_path / "a.db") != server_name(tmp_path / "b.db")
    assert len(server_name(tmp_path / "a.db")) < 60  # fits a Unix socket path


def test_a_second_start_hands_over_and_exits_without_writing(qtbot, tmp_path, first):
    db = tmp_path / "master.db"
    with qtbot.waitSignal(first.activated, timeout=30_000):
        second = _start_second(db)
    output, _ = second.communicate(timeout=30)
    assert second.returncode == 0, output
    assert list(tmp_path.iterdir()) == []  # no database, no lock, nothing


def test_an_instance_on_another_database_is_not_disturbed(tmp_path, first):
    other = SingleInstance(tmp_path / "other.db")
    try:
        assert other.claim()
    finally:
        other.close()


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave nothing behind")
def test_a_server_left_by_a_crash_is_taken_over(tmp_path):
    import socket

    instance = SingleInstance(tmp_path / "master.db")
    stale = Path(QDir.tempPath()) / instance.name
    dead = socket.socket(socket.AF_UNIX)
    dead.bind(str(stale))  # a socket file nobody listens on, as a crash leaves it
    dead.close()
    try:
        assert instance.claim()
        assert instance.server is not None and instance.server.isListening()
    finally:
        instance.close()
        stale.unlink(missing_ok=True)


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_first_comes_to_the_front(qtbot, window):
    window.showMinimized()
    single_instance.bring_to_front(window)
    assert not window.isMinimized() and window.isVisible()


def test_a_network_share_gets_a_warning(monkeypatch, tmp_path):
    monkeypatch.setattr(single_instance, "is_network_path", lambda path: True)
    text = single_instance.network_warning(tmp_path / "master.db")
    assert text is not None and "netværksdrev" in text and "master.db" in text
    monkeypatch.setattr(single_instance, "is_network_path", lambda path: False)
    assert single_instance.network_warning(tmp_path / "master.db") is None


def test_run_gui_holds_the_lock_while_open_and_releases_it(qtbot, tmp_path):
    db = tmp_path / "master.db"
    Store.open(db, create=True, member_name="Sekretariatet").close()
    seen: dict[str, bool] = {}

    def look_then_close() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen["window"] = bool(windows)
        seen["held"] = lock.app_holds(db)
        for w in windows:
            w.close()

    QTimer.singleShot(0, look_then_close)
    assert run_gui(db) == 0
    assert seen == {"window": True, "held": True}
    assert not lock.app_holds(db) and not lock.lock_path(db).exists()
    assert [b.reason for b in backups.list_backups(db)] == ["start"]  # a backup at start


def test_run_gui_refuses_a_database_another_process_holds(monkeypatch, tmp_path):
    db = tmp_path / "master.db"
    shown: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.critical", lambda parent, title, text: shown.append(text)
    )
    lock.lock_path(db).write_text(
        f'{{"pid": {os.getppid()}, "host": "{__import__("socket").gethostname()}"}}'
    )
    assert run_gui(db) == 2
    assert "er åben i Fieldnotes" in shown[0]
    assert not db.exists()
