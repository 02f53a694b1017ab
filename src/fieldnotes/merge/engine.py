"""The merge: a package's revisions join the master's, and the touched rows are re-derived.

The master's revision set grows by union, so merging is commutative, associative and
idempotent (docs/data-model.md); this module adds the checks, the report and the merge log.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlite_utils import Database

from ..core.erasure import reach_backups
from ..core.redaction import Redaction, scrub_stored
from ..core.revisions import CREATE, ERASED, REDACTED, Revision, Row
from ..core.schema import ENTITIES
from ..core.store import Store
from .package import REVISION_COLUMNS, Manifest, Package, PackageError, open_package

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class MergeCancelled(Exception):
    """The user cancelled; the master is unchanged."""


@dataclass
class EntitySummary:
    new: int = 0
    changed: int = 0
    deleted: int = 0
    conflicts: int = 0


@dataclass
class MergeResult:
    """What one package did (or, in a dry run, would do) to the master."""

    path: Path
    manifest: Manifest
    already_merged: bool = False
    revisions_added: int = 0
    erasures: int = 0  # erasure and redaction records new to the master
    entities: dict[str, EntitySummary] = field(default_factory=dict)

    @property
    def conflicts(self) -> int:
        return sum(s.conflicts for s in self.entities.values())


class _DryRun(Exception):
    pass


def merge_packages(
    store: Store,
    paths: Sequence[Path | str],
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[MergeResult]:
    """Merge each package into ``store`` in turn; each is all-or-nothing.

    >>> merge_packages(master, ["anne.fieldnotes"], dry_run=True)[0].revisions_added
    """
    return [
        merge_package(store, p, dry_run=dry_run, progress=progress, cancelled=cancelled)
        for p in paths
    ]


def merge_package(
    store: Store,
    path: Path | str,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> MergeResult:
    """Merge one package; a package merged before is reported and changes nothing."""
    with open_package(path) as package:
        result = MergeResult(Path(path), package.manifest)
        if store.db.execute(
            "SELECT 1 FROM merges WHERE sha256 = ?", [package.manifest.sha256]
        ).fetchone():
            result.already_merged = True
            return result
        store.db.execute("PRAGMA cache_size = -65536")  # big merges walk large indexes
        try:
            with store.transaction():
                fresh, scrubbed = _load(store, package, progress, cancelled)
                result.erasures = _new_erasures(store.db)
                _apply(store, result, fresh, scrubbed)
                if dry_run:
                    raise _DryRun
        except _DryRun:
            pass
        finally:
            store.db.execute("DROP TABLE IF EXISTS temp.incoming")
    if result.erasures and not dry_run:
        reach_backups(store)  # what was erased elsewhere leaves this laptop's backups too
    return result


def _new_erasures(db: Database) -> int:
    """How many erasure and redaction records the staged package brings that are new."""
    return db.execute(
        "SELECT count(*) FROM temp.incoming AS i WHERE i.field IN (:erased, :redacted)"
        " AND NOT EXISTS (SELECT 1 FROM revisions AS r WHERE r.id = i.id)",
        {"erased": ERASED, "redacted": REDACTED},
    ).fetchone()[0]


Fresh = dict[str, dict[str, list[Revision]]]
#: entity → ids of the master's rows whose stored revisions a redaction rewrote.
Scrubbed = dict[str, set[str]]


def _load(
    store: Store, package: Package, progress: Progress | None, cancelled: Cancelled | None
) -> tuple[Fresh, Scrubbed]:
    """Stage the package in ``temp.incoming``; return its revisions new to the master, checked,
    by entity and row, and the master's rows that redactions rewrote."""
    db = store.db
    db.execute("DROP TABLE IF EXISTS temp.incoming")
    db.execute(
        "CREATE TEMP TABLE incoming (id TEXT PRIMARY KEY, entity TEXT, row_id TEXT, field TEXT,"
        " value TEXT, parents TEXT, member_id TEXT, origin TEXT)"
    )
    insert = f"INSERT INTO temp.incoming VALUES ({', '.join('?' for _ in REVISION_COLUMNS)})"
    done, total = 0, package.manifest.revisions
    for batch in package.rows():
        if cancelled and cancelled():
            raise MergeCancelled
        if any(len(row) != len(REVISION_COLUMNS) for row in batch):
            raise PackageError("schema_objects", path=package.path, detail="ændret tabel")
        db.conn.executemany(insert, batch)
        done += len(batch)
        if progress:
            progress(done // 2, max(total, done))
    scrubbed = _redact(db, package.path)
    clash = db.execute(
        "SELECT i.id FROM temp.incoming i JOIN revisions r ON r.id = i.id"
        " WHERE r.entity IS NOT i.entity OR r.row_id IS NOT i.row_id OR r.field IS NOT i.field"
        " OR r.value IS NOT i.value OR r.parents IS NOT i.parents LIMIT 1"
    ).fetchone()
    if clash:
        raise PackageError("inconsistent", path=package.path, revision=str(clash[0])[:60])
    # What the master already holds was checked when it arrived: only the rest is validated.
    db.execute("DELETE FROM temp.incoming WHERE id IN (SELECT id FROM revisions)")
    _drop_erased(db)
    cursor = db.execute(f"SELECT {', '.join(REVISION_COLUMNS)} FROM temp.incoming ORDER BY id")
    fresh: Fresh = {}
    for revision in package.validated(cursor):
        fresh.setdefault(revision.entity, {}).setdefault(revision.row_id, []).append(revision)
        if cancelled and cancelled():
            raise MergeCancelled
    if progress:
        progress(total, total)
    return fresh, scrubbed


def _redact(db: Database, path: Path) -> Scrubbed:
    """Every redaction known on either side scrubs the incoming revisions of its row, and the
    master's own, before anything is compared or stored: a redacted name never enters, and a
    revision both sides hold reads alike on both. Applied in record order, as everywhere."""
    records = db.execute(
        "SELECT id, entity, row_id, value FROM temp.incoming WHERE field = :redacted UNION"
        " SELECT r.id, r.entity, r.row_id, r.value FROM revisions r JOIN (SELECT DISTINCT"
        " entity, row_id FROM temp.incoming) i ON r.entity = i.entity AND r.row_id = i.row_id"
        " WHERE r.field = :redacted ORDER BY 1",
        {"redacted": REDACTED},
    ).fetchall()
    by_row: dict[tuple[str, str], list[Redaction]] = {}
    for rev_id, entity, row_id, value in records:
        if entity not in ENTITIES or not isinstance(value, str):
            continue  # validation refuses the package later
        try:
            redaction = Redaction.from_json(value)
        except ValueError as exc:
            detail = f"ugyldig overstregning: {exc}"
            raise PackageError(
                "bad_revision", path=path, revision=str(rev_id)[:60], detail=detail
            ) from exc
        by_row.setdefault((entity, row_id), []).append(redaction)
    if by_row:
        db.execute("PRAGMA secure_delete = ON")  # the master's rewritten text is overwritten
        db.execute("CREATE INDEX temp.incoming_by_row ON incoming(entity, row_id, field)")
    scrubbed: Scrubbed = {}
    for (entity, row_id), redactions in by_row.items():
        spec = ENTITIES[entity]
        scrub_stored(db.conn, "temp.incoming", spec, row_id, redactions)
        if scrub_stored(db.conn, "main.revisions", spec, row_id, redactions):
            scrubbed.setdefault(entity, set()).add(row_id)
    return scrubbed


def _drop_erased(db: Database) -> None:
    """Content of an erased row never enters, whichever side erased it."""
    db.execute("CREATE INDEX IF NOT EXISTS temp.incoming_by_row ON incoming(entity, row_id, field)")
    db.execute(
        "DELETE FROM temp.incoming AS i WHERE i.field != :erased AND (EXISTS (SELECT 1 FROM"
        " temp.incoming e WHERE e.entity = i.entity AND e.row_id = i.row_id AND e.field = :erased)"
        " OR EXISTS (SELECT 1 FROM revisions r WHERE r.entity = i.entity AND r.row_id = i.row_id"
        " AND r.field = :erased))",
        {"erased": ERASED},
    )


def _apply(store: Store, result: MergeResult, fresh: Fresh, scrubbed: Scrubbed) -> None:
    db = store.db
    db.execute("PRAGMA defer_foreign_keys = ON")
    existing: dict[str, list[str]] = {}
    for entity, row_id in db.execute(
        "SELECT DISTINCT i.entity, i.row_id FROM temp.incoming i WHERE EXISTS"
        " (SELECT 1 FROM revisions r WHERE r.entity = i.entity AND r.row_id = i.row_id)"
    ):
        existing.setdefault(entity, []).append(row_id)
    result.revisions_added = sum(len(v) for rows in fresh.values() for v in rows.values())
    db.execute("INSERT INTO revisions SELECT * FROM temp.incoming")
    db.execute(
        "DELETE FROM revisions WHERE field != :erased AND (entity, row_id) IN"
        " (SELECT entity, row_id FROM temp.incoming WHERE field = :erased)",
        {"erased": ERASED},
    )
    for name, spec in ENTITIES.items():
        rows = fresh.get(name, {})
        rewritten = scrubbed.get(name, set()) - rows.keys()
        if not rows and not rewritten:
            continue
        had_history = [*existing.get(name, []), *rewritten]
        before = _states(store, spec.table, name, had_history)
        old_rows = set(had_history)
        complete = {i: revs for i, revs in rows.items() if i not in old_rows}
        for row_id, revs in complete.items():
            # An edit or a redaction of a row the master has never seen: its creation is in
            # a package not merged yet.
            if not any(r.field in (CREATE, ERASED) for r in revs):
                raise PackageError("incomplete", path=result.path, detail=f"{name} {row_id}")
        derived = store.rederive(name, sorted({*rows, *rewritten}), complete=complete)
        result.entities[name] = _summarise(before, derived)
    _check_references(store, result.path)
    newest = db.execute("SELECT max(id) FROM temp.incoming").fetchone()[0]
    if newest:
        store.clock.observe(newest)
    _log(store, result)


def _states(store: Store, table: str, entity: str, row_ids: list[str]) -> dict[str, tuple]:
    """``row id → (row values, open conflicts)`` before the merge, for the rows given."""
    states: dict[str, tuple] = {}
    for start in range(0, len(row_ids), 500):
        ids = row_ids[start : start + 500]
        marks = ", ".join("?" for _ in ids)
        cursor = store.db.execute(
            f"SELECT (SELECT count(*) FROM conflicts c WHERE c.entity = ? AND c.row_id = t.id),"
            f' t.* FROM "{table}" t WHERE t.id IN ({marks})',
            [entity, *ids],
        )
        names = [d[0] for d in cursor.description][1:]
        for conflicts, *values in cursor:
            states[values[0]] = (dict(zip(names, values, strict=True)), conflicts)
    return states


def _summarise(before: dict[str, tuple], derived: list[Row]) -> EntitySummary:
    summary = EntitySummary()
    for row in derived:
        values = row.values
        old = before.get(str(values["id"]))
        if old is None:
            summary.new += 1
        elif values["deleted"] and not old[0]["deleted"]:
            summary.deleted += 1
        elif values != old[0]:
            summary.changed += 1
        summary.conflicts += max(0, len(row.conflicts) - (old[1] if old else 0))
    return summary


def _check_references(store: Store, path: Path) -> None:
    missing = store.db.execute("PRAGMA foreign_key_check").fetchone()
    if missing:
        raise PackageError("incomplete", path=path, detail=f"{missing[0]} → {missing[2]}")


def _log(store: Store, result: MergeResult) -> None:
    summary = {name: asdict(s) for name, s in result.entities.items()}
    cursor = store.db.execute(
        "INSERT INTO merges (sha256, file_name, manifest, merged_at, merged_by, summary)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            result.manifest.sha256,
            result.path.name,
            json.dumps(asdict(result.manifest), ensure_ascii=False, sort_keys=True),
            dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            store.member_id,
            json.dumps(summary, sort_keys=True),
        ],
    )
    store.db.execute(
        "INSERT OR IGNORE INTO merge_items SELECT DISTINCT ?, entity, row_id, 'merged'"
        " FROM temp.incoming",
        [cursor.lastrowid],
    )
