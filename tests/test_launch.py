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
