"""Backups before a merge and "undo last merge", with SQLite's backup API (no Qt).

``back_up(store, folder)`` copies the open database page by page (safe while it is in use)
and remembers the copy as the database's last backup; ``restore(db_path, folder)`` writes it
back over the database, which nobody may have open, after keeping the current state aside.

>>> backup = back_up(store, data_dir() / "backups")  # doctest: +SKIP
>>> restore(store.path, data_dir() / "backups")  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path

from ..core import backups
from ..core.errors import KnownError
from ..core.store import Store, sqlite_error

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

    messages = _MESSAGES


@dataclass(frozen=True)
class Backup:
    """The last merge backup of a database: the copy, when it was made, and why."""

    path: Path
    made_at: str
    packages: tuple[str, ...] = ()


def _key(db_path: Path) -> str:
    return str(Path(db_path).expanduser().resolve())


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
    """Copy the database of ``store`` into ``folder`` and remember it as its last backup.

    The copy is an ordinary backup with the reason ``merge`` (``core.backups``), so it is
    listed and rotated with the others; the rotation always keeps the newest merge backup.
    """
    if store.path is None:
        raise BackupError("in_memory")
    folder = Path(folder)
    info = backups.back_up(store, "merge", folder=folder)
    made = info.local_time.replace(tzinfo=None).isoformat(timespec="seconds")
    record = _read_record(folder)
    record[_key(store.path)] = {
        "backup": str(info.path),
        "made_at": made,
        "packages": list(packages),
    }
    try:
        _write_record(folder, record)
    except OSError as exc:
        info.path.unlink(missing_ok=True)
        raise sqlite_error(exc, folder) from exc
    return Backup(info.path, made, packages)


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

    The current state is first kept aside in ``folder`` (a backup with the reason
    ``restore``); returns the path of that copy (of the backup itself if there was no
    database). The backup is forgotten afterwards, so a merge is undone once.
    """
    db_path = Path(db_path).expanduser()
    folder = Path(folder)
    backup = last_backup(db_path, folder)
    if backup is None:
        entry = _read_record(folder).get(_key(db_path))
        if isinstance(entry, dict) and entry.get("backup"):
            raise BackupError("backup_missing", backup=entry["backup"])
        raise BackupError("no_backup", path=db_path)
    aside = backups.restore(db_path, backup.path, folder=folder)
    record = _read_record(folder)
    record.pop(_key(db_path), None)
    with contextlib.suppress(OSError):
        _write_record(folder, record)
    return aside.path if aside is not None else backup.path
