"""``fieldnotes backup``, ``backups`` and ``restore``, typed as a user would."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from fieldnotes.cli import cli
from fieldnotes.core import backups, lock
from fieldnotes.core.store import Store


def run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "noter.db"
    store = Store.open(path, create=True, member_name="Anne Ærbø")
    store.create("visit", title="Besøg i Ærø", status="done")
    store.close()
    return path


def _add_person(db: Path, name: str) -> None:
    store = Store.open(db)
    store.create("person", name=name)
    store.close()


def _people(db: Path) -> int:
    store = Store.open(db)
    try:
        return store.count("person")
    finally:
        store.close()


@pytest.mark.parametrize("command", ["backup", "backups", "restore"])
def test_help_has_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert any(line.strip().startswith("Eksempel") for line in result.output.splitlines())


def test_backup_then_list(db: Path) -> None:
    made = run("backup", "--db", str(db))
    assert made.exit_code == 0, made.output
    assert "Sikkerhedskopi gemt" in made.output and "1 besøg" in made.output
    listed = run("backups", "--db", str(db))
    assert listed.exit_code == 0
    first = listed.output.splitlines()[0]
    assert first.split()[0] == "1" and "manuel" in first and "noter-manuel-" in first
    assert "1 sikkerhedskopier" in listed.output


def test_restore_by_number_is_undoable_by_restoring_the_copy_it_made(db: Path) -> None:
    run("backup", "--db", str(db))
    _add_person(db, "Mette")
    result = run("restore", "--db", str(db), "1", "--yes")
    assert result.exit_code == 0, result.output
    assert "Gendannet" in result.output and "for at fortryde" in result.output
    assert _people(db) == 0
    newest = backups.list_backups(db)[0]
    assert newest.reason == "restore"
    assert run("restore", "--db", str(db), newest.path.name, "--yes").exit_code == 0
    assert _people(db) == 1


def test_restore_asks_first_and_a_no_changes_nothing(db: Path) -> None:
    run("backup", "--db", str(db))
    _add_person(db, "Mette")
    result = run("restore", "--db", str(db), "1", input="n\n")
    assert result.exit_code == 2
    assert "Erstat" in result.output
    assert _people(db) == 1


def test_an_unknown_backup_is_one_line_and_exit_2(db: Path) -> None:
    result = CliRunner().invoke(cli, ["restore", "--db", str(db), "9", "--yes"])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0
    assert result.output.startswith("fieldnotes: Der er ingen sikkerhedskopi »9«")


def test_restore_is_refused_while_the_app_holds_the_database(db: Path) -> None:
    run("backup", "--db", str(db))
    lock.lock_path(db).write_text(
        json.dumps({"pid": os.getppid(), "host": socket.gethostname(), "started": "x"})
    )
    _add_person(db, "Mette")
    result = CliRunner().invoke(cli, ["restore", "--db", str(db), "1", "--yes"])
    assert result.exit_code == 2
    assert "er åben i Fieldnotes" in result.output
    assert _people(db) == 1


def test_backing_up_a_missing_database_is_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["backup", "--db", str(tmp_path / "ingen.db")])
    assert result.exit_code == 2
    assert "Der findes ingen database" in result.output
