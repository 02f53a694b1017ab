"""Highlighted snippets made in Python for one page of hits, from the query's terms.

FTS5's own ``snippet()`` re-reads and re-tokenizes every matching document before the page is
cut (about 0.3 ms each); one regular expression over the 20–50 texts shown is far cheaper.
Words are compared as the index compares them: case-folded, å kept apart from a.

>>> from .query import parse
>>> highlight("Familien får en mentor i Ærø.", parse("FÅR mentor*").terms)
'Familien \\x02får\\x03 en \\x02mentor\\x03 i Ærø.'
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Sequence

from .query import Term

HIT_START, HIT_END = "\x02", "\x03"
_WORD = re.compile(r"[^\W_]+")
#: About how many characters a snippet shows, and how many of them come before the first hit.
WIDTH, LEAD = 220, 60
#: What letters, and other characters, outside Latin-1 become in lower-cased text (``_lower``).
_LETTER, _OTHER = "\xaa", "?"


class Finder:
    """The terms as one alternation over lower-cased text, longest first (a phrase across
    punctuation, a prefix to the end of its word): ``finditer`` finds what ``re`` would.

    It has no look-arounds (they make ``re`` test every position, 50x slower); ``_spans``
    checks that a match starts and ends at word boundaries instead. Of several terms ``re``
    tries each at every position; as each begins with a literal word, ``str.find`` lists where
    one can start and only there are they tried, in order (about twice as fast).
    """

    def __init__(self, words: list[list[str]], prefix: list[bool]) -> None:
        regexes = {
            r"[\W_]+".join(map(re.escape, w)) + (r"[^\W_]*" if p else ""): w[0]
            for w, p in zip(words, prefix, strict=True)
        }
        ordered = sorted(regexes, key=len, reverse=True)
        self.regex = re.compile("|".join(ordered))
        self.parts = [
            (regexes[r], None if r == re.escape(regexes[r]) else re.compile(r)) for r in ordered
        ]
        letters = "".join(map("".join, words))
        #: Whether ``_lower`` may stand in for what lies outside Latin-1.
        self.latin1 = _LETTER not in letters and all(c < "\u0100" for c in letters)

    def finditer(self, lowered: str) -> Iterable[tuple[int, int]]:
        """Where the alternation matches, left to right, not overlapping."""
        if len(self.parts) == 1:
            return map(re.Match.span, self.regex.finditer(lowered))
        starts = set()
        for word, _ in self.parts:
            at = lowered.find(word)
            while at >= 0:
                starts.add(at)
                at = lowered.find(word, at + 1)
        found = []
        done = 0
        for at in sorted(starts):
            if at < done:
                continue
            for word, regex in self.parts:
                if regex is None:
                    if lowered.startswith(word, at):
                        done = at + len(word)
                        break
                elif (match := regex.match(lowered, at)) is not None:
                    done = match.end()
                    break
            else:
                continue
            found.append((at, done))
        return found


def pattern(terms: Sequence[Term]) -> Finder | None:
    """A ``Finder`` of every term, to make once for many texts (None: nothing to find)."""
    found = [
        ([w.lower() for w in words], t.prefix) for t in terms if (words := _WORD.findall(t.text))
    ]
    return Finder([w for w, _ in found], [p for _, p in found]) if found else None


#: Lower case by a byte table for text within Latin-1 (most Danish text): ``str.lower()``
#: looks every letter up in Unicode's tables, several times slower.
_LATIN1_LOWER = bytes(ord(chr(i).lower()) for i in range(256))


def _stand_ins(error: UnicodeEncodeError) -> tuple[str, int]:
    """Characters outside Latin-1, lower-cased for terms within it: a letter becomes "ª" and
    anything else "?", alike for ``\\w`` and ``isalnum`` and matching no such term (a dash or
    a quote in a Danish note is not worth ``str.lower()`` on all of it). One whose lower case is
    in Latin-1 (K, Å) is lower-cased; one whose lower case is longer (İ) is refused."""
    out = []
    for char in error.object[error.start : error.end]:
        lower = char.lower()
        if len(lower) != 1:
            raise error
        out.append(lower if lower < "\u0100" else _LETTER if char.isalnum() else _OTHER)
    return "".join(out), error.end


codecs.register_error("fieldnotes.search.lower", _stand_ins)


def _lower(text: str, latin1: bool) -> str:
    """``text.lower()``, or what finds the same matches of terms within Latin-1 (``latin1``)."""
    try:
        encoded = text.encode("latin-1", "fieldnotes.search.lower" if latin1 else "strict")
    except UnicodeEncodeError:
        return text.lower()
    return encoded.translate(_LATIN1_LOWER).decode("latin-1")


def _spans(text: str, found: Finder | None) -> list[tuple[int, int]]:
    if found is None:
        return []
    lowered = _lower(text, found.latin1)
    size = len(text)
    if len(lowered) != size:  # a rare letter changed length: no marks
        return []
    spans = []
    for start, end in found.finditer(lowered):
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


def _compiled(terms: Sequence[Term] | Finder | None) -> Finder | None:
    return terms if isinstance(terms, Finder) or terms is None else pattern(terms)


def highlight(text: str | None, terms: Sequence[Term] | Finder | None) -> str:
    """All of ``text`` with the hits marked (for short texts such as titles); ``terms`` may
    be a ``pattern(terms)`` made once for many texts."""
    return _marked(text, _spans(text, _compiled(terms)), 0, len(text)) if text else ""


def first_hit(text: str | None, terms: Sequence[Term] | Finder | None) -> tuple[int, int] | None:
    """Where the first of ``terms`` is in ``text`` (start and end), or None."""
    spans = _spans(text, _compiled(terms)) if text else []
    return spans[0] if spans else None


def snippet(text: str | None, terms: Sequence[Term] | Finder | None, width: int = WIDTH) -> str:
    """About ``width`` characters of ``text`` around the most hits, marked, "…" where cut."""
    if not text:
        return ""
    spans = _spans(text, _compiled(terms))
    size = len(text)
    start = 0
    if spans:
        start = max(0, spans[_densest(spans, width - LEAD) if len(spans) > 1 else 0][0] - LEAD)
    if start + width > size:
        start = max(0, size - width)
    if start > 0:  # begin at a word
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < (spans[0][0] if spans else size) else start
    end = min(size, start + width)
    if end < size:
        space = text.rfind(" ", start, end)
        last_hit_end = start  # of the last hit starting before the end (hits are in order)
        for hit_start, hit_end in spans:
            if hit_start >= end:
                break
            last_hit_end = hit_end
        end = max(space, last_hit_end) if space > start else end
    shown = _marked(text, spans, start, end).strip()
    head = "…" if start > 0 else ""
    # Cut after a sentence, the ellipsis stands apart: "… målet. …", not "målet.…".
    tail = "" if end >= size else " …" if shown.endswith((".", "!", "?", ":", ";")) else "…"
    return head + shown + tail
