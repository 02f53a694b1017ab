"""Encryption at rest: SQLCipher connections for encrypted files, passphrases in memory only.

Each database is encrypted or not (``fieldnotes encrypt`` / ``decrypt``). A plain file is opened
with Python's ``sqlite3`` exactly as before; an encrypted one with SQLCipher 4 (the
``sqlcipher3`` module: its own SQLite, with FTS5), whose connections behave the same.

Keys: SQLCipher derives a file's key from the passphrase and the 16-byte salt at the start of
the file (PBKDF2-HMAC-SHA512, 256 000 rounds: SQLCipher 4's defaults). This module derives it
the same way, once per salt, and hands SQLCipher the raw key in hex (``x'…'``), so no typed
text is ever put into SQL, the half-second derivation is not repeated for every connection,
and any SQLCipher 4 tool still opens the file with the passphrase alone. A database's backups
and packages reuse its salt, so one derivation opens them all.

The session keyring: a passphrase that opened a file is kept in memory (never on disk, never
in a log or a ``repr``) while the process runs, so connections opened later by path — a
background worker's, a backup's, a package's — find it without it being handed around.

>>> key = unlock(path, "hemmelig sætning")  # doctest: +SKIP
>>> conn = connect(path)  # doctest: +SKIP  (the keyring knows the passphrase now)
"""

from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .errors import StoreError

SQLITE_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
KDF_ITERATIONS = 256_000
KEY_BYTES = 32
#: SQLite's smallest page: an encrypted file is a whole number of pages.
_MIN_PAGE = 512
TRIES = 3
#: The shortest passphrase a new encryption accepts.
MIN_LENGTH = 8

#: Errors from either kind of connection. SQLCipher's classes are its own and join these when
#: SQLCipher is loaded (``_sqlcipher``): it costs start-up time, and none of its errors can
#: come before. Read them as ``cipher.ERRORS`` when catching, not copied at import.
ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,)
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)

#: A plain ``sqlite3.Connection`` or SQLCipher's (the same interface).
Connection = Any

_MESSAGES = {
    "encrypted": (
        "Databasen {path} er krypteret – skriv adgangskoden (eller sæt FIELDNOTES_PASSPHRASE).",
        "The database {path} is encrypted – enter the passphrase (or set FIELDNOTES_PASSPHRASE).",
    ),
    "wrong_passphrase": (
        "Forkert adgangskode til {path}. Intet er ændret.",
        "Wrong passphrase for {path}. Nothing was changed.",
    ),
    "empty_passphrase": (
        "Adgangskoden må ikke være tom.",
        "The passphrase must not be empty.",
    ),
    "too_short": (
        "Adgangskoden skal have mindst {least} tegn; en sætning af flere ord er bedst.",
        "The passphrase needs at least {least} characters; a sentence of several words is best.",
    ),
    "not_encrypted": (
        "Databasen {path} er ikke krypteret.",
        "The database {path} is not encrypted.",
    ),
    "already_encrypted": (
        "Databasen {path} er allerede krypteret (skift adgangskoden med »fieldnotes passphrase«).",
        "The database {path} is already encrypted (change the passphrase with "
        "'fieldnotes passphrase').",
    ),
    "in_use": (
        "Databasen {path} er i brug af en anden forbindelse; prøv igen om lidt. Intet er ændret.",
        "The database {path} is in use by another connection; try again shortly. "
        "Nothing was changed.",
    ),
    "not_verified": (
        "Den omskrevne kopi af {path} svarer ikke til originalen ({detail}); "
        "databasen er ikke ændret.",
        "The rewritten copy of {path} does not match the original ({detail}); "
        "the database was not changed.",
    ),
}


class CipherError(StoreError):
    """An encrypted database that cannot be opened or converted as asked; nothing changed."""

    messages = _MESSAGES


class Passphrase:
    """A passphrase held in memory only; ``repr`` and ``str`` never show it."""

    __slots__ = ("_derived", "_secret")

    def __init__(self, secret: str) -> None:
        if not secret or "\x00" in secret:
            raise CipherError("empty_passphrase")
        self._secret = secret.encode("utf-8")
        self._derived: dict[bytes, bytes] = {}

    @classmethod
    def of(cls, value: Passphrase | str) -> Passphrase:
        return value if isinstance(value, Passphrase) else cls(value)

    def __repr__(self) -> str:
        return "Passphrase(…)"

    __str__ = __repr__

    def same_as(self, other: Passphrase) -> bool:
        return hmac.compare_digest(self._secret, other._secret)

    def key(self, salt: bytes) -> Key:
        """The key for files with ``salt`` (derived once, then remembered)."""
        raw = self._derived.get(salt)
        if raw is None:
            raw = hashlib.pbkdf2_hmac("sha512", self._secret, salt, KDF_ITERATIONS, KEY_BYTES)
            self._derived[salt] = raw
        return Key(self, salt, raw)

    def new_key(self) -> Key:
        """A key with a fresh random salt, for a new database."""
        return self.key(os.urandom(SALT_BYTES))


def new_passphrase(secret: str) -> Passphrase:
    """A passphrase chosen for encrypting: refused when too short to resist guessing."""
    if len(secret) < MIN_LENGTH:
        raise CipherError("too_short", least=MIN_LENGTH)
    return Passphrase(secret)


class Key:
    """What opens one family of files (a database, its backups and packages): a passphrase
    and a salt. ``literal`` is hex only, so it is safe in SQL."""

    __slots__ = ("literal", "passphrase", "salt")

    def __init__(self, passphrase: Passphrase, salt: bytes, raw: bytes) -> None:
        self.passphrase = passphrase
        self.salt = salt
        self.literal = f"x'{raw.hex()}{salt.hex()}'"

    def __repr__(self) -> str:
        return "Key(…)"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Key) and hmac.compare_digest(self.literal, other.literal)

    def __hash__(self) -> int:
        return hash(self.salt)


_keyed_class: type | None = None
_loading = threading.Lock()


def _sqlcipher() -> Any:
    """SQLCipher's module, loaded with the first encrypted (or to be encrypted) file."""
    global ERRORS, DATABASE_ERRORS, _keyed_class
    import sqlcipher3.dbapi2 as sqlcipher

    with _loading:  # one class for every thread: ``key_of`` must know each keyed connection
        if _keyed_class is None:
            ERRORS = (sqlite3.Error, sqlcipher.Error)
            DATABASE_ERRORS = (sqlite3.DatabaseError, sqlcipher.DatabaseError)

            class KeyedConnection(sqlcipher.Connection):  # type: ignore[misc, name-defined]
                """A SQLCipher connection that knows its key, so its copies are keyed alike."""

                key: Key | None = None

            _keyed_class = KeyedConnection
    return sqlcipher


# --- the session keyring -----------------------------------------------------------------------
_keyring: list[Passphrase] = []
_keyring_lock = threading.Lock()
Asker = Callable[[Path, int], str | None]
_asker: Asker | None = None


def remember(passphrase: Passphrase) -> None:
    """Keep ``passphrase`` for this session (in memory only)."""
    with _keyring_lock:
        if not any(p.same_as(passphrase) for p in _keyring):
            _keyring.insert(0, passphrase)


def forget_all() -> None:
    """Forget every passphrase of this session."""
    with _keyring_lock:
        _keyring.clear()


def ask_with(asker: Asker | None) -> None:
    """Who to ask when an encrypted file opens and no remembered passphrase fits:
    ``asker(path, attempt)`` returns the typed passphrase, or None to give up. The command
    line asks on the terminal; the GUI asks in its own dialog before opening."""
    global _asker
    _asker = asker


# --- files -------------------------------------------------------------------------------------
def _head(path: Path) -> tuple[bytes, int]:
    try:
        with path.open("rb") as fh:
            return fh.read(SALT_BYTES), os.fstat(fh.fileno()).st_size
    except OSError:  # missing or unreadable: the caller's own opening words that
        return b"", 0


def is_encrypted(path: Path | str) -> bool:
    """True for a file that looks like an encrypted database: not an SQLite header, and a
    whole number of pages (a text or zip file is almost never that)."""
    head, size = _head(Path(path))
    return size >= _MIN_PAGE and size % _MIN_PAGE == 0 and head != SQLITE_HEADER


def salt_of(path: Path | str) -> bytes:
    return _head(Path(path))[0]


def key_of(conn: object) -> Key | None:
    """The key of a connection made here; None for a plain one."""
    keyed = _keyed_class is not None and isinstance(conn, _keyed_class)
    return getattr(conn, "key", None) if keyed else None


def _uri(path: Path, read_only: bool, immutable: bool) -> str:
    flags = "?mode=ro&immutable=1" if immutable else "?mode=ro" if read_only else ""
    return f"file:{quote(str(path.resolve()))}{flags}"


def _keyed(
    path: Path, key: Key | None, *, read_only: bool = False, immutable: bool = False, timeout: float
) -> Connection:
    """A SQLCipher connection; with ``key`` None it reads and writes plain SQLite."""
    uri = read_only or immutable
    target = _uri(path, read_only, immutable) if uri else str(path)
    sqlcipher = _sqlcipher()
    conn = sqlcipher.connect(target, uri=uri, timeout=timeout, factory=_keyed_class)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not stderr's
    if key is not None:
        conn.execute(f'PRAGMA key = "{key.literal}"')
    conn.key = key
    return conn


def connect(
    path: Path | str,
    *,
    key: Key | None = None,
    read_only: bool = False,
    immutable: bool = False,
    timeout: float = 5.0,
) -> Connection:
    """A connection to the file at ``path``: plain ``sqlite3`` for a plain file, SQLCipher
    for an encrypted one (``key``, or one unlocked from the keyring) and for a new file to
    be keyed with ``key``."""
    path = Path(path)
    if key is None and is_encrypted(path):
        key = unlock(path)
    if key is None:
        if read_only or immutable:
            return sqlite3.connect(_uri(path, read_only, immutable), uri=True, timeout=timeout)
        return sqlite3.connect(str(path), timeout=timeout)
    return _keyed(path, key, read_only=read_only, immutable=immutable, timeout=timeout)


def open_for_export(path: Path | str, key: Key | None) -> Connection:
    """A SQLCipher connection even to a plain file (``key`` None): the only kind that can
    ``sqlcipher_export`` into a file keyed otherwise."""
    return _keyed(Path(path), key, timeout=5)


def _opens(path: Path, key: Key) -> bool:
    """Whether ``key`` decrypts ``path`` (read-only: the file is not touched)."""
    try:
        conn = _keyed(path, key, read_only=True, timeout=2)
    except DATABASE_ERRORS:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DATABASE_ERRORS as exc:
        if "not a database" in str(exc):
            return False
        raise
    finally:
        conn.close()
    return True


def unlock(
    path: Path | str, passphrase: Passphrase | str | None = None, *, shown: Path | None = None
) -> Key:
    """The key that opens the encrypted file at ``path``.

    With ``passphrase``: that one or ``wrong_passphrase``. Without: a remembered one, else
    up to three answers of the asker (see ``ask_with``), else ``encrypted``. A passphrase
    that fits is remembered. The file is only ever read. ``shown`` names the file to the
    asker when ``path`` is a temporary one (a package's content).
    """
    path = Path(path)
    salt = salt_of(path)
    if passphrase is not None:
        given = Passphrase.of(passphrase)
        key = given.key(salt)
        if not _opens(path, key):
            raise CipherError("wrong_passphrase", path=path)
        remember(given)
        return key
    with _keyring_lock:
        known = list(_keyring)
    for candidate in known:
        key = candidate.key(salt)
        if _opens(path, key):
            return key
    tried = False
    for attempt in range(TRIES if _asker else 0):
        typed = _asker(shown or path, attempt) if _asker else None
        if not typed:
            break
        tried = True
        given = Passphrase.of(typed)
        key = given.key(salt)
        if _opens(path, key):
            remember(given)
            return key
    raise CipherError("wrong_passphrase" if tried else "encrypted", path=path)
