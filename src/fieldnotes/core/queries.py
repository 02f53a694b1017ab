"""Read-only queries the app needs: paged lists, a visit's notes and guide, a note's tags.

>>> store = Store.memory(member_name="Anne Holm")
>>> count_rows(store, LISTS["visits"])
0
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

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
            "people t",
            (
                Column("name", "t.name"),
                Column("role", "t.role"),
                Column("organisation", "t.organisation"),
                Column("contact", "t.contact"),
            ),
            "t.name COLLATE NOCASE",
            ("t.name", "t.role", "t.organisation"),
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
