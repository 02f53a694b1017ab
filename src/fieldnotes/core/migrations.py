"""Schema steps, applied in order by sqlite-utils' ``Migrations``; ``user_version`` counts them.

Never edit a released step: add a new one. ``tests/core/test_migrations.py`` builds a database
at every earlier version and migrates it forward. sqlite-utils is imported only when a
database needs migrating: opening a current one (every start of the app) does without it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import database
from .schema import ENTITIES, Field

if TYPE_CHECKING:
    from sqlite_utils import Database

#: ``PRAGMA application_id`` of every Fieldnotes database ("FNOT"), to recognise foreign files.
APPLICATION_ID = 0x464E4F54

_STEPS: list[tuple[str, Callable[[Database], None]]] = []
_STEP_NAMES: list[str] = []


def _step(name: str) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    def register(fn: Callable[[Database], None]) -> Callable[[Database], None]:
        _STEPS.append((name, fn))
        _STEP_NAMES.append(name)
        return fn

    return register


def _migrations() -> Any:
    """sqlite-utils' ``Migrations`` with every step, made when a database needs them."""
    from sqlite_utils.migrations import Migrations

    steps = Migrations("fieldnotes")
    for name, fn in _STEPS:
        steps(name=name)(fn)
    return steps


def _column_sql(f: Field) -> str:
    return f'"{f.name}" {f.sql_type}' + (
        f' REFERENCES "{ENTITIES[f.ref].table}"(id)' if f.ref else ""
    )


def _entity_table_sql(name: str) -> str:
    """The table as step 0001 made it: later fields are added by their own step."""
    entity = ENTITIES[name]
    columns = [
        "id TEXT PRIMARY KEY NOT NULL",
        *(_column_sql(f) for f in entity.fields if f.since == 1),
        "created_by TEXT",
        "created_at TEXT NOT NULL",
        "origin TEXT NOT NULL",
        "updated_by TEXT",
        "updated_at TEXT NOT NULL",
        "deleted INTEGER NOT NULL DEFAULT 0",
    ]
    return f'CREATE TABLE "{entity.table}" (\n  ' + ",\n  ".join(columns) + "\n)"


@_step("0001_initial")
def initial(db: Database) -> None:
    """Revision log, derived entity tables, conflicts and installation facts."""
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)")
    db.execute(
        """CREATE TABLE revisions (
          id TEXT PRIMARY KEY NOT NULL,
          entity TEXT NOT NULL,
          row_id TEXT NOT NULL,
          field TEXT NOT NULL,
          value TEXT NOT NULL,
          parents TEXT NOT NULL DEFAULT '',
          member_id TEXT,
          origin TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX revisions_by_row ON revisions(entity, row_id)")
    db.execute(
        """CREATE TABLE conflicts (
          entity TEXT NOT NULL,
          row_id TEXT NOT NULL,
          field TEXT NOT NULL,
          kind TEXT NOT NULL,
          winner TEXT NOT NULL,
          losers TEXT NOT NULL,
          PRIMARY KEY (entity, row_id, field)
        ) WITHOUT ROWID"""
    )
    for name in ENTITIES:
        db.execute(_entity_table_sql(name))
        for field in ENTITIES[name].fields:
            if field.kind == "ref":
                table = ENTITIES[name].table
                db.execute(f'CREATE INDEX "{table}_by_{field.name}" ON "{table}"("{field.name}")')
    db.execute("CREATE INDEX links_by_kind ON links(kind, source_id, target_id)")
    db.execute("CREATE INDEX links_by_target ON links(kind, target_id)")


@_step("0002_note_order")
def note_order(db: Database) -> None:
    """Notes are always listed per visit in the interviewer's order."""
    db.execute("CREATE INDEX notes_in_order ON notes(visit_id, position)")


@_step("0003_merge_log")
def merge_log(db: Database) -> None:
    """Which packages were merged, and which items each one brought (provenance)."""
    db.execute(
        """CREATE TABLE merges (
          id INTEGER PRIMARY KEY,
          sha256 TEXT NOT NULL,
          file_name TEXT NOT NULL,
          manifest TEXT NOT NULL,
          merged_at TEXT NOT NULL,
          merged_by TEXT,
          summary TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX merges_by_sha256 ON merges(sha256)")
    db.execute(
        """CREATE TABLE merge_items (
          merge_id INTEGER NOT NULL REFERENCES merges(id),
          entity TEXT NOT NULL,
          row_id TEXT NOT NULL,
          effect TEXT NOT NULL,
          PRIMARY KEY (entity, row_id, merge_id)
        ) WITHOUT ROWID"""
    )


#: What step 0004 indexes, frozen here (not read from ``schema.py``) so the step never changes:
#: entity → (table, title column or None, body columns).
SEARCH_SOURCES: dict[str, tuple[str, str | None, tuple[str, ...]]] = {
    "visit": ("visits", "title", ("place", "summary")),
    "note": ("notes", None, ("text",)),
    "person": ("people", "name", ("role", "organisation")),
    "method": ("methods", "title", ("description", "target_group", "results", "spreading")),
    "idea": ("ideas", "title", ("description", "carried_by", "sources")),
    "hearing_input": ("hearing_inputs", "stakeholder", ("problems", "suggestions")),
}


def search_texts(row: str, title: str | None, columns: tuple[str, ...]) -> str:
    """SQL for the indexed ``title, body`` of ``row`` (NEW, OLD or a table alias)."""
    body = " || char(10) || char(10) || ".join(f"coalesce({row}.\"{c}\", '')" for c in columns)
    head = f'{row}."{title}"' if title else "NULL"
    return f"{head}, trim({body}, char(10))"


@_step("0004_search")
def search(db: Database) -> None:
    """Full-text search (FTS5) over visits, notes, people, methods, ideas and hearing inputs,
    kept in step through ``search_dirty`` (filled by triggers, emptied by
    ``core.search_index.refresh`` at the end of every store transaction); saved searches;
    covering indexes for the overviews.

    ``search_keys`` gives every searchable row a stable FTS rowid (``docid``): the entity tables
    are rewritten with ``INSERT OR REPLACE``, which changes their own rowids. ``unicode61
    remove_diacritics 0`` folds case (Æ/æ too) but keeps å apart from a ("far" ≠ "får").
    """
    db.execute(
        """CREATE TABLE search_keys (
          docid INTEGER PRIMARY KEY,
          entity TEXT NOT NULL,
          row_id TEXT NOT NULL,
          UNIQUE (entity, row_id)
        )"""
    )
    db.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 0')"
    )
    db.execute(
        "CREATE TABLE search_dirty (entity TEXT NOT NULL, row_id TEXT NOT NULL,"
        " PRIMARY KEY (entity, row_id)) WITHOUT ROWID"
    )
    for entity, (table, title, columns) in SEARCH_SOURCES.items():
        # Triggers only note which rows changed: indexing them one by one from a trigger
        # costs several times a batch, so the store re-indexes them once per transaction.
        for event, row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
            db.execute(
                f'CREATE TRIGGER "search_{table}_{event}" AFTER {event.upper()} ON "{table}"'
                f" BEGIN INSERT OR IGNORE INTO search_dirty VALUES ('{entity}', {row}.id); END"
            )
        db.execute(
            f"INSERT INTO search_keys (entity, row_id) SELECT '{entity}', id FROM \"{table}\""
        )
        db.execute(
            f"INSERT INTO search_index (rowid, title, body)"
            f' SELECT k.docid, {search_texts("t", title, columns)} FROM "{table}" t'
            f" JOIN search_keys k ON k.entity = '{entity}' AND k.row_id = t.id WHERE t.deleted = 0"
        )
    # Covering indexes for the overviews, which count tagged passages per visit and theme.
    db.execute("CREATE INDEX search_notes_by_id ON notes(id, visit_id, deleted)")
    db.execute("CREATE INDEX search_tags_by_note ON tags(note_id, theme_id, deleted)")
    db.execute(
        """CREATE TABLE saved_searches (
          id TEXT PRIMARY KEY NOT NULL,
          name TEXT NOT NULL,
          query TEXT NOT NULL,
          filters TEXT NOT NULL DEFAULT '{}',
          position INTEGER NOT NULL DEFAULT 0,
          created_at TEXT NOT NULL
        )"""
    )


def _add_fields(db: Database, step: int) -> None:
    """Add the columns of every field introduced by ``step``."""
    for entity in ENTITIES.values():
        for f in entity.fields:
            if f.since == step:
                db.execute(f'ALTER TABLE "{entity.table}" ADD COLUMN {_column_sql(f)}')


@_step("0005_visit_review")
def visit_review(db: Database) -> None:
    """The secretariat marks a visit's material as reviewed or needing follow-up."""
    _add_fields(db, 5)


@_step("0006_audit")
def audit(db: Database) -> None:
    """This installation's record of what left it (exports, packages) and what was erased."""
    db.execute(
        """CREATE TABLE audit (
          id INTEGER PRIMARY KEY,
          at TEXT NOT NULL,
          member_id TEXT,
          action TEXT NOT NULL,
          detail TEXT NOT NULL
        )"""
    )


@_step("0007_live_notes_index")
def live_notes_index(db: Database) -> None:
    """Count a visit's live notes from the index alone: the visits list (the first screen)
    counts them for every visit it shows, which read each note's row, text and all."""
    db.execute("CREATE INDEX notes_by_visit_live ON notes(visit_id, deleted)")
    db.execute("DROP INDEX notes_by_visit_id")  # the new index starts with visit_id too


@_step("0008_search_compact")
def search_compact(db: Database) -> None:
    """The full-text index merged into one segment (FTS5's ``optimize``): a big batch leaves
    it in many, and a search looks each of its words up in every one (at 50,000 notes, ten
    segments made searches about 15% slower). ``core.search_index`` keeps it so after big
    batches; no table changes."""
    db.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")


#: The schema version this code writes; a database with a higher ``user_version`` is refused.
SCHEMA_VERSION = len(_STEP_NAMES)


def migration_names() -> list[str]:
    """Names of every step in order."""
    return list(_STEP_NAMES)


def apply(db: Any, *, stop_before: str | None = None) -> int:
    """Apply pending steps (up to ``stop_before``) and record the version; returns it.

    ``db`` is the store's ``Database`` or a sqlite-utils one."""
    full = db.sqlite_utils() if isinstance(db, database.Database) else db
    steps = _migrations()
    steps.apply(full, stop_before=stop_before)
    version = len(steps.applied(full))
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {version}")
    return version
