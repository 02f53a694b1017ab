"""Spell checking without Qt: the words of a Danish text, what is known, the dictionary."""

from __future__ import annotations

import importlib.metadata
import sys

import pytest

from fieldnotes.core import spelling
from fieldnotes.core.errors import KnownError
from fieldnotes.core.spelling import (
    NO_DICTIONARY,
    NO_LIBRARY,
    NO_PYENCHANT,
    PersonalWords,
    Speller,
    Unavailable,
    WordCache,
    check_all,
    suggestions,
    words,
)


def keys(text: str) -> list[str]:
    return [word.key for word in words(text)]


@pytest.fixture(scope="module")
def danish():
    try:
        return spelling.enchant_dictionary()
    except Unavailable as exc:
        pytest.skip(f"no Danish dictionary ({exc.reason}): apt-get install hunspell-da")


# --- the words of a text -----------------------------------------------------------------
def test_danish_letters_belong_to_words_and_positions_point_into_the_text():
    text = "På Ærø går de på jobcentret"
    found = list(words(text))
    assert [w.key for w in found] == ["På", "Ærø", "går", "de", "på", "jobcentret"]
    assert all(text[w.start : w.end] == w.key for w in found)


def test_hyphenated_compounds_and_apostrophes_are_one_word():
    assert keys("SFO-ledere og NGO'er, social- og sundhedsområdet") == [
        "SFO-ledere",
        "og",
        "NGO'er",
        "social",
        "og",
        "sundhedsområdet",
    ]


def test_numbers_and_words_with_digits_are_skipped():
    assert keys("3F har 1.000 medlemmer i 2a og A4-ark, kl. 10.30") == [
        "har",
        "medlemmer",
        "i",
        "og",
        "kl.",
    ]


def test_addresses_are_skipped():
    text = "Skriv til anne.holm@aeroe.dk eller se https://www.kk.dk/side?x=1 og borger.dk i dag"
    assert keys(text) == ["Skriv", "til", "eller", "se", "og", "i", "dag"]


def test_words_in_capitals_are_skipped_but_capitalised_words_are_checked():
    assert keys("STAR og KL mødte Kommunen og IT-afdelingen. I går") == [
        "og",
        "mødte",
        "Kommunen",
        "og",
        "IT-afdelingen.",
        "I",
        "går",
    ]


def test_a_final_dot_goes_with_the_key_but_not_into_the_word():
    (word,) = words("dvs.")
    assert (word.start, word.end, word.key) == (0, 3, "dvs.")
    assert keys("f.eks. bl.a. her.") == ["f.eks.", "bl.a.", "her."]


# --- what is known -----------------------------------------------------------------------
def test_the_cache_forgets_the_least_recently_used_word():
    cache = WordCache(size=2)
    cache.put("kommune", True)
    cache.put("kommmune", False)
    assert cache.get("kommune") is True  # now the most recent
    cache.put("integrasjon", False)
    assert cache.get("kommmune") is None
    assert (cache.get("kommune"), cache.get("integrasjon"), len(cache)) == (True, False, 2)


def test_the_speller_knows_verdicts_and_the_members_own_words(tmp_path):
    speller = Speller(PersonalWords(tmp_path / "ordbog.txt"))
    assert speller.verdict("kommmune") is None
    speller.learn({"kommmune": False, "kommune": True, "Fieldnotes": False})
    assert (speller.verdict("kommmune"), speller.verdict("kommune")) == (False, True)
    speller.add("fieldnotes")
    assert speller.verdict("Fieldnotes") is True  # capitalised, as a sentence starts
    assert speller.verdict("fieldnotes.") is True
    speller.ignore("kommmune")
    assert speller.verdict("kommmune") is True
    again = Speller(PersonalWords(tmp_path / "ordbog.txt"))
    assert again.verdict("fieldnotes") is True
    assert again.verdict("kommmune") is None  # ignoring lasts only the session
    assert (tmp_path / "ordbog.txt").read_text(encoding="utf-8") == "fieldnotes\n"


def test_an_unwritable_word_list_is_a_known_error_and_the_word_still_counts(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    speller = Speller(PersonalWords(blocker / "ordbog.txt"))
    with pytest.raises(KnownError) as caught:
        speller.add("Fieldnotes")
    assert "Kan ikke skrive til" in caught.value.message("da")
    assert speller.verdict("Fieldnotes") is True


# --- the dictionary ----------------------------------------------------------------------
def test_no_danish_dictionary_is_a_clear_state():
    pytest.importorskip("enchant", reason="pyenchant or libenchant missing")
    with pytest.raises(Unavailable) as caught:
        spelling.EnchantDictionary("xx_XX")
    assert caught.value.reason == NO_DICTIONARY


def test_a_missing_enchant_library_is_a_clear_state(monkeypatch):
    monkeypatch.setitem(sys.modules, "enchant", None)  # import fails, as without libenchant
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "3.3.0")
    with pytest.raises(Unavailable) as caught:
        spelling.enchant_dictionary()
    assert caught.value.reason == NO_LIBRARY


def test_a_missing_pyenchant_is_a_clear_state(monkeypatch):
    def not_installed(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setitem(sys.modules, "enchant", None)
    monkeypatch.setattr(importlib.metadata, "version", not_installed)
    with pytest.raises(Unavailable) as caught:
        spelling.enchant_dictionary()
    assert caught.value.reason == NO_PYENCHANT


def test_hunspell_da_knows_danish_compounds_and_catches_misspellings(danish):
    verdicts = check_all(danish, keys("Integrationsindsatsen i kommunen: SFO-ledere, dvs."))
    assert all(verdicts.values()), verdicts
    assert check_all(danish, ["kommmune", "integrasjon", "dvs"]) == {
        "kommmune": False,
        "integrasjon": False,
        "dvs": False,
    }
    assert danish.source == "hunspell-da"


def test_suggestions_replace_the_word_without_its_dot(danish):
    assert suggestions(danish, "kommmune")[0] == "kommune"
    assert "integration" in suggestions(danish, "integrasjon")
    assert suggestions(danish, "kommmune.")[0] == "kommune"
    assert len(suggestions(danish, "beskæftigelsesindsatts")) <= spelling.SUGGESTIONS
