"""The typed search syntax: what it means, and helpful messages for what it cannot mean."""

from __future__ import annotations

import pytest

from fieldnotes.search.errors import QueryError
from fieldnotes.search.query import parse


@pytest.mark.parametrize(
    ("typed", "fts"),
    [
        ("mentor", '"mentor"'),
        ("Ærø kommune", '"Ærø" AND "kommune"'),
        ("integr*", '"integr" *'),
        ('"fælles mål"', '"fælles mål"'),
        ("job OR praktik", '"job" OR "praktik"'),
        ("job ELLER praktik", '"job" OR "praktik"'),
        ("job OG praktik", '"job" AND "praktik"'),
        ("job IKKE praktik", '"job" NOT "praktik"'),
        ("job AND NOT praktik", '"job" NOT "praktik"'),
        ("job -praktik", '"job" NOT "praktik"'),
        ("(mentor ELLER brobygger) job", '("mentor" OR "brobygger") AND "job"'),
        ("børn og unge", '"børn" AND "og" AND "unge"'),  # lower-case words are just words
        ("NEAR(a b)", '"NEAR" AND ("a" AND "b")'),  # FTS5 syntax is only ever text
        ("integrations-indsats", '"integrations-indsats"'),
        ("fa\u030areavl", '"fåreavl"'),  # å as a and a ring (from a Mac or a PDF) is å
        ("mentor\x00job", '"mentor" AND "job"'),  # a pasted control character is a space
        ("(" * 16 + "job" + ")" * 16, '"job"'),
    ],
)
def test_typed_queries_compile_to_quoted_fts(typed: str, fts: str) -> None:
    assert parse(typed).fts() == fts


def test_the_last_word_is_a_prefix_while_typing() -> None:
    assert parse("mentor ord", prefix_last=True).fts() == '"mentor" AND "ord" *'
    assert parse("mentor ord ", prefix_last=True).fts() == '"mentor" AND "ord"'


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("?!", "empty"),
        ("()", "empty"),
        ('"fælles mål', "unclosed_quote"),
        ("(mentor job", "unclosed_paren"),
        ("mentor)", "stray_paren"),
        ("AND job", "missing_operand"),
        ("job OR", "missing_operand"),
        ("job OG", "missing_operand"),
        ("job OR OR praktik", "missing_operand"),
        ("job IKKE", "missing_operand"),
        ("IKKE job", "only_exclusions"),
        ("-job", "only_exclusions"),
        ("*", "bad_star"),
        ("in*tegr", "bad_star"),
        ('"mål*"', "bad_star"),
        (" ".join(["ord"] * 100), "too_long"),
        ("(" * 17 + "job" + ")" * 17, "too_deep"),
        ("(" * 5000 + "job", "too_deep"),
    ],
)
def test_malformed_queries_give_messages_not_exceptions(typed: str, code: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse(typed)
    error = caught.value
    assert error.code == code
    danish, english = error.message("da"), error.message("en")
    assert danish and english and danish != english
    assert "{" not in danish + english


def test_a_message_points_at_the_problem() -> None:
    with pytest.raises(QueryError) as caught:
        parse('job "fælles mål')
    assert caught.value.position == 4
    assert "tegn 5" in caught.value.message("da")
