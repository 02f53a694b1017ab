"""The entry point: only window-opening arguments skip the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from fieldnotes.launch import window_database


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], None),
        (["--db", "noter.db"], Path("noter.db")),
        (["--db=ærø.db"], Path("ærø.db")),
        (["--demo"], False),
        (["--db", "noter.db", "info"], False),
        (["info"], False),
        (["--db"], False),
        (["--db", "--help"], False),
        (["--db="], False),
        (["--help"], False),
        (["--version"], False),
    ],
)
def test_only_window_arguments_skip_the_command_line(args, expected):
    assert window_database(args) == expected


def test_other_arguments_reach_the_command_line(tmp_path):
    entry = "from fieldnotes.launch import main; main()"
    shown = subprocess.run(
        [sys.executable, "-c", entry, "--version"], capture_output=True, text=True, check=True
    )
    assert shown.stdout.startswith("fieldnotes ")
    refused = subprocess.run(
        [sys.executable, "-c", entry, "--db", str(tmp_path / "mangler.db"), "info"],
        capture_output=True,
        text=True,
    )
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "mangler.db" in refused.stderr


#: Modules the first window does without: each would cost start-up time (the Word export, the
#: sqlite-utils tables, SQLCipher, the command line, dialogs and the note-taking view).
NOT_AT_START = (
    "docx",
    "lxml",
    "sqlite_utils",
    "sqlcipher3",
    "click",
    "fieldnotes.cli",
    "fieldnotes.ui.backups_dialog",
    "fieldnotes.ui.visit_view",
)

_OPEN_AND_REPORT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

_exec = QApplication.exec
watched = sys.argv[3:]


def _report_loaded(_app=None):
    names = [m for m in watched if m in sys.modules]
    QTimer.singleShot(0, lambda: (print("loaded:", *names), QApplication.instance().quit()))
    return _exec()


QApplication.exec = _report_loaded
sys.argv = ["fieldnotes", "--db", sys.argv[1]]
from fieldnotes.launch import main
main()
"""


def test_the_window_opens_without_the_modules_it_does_not_need(tmp_path):
    from fieldnotes.core.store import Store

    db = tmp_path / "noter.db"
    Store.open(db, create=True, member_name="Anne Holm").close()
    done = subprocess.run(
        [sys.executable, "-c", _OPEN_AND_REPORT, str(db), "--", *NOT_AT_START],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    loaded = next(line for line in done.stdout.splitlines() if line.startswith("loaded:"))
    assert loaded.split()[1:] == []
