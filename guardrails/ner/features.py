"""Lexicon features for the NER: what the Norwegian lexicon and the world name lists know
about each word, case-insensitively, so the model sees it in text typed without capitals.

A pipeline component (``aktiv_lexicon_features``, first in the pipeline) writes one short
code per token into ``Token.tag_`` (the NER pipeline has no tagger, so the attribute is free),
and the tok2vec embeds ``TAG`` next to ``NORM``, ``PREFIX``, ``SUFFIX`` and ``SHAPE``:

* ``g``/``s``/``p``/``o``/``a``: a given name, surname, place, organisation or other proper
  name in the Apertium lexicon (``Kari`` → ``g``, ``Sandnes`` → ``sp``);
* ``f``/``l``: in the world first-name / surname lists (Faker, not NorNE);
* ``c``: an ordinary word form in the lexicon;
* ``u``: an alphabetic word none of them knows (``Tesfaye``, ``robolis``), ``x``: anything else.

NorNE's own name lists are left out on purpose: they are built from the training data, so
the model would learn to trust a feature that covers every training name and few new ones.
Training runs the component as an annotating component (``training.annotating_components``).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from guardrails.ner.lexicon import GIVEN_NAME, ORGANISATION, OTHER_NAME, PLACE, SURNAME, Lexicon
from guardrails.ner.names import DATA_DIR, read_word_list

FACTORY = "aktiv_lexicon_features"
CLASS_CODES = ((GIVEN_NAME, "g"), (SURNAME, "s"), (PLACE, "p"), (ORGANISATION, "o"), (OTHER_NAME, "a"))


class LexiconFeatures:
    """Computes the feature code of a word (cached per word form)."""

    def __init__(
        self, lexicon: Lexicon, first_names: frozenset[str], surnames: frozenset[str], classes: str = "gspoa"
    ) -> None:
        self._lexicon = lexicon
        self._class_codes = tuple((bit, letter) for bit, letter in CLASS_CODES if letter in classes)
        self._first_names = first_names
        self._surnames = surnames
        self._cache: dict[str, str] = {}

    @classmethod
    def load(cls, directory: Path = DATA_DIR, classes: str = "gspoa") -> "LexiconFeatures":
        return cls(
            Lexicon.load(directory),
            read_word_list(directory / "world_first_names.txt"),
            read_word_list(directory / "world_surnames.txt"),
            classes,
        )

    def code(self, word: str) -> str:
        cached = self._cache.get(word)
        if cached is None:
            cached = self._cache[word] = self._code(word)
        return cached

    def _code(self, word: str) -> str:
        if len(word) < 2 or not word.replace("-", "").isalpha():
            return "x"
        title = word[:1].upper() + word[1:].lower()
        classes = self._lexicon.classes(word) | self._lexicon.classes(title)
        code = "".join(letter for bit, letter in self._class_codes if classes & bit)
        if title in self._first_names:
            code += "f"
        if title in self._surnames:
            code += "l"
        if self._lexicon.is_common(word):
            code += "c"
        return code or "u"

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            token.tag_ = self.code(token.text)
        return doc


@cache
def default_features(classes: str = "gspoa") -> LexiconFeatures:
    return LexiconFeatures.load(classes=classes)


@Language.factory(FACTORY, default_config={"classes": "gspoa"})
def make_lexicon_features(nlp: Language, name: str, classes: str) -> LexiconFeatures:
    """``classes``: which lexicon classes become features (letters of ``gspoa``)."""
    return default_features(classes)
