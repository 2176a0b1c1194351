"""The word lists the PERSON recognizer uses, loaded once from ``guardrails/ner/data/``.

Derived from NorNE train (by ``name_lists``): ``first_names.txt``, ``surnames.txt``,
``common_words.txt``. Hand-written: ``common_first_names.txt``, ``common_surnames.txt``
(very common Norwegian names), ``context_cues.txt`` (words that precede a name in HR
text), ``not_names.txt`` (headings and job titles that are never a name on their own) and
``organisation_words.txt`` (``kommune``, ``AS`` ...: after a name they make it an organisation).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import Path

from guardrails.ner.lexicon import PLACE, Lexicon

DATA_DIR = Path(__file__).with_name("data")
# First parts of compounds that are no words of their own ("Hovedavtalen", "Statsbudsjettet").
BOUND_PREFIXES = frozenset({
    "hoved", "hovud", "stats", "riks", "fylkes", "kommune", "kommunal", "sam", "fag", "nærings",
})


def read_word_list(path: Path) -> frozenset[str]:
    """Non-empty, non-comment lines of a UTF-8 word list."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=65536)  # called for most tokens by several rules
def strip_possessive(word: str) -> str:
    if word.endswith("'s"):
        return word[:-2]
    if word.endswith(("'", "’")):
        return word[:-1]
    if word.endswith("s") and len(word) > 3:
        return word[:-1]
    return word


def _union(directory: Path, *file_names: str) -> frozenset[str]:
    """The words of every list that exists (the world lists are optional)."""
    words: set[str] = set()
    for file_name in file_names:
        if (directory / file_name).is_file():
            words |= read_word_list(directory / file_name)
    return frozenset(words)


@dataclass(frozen=True)
class NameResources:
    """Name lists (case-sensitive, capitalised) and lower-case word lists."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    norwegian_first_names: frozenset[str]  # from NorNE and the hand-written list, not the world list
    norwegian_surnames: frozenset[str]
    common_words: frozenset[str]
    context_cues: frozenset[str]
    not_names: frozenset[str]
    organisation_words: frozenset[str]
    organisation_suffixes: tuple[str, ...] = ()
    lexicon: Lexicon = field(default_factory=Lexicon.empty)
    subject_verbs: frozenset[str] = frozenset()
    very_common_first_names: frozenset[str] = frozenset()  # Kari, Ola: names before anything else
    # Dag, Storm, Vår: given names that are ordinary words, read only in a person's slot in chat
    word_first_names_lower: frozenset[str] = frozenset()
    # Lena, Eina: places the lexicon lacks or has only as a name, read only where used as places
    extra_places: frozenset[str] = frozenset()

    @cached_property
    def norwegian_first_names_lower(self) -> frozenset[str]:
        return frozenset(name.lower() for name in self.norwegian_first_names)

    @classmethod
    def load(cls, directory: Path = DATA_DIR) -> NameResources:
        first = _union(directory, "first_names.txt", "common_first_names.txt", "world_first_names.txt")
        last = _union(directory, "surnames.txt", "common_surnames.txt", "world_surnames.txt")
        return cls(
            norwegian_first_names=_union(directory, "first_names.txt", "common_first_names.txt"),
            norwegian_surnames=_union(directory, "surnames.txt", "common_surnames.txt"),
            first_names=first,
            surnames=last,
            common_words=read_word_list(directory / "common_words.txt"),
            context_cues=read_word_list(directory / "context_cues.txt"),
            not_names=read_word_list(directory / "not_names.txt"),
            organisation_words=read_word_list(directory / "organisation_words.txt"),
            organisation_suffixes=tuple(sorted(_union(directory, "organisation_suffixes.txt"))),
            lexicon=Lexicon.load(directory),
            subject_verbs=read_word_list(directory / "subject_verbs.txt"),
            very_common_first_names=_union(directory, "common_first_names.txt"),
            word_first_names_lower=frozenset(w.lower() for w in _union(directory, "word_first_names.txt")),
            extra_places=_union(directory, "extra_places.txt"),
        )

    def is_place_word(self, word: str) -> bool:
        """A place in the lexicon (also when it is a name too) or in the hand-written extra places."""
        return bool(self.lexicon.classes(word) & PLACE) or word in self.extra_places

    def is_name(self, word: str) -> bool:
        """In a name list, or a given name or surname in the lexicon that is no ordinary word
        and no place (``Fardal``, ``Hersoug``, ``Signy``)."""
        return word in self.first_names or word in self.surnames or self.lexicon.is_only_person_name(word)

    def is_norwegian_name(self, word: str) -> bool:
        """In NorNE's or the hand-written lists (not only in the world lists)."""
        return word in self.norwegian_first_names or word in self.norwegian_surnames

    def is_name_lower(self, word: str) -> bool:
        """A lower-case word that is a known name and not also an ordinary word."""
        return word not in self.common_words and word not in self.not_names and self.is_name(word.capitalize())

    def is_organisation_word(self, word: str) -> bool:
        """``kommune``, ``AS``, or one word ending like an organisation (``Arbeidstilsynet``,
        ``Kommunesektorens``)."""
        lowered = word.lower()
        if lowered in self.organisation_words:
            return True
        base = lowered[:-1] if lowered.endswith("s") else lowered
        return len(base) >= 8 and (
            lowered.endswith(self.organisation_suffixes) or base.endswith(self.organisation_suffixes)
        )

    def is_place_or_organisation(self, word: str) -> bool:
        """Known to the lexicon only as a place or an organisation (``Gjøvik``, ``Bergenhus``,
        ``Microsoft``), and in none of the Norwegian name lists."""
        base = strip_possessive(word)
        if self.is_norwegian_name(word) or self.is_norwegian_name(base):
            return False
        return self.lexicon.is_place_or_organisation(word) or (
            base != word and self.lexicon.is_place_or_organisation(base) and not self.lexicon.classes(word)
        )

    def is_organisation_name(self, word: str) -> bool:
        """Known to the lexicon only as an organisation (``Microsoft``, ``Sivilforsvaret``)."""
        base = strip_possessive(word)
        if self.is_norwegian_name(word) or self.is_norwegian_name(base):
            return False
        return self.lexicon.is_organisation(word) or (base != word and self.lexicon.is_organisation(base))

    def is_lexicon_word(self, word: str) -> bool:
        """An ordinary word form in the lexicon (``Panelet``, ``Nyutdanna``) that is no known name."""
        return self.lexicon.is_common(word) and not self.lexicon.is_person_name(word) and not self.is_name(word)

    def is_listed_ordinary_word(self, word: str) -> bool:
        """An ordinary word of the lexicon in none of our name lists (``Trygg``: a given name
        to Apertium, an adjective here)."""
        return self.lexicon.is_common(word) and word not in self.first_names and word not in self.surnames

    def is_ordinary_compound(self, word: str) -> bool:
        """A compound of two ordinary words, the last of six letters or more, that is no
        known name: ``Legemiddelhåndtering``, ``Intensivavdelinga`` (Apertium leaves
        compounds to its analyser, so the lexicon does not list them)."""
        lowered = word.lower()
        if not lowered.isalpha() or len(lowered) < 9 or self.is_name(word) or self.lexicon.classes(word):
            return False
        common = self.lexicon.is_common
        for split in range(3, len(lowered) - 5):
            head, modifier = lowered[split:], lowered[:split]
            bound = modifier in BOUND_PREFIXES
            if common(head) and (bound or common(modifier) or (modifier[-1] in "se" and common(modifier[:-1]))):
                return True
        # a shorter head after a long first word, with or without a linking -s ("Oppstartsdato",
        # "Brukerkonto"), unless the head is one that farm names and surnames end in
        for split in range(5, len(lowered) - 3):
            head, modifier = lowered[split:], lowered[:split]
            # (a linking -s or -e: "Barneomsorgs-attest", "trappe-heisen")
            linked = modifier[-1] in "se" and len(modifier) >= 6 and (
                common(modifier[:-1]) or self._is_plain_compound(modifier[:-1])
            )
            if (linked or common(modifier) or self._is_plain_compound(modifier)) and common(head) and (
                head not in _NAME_HEADS
            ):
                return True
        return False

    def _is_plain_compound(self, lowered: str) -> bool:
        """Two ordinary words joined (``barneomsorg``: ``barn`` with a linking ``e``), each of four
        letters or more (``Franken-stein`` is no ``fran`` + ``ken``)."""
        common = self.lexicon.is_common

        def first(part: str) -> bool:
            return common(part) or (part[-1:] in "es" and len(part) > 3 and common(part[:-1]))

        return any(first(lowered[:split]) and common(lowered[split:]) for split in range(4, len(lowered) - 3))

    def is_ordinary_word(self, word: str) -> bool:
        lowered = word.lower()
        return lowered in self.common_words or lowered in self.not_names


# Last parts of Norwegian farm names and surnames ("Haugland", "Bjørndal", "Kolstad").
_NAME_HEADS = frozenset({
    "land", "dal", "dalen", "vik", "viken", "berg", "stad", "heim", "rud", "set", "bakk", "bakke", "bakken", "haug",
    "lid", "lie", "nes", "voll", "vang", "mo", "bø", "ås", "tveit", "gard", "gård", "rød", "by", "vold", "holm",
    "stein", "mark", "bu", "seth", "lund", "li", "myr", "myra", "moen", "sæter", "seter", "strand", "hagen",
})


@cache
def default_names() -> NameResources:
    """The lists in ``guardrails/ner/data/``, read once per process and shared (immutable)."""
    return NameResources.load()
