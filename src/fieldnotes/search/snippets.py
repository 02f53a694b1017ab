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


def _is_letter(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isalnum()


def _spans(text: str, found: re.Pattern[str] | None) -> list[tuple[int, int]]:
    lowered = text.lower()
    if found is None or len(lowered) != len(text):  # a rare letter changed length: no marks
        return []
    return [
        m.span()
        for m in found.finditer(lowered)
        if not _is_letter(text, m.start() - 1) and not _is_letter(text, m.end())
    ]


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
        best = max(spans, key=lambda s: sum(1 for t in spans if 0 <= t[0] - s[0] < width - LEAD))
        start = max(0, best[0] - LEAD)
    if start + width > len(text):
        start = max(0, len(text) - width)
    if start > 0:  # begin at a word
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < (spans[0][0] if spans else len(text)) else start
        start = min(start, min((s for s, _ in spans if s >= start), default=start))
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        last_hit_end = max((e for s, e in spans if s < end), default=start)
        end = max(space, last_hit_end) if space > start else end
    head = "…" if start > 0 else ""
    tail = "…" if end < len(text) else ""
    return head + _marked(text, spans, start, end).strip() + tail
