"""Tests for the Danish demo-text generator."""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter

import pytest

from fieldnotes.core.demo_text import DemoText

THEMES = ("1a", "1b", "1c", "1d", "2a")
TOKEN = re.compile(r"\w+")


def _sample(seed: int) -> list[str]:
    text = DemoText(random.Random(seed))
    out = [text.note() for _ in range(20)]
    out += [text.sentence(), text.paragraph(), text.title(), text.person_name()]
    out += [text.role(), text.stakeholder(), *(text.question(code) for code in THEMES)]
    return out


@pytest.fixture(scope="module")
def notes() -> list[str]:
    text = DemoText(random.Random(2024))
    return [text.note() for _ in range(3000)]


def test_same_seed_gives_same_text() -> None:
    assert _sample(7) == _sample(7)


def test_different_seeds_give_different_text() -> None:
    assert _sample(7) != _sample(8)
    assert _sample(7)[0] != _sample(8)[0]


def test_notes_have_one_to_four_paragraphs_of_sentences(notes: list[str]) -> None:
    for note in notes:
        paragraphs = note.split("\n\n")
        assert 1 <= len(paragraphs) <= 4
        assert all(p.strip() for p in paragraphs)
        assert 20 <= len(note.split()) <= 320
    counts = Counter(len(note.split("\n\n")) for note in notes)
    assert set(counts) == {1, 2, 3, 4}


def test_vocabulary_is_large_and_zipf_like(notes: list[str]) -> None:
    counts = Counter(token for note in notes for token in TOKEN.findall(note.lower()))
    assert len(counts) > 3000
    top = counts.most_common(1)[0][1]
    assert top > 50 * statistics.median(counts.values())


def test_danish_letters_occur(notes: list[str]) -> None:
    joined = "".join(notes[:200])
    for letter in "æøå":
        assert letter in joined
    assert "«" in "".join(notes)


def test_sentence_and_paragraph_shape() -> None:
    text = DemoText(random.Random(3))
    for _ in range(200):
        sentence = text.sentence()
        assert sentence[0].isupper() or not sentence[0].isalpha()
        assert sentence.endswith(".")
        assert "\n" not in text.paragraph()


def test_title_has_three_to_seven_words() -> None:
    text = DemoText(random.Random(4))
    for _ in range(300):
        title = text.title()
        assert 3 <= len(title.split()) <= 7
        assert title[0].isupper()


def test_person_names_roles_and_stakeholders() -> None:
    text = DemoText(random.Random(5))
    for _ in range(300):
        assert " " in text.person_name()
        assert text.role().strip()
        assert text.stakeholder().strip()


@pytest.mark.parametrize("code", THEMES)
def test_question_for_each_theme(code: str) -> None:
    text = DemoText(random.Random(6))
    for _ in range(50):
        question = text.question(code)
        assert question.strip()
        assert question.endswith("?")
        assert "{" not in question


def test_question_for_unknown_code_falls_back() -> None:
    assert DemoText(random.Random(1)).question("9z").endswith("?")


def test_no_name_repeats_a_part():
    import random

    from fieldnotes.core.demo_text import DemoText

    text = DemoText(random.Random(5))
    for _ in range(3_000):
        parts = text.person_name().split()
        assert len(parts) == len(set(parts)), parts
