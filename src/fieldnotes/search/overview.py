"""The theme × municipality (or actor) matrix and the coverage overview of the kommissorium.

Everything is counted in SQL (nothing loads all notes); names sort in Danish order.

>>> store = Store.memory(member_name="Anne Holm")
>>> matrix(store).columns
[]
>>> [t.code for t in coverage(store).themes][:2]
['1', '1a']
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import danish

if TYPE_CHECKING:
    from ..core.store import Store

AXES = ("municipality", "actor")
#: Theme 1d (resources) is covered once figures come from at least this many municipalities.
RESOURCE_GOAL = 3


@dataclass(frozen=True)
class Theme:
    id: str
    code: str
    title: str
    color: str | None
    parent_id: str | None


@dataclass(frozen=True)
class Place:
    """A matrix column: a municipality or another actor."""

    id: str
    name: str


@dataclass
class Cell:
    """What one theme has from one municipality or actor."""

    passages: int = 0
    methods: int = 0
    ideas: int = 0

    @property
    def total(self) -> int:
        return self.passages + self.methods + self.ideas


@dataclass
class Matrix:
    """Rows ``themes``, columns ``columns`` (those with anything), ``cells[(theme, column)]``."""

    axis: str
    themes: list[Theme]
    columns: list[Place]
    cells: dict[tuple[str, str], Cell] = field(default_factory=dict)

    def cell(self, theme_id: str, column_id: str) -> Cell:
        return self.cells.get((theme_id, column_id), Cell())

    def max_total(self) -> int:
        return max((c.total for c in self.cells.values()), default=0)


def themes(store: Store) -> list[Theme]:
    """Live themes in the kommissorium's order (main theme, then its sub-themes)."""
    return [
        Theme(*row)
        for row in store.db.execute(
            "SELECT id, code, title, color, parent_id FROM themes WHERE deleted = 0"
            " ORDER BY position, code"
        )
    ]


def passages_by_visit(store: Store) -> dict[tuple[str, str], int]:
    """Live tagged passages per ``(visit id, theme id)`` of live notes and visits: the unit
    the matrix and the coverage are summed from (a few thousand rows at most)."""
    return {
        (visit_id, theme_id): n
        for visit_id, theme_id, n in store.db.execute(
            "SELECT x.visit_id, x.theme_id, x.n FROM ("
            " SELECT n.visit_id, g.theme_id, count(*) AS n"
            " FROM notes n INDEXED BY search_notes_by_id"
            " JOIN tags g INDEXED BY search_tags_by_note ON g.note_id = n.id"
            " WHERE g.deleted = 0 AND n.deleted = 0 GROUP BY 1, 2) x"
            " JOIN visits v ON v.id = x.visit_id WHERE v.deleted = 0"
        )
    }


def _visit_places(store: Store, axis: str) -> dict[str, list[str]]:
    if axis == "municipality":
        sql = "SELECT id, municipality_id FROM visits WHERE deleted = 0"
    else:
        sql = "SELECT source_id, target_id FROM links WHERE kind = 'visit_actor' AND deleted = 0"
    places: dict[str, list[str]] = {}
    for visit_id, place in store.db.execute(sql):
        if place:
            places.setdefault(visit_id, []).append(place)
    return places


def _counts(store: Store, axis: str) -> dict[tuple[str, str], Cell]:
    cells: dict[tuple[str, str], Cell] = {}
    places = _visit_places(store, axis)
    for (visit_id, theme_id), n in passages_by_visit(store).items():
        for place in places.get(visit_id, ()):
            cells.setdefault((theme_id, place), Cell()).passages += n
    # A method counts for its actor (as a municipality: the actor's municipality) and for the
    # places of the visits of its source notes; an idea for those of its source notes.
    home = dict(
        store.db.execute(
            "SELECT id, CASE WHEN kind = 'municipality' THEN id ELSE municipality_id END"
            " FROM actors"
        )
    )
    for entity, table in (("method", "methods"), ("idea", "ideas")):
        own = "x.actor_id" if entity == "method" else "NULL"
        sql = (
            f"SELECT t.target_id, x.id, {own}, n.visit_id FROM links t"
            f" JOIN {table} x ON x.id = t.source_id AND x.deleted = 0"
            f" LEFT JOIN links s ON s.kind = '{entity}_note' AND s.source_id = x.id"
            " AND s.deleted = 0"
            " LEFT JOIN notes n ON n.id = s.target_id AND n.deleted = 0"
            f" WHERE t.kind = '{entity}_theme' AND t.deleted = 0"
        )
        found: dict[tuple[str, str], set[str]] = {}
        for theme_id, item, actor, visit_id in store.db.execute(sql):
            targets = list(places.get(visit_id, ())) if visit_id else []
            if actor:
                targets.append(home.get(actor) if axis == "municipality" else actor)
            for target in targets:
                if target:
                    found.setdefault((theme_id, target), set()).add(item)
        for key, items in found.items():
            setattr(cells.setdefault(key, Cell()), f"{entity}s", len(items))
    return cells


def matrix(store: Store, axis: str = "municipality") -> Matrix:
    """Themes × municipalities (``axis="municipality"``) or × actors met (``"actor"``).

    A passage counts for the municipality of its note's visit (or each actor the visit met);
    a method for its actor and the visits of its source notes; an idea for its notes' visits.
    """
    if axis not in AXES:
        raise ValueError(f"axis must be one of {AXES}")
    cells = _counts(store, axis)
    used = {place for _, place in cells}
    rows = [t for t in themes(store) if any((t.id, p) in cells for p in used)]
    names = dict(store.db.execute("SELECT id, name FROM actors"))
    columns = sorted(
        (Place(p, names.get(p) or "?") for p in used), key=lambda c: danish.sort_key(c.name)
    )
    return Matrix(axis, rows, columns, cells)


@dataclass(frozen=True)
class CellItem:
    """One passage, method or idea behind a matrix cell."""

    entity: str
    row_id: str
    title: str
    text: str
    visit_id: str | None
    date: str | None


def cell_items(
    store: Store, theme_id: str, place_id: str, axis: str = "municipality", limit: int = 500
) -> list[CellItem]:
    """The passages (the tagged text itself), methods and ideas counted in one cell."""
    if axis == "municipality":
        at_place = "v.municipality_id = :place"
    else:
        at_place = (
            "EXISTS (SELECT 1 FROM links a WHERE a.kind = 'visit_actor' AND a.source_id = v.id"
            " AND a.target_id = :place AND a.deleted = 0)"
        )
    params = {"theme": theme_id, "place": place_id, "limit": limit}
    items = [
        CellItem("note", r[0], r[1], r[2], r[3], r[4])
        for r in store.db.execute(
            "SELECT n.id, v.title, CASE WHEN g.start IS NULL THEN n.text"
            ' ELSE substr(n.text, g.start + 1, g."end" - g.start) END,'
            " v.id, substr(v.starts_at, 1, 10) FROM tags g JOIN notes n ON n.id = g.note_id"
            " JOIN visits v ON v.id = n.visit_id WHERE g.theme_id = :theme AND g.deleted = 0"
            f" AND n.deleted = 0 AND v.deleted = 0 AND {at_place}"
            " ORDER BY v.starts_at, n.position LIMIT :limit",
            params,
        )
    ]
    note_at_place = (
        "EXISTS (SELECT 1 FROM links s JOIN notes n ON n.id = s.target_id"
        " JOIN visits v ON v.id = n.visit_id WHERE s.kind = '{kind}' AND s.source_id = x.id"
        f" AND s.deleted = 0 AND n.deleted = 0 AND {at_place})"
    )
    for entity, table, kind, extra in (
        ("method", "methods", "method", "x.actor_id = :place OR "),
        ("idea", "ideas", "idea", ""),
    ):
        items += [
            CellItem(entity, r[0], r[1], r[2] or "", None, None)
            for r in store.db.execute(
                f"SELECT x.id, x.title, x.description FROM {table} x"
                f" JOIN links t ON t.kind = '{kind}_theme' AND t.source_id = x.id"
                " AND t.deleted = 0 AND t.target_id = :theme"
                f" WHERE x.deleted = 0 AND ({extra}{note_at_place.format(kind=kind + '_note')})"
                " ORDER BY x.title LIMIT :limit",
                params,
            )
        ]
    return items


# --- coverage --------------------------------------------------------------------------------
@dataclass
class ThemeCoverage:
    """How well one theme is covered so far."""

    id: str
    code: str
    title: str
    color: str | None
    is_main: bool
    visits: int = 0
    passages: int = 0
    methods: int = 0
    ideas: int = 0


@dataclass
class FollowUp:
    id: str
    what: str
    who: str | None
    due_on: str
    visit_title: str | None


@dataclass
class Coverage:
    """The kommissorium at a glance."""

    themes: list[ThemeCoverage]
    visits_by_status: dict[str, int]
    resource_municipalities: list[str]
    resource_goal: int
    followups_overdue: list[FollowUp]
    followups_soon: list[FollowUp]
    today: str

    @property
    def resources_covered(self) -> bool:
        return len(self.resource_municipalities) >= self.resource_goal


def coverage(store: Store, today: dt.date | None = None, soon_days: int = 14) -> Coverage:
    """Per theme: visits, passages, methods and ideas; theme 1d's resource figures by
    municipality; visits by status; open follow-ups overdue or due within ``soon_days``.

    A main theme counts its own and its sub-themes' items.
    """
    today = today or dt.date.today()
    rows = themes(store)
    main_of = {t.id: t.parent_id or t.id for t in rows}
    per: dict[str, ThemeCoverage] = {
        t.id: ThemeCoverage(t.id, t.code, t.title, t.color, t.parent_id is None) for t in rows
    }
    visits: dict[str, set[str]] = {t.id: set() for t in rows}
    for (visit_id, theme_id), n in passages_by_visit(store).items():
        for target in {theme_id, main_of.get(theme_id, theme_id)}:
            if target in per:
                per[target].passages += n
                visits[target].add(visit_id)
    linked = (
        "SELECT l.target_id, l.source_id FROM links l JOIN {table} x ON x.id = l.source_id"
        " WHERE l.kind = '{kind}' AND l.deleted = 0 AND x.deleted = 0"
    )
    items: dict[tuple[str, str], set[str]] = {}
    for attribute, table, kind in (
        ("visits", "visits", "visit_theme"),
        ("methods", "methods", "method_theme"),
        ("ideas", "ideas", "idea_theme"),
    ):
        for theme_id, source in store.db.execute(linked.format(table=table, kind=kind)):
            for target in {theme_id, main_of.get(theme_id, theme_id)}:
                if target in per:
                    items.setdefault((target, attribute), set()).add(source)
    for theme in rows:
        coverage_row = per[theme.id]
        coverage_row.visits = len(visits[theme.id] | items.get((theme.id, "visits"), set()))
        coverage_row.methods = len(items.get((theme.id, "methods"), ()))
        coverage_row.ideas = len(items.get((theme.id, "ideas"), ()))
    statuses = dict(
        store.db.execute("SELECT status, count(*) FROM visits WHERE deleted = 0 GROUP BY 1")
    )
    municipalities = [
        r[0]
        for r in store.db.execute(
            "SELECT DISTINCT a.name FROM resource_entries r JOIN actors a"
            " ON a.id = r.municipality_id WHERE r.deleted = 0"
        )
    ]
    soon = (today + dt.timedelta(days=soon_days)).isoformat()
    open_followups = [
        FollowUp(*r)
        for r in store.db.execute(
            "SELECT f.id, f.what, f.who, f.due_on, v.title FROM followups f"
            " LEFT JOIN visits v ON v.id = f.visit_id WHERE f.deleted = 0 AND NOT f.done"
            " AND f.due_on IS NOT NULL AND f.due_on <= ? ORDER BY f.due_on, f.id",
            [soon],
        )
    ]
    now = today.isoformat()
    return Coverage(
        themes=[per[t.id] for t in rows],
        visits_by_status=statuses,
        resource_municipalities=sorted(municipalities, key=danish.sort_key),
        resource_goal=RESOURCE_GOAL,
        followups_overdue=[f for f in open_followups if f.due_on < now],
        followups_soon=[f for f in open_followups if f.due_on >= now],
        today=now,
    )
