"""Erasing a person for good, and finding where their name still stands in note texts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .store import Store

REDACTED = "[slettet]"


@dataclass(frozen=True)
class Mention:
    """A note whose text names the person, with a little context around the first hit."""

    note_id: str
    excerpt: str


def _pattern(name: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in name.split()]
    return re.compile(r"\b" + r"\s+".join(words) + r"\b", re.IGNORECASE)


def mentions(store: Store, name: str) -> list[Mention]:
    """Notes whose text contains ``name`` (case-insensitive, æ ø å included)."""
    if not name.strip():
        return []
    pattern = _pattern(name)
    found = []
    for note in store.rows("note"):
        hit = pattern.search(note["text"] or "")
        if hit:
            start, end = max(0, hit.start() - 40), hit.end() + 40
            found.append(Mention(note["id"], note["text"][start:end].replace("\n", " ")))
    return found


def redact(store: Store, note_id: str, name: str, replacement: str = REDACTED) -> bool:
    """Replace ``name`` in one note's text; True if anything changed."""
    note = store.get("note", note_id)
    text = note["text"] if note else None
    if not text:
        return False
    new = _pattern(name).sub(replacement, text)
    if new == text:
        return False
    store.update("note", note_id, text=new)
    return True


def erase_person(store: Store, person_id: str, *, redact_mentions: bool = False) -> list[Mention]:
    """Erase a person; returns the notes that named them (redacted first if asked)."""
    person = store.get("person", person_id)
    name = person["name"] if person else ""
    found = mentions(store, name) if name else []
    with store.transaction():
        if redact_mentions:
            for mention in found:
                redact(store, mention.note_id, name)
        store.erase("person", person_id)
    return found
