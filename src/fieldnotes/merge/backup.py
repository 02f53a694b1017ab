"""Backups before a merge and "undo last merge", with SQLite's backup API (no Qt).

``back_up(store, folder)`` copies the open database page by page (safe while it is in use)
and remembers the copy as the database's last backup; ``restore(db_path, folder)`` writes it
back over the database, which nobody may have open, after keeping the current state aside.

>>> backup = back_up(store, data_dir() / "backups")  # doctest: +SKIP
>>> restore(store.path, data_dir() / "backups")  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from ..core.errors import KnownError, StoreError
from ..core.store import Store, inspect_file, sqlite_error

RECORD_NAME = "last-merge.json"

_MESSAGES = {
    "no_backup": (
        "Der er ingen sikkerhedskopi fra en fletning af {path} at gendanne.",
        "There is no backup from a merge of {path} to restore.",
    ),
    "backup_missing": (
        "Sikkerhedskopien {backup} findes ikke længere; databasen er ikke ændret.",
        "The backup {backup} no longer exists; the database was not changed.",
    ),
    "in_memory": (
        "En database i hukommelsen kan ikke sikkerhedskopieres.",
        "A database in memory cannot be backed up.",
    ),
}


class BackupError(KnownError):
    """No backup to restore, or one that went missing; nothing was changed."""

    def message(self, language: str | None = None) -> str:
        danish, english = _MESSAGES[self.code]
        template = english if (language or self.language) == "en" else danish
        return template.format(**self.params)


@dataclass(frozen=True)
class Backup:
    """The last merge backup of a database: the copy, when it was made, and why."""

    path: Path
    made_at: str
    packages: tuple[str, ...] = ()


def _key(db_path: Path) -> str:
    return str(Path(db_path).expanduser().resolve())


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """Copy ``source`` into the file ``target`` page by page; a failure leaves no file."""
    try:
        with contextlib.closing(sqlite3.connect(str(target))) as copy:
            source.backup(copy)
    except (sqlite3.Error, OSError) as exc:
        target.unlink(missing_ok=True)
        raise sqlite_error(exc, target) from exc


def _read_record(folder: Path) -> dict[str, dict[str, object]]:
    try:
        data = json.loads((folder / RECORD_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_record(folder: Path, record: dict[str, dict[str, object]]) -> None:
    tmp = folder / (RECORD_NAME + ".tmp")
    tmp.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(folder / RECORD_NAME)


def back_up(store: Store, folder: Path, packages: tuple[str, ...] = ()) -> Backup:
    """Copy the database of ``store`` into ``folder`` and remember it as its last backup."""
    if store.path is None:
        raise BackupError("in_memory")
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise sqlite_error(exc, folder) from exc
    target = folder / f"{store.path.stem}-inden-fletning-{_stamp()}.db"
    _copy(store.db.conn, target)
    made = dt.datetime.now().isoformat(timespec="seconds")
    record = _read_record(folder)
    record[_key(store.path)] = {"backup": str(target), "made_at": made, "packages": list(packages)}
    try:
        _write_record(folder, record)
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise sqlite_error(exc, folder) from exc
    return Backup(target, made, packages)


def last_backup(db_path: Path, folder: Path) -> Backup | None:
    """The backup made before the last merge into ``db_path``, if it still exists."""
    entry = _read_record(Path(folder)).get(_key(db_path))
    if not isinstance(entry, dict):
        return None
    path = Path(str(entry.get("backup", "")))
    if not path.is_file():
        return None
    packages = entry.get("packages") or []
    return Backup(
        path,
        str(entry.get("made_at", "")),
        tuple(str(p) for p in packages) if isinstance(packages, list) else (),
    )


def restore(db_path: Path, folder: Path) -> Path:
    """Write the last merge backup back over ``db_path`` (closed by every user of it).

    The current state is first kept aside in ``folder``; returns the path of that copy. The
    backup is forgotten afterwards, so a merge is undone once.
    """
    db_path = Path(db_path).expanduser()
    folder = Path(folder)
    backup = last_backup(db_path, folder)
    if backup is None:
        entry = _read_record(folder).get(_key(db_path))
        if isinstance(entry, dict) and entry.get("backup"):
            raise BackupError("backup_missing", backup=entry["backup"])
        raise BackupError("no_backup", path=db_path)
    inspect_file(backup.path)  # a Fieldnotes database, readable
    aside = folder / f"{db_path.stem}-inden-fortryd-{_stamp()}.db"
    uri = f"file:{quote(str(backup.path.resolve()))}?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(str(db_path), timeout=2)) as current:
            _copy(current, aside)
            with contextlib.closing(sqlite3.connect(uri, uri=True)) as source:
                source.backup(current)
    except StoreError:
        raise
    except (sqlite3.Error, OSError) as exc:
        raise sqlite_error(exc, db_path) from exc
    record = _read_record(folder)
    record.pop(_key(db_path), None)
    with contextlib.suppress(OSError):
        _write_record(folder, record)
    return aside
