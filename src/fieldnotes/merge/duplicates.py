"""Likely duplicates made independently on two laptops, offered to the secretariat to combine.

Nothing is combined without a person's say: ``find_duplicates`` only proposes, ``combine``
moves every reference from the duplicate to the row kept and deletes the duplicate, as
ordinary (undoable, mergeable) changes.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from ..core.schema import ENTITIES, LINK_KINDS
from ..core.store import Store


@dataclass(frozen=True)
class Duplicates:
    """Rows of ``entity`` that probably describe the same thing, oldest first."""

    entity: str
    ids: tuple[str, ...]
    reason: str  # Danish, for the secretariat


def _key(text: str | None) -> str:
    """Case-, space- and accent-insensitive form of a name, keeping æ ø å apart."""
    folded = " ".join((text or "").casefold().split())
    return unicodedata.normalize("NFC", folded)


def find_duplicates(store: Store) -> list[Duplicates]:
    """Visits in the same municipality on the same day, and people with the same name
    (and organisation, when both have one), created by different members or laptops."""
    return sorted(
        [*_visit_duplicates(store), *_person_duplicates(store)],
        key=lambda d: (d.entity, d.ids),
    )


def _groups(rows: Iterator[dict], key) -> Iterator[list[dict]]:  # type: ignore[no-untyped-def]
    grouped: dict[object, list[dict]] = defaultdict(list)
    for row in rows:
        k = key(row)
        if k is not None:
            grouped[k].append(row)
    for members in grouped.values():
        if len({(r["created_by"], r["origin"]) for r in members}) > 1:
            yield sorted(members, key=lambda r: (r["created_at"], r["id"]))


def _visit_duplicates(store: Store) -> Iterator[Duplicates]:
    def key(row: dict) -> object:
        if not row["municipality_id"] or not row["starts_at"]:
            return None
        return (row["municipality_id"], row["starts_at"][:10])

    for rows in _groups(store.rows("visit"), key):
        day = rows[0]["starts_at"][:10]
        yield Duplicates("visit", tuple(r["id"] for r in rows), f"samme kommune den {day}")


def _person_duplicates(store: Store) -> Iterator[Duplicates]:
    def key(row: dict) -> object:
        return _key(row["name"]) or None

    for rows in _groups(store.rows("person"), key):
        organisations = {r["organisation_id"] for r in rows if r["organisation_id"]}
        if len(organisations) <= 1:
            yield Duplicates(
                "person", tuple(r["id"] for r in rows), f"samme navn: {rows[0]['name']}"
            )


def references_to(entity: str) -> list[tuple[str, str]]:
    """``(entity, field)`` pairs whose value may be an id of ``entity``."""
    return [
        (other.name, f.name) for other in ENTITIES.values() for f in other.fields if f.ref == entity
    ]


def combine(store: Store, entity: str, keep: str, duplicate: str) -> int:
    """Point everything that refers to ``duplicate`` at ``keep``, then delete ``duplicate``.

    Returns the number of references moved. Fields of ``keep`` that are empty are filled
    from ``duplicate`` so nothing typed is lost.
    """
    moved = 0
    with store.transaction():
        kept, other = store.get(entity, keep), store.get(entity, duplicate)
        if kept is None or other is None:
            raise KeyError(keep if kept is None else duplicate)
        fill = {
            name: other[name]
            for name in ENTITIES[entity].field_names
            if kept[name] in (None, "") and other[name] not in (None, "")
        }
        if fill:
            store.update(entity, keep, **fill)
        for source, field in references_to(entity):
            for row in list(store.rows(source, **{field: duplicate})):
                store.update(source, row["id"], **{field: keep})
                moved += 1
        moved += _move_links(store, entity, keep, duplicate)
        store.delete(entity, duplicate)
    return moved


def _move_links(store: Store, entity: str, keep: str, duplicate: str) -> int:
    moved = 0
    for kind, (source_entity, target_entity) in LINK_KINDS.items():
        if source_entity == entity:
            for target in store.linked(kind, duplicate):
                store.link(kind, keep, target)
                store.unlink(kind, duplicate, target)
                moved += 1
        if target_entity == entity:
            for link in list(store.rows("link", kind=kind, target_id=duplicate)):
                store.link(kind, link["source_id"], keep)
                store.unlink(kind, link["source_id"], duplicate)
                moved += 1
    return moved
