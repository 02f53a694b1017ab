"""Highlighted snippets made in Python for one page of hits, from the query's terms.

FTS5's own ``snippet()`` re-reads and re-tokenizes every matching document before the page is
cut (about 0.3 ms each); one regular expression over the 20–50 texts shown is far cheaper.
Words are compared as the index compares them: case-folded, å kept apart from a.

>>> from .query import parse
>>> highlight("Familien får en mentor i Ærø.", parse("FÅR mentor*").terms)
'Familien \\x02får\\x03 en \\x02mentor\\x03 i Ærø.'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .query import Term

HIT_START, HIT_END = "\x02", "\x03"
_WORD = re.compile(r"[^\W_]+")
#: About how many characters a snippet shows, and how many of them come before the first hit.
WIDTH, LEAD = 220, 60


def pattern(terms: Sequence[Term]) -> re.Pattern[str] | None:
    """One expression finding every term in lower-cased text (phrases across punctuation).

    It has no look-arounds (they make ``re`` test every position, 50x slower); ``_spans``
    checks that a match starts and ends at word boundaries instead.
    """
    parts = []
    for term in terms:
        words = [re.escape(w.lower()) for w in _WORD.findall(term.text)]
        if words:
            parts.append(r"[\W_]+".join(words) + (r"[^\W_]*" if term.prefix else ""))
    return re.compile("|".join(sorted(set(parts), key=len, reverse=True))) if parts else None


#: Lower case by a byte table for text within Latin-1 (most Danish text): ``str.lower()``
#: looks every letter up in Unicode's tables, several times slower.
_LATIN1_LOWER = bytes(ord(chr(i).lower()) for i in range(256))


def _lower(text: str) -> str:
    try:
        return text.encode("latin-1").translate(_LATIN1_LOWER).decode("latin-1")
    except UnicodeEncodeError:
        return text.lower()


def _spans(text: str, found: re.Pattern[str] | None) -> list[tuple[int, int]]:
    lowered = _lower(text)
    if found is None or len(lowered) != len(text):  # a rare letter changed length: no marks
        return []
    spans = []
    size = len(text)
    for match in found.finditer(lowered):
        start, end = match.span()
        if not (start and text[start - 1].isalnum()) and not (end < size and text[end].isalnum()):
            spans.append((start, end))
    return spans


def _densest(spans: list[tuple[int, int]], reach: int) -> int:
    """The first hit followed by the most hits starting less than ``reach`` after it."""
    best, most, j = 0, 0, 0
    for i, (start, _) in enumerate(spans):
        j = max(j, i)
        while j < len(spans) and spans[j][0] - start < reach:
            j += 1
        if j - i > most:
            best, most = i, j - i
    return best


def _marked(text: str, spans: list[tuple[int, int]], lo: int, hi: int) -> str:
    out, pos = [], lo
    for start, end in spans:
        if start < lo or end > hi:
            continue
        out += [text[pos:start], HIT_START, text[start:end], HIT_END]
        pos = end
    out.append(text[pos:hi])
    return "".join(out)


def _compiled(terms: Sequence[Term] | re.Pattern[str] | None) -> re.Pattern[str] | None:
    return terms if isinstance(terms, re.Pattern) or terms is None else pattern(terms)


def highlight(text: str | None, terms: Sequence[Term] | re.Pattern[str] | None) -> str:
    """All of ``text`` with the hits marked (for short texts such as titles); ``terms`` may
    be a ``pattern(terms)`` made once for many texts."""
    return _marked(text, _spans(text, _compiled(terms)), 0, len(text)) if text else ""


def snippet(
    text: str | None, terms: Sequence[Term] | re.Pattern[str] | None, width: int = WIDTH
) -> str:
    """About ``width`` characters of ``text`` around the most hits, marked, "…" where cut."""
    if not text:
        return ""
    spans = _spans(text, _compiled(terms))
    start = 0
    if spans:
        start = max(0, spans[_densest(spans, width - LEAD)][0] - LEAD)
    if start + width > len(text):
        start = max(0, len(text) - width)
    if start > 0:  # begin at a word
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < (spans[0][0] if spans else len(text)) else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        last_hit_end = max((e for s, e in spans if s < end), default=start)
        end = max(space, last_hit_end) if space > start else end
    head = "…" if start > 0 else ""
    tail = "…" if end < len(text) else ""
    return head + _marked(text, spans, start, end).strip() + tail
