"""``fieldnotes check``: SQLite's own checks plus Fieldnotes' consistency rules."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from .errors import ValidationError
from .ids import is_hlc, is_uuid
from .revisions import Conflict, Revision, derive_row
from .schema import ENTITIES, META_COLUMNS, Entity
from .store import Store
from .validate import check_field


def problems(store: Store) -> Iterator[str]:
    """Each problem found, as one Danish line; none means the database is sound."""
    db = store.db
    for (message,) in db.execute("PRAGMA integrity_check"):
        if message != "ok":
            yield f"SQLite: {message}"
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check"):
        yield f"{table} række {rowid} henviser til en manglende række i {parent}"
    if not store.member_id:
        yield "Installationen har ingen medlemsidentitet (fieldnotes init --member NAVN)"
    elif store.get("member", store.member_id) is None:
        yield f"Installationens medlem {store.member_id} findes ikke blandt medlemmerne"
    for (rev_id,) in db.execute("SELECT id FROM revisions"):
        if not is_hlc(rev_id):
            yield f"Revisions-id {rev_id!r} er ikke et gyldigt tidsstempel"
    for name in ENTITIES:
        yield from _entity_problems(store, name)


def _revisions_by_row(store: Store, name: str) -> Iterator[tuple[str, list[Revision]]]:
    cursor = store.db.execute(
        "SELECT id, entity, row_id, field, value, parents, member_id, origin FROM revisions"
        " WHERE entity = ? ORDER BY row_id, id",
        [name],
    )
    for row_id, group in itertools.groupby((Revision(*r) for r in cursor), lambda r: r.row_id):
        yield row_id, list(group)


def _entity_problems(store: Store, name: str) -> Iterator[str]:
    spec = ENTITIES[name]
    stored_conflicts = {(c.row_id, c.field): c for c in store.conflicts() if c.entity == name}
    rows = store.rows(name, include_deleted=True)
    revisions = _revisions_by_row(store, name)
    row = next(rows, None)
    rev = next(revisions, None)
    while row is not None or rev is not None:
        if rev is None or (row is not None and row["id"] < rev[0]):
            yield f"{name} {row['id']} har ingen revisioner"
            row = next(rows, None)
            continue
        if row is None or rev[0] < row["id"]:
            yield f"{name} {rev[0]} har revisioner men ingen række"
            rev = next(revisions, None)
            continue
        yield from _row_problems(spec, row, rev[1], stored_conflicts)
        row, rev = next(rows, None), next(revisions, None)


def _row_problems(
    spec: Entity,
    row: dict[str, Any],
    revisions: list[Revision],
    stored_conflicts: dict[tuple[str, str], Conflict],
) -> Iterator[str]:
    label = f"{spec.name} {row['id']}"
    if not is_uuid(row["id"]):
        yield f"{label}: id er ikke et UUID"
    derived = derive_row(spec, revisions)
    columns = (*spec.field_names, *META_COLUMNS)
    differing = [c for c in columns if derived.values.get(c) != row[c]]
    if differing:
        yield f"{label}: felterne {', '.join(differing)} svarer ikke til revisionerne"
    for c in derived.conflicts:
        stored = stored_conflicts.get((c.row_id, c.field))
        if stored is None or stored != c:
            yield f"{label}: konflikten om {c.field} er ikke registreret"
    if not row["deleted"]:
        for f in spec.fields:
            try:
                check_field(spec, f, row[f.name])
            except ValidationError as exc:
                yield f"{label}: {exc.message('da')}"
    for c in stored_conflicts.values():
        if c.row_id == row["id"] and c not in derived.conflicts:
            yield f"{label}: konflikten om {c.field} er forældet"
