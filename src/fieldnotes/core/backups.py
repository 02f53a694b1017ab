"""Automatic, consistent backups with SQLite's online backup API, kept in rotation (no Qt).

Where: every backup of every database goes into one folder, ``paths.data_dir()/backups/``
(the data folder, as issue 9 asks, and the folder the merge backups have always used, so
they share one listing and one rotation). A file's name says which database, when (UTC) and
why (in Danish, for whoever opens the folder) and when (UTC):
``master-periodisk-1a2b3c4d-20130304-101112-123456Z.db``; ``1a2b3c4d`` is a hash of the
database's resolved path, so two ``fieldnotes.db`` in different folders never mix. A backup is
written to ``….db.part`` and renamed when complete, in rollback-journal mode (one
self-contained file), and read back only through read-only, immutable connections.

Rotation keeps the newest ``KEEP_LAST`` backups, the newest of each (local) day for
``KEEP_DAYS`` days, and the newest merge backup (the one "undo last merge" restores). The
migration snapshots ``Store.open`` writes beside the database (``<name>.pre-v<N>-<time>.bak``)
are listed too, with the reason ``migration``, but never rotated.

>>> info = back_up(store, "manual")  # doctest: +SKIP
>>> [b.reason for b in list_backups(store.path)]  # doctest: +SKIP
['manual', 'start']
>>> restore(store.path, info)  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import os
import re
import shutil
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .. import paths
from . import cipher, migrations
from .erasure import apply_erasures, erasure_records
from .errors import KnownError, StoreError
from .lock import path_key
from .schema import ENTITIES
from .store import SQLITE_HEADER, Store, inspect_file, sqlite_error

# Each reason and the word in the file name; the merge word is the one merge backups had.
FILE_WORDS = {
    "start": "ved-start",
    "periodic": "periodisk",
    "merge": "inden-fletning",
    "migration": "inden-opgradering",
    "manual": "manuel",
    "restore": "inden-gendannelse",
    "encryption": "inden-kryptering",
}
REASONS = tuple(FILE_WORDS)
_REASON_OF = {word: reason for reason, word in FILE_WORDS.items()}
KEEP_LAST = 10
KEEP_DAYS = 30
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"-(?P<word>[a-z-]+)-(?P<key>[0-9a-f]{8})-(?P<stamp>\d{8}-\d{6}-\d{6})Z\.db$")
_SNAPSHOT = re.compile(r"\.pre-v(?P<version>\d+)-(?P<stamp>\d{8}-\d{6})\.bak$")

_MESSAGES = {
    "in_memory": (
        "En database i hukommelsen kan ikke sikkerhedskopieres.",
        "A database in memory cannot be backed up.",
    ),
    "missing": (
        "Sikkerhedskopien {backup} findes ikke; databasen er ikke ændret.",
        "The backup {backup} does not exist; the database was not changed.",
    ),
    "unknown": (
        "Der er ingen sikkerhedskopi »{name}« af {path} (se »fieldnotes backups«).",
        "There is no backup '{name}' of {path} (see 'fieldnotes backups').",
    ),
    "unusable": (
        "Sikkerhedskopien {backup} kan ikke bruges: {detail}. Databasen er ikke ændret.",
        "The backup {backup} cannot be used: {detail}. The database was not changed.",
    ),
    "other_database": (
        "Sikkerhedskopien {backup} er fra en anden database end {path}; den er ikke gendannet.",
        "The backup {backup} is from another database than {path}; it was not restored.",
    ),
}


class BackupError(KnownError):
    """A backup that cannot be made, found or restored; nothing was changed."""

    messages = _MESSAGES


@dataclass(frozen=True)
class BackupInfo:
    """One backup: its file, when it was made (aware, UTC), why, and what it holds.

    ``counts`` are live rows per entity read from the backup (empty if it cannot be read);
    ``schema_version`` is None for the same reason.
    """

    path: Path
    made_at: dt.datetime
    reason: str
    counts: Mapping[str, int] = field(default_factory=dict)
    schema_version: int | None = None
    size: int = 0

    @property
    def local_time(self) -> dt.datetime:
        """``made_at`` in the computer's time zone, for people."""
        return self.made_at.astimezone()


# --- where -----------------------------------------------------------------------------------
def backup_root() -> Path:
    """The folder all backups go into: ``<data folder>/backups``."""
    return paths.data_dir() / "backups"


def _file_name(db_path: Path, reason: str, made: dt.datetime) -> str:
    word = FILE_WORDS[reason]
    return f"{db_path.stem}-{word}-{path_key(db_path)[:8]}-{made.strftime(_STAMP)}Z.db"


def _own_files(db_path: Path, folder: Path) -> Iterator[tuple[Path, dt.datetime, str]]:
    """This database's backups in ``folder``: (file, time, reason), in no order."""
    key = path_key(db_path)[:8]
    pattern = f"{glob.escape(str(folder / db_path.stem))}-*-{key}-*.db"
    for name in glob.glob(pattern):
        path = Path(name)
        found = _NAME.search(path.name)
        if (
            found
            and found["key"] == key
            and found["word"] in _REASON_OF
            and path.name == f"{db_path.stem}{found.group(0)}"
        ):
            made = dt.datetime.strptime(found["stamp"], _STAMP).replace(tzinfo=dt.UTC)
            yield path, made, _REASON_OF[found["word"]]


def _snapshots(db_path: Path) -> Iterator[tuple[Path, dt.datetime, str]]:
    """The migration snapshots ``Store.open`` left beside the database (local time)."""
    pattern = glob.escape(str(db_path.with_name(db_path.name))) + ".pre-v*.bak"
    for name in glob.glob(pattern):
        path = Path(name)
        found = _SNAPSHOT.search(path.name)
        if found and path.name.startswith(db_path.name + ".pre-v"):
            made = dt.datetime.strptime(found["stamp"], "%Y%m%d-%H%M%S").astimezone(dt.UTC)
            yield path, made, "migration"


def _resolve(db_path: Path | str) -> Path:
    return Path(db_path).expanduser().absolute()


# --- reading a backup --------------------------------------------------------------------------
def _read_only(path: Path) -> cipher.Connection:
    """A connection that cannot write and leaves no -wal or -shm file behind; a backup of an
    encrypted database is encrypted too, and opened with the session's key."""
    return cipher.connect(path, immutable=True)


def _facts(path: Path) -> tuple[dict[str, int], int | None, str | None]:
    """(live rows per entity, schema version, installation id) of a backup file."""
    counts: dict[str, int] = {}
    try:
        with contextlib.closing(_read_only(path)) as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            installation = conn.execute(
                "SELECT value FROM meta WHERE key = 'installation_id'"
            ).fetchone()
            for name, spec in ENTITIES.items():
                with contextlib.suppress(*cipher.ERRORS):  # an older schema may lack a table
                    counts[name] = conn.execute(
                        f'SELECT count(*) FROM "{spec.table}" WHERE deleted = 0'
                    ).fetchone()[0]
    except (*cipher.ERRORS, KnownError):
        return {}, None, None
    return counts, version, installation[0] if installation else None


def _clock(conn: cipher.Connection) -> str | None:
    with contextlib.suppress(*cipher.ERRORS):
        row = conn.execute("SELECT value FROM meta WHERE key = 'clock'").fetchone()
        return row[0] if row else None
    return None


def _info(path: Path, made: dt.datetime, reason: str) -> BackupInfo:
    counts, version, _ = _facts(path)
    size = path.stat().st_size if path.exists() else 0
    return BackupInfo(path, made, reason, counts, version, size)


def list_backups(db_path: Path | str, folder: Path | None = None) -> list[BackupInfo]:
    """Every backup of ``db_path``, newest first, with counts read from each (read-only).

    >>> [(b.reason, b.counts["note"]) for b in list_backups("master.db")]  # doctest: +SKIP
    [('periodic', 1204), ('start', 1198)]
    """
    db_path = _resolve(db_path)
    found = [*_own_files(db_path, folder or backup_root()), *_snapshots(db_path)]
    found.sort(key=lambda entry: (entry[1], entry[0].name), reverse=True)
    return [_info(*entry) for entry in found]


def find_backup(db_path: Path | str, name: str, folder: Path | None = None) -> BackupInfo:
    """The backup a person named: a number from ``fieldnotes backups`` (1 = newest), a file
    name from that list, or a path to any backup file."""
    listed = list_backups(db_path, folder)
    if name.isdigit() and 1 <= int(name) <= len(listed):
        return listed[int(name) - 1]
    for info in listed:
        if name in (info.path.name, str(info.path)):
            return info
    path = Path(name).expanduser()
    if path.is_file():
        made = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
        return _info(path, made, "manual")
    raise BackupError("unknown", name=name, path=db_path)


def verify(backup: BackupInfo | Path) -> list[str]:
    """What is wrong with a backup, as Danish lines; an empty list means it can be restored."""
    path = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        return [f"kan ikke læses ({exc.strerror or exc})"]
    if header != SQLITE_HEADER and not cipher.is_encrypted(path):
        return ["er ikke en SQLite-database"]
    problems: list[str] = []
    try:
        with contextlib.closing(_read_only(path)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            problems += [
                f"SQLite: {message}"
                for (message,) in conn.execute("PRAGMA integrity_check")
                if message != "ok"
            ]
            if app_id != migrations.APPLICATION_ID:
                problems.append("er ikke en Fieldnotes-database")
            elif version > migrations.SCHEMA_VERSION:
                problems.append(f"er fra en nyere Fieldnotes (skemaversion {version})")
            elif (
                not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone()
                or not conn.execute("SELECT 1 FROM meta WHERE key = 'installation_id'").fetchone()
            ):
                problems.append("mangler Fieldnotes' installationsoplysninger")
    except cipher.CipherError:
        problems.append("er krypteret med en anden adgangskode end databasen")
    except cipher.ERRORS as exc:
        problems.append(f"SQLite: {exc}")
    return problems


def problems(db_path: Path | str, folder: Path | None = None) -> Iterator[str]:
    """Each problem with the backups of ``db_path``, as one Danish line (for ``check``)."""
    for info in list_backups(db_path, folder):
        for problem in verify(info):
            yield f"Sikkerhedskopien {info.path} {problem}"


# --- making backups ----------------------------------------------------------------------------
def _target(db_path: Path, folder: Path, reason: str) -> tuple[Path, dt.datetime]:
    if reason not in FILE_WORDS:
        raise ValueError(f"unknown backup reason {reason!r}; use one of {REASONS}")
    now = dt.datetime.now(dt.UTC)
    while True:
        target = folder / _file_name(db_path, reason, now)
        if not target.exists():
            return target, now
        now += dt.timedelta(microseconds=1)


def _write(
    source: cipher.Connection, db_path: Path, reason: str, folder: Path, *, rotate_after: bool
) -> BackupInfo:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise sqlite_error(exc, folder) from exc
    target, made = _target(db_path, folder, reason)
    part = target.with_name(target.name + ".part")
    try:
        # Keyed like the source: a backup of an encrypted database is encrypted alike.
        with contextlib.closing(cipher.connect(part, key=cipher.key_of(source))) as copy:
            source.backup(copy)  # one step: a consistent snapshot, even while others write
            copy.execute("PRAGMA journal_mode = DELETE")
        os.replace(part, target)
    except (*cipher.ERRORS, OSError) as exc:
        part.unlink(missing_ok=True)
        raise sqlite_error(exc, target) from exc
    if rotate_after:
        rotate(db_path, folder)
    return _info(target, made, reason)


def back_up(store: Store, reason: str, *, folder: Path | None = None) -> BackupInfo:
    """Copy the open database of ``store`` into the backup folder, then rotate.

    >>> back_up(store, "manual").path.name  # doctest: +SKIP
    'master-manuel-1a2b3c4d-20130304-101112-123456Z.db'
    """
    if store.path is None:
        raise BackupError("in_memory")
    db_path = _resolve(store.path)
    return _write(store.db.conn, db_path, reason, folder or backup_root(), rotate_after=True)


def back_up_file(
    db_path: Path | str,
    reason: str,
    *,
    folder: Path | None = None,
    skip_unchanged: bool = False,
) -> BackupInfo | None:
    """Back up the database file at ``db_path`` through a connection of its own (for
    background threads and the command line); never changes the database.

    With ``skip_unchanged``, returns None instead when nothing was edited since the newest
    backup (its clock value is the database's).
    """
    db_path = _resolve(db_path)
    if not db_path.is_file():
        raise StoreError("no_database", path=db_path)
    inspect_file(db_path)  # a Fieldnotes database, readable
    folder = folder or backup_root()
    try:
        with contextlib.closing(cipher.connect(db_path, timeout=5)) as conn:
            if skip_unchanged and _unchanged(conn, db_path, folder):
                return None
            return _write(conn, db_path, reason, folder, rotate_after=True)
    except cipher.ERRORS as exc:
        raise sqlite_error(exc, db_path) from exc


def _unchanged(conn: cipher.Connection, db_path: Path, folder: Path) -> bool:
    newest = max(_own_files(db_path, folder), key=lambda entry: entry[1], default=None)
    if newest is None:
        return False
    try:
        with contextlib.closing(_read_only(newest[0])) as old:
            before = _clock(old)
    except (*cipher.ERRORS, KnownError):
        return False
    return before is not None and before == _clock(conn)


def rotate(
    db_path: Path | str,
    folder: Path | None = None,
    *,
    keep_last: int = KEEP_LAST,
    keep_days: int = KEEP_DAYS,
    now: dt.datetime | None = None,
) -> list[Path]:
    """Delete the backups of ``db_path`` that the rotation no longer keeps; returns them.

    Kept: the newest ``keep_last``, the newest of each local day in the last ``keep_days``
    days, and the newest merge backup. Migration snapshots are never touched.
    """
    db_path = _resolve(db_path)
    folder = folder or backup_root()
    found = sorted(_own_files(db_path, folder), key=lambda e: (e[1], e[0].name), reverse=True)
    today = (now or dt.datetime.now(dt.UTC)).astimezone().date()
    keep = {path for path, _, _ in found[:keep_last]}
    days: set[dt.date] = set()
    for path, made, _ in found:
        day = made.astimezone().date()
        if (today - day).days < keep_days and day not in days:
            days.add(day)
            keep.add(path)
    keep.update(next(([p] for p, _, reason in found if reason == "merge"), []))
    removed = []
    for path, _, _ in found:
        if path not in keep:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


# --- restoring ---------------------------------------------------------------------------------
def restore(
    db_path: Path | str, backup: BackupInfo | Path, *, folder: Path | None = None
) -> BackupInfo | None:
    """Put ``backup`` in place of the database at ``db_path``; nobody may be writing to it.

    The current state is backed up first (reason ``restore``), so restoring is undone by
    restoring that backup, which is returned (None if there was no database to keep).
    Refuses, without changing anything, a damaged backup or one of another installation.
    """
    db_path = _resolve(db_path)
    source = backup.path if isinstance(backup, BackupInfo) else Path(backup).expanduser()
    if not source.is_file():
        raise BackupError("missing", backup=source)
    found = verify(source)
    if found:
        raise BackupError("unusable", backup=source, detail=found[0])
    folder = folder or backup_root()
    current = _installation(db_path)
    wanted = _facts(source)[2]
    if current is not None and wanted != current:
        raise BackupError("other_database", backup=source, path=db_path)
    erasures = _erasures_of(db_path)
    before = _keep_current(db_path, folder)
    try:
        _copy_into(source, db_path)
        if erasures:  # an erased person never comes back through an older copy
            apply_erasures(db_path, erasures)
    except (*cipher.ERRORS, OSError) as exc:
        raise sqlite_error(exc, db_path) from exc
    return before


def _erasures_of(db_path: Path) -> list[tuple[object, ...]]:
    """The erasures the database holds now; none if it is missing or too damaged to read."""
    try:
        return erasure_records(db_path) if db_path.is_file() else []
    except (*cipher.ERRORS, KnownError):
        return []


def _installation(db_path: Path) -> str | None:
    """The installation id of the current database, None if it is missing or unreadable."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    try:
        with contextlib.closing(cipher.connect(db_path, timeout=5)) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'installation_id'").fetchone()
    except (*cipher.ERRORS, KnownError):
        return None
    return row[0] if row else None


def _keep_current(db_path: Path, folder: Path) -> BackupInfo | None:
    """Back up the database about to be replaced; a damaged one is copied as it is."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    try:
        with contextlib.closing(cipher.connect(db_path, timeout=5)) as conn:
            # No rotation here: it could delete the very backup about to be restored.
            return _write(conn, db_path, "restore", folder, rotate_after=False)
    except KnownError as exc:  # unreadable (damaged, or encrypted with an unknown key)
        if getattr(exc, "code", "") not in ("damaged", "encrypted"):
            raise
    target, made = _target(db_path, folder, "restore")
    shutil.copyfile(db_path, target)
    return _info(target, made, "restore")


def _copy_into(source: Path, db_path: Path) -> None:
    """Write ``source`` over ``db_path`` page by page (other connections see the new
    content); a damaged or missing database file, or one encrypted otherwise than the
    backup, is replaced as a whole instead."""
    try:
        with (
            contextlib.closing(_read_only(source)) as src,
            contextlib.closing(cipher.connect(db_path, timeout=5)) as dest,
        ):
            if _installation(db_path) is not None and cipher.key_of(src) == cipher.key_of(dest):
                src.backup(dest)
                return
    except cipher.CipherError:
        pass
    except cipher.DATABASE_ERRORS as exc:
        if "not a database" not in str(exc) and "malformed" not in str(exc):
            raise
    db_path.parent.mkdir(parents=True, exist_ok=True)
    part = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(source, part)
    for extra in ("-wal", "-shm", "-journal"):
        db_path.with_name(db_path.name + extra).unlink(missing_ok=True)
    os.replace(part, db_path)
