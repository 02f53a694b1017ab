"""Turning a database's encryption on or off, or changing its passphrase (no Qt).

The database is rewritten with ``sqlcipher_export`` into a new file beside it, which is checked
against the original (integrity, every table's rows) before it atomically replaces it; a backup
is taken first. Its backups (and migration snapshots) are rewritten the same way, so no plain
copy of an encrypted database stays behind, and none that can no longer be opened after the
encryption is removed. Nobody may have the database open meanwhile: the command line checks
the app's lock, and the rewrite itself refuses a database another connection still uses.

>>> change_encryption(path, "en lang sætning")  # doctest: +SKIP  (encrypt, or re-key)
>>> change_encryption(path, None)  # doctest: +SKIP  (decrypt)
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from . import backups, cipher
from .backups import BackupInfo
from .store import inspect_file, sqlite_error


def change_encryption(
    db_path: Path | str,
    passphrase: cipher.Passphrase | str | None,
    *,
    folder: Path | None = None,
) -> BackupInfo | None:
    """Encrypt the database at ``db_path`` with ``passphrase`` (or re-key it, when it is
    encrypted already), or decrypt it when ``passphrase`` is None; then its backups alike.

    Returns the backup taken first (None for an empty file). Opening an encrypted database
    needs its current passphrase in the session (see ``core.cipher.unlock``).
    """
    db_path = Path(db_path).expanduser().absolute()
    old = cipher.unlock(db_path) if cipher.is_encrypted(db_path) else None
    if old is None and passphrase is None:
        raise cipher.CipherError("not_encrypted", path=db_path)
    inspect_file(db_path, old)  # a Fieldnotes database, readable
    new = None
    if passphrase is not None:
        chosen = cipher.Passphrase.of(passphrase)
        new = chosen.new_key()
    before = backups.back_up_file(db_path, "encryption", folder=folder)
    rewrite(db_path, old, new)
    if new is not None:
        cipher.remember(new.passphrase)
    for info in backups.list_backups(db_path, folder):
        with contextlib.suppress(cipher.CipherError):  # one keyed otherwise stays as it is
            source = cipher.unlock(info.path) if cipher.is_encrypted(info.path) else None
            if source != new:
                rewrite(info.path, source, new)
    return before


def rewrite(path: Path, old: cipher.Key | None, new: cipher.Key | None) -> None:
    """Replace the file at ``path`` (keyed with ``old``) by a copy keyed with ``new``."""
    target = path.with_name(path.name + ".rewriting")
    target.unlink(missing_ok=True)
    try:
        source = cipher.open_for_export(path, old)
        try:
            _leave_wal(source, path)
            app_id, version = (
                source.execute(f"PRAGMA {name}").fetchone()[0]
                for name in ("application_id", "user_version")
            )
            source.execute(
                "ATTACH DATABASE ? AS target KEY ?", [str(target), new.literal if new else ""]
            )
            source.execute("SELECT sqlcipher_export('target')")
            # sqlcipher_export copies tables and rows, not the header fields.
            source.execute(f"PRAGMA target.application_id = {int(app_id)}")
            source.execute(f"PRAGMA target.user_version = {int(version)}")
            source.execute("DETACH DATABASE target")
            expected = _fingerprint(source)
        finally:
            source.close()
        with contextlib.closing(cipher.connect(target, key=new)) as copy:
            found = _fingerprint(copy)
            check = copy.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok" or found != expected:
            detail = check if check != "ok" else "indholdet afviger"
            raise cipher.CipherError("not_verified", path=path, detail=detail)
        os.replace(target, path)
    except cipher.ERRORS as exc:
        raise sqlite_error(exc, path) from exc
    except OSError as exc:
        raise sqlite_error(exc, path) from exc
    finally:
        target.unlink(missing_ok=True)


def _leave_wal(conn: cipher.Connection, path: Path) -> None:
    """Put the file in rollback-journal mode, so its content is all in the file itself.

    SQLite only allows that when no other connection has the file open, which is what the
    swap needs: one that stayed open would go on using (and at its close remove) files by
    the old name."""
    try:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except cipher.ERRORS as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise cipher.CipherError("in_use", path=path) from exc
        raise
    if mode != "delete":
        raise cipher.CipherError("in_use", path=path)


def _fingerprint(conn: cipher.Connection) -> dict[str, object]:
    """The schema and each table's rows as a multiset hash (in any order): two files with
    equal fingerprints hold the same data."""
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE"
            " 'CREATE VIRTUAL TABLE%' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    found: dict[str, object] = {
        "schema": sorted(str(sql) for (sql,) in conn.execute("SELECT sql FROM sqlite_master"))
    }
    for name in tables:
        total, count = 0, 0
        for row in conn.execute(f'SELECT * FROM "{name}"'):
            digest = hashlib.sha256(repr(row).encode("utf-8")).digest()
            total = (total + int.from_bytes(digest, "big")) % (1 << 256)
            count += 1
        found[name] = (count, total)
    return found
