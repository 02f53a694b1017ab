"""Turning what a user typed (theme codes, municipality names, initials, dates) into a
``ReportFilter``, with a named error for anything unknown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from ..core import report_queries as rq
from ..core.store import Store
from .errors import ExportError


def _day(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError as exc:
        raise ExportError("bad_date", value=value) from exc


def _ids(
    store: Store,
    names: Sequence[str],
    find: Callable[[Store, str], dict[str, Any] | None],
    unknown: str,
) -> list[str]:
    """The ids of the rows ``find`` gives for ``names``; ExportError ``unknown`` for a name
    it does not know."""
    ids = []
    for name in names:
        row = find(store, name)
        if row is None:
            raise ExportError(unknown, name=name)
        ids.append(row["id"])
    return ids


def theme_ids(store: Store, codes: Sequence[str]) -> tuple[str, ...]:
    """Ids of the themes with ``codes``; a main theme (``1``) stands for its sub-themes."""
    ids: list[str] = []
    for code in codes:
        theme = rq.theme_by_code(store, code)
        if theme is None:
            known = ", ".join(t["code"] for t in rq.themes(store))
            raise ExportError("unknown_theme", theme=code, known=known)
        children = rq.child_theme_ids(store, theme["id"])
        ids += children or [theme["id"]]
    return tuple(dict.fromkeys(ids))


def resolve(
    store: Store,
    *,
    themes: Sequence[str] = (),
    municipalities: Sequence[str] = (),
    members: Sequence[str] = (),
    date_from: str | None = None,
    date_to: str | None = None,
    include_drafts: bool = False,
    idea_statuses: Sequence[str] = rq.DEFAULT_IDEA_STATUSES,
) -> rq.ReportFilter:
    """A filter from user words, e.g. ``resolve(store, themes=["1a"], municipalities=["101"])``."""
    towns = _ids(store, municipalities, rq.find_municipality, "unknown_municipality")
    people = _ids(store, members, rq.find_member, "unknown_member")
    start, end = _day(date_from), _day(date_to)
    if start and end and end < start:
        raise ExportError("bad_period", start=start, end=end)
    return rq.ReportFilter(
        theme_ids=theme_ids(store, themes),
        municipality_ids=tuple(towns),
        date_from=start,
        date_to=end,
        member_ids=tuple(people),
        include_drafts=include_drafts,
        idea_statuses=tuple(idea_statuses),
    )


def visit_id(store: Store, text: str) -> str:
    """The id of the visit whose id is or starts with ``text``."""
    found = rq.find_visit(store, text)
    if not found:
        raise ExportError("unknown_visit", id=text)
    if len(found) > 1 and found[0]["id"] != text.strip().lower():
        raise ExportError("ambiguous_visit", id=text, matches=len(found))
    return str(found[0]["id"])
