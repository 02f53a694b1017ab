"""The store's connection wrapper: what the app uses of sqlite-utils' ``Database``, without
importing sqlite-utils.

Importing sqlite-utils (with dateutil, click and pluggy) takes about as long as starting a bare
Qt window, so the app would start at more than twice that (benchmarks/bench_gui_startup.py).
``execute``, ``query`` and ``atomic`` behave as sqlite-utils' do; anything else (tables,
migrations) is handed to a real sqlite-utils ``Database`` on the same connection, made when
first needed.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

Params = Sequence[Any] | dict[str, Any] | None
#: Statements after which a driver-opened transaction is not committed by ``execute``.
_TRANSACTION_CONTROL = {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"}


def _first_keyword(sql: str) -> str:
    """The statement's first keyword, upper-cased, past blanks, comments and semicolons."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    start = i
    while i < n and (sql[i].isalpha() or sql[i] == "_"):
        i += 1
    return sql[start:i].upper()


def _unique(keys: list[str]) -> list[str]:
    """Column names made unique as sqlite-utils does: later duplicates get ``_2``, ``_3`` …"""
    taken = set(keys)
    if len(taken) == len(keys):
        return keys
    seen: set[str] = set()
    out = []
    for key in keys:
        name, suffix = key, 2
        while name in seen or (name != key and name in taken):
            name, suffix = f"{key}_{suffix}", suffix + 1
        seen.add(name)
        out.append(name)
    return out


class Database:
    """An SQLite connection with sqlite-utils' ``execute``, ``query`` and ``atomic``.

    >>> db = Database(sqlite3.connect(":memory:"))
    >>> list(db.query("SELECT 1 AS one"))
    [{'one': 1}]
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._full: Any = None
        self._savepoints = itertools.count()  # names unique on this connection
        conn.execute("PRAGMA recursive_triggers=on;")

    def execute(self, sql: str, parameters: Params = None) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed at once."""
        was_in_transaction = self.conn.in_transaction
        try:
            if parameters is not None:
                cursor = self.conn.execute(sql, parameters)
            else:
                cursor = self.conn.execute(sql)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and _first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            self.conn.execute("COMMIT")
        return cursor

    def query(self, sql: str, params: Params = None) -> Iterator[dict[str, Any]]:
        """Run a statement that returns rows; each row as a dict."""
        cursor = self.conn.execute(sql, params) if params is not None else self.conn.execute(sql)
        if cursor.description is None:
            raise ValueError("query() can only be used with SQL that returns rows")
        keys = _unique([d[0] for d in cursor.description])
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """A transaction; nested blocks are savepoints."""
        if self.conn.in_transaction:
            savepoint = f"fieldnotes_{next(self._savepoints)}"
            self.conn.execute(f"SAVEPOINT {savepoint};")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint};")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
        else:
            self.conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    raise

    def sqlite_utils(self) -> Any:
        """A full sqlite-utils ``Database`` on this connection (for migrations and tables)."""
        if self._full is None:
            from sqlite_utils import Database as Full

            self._full = Full(self.conn, recursive_triggers=False, execute_plugins=False)
        return self._full

    def __getattr__(self, name: str) -> Any:
        return getattr(self.sqlite_utils(), name)

    def __getitem__(self, name: str) -> Any:
        return self.sqlite_utils()[name]
