"""Read-only queries the app needs: paged lists, a visit's notes and guide, a note's tags.

>>> store = Store.memory(member_name="Anne Holm")
>>> count_rows(store, LISTS["visits"])
0
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .schema import ENTITIES, LINK_KINDS

if TYPE_CHECKING:
    from .store import Store


@dataclass(frozen=True)
class Column:
    """One column of a list: its ``key``, SQL expression and ``kind`` of value for display."""

    key: str
    sql: str
    kind: str = "text"  # text, enum, int, date, datetime, bool, money, snippet


@dataclass(frozen=True)
class ListSpec:
    """A browsable list: an entity's rows with some columns, filterable and sortable."""

    name: str
    entity: str
    source: str  # FROM … (the main table aliased ``t``)
    columns: tuple[Column, ...]
    order: str  # default ORDER BY
    search: tuple[str, ...]  # SQL expressions matched by the filter text


def _snippet(expr: str) -> str:
    return f"substr(replace({expr}, char(10), ' '), 1, 160)"


LISTS: dict[str, ListSpec] = {
    spec.name: spec
    for spec in (
        ListSpec(
            "visits",
            "visit",
            "visits t LEFT JOIN actors a ON a.id = t.municipality_id",
            (
                Column("starts_at", "t.starts_at", "datetime"),
                Column("title", "t.title"),
                Column("municipality", "a.name"),
                Column("status", "t.status", "enum"),
                Column(
                    "notes",
                    "(SELECT count(*) FROM notes n WHERE n.visit_id = t.id AND n.deleted = 0)",
                    "int",
                ),
            ),
            "t.starts_at DESC",
            ("t.title", "t.place", "a.name"),
        ),
        ListSpec(
            "notes",
            "note",
            "notes t JOIN visits v ON v.id = t.visit_id LEFT JOIN people p ON p.id = t.person_id",
            (
                Column("visit", "v.title"),
                Column("speaker", "p.name"),
                Column("text", _snippet("t.text"), "snippet"),
                Column("updated_at", "t.updated_at", "clock"),
            ),
            "v.starts_at DESC, t.position",
            ("t.text", "v.title", "p.name"),
        ),
        ListSpec(
            "people",
            "person",
            "people t LEFT JOIN actors o ON o.id = t.organisation_id",
            (
                Column("name", "t.name"),
                Column("role", "t.role"),
                # the organisation chosen among the actors, else the one typed in
                Column("organisation", "coalesce(o.name, t.organisation)"),
                Column("contact", "t.contact"),
            ),
            "t.name COLLATE NOCASE",
            ("t.name", "t.role", "t.organisation", "o.name"),
        ),
        ListSpec(
            "methods",
            "method",
            "methods t",
            (
                Column("title", "t.title"),
                Column("place", "t.place"),
                Column("target_group", "t.target_group"),
            ),
            "t.title COLLATE NOCASE",
            ("t.title", "t.description", "t.target_group"),
        ),
        ListSpec(
            "ideas",
            "idea",
            "ideas t",
            (
                Column("title", "t.title"),
                Column("category", "t.category", "enum"),
                Column("status", "t.status", "enum"),
                Column("carried_by", "t.carried_by"),
            ),
            "t.title COLLATE NOCASE",
            ("t.title", "t.description", "t.carried_by"),
        ),
        ListSpec(
            "resources",
            "resource_entry",
            "resource_entries t LEFT JOIN actors a ON a.id = t.municipality_id",
            (
                Column("municipality", "a.name"),
                Column("year", "t.year", "int"),
                Column("funding_source", "t.funding_source", "enum"),
                Column("amount_dkk", "t.amount_dkk", "money"),
                Column("certainty", "t.certainty", "enum"),
                Column("purpose", "t.purpose"),
            ),
            "a.name, t.year",
            ("a.name", "t.purpose", "t.source_note"),
        ),
        ListSpec(
            "followups",
            "followup",
            "followups t LEFT JOIN visits v ON v.id = t.visit_id",
            (
                Column("what", "t.what"),
                Column("who", "t.who"),
                Column("due_on", "t.due_on", "date"),
                Column("done", "t.done", "bool"),
                Column("visit", "v.title"),
            ),
            "t.done, t.due_on",
            ("t.what", "t.who", "v.title"),
        ),
        ListSpec(
            "hearing",
            "hearing_input",
            "hearing_inputs t",
            (
                Column("stakeholder", "t.stakeholder"),
                Column("received_on", "t.received_on", "date"),
                Column("problems", _snippet("t.problems"), "snippet"),
            ),
            "t.stakeholder COLLATE NOCASE",
            ("t.stakeholder", "t.problems", "t.suggestions"),
        ),
    )
}


def _fold(value: object) -> str | None:
    return value.casefold() if isinstance(value, str) else None


def _where(store: Store, spec: ListSpec, text: str) -> tuple[str, list[Any]]:
    """The WHERE clause for live rows matching every word of ``text`` (æ, ø, å too)."""
    words = text.casefold().split()
    clauses = ["t.deleted = 0"]
    params: list[Any] = []
    if words:
        store.db.conn.create_function("fieldnotes_fold", 1, _fold, deterministic=True)
    for word in words:
        clauses.append(
            "(" + " OR ".join(f"instr(fieldnotes_fold({e}), ?)" for e in spec.search) + ")"
        )
        params += [word] * len(spec.search)
    return " WHERE " + " AND ".join(clauses), params


def count_rows(store: Store, spec: ListSpec, text: str = "") -> int:
    """How many live rows the list shows for the filter ``text`` (all words must match)."""
    where, params = _where(store, spec, text)
    return int(store.db.execute(f"SELECT count(*) FROM {spec.source}{where}", params).fetchone()[0])


def page(
    store: Store,
    spec: ListSpec,
    offset: int,
    limit: int,
    *,
    text: str = "",
    sort: int | None = None,
    descending: bool = False,
) -> list[tuple[Any, ...]]:
    """Rows ``offset`` to ``offset + limit`` of the list: ``(id, *columns)`` each."""
    where, params = _where(store, spec, text)
    order = spec.order
    if sort is not None:
        order = f"{spec.columns[sort].sql} {'DESC' if descending else 'ASC'}"
    columns = ", ".join(c.sql for c in spec.columns)
    sql = (
        f"SELECT t.id, {columns} FROM {spec.source}{where} ORDER BY {order}, t.id LIMIT ? OFFSET ?"
    )
    return [tuple(row) for row in store.db.execute(sql, [*params, limit, offset])]


def row_of(store: Store, spec: ListSpec, row_id: str) -> tuple[Any, ...] | None:
    """One row of the list by id, as ``page`` gives it (None if gone)."""
    columns = ", ".join(c.sql for c in spec.columns)
    sql = f"SELECT t.id, {columns} FROM {spec.source} WHERE t.id = ? AND t.deleted = 0"
    row = store.db.execute(sql, [row_id]).fetchone()
    return tuple(row) if row else None


def saved_search_names(store: Store) -> list[tuple[str, str, str]]:
    """``(id, name, query)`` of every saved search, unsorted: what the window's sidebar lists,
    read without importing the search engine (``search.saved`` has the searches themselves)."""
    return [
        (str(i), str(n), str(q))
        for i, n, q in store.db.execute("SELECT id, name, query FROM saved_searches")
    ]


# --- the note-taking view -----------------------------------------------------------------
def subthemes(store: Store) -> list[dict[str, Any]]:
    """The themes one tags with (1a, 1b, 1c, 1d, 2a …), in the theme list's order."""
    return list(
        store.db.query(
            "SELECT id, code, title, color FROM themes WHERE deleted = 0"
            " AND parent_id IS NOT NULL ORDER BY position, code"
        )
    )


def guide_outline(store: Store, guide_id: str) -> list[dict[str, Any]]:
    """The guide's sections in order, each with its ``questions`` in order."""
    sections = list(
        store.db.query(
            "SELECT id, title, theme_id FROM guide_sections WHERE guide_id = ? AND deleted = 0"
            " ORDER BY position, id",
            [guide_id],
        )
    )
    for section in sections:
        section["questions"] = list(
            store.db.query(
                "SELECT id, text FROM guide_questions WHERE section_id = ? AND deleted = 0"
                " ORDER BY position, id",
                [section["id"]],
            )
        )
    return sections


def visit_notes(store: Store, visit_id: str) -> list[dict[str, Any]]:
    """A visit's live notes in order: id, question_id, person_id, text, position."""
    return list(
        store.db.query(
            "SELECT id, question_id, person_id, text, position FROM notes"
            " WHERE visit_id = ? AND deleted = 0 ORDER BY position, id",
            [visit_id],
        )
    )


def note_tags(store: Store, note_id: str) -> list[dict[str, Any]]:
    """A note's live tags with their theme's code, title and colour, whole-note tags first."""
    return list(
        store.db.query(
            'SELECT g.id, g.theme_id, g.start, g."end", g.is_quote, h.code, h.title, h.color'
            " FROM tags g JOIN themes h ON h.id = g.theme_id"
            " WHERE g.note_id = ? AND g.deleted = 0"
            " ORDER BY g.start IS NOT NULL, g.start, h.position",
            [note_id],
        )
    )


def people(store: Store) -> list[dict[str, Any]]:
    """Everyone met, by name: id, name, organisation."""
    return list(
        store.db.query(
            "SELECT id, name, organisation FROM people WHERE deleted = 0"
            " ORDER BY name COLLATE NOCASE, id"
        )
    )


def next_note_position(store: Store, visit_id: str) -> int:
    """The position after the visit's last note."""
    last = store.db.execute(
        "SELECT max(position) FROM notes WHERE visit_id = ?", [visit_id]
    ).fetchone()[0]
    return 0 if last is None else int(last) + 1


def section_theme_of_note(store: Store, note_id: str) -> str | None:
    """The theme of the guide section the note's question belongs to, if any."""
    row = store.db.execute(
        "SELECT s.theme_id FROM notes n JOIN guide_questions q ON q.id = n.question_id"
        " JOIN guide_sections s ON s.id = q.section_id WHERE n.id = ?",
        [note_id],
    ).fetchone()
    return str(row[0]) if row and row[0] else None


def busiest_visit(store: Store) -> str | None:
    """The id of the live visit with the most notes (for previews and screenshots)."""
    row = store.db.execute(
        "SELECT visit_id FROM notes WHERE deleted = 0 GROUP BY visit_id"
        " ORDER BY count(*) DESC, visit_id LIMIT 1"
    ).fetchone()
    if row:
        return str(row[0])
    row = store.db.execute("SELECT id FROM visits WHERE deleted = 0 ORDER BY id LIMIT 1").fetchone()
    return str(row[0]) if row else None


# --- pickers for the editors ----------------------------------------------------------------
def choices(store: Store, entity: str) -> list[tuple[str, str]]:
    """``(id, label)`` of the live rows one can pick for a reference to ``entity``, by label."""
    label = _LABELS.get(entity, "id")
    return [
        (str(row[0]), str(row[1] or ""))
        for row in store.db.execute(
            f"SELECT id, {label} FROM {ENTITIES[entity].table} WHERE deleted = 0"
            f" ORDER BY {label} COLLATE NOCASE, id"
        )
    ]


#: How a row of each entity is named in pickers and headings (an SQL expression).
_LABELS = {
    "member": "name",
    "theme": "code || ' ' || title",
    "actor": "name",
    "person": "name",
    "hearing_input": "stakeholder",
    "guide": "title || ' (v' || version || ')'",
    "guide_section": "title",
    "guide_question": "text",
    "visit": "coalesce(substr(starts_at, 1, 10) || ' ', '') || title",
    "note": "CASE WHEN length(text) > 80 THEN substr(replace(text, char(10), ' '), 1, 79) || '…'"
    " ELSE replace(text, char(10), ' ') END",
    "tag": "id",
    "method": "title",
    "resource_entry": "year || ': ' || amount_dkk || ' kr.'",
    "idea": "title",
    "followup": "what",
    "link": "kind",
}


def item_title(store: Store, entity: str, row_id: str) -> str:
    """A short human name of one row (deleted rows too), e.g. a visit's date and title."""
    row = store.db.execute(
        f"SELECT {_LABELS.get(entity, 'id')} FROM {ENTITIES[entity].table} WHERE id = ?", [row_id]
    ).fetchone()
    return str(row[0]) if row and row[0] is not None else row_id[:8]


def visit_links(store: Store, visit_id: str) -> dict[str, list[str]]:
    """A visit's linked actors, attending members and themes in focus, by link kind."""
    return {kind: store.linked(kind, visit_id) for kind in _VISIT_LINK_KINDS}


_VISIT_LINK_KINDS = ("visit_actor", "visit_member", "visit_theme")


def hearing_suggestion(store: Store, hearing_id: str) -> dict[str, Any]:
    """What a hearing input suggests for a visit: a title, municipality, actors and themes."""
    hearing = store.get("hearing_input", hearing_id) or {}
    actors = store.linked("hearing_actor", hearing_id)
    kinds = dict(
        store.db.execute(
            f"SELECT id, kind FROM actors WHERE id IN ({', '.join('?' for _ in actors)})",
            actors,
        ).fetchall()
    )
    municipality = next((a for a in actors if kinds.get(a) == "municipality"), None)
    return {
        "title": f"Besøg: {hearing.get('stakeholder') or ''}".strip(),
        "hearing_input_id": hearing_id,
        "municipality_id": municipality,
        "links": {
            "visit_actor": [a for a in actors if a != municipality],
            "visit_theme": store.linked("hearing_theme", hearing_id),
        },
    }


def links_of(store: Store, row_id: str) -> list[dict[str, Any]]:
    """Every live link from or to a row: kind, the other row's entity, id and name."""
    found = []
    for kind, source_id, target_id in store.db.execute(
        "SELECT kind, source_id, target_id FROM links WHERE deleted = 0"
        " AND (source_id = ? OR target_id = ?) ORDER BY kind, source_id, target_id",
        [row_id, row_id],
    ).fetchall():
        source_entity, target_entity = LINK_KINDS[kind]
        other, entity = (
            (target_id, target_entity) if source_id == row_id else (source_id, source_entity)
        )
        found.append(
            {"kind": kind, "entity": entity, "id": other, "title": item_title(store, entity, other)}
        )
    return found


# --- the secretariat ------------------------------------------------------------------------
def merge_log(store: Store) -> list[dict[str, Any]]:
    """Every merge, newest first: file, member, when, by whom, and totals of what it did."""
    rows = []
    for merge in store.merge_log():
        facts, counts = merge["manifest"], merge["summary"]
        totals = {key: 0 for key in ("new", "changed", "deleted", "conflicts")}
        for entity_counts in counts.values():
            for key in totals:
                totals[key] += int(entity_counts.get(key) or 0)
        merged_by = store.get("member", merge["merged_by"]) if merge["merged_by"] else None
        rows.append(
            {
                "id": merge["id"],
                "file_name": merge["file_name"],
                "member": facts.get("member_name") or "",
                "created_at": facts.get("created_at") or "",
                "merged_at": merge["merged_at"],
                "merged_by": merged_by["name"] if merged_by else "",
                "revisions": int(facts.get("revisions") or 0),
                **totals,
                "entities": counts,
            }
        )
    return rows


def conflict_sides(store: Store, conflict: Any) -> list[dict[str, Any]]:
    """The competing revisions of a conflict, winner first: ``revision``, ``field`` changed,
    ``value``, ``member`` (name) and ``at`` (clock value)."""
    revisions = {r.id: r for r in store.revisions(conflict.entity, conflict.row_id)}
    names = dict(store.db.execute("SELECT id, name FROM members").fetchall())
    sides = []
    for rev_id in (conflict.winner, *conflict.losers):
        revision = revisions.get(rev_id)
        if revision is None:
            continue
        field = conflict.field if revision.field == "*" else revision.field
        sides.append(
            {
                "revision": rev_id,
                "field": field,
                "value": revision.value_of(field),
                "member": names.get(revision.member_id, ""),
                "at": rev_id,
            }
        )
    return sides


def actor_choices(store: Store) -> list[tuple[str, str, str]]:
    """``(id, name, kind)`` of every live actor, municipalities and others, by name."""
    return [
        (str(i), str(n), str(k))
        for i, n, k in store.db.execute(
            "SELECT id, name, kind FROM actors WHERE deleted = 0 ORDER BY name COLLATE NOCASE, id"
        )
    ]


def provenance(store: Store, entity: str, row_id: str) -> list[dict[str, Any]]:
    """The packages that brought changes to one item, oldest first: ``file_name``,
    ``member`` (who made the package), ``created_at`` (of the package) and ``merged_at``."""
    found = []
    for merge in store.provenance(entity, row_id):
        facts = merge["manifest"]
        found.append(
            {
                "file_name": merge["file_name"],
                "member": facts.get("member_name") or "",
                "created_at": facts.get("created_at") or "",
                "merged_at": merge["merged_at"],
            }
        )
    return found


def references(store: Store, entity: str, row_id: str) -> dict[str, int]:
    """How many live rows of each kind refer to one row (by a field or a link), e.g.
    ``{"note": 12, "link": 3}`` for a visit: what combining it with a duplicate would move."""
    counts: dict[str, int] = {}
    for other in ENTITIES.values():
        for field in other.fields:
            if field.ref != entity:
                continue
            (n,) = store.db.execute(
                f'SELECT count(*) FROM "{other.table}" WHERE "{field.name}" = ? AND deleted = 0',
                [row_id],
            ).fetchone()
            if n:
                counts[other.name] = counts.get(other.name, 0) + int(n)
    (links,) = store.db.execute(
        "SELECT count(*) FROM links WHERE deleted = 0 AND (source_id = ? OR target_id = ?)",
        [row_id, row_id],
    ).fetchone()
    if links:
        counts["link"] = int(links)
    return counts
