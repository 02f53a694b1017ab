"""Danish case folding and alphabetical order, in Python and as SQLite functions.

SQLite's ``lower()``, ``NOCASE`` and ``LIKE`` only know ASCII ("ÆRØ" LIKE "ærø" is false), and
its order puts Æ, Ø, Å wherever their code points fall. Danish order is … X, Y, Z, Æ, Ø, Å,
with "aa" sorted as "å" (Aabenraa after Ølstykke), ä as æ, ö as ø and ü as y.

>>> sorted(["Åbenrå", "Ærø", "Odense", "Aabenraa", "Århus"], key=sort_key)
['Odense', 'Ærø', 'Aabenraa', 'Åbenrå', 'Århus']
>>> fold("ÆBLE Ø Å") == "æble ø å"
True
"""

from __future__ import annotations

import sqlite3
import unicodedata

_ALPHABET = "abcdefghijklmnopqrstuvwxyzæøå"
#: Letters get private-use code points in Danish order, above digits, spaces and punctuation.
_RANK = {c: chr(0xE000 + i) for i, c in enumerate(_ALPHABET)}
_SAME_AS = {"ä": "æ", "ö": "ø", "ü": "y", "ð": "d", "þ": "th", "ß": "ss", "œ": "øe"}

COLLATION = "danish"


def fold(text: str) -> str:
    """Case-folded text for comparing without regard to case: Æ→æ, Ø→ø, Å→å (å stays å)."""
    return unicodedata.normalize("NFC", text).casefold()


def _base(char: str) -> str:
    if char in _RANK:
        return char
    if char in _SAME_AS:
        return _SAME_AS[char]
    decomposed = unicodedata.normalize("NFD", char)
    if decomposed[:1] == "a" and "\u030a" in decomposed:  # a with ring above is å
        return "å"
    return decomposed[:1] or char


def sort_key(text: str | None) -> tuple[str, str, str]:
    """A key that sorts ``text`` in Danish order; case and accents only break ties."""
    if text is None:
        return ("", "", "")
    folded = fold(text)
    primary = "".join(_RANK.get(b, b) for c in folded.replace("aa", "å") for b in _base(c))
    return (primary, folded, text)


def compare(a: str | None, b: str | None) -> int:
    """-1, 0 or 1 as ``a`` sorts before, with or after ``b`` in Danish order."""
    ka, kb = sort_key(a), sort_key(b)
    return (ka > kb) - (ka < kb)


def _fold_sql(value: object) -> object:
    return fold(value) if isinstance(value, str) else value


def register(conn: sqlite3.Connection) -> None:
    """Make ``da_fold(x)`` and ``COLLATE danish`` available on ``conn`` (cheap; repeatable).

    Example: ``register(store.db.conn)``, then ``… ORDER BY name COLLATE danish``.
    """
    conn.create_function("da_fold", 1, _fold_sql, deterministic=True)
    conn.create_collation(COLLATION, compare)
