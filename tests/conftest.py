"""Test-wide safety: Qt offscreen, and no test ever touches the real user's folders."""

from __future__ import annotations

import os

import pytest

from fieldnotes.core import cipher

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def private_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point platformdirs (XDG) and FIELDNOTES_DB away from the user's data."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("FIELDNOTES_DB", raising=False)
    return home


@pytest.fixture(autouse=True)
def no_remembered_passphrases():
    """Each test starts with an empty session keyring (passphrases live in memory only)."""
    cipher.forget_all()
    yield
    cipher.forget_all()
