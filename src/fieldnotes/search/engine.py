"""Ranked full-text search over the FTS5 index, with filters and highlighted snippets.

>>> store = Store.memory(member_name="Anne Holm")
>>> results = search(store, "mentor* IKKE praktik", Filters(themes=("1c",)))
>>> [hit.plain() for hit in results.hits]
[]

A query with up to ``RANK_LIMIT`` hits is ranked by relevance (BM25, titles weighing more);
a broader one is shown newest first (``Results.ranked`` is False), which answers at once where
ranking tens of thousands of notes would not.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import danish
from .errors import SearchError
from .query import All, Any_, Node, Query, Term, Without, parse
from .snippets import HIT_END, HIT_START, highlight, pattern, snippet

if TYPE_CHECKING:
    from ..core.store import Store

#: The kinds of item in the index, in the order the GUI offers them.
KINDS = ("note", "visit", "person", "method", "idea", "hearing_input")
#: Queries with more hits than this are listed newest first instead of ranked.
RANK_LIMIT = 2_000
_TITLE_WEIGHT, _BODY_WEIGHT = 4.0, 1.0


@dataclass(frozen=True)
class Filters:
    """What to narrow a search to; empty fields do not narrow.

    ``themes`` are codes ("1c"; a main theme "1" includes its sub-themes); ``actors`` are
    actor ids (a municipality or another actor); ``members`` are member ids; dates are
    ``YYYY-MM-DD`` (a note has its visit's date); ``kinds`` are entity names from ``KINDS``.
    """

    themes: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    kinds: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return self == Filters()

    def to_json(self) -> str:
        return json.dumps(
            {k: v for k, v in dataclasses.asdict(self).items() if v}, ensure_ascii=False
        )

    @classmethod
    def from_json(cls, text: str | None) -> Filters:
        """The filters ``to_json`` wrote; ``ValueError`` for anything else (a damaged row)."""
        raw = json.loads(text or "{}")
        if not isinstance(raw, dict):
            raise ValueError("filters are not an object")
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            value = raw.get(f.name)
            if value is None:
                continue
            if f.name.startswith("date_"):
                if not isinstance(value, str):
                    raise ValueError(f"{f.name} is not a date")
                values[f.name] = dt.date.fromisoformat(value).isoformat()
            elif isinstance(value, list) and all(isinstance(v, str) for v in value):
                values[f.name] = tuple(value)
            else:
                raise ValueError(f"{f.name} is not a list of texts")
        if set(values.get("kinds", ())) - set(KINDS):
            raise ValueError("unknown kind")
        return cls(**values)


#: No narrowing at all.
NO_FILTERS = Filters()


@dataclass(frozen=True)
class Hit:
    """One found item: its ``entity`` and ``row_id``, a ``title`` and a ``snippet`` with the
    hits between ``HIT_START`` and ``HIT_END``, and where it comes from (``context``).
    ``score`` is its BM25 rank (lower is better), None in an unranked (newest first) list."""

    entity: str
    row_id: str
    score: float | None
    title: str
    snippet: str
    visit_id: str | None = None
    context: str = ""
    date: str | None = None

    def segments(self, text: str | None = None) -> list[tuple[str, bool]]:
        """``(text, is_hit)`` pieces of the snippet (or ``text``) for a view to style."""
        out: list[tuple[str, bool]] = []
        for i, part in enumerate((self.snippet if text is None else text).split(HIT_START)):
            hit, _, rest = part.partition(HIT_END) if i else ("", "", part)
            if hit:
                out.append((hit, True))
            if rest:
                out.append((rest, False))
        return out

    def plain(self, start: str = "[", end: str = "]") -> str:
        """The snippet with hits marked by ``start`` and ``end``: "… en [mentorordning] …"."""
        return self.snippet.replace(HIT_START, start).replace(HIT_END, end)

    def plain_title(self) -> str:
        return self.title.replace(HIT_START, "").replace(HIT_END, "")


@dataclass
class Results:
    """A page of hits; ``total`` is exact up to ``RANK_LIMIT`` (else None: "more than")."""

    query: Query
    filters: Filters
    hits: list[Hit] = field(default_factory=list)
    total: int | None = 0
    ranked: bool = True


# --- filters as SQL --------------------------------------------------------------------------
_TABLES = {
    "note": "notes",
    "visit": "visits",
    "person": "people",
    "method": "methods",
    "idea": "ideas",
    "hearing_input": "hearing_inputs",
}
_THEME_LINKS = {
    "visit": "visit_theme",
    "method": "method_theme",
    "idea": "idea_theme",
    "hearing_input": "hearing_theme",
}
_IN = "IN (SELECT value FROM json_each(?))"


def _link(kind: str, source: str, targets: str = _IN) -> str:
    return (
        f"EXISTS (SELECT 1 FROM links l WHERE l.kind = '{kind}' AND l.source_id = {source}"
        f" AND l.deleted = 0 AND l.target_id {targets})"
    )


def _visit_has_actor(visit: str) -> str:
    return f"({visit}.municipality_id {_IN} OR {_link('visit_actor', f'{visit}.id')})"


def _theme_sql() -> tuple[str, int]:
    cases = [
        "WHEN 'note' THEN EXISTS (SELECT 1 FROM tags g WHERE g.note_id = k.row_id"
        f" AND g.deleted = 0 AND g.theme_id {_IN})"
    ]
    cases += [f"WHEN '{e}' THEN {_link(kind, 'k.row_id')}" for e, kind in _THEME_LINKS.items()]
    return f"CASE k.entity {' '.join(cases)} ELSE 0 END", len(cases)


def _actor_sql() -> tuple[str, int]:
    note_visit = "notes n JOIN visits v ON v.id = n.visit_id"
    cases = [
        f"WHEN 'note' THEN EXISTS (SELECT 1 FROM {note_visit} WHERE n.id = k.row_id"
        f" AND {_visit_has_actor('v')})",
        f"WHEN 'visit' THEN EXISTS (SELECT 1 FROM visits v WHERE v.id = k.row_id"
        f" AND {_visit_has_actor('v')})",
        f"WHEN 'method' THEN EXISTS (SELECT 1 FROM methods m WHERE m.id = k.row_id"
        f" AND m.actor_id {_IN})",
        f"WHEN 'person' THEN EXISTS (SELECT 1 FROM people p WHERE p.id = k.row_id"
        f" AND p.organisation_id {_IN})",
        "WHEN 'idea' THEN EXISTS (SELECT 1 FROM links i JOIN notes n ON n.id = i.target_id"
        f" JOIN visits v ON v.id = n.visit_id"
        f" WHERE i.kind = 'idea_note' AND i.source_id = k.row_id AND i.deleted = 0"
        f" AND {_visit_has_actor('v')})",
        f"WHEN 'hearing_input' THEN {_link('hearing_actor', 'k.row_id')}",
    ]
    params = [2, 2, 1, 1, 2, 1]
    return f"CASE k.entity {' '.join(cases)} ELSE 0 END", sum(params)


def _member_sql() -> tuple[str, int]:
    cases = [
        f"WHEN 'note' THEN EXISTS (SELECT 1 FROM notes x WHERE x.id = k.row_id AND"
        f" (x.created_by {_IN} OR {_link('visit_member', 'x.visit_id')}))",
        f"WHEN 'visit' THEN EXISTS (SELECT 1 FROM visits x WHERE x.id = k.row_id AND"
        f" (x.created_by {_IN} OR {_link('visit_member', 'x.id')}))",
    ]
    cases += [
        f"WHEN '{e}' THEN EXISTS (SELECT 1 FROM {t} x WHERE x.id = k.row_id AND x.created_by {_IN})"
        for e, t in _TABLES.items()
        if e not in ("note", "visit")
    ]
    return f"CASE k.entity {' '.join(cases)} ELSE 0 END", 2 + 2 + len(_TABLES) - 2


def _clock_date(column: str) -> str:
    return f"date(CAST(substr({column}, 1, 13) AS INTEGER) / 1000, 'unixepoch')"


def _date_sql() -> str:
    cases = [
        "WHEN 'note' THEN (SELECT coalesce(substr(v.starts_at, 1, 10),"
        f" {_clock_date('n.created_at')}) FROM notes n JOIN visits v ON v.id = n.visit_id"
        " WHERE n.id = k.row_id)",
        f"WHEN 'visit' THEN (SELECT coalesce(substr(v.starts_at, 1, 10),"
        f" {_clock_date('v.created_at')}) FROM visits v WHERE v.id = k.row_id)",
    ]
    cases += [
        f"WHEN '{e}' THEN (SELECT {_clock_date('x.created_at')} FROM {t} x WHERE x.id = k.row_id)"
        for e, t in _TABLES.items()
        if e not in ("note", "visit")
    ]
    return f"(CASE k.entity {' '.join(cases)} END)"


def _check_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise SearchError("bad_date", value=value) from None


def theme_ids(store: Store, codes: tuple[str, ...]) -> list[str]:
    """Ids of the themes with ``codes`` and of their sub-themes; ``SearchError`` if unknown."""
    rows = list(store.db.execute("SELECT id, code, parent_id FROM themes WHERE deleted = 0"))
    by_code = {code.casefold(): (tid, code) for tid, code, _ in rows}
    wanted: set[str] = set()
    for code in codes:
        if code.strip().casefold() not in by_code:
            known = ", ".join(sorted(c for _, c, _ in rows))
            raise SearchError("unknown_theme", theme=code, known=known)
        wanted.add(by_code[code.strip().casefold()][0])
    wanted |= {tid for tid, _, parent in rows if parent in wanted}
    return sorted(wanted)


def place_id(store: Store, text: str) -> str:
    """The id of the municipality (by name or kommunekode) or other actor (by name) ``text``
    names, ignoring case; ``SearchError`` if there is none."""
    from ..core.report_queries import find_municipality

    municipality = find_municipality(store, text)
    if municipality:
        return str(municipality["id"])
    wanted = danish.fold(text.strip())
    for actor_id, name in store.db.execute("SELECT id, name FROM actors WHERE deleted = 0"):
        if danish.fold(name or "") == wanted or actor_id == text.strip():
            return str(actor_id)
    raise SearchError("unknown_place", place=text)


def member_id(store: Store, text: str) -> str:
    """The id of the member ``text`` names (name or initials, ignoring case); ``SearchError``
    if there is none."""
    from ..core.report_queries import find_member, members

    member = find_member(store, text)
    if member is None:
        known = ", ".join(m["name"] for m in members(store)) or "–"
        raise SearchError("unknown_member", member=text, known=known)
    return str(member["id"])


def _where(store: Store, filters: Filters) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.kinds:
        unknown = [k for k in filters.kinds if k not in KINDS]
        if unknown:
            raise SearchError("unknown_kind", kind=unknown[0], known=", ".join(KINDS))
        clauses.append(f"k.entity {_IN}")
        params.append(json.dumps(list(filters.kinds)))
    for values, build in (
        (theme_ids(store, filters.themes) if filters.themes else (), _theme_sql),
        (filters.actors, _actor_sql),
        (filters.members, _member_sql),
    ):
        if values:
            sql, count = build()
            clauses.append(sql)
            params += [json.dumps(list(values))] * count
    start, end = _check_date(filters.date_from), _check_date(filters.date_to)
    if start and end and start > end:
        raise SearchError("date_order", start=start, end=end)
    if start or end:
        clauses.append(f"{_date_sql()} BETWEEN ? AND ?")
        params += [start or "0000-00-00", end or "9999-12-31"]
    return "".join(f" AND {c}" for c in clauses), params


def check(store: Store, filters: Filters) -> None:
    """``SearchError`` if ``filters`` cannot be searched with: a date that is not one, dates
    in the wrong order, an unknown theme."""
    _where(store, filters)


# --- searching -------------------------------------------------------------------------------
def _as_query(query: Query | str) -> Query:
    return query if isinstance(query, Query) else parse(query)


def _has_prefix(node: Node) -> bool:
    if isinstance(node, Term):
        return node.prefix
    if isinstance(node, Without):
        return _has_prefix(node.keep) or any(map(_has_prefix, node.drop))
    return any(map(_has_prefix, node.parts))


def count(store: Store, query: Query | str, filters: Filters = NO_FILTERS, cap: int = 0) -> int:
    """How many items match (counting stops after ``cap`` + 1 when ``cap`` is given)."""
    parsed = _as_query(query)
    where, params = _where(store, filters)
    # Without filters every index row counts: no join to the keys, just the index's doclists.
    keys = " JOIN search_keys k ON k.docid = search_index.rowid" if where else ""
    inner = f"SELECT 1 FROM search_index{keys} WHERE search_index MATCH ?{where}"
    limit = f" LIMIT {int(cap) + 1}" if cap else ""
    sql = f"SELECT count(*) FROM ({inner}{limit})"
    return int(store.db.execute(sql, [parsed.fts(), *params]).fetchone()[0])


#: The page's rows with their text (FTS5's own content table: c0 = title, c1 = body) and
#: where they come from, looked up for the page only: a note's visit, with its place and
#: speaker; a visit's place; a method's actor.
_PAGE_ROWS = """
SELECT k.entity, k.row_id, p.score, c.c0, c.c1, v.id, substr(v.starts_at, 1, 10), a.name,
  v.title, s.name, coalesce(ma.name, m.place)
FROM page p
JOIN search_keys k ON k.docid = p.docid
JOIN search_index_content c ON c.id = p.docid
LEFT JOIN notes n ON k.entity = 'note' AND n.id = k.row_id
LEFT JOIN visits v ON v.id = CASE k.entity WHEN 'note' THEN n.visit_id
  WHEN 'visit' THEN k.row_id END
LEFT JOIN actors a ON a.id = v.municipality_id
LEFT JOIN people s ON s.id = n.person_id
LEFT JOIN methods m ON k.entity = 'method' AND m.id = k.row_id
LEFT JOIN actors ma ON ma.id = m.actor_id
ORDER BY """


def _context(
    entity: str,
    visit_id: str | None,
    date: str | None,
    place: str | None,
    visit_title: str | None,
    speaker: str | None,
    method_place: str | None,
) -> tuple[str | None, str, str | None, str]:
    """A hit's visit id, a line saying where it comes from, a date and a title for items
    without one (a note is titled by its speaker and visit)."""
    if entity == "method":
        return None, method_place or "", None, ""
    if entity not in ("note", "visit") or visit_id is None:
        return None, "", None, ""
    where = " · ".join(x for x in (date, place) if x)
    if entity == "visit":
        return visit_id, where, date, ""
    return visit_id, where, date, f"{speaker}, {visit_title}" if speaker else visit_title or ""


def search(
    store: Store,
    query: Query | str,
    filters: Filters = NO_FILTERS,
    *,
    limit: int = 50,
    offset: int = 0,
) -> Results:
    """A page of items matching ``query`` (text or a parsed ``Query``) and ``filters``.

    ``QueryError`` / ``SearchError`` for a malformed query or filter, with a message to show.
    """
    parsed = _as_query(query)
    where, params = _where(store, filters)
    fts = parsed.fts()
    keys = " JOIN search_keys k ON k.docid = search_index.rowid" if where else ""
    matches = f"FROM search_index{keys} WHERE search_index MATCH ?{where}"
    page = None
    if _has_prefix(parsed.root):
        # A prefix query's costly part is merging the doclists of every word it matches, so
        # the index is walked once, newest first: the walk counts up to RANK_LIMIT + 1 matches
        # and, when there are more, its first rows are the page already.
        total, newest = store.db.execute(
            f"WITH m AS MATERIALIZED (SELECT search_index.rowid AS docid {matches}"
            " ORDER BY search_index.rowid DESC LIMIT ?)"
            " SELECT (SELECT count(*) FROM m),"
            " (SELECT json_group_array(docid) FROM (SELECT docid FROM m LIMIT ? OFFSET ?))",
            [fts, *params, max(RANK_LIMIT + 1, offset + limit), limit, offset],
        ).fetchone()
        page = ("WITH page AS (SELECT value AS docid, NULL AS score FROM json_each(?))", [newest])
    else:
        # Others count in the index's own order, which stops at RANK_LIMIT + 1 and reads
        # phrases and AND faster than backwards; a broad query's newest page is a short walk.
        total = store.db.execute(
            f"SELECT count(*) FROM (SELECT 1 {matches} LIMIT ?)", [fts, *params, RANK_LIMIT + 1]
        ).fetchone()[0]
    ranked = total <= RANK_LIMIT
    if ranked:
        # Ranked and cut to the page inside the index first; only the page's rows are joined.
        score = f"bm25(search_index, {_TITLE_WEIGHT}, {_BODY_WEIGHT})"
        page = (
            f"WITH page AS MATERIALIZED (SELECT search_index.rowid AS docid, {score} AS score"
            f" {matches} ORDER BY score, search_index.rowid LIMIT ? OFFSET ?)",
            [fts, *params, limit, offset],
        )
    elif page is None:
        page = (
            "WITH page AS MATERIALIZED (SELECT search_index.rowid AS docid, NULL AS score"
            f" {matches} ORDER BY search_index.rowid DESC LIMIT ? OFFSET ?)",
            [fts, *params, limit, offset],
        )
    order = "p.score, p.docid" if ranked else "p.docid DESC"
    rows = store.db.execute(page[0] + _PAGE_ROWS + order, page[1])
    terms = pattern(parsed.terms)
    results = Results(parsed, filters, total=total if ranked else None, ranked=ranked)
    for entity, row_id, hit_score, title, body, *where_from in rows:
        visit_id, context, date, fallback = _context(entity, *where_from)
        results.hits.append(
            Hit(
                entity,
                row_id,
                hit_score,
                highlight(title, terms) or fallback,
                snippet(body, terms),
                visit_id,
                context,
                date,
            )
        )
    return results


def like_search(store: Store, query: Query | str, *, limit: int = 50) -> list[tuple[str, str]]:
    """The same query answered by a ``LIKE`` scan of every searchable column, newest first.

    The floor the benchmark measures the index against (ASCII-only case folding, no
    ranking); not used by the app.
    """
    parsed = _as_query(query)
    texts = {
        "note": "t.text",
        "visit": "t.title || ' ' || coalesce(t.place, '') || ' ' || coalesce(t.summary, '')",
        "person": "t.name || ' ' || coalesce(t.role, '') || ' ' || coalesce(t.organisation, '')",
        "method": "t.title || ' ' || coalesce(t.description, '') || ' '"
        " || coalesce(t.target_group, '') || ' ' || coalesce(t.results, '') || ' '"
        " || coalesce(t.spreading, '')",
        "idea": "t.title || ' ' || coalesce(t.description, '') || ' '"
        " || coalesce(t.carried_by, '') || ' ' || coalesce(t.sources, '')",
        "hearing_input": "t.stakeholder || ' ' || coalesce(t.problems, '') || ' '"
        " || coalesce(t.suggestions, '')",
    }

    def condition(node: Any, text: str, params: list[str]) -> str:
        if isinstance(node, Term):
            params.append(f"%{node.text}%")
            return f"({text}) LIKE ?"
        if isinstance(node, Without):
            keep = condition(node.keep, text, params)
            drops = [condition(d, text, params) for d in node.drop]
            return f"({keep} AND NOT ({' OR '.join(drops)}))"
        joiner = " AND " if isinstance(node, All) else " OR "
        assert isinstance(node, All | Any_)
        return "(" + joiner.join(condition(p, text, params) for p in node.parts) + ")"

    parts, params = [], []
    for entity, text in texts.items():
        part_params: list[str] = []
        where = condition(parsed.root, text, part_params)
        parts.append(
            f"SELECT '{entity}', t.id, t.updated_at FROM {_TABLES[entity]} t"
            f" WHERE t.deleted = 0 AND {where}"
        )
        params += part_params
    sql = " UNION ALL ".join(parts) + " ORDER BY 3 DESC LIMIT ?"
    return [(e, r) for e, r, _ in store.db.execute(sql, [*params, limit])]
