"""Erasing a person for good, and finding where their name still stands in note texts."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from pathlib import Path

from . import cipher
from .revisions import ERASED
from .schema import ENTITIES, META_COLUMNS
from .store import Store

REDACTED = "[slettet]"


@dataclass(frozen=True)
class Mention:
    """A note whose text names the person, with a little context around the first hit."""

    note_id: str
    excerpt: str


def _pattern(name: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in name.split()]
    return re.compile(r"\b" + r"\s+".join(words) + r"\b", re.IGNORECASE)


def mentions(store: Store, name: str) -> list[Mention]:
    """Notes whose text contains ``name`` (case-insensitive, æ ø å included)."""
    if not name.strip():
        return []
    pattern = _pattern(name)
    found = []
    for note in store.rows("note"):
        hit = pattern.search(note["text"] or "")
        if hit:
            start, end = max(0, hit.start() - 40), hit.end() + 40
            found.append(Mention(note["id"], note["text"][start:end].replace("\n", " ")))
    return found


def redact(store: Store, note_id: str, name: str, replacement: str = REDACTED) -> bool:
    """Replace ``name`` in one note's text; True if anything changed."""
    note = store.get("note", note_id)
    text = note["text"] if note else None
    if not text:
        return False
    new = _pattern(name).sub(replacement, text)
    if new == text:
        return False
    store.update("note", note_id, text=new)
    return True


def erase_person(store: Store, person_id: str, *, redact_mentions: bool = False) -> list[Mention]:
    """Erase a person; returns the notes that named them (redacted first if asked)."""
    person = store.get("person", person_id)
    name = person["name"] if person else ""
    found = mentions(store, name) if name else []
    with store.transaction():
        if redact_mentions:
            for mention in found:
                redact(store, mention.note_id, name)
        store.erase("person", person_id)
        store.audit("erase", f"person {person_id}")
    return found


def erasure_records(db_path: Path) -> list[tuple[object, ...]]:
    """Every erasure revision in the database file at ``db_path`` (read-only)."""
    with contextlib.closing(cipher.connect(db_path, read_only=True)) as conn:
        return conn.execute(
            "SELECT id, entity, row_id, field, value, parents, member_id, origin FROM revisions"
            " WHERE field = ? ORDER BY id",
            [ERASED],
        ).fetchall()


def apply_erasures(db_path: Path, records: list[tuple[object, ...]]) -> int:
    """Erase, in another database file of the same installation (a backup, a restored copy),
    every row the ``records`` erased; the file is then vacuumed so no trace stays in free
    pages. Works on files of any schema version. Returns how many rows were erased."""
    erased = 0
    with contextlib.closing(cipher.connect(db_path)) as conn:
        conn.execute("PRAGMA secure_delete = ON")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        with conn:
            for record in records:
                entity, row_id = str(record[1]), str(record[2])
                table = ENTITIES[entity].table
                if table not in tables:
                    continue
                conn.execute(
                    "INSERT OR IGNORE INTO revisions VALUES (?, ?, ?, ?, ?, ?, ?, ?)", record
                )
                conn.execute(
                    "DELETE FROM revisions WHERE entity = ? AND row_id = ? AND field != ?",
                    [entity, row_id, ERASED],
                )
                erased += _blank_row(conn, table, row_id, str(record[0]))
                conn.execute(
                    "DELETE FROM conflicts WHERE entity = ? AND row_id = ?", [entity, row_id]
                )
                if "search_keys" in tables:
                    conn.execute(
                        "DELETE FROM search_index WHERE rowid IN (SELECT docid FROM search_keys"
                        " WHERE entity = ? AND row_id = ?)",
                        [entity, row_id],
                    )
            if "search_index" in tables:
                conn.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
        conn.execute("VACUUM")
    return erased


def _blank_row(conn: cipher.Connection, table: str, row_id: str, erasure: str) -> int:
    columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
    content = [c for c in columns if c not in META_COLUMNS]
    assignments = ", ".join(f'"{c}" = NULL' for c in content)
    cursor = conn.execute(
        f'UPDATE "{table}" SET {assignments}, deleted = 1, origin = ?, created_by = NULL,'
        " updated_by = NULL, created_at = ?, updated_at = ? WHERE id = ?",
        [ERASED, erasure, erasure, row_id],
    )
    return cursor.rowcount


def scrub(store: Store) -> None:
    """Remove erased content from the live file's free pages, search index and journal."""
    store.db.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
    store.db.execute("VACUUM")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def erase_everywhere(
    store: Store, person_id: str, *, redact_mentions: bool = False
) -> list[Mention]:
    """Erase a person in the database and in every backup of it; returns the mentions."""
    from .backups import list_backups

    found = erase_person(store, person_id, redact_mentions=redact_mentions)
    scrub(store)
    if store.path is not None:
        records = erasure_records(store.path)
        for backup in list_backups(store.path):
            apply_erasures(backup.path, records)
    return found
