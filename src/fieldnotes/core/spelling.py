"""Danish spell checking without Qt: the dictionary, the words of a text, what is known.

The dictionary is Debian's ``hunspell-da`` through pyenchant (``libenchant-2-2``). Checking
a Danish compound takes about 2 ms and a suggestion about 60 ms, so the app checks in a
worker thread and keeps the verdicts here, in ``Speller``, for the GUI thread to look up.
Enchant shares one dictionary per language between all users of a broker and a dictionary
is not safe to use from two threads, so each call of a ``DictionaryFactory`` makes its own.

>>> dictionary = enchant_dictionary()      # raises Unavailable(reason) when it cannot
>>> [w.key for w in words("Vi så 3 SFO-ledere, jf. www.kk.dk")]
['Vi', 'så', 'SFO-ledere', 'jf.']
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import NamedTuple, Protocol

from .errors import KnownError

LANGUAGE = "da_DK"
#: Suggestions offered for a wrong word.
SUGGESTIONS = 6
#: Verdicts remembered; a 200 KB note holds about 5,000 different words.
CACHE_SIZE = 50_000

#: Why spell checking is not available.
NO_PYENCHANT = "no_pyenchant"  # the Python package is not installed
NO_LIBRARY = "no_library"  # libenchant-2 is not installed
NO_DICTIONARY = "no_dictionary"  # no Danish dictionary (hunspell-da) for enchant


class Unavailable(Exception):
    """No Danish dictionary can be had; ``reason`` is one of the ``NO_*`` constants."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Dictionary(Protocol):
    """What the app needs of a spelling dictionary (one thread at a time)."""

    #: Where the words come from, e.g. "hunspell-da" (named in the settings).
    source: str

    def check(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...


DictionaryFactory = Callable[[], Dictionary]


class EnchantDictionary:
    """An enchant dictionary with a broker of its own, so it shares nothing with another."""

    def __init__(self, language: str = LANGUAGE) -> None:
        try:
            import enchant
        except ImportError as exc:  # pyenchant raises it also when libenchant is missing
            raise Unavailable(_import_problem()) from exc
        self._broker = enchant.Broker()
        try:
            self._dict = self._broker.request_dict(language)
        except enchant.errors.DictNotFoundError as exc:
            raise Unavailable(NO_DICTIONARY) from exc
        self.source = f"{self._dict.provider.name}-{language.split('_')[0]}"

    def check(self, word: str) -> bool:
        return bool(self._dict.check(word))

    def suggest(self, word: str) -> list[str]:
        return list(self._dict.suggest(word))


def enchant_dictionary() -> Dictionary:
    """The Danish dictionary (the default factory); raises ``Unavailable``."""
    return EnchantDictionary(LANGUAGE)


def _import_problem() -> str:
    import importlib.metadata  # only here: it takes a while to import

    try:
        importlib.metadata.version("pyenchant")
    except importlib.metadata.PackageNotFoundError:
        return NO_PYENCHANT
    return NO_LIBRARY


# --- the words of a text -----------------------------------------------------------------
# Web and e-mail addresses first, so their parts are never taken for words; a word may join
# parts with hyphens (SFO-leder), apostrophes (NGO'er) or dots (bl.a.), and keeps one
# trailing dot: hunspell knows "dvs." but not "dvs", and "kommune." as "kommune".
_TOKENS = re.compile(
    r"(?:https?://|ftp://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(\w+(?:[-'’.]\w+)*)(\.)?"
)
_DIGIT = re.compile(r"[\d_]")


class Word(NamedTuple):
    """A word of a text: ``text[start:end]``; ``key`` is what is checked (maybe with a dot)."""

    start: int
    end: int
    key: str


def words(text: str) -> Iterator[Word]:
    """The words of ``text`` to check: not numbers, words with digits (3F, A4), addresses,
    names with dots but no final dot (borger.dk), or words in capitals (acronyms such as
    STAR or DFUNK, as word processors skip them)."""
    for match in _TOKENS.finditer(text):
        word = match.group(1)
        if word is None or _DIGIT.search(word) or (word.isupper() and len(word) > 1):
            continue
        dot = match.group(2)
        if dot is None and "." in word:
            continue
        yield Word(match.start(1), match.end(1), word + dot if dot else word)


def bare(key: str) -> str:
    """The word of a key without its trailing dot (what is added or replaced)."""
    return key[:-1] if key.endswith(".") else key


def check_all(dictionary: Dictionary, keys: Iterable[str]) -> dict[str, bool]:
    """The verdict on each key."""
    return {key: dictionary.check(key) for key in keys}


def suggestions(dictionary: Dictionary, key: str, limit: int = SUGGESTIONS) -> list[str]:
    """Up to ``limit`` replacements for the word of ``key`` (they replace it without its dot)."""
    found: list[str] = []
    for suggestion in dictionary.suggest(key):
        suggestion = bare(suggestion) if key.endswith(".") else suggestion
        if suggestion and suggestion != bare(key) and suggestion not in found:
            found.append(suggestion)
    return found[:limit]


# --- what is known -----------------------------------------------------------------------
class WordCache:
    """The last ``size`` verdicts, word -> correct; the least recently used goes first."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self._verdicts: OrderedDict[str, bool] = OrderedDict()

    def __len__(self) -> int:
        return len(self._verdicts)

    def get(self, key: str) -> bool | None:
        verdict = self._verdicts.get(key)
        if verdict is not None:
            self._verdicts.move_to_end(key)
        return verdict

    def put(self, key: str, correct: bool) -> None:
        self._verdicts[key] = correct
        self._verdicts.move_to_end(key)
        if len(self._verdicts) > self.size:
            self._verdicts.popitem(last=False)


class PersonalWords:
    """The member's own words ("Tilføj til ordbog"), one a line in a UTF-8 file outside the
    notes database: they are the member's, not the task force's data."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            lines = []
        except (OSError, UnicodeDecodeError):
            lines = []  # an unreadable list must not stop the app; adding rewrites it
        self.words = {line.strip() for line in lines if line.strip()}

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def add(self, word: str) -> None:
        """Remember ``word`` for good; raises ``KnownError`` when the file cannot be written."""
        word = word.strip()
        if not word or word in self.words:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as file:
                file.write(word + "\n")
        except OSError as exc:
            raise KnownError("not_writable", path=self.path, detail=exc.strerror or exc) from exc
        self.words.add(word)


class Speller:
    """What the GUI thread knows: verdicts from the worker, the member's own words and the
    words ignored for this session. Looking up never checks, so it never waits."""

    def __init__(self, personal: PersonalWords, cache_size: int = CACHE_SIZE) -> None:
        self.personal = personal
        self.ignored: set[str] = set()
        self.cache = WordCache(cache_size)

    def accepted(self, key: str) -> bool:
        """Whether the member added or ignored the word (also capitalised, as a sentence
        starts: "Fieldnotes" for an added "fieldnotes")."""
        word = bare(key)
        lower = word[:1].lower() + word[1:]
        return any(w in self.personal or w in self.ignored for w in (word, lower))

    def verdict(self, key: str) -> bool | None:
        """True (correct), False (wrong) or None (not checked yet)."""
        verdict = self.cache.get(key)
        if verdict is not True and (self.ignored or self.personal.words) and self.accepted(key):
            return True
        return verdict

    def learn(self, verdicts: Mapping[str, bool]) -> None:
        for key, correct in verdicts.items():
            self.cache.put(key, correct)

    def add(self, word: str) -> None:
        """Accept ``word`` for good (raises ``KnownError`` if it cannot be saved; it is then
        accepted for this session)."""
        self.ignored.add(bare(word))  # accepted now, even if the list cannot be written
        self.personal.add(bare(word))

    def ignore(self, word: str) -> None:
        """Accept ``word`` until the app closes."""
        self.ignored.add(bare(word))
