"""Keeping the full-text index in step: re-index, in one batch, the rows triggers marked.

Triggers on the entity tables only record which rows changed (``search_dirty``); the store
calls ``refresh`` at the end of every transaction, so local edits, demo data and merges are
indexed before they commit, several times faster than indexing row by row in triggers.

A bulk load (demo data, a first merge, a big import) leaves the index in several segments, and
a search looks each of its words up in every one, so the index is then merged into one; that
costs about 20 µs per indexed row, at most about twice what the batch itself cost. Smaller
batches add small segments, which FTS5 merges as they accumulate (a master grown by many merges
keeps about ten at 50,000 notes, and searches about 10% slower than in one).
"""

from __future__ import annotations

from .database import Database
from .migrations import SEARCH_SOURCES, search_texts

#: A bulk load re-indexes at least this many rows and at least half as many as the index holds.
COMPACT_AFTER = 1_000


def refresh(db: Database) -> int:
    """Re-index every row marked dirty; returns how many rows were marked."""
    marked = db.execute("SELECT count(*) FROM search_dirty").fetchone()[0]
    if not marked:
        return 0
    db.execute(
        "INSERT OR IGNORE INTO search_keys (entity, row_id) SELECT entity, row_id FROM search_dirty"
    )
    db.execute(
        "DELETE FROM search_index WHERE rowid IN (SELECT k.docid FROM search_dirty d"
        " JOIN search_keys k ON k.entity = d.entity AND k.row_id = d.row_id)"
    )
    for entity, (table, title, columns) in SEARCH_SOURCES.items():
        db.execute(
            f"INSERT INTO search_index (rowid, title, body)"
            f" SELECT k.docid, {search_texts('t', title, columns)} FROM search_dirty d"
            f" JOIN search_keys k ON k.entity = d.entity AND k.row_id = d.row_id"
            f' JOIN "{table}" t ON t.id = d.row_id WHERE d.entity = ? AND t.deleted = 0',
            [entity],
        )
    db.execute("DELETE FROM search_dirty")
    if marked >= COMPACT_AFTER:
        keyed = db.execute("SELECT max(docid) FROM search_keys").fetchone()[0] or 0
        if 2 * marked >= keyed:
            compact(db)
    return marked


def compact(db: Database) -> None:
    """Merge the index into one segment (FTS5's ``optimize``; at once when it is one)."""
    db.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")


def segments(db: Database) -> int:
    """How many segments the index is in."""
    return int(db.execute("SELECT count(DISTINCT segid) FROM search_index_idx").fetchone()[0])
