"""A Norwegian lexicon (bokmål and nynorsk) from Apertium's morphological dictionaries.

Two files in ``guardrails/ner/data/``, both read through a memory map (no load time, a few
MB of shared pages):

* ``lexicon_common.marisa``: every lower-case word form that Apertium analyses as an
  ordinary word (noun, adjective, verb, adverb, pronoun, preposition ...), about a million
  forms: ``panelet``, ``nyutdanna``, ``kommando``, ``avdelingen``.
* ``lexicon_proper.marisa``: proper nouns with their classes: given name (``Kari``),
  surname (``Hansen``), place (``Gjøvik``, ``Bergenhus``), organisation (``Microsoft``,
  ``Sivilforsvaret``), about 76,000.

Build (not part of the bot's start-up; the files are committed):

    make lexicon    # = python -m guardrails.ner.training.lexicon_build --output guardrails/ner/data

It needs Debian's ``apertium-nno-nob`` (the dictionaries) and ``lttoolbox-dev``
(``lt-print``). The compiled transducers are printed as text and walked: proper nouns
backwards from their ``<np>`` tag to the start, ordinary words forwards through the main
section. Apertium's data is GPL-2.0-or-later; so are these two files (see
``guardrails/ner/data/LEXICON-LICENSE.md``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import marisa_trie

DATA_DIR = Path(__file__).with_name("data")
COMMON_FILE = "lexicon_common.marisa"
PROPER_FILE = "lexicon_proper.marisa"
APERTIUM_DIR = Path("/usr/share/apertium/apertium-nno-nob")
TRANSDUCERS = ("nob-nno.automorf.bin", "nno-nob.automorf.bin")  # bokmål, nynorsk analysers

GIVEN_NAME, SURNAME, PLACE, ORGANISATION, OTHER_NAME = 1, 2, 4, 8, 16
PERSON_NAME = GIVEN_NAME | SURNAME
PLACE_OR_ORGANISATION = PLACE | ORGANISATION
PROPER_CLASSES = {"ant": GIVEN_NAME, "cog": SURNAME, "top": PLACE, "org": ORGANISATION, "al": OTHER_NAME}
ORDINARY_TAGS = frozenset(
    {"<n>", "<adj>", "<vblex>", "<adv>", "<pr>", "<det>", "<prn>", "<cnjcoo>", "<cnjsub>", "<ij>"}
)
MAX_WORD = 32


# Look-ups kept per lexicon (the rules ask for the same words again and again), bounded:
# emptied when full.
_CACHE_LIMIT = 100_000


@dataclass(frozen=True)
class Lexicon:
    """Lookups in the two tries; an empty lexicon answers False/0 to everything."""

    common: marisa_trie.Trie
    proper: marisa_trie.RecordTrie
    _classes: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, directory: Path = DATA_DIR) -> Lexicon:
        common, proper = marisa_trie.Trie(), marisa_trie.RecordTrie("<B")
        if (directory / COMMON_FILE).is_file() and (directory / PROPER_FILE).is_file():
            common.mmap(str(directory / COMMON_FILE))
            proper.mmap(str(directory / PROPER_FILE))
        return cls(common, proper)

    @classmethod
    def empty(cls) -> Lexicon:
        return cls(marisa_trie.Trie(), marisa_trie.RecordTrie("<B"))

    def is_common(self, word: str) -> bool:
        """An ordinary word form (checked in lower case)."""
        return word.lower() in self.common

    def classes(self, word: str) -> int:
        cache = self._classes
        classes = cache.get(word)
        if classes is None:
            if len(cache) >= _CACHE_LIMIT:
                cache.clear()
            found = self.proper.get(word)
            classes = cache[word] = found[0][0] if found else 0
        return classes

    def is_person_name(self, word: str) -> bool:
        return bool(self.classes(word) & PERSON_NAME)

    def is_only_person_name(self, word: str) -> bool:
        """A given name or surname that is no place, organisation or ordinary word (``Fardal``)."""
        classes = self.classes(word)
        return bool(classes & PERSON_NAME) and not classes & PLACE_OR_ORGANISATION and not self.is_common(word)

    def is_place_or_organisation(self, word: str) -> bool:
        """Known only as a place or an organisation, never as a given name or surname."""
        classes = self.classes(word)
        return bool(classes & PLACE_OR_ORGANISATION) and not classes & PERSON_NAME

    def is_organisation(self, word: str) -> bool:
        """Known as an organisation and not as a place, given name or surname (``Microsoft``)."""
        return self.classes(word) & ~OTHER_NAME == ORGANISATION


@cache
def default_lexicon() -> Lexicon:
    return Lexicon.load()
