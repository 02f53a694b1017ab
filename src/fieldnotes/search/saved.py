"""Saved searches: a name, the query text and the filters, kept in the ``saved_searches`` table.

They belong to this installation (like a bookmark), not to the merged record.

>>> store = Store.memory(member_name="Anne Holm")
>>> saved_id = save(store, "Mentorer i 1c", "mentor*", Filters(themes=("1c",)))
>>> [s.name for s in saved_searches(store)]
['Mentorer i 1c']
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import danish
from .engine import NO_FILTERS, Filters, check
from .errors import SearchError
from .query import parse

if TYPE_CHECKING:
    from ..core.store import Store


@dataclass(frozen=True)
class SavedSearch:
    """A named query with its filters; ``filters`` is None when its row is damaged (changed
    outside the program): it is listed, so that it can be removed, but cannot be run."""

    id: str
    name: str
    query: str
    filters: Filters | None

    def checked(self, store: Store) -> tuple[str, Filters]:
        """The query and filters to run; ``SearchError`` if the saved search is damaged, narrows
        to a place or member that is no longer there, or to a theme that is not (its message)."""
        if self.filters is None:
            raise SearchError("damaged_saved", name=self.name)
        for entity, ids in (("actor", self.filters.actors), ("member", self.filters.members)):
            if any((row := store.get(entity, i)) is None or row["deleted"] for i in ids):
                raise SearchError("stale_saved", name=self.name)
        check(store, self.filters)
        return self.query, self.filters


def saved_searches(store: Store) -> list[SavedSearch]:
    """Every saved search, in Danish alphabetical order of name."""
    rows = store.db.execute("SELECT id, name, query, filters FROM saved_searches").fetchall()
    found = [_read(*row) for row in rows]
    return sorted(found, key=lambda s: danish.sort_key(s.name))


def _read(saved_id: str, name: object, query: object, filters: object) -> SavedSearch:
    """A row as it was saved, or as damaged (a column changed outside the program)."""
    shown = name if isinstance(name, str) else str(name)
    if not isinstance(query, str) or not isinstance(filters, str | None):
        return SavedSearch(saved_id, shown, str(query), None)
    try:
        return SavedSearch(saved_id, shown, query, Filters.from_json(filters))
    except (ValueError, TypeError, RecursionError):
        return SavedSearch(saved_id, shown, query, None)


def find(store: Store, name: str) -> SavedSearch:
    """The saved search called ``name`` (ignoring case); ``SearchError`` if there is none."""
    found = saved_searches(store)
    wanted = danish.fold(" ".join(name.split()))
    for entry in found:
        if danish.fold(entry.name) == wanted:
            return entry
    raise SearchError("unknown_saved", name=name, known=", ".join(s.name for s in found) or "–")


def save(store: Store, name: str, query: str, filters: Filters = NO_FILTERS) -> str:
    """Save (or, for an existing name, replace) a search; returns its id.

    The query and filters are checked first: a malformed query raises ``QueryError``, a filter
    that cannot be searched with (a date that is not one) ``SearchError``; neither is saved.
    """
    name = " ".join(name.split())
    if not name:
        raise SearchError("no_name")
    parse(query)
    check(store, filters)
    existing = next(
        (s for s in saved_searches(store) if danish.fold(s.name) == danish.fold(name)), None
    )
    saved_id = existing.id if existing else str(uuid.uuid4())
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with store.transaction():
        store.db.execute(
            "INSERT OR REPLACE INTO saved_searches (id, name, query, filters, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            [saved_id, name, query, filters.to_json(), now],
        )
    return saved_id


def remove(store: Store, saved_id: str) -> None:
    """Forget a saved search."""
    with store.transaction():
        store.db.execute("DELETE FROM saved_searches WHERE id = ?", [saved_id])
