"""Read-only queries behind the Word exports: filtered visits, passages, methods, ideas, money.

Every query takes a ``ReportFilter`` (themes, municipalities, period, members, drafts) and
returns plain dicts, so the export package never sees SQL.

>>> store = Store.memory(member_name="Anne Holm")
>>> visits(store, ReportFilter(include_drafts=True))
[]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .store import Store

#: Idea statuses a catalogue shows unless told otherwise (rejected ideas stay out).
DEFAULT_IDEA_STATUSES = ("proposal", "discussed", "in_catalogue")


@dataclass(frozen=True)
class ReportFilter:
    """What an export includes; an empty tuple means "all".

    Dates are ISO days (``"2013-03-01"``), both ends inclusive. Drafts are visits that are
    not yet written up (planned or done) and everything found on them.
    """

    theme_ids: tuple[str, ...] = ()
    municipality_ids: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    member_ids: tuple[str, ...] = ()
    include_drafts: bool = False
    idea_statuses: tuple[str, ...] = DEFAULT_IDEA_STATUSES
    visit_ids: tuple[str, ...] = field(default=())


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" for _ in values)


def _chunks(ids: Sequence[str]) -> Iterator[list[str]]:
    """``ids`` in parts of 500, few enough parameters for one ``IN (…)``."""
    for start in range(0, len(ids), 500):
        yield list(ids[start : start + 500])


def _linked_to_themes(kind: str, alias: str, theme_ids: Sequence[str]) -> str:
    """The condition that row ``alias`` has a live ``kind`` link to one of ``theme_ids``."""
    return (
        f"EXISTS (SELECT 1 FROM links lt WHERE lt.kind = '{kind}'"
        f" AND lt.deleted = 0 AND lt.source_id = {alias}.id AND lt.target_id IN"
        f" ({_marks(theme_ids)}))"
    )


def _visit_where(f: ReportFilter, alias: str = "v") -> tuple[str, list[Any]]:
    """Conditions a visit must meet (without the theme filter) and their parameters."""
    clauses = [f"{alias}.deleted = 0"]
    params: list[Any] = []
    if f.visit_ids:
        clauses.append(f"{alias}.id IN ({_marks(f.visit_ids)})")
        params += f.visit_ids
    if not f.include_drafts:
        clauses.append(f"{alias}.status = 'written_up'")
    if f.date_from:
        clauses.append(f"substr({alias}.starts_at, 1, 10) >= ?")
        params.append(f.date_from)
    if f.date_to:
        clauses.append(f"substr({alias}.starts_at, 1, 10) <= ?")
        params.append(f.date_to)
    if f.municipality_ids:
        clauses.append(f"{alias}.municipality_id IN ({_marks(f.municipality_ids)})")
        params += f.municipality_ids
    if f.member_ids:
        clauses.append(
            "EXISTS (SELECT 1 FROM links lm WHERE lm.kind = 'visit_member' AND lm.deleted = 0"
            f" AND lm.source_id = {alias}.id AND lm.target_id IN ({_marks(f.member_ids)}))"
        )
        params += f.member_ids
    return " AND ".join(clauses), params


def _visit_scoped(f: ReportFilter) -> bool:
    """Whether the filter narrows visits beyond the drafts choice."""
    return bool(f.visit_ids or f.date_from or f.date_to or f.municipality_ids or f.member_ids)


def _tag_where(f: ReportFilter) -> tuple[str, list[Any]]:
    """``_visit_where`` for the visits ``v`` of tags ``g``, and the filter's themes on the tags."""
    where, params = _visit_where(f)
    if f.theme_ids:
        where += f" AND g.theme_id IN ({_marks(f.theme_ids)})"
        params += f.theme_ids
    return where, params


# --- themes, members, lookups ------------------------------------------------------------
def themes(store: Store, theme_ids: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Sub-themes (1a … 2a) in order, or those of ``theme_ids``: id, code, title, description."""
    sql = (
        "SELECT id, code, title, description, position FROM themes WHERE deleted = 0"
        " AND parent_id IS NOT NULL"
    )
    params: list[Any] = []
    if theme_ids:
        sql += f" AND id IN ({_marks(theme_ids)})"
        params += theme_ids
    return list(store.db.query(sql + " ORDER BY position, code", params))


def theme_by_code(store: Store, code: str) -> dict[str, Any] | None:
    """A live theme by its code, case-insensitive (``"1A"`` finds 1a)."""
    rows = list(
        store.db.query(
            "SELECT id, code, title, parent_id FROM themes WHERE deleted = 0"
            " AND lower(code) = lower(?)",
            [code.strip()],
        )
    )
    return rows[0] if rows else None


def child_theme_ids(store: Store, theme_id: str) -> list[str]:
    """The sub-themes of a main theme (``1`` → 1a, 1b, 1c, 1d)."""
    return [
        row[0]
        for row in store.db.execute(
            "SELECT id FROM themes WHERE deleted = 0 AND parent_id = ? ORDER BY position",
            [theme_id],
        )
    ]


def municipalities(store: Store) -> list[dict[str, Any]]:
    """All live municipalities by name: id, name, code."""
    return list(
        store.db.query(
            "SELECT id, name, municipality_code AS code FROM actors WHERE deleted = 0"
            " AND kind = 'municipality' ORDER BY name COLLATE NOCASE"
        )
    )


def find_municipality(store: Store, text: str) -> dict[str, Any] | None:
    """A municipality by kommunekode (``"101"``) or name (``"København"``)."""
    text = text.strip()
    for row in municipalities(store):
        if text == row["code"] or text.casefold() in (
            row["name"].casefold(),
            f"{row['name']} kommune".casefold(),
        ):
            return row
    return None


def members(store: Store) -> list[dict[str, Any]]:
    """Live members by name: id, name, initials, role."""
    return list(
        store.db.query(
            "SELECT id, name, initials, role FROM members WHERE deleted = 0"
            " ORDER BY name COLLATE NOCASE"
        )
    )


def find_member(store: Store, text: str) -> dict[str, Any] | None:
    """A member by initials or full name, case-insensitive."""
    folded = text.strip().casefold()
    for row in members(store):
        if folded in (row["name"].casefold(), row["initials"].casefold()):
            return row
    return None


def find_visit(store: Store, text: str) -> list[dict[str, Any]]:
    """Live visits whose id starts with ``text`` (a full id or a unique prefix)."""
    text = text.strip().lower()
    if not text:
        return []
    return list(
        store.db.query(
            "SELECT id, title, starts_at FROM visits WHERE deleted = 0 AND substr(id, 1, ?) = ?"
            " ORDER BY id LIMIT 5",
            [len(text), text],
        )
    )


# --- visits ------------------------------------------------------------------------------
_VISIT_SELECT = (
    "SELECT v.id, v.title, v.starts_at, v.ends_at, v.place, v.status, v.summary, v.guide_id,"
    " v.municipality_id, a.name AS municipality, a.municipality_code,"
    " (SELECT count(*) FROM notes n WHERE n.visit_id = v.id AND n.deleted = 0) AS notes"
    " FROM visits v LEFT JOIN actors a ON a.id = v.municipality_id"
)


def visits(store: Store, f: ReportFilter) -> list[dict[str, Any]]:
    """Visits the filter admits, oldest first, with municipality and number of notes.

    With themes chosen, a visit counts when it is linked to one of them or has a note
    tagged with one.
    """
    where, params = _visit_where(f)
    if f.theme_ids:
        where += (
            f" AND ({_linked_to_themes('visit_theme', 'v', f.theme_ids)}"
            " OR EXISTS (SELECT 1 FROM notes n JOIN tags g ON g.note_id = n.id"
            " WHERE n.visit_id = v.id AND n.deleted = 0 AND g.deleted = 0"
            f" AND g.theme_id IN ({_marks(f.theme_ids)})))"
        )
        params += [*f.theme_ids, *f.theme_ids]
    return list(
        store.db.query(f"{_VISIT_SELECT} WHERE {where} ORDER BY v.starts_at, v.title, v.id", params)
    )


def visit(store: Store, visit_id: str) -> dict[str, Any] | None:
    """One live visit as ``visits`` gives it, whatever the filter."""
    rows = list(store.db.query(f"{_VISIT_SELECT} WHERE v.id = ? AND v.deleted = 0", [visit_id]))
    return rows[0] if rows else None


# --- passages ----------------------------------------------------------------------------
def passages(store: Store, f: ReportFilter) -> list[dict[str, Any]]:
    """Tagged passages on visits the filter admits, by theme, municipality, visit and note.

    Each: theme_id, start, end, is_quote, note_id, text (the whole note), person_id, role,
    person, visit_id, visit, starts_at, municipality_id, municipality.
    """
    where, params = _tag_where(f)
    return list(
        store.db.query(
            'SELECT g.theme_id, g.start, g."end", g.is_quote, n.id AS note_id, n.text,'
            " n.person_id, p.role, p.name AS person, v.id AS visit_id, v.title AS visit,"
            " v.starts_at, v.municipality_id, a.name AS municipality"
            " FROM tags g JOIN notes n ON n.id = g.note_id JOIN visits v ON v.id = n.visit_id"
            " JOIN themes t ON t.id = g.theme_id"
            " LEFT JOIN people p ON p.id = n.person_id"
            " LEFT JOIN actors a ON a.id = v.municipality_id"
            f" WHERE g.deleted = 0 AND n.deleted = 0 AND t.deleted = 0 AND {where}"
            " ORDER BY t.position, a.name COLLATE NOCASE, v.starts_at, v.id, n.position,"
            " g.start IS NOT NULL, g.start",
            params,
        )
    )


def theme_municipality_counts(store: Store, f: ReportFilter) -> list[dict[str, Any]]:
    """How many notes on each theme came from each municipality: theme_id, municipality, n."""
    where, params = _tag_where(f)
    return list(
        store.db.query(
            "SELECT g.theme_id, v.municipality_id, a.name AS municipality,"
            " count(DISTINCT n.id) AS n FROM tags g JOIN notes n ON n.id = g.note_id"
            " JOIN visits v ON v.id = n.visit_id LEFT JOIN actors a ON a.id = v.municipality_id"
            f" WHERE g.deleted = 0 AND n.deleted = 0 AND {where}"
            " GROUP BY g.theme_id, v.municipality_id ORDER BY a.name COLLATE NOCASE",
            params,
        )
    )


# --- methods and ideas -------------------------------------------------------------------
def _linked_codes(store: Store, kind: str, ids: Iterable[str]) -> dict[str, list[str]]:
    ids = list(ids)
    out: dict[str, list[str]] = {i: [] for i in ids}
    for part in _chunks(ids):
        for source, code in store.db.execute(
            "SELECT l.source_id, t.code FROM links l JOIN themes t ON t.id = l.target_id"
            f" WHERE l.kind = ? AND l.deleted = 0 AND l.source_id IN ({_marks(part)})"
            " ORDER BY t.position",
            [kind, *part],
        ):
            out[source].append(code)
    return out


def _linked_visits(store: Store, kind: str, ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    ids = list(ids)
    out: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    for part in _chunks(ids):
        for row in store.db.query(
            "SELECT DISTINCT l.source_id, v.id, v.title, v.starts_at FROM links l"
            " JOIN notes n ON n.id = l.target_id JOIN visits v ON v.id = n.visit_id"
            f" WHERE l.kind = ? AND l.deleted = 0 AND n.deleted = 0 AND v.deleted = 0"
            f" AND l.source_id IN ({_marks(part)}) ORDER BY v.starts_at, v.id",
            [kind, *part],
        ):
            source = row.pop("source_id")
            out[source].append(row)
    return out


def _found_on_admitted_visit(kind: str, alias: str, f: ReportFilter) -> tuple[str, list[Any]]:
    """An item linked to notes passes when one of its notes' visits passes the filter.

    Items linked to no note pass unless the filter narrows visits (period, members …).
    """
    where, params = _visit_where(f)
    found = (
        f"EXISTS (SELECT 1 FROM links lk JOIN notes n ON n.id = lk.target_id"
        f" JOIN visits v ON v.id = n.visit_id WHERE lk.kind = ? AND lk.deleted = 0"
        f" AND lk.source_id = {alias}.id AND n.deleted = 0 AND {where})"
    )
    if _visit_scoped(f):
        return found, [kind, *params]
    unlinked = (
        f"NOT EXISTS (SELECT 1 FROM links lk WHERE lk.kind = ? AND lk.deleted = 0"
        f" AND lk.source_id = {alias}.id)"
    )
    return f"({found} OR {unlinked})", [kind, *params, kind]


def _found_items(
    store: Store,
    f: ReportFilter,
    entity: str,
    *,
    select: str,
    order: str,
    condition: str = "",
    condition_params: Sequence[Any] = (),
) -> list[dict[str, Any]]:
    """Methods or ideas (``entity``, aliased by its first letter in ``select``) the filter
    admits, with ``condition`` (`` AND …``) on their own columns, each with its ``themes``
    (codes) and the ``visits`` it was found on."""
    alias = entity[0]
    clause, params = _found_on_admitted_visit(f"{entity}_note", alias, f)
    sql = f"{select} WHERE {alias}.deleted = 0 AND {clause}{condition}"
    params += condition_params
    if f.theme_ids:
        sql += f" AND {_linked_to_themes(f'{entity}_theme', alias, f.theme_ids)}"
        params += f.theme_ids
    rows = list(store.db.query(f"{sql} ORDER BY {order}", params))
    codes = _linked_codes(store, f"{entity}_theme", (r["id"] for r in rows))
    found = _linked_visits(store, f"{entity}_note", (r["id"] for r in rows))
    for row in rows:
        row["themes"] = codes[row["id"]]
        row["visits"] = found[row["id"]]
    return rows


def methods(store: Store, f: ReportFilter) -> list[dict[str, Any]]:
    """Methods the filter admits, by title, with ``themes`` (codes), ``visits`` and actor."""
    return _found_items(
        store,
        f,
        "method",
        select="SELECT m.id, m.title, m.description, m.place, m.target_group, m.results,"
        " m.resources, m.spreading, m.actor_id, a.name AS actor FROM methods m"
        " LEFT JOIN actors a ON a.id = m.actor_id",
        order="m.title COLLATE NOCASE, m.id",
    )


def ideas(store: Store, f: ReportFilter) -> list[dict[str, Any]]:
    """Ideas with the filter's statuses and themes, by category and title, with themes."""
    statuses = f.idea_statuses
    return _found_items(
        store,
        f,
        "idea",
        select="SELECT i.id, i.title, i.description, i.category, i.carried_by, i.cost,"
        " i.status, i.sources FROM ideas i",
        order="i.category, i.title COLLATE NOCASE, i.id",
        condition=f" AND i.status IN ({_marks(statuses)})" if statuses else "",
        condition_params=statuses,
    )


# --- resources ---------------------------------------------------------------------------
_RESOURCE_SELECT = (
    "SELECT r.id, r.municipality_id, a.name AS municipality, a.municipality_code, r.year,"
    " r.funding_source, r.amount_dkk, r.purpose, r.coordinated_with, r.certainty,"
    " r.source_note FROM resource_entries r LEFT JOIN actors a ON a.id = r.municipality_id"
)


def resources(store: Store, f: ReportFilter) -> list[dict[str, Any]]:
    """Resource figures (theme 1d) by municipality and year.

    The period limits the years; figures found on a note count only when its visit passes
    the filter (drafts, members); figures without a note are always included.
    """
    clauses = ["r.deleted = 0"]
    params: list[Any] = []
    if f.municipality_ids:
        clauses.append(f"r.municipality_id IN ({_marks(f.municipality_ids)})")
        params += f.municipality_ids
    if f.date_from:
        clauses.append("r.year >= ?")
        params.append(int(f.date_from[:4]))
    if f.date_to:
        clauses.append("r.year <= ?")
        params.append(int(f.date_to[:4]))
    where, visit_params = _visit_where(
        ReportFilter(include_drafts=f.include_drafts, member_ids=f.member_ids)
    )
    clauses.append(
        "(r.note_id IS NULL OR NOT EXISTS (SELECT 1 FROM notes n0 WHERE n0.id = r.note_id)"
        " OR EXISTS (SELECT 1 FROM notes n JOIN visits v ON v.id = n.visit_id"
        f" WHERE n.id = r.note_id AND {where}))"
    )
    params += visit_params
    return list(
        store.db.query(
            f"{_RESOURCE_SELECT} WHERE {' AND '.join(clauses)}"
            " ORDER BY a.name COLLATE NOCASE, r.municipality_id, r.year, r.funding_source, r.id",
            params,
        )
    )


# --- one visit: the visit memo ---------------------------------------------------------
#: What a visit memo lists besides the visit itself, each part one query on the visit's id.
_VISIT_PARTS = {
    # the task force members who took part: id, name, initials
    "members": "SELECT m.id, m.name, m.initials FROM links l JOIN members m ON m.id = l.target_id"
    " WHERE l.kind = 'visit_member' AND l.deleted = 0 AND m.deleted = 0"
    " AND l.source_id = ? ORDER BY m.name COLLATE NOCASE",
    # the actors linked to it, municipalities first: id, name, kind
    "actors": "SELECT a.id, a.name, a.kind FROM links l JOIN actors a ON a.id = l.target_id"
    " WHERE l.kind = 'visit_actor' AND l.deleted = 0 AND a.deleted = 0"
    " AND l.source_id = ? ORDER BY a.kind != 'municipality', a.name COLLATE NOCASE",
    # the themes it is linked to: id, code, title
    "themes": "SELECT t.id, t.code, t.title FROM links l JOIN themes t ON t.id = l.target_id"
    " WHERE l.kind = 'visit_theme' AND l.deleted = 0 AND t.deleted = 0"
    " AND l.source_id = ? ORDER BY t.position",
    # people who spoke in its notes: id, name, role, organisation, contact
    "people": "SELECT p.id, p.name, p.role, coalesce(p.organisation, o.name) AS organisation,"
    " p.contact FROM people p LEFT JOIN actors o ON o.id = p.organisation_id"
    " WHERE p.deleted = 0 AND p.id IN (SELECT person_id FROM notes"
    " WHERE visit_id = ? AND deleted = 0) ORDER BY p.role COLLATE NOCASE, p.id",
    # its notes in guide order with question, section and speaker; those without a question
    # (``question`` None) last
    "notes": "SELECT n.id, n.text, n.position, n.person_id, q.id AS question_id,"
    " q.text AS question, s.id AS section_id, s.title AS section,"
    " p.role AS role, p.name AS person"
    " FROM notes n LEFT JOIN guide_questions q ON q.id = n.question_id"
    " LEFT JOIN guide_sections s ON s.id = q.section_id"
    " LEFT JOIN people p ON p.id = n.person_id"
    " WHERE n.visit_id = ? AND n.deleted = 0"
    " ORDER BY q.id IS NULL, s.position, q.position, n.position, n.id",
    # live tags on its notes with their theme: note_id, start, end, is_quote, code …
    "tags": 'SELECT g.note_id, g.start, g."end", g.is_quote, t.id AS theme_id, t.code, t.title'
    " FROM tags g JOIN notes n ON n.id = g.note_id JOIN themes t ON t.id = g.theme_id"
    " WHERE n.visit_id = ? AND n.deleted = 0 AND g.deleted = 0"
    " ORDER BY t.position, n.position, g.start",
    # methods linked to its notes
    "methods": "SELECT DISTINCT m.id, m.title, m.description, m.target_group, m.results"
    " FROM methods m JOIN links l ON l.source_id = m.id AND l.kind = 'method_note'"
    " JOIN notes n ON n.id = l.target_id WHERE m.deleted = 0 AND l.deleted = 0"
    " AND n.deleted = 0 AND n.visit_id = ? ORDER BY m.title COLLATE NOCASE",
    # ideas linked to its notes
    "ideas": "SELECT DISTINCT i.id, i.title, i.description, i.category, i.status, i.cost"
    " FROM ideas i JOIN links l ON l.source_id = i.id AND l.kind = 'idea_note'"
    " JOIN notes n ON n.id = l.target_id WHERE i.deleted = 0 AND l.deleted = 0"
    " AND n.deleted = 0 AND n.visit_id = ? ORDER BY i.title COLLATE NOCASE",
    # resource figures noted on it
    "resources": f"{_RESOURCE_SELECT} JOIN notes n ON n.id = r.note_id"
    " WHERE r.deleted = 0 AND n.visit_id = ? ORDER BY r.year, r.funding_source",
    # its follow-ups, open ones first by due date
    "followups": "SELECT id, what, who, due_on, done FROM followups WHERE visit_id = ?"
    " AND deleted = 0 ORDER BY done, due_on IS NULL, due_on, id",
}


def visit_details(store: Store, visit_id: str) -> dict[str, list[dict[str, Any]]]:
    """Everything a visit memo lists about one visit, by part: members, actors, themes,
    people, notes, tags, methods, ideas, resources and followups (see ``_VISIT_PARTS``)."""
    return {part: list(store.db.query(sql, [visit_id])) for part, sql in _VISIT_PARTS.items()}


# --- appendices and privacy ----------------------------------------------------------------
def actor_kinds_met(store: Store, visit_ids: Sequence[str]) -> list[dict[str, Any]]:
    """Kinds of actor linked to the visits: kind, n (distinct actors), names (sorted)."""
    out: dict[str, set[str]] = {}
    for part in _chunks(visit_ids):
        for kind, name in store.db.execute(
            "SELECT a.kind, a.name FROM links l JOIN actors a ON a.id = l.target_id"
            " WHERE l.kind = 'visit_actor' AND l.deleted = 0 AND a.deleted = 0"
            f" AND l.source_id IN ({_marks(part)})",
            part,
        ):
            out.setdefault(kind, set()).add(name)
    return [
        {"kind": kind, "n": len(names), "names": sorted(names, key=str.casefold)}
        for kind, names in sorted(out.items(), key=lambda item: -len(item[1]))
    ]


def people_of_visits(store: Store, visit_ids: Sequence[str]) -> list[dict[str, Any]]:
    """Everyone who spoke on the visits: id, name, role (for pseudonyms and the notice)."""
    out: list[dict[str, Any]] = []
    for part in _chunks(visit_ids):
        out += store.db.query(
            "SELECT DISTINCT p.id, p.name, p.role, p.contact FROM people p JOIN notes n"
            f" ON n.person_id = p.id WHERE p.deleted = 0 AND n.deleted = 0"
            f" AND n.visit_id IN ({_marks(part)})",
            part,
        )
    return out


def all_people(store: Store) -> list[dict[str, Any]]:
    """Every live person: id, name, role (pseudonymisation needs every name it might meet)."""
    return list(store.db.query("SELECT id, name, role FROM people WHERE deleted = 0"))


def note_texts(store: Store, visit_ids: Sequence[str]) -> list[str]:
    """The texts of the visits' live notes (to look for personal data before export)."""
    out: list[str] = []
    for part in _chunks(visit_ids):
        out += [
            row[0] or ""
            for row in store.db.execute(
                f"SELECT text FROM notes WHERE deleted = 0 AND visit_id IN ({_marks(part)})",
                part,
            )
        ]
    return out
