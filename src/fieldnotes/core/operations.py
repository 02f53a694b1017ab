"""Undoable operations over the Store, and the session's undo/redo history (Anki's pattern).

Each operation is a plain function ``op(store, ...)`` that changes rows only through
``Store.create/update/delete/undelete/link/unlink`` and returns an ``Operation``: what it was
(``kind``), what it touched (``changes``) and how to reverse it (``steps``). Undo and redo
write the old or new values back as ordinary changes, so they merge like any other edit.

>>> store = Store.memory(member_name="Anne Holm")
>>> history = History(store)
>>> op = history.run(create, store, "person", name="Mette")
>>> history.undo_description()
'Fortryd oprettelse'
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

from . import queries
from .errors import KnownError
from .ids import stable_id
from .revisions import DELETED, Conflict
from .schema import LINK_KINDS
from .store import Store

#: Danish nouns for each kind of operation, for "Fortryd …" / "Annullér fortryd …".
DESCRIPTIONS: dict[str, str] = {
    "create": "oprettelse",
    "update": "ændring",
    "delete": "sletning",
    "typing": "skrivning",
    "new_note": "ny note",
    "speaker": "valg af taler",
    "tag": "tagging",
    "untag": "fjernelse af tag",
    "quote": "citatmarkering",
    "capture_method": "registrering af metode",
    "capture_idea": "registrering af idé",
    "capture_resource": "registrering af ressourcetal",
    "capture_followup": "registrering af opfølgning",
    "resolve": "løsning af konflikt",
    "plan_visit": "planlægning af besøg",
    "edit_visit": "ændring af besøg",
    "import": "import af dokument",
    "combine": "sammenlægning af dubletter",
}

#: Seconds within which a new typing save of the same field joins the previous undo entry.
MERGE_SECONDS = 3.0
#: Entities deleted together with a note (and restored with it).
_NOTE_CHILDREN = ("tag",)


class OperationError(KnownError):
    """An operation that cannot be done as asked; ``code`` picks the message."""

    messages: ClassVar[dict[str, tuple[str, str]]] = {
        "quote_needs_theme": (
            "Et citat skal have et tema: tag passagen med et tema først.",
            "A quote needs a theme: tag the passage with a theme first.",
        ),
        "empty_selection": (
            "Markér den tekst, der skal registreres.",
            "Select the text to capture.",
        ),
    }


@dataclass(frozen=True)
class Step:
    """One reversible change of a row: fields (``before`` → ``after``) or its ``deleted`` flag."""

    entity: str
    row_id: str
    before: dict[str, Any]
    after: dict[str, Any]


@dataclass
class Operation:
    """What an operation did: its ``kind``, the rows it touched and the steps to reverse it."""

    kind: str
    steps: list[Step] = field(default_factory=list)
    result: str | None = None  # the id of the main row created, if any
    merge_key: tuple[str, ...] | None = None
    at: float = 0.0

    @property
    def changes(self) -> dict[str, set[str]]:
        """Touched row ids by entity, for views to refresh only those."""
        touched: dict[str, set[str]] = {}
        for step in self.steps:
            touched.setdefault(step.entity, set()).add(step.row_id)
        return touched

    @property
    def description(self) -> str:
        return DESCRIPTIONS.get(self.kind, self.kind)


class Recorder:
    """Changes the store and records each change as a ``Step``; used inside operations."""

    def __init__(self, store: Store, kind: str) -> None:
        self.store = store
        self.op = Operation(kind)

    def create(self, entity: str, **values: Any) -> str:
        row_id = self.store.create(entity, **values)
        self.op.steps.append(Step(entity, row_id, {"deleted": True}, {"deleted": False}))
        return row_id

    def update(self, entity: str, row_id: str, **values: Any) -> None:
        row = self.store.get(entity, row_id) or {}
        before = {k: row.get(k) for k, v in values.items() if row.get(k) != v}
        if not before:
            return
        self.store.update(entity, row_id, **{k: values[k] for k in before})
        self.op.steps.append(Step(entity, row_id, before, {k: values[k] for k in before}))

    def delete(self, entity: str, row_id: str) -> None:
        if self.store.delete(entity, row_id).ids:
            self.op.steps.append(Step(entity, row_id, {"deleted": False}, {"deleted": True}))

    def link(self, kind: str, source_id: str, target_id: str) -> None:
        existing = self.store.get("link", stable_id("link", kind, source_id, target_id))
        if existing is not None and not existing["deleted"]:
            return
        link_id = self.store.link(kind, source_id, target_id)
        self.op.steps.append(Step("link", link_id, {"deleted": True}, {"deleted": False}))

    def unlink(self, kind: str, source_id: str, target_id: str) -> None:
        link_id = stable_id("link", kind, source_id, target_id)
        if self.store.unlink(kind, source_id, target_id).ids:
            self.op.steps.append(Step("link", link_id, {"deleted": False}, {"deleted": True}))

    def set_links(self, kind: str, source_id: str, targets: list[str]) -> None:
        """Make ``source_id``'s links of ``kind`` exactly ``targets``."""
        current = set(self.store.linked(kind, source_id))
        for target in sorted(current - set(targets)):
            self.unlink(kind, source_id, target)
        for target in targets:
            if target not in current:
                self.link(kind, source_id, target)

    def undelete(self, entity: str, row_id: str) -> None:
        if self.store.undelete(entity, row_id).ids:
            self.op.steps.append(Step(entity, row_id, {"deleted": True}, {"deleted": False}))

    def resolve(self, conflict: Conflict, value: Any) -> None:
        """Settle a conflict; undo writes the value shown before back (as a normal edit)."""
        row = self.store.get(conflict.entity, conflict.row_id) or {}
        if conflict.field == DELETED:
            before: dict[str, Any] = {DELETED: bool(row.get(DELETED))}
            after: dict[str, Any] = {DELETED: bool(value)}
        else:
            before, after = {conflict.field: row.get(conflict.field)}, {conflict.field: value}
        self.store.resolve(conflict, value)
        self.op.steps.append(Step(conflict.entity, conflict.row_id, before, after))


def _apply(store: Store, step: Step, values: dict[str, Any]) -> None:
    fields = {k: v for k, v in values.items() if k != "deleted"}
    if "deleted" in values:
        (store.delete if values["deleted"] else store.undelete)(step.entity, step.row_id)
    if fields:
        store.update(step.entity, step.row_id, **fields)


def recording(store: Store, kind: str, fn: Callable[[Recorder], str | None]) -> Operation:
    """Run ``fn`` with a recorder in one transaction; return the finished ``Operation``."""
    rec = Recorder(store, kind)
    with store.transaction():
        rec.op.result = fn(rec)
    rec.op.at = time.monotonic()
    return rec.op


# --- operations ----------------------------------------------------------------------------
def create(store: Store, entity: str, **values: Any) -> Operation:
    """Create a row: ``create(store, "person", name="Mette Olsen")``."""
    return recording(store, "create", lambda rec: rec.create(entity, **values))


def update(
    store: Store, entity: str, row_id: str, *, kind: str = "update", **values: Any
) -> Operation:
    """Change fields of a row; typing saves use ``kind="typing"`` and merge in the history."""

    def run(rec: Recorder) -> str:
        rec.update(entity, row_id, **values)
        return row_id

    op = recording(store, kind, run)
    if kind == "typing":
        op.merge_key = (entity, row_id, *sorted(values))
    return op


def delete(store: Store, entity: str, row_id: str) -> Operation:
    """Delete a row; a note takes its tags with it (and undo brings them back)."""

    def run(rec: Recorder) -> str:
        if entity == "note":
            for child in _NOTE_CHILDREN:
                for row in store.rows(child, note_id=row_id):
                    rec.delete(child, row["id"])
        rec.delete(entity, row_id)
        return row_id

    return recording(store, "delete", run)


def new_note(
    store: Store, visit_id: str, question_id: str | None = None, **values: Any
) -> Operation:
    """A new empty note at the end of the visit, under ``question_id`` if given."""
    position = queries.next_note_position(store, visit_id)
    return recording(
        store,
        "new_note",
        lambda rec: rec.create(
            "note", visit_id=visit_id, question_id=question_id, position=position, **values
        ),
    )


def set_speaker(store: Store, note_id: str, person_id: str | None) -> Operation:
    """Set who is speaking in a note."""
    return update(store, "note", note_id, kind="speaker", person_id=person_id)


def add_speaker(store: Store, note_id: str, name: str) -> Operation:
    """Add a person called ``name`` and make them the note's speaker, as one undo step."""

    def run(rec: Recorder) -> str:
        person_id = rec.create("person", name=" ".join(name.split()))
        rec.update("note", note_id, person_id=person_id)
        return person_id

    return recording(store, "speaker", run)


def _live_tags(store: Store, note_id: str) -> list[dict[str, Any]]:
    return list(store.rows("tag", note_id=note_id))


def toggle_tag(
    store: Store, note_id: str, theme_id: str, start: int | None = None, end: int | None = None
) -> Operation:
    """Tag a passage (``start``–``end``) or the whole note with a theme; the same tag again
    removes it."""
    start, end = (None, None) if start is None or end is None or start == end else (start, end)
    same = [
        t
        for t in _live_tags(store, note_id)
        if t["theme_id"] == theme_id and t["start"] == start and t["end"] == end
    ]
    if same:
        return recording(store, "untag", lambda rec: _delete_all(rec, same))
    return recording(
        store,
        "tag",
        lambda rec: rec.create("tag", note_id=note_id, theme_id=theme_id, start=start, end=end),
    )


def _delete_all(rec: Recorder, rows: list[dict[str, Any]]) -> str | None:
    for row in rows:
        rec.delete("tag", row["id"])
    return rows[0]["id"] if rows else None


def untag(store: Store, tag_id: str) -> Operation:
    """Remove one tag."""

    def run(rec: Recorder) -> str:
        rec.delete("tag", tag_id)
        return tag_id

    return recording(store, "untag", run)


def toggle_quote(store: Store, note_id: str, start: int, end: int) -> Operation:
    """Mark the passage ``start``–``end`` as a quote (again: unmark it).

    The quote belongs to the passage's tags; without any, it gets the theme of the note's
    guide section, else the note's first theme; with neither, ``OperationError``.
    """
    tags = [t for t in _live_tags(store, note_id) if (t["start"], t["end"]) == (start, end)]
    if tags:
        quote = not all(t["is_quote"] for t in tags)
        return recording(store, "quote", lambda rec: _set_quote(rec, tags, quote))
    theme_id = _default_theme(store, note_id)
    if theme_id is None:
        raise OperationError("quote_needs_theme")
    return recording(
        store,
        "quote",
        lambda rec: rec.create(
            "tag", note_id=note_id, theme_id=theme_id, start=start, end=end, is_quote=True
        ),
    )


def _set_quote(rec: Recorder, tags: list[dict[str, Any]], quote: bool) -> str:
    for tag in tags:
        rec.update("tag", tag["id"], is_quote=quote)
    return str(tags[0]["id"])


def _default_theme(store: Store, note_id: str) -> str | None:
    section_theme = queries.section_theme_of_note(store, note_id)
    if section_theme:
        return section_theme
    tags = _live_tags(store, note_id)
    return str(tags[0]["theme_id"]) if tags else None


# --- capture from a note ---------------------------------------------------------------------
def _title(text: str, limit: int = 80) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _source(store: Store, note_id: str) -> dict[str, Any]:
    note = store.get("note", note_id)
    if note is None:
        raise KnownError("not_found", entity="note", id=note_id)
    return note


def _require_text(text: str) -> str:
    if not text.strip():
        raise OperationError("empty_selection")
    return text.strip()


def _capture_linked(store: Store, note_id: str, entity: str, **values: Any) -> Operation:
    """A new method or idea (``entity``) linked to the note and to the note's themes."""

    def run(rec: Recorder) -> str:
        row_id = rec.create(entity, **values)
        rec.link(f"{entity}_note", row_id, note_id)
        for theme_id in {t["theme_id"] for t in _live_tags(store, note_id)}:
            rec.link(f"{entity}_theme", row_id, theme_id)
        return row_id

    _source(store, note_id)
    return recording(store, f"capture_{entity}", run)


def capture_method(store: Store, note_id: str, text: str, title: str | None = None) -> Operation:
    """A good method from a note's text, linked to the note and to the note's themes."""
    text = _require_text(text)
    return _capture_linked(store, note_id, "method", title=title or _title(text), description=text)


def capture_idea(
    store: Store,
    note_id: str,
    text: str,
    title: str | None = None,
    category: str = "local_effort",
) -> Operation:
    """An idea for the catalogue from a note's text, linked back to the note."""
    text = _require_text(text)
    return _capture_linked(
        store,
        note_id,
        "idea",
        title=title or _title(text),
        description=text,
        category=category,
        status="proposal",
    )


def capture_resource(
    store: Store,
    note_id: str,
    text: str,
    *,
    amount_dkk: int,
    year: int,
    funding_source: str,
    municipality_id: str | None = None,
    certainty: str | None = None,
) -> Operation:
    """A resource figure (amount, source, year) with the note's text as its source."""
    note = _source(store, note_id)
    visit = store.get("visit", note["visit_id"]) or {}
    values = {
        "municipality_id": municipality_id or visit.get("municipality_id"),
        "year": year,
        "funding_source": funding_source,
        "amount_dkk": amount_dkk,
        "certainty": certainty,
        "source_note": _title(text, 2_000) if text.strip() else None,
        "note_id": note_id,
    }
    return recording(store, "capture_resource", lambda rec: rec.create("resource_entry", **values))


def capture_followup(
    store: Store, note_id: str, text: str, who: str | None = None, due_on: str | None = None
) -> Operation:
    """A follow-up from a note's text, linked to the note and its visit."""
    text = _require_text(text)
    note = _source(store, note_id)
    values = {"what": text, "who": who, "due_on": due_on}
    return recording(
        store,
        "capture_followup",
        lambda rec: rec.create("followup", visit_id=note["visit_id"], note_id=note_id, **values),
    )


# --- the secretariat ------------------------------------------------------------------------
def resolve_conflict(store: Store, conflict: Conflict, value: Any) -> Operation:
    """Settle ``conflict`` with ``value`` (one side, or a combined text), undoably.

    Undo writes back the value that was shown before as an ordinary edit; the conflict
    itself stays settled (its resolution is already a revision others may have merged).
    """

    def run(rec: Recorder) -> str:
        rec.resolve(conflict, value)
        return conflict.row_id

    return recording(store, "resolve", run)


class _RecordingStore:
    """A ``Store`` whose writes go through a ``Recorder``; reads go to the store itself."""

    def __init__(self, rec: Recorder) -> None:
        self._rec = rec

    def __getattr__(self, name: str) -> Any:
        return getattr(self._rec.store, name)

    def create(self, entity: str, **values: Any) -> str:
        return self._rec.create(entity, **values)

    def update(self, entity: str, row_id: str, **values: Any) -> None:
        self._rec.update(entity, row_id, **values)

    def delete(self, entity: str, row_id: str) -> None:
        self._rec.delete(entity, row_id)

    def undelete(self, entity: str, row_id: str) -> None:
        self._rec.undelete(entity, row_id)

    def link(self, kind: str, source_id: str, target_id: str) -> str:
        self._rec.link(kind, source_id, target_id)
        return stable_id("link", kind, source_id, target_id)

    def unlink(self, kind: str, source_id: str, target_id: str) -> None:
        self._rec.unlink(kind, source_id, target_id)


def record(store: Store, kind: str, fn: Callable[[Store], Any]) -> Operation:
    """Run ``fn(store)``, a function that writes only through the Store's
    create/update/delete/undelete/link/unlink, as one undoable operation of ``kind``.

    >>> record(store, "combine", lambda s: duplicates.combine(s, "person", keep, other))
    """

    def run(rec: Recorder) -> str | None:
        result = fn(_RecordingStore(rec))  # type: ignore[arg-type]
        return result if isinstance(result, str) else None

    return recording(store, kind, run)


def catch_up(store: Store) -> None:
    """After another connection changed the database (a merge in a worker), move this
    store's clock past everything it wrote, so later edits sort after what was merged."""
    clock = store.get_meta("clock")
    if clock:
        store.clock.observe(clock)


# --- planning ---------------------------------------------------------------------------------
#: Which links a visit editor sets: the visit's actors, attending members and themes in focus.
VISIT_LINKS = ("visit_actor", "visit_member", "visit_theme")


def plan_visit(
    store: Store,
    *,
    links: dict[str, list[str]] | None = None,
    **values: Any,
) -> Operation:
    """A planned visit with its links (``{"visit_actor": [...], ...}``), as one undo step.

    >>> plan_visit(store, title="Besøg i Ærø", hearing_input_id=h, links={"visit_actor": [a]})
    """
    values.setdefault("status", "planned")
    links = links or {}

    def run(rec: Recorder) -> str:
        visit_id = rec.create("visit", **values)
        for kind in VISIT_LINKS:
            for target in links.get(kind, []):
                rec.link(kind, visit_id, target)
        return visit_id

    return recording(store, "plan_visit", run)


def edit_visit(
    store: Store,
    visit_id: str,
    *,
    links: dict[str, list[str]] | None = None,
    **values: Any,
) -> Operation:
    """Change a visit's fields and make its links exactly ``links`` (kinds left out stay)."""
    links = links or {}

    def run(rec: Recorder) -> str:
        if values:
            rec.update("visit", visit_id, **values)
        for kind, targets in links.items():
            if LINK_KINDS[kind][0] != "visit":
                raise KeyError(kind)
            rec.set_links(kind, visit_id, targets)
        return visit_id

    return recording(store, "edit_visit", run)


# --- the history --------------------------------------------------------------------------
class History:
    """The session's undo and redo stacks; each undo or redo is a normal change in the store."""

    def __init__(self, store: Store, clock: Callable[[], float] = time.monotonic) -> None:
        self.store = store
        self.clock = clock
        self._undo: list[Operation] = []
        self._redo: list[Operation] = []
        self._sealed = False  # after an undo or redo, the next edit starts a new entry

    def run(self, fn: Callable[..., Operation], *args: Any, **kwargs: Any) -> Operation:
        """Run an operation and remember it: ``history.run(toggle_tag, store, note, theme)``."""
        return self.push(fn(*args, **kwargs))

    def push(self, op: Operation) -> Operation:
        """Remember a finished operation; a typing save may join the previous one."""
        op.at = self.clock()
        if not op.steps:
            return op
        self._redo.clear()
        last = self._undo[-1] if self._undo and not self._sealed else None
        self._sealed = False
        if (
            last is not None
            and op.merge_key is not None
            and last.merge_key == op.merge_key
            and op.at - last.at <= MERGE_SECONDS
        ):
            last.steps = _merged(last.steps, op.steps)
            last.at = op.at
            return last
        self._undo.append(op)
        return op

    def seal(self) -> None:
        """Let the next change start its own undo entry, even a typing save within
        ``MERGE_SECONDS`` (a spelling correction is undone on its own)."""
        self._sealed = True

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo_kind(self) -> str | None:
        return self._undo[-1].kind if self._undo else None

    def redo_kind(self) -> str | None:
        return self._redo[-1].kind if self._redo else None

    def undo_description(self) -> str | None:
        """E.g. "Fortryd tagging"; None when there is nothing to undo."""
        return f"Fortryd {self._undo[-1].description}" if self._undo else None

    def redo_description(self) -> str | None:
        return f"Annullér fortryd {self._redo[-1].description}" if self._redo else None

    def undo(self) -> Operation | None:
        """Write back the values from before the last operation; returns it (or None)."""
        if not self._undo:
            return None
        op = self._undo.pop()
        with self.store.transaction():
            for step in reversed(op.steps):
                _apply(self.store, step, step.before)
        self._redo.append(op)
        self._sealed = True
        return op

    def redo(self) -> Operation | None:
        """Do the last undone operation again."""
        if not self._redo:
            return None
        op = self._redo.pop()
        with self.store.transaction():
            for step in op.steps:
                _apply(self.store, step, step.after)
        op.at = self.clock()
        self._undo.append(op)
        self._sealed = True
        return op

    def __iter__(self) -> Iterator[Operation]:
        return iter(self._undo)


def _merged(first: list[Step], then: list[Step]) -> list[Step]:
    """Steps of two operations as one: earliest ``before``, latest ``after`` per row."""
    out = list(first)
    for step in then:
        match = next(
            (i for i, s in enumerate(out) if (s.entity, s.row_id) == (step.entity, step.row_id)),
            None,
        )
        if match is None:
            out.append(step)
            continue
        old = out[match]
        before = {**step.before, **old.before}
        out[match] = Step(step.entity, step.row_id, before, {**old.after, **step.after})
    return out
