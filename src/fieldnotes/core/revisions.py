"""From a row's revisions to its current values and open conflicts: a pure function.

Every installation stores the same grow-only set of revisions for a row once they have been
merged; this module derives the row from that set alone, so the result cannot depend on the
order in which revisions arrived. See docs/data-model.md.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .schema import Entity

CREATE = "*"
DELETED = "deleted"
#: An erasure carries no content and wins over every other change of its row.
ERASED = "erased"
#: A redaction record: a name scrubbed from every version of the row's texts (core.redaction).
REDACTED = "redacted"


_UNDECODED = object()


@dataclass(slots=True)
class Revision:
    """One change, never altered once stored: a whole new row (``field == "*"``) or one
    field's new value. (Not frozen only because frozen dataclasses are slow to build, and a
    merge builds hundreds of thousands.)"""

    id: str
    entity: str
    row_id: str
    field: str
    value: str  # JSON
    parents: str  # space-separated revision ids this change replaced
    member_id: str | None
    origin: str
    _decoded: object = dataclasses.field(default=_UNDECODED, repr=False, compare=False)

    @property
    def parent_ids(self) -> tuple[str, ...]:
        return tuple(self.parents.split()) if self.parents else ()

    @property
    def decoded(self) -> object:
        """The value, parsed once."""
        if self._decoded is _UNDECODED:
            self._decoded = json.loads(self.value)
        return self._decoded

    def value_of(self, field: str) -> object:
        """This revision's value for ``field`` (a create revision holds every field)."""
        if self.field == CREATE:
            values = self.decoded
            assert isinstance(values, dict)
            return values.get(field, False if field == DELETED else None)
        return self.decoded


@dataclass(frozen=True)
class Conflict:
    """Concurrent values of one field; ``winner`` is shown until someone resolves it."""

    entity: str
    row_id: str
    field: str
    kind: str  # "field", "text" or "delete"
    winner: str
    losers: tuple[str, ...]


@dataclass
class Row:
    """A row as derived from its revisions, ready to be written to its entity table."""

    values: dict[str, object]
    conflicts: list[Conflict]


def heads(revisions: Sequence[Revision], field: str) -> list[Revision]:
    """Revisions of ``field`` (or the row's creation) that no later change of it replaced."""
    candidates = [r for r in revisions if r.field in (CREATE, field)]
    replaced = {p for r in candidates if r.field == field for p in r.parent_ids}
    return sorted((r for r in candidates if r.id not in replaced), key=lambda r: r.id)


def _ancestors(start: Iterable[str], by_id: dict[str, Revision]) -> set[str]:
    seen: set[str] = set()
    stack = list(start)
    while stack:
        rid = stack.pop()
        if rid in seen or rid not in by_id:
            continue
        seen.add(rid)
        stack.extend(by_id[rid].parent_ids)
    return seen


def _merge_text(base: str, texts: list[str]) -> str | None:
    """Three-way merge of ``texts`` against ``base``, line by line; None if they overlap."""
    from merge3 import Merge3  # only concurrent edits need it: kept out of start-up

    merged = texts[0]
    for other in texts[1:]:
        m3 = Merge3(
            base.splitlines(keepends=True),
            merged.splitlines(keepends=True),
            other.splitlines(keepends=True),
        )
        lines: list[str] = []
        for group in m3.merge_groups():
            if group[0] == "conflict":
                return None
            lines.extend(group[1])
        merged = "".join(lines)
    return merged


def _resolve_field(
    entity: Entity, field: str, revs: Sequence[Revision], by_id: dict[str, Revision]
) -> tuple[object, Conflict | None]:
    current = heads(revs, field)
    values = [r.value_of(field) for r in current]
    winner = current[-1]
    if all(v == values[0] for v in values):
        return values[0], None
    losers = tuple(r.id for r in current[:-1])
    kind = "field"
    if field != DELETED and entity.field(field).kind == "longtext":
        kind = "text"
        common = set.intersection(*(_ancestors([r.id], by_id) for r in current))
        base = by_id[max(common)].value_of(field) if common else ""
        merged = _merge_text(str(base or ""), [str(v or "") for v in values])
        if merged is not None:
            return merged, None
    conflict = Conflict(entity.name, winner.row_id, field, kind, winner.id, losers)
    return winner.value_of(field), conflict


def _unseen_by_delete(
    revs: Sequence[Revision], entity: Entity, by_id: dict[str, Revision]
) -> list[str]:
    """Edits that the winning deletion did not know of: they make the deletion a conflict."""
    deletion = heads(revs, DELETED)[-1]
    seen = _ancestors([deletion.id], by_id)
    return sorted(r.id for f in entity.field_names for r in heads(revs, f) if r.id not in seen)


def _created_row(entity: Entity, creation: Revision) -> Row:
    """The common case, a row nobody has edited since: its creation holds every value."""
    decoded = creation.decoded
    assert isinstance(decoded, dict)
    values: dict[str, object] = {name: decoded.get(name) for name in entity.field_names}
    values.update(
        deleted=0,
        id=creation.row_id,
        created_by=creation.member_id,
        created_at=creation.id,
        origin=creation.origin,
        updated_by=creation.member_id,
        updated_at=creation.id,
    )
    return Row(values, [])


def _erased_row(entity: Entity, row_id: str, erasure: str) -> Row:
    """What is left of an erased row: its id and that it is gone."""
    values: dict[str, object] = dict.fromkeys(entity.field_names)
    values.update(
        deleted=1,
        id=row_id,
        created_by=None,
        created_at=erasure,
        origin=ERASED,
        updated_by=None,
        updated_at=erasure,
    )
    return Row(values, [])


def derive_row(entity: Entity, revisions: Sequence[Revision]) -> Row:
    """The current values and open conflicts of one row, from all its revisions."""
    if len(revisions) == 1 and revisions[0].field == CREATE:
        return _created_row(entity, revisions[0])
    erasures = sorted(r.id for r in revisions if r.field == ERASED)
    if erasures:
        return _erased_row(entity, revisions[0].row_id, erasures[0])
    by_id = {r.id: r for r in revisions}
    values: dict[str, object] = {}
    conflicts: list[Conflict] = []
    for field in (*entity.field_names, DELETED):
        value, conflict = _resolve_field(entity, field, revisions, by_id)
        values[field] = value
        if conflict:
            conflicts.append(conflict)
    if values[DELETED]:
        unseen = _unseen_by_delete(revisions, entity, by_id)
        if unseen:
            deletion = heads(revisions, DELETED)[-1]
            # One conflict per field: a concurrent restore joins the unseen edits as a loser.
            earlier = [c for c in conflicts if c.field == DELETED]
            losers = tuple(sorted({*unseen, *(lost for c in earlier for lost in c.losers)}))
            conflicts = [c for c in conflicts if c.field != DELETED]
            conflicts.append(
                Conflict(entity.name, deletion.row_id, DELETED, "delete", deletion.id, losers)
            )
            values[DELETED] = False
    values[DELETED] = 1 if values[DELETED] else 0
    ordered = sorted(revisions, key=lambda r: r.id)
    first = next((r for r in ordered if r.field == CREATE), ordered[0])
    last = ordered[-1]
    values.update(
        id=first.row_id,
        created_by=first.member_id,
        created_at=first.id,
        origin=first.origin,
        updated_by=last.member_id,
        updated_at=last.id,
    )
    return Row(values, conflicts)
