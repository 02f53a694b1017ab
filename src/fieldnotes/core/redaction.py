"""Redaction: a name taken out of every version of one item's texts, for good.

A redaction record is a revision with ``field = "redacted"``. It does not hold the name: it
holds a keyed hash of it (BLAKE2b with a random salt of its own), how many words the name has
and the replacement text. Any installation can still find the name in a text it holds or
receives: every run of that many words is hashed and compared. See docs/data-model.md.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from .revisions import CREATE
from .schema import Entity

#: What stands where the name stood.
REPLACEMENT = "[slettet]"
MAX_WORDS = 20
MAX_REPLACEMENT = 100
SALT_BYTES = 16
DIGEST_BYTES = 32
_TOKEN = re.compile(r"\S+")
_BOUNDARY = re.compile(r"\b")
_KEYS = {"digest", "replacement", "salt", "words"}


def normalise(name: str) -> str:
    """The form that is hashed: case folded (Æ = æ), words separated by one space."""
    return " ".join(name.casefold().split())


@dataclass(frozen=True)
class Redaction:
    """What a redaction record holds: enough to find the name, not enough to read it."""

    salt: bytes
    digest: bytes
    words: int
    replacement: str = REPLACEMENT

    @classmethod
    def of(cls, name: str, replacement: str = REPLACEMENT) -> Redaction:
        """A new redaction of ``name`` with a fresh salt."""
        salt = os.urandom(SALT_BYTES)
        words = len(name.split())
        if not 1 <= words <= MAX_WORDS:
            raise ValueError(f"a name of 1 to {MAX_WORDS} words, not {words}")
        return cls(salt, _hash(salt, normalise(name)), words, replacement)

    @classmethod
    def from_json(cls, value: str) -> Redaction:
        """Parse a record's value; ``ValueError`` if it is not a well-formed redaction."""
        data = json.loads(value)
        if not isinstance(data, dict) or set(data) != _KEYS:
            raise ValueError("not a redaction")
        salt, digest = data["salt"], data["digest"]
        words, replacement = data["words"], data["replacement"]
        if not (isinstance(salt, str) and isinstance(digest, str)):
            raise ValueError("bad hash")
        if len(salt) != 2 * SALT_BYTES or len(digest) != 2 * DIGEST_BYTES:
            raise ValueError("bad hash length")
        if not (isinstance(words, int) and not isinstance(words, bool)) or not (
            1 <= words <= MAX_WORDS
        ):
            raise ValueError("bad word count")
        if not isinstance(replacement, str) or len(replacement) > MAX_REPLACEMENT:
            raise ValueError("bad replacement")
        return cls(bytes.fromhex(salt), bytes.fromhex(digest), words, replacement)

    def to_json(self) -> str:
        return json.dumps(
            {
                "digest": self.digest.hex(),
                "replacement": self.replacement,
                "salt": self.salt.hex(),
                "words": self.words,
            },
            sort_keys=True,
        )

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the name stands in ``text``: ``(start, end)`` pairs, left to right.

        Matches what ``\\bword\\s+word\\b`` would match, case-insensitively: the first word may
        start, and the last end, at any word boundary inside a whitespace-separated token
        (so "(Søren" and "Ødegaard)," are found), the words between are whole tokens.
        """
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        if len(tokens) < self.words:
            return []
        bounds = {m.start() for m in _BOUNDARY.finditer(text)}
        keyed = hashlib.blake2b(key=self.salt, digest_size=DIGEST_BYTES)
        found: list[tuple[int, int]] = []
        done = 0
        for i in range(len(tokens) - self.words + 1):
            first, last = tokens[i], tokens[i + self.words - 1]
            inner = [text[s:e] for s, e in tokens[i + 1 : i + self.words - 1]]
            ends = [e for e in range(last[0] + 1, last[1] + 1) if e in bounds]
            for start in range(max(first[0], done), first[1]):
                if start not in bounds:
                    continue
                for end in ends:
                    if end <= start:
                        continue
                    if self.words == 1:
                        words = [text[start:end]]
                    else:
                        words = [text[start : first[1]], *inner, text[last[0] : end]]
                    candidate = keyed.copy()
                    candidate.update(" ".join(words).casefold().encode())
                    if candidate.digest() == self.digest:
                        found.append((start, end))
                        done = end
                        break
        return found

    def scrub(self, text: str) -> str:
        """``text`` with every occurrence of the name replaced."""
        for start, end in reversed(self.spans(text)):
            text = text[:start] + self.replacement + text[end:]
        return text


def _hash(salt: bytes, normalised: str) -> bytes:
    return hashlib.blake2b(normalised.encode(), key=salt, digest_size=DIGEST_BYTES).digest()


def scrub_text(text: str, redactions: Sequence[Redaction]) -> str:
    """Apply each redaction in turn (callers pass them in record order)."""
    for redaction in redactions:
        text = redaction.scrub(text)
    return text


def text_fields(entity: Entity) -> frozenset[str]:
    return frozenset(f.name for f in entity.fields if f.kind in ("text", "longtext"))


def scrub_value(
    entity: Entity, field: str, value: str, redactions: Sequence[Redaction]
) -> str | None:
    """A revision's new JSON value with the names scrubbed, or None if nothing changed (or it
    is not text: deletions, erasures, redaction records, malformed values)."""
    texts = text_fields(entity)
    if field != CREATE and field not in texts:
        return None
    try:
        decoded = json.loads(value)
    except ValueError:
        return None
    if field == CREATE:
        if not isinstance(decoded, dict):
            return None
        changed = {
            k: new
            for k, v in decoded.items()
            if k in texts and isinstance(v, str) and (new := scrub_text(v, redactions)) != v
        }
        if not changed:
            return None
        return json.dumps({**decoded, **changed}, ensure_ascii=False, sort_keys=True)
    if not isinstance(decoded, str):
        return None
    new = scrub_text(decoded, redactions)
    return None if new == decoded else json.dumps(new, ensure_ascii=False, sort_keys=True)


def scrub_stored(
    conn: sqlite3.Connection,
    table: str,
    entity: Entity,
    row_id: str,
    redactions: Sequence[Redaction],
) -> int:
    """Rewrite, in the revisions ``table`` (``revisions`` or the merge's ``temp.incoming``),
    every revision of one row whose text names someone redacted; returns how many."""
    cursor = conn.execute(
        f"SELECT id, field, value FROM {table} WHERE entity = ? AND row_id = ?",
        [entity.name, row_id],
    )
    updates = [
        (new, rev_id)
        for rev_id, field, value in cursor.fetchall()
        if (new := scrub_value(entity, field, value, redactions)) is not None
    ]
    conn.executemany(f"UPDATE {table} SET value = ? WHERE id = ?", updates)
    return len(updates)
