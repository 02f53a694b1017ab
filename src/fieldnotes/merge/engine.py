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

from ..core.schema import ENTITIES
from ..core.store import Store
from .package import REVISION_COLUMNS, Manifest, PackageError, open_package

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
        try:
            with store.transaction():
                _load(store, package, progress, cancelled)
                _apply(store, result)
                if dry_run:
                    raise _DryRun
        except _DryRun:
            pass
        finally:
            store.db.execute("DROP TABLE IF EXISTS temp.incoming")
    return result


def _load(store: Store, package, progress: Progress | None, cancelled: Cancelled | None) -> None:  # type: ignore[no-untyped-def]
    db = store.db
    db.execute("DROP TABLE IF EXISTS temp.incoming")
    db.execute(
        "CREATE TEMP TABLE incoming (id TEXT PRIMARY KEY, entity TEXT, row_id TEXT, field TEXT,"
        " value TEXT, parents TEXT, member_id TEXT, origin TEXT)"
    )
    insert = f"INSERT INTO temp.incoming VALUES ({', '.join('?' for _ in REVISION_COLUMNS)})"
    done, total = 0, package.manifest.revisions
    for batch in package.revisions():
        if cancelled and cancelled():
            raise MergeCancelled
        db.conn.executemany(
            insert,
            [
                (r.id, r.entity, r.row_id, r.field, r.value, r.parents, r.member_id, r.origin)
                for r in batch
            ],
        )
        done += len(batch)
        if progress:
            progress(done, max(total, done))
    clash = db.execute(
        "SELECT i.id FROM temp.incoming i JOIN revisions r ON r.id = i.id"
        " WHERE r.entity != i.entity OR r.row_id != i.row_id OR r.field != i.field"
        " OR r.value != i.value OR r.parents != i.parents LIMIT 1"
    ).fetchone()
    if clash:
        raise PackageError("inconsistent", path=package.path, revision=clash[0])
    db.execute("DELETE FROM temp.incoming WHERE id IN (SELECT id FROM revisions)")


def _apply(store: Store, result: MergeResult) -> None:
    db = store.db
    db.execute("PRAGMA defer_foreign_keys = ON")
    result.revisions_added = db.execute("SELECT count(*) FROM temp.incoming").fetchone()[0]
    db.execute("INSERT INTO revisions SELECT * FROM temp.incoming")
    newest = db.execute("SELECT max(id) FROM temp.incoming").fetchone()[0]
    for name, spec in ENTITIES.items():
        row_ids = [
            r[0]
            for r in db.execute(
                "SELECT DISTINCT row_id FROM temp.incoming WHERE entity = ? ORDER BY row_id", [name]
            )
        ]
        if not row_ids:
            continue
        before = _states(store, spec.table, name, row_ids)
        store.rederive(name, row_ids)
        after = _states(store, spec.table, name, row_ids)
        result.entities[name] = _summarise(before, after)
    _check_references(store, result.path)
    if newest:
        store.clock.observe(newest)
    _log(store, result)


def _states(store: Store, table: str, entity: str, row_ids: list[str]) -> dict[str, tuple]:
    """``row id → (row values, open conflicts)`` for the rows given."""
    states: dict[str, tuple] = {}
    for start in range(0, len(row_ids), 500):
        ids = row_ids[start : start + 500]
        marks = ", ".join("?" for _ in ids)
        cursor = store.db.execute(
            f"SELECT (SELECT count(*) FROM conflicts c WHERE c.entity = ? AND c.row_id = t.id),"
            f' t.* FROM "{table}" t WHERE t.id IN ({marks})',
            [entity, *ids],
        )
        for conflicts, *values in cursor:
            states[values[0]] = (tuple(values), conflicts)
    return states


def _summarise(before: dict[str, tuple], after: dict[str, tuple]) -> EntitySummary:
    summary = EntitySummary()
    deleted_at = -1  # the "deleted" column, last in every entity table
    for row_id, (values, conflicts) in after.items():
        old = before.get(row_id)
        if old is None:
            summary.new += 1
        elif values[deleted_at] and not old[0][deleted_at]:
            summary.deleted += 1
        elif values != old[0]:
            summary.changed += 1
        summary.conflicts += max(0, conflicts - (old[1] if old else 0))
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
