"""The search syntax users type, parsed into a tree and compiled to a safe FTS5 query.

Words must all match (``mentor job``); ``integr*`` matches words that begin so; ``"fælles mål"``
is a phrase; ``ELLER``/``OR``, ``OG``/``AND`` and ``IKKE``/``NOT`` (in capitals, so the Danish
words "og", "eller" and "ikke" can still be searched) combine them, ``-praktik`` excludes a
word, and brackets group: ``(mentor ELLER brobygger) IKKE praktik``. A malformed query raises
``QueryError`` with a message saying what to write instead; nothing the user types reaches
FTS5 unquoted.

>>> parse('(mentor ELLER brobygger) "fælles mål" -praktik').fts()
'(("mentor" OR "brobygger") AND "fælles mål") NOT "praktik"'
>>> parse("integr*").fts()
'"integr" *'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .errors import QueryError

#: Operator words (capitals only) → the operator.
OPERATORS = {
    "AND": "AND",
    "OG": "AND",
    "OR": "OR",
    "ELLER": "OR",
    "NOT": "NOT",
    "IKKE": "NOT",
}
MAX_TERMS = 64
#: How deep brackets may nest (more is a typing accident, and too deep for the parser).
MAX_DEPTH = 16
_WORD = re.compile(r"\w", re.UNICODE)
#: Control characters (a NUL pasted from another program) count as spaces.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Term:
    """A word or phrase (several words in order); ``prefix`` matches its last word's start."""

    text: str
    prefix: bool = False
    phrase: bool = False

    def fts(self) -> str:
        quoted = '"' + self.text.replace('"', '""') + '"'
        return quoted + (" *" if self.prefix else "")

    def words(self) -> list[str]:
        return re.findall(r"\w+", self.text)


@dataclass(frozen=True)
class All:
    """Every part must match."""

    parts: tuple[Node, ...]

    def fts(self) -> str:
        return " AND ".join(_grouped(p) for p in self.parts)


@dataclass(frozen=True)
class Any_:
    """At least one part must match."""

    parts: tuple[Node, ...]

    def fts(self) -> str:
        return " OR ".join(_grouped(p) for p in self.parts)


@dataclass(frozen=True)
class Without:
    """``keep`` must match and none of ``drop``."""

    keep: Node
    drop: tuple[Node, ...]

    def fts(self) -> str:
        return " NOT ".join(_grouped(p) for p in (self.keep, *self.drop))


Node = Term | All | Any_ | Without


def _grouped(node: Node) -> str:
    return node.fts() if isinstance(node, Term) else f"({node.fts()})"


@dataclass(frozen=True)
class Query:
    """A parsed query: ``fts()`` for SQLite, ``terms`` for highlighting elsewhere."""

    text: str
    root: Node

    def fts(self) -> str:
        return self.root.fts()

    @property
    def terms(self) -> list[Term]:
        """The positive words and phrases, in order (for highlighting in other views)."""
        found: list[Term] = []

        def walk(node: Node) -> None:
            if isinstance(node, Term):
                found.append(node)
            elif isinstance(node, Without):
                walk(node.keep)
            else:
                for part in node.parts:
                    walk(part)

        walk(self.root)
        return found


# --- lexing ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Token:
    kind: str  # term, op, open, close, minus
    value: str
    position: int  # 1-based, for messages
    term: Term | None = None


def _lex(text: str, *, prefix_last: bool) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c in "()":
            tokens.append(_Token("open" if c == "(" else "close", c, i + 1))
            i += 1
        elif c == "-" and i + 1 < n and not text[i + 1].isspace():
            tokens.append(_Token("minus", c, i + 1))
            i += 1
        elif c == '"':
            end = text.find('"', i + 1)
            if end < 0:
                raise QueryError("unclosed_quote", position=i + 1)
            prefix = end + 1 < n and text[end + 1] == "*"
            inner = text[i + 1 : end]
            if "*" in inner:
                raise QueryError("bad_star", position=i + 2 + inner.index("*"))
            if _WORD.search(inner):
                tokens.append(_Token("term", inner, i + 1, Term(inner, prefix, phrase=True)))
            i = end + 1 + prefix
        else:
            start = i
            while i < n and not text[i].isspace() and text[i] not in '()"':
                i += 1
            word = text[start:i]
            if word in OPERATORS:
                tokens.append(_Token("op", word, start + 1))
                continue
            star = word.find("*")
            if star >= 0 and star != len(word) - 1:
                raise QueryError("bad_star", position=start + star + 1)
            stem = word.rstrip("*")
            if not _WORD.search(stem):
                if star >= 0:
                    raise QueryError("bad_star", position=start + star + 1)
                continue  # punctuation alone: nothing to search for
            prefix = star >= 0 or (prefix_last and i == n)
            tokens.append(_Token("term", word, start + 1, Term(stem, prefix)))
    return tokens


# --- parsing ---------------------------------------------------------------------------------
class _Parser:
    """Recursive descent: or := and (OR and)*; and := unit+ with AND/NOT/- between."""

    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.i = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def parse(self) -> Node:
        node = self.any_()
        token = self.peek()
        if token is not None:  # only a stray ")" can stop the top level early
            raise QueryError("stray_paren", position=token.position)
        return node

    def any_(self) -> Node:
        parts = [self.all_()]
        while (token := self.peek()) is not None and OPERATORS.get(token.value) == "OR":
            self.take()
            parts.append(self.all_(after=token))
        return parts[0] if len(parts) == 1 else Any_(tuple(parts))

    def all_(self, after: _Token | None = None) -> Node:
        keep: list[Node] = []
        drop: list[Node] = []
        first_negation: _Token | None = None
        while (token := self.peek()) is not None and token.kind != "close":
            if token.kind == "op" and OPERATORS[token.value] == "OR":
                break
            negate = False
            if token.kind == "op":
                self.take()
                after_op = self.peek()
                if (
                    (not keep and not drop and OPERATORS[token.value] == "AND")
                    or after_op is None
                    or after_op.kind == "close"
                    or (after_op.kind == "op" and OPERATORS[after_op.value] != "NOT")
                    or (after_op.kind == "op" and OPERATORS[token.value] == "NOT")
                ):
                    raise _missing(token)
                if after_op.kind == "op":  # "AND NOT": the NOT is read next
                    continue
                negate = OPERATORS[token.value] == "NOT"
            elif token.kind == "minus":
                self.take()
                negate = True
            if negate:
                first_negation = first_negation or token
                drop.append(self.unit(token))
            else:
                keep.append(self.unit(token))
        if not keep and not drop:
            culprit = after or self.peek()
            if culprit is not None and culprit.kind == "op":
                raise _missing(culprit)
            raise QueryError("empty")
        if not keep:
            assert first_negation is not None
            raise QueryError("only_exclusions", operator=first_negation.value)
        node = keep[0] if len(keep) == 1 else All(tuple(keep))
        return Without(node, tuple(drop)) if drop else node

    def unit(self, before: _Token) -> Node:
        token = self.peek()
        if token is None:
            raise _missing(before)
        if token.kind == "term":
            self.take()
            assert token.term is not None
            return token.term
        if token.kind == "open":
            self.take()
            inner = self.peek()
            if inner is None:
                raise QueryError("unclosed_paren", position=token.position)
            if inner.kind == "close":
                raise QueryError("empty")
            node = self.any_()
            if self.peek() is None:
                raise QueryError("unclosed_paren", position=token.position)
            self.take()
            return node
        if token.kind == "close":
            raise QueryError("stray_paren", position=token.position)
        raise _missing(token)


def _missing(token: _Token) -> QueryError:
    return QueryError("missing_operand", operator=token.value, position=token.position)


def _check_depth(tokens: list[_Token]) -> None:
    depth = 0
    for token in tokens:
        depth += {"open": 1, "close": -1}.get(token.kind, 0)
        if depth > MAX_DEPTH:
            raise QueryError("too_deep", position=token.position, limit=MAX_DEPTH)


def parse(text: str, *, prefix_last: bool = False) -> Query:
    """Parse what the user typed; ``QueryError`` (with a helpful message) if it is malformed.

    ``prefix_last`` treats a last word still being typed as a prefix (search as you type).
    Text is compared in Unicode's composed form (NFC), as the index holds it: an "å" written
    as "a" and a ring is found as "å".
    """
    text = _CONTROL.sub(" ", unicodedata.normalize("NFC", text))
    tokens = _lex(text, prefix_last=prefix_last and not text[-1:].isspace())
    terms = sum(1 for t in tokens if t.kind == "term")
    if terms > MAX_TERMS:
        raise QueryError("too_long", count=terms, limit=MAX_TERMS)
    _check_depth(tokens)
    if not terms:
        if any(t.kind == "op" for t in tokens):
            raise _missing(next(t for t in tokens if t.kind == "op"))
        raise QueryError("empty")
    return Query(text, _Parser(tokens).parse())
