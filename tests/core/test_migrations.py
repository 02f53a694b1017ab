"""Forward migrations from every earlier schema version, with a snapshot taken first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from fieldnotes.core import migrations, search_index
from fieldnotes.core.store import Store
from fieldnotes.search.engine import search

NAMES = migrations.migration_names()
INSTALLATION = "5b0c1c8e-3f7a-4d7e-9a55-2b1d7c4e9f10"
VISIT = "0c6f3e9a-1b2d-4c5e-8f70-9a1b2c3d4e5f"
REVISION = "1357000000000.00000.5b0c1c8e3f7a"


def _database_at(path: Path, version: int) -> None:
    """A database as an older Fieldnotes left it: the first ``version`` steps applied."""
    db = Database(sqlite3.connect(path), execute_plugins=False)
    stop = NAMES[version] if version < len(NAMES) else None
    migrations.apply(db, stop_before=stop)
    with db.conn:
        db.execute("INSERT INTO meta VALUES ('installation_id', ?)", [INSTALLATION])
        db.execute(
            "INSERT INTO revisions VALUES (?, 'visit', ?, '*', ?, '', NULL, ?)",
            [REVISION, VISIT, '{"title": "Besøg på Ærø", "status": "done"}', INSTALLATION],
        )
        db.execute(
            "INSERT INTO visits (id, title, status, created_at, origin, updated_at)"
            " VALUES (?, 'Besøg på Ærø', 'done', ?, ?, ?)",
            [VISIT, REVISION, INSTALLATION, REVISION],
        )
    db.conn.close()


@pytest.mark.parametrize("version", range(1, len(NAMES)))
def test_every_earlier_version_migrates_forward_after_a_snapshot(
    tmp_path: Path, version: int
) -> None:
    path = tmp_path / "gammel.db"
    _database_at(path, version)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == version
    store = Store.open(path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    assert store.installation_id == INSTALLATION
    assert store.get("visit", VISIT)["title"] == "Besøg på Ærø"
    store.close()
    [snapshot] = tmp_path.glob("gammel.db.pre-v*.bak")
    assert sqlite3.connect(snapshot).execute("PRAGMA user_version").fetchone()[0] == version


def test_a_search_index_in_several_segments_is_merged_into_one_and_finds_the_same(
    tmp_path: Path,
) -> None:
    path = tmp_path / "spredt.db"
    _database_at(path, NAMES.index("0008_search_compact"))
    db = Database(sqlite3.connect(path), execute_plugins=False)
    for title in ("Besøg om tolke", "Besøg om mentorer", "Besøg om brobyggere på Ærø"):
        with db.conn:  # each transaction leaves its own segment
            db.execute("UPDATE visits SET title = ? WHERE id = ?", [title, VISIT])
            search_index.refresh(db)
    assert search_index.segments(db) > 1
    db.conn.close()
    store = Store.open(path)
    assert search_index.segments(store.db) == 1
    assert [hit.row_id for hit in search(store, "brobyggere ærø").hits] == [VISIT]
    assert search(store, "tolke ELLER mentorer").hits == []
    store.close()


def test_an_empty_file_becomes_a_current_database(tmp_path: Path) -> None:
    path = tmp_path / "tom.db"
    path.touch()
    store = Store.open(path, create=True)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    assert store.count("theme") == 7


def test_current_database_opens_without_writing(tmp_path: Path) -> None:
    path = tmp_path / "nu.db"
    Store.open(path, create=True, member_name="Anne").close()
    before = path.read_bytes()
    Store.open(path).close()
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))


def test_steps_are_counted_in_user_version() -> None:
    assert migrations.SCHEMA_VERSION == len(NAMES) >= 2
