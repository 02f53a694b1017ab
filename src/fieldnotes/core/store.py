"""The only module that holds SQL for the entity tables: open, validate, read and change.

Every change appends revisions (see core.revisions) and re-derives the rows it touched in the
same transaction, so the entity tables are always a cache of the revision log.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import itertools
import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import cipher, migrations, search_index
from .database import Database
from .errors import KnownError, StoreError, ValidationError
from .ids import HybridClock, new_id, stable_id
from .revisions import CREATE, DELETED, ERASED, Conflict, Revision, Row, derive_row, heads
from .schema import ENTITIES, META_COLUMNS, Entity
from .validate import check_values

SQLITE_HEADER = cipher.SQLITE_HEADER


@dataclass
class Change:
    """What a mutation touched, so views refresh only those rows."""

    entity: str
    ids: list[str] = field(default_factory=list)


def sqlite_error(exc: BaseException, path: Path | str) -> KnownError:
    """Word an SQLite or OS error about ``path`` for the user."""
    text = str(exc).lower()
    if (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or "disk is full" in text:
        return StoreError("disk_full", path=path)
    if "locked" in text or "busy" in text:
        return StoreError("locked", path=path)
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return StoreError("damaged", path=path, detail=str(exc))
    if isinstance(exc, IsADirectoryError):
        return StoreError("is_directory", path=path)
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return StoreError("not_writable", path=path, detail=detail)


def inspect_file(path: Path, key: cipher.Key | None = None) -> tuple[int, int]:
    """``(application_id, user_version)`` of an existing file, read without writing to it.

    An encrypted file is read with ``key`` (or one the keyring unlocks)."""
    if path.is_dir():
        raise StoreError("is_directory", path=path)
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise sqlite_error(exc, path) from exc
    if header != SQLITE_HEADER and not cipher.is_encrypted(path):
        raise StoreError("not_sqlite", path=path)
    try:
        conn = cipher.connect(path, key=key, read_only=True, timeout=2)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.close()
    except cipher.ERRORS as exc:
        raise sqlite_error(exc, path) from exc
    if app_id != migrations.APPLICATION_ID and (tables or version):
        raise StoreError("foreign_database", path=path)
    return app_id, version


class Store:
    """A Fieldnotes database. Open with ``Store.open(path)`` or ``Store.memory()`` in tests.

    >>> store = Store.memory(member_name="Anne Holm")
    >>> visit = store.create("visit", title="Besøg i Ærø", status="planned")
    """

    def __init__(self, db: Database, path: Path | None) -> None:
        self.db = db
        self.path = path
        self._meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        self.clock = HybridClock(site=self.installation_id.replace("-", "")[:12])
        self._depth = 0  # nesting of transaction()
        if "clock" in self._meta:
            self.clock.observe(self._meta["clock"])

    # --- opening -------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        create: bool = False,
        member_name: str | None = None,
        passphrase: cipher.Passphrase | str | None = None,
    ) -> Store:
        """Open the database at ``path``; with ``create`` make it (and its folder) if missing.

        An encrypted database needs ``passphrase`` or one the session already knows (see
        ``core.cipher``); a new one is created encrypted when ``passphrase`` is given. A plain
        existing database opens as it is, whatever ``passphrase`` says.

        Refuses, without writing a byte, a file that is not a Fieldnotes database, is damaged,
        locked, encrypted with another passphrase, or from a newer schema. An older schema is
        snapshotted, then migrated.
        """
        path = Path(path).expanduser()
        exists = path.is_file() and path.stat().st_size > 0
        if path.exists() and not path.is_file():
            raise StoreError("is_directory", path=path)
        if not exists and not create:
            raise StoreError("no_database", path=path)
        key = None
        if exists and cipher.is_encrypted(path):
            try:
                key = cipher.unlock(path, passphrase)
            except cipher.ERRORS as exc:  # locked or unreadable, not a wrong key
                raise sqlite_error(exc, path) from exc
        elif not exists and passphrase is not None:
            chosen = cipher.Passphrase.of(passphrase)
            key = chosen.new_key()
            cipher.remember(chosen)
        version = inspect_file(path, key)[1] if exists else 0
        if version > migrations.SCHEMA_VERSION:
            raise StoreError("too_new", path=path, found=version, known=migrations.SCHEMA_VERSION)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = cipher.connect(path, key=key, timeout=5)
            if exists and version < migrations.SCHEMA_VERSION:
                _snapshot(conn, path, version)
            store = cls._migrated(_prepare(conn), path)
            if member_name:
                store.set_member(member_name)
        except cipher.ERRORS as exc:
            raise sqlite_error(exc, path) from exc
        except OSError as exc:
            raise sqlite_error(exc, path) from exc
        return store

    @classmethod
    def memory(cls, member_name: str | None = None) -> Store:
        """A fresh in-memory database with seed data, for tests and previews."""
        store = cls._migrated(_prepare(sqlite3.connect(":memory:")), None)
        if member_name:
            store.set_member(member_name)
        return store

    @classmethod
    def _migrated(cls, db: Database, path: Path | None) -> Store:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version == migrations.SCHEMA_VERSION:
            return cls(db, path)
        from .seed import seed
        with db.atomic():
            migrations.apply(db)
            is_new = not db.execute("SELECT 1 FROM meta WHERE key = 'installation_id'").fetchone()
            if is_new:
                now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
                installation = new_id()
                db.execute("INSERT INTO meta VALUES ('installation_id', ?)", [installation])
                db.execute("INSERT INTO meta VALUES ('created_at', ?)", [now])
            store = cls(db, path)
            if is_new:
                seed(store)
        return store

    def close(self) -> None:
        self.db.conn.close()

    @property
    def key(self) -> cipher.Key | None:
        """The key of an encrypted database (None for a plain one), for keying its copies."""
        return cipher.key_of(self.db.conn)

    # --- installation and member ---------------------------------------------------------
    @property
    def installation_id(self) -> str:
        return self._meta["installation_id"]

    @property
    def member_id(self) -> str | None:
        return self._meta.get("member_id")

    def get_meta(self, key: str) -> str | None:
        """A stored installation fact, read fresh (another process may have changed it)."""
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", [key, value])
        self._meta[key] = value

    def set_member(self, name: str, initials: str | None = None, role: str = "member") -> str:
        """Make this installation belong to the member called ``name`` (created if new)."""
        name = " ".join(name.split())
        check_values(ENTITIES["member"], {"name": name})
        existing = next(
            (m for m in self.rows("member") if m["name"].casefold() == name.casefold()), None
        )
        if existing:
            member_id = existing["id"]
        else:
            member_id = new_id()
            with self.transaction():
                self.set_meta("member_id", member_id)
                self.create(
                    "member",
                    id=member_id,
                    name=name,
                    initials=initials or _initials(name),
                    role=role,
                )
        self.set_meta("member_id", member_id)
        return member_id

    # --- transactions --------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All changes inside happen together or not at all.

        The clock and the search index are brought up to date once, by the outermost
        transaction: re-indexing a long note for every nested step would double an autosave.
        """
        outermost = self._depth == 0
        self._depth += 1
        try:
            with self.db.atomic():
                yield
                if outermost:
                    self.set_meta("clock", self.clock.format())
                    search_index.refresh(self.db)
        finally:
            self._depth -= 1

    # --- reading -------------------------------------------------------------------------
    def get(self, entity: str, row_id: str) -> dict[str, Any] | None:
        """One row by id (deleted rows too), or None."""
        table = ENTITIES[entity].table
        rows = list(self.db.query(f'SELECT * FROM "{table}" WHERE id = ?', [row_id]))
        return rows[0] if rows else None

    def rows(
        self,
        entity: str,
        *,
        include_deleted: bool = False,
        order_by: str = "id",
        **equals: object,
    ) -> Iterator[dict[str, Any]]:
        """Rows of ``entity`` whose fields equal ``equals``, e.g.
        ``store.rows("note", visit_id=visit, order_by="position")``."""
        spec = ENTITIES[entity]
        columns = {*spec.field_names, *META_COLUMNS}
        for name in (*equals, order_by):
            if name not in columns:
                raise KeyError(f"{entity} has no field {name!r}")
        clauses = [] if include_deleted else ["deleted = 0"]
        clauses += [f'"{name}" IS ?' for name in equals]
        sql = f'SELECT * FROM "{spec.table}"'
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        yield from self.db.query(f'{sql} ORDER BY "{order_by}", id', list(equals.values()))

    def count(self, entity: str, *, include_deleted: bool = False) -> int:
        table = ENTITIES[entity].table
        where = "" if include_deleted else " WHERE deleted = 0"
        return self.db.execute(f'SELECT count(*) FROM "{table}"{where}').fetchone()[0]

    def counts(self) -> dict[str, int]:
        """Live (not deleted) rows per entity."""
        return {name: self.count(name) for name in ENTITIES}

    def linked(self, kind: str, source_id: str) -> list[str]:
        """Ids linked from ``source_id`` by a link of ``kind``, e.g. a visit's themes."""
        return [
            row[0]
            for row in self.db.execute(
                "SELECT target_id FROM links WHERE kind = ? AND source_id = ? AND deleted = 0"
                " ORDER BY target_id",
                [kind, source_id],
            )
        ]

    def audit(self, action: str, detail: str) -> None:
        """Record who made personal data leave this laptop, or erased it, and when.

        ``action`` is one of export_json, export_docx, package, erase, redact; ``detail`` says what
        (a file name, a kind of document, an id) — never the personal data itself.
        """
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO audit (at, member_id, action, detail) VALUES (?, ?, ?, ?)",
                [now, self.member_id, action, detail],
            )

    def audit_log(self) -> list[dict[str, Any]]:
        """The audit records, newest first, with the member's name."""
        return list(
            self.db.query(
                "SELECT a.at, a.action, a.detail, m.name AS member FROM audit a"
                " LEFT JOIN members m ON m.id = a.member_id ORDER BY a.id DESC"
            )
        )

    def merge_log(self) -> list[dict[str, Any]]:
        """Every merged package, newest first, with its manifest and summary decoded."""
        rows = self.db.query(
            "SELECT id, sha256, file_name, manifest, merged_at, merged_by, summary"
            " FROM merges ORDER BY id DESC"
        )
        return [
            {**row, "manifest": json.loads(row["manifest"]), "summary": json.loads(row["summary"])}
            for row in rows
        ]

    def provenance(self, entity: str, row_id: str) -> list[dict[str, Any]]:
        """The merges that brought changes to one item, oldest first, manifests decoded."""
        rows = self.db.query(
            "SELECT m.id, m.file_name, m.merged_at, m.manifest FROM merge_items i"
            " JOIN merges m ON m.id = i.merge_id WHERE i.entity = ? AND i.row_id = ?"
            " ORDER BY m.id",
            [entity, row_id],
        )
        return [{**row, "manifest": json.loads(row["manifest"])} for row in rows]

    def revisions(self, entity: str, row_id: str) -> list[Revision]:
        """Every revision of one row, oldest first."""
        cursor = self.db.execute(
            "SELECT id, entity, row_id, field, value, parents, member_id, origin"
            " FROM revisions WHERE entity = ? AND row_id = ? ORDER BY id",
            [entity, row_id],
        )
        return [Revision(*row) for row in cursor]

    def conflicts(self) -> list[Conflict]:
        """Open conflicts, in a stable order."""
        cursor = self.db.execute(
            "SELECT entity, row_id, field, kind, winner, losers FROM conflicts"
            " ORDER BY entity, row_id, field"
        )
        return [
            Conflict(e, r, f, k, w, tuple(json.loads(losers))) for e, r, f, k, w, losers in cursor
        ]

    # --- changing ------------------------------------------------------------------------
    def create(self, entity: str, *, id: str | None = None, **values: object) -> str:
        """Add a row and return its id: ``store.create("theme", code="3", title="Ny")``."""
        spec = ENTITIES[entity]
        author = self._require_member()
        row = {f: values.get(f) for f in spec.field_names}
        row.update(_defaults(spec, row))
        check_values(spec, row, unknown=set(values) - set(spec.field_names), store=self)
        row_id = id or new_id()
        with self.transaction():
            self._append(entity, row_id, CREATE, row, parents=(), author=author, squash=False)
            self.rederive(entity, [row_id])
        return row_id

    def update(self, entity: str, row_id: str, **values: object) -> Change:
        """Change fields of a row: ``store.update("note", note_id, text="…")``."""
        spec = ENTITIES[entity]
        author = self._require_member()
        current = self._live_row(entity, row_id)
        check_values(spec, values, unknown=set(values) - set(spec.field_names), store=self)
        changed = {k: v for k, v in values.items() if current.get(k) != v}
        if not changed:
            return Change(entity, [])
        with self.transaction():
            revs = self.revisions(entity, row_id)
            for name, value in changed.items():
                parents = tuple(r.id for r in heads(revs, name))
                self._append(entity, row_id, name, value, parents=parents, author=author)
            self.rederive(entity, [row_id])
        return Change(entity, [row_id])

    def delete(self, entity: str, row_id: str) -> Change:
        """Mark a row deleted (a tombstone that merges like any change)."""
        return self._set_deleted(entity, row_id, True)

    def undelete(self, entity: str, row_id: str) -> Change:
        """Bring a deleted row back."""
        return self._set_deleted(entity, row_id, False)

    def resolve(self, conflict: Conflict, value: object) -> Change:
        """Settle a conflict with ``value`` (one side's value, or a combined text).

        The new revision names every head as its parent, so once merged everywhere the
        conflict is closed on every installation. For a deletion conflict, ``True`` deletes
        (having now seen the edits) and ``False`` keeps the row.
        """
        author = self._require_member()
        spec = ENTITIES[conflict.entity]
        if conflict.field != DELETED:
            check_values(spec, {conflict.field: value}, store=self)
        elif not isinstance(value, bool):
            raise ValidationError(
                "invalid_value", entity=spec.name, field=DELETED, detail="skal være ja/nej"
            )
        with self.transaction():
            revs = self.revisions(conflict.entity, conflict.row_id)
            fields = (
                (*spec.field_names, DELETED) if conflict.field == DELETED else (conflict.field,)
            )
            parents = sorted({r.id for f in fields for r in heads(revs, f)})
            self._append(
                conflict.entity,
                conflict.row_id,
                conflict.field,
                value,
                parents=parents,
                author=author,
                squash=False,
            )
            self.rederive(conflict.entity, [conflict.row_id])
        return Change(conflict.entity, [conflict.row_id])

    def conflict_values(self, conflict: Conflict) -> dict[str, object]:
        """Each competing revision id → its value, winner first, for a side-by-side view."""
        revs = {r.id: r for r in self.revisions(conflict.entity, conflict.row_id)}
        return {
            rid: revs[rid].value_of(conflict.field)
            for rid in (conflict.winner, *conflict.losers)
            if rid in revs
        }

    def link(self, kind: str, source_id: str, target_id: str) -> str:
        """Link two rows; the same link made on two laptops is one row after a merge."""
        link_id = stable_id("link", kind, source_id, target_id)
        existing = self.get("link", link_id)
        if existing is None:
            return self.create(
                "link", id=link_id, kind=kind, source_id=source_id, target_id=target_id
            )
        if existing["deleted"]:
            self.undelete("link", link_id)
        return link_id

    def unlink(self, kind: str, source_id: str, target_id: str) -> Change:
        return self.delete("link", stable_id("link", kind, source_id, target_id))

    # --- internals -----------------------------------------------------------------------
    def _require_member(self) -> str:
        if not self.member_id:
            raise StoreError("no_member")
        return self.member_id

    def _live_row(self, entity: str, row_id: str) -> dict[str, Any]:
        row = self.get(entity, row_id)
        if row is None:
            raise StoreError("not_found", entity=entity, id=row_id)
        if row["origin"] == ERASED:
            raise StoreError("erased", entity=entity, id=row_id)
        return row

    def erase(self, entity: str, row_id: str) -> Change:
        """Remove an item's content for good: every revision of it is replaced by an erasure
        that carries no content, travels in packages and wins over any earlier edit, so no
        merge can bring the content back. Not undoable, by design."""
        self._live_row(entity, row_id)
        self.db.execute("PRAGMA secure_delete = ON")  # deleted content is overwritten, not freed
        with self.transaction():
            self.db.execute(
                "INSERT INTO revisions (id, entity, row_id, field, value, parents, member_id,"
                " origin) VALUES (?, ?, ?, ?, 'true', '', NULL, ?)",
                [self.clock.tick(), entity, row_id, ERASED, self.installation_id],
            )
            self.purge_erased()
            self.rederive(entity, [row_id])
        return Change(entity, [row_id])

    def purge_erased(self) -> int:
        """Delete every revision of an erased row but the erasures; returns how many."""
        cursor = self.db.execute(
            "DELETE FROM revisions WHERE field != ? AND (entity, row_id) IN"
            " (SELECT entity, row_id FROM revisions WHERE field = ?)",
            [ERASED, ERASED],
        )
        return cursor.rowcount

    def _set_deleted(self, entity: str, row_id: str, deleted: bool) -> Change:
        author = self._require_member()
        row = self._live_row(entity, row_id)
        if bool(row["deleted"]) == deleted:
            return Change(entity, [])
        with self.transaction():
            revs = self.revisions(entity, row_id)
            fields = (*ENTITIES[entity].field_names, DELETED)
            seen = sorted({r.id for f in fields for r in heads(revs, f)})
            self._append(
                entity, row_id, DELETED, deleted, parents=seen, author=author, squash=False
            )
            self.rederive(entity, [row_id])
        return Change(entity, [row_id])

    def _append(
        self,
        entity: str,
        row_id: str,
        field_name: str,
        value: object,
        *,
        parents: Sequence[str],
        author: str,
        squash: bool = True,
    ) -> None:
        rev_id = self.clock.tick()
        encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
        if (
            squash
            and len(parents) == 1
            and self._may_squash(entity, row_id, parents[0], field_name)
        ):
            self.db.execute(
                "UPDATE revisions SET id = ?, value = ? WHERE id = ?", [rev_id, encoded, parents[0]]
            )
            return
        self.db.execute(
            "INSERT INTO revisions (id, entity, row_id, field, value, parents, member_id, origin)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                rev_id,
                entity,
                row_id,
                field_name,
                encoded,
                " ".join(parents),
                author,
                self.installation_id,
            ],
        )

    def _may_squash(self, entity: str, row_id: str, head_id: str, field_name: str) -> bool:
        """A head that only this laptop has seen may be rewritten instead of stacked upon.

        Typing autosaves every second; keeping each save as a revision would bloat the log.
        Once a package has carried the head away (``packaged_through``), it is immutable.
        """
        if head_id <= (self.get_meta("packaged_through") or ""):
            return False
        row = self.db.execute(
            "SELECT field, origin FROM revisions WHERE id = ?", [head_id]
        ).fetchone()
        if row is None or row[0] != field_name or row[1] != self.installation_id:
            return False
        referenced = self.db.execute(
            "SELECT 1 FROM revisions WHERE entity = ? AND row_id = ? AND instr(parents, ?)",
            [entity, row_id, head_id],
        ).fetchone()
        return referenced is None

    def rederive(
        self,
        entity: str,
        row_ids: Sequence[str],
        *,
        complete: Mapping[str, Sequence[Revision]] | None = None,
        chunk: int = 500,
    ) -> list[Row]:
        """Rewrite rows and their conflicts from the revision log (after a change or merge).

        ``complete`` may hand over, for some rows, every revision they have (a merge knows
        this for rows new to the master), which saves reading them back.
        """
        spec = ENTITIES[entity]
        complete = complete or {}
        derived: list[Row] = [derive_row(spec, complete[i]) for i in row_ids if i in complete]
        stored = [i for i in row_ids if i not in complete]
        for start in range(0, len(stored), chunk):
            ids = stored[start : start + chunk]
            in_ids = ", ".join("?" for _ in ids)
            cursor = self.db.execute(
                "SELECT id, entity, row_id, field, value, parents, member_id, origin"
                f" FROM revisions WHERE entity = ? AND row_id IN ({in_ids}) ORDER BY row_id, id",
                [entity, *ids],
            )
            groups = itertools.groupby((Revision(*r) for r in cursor), lambda r: r.row_id)
            derived.extend(derive_row(spec, list(group)) for _, group in groups)
        self._write_rows(spec, derived, chunk)
        return derived

    def _write_rows(self, spec: Entity, derived: Sequence[Row], chunk: int) -> None:
        columns = [*spec.field_names, *META_COLUMNS]
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        self.db.conn.executemany(
            f'INSERT OR REPLACE INTO "{spec.table}" ({names}) VALUES ({marks})',
            ([row.values.get(c) for c in columns] for row in derived),
        )
        ids = [row.values["id"] for row in derived]
        for start in range(0, len(ids), chunk):
            part = ids[start : start + chunk]
            marks = ", ".join("?" for _ in part)
            self.db.execute(
                f"DELETE FROM conflicts WHERE entity = ? AND row_id IN ({marks})",
                [spec.name, *part],
            )
        self.db.conn.executemany(
            "INSERT INTO conflicts VALUES (?, ?, ?, ?, ?, ?)",
            (
                (c.entity, c.row_id, c.field, c.kind, c.winner, json.dumps(list(c.losers)))
                for row in derived
                for c in row.conflicts
            ),
        )

    # --- bulk (demo data, seeding) ---------------------------------------------------------
    def bulk_create(self, entity: str, rows: Sequence[Mapping[str, object]]) -> None:
        """Add many new rows fast, each with one creation revision; call inside a transaction.

        The caller vouches for the values (demo and seed data); each row needs an ``id``.
        """
        spec = ENTITIES[entity]
        author = self.member_id
        revisions = []
        materialized = []
        columns = [*spec.field_names, *META_COLUMNS]
        for row in rows:
            values = {f: row.get(f) for f in spec.field_names}
            values.update(_defaults(spec, values))
            rev_id = str(row.get("_revision") or self.clock.tick())
            origin = str(row.get("_origin") or self.installation_id)
            by = row.get("_member", author)
            revisions.append(
                (
                    rev_id,
                    entity,
                    row["id"],
                    CREATE,
                    json.dumps(values, ensure_ascii=False, sort_keys=True),
                    "",
                    by,
                    origin,
                )
            )
            values.update(
                id=row["id"],
                created_by=by,
                created_at=rev_id,
                origin=origin,
                updated_by=by,
                updated_at=rev_id,
                deleted=0,
            )
            materialized.append([values[c] for c in columns])
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO revisions VALUES (?, ?, ?, ?, ?, ?, ?, ?)", revisions
        )
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        self.db.conn.executemany(
            f'INSERT OR IGNORE INTO "{spec.table}" ({names}) VALUES ({marks})', materialized
        )


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.replace("-", " ").split()).upper()[:10]


def _defaults(spec: Entity, values: Mapping[str, object]) -> dict[str, object]:
    """Values for fields left out: False for flags, None otherwise."""
    return {
        f.name: False if f.kind == "bool" else None
        for f in spec.fields
        if values.get(f.name) is None and f.kind == "bool"
    }


def _prepare(conn: cipher.Connection) -> Database:
    db = Database(conn)
    db.execute("PRAGMA foreign_keys = ON")
    if db.execute("PRAGMA journal_mode").fetchone()[0] not in ("memory", "wal"):
        db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    # Merges and big lists stage data in temporary tables. The GUI's workers each hold a
    # connection, and one pass over a 50,000-note matrix fills any cache it is given, so each
    # keeps SQLite's default 2 MB: reads come from the OS's file cache at about the same speed
    # (benchmarks/bench_search.py), and a merge raises its own.
    db.execute("PRAGMA temp_store = MEMORY")
    db.execute("PRAGMA cache_size = -2000")
    return db


def _snapshot(conn: cipher.Connection, path: Path, version: int) -> Path:
    """Copy the database aside before a migration changes it."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.pre-v{version}-{stamp}.bak")
    with contextlib.closing(cipher.connect(target, key=cipher.key_of(conn))) as copy:
        conn.backup(copy)
    return target
