"""Highlighting in snippets: whole words and phrases, case-folded the Danish way, also beside
characters outside Latin-1, and several terms found as one regular expression would find them."""

from __future__ import annotations

import random
import re

import pytest

from fieldnotes.search.query import parse
from fieldnotes.search.snippets import first_hit, highlight, pattern, snippet


def _marked(text: str, query: str) -> str:
    return highlight(text, parse(query).terms).replace("\x02", "[").replace("\x03", "]")


@pytest.mark.parametrize(
    ("query", "text", "marked"),
    [
        (
            "ærø",
            "ÆRØ, Ærø og ærø – men ikke Ærøskøbing",
            "[ÆRØ], [Ærø] og [ærø] – men ikke Ærøskøbing",
        ),
        ("far", "Får far?", "Får [far]?"),
        (
            '"mentor ordning"',
            "En mentor–ordning “mentor ordning”",
            "En [mentor–ordning] “[mentor ordning]”",
        ),
        ("bogdanovi*", "Hos Bogdanović – og Bogdanovićs", "Hos [Bogdanović] – og [Bogdanovićs]"),
        ("mentor", "mentorć ćmentor mentor’en", "mentorć ćmentor [mentor]’en"),
        ("kommune", "\u212aOMMUNE – kommune", "[\u212aOMMUNE] – [kommune]"),
        ("łódź", "ŁÓDŹ og Łódź", "[ŁÓDŹ] og [Łódź]"),
        (
            "sprog job*",
            "Sprogskole, sprog og jobbet; job–sprog",
            "Sprogskole, [sprog] og [jobbet]; [job]–[sprog]",
        ),
    ],
)
def test_whole_words_and_phrases_are_marked(query: str, text: str, marked: str) -> None:
    assert _marked(text, query) == marked


def _obvious(text: str, regex: re.Pattern[str]) -> str:
    """``highlight`` done slowly: ``str.lower()`` on all of it, then one regular expression."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return text
    out, pos = [], 0
    for match in regex.finditer(lowered):
        start, end = match.span()
        if (start and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
            continue
        out += [text[pos:start], "\x02", text[start:end], "\x03"]
        pos = end
    return "".join(out) + text[pos:]


def test_several_terms_anything_outside_latin1_are_found_as_one_expression_finds_them() -> None:
    rng = random.Random(7)
    letters = ["a", "B", "ab", "Æ", "ø", " ", "–", "-", "ć", "Ć", "ª", "_", "\u212a", "k", "İ"]
    for _ in range(300):
        words = ["".join(rng.choices("abkæø", k=rng.randint(1, 3))) for _ in range(3)]
        query = " ".join(w + rng.choice(["", "*"]) for w in words)
        finder = pattern(parse(query).terms)
        assert finder is not None
        for _ in range(10):
            text = "".join(rng.choices(letters, k=rng.randint(0, 30)))
            expected = [m.span() for m in re.finditer(finder.regex, text)]
            assert list(finder.finditer(text)) == expected, (query, text)
            assert highlight(text, finder) == _obvious(text, finder.regex), (query, text)


def test_a_snippet_is_cut_around_the_most_hits() -> None:
    text = (
        "Indledning uden fund. " * 20 + "Her er mentor og mentor – og mentor igen. " + "Slut. " * 30
    )
    cut = snippet(text, parse("mentor").terms)
    assert cut.startswith("…") and cut.endswith("…") and cut.count("\x02mentor\x03") == 3


def test_a_cut_after_a_sentence_sets_the_ellipsis_apart() -> None:
    text = "Mentoren hjælper. " + "Resten af noten handler om noget helt andet end det. " * 10
    cut = snippet(text, parse("mentoren").terms, width=20)
    assert cut == "\x02Mentoren\x03 hjælper. …"


def test_the_first_hit_is_where_a_found_note_opens() -> None:
    terms = parse("mentor*").terms
    assert first_hit("Familien får en Mentorordning.", terms) == (16, 29)
    assert first_hit("Intet her.", terms) is None and first_hit(None, terms) is None
