"""Keeping the full-text index in step: re-index, in one batch, the rows triggers marked.

Triggers on the entity tables only record which rows changed (``search_dirty``); the store
calls ``refresh`` at the end of every transaction, so local edits, demo data and merges are
indexed before they commit, several times faster than indexing row by row in triggers.
"""

from __future__ import annotations

from .database import Database
from .migrations import SEARCH_SOURCES, search_texts


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
    return marked
