"""Where in a text a name can be, so the NER runs only there.

The NER costs about 35 µs a token; the guardrail checks whole job ads, most of whose
sentences hold no capitalised word but their first (lists of duties and qualifications,
headings). In a normally cased text the person recognizer drops NER names that are all
lower-case, and a lone ordinary word at a sentence start, so a sentence without a
capitalised word that could be a name cannot give a person: the NER skips it. A text
typed without capitals (``is_cased`` False) is read whole.

A sentence is read when it holds a capitalised word that is not its first word, or whose
first word is not an ordinary word or heading (``Xiaoling``) or is a known name (``Per``).
Acronyms (``HR``, ``CV-en``) do not count: in a cased text a name is not written in capitals.
"""

from __future__ import annotations

from collections.abc import Sequence

from guardrails.ner.names import NameResources, strip_possessive
from guardrails.token_table import TokenTable, is_cased, sentence_starts  # noqa: F401 (re-exported)


def sentences(words: Sequence[str], starts: set[int]) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` from sentence starts; together they cover the text."""
    bounds = sorted(starts | {0}) + [len(words)]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if a < b]


def with_context(ranges: list[tuple[int, int]], size: int, context: int) -> list[tuple[int, int]]:
    """``ranges`` widened by ``context`` tokens on either side (within ``[0, size)``), merged."""
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        start, end = max(0, start - context), min(size, end + context)
        if merged and merged[-1][1] >= start:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


class NameGate:
    """Chooses the token ranges of a text the NER has to read."""

    # Verdicts per (word, first in its sentence) kept between texts: job ads repeat their words.
    # Bounded: emptied when full (a long-running bot sees an open vocabulary).
    CACHE_LIMIT = 50_000

    def __init__(self, names: NameResources) -> None:
        self._names = names
        self._verdicts: dict[tuple[str, bool], bool] = {}

    def ranges(self, tokens: TokenTable) -> list[tuple[int, int]] | None:
        """Token ranges to run the NER on, or None for the whole text (uncased text)."""
        if not tokens.is_cased:
            return None
        words, starts = tokens.words, tokens.sentence_starts
        return [
            (start, end)
            for start, end in sentences(words, starts)
            if any(self._may_be_name_cached(words[i], i in starts) for i in range(start, end))
        ]

    def _may_be_name_cached(self, word: str, first_in_sentence: bool) -> bool:
        if not word[:1].isupper():
            return False
        key = (word, first_in_sentence)
        verdict = self._verdicts.get(key)
        if verdict is None:
            if len(self._verdicts) >= self.CACHE_LIMIT:
                self._verdicts.clear()
            verdict = self._verdicts[key] = self._may_be_name(word, first_in_sentence)
        return verdict

    def _may_be_name(self, word: str, first_in_sentence: bool) -> bool:
        if not word[:1].isupper():
            return False
        head = word.split("-", 1)[0]
        if len(head) >= 2 and head.isupper():
            return False  # an acronym (HR, CV-en, NAV-kontoret) in a cased text
        if self._names.is_name(word) or self._names.is_name(strip_possessive(word)):
            return True
        if not first_in_sentence:
            # an ordinary word or a place or organisation no name list knows ("Helse Bergen HF",
            # "i Skjervøy"): the person rules drop such a word alone, and a name beside it
            # opens the sentence by itself
            return not (self._names.is_listed_ordinary_word(word) or self._names.is_place_or_organisation(word))
        return not self._names.is_ordinary_word(word)
