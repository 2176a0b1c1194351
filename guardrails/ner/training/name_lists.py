"""Build the name lists used by the PERSON recognizer from NorNE *train* only.

* ``first_names.txt``: first words of multi-word PER entities;
* ``surnames.txt``: last words of multi-word PER entities;
* ``common_words.txt``: lower-case words that occur often as ordinary words (outside any
  entity) — a name that is also such a word is only trusted when capitalised, and a lone
  capitalised ordinary word at the start of a sentence is not taken for a name.

A name is kept only if it is tagged PER more often than it occurs capitalised outside PER.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from guardrails.ner.training.corpus import Sentence

COMMON_WORD_MIN_COUNT = 3
FILE_NAMES = {"first_names": "first_names.txt", "surnames": "surnames.txt", "common_words": "common_words.txt"}


@dataclass(frozen=True)
class NameLists:
    first_names: frozenset[str]
    surnames: frozenset[str]
    common_words: frozenset[str]


def _looks_like_name(word: str) -> bool:
    return len(word) >= 2 and word[0].isupper() and word.replace("-", "").isalpha()


def name_evidence(sentences: Iterable[Sentence]) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Per word form: how often it is inside a PER entity, capitalised outside one (not
    first in its sentence), and in lower case outside one."""
    per_counts: Counter[str] = Counter()
    capitalised_other: Counter[str] = Counter()
    lower_other: Counter[str] = Counter()
    for sentence in sentences:
        in_person = {i for start, end, label in sentence.entities if label == "PER" for i in range(start, end)}
        for index, word in enumerate(sentence.words):
            if index in in_person:
                per_counts[word] += 1
            elif word.islower():
                lower_other[word] += 1
            elif index > 0 and word[:1].isupper():
                capitalised_other[word] += 1
    return per_counts, capitalised_other, lower_other


def build_name_lists(sentences: Iterable[Sentence]) -> NameLists:
    sentences = list(sentences)
    first_counts: Counter[str] = Counter()
    last_counts: Counter[str] = Counter()
    for sentence in sentences:
        for start, end, label in sentence.entities:
            if label == "PER" and end - start >= 2:
                first_counts[sentence.words[start]] += 1
                last_counts[sentence.words[end - 1]] += 1
    per_counts, capitalised_other, lower_other = name_evidence(sentences)

    def keep(counts: Counter[str]) -> frozenset[str]:
        return frozenset(
            word for word in counts if _looks_like_name(word) and per_counts[word] > capitalised_other[word]
        )

    common = frozenset(w for w, n in lower_other.items() if n >= COMMON_WORD_MIN_COUNT and w.isalpha())
    return NameLists(first_names=keep(first_counts), surnames=keep(last_counts), common_words=common)


def write_name_lists(lists: NameLists, directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for attribute, file_name in FILE_NAMES.items():
        words = sorted(getattr(lists, attribute))
        (directory / file_name).write_text("\n".join(words) + "\n", encoding="utf-8")
