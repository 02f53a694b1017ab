"""Erasing a person for good, and finding and redacting their name in note texts.

Both leave a record that travels in packages and carries no readable content: an erasure
(``revisions.ERASED``) and a redaction (``revisions.REDACTED``, see ``core.redaction``).
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import cipher, search_index
from .database import Database
from .redaction import REPLACEMENT, Redaction, scrub_stored
from .revisions import CREATE, ERASED, REDACTED, Revision, derive_row
from .schema import ENTITIES, META_COLUMNS
from .store import Store, sqlite_error


@dataclass(frozen=True)
class Mention:
    """A note whose text names the person (now or in an earlier version), with a little
    context around the first hit."""

    note_id: str
    excerpt: str


def _pattern(name: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in name.split()]
    return re.compile(r"\b" + r"\s+".join(words) + r"\b", re.IGNORECASE)


def _excerpt(pattern: re.Pattern[str], text: str) -> str | None:
    hit = pattern.search(text)
    if not hit:
        return None
    start, end = max(0, hit.start() - 40), hit.end() + 40
    return text[start:end].replace("\n", " ")


def mentions(store: Store, name: str) -> list[Mention]:
    """Notes whose text contains ``name`` (case-insensitive, æ ø å included), in their
    current text or in any earlier version the revision log keeps, deleted notes too."""
    if not name.strip():
        return []
    pattern = _pattern(name)
    found: dict[str, str] = {}
    for note in store.rows("note", include_deleted=True):
        excerpt = _excerpt(pattern, note["text"] or "")
        if excerpt is not None:
            found[note["id"]] = excerpt
    # Earlier versions: a cheap look at the stored JSON first (a newline in it is "\n"; a
    # value written with \u escapes is decoded in full).
    words = [re.escape(w) for w in name.split()]
    loose = re.compile(r"(?:\s|\\[nrt])+".join(words), re.IGNORECASE)
    cursor = store.db.execute(
        "SELECT row_id, field, value FROM revisions WHERE entity = 'note' AND field IN (?, 'text')"
        " ORDER BY id",
        [CREATE],
    )
    for row_id, field, value in cursor:
        if row_id in found or not (loose.search(value) or "\\u" in value):
            continue
        decoded = json.loads(value)
        text = decoded.get("text") if field == CREATE else decoded
        excerpt = _excerpt(pattern, text) if isinstance(text, str) else None
        if excerpt is not None:
            found[row_id] = excerpt
    return [Mention(note_id, excerpt) for note_id, excerpt in sorted(found.items())]


def redact(store: Store, note_id: str, name: str, replacement: str = REPLACEMENT) -> bool:
    """Replace ``name`` in every version of one note's text, and leave a redaction record
    that scrubs it from whatever a later merge brings; True if the name was found.

    The record holds a salted hash of the name, never the name. Not undoable, by design;
    call ``scrub`` afterwards (``redact_everywhere`` does) to clear freed pages too.
    """
    note = store.get("note", note_id)
    if not name.split() or note is None or note["origin"] == ERASED:
        return False
    redaction = Redaction.of(name, replacement)
    store.db.execute("PRAGMA secure_delete = ON")  # rewritten text is overwritten, not freed
    with store.transaction():
        if not scrub_stored(store.db.conn, "revisions", ENTITIES["note"], note_id, [redaction]):
            return False
        store.db.execute(
            "INSERT INTO revisions (id, entity, row_id, field, value, parents, member_id,"
            " origin) VALUES (?, 'note', ?, ?, ?, '', ?, ?)",
            [
                store.clock.tick(),
                note_id,
                REDACTED,
                redaction.to_json(),
                store.member_id,
                store.installation_id,
            ],
        )
        store.rederive("note", [note_id])
        store.audit("redact", f"note {note_id}")
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
    """Every erasure and redaction record in the database file at ``db_path`` (read-only),
    oldest first: what ``apply_erasures`` needs to bring another copy in line."""
    with contextlib.closing(cipher.connect(db_path, read_only=True)) as conn:
        return conn.execute(
            "SELECT id, entity, row_id, field, value, parents, member_id, origin FROM revisions"
            " WHERE field IN (?, ?) ORDER BY id",
            [ERASED, REDACTED],
        ).fetchall()


def apply_erasures(db_path: Path, records: list[tuple[object, ...]]) -> int:
    """Erase and redact, in another database file of the same installation (a backup, a
    restored copy), what the ``records`` erased and redacted; the file is then vacuumed so no
    trace stays in free pages. Works on files of any schema version. Returns how many rows
    were erased or redacted."""
    changed = 0
    with contextlib.closing(cipher.connect(db_path)) as conn:
        conn.execute("PRAGMA secure_delete = ON")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        with conn:
            redacted: dict[tuple[str, str], None] = {}
            for record in records:
                entity, row_id = str(record[1]), str(record[2])
                table = ENTITIES[entity].table
                if table not in tables:
                    continue
                conn.execute(
                    "INSERT OR IGNORE INTO revisions VALUES (?, ?, ?, ?, ?, ?, ?, ?)", record
                )
                if record[3] == REDACTED:
                    redacted[entity, row_id] = None
                    continue
                conn.execute(
                    "DELETE FROM revisions WHERE entity = ? AND row_id = ? AND field != ?",
                    [entity, row_id, ERASED],
                )
                changed += _blank_row(conn, table, row_id, str(record[0]))
                conn.execute(
                    "DELETE FROM conflicts WHERE entity = ? AND row_id = ?", [entity, row_id]
                )
                if "search_keys" in tables:
                    conn.execute(
                        "DELETE FROM search_index WHERE rowid IN (SELECT docid FROM search_keys"
                        " WHERE entity = ? AND row_id = ?)",
                        [entity, row_id],
                    )
            for entity, row_id in redacted:
                changed += _redact_row(conn, entity, row_id)
            if "search_index" in tables:
                search_index.refresh(Database(conn))
                conn.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
        conn.execute("VACUUM")
    return changed


def _redact_row(conn: sqlite3.Connection, entity: str, row_id: str) -> int:
    """Scrub one row's revisions with every redaction the file holds for it, and derive the
    row again from them (only the columns this file's schema has); 1 if anything changed."""
    spec = ENTITIES[entity]
    records = conn.execute(
        "SELECT value FROM revisions WHERE entity = ? AND row_id = ? AND field = ? ORDER BY id",
        [entity, row_id, REDACTED],
    ).fetchall()
    redactions = [Redaction.from_json(value) for (value,) in records]
    if not scrub_stored(conn, "revisions", spec, row_id, redactions):
        return 0
    revisions = [
        Revision(*r)
        for r in conn.execute(
            "SELECT id, entity, row_id, field, value, parents, member_id, origin FROM revisions"
            " WHERE entity = ? AND row_id = ? ORDER BY id",
            [entity, row_id],
        )
    ]
    derived = derive_row(spec, revisions)
    columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{spec.table}")')]
    names = [c for c in columns if c in derived.values]
    quoted = ", ".join(f'"{c}"' for c in names)
    marks = ", ".join("?" for _ in names)
    conn.execute(
        f'INSERT OR REPLACE INTO "{spec.table}" ({quoted}) VALUES ({marks})',
        [derived.values[c] for c in names],
    )
    conn.execute("DELETE FROM conflicts WHERE entity = ? AND row_id = ?", [entity, row_id])
    conn.executemany(
        "INSERT INTO conflicts VALUES (?, ?, ?, ?, ?, ?)",
        [
            (c.entity, c.row_id, c.field, c.kind, c.winner, json.dumps(list(c.losers)))
            for c in derived.conflicts
        ],
    )
    return 1


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
    """Remove erased and redacted content from the live file's free pages, search index and
    journal."""
    store.db.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
    store.db.execute("VACUUM")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def reach_backups(store: Store) -> None:
    """Bring the file and every backup of the database in line with its erasures and
    redactions (after an erasure here, or one received in a merge)."""
    from .backups import list_backups

    scrub(store)
    if store.path is not None:
        records = erasure_records(store.path)
        for backup in list_backups(store.path):
            apply_erasures(backup.path, records)


def erase_everywhere(
    store: Store, person_id: str, *, redact_mentions: bool = False
) -> list[Mention]:
    """Erase a person in the database and in every backup of it; returns the mentions.

    A database that cannot be written raises ``StoreError`` (the transaction rolls back)."""
    with _worded(store):
        found = erase_person(store, person_id, redact_mentions=redact_mentions)
        reach_backups(store)
    return found


def redact_everywhere(store: Store, note_ids: Sequence[str], name: str) -> list[str]:
    """Redact ``name`` in the notes given, in the database and in every backup of it;
    returns the notes it was found in. A database that cannot be written raises
    ``StoreError``, with nothing redacted."""
    with _worded(store):
        with store.transaction():
            changed = [note_id for note_id in note_ids if redact(store, note_id, name)]
        if changed:
            reach_backups(store)
    return changed


@contextlib.contextmanager
def _worded(store: Store) -> Iterator[None]:
    """SQLite's errors (a read-only file, a full disk) as messages for the user, so the app's
    background work can show them like any other ``KnownError``."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        raise sqlite_error(exc, store.path or ":memory:") from exc
