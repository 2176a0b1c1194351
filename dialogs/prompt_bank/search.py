"""Search and ranking over bank entries, tolerant of Norwegian inflection and compounds.

Words are lower-cased and stemmed with the Snowball Norwegian stemmer (``snowballstemmer``),
so "intervjuer" and "intervju", "annonsen" and "annonser" meet. Compounds are common in
Norwegian ("intervjuspørsmål"), so a query stem also matches a longer indexed word that
starts with it (prefix), contains it (compound tail, four letters or more), or a shorter
indexed word it starts with. The match kinds and field weights below are our own small
scoring scheme (hand-written: no library ranks Norwegian compounds this way).

The index is an inverted index over a vocabulary of stems: a query scans the vocabulary
(a few thousand words) rather than every entry, so 5,000 entries search in well under a
millisecond or two.
"""

from __future__ import annotations

import heapq
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import snowballstemmer

from dialogs.prompt_bank.entries import BankEntry

_WORD = re.compile(r"[0-9a-zæøåéèüöä]+")
# Function words that would match almost everything (a short, hand-picked list).
_STOP = frozenset("og i på til for med av en et ei om som er den det de fra å the".split())
# How well a query stem matches an indexed stem.
EXACT, PREFIX, SHORTER, INSIDE = 1.0, 0.8, 0.6, 0.5
# How much a match counts in each field.
FIELD_WEIGHTS = {"title": 2.0, "tags": 1.5, "task": 1.0}
_SCOPE_ORDER = {"private": 0, "tenant": 1, "curated": 2}


@dataclass(frozen=True)
class Hit:
    entry: BankEntry
    score: float
    matched: int  # how many query words matched


class Stemmer:
    """Lower-case words → Snowball Norwegian stems, with stop words dropped."""

    def __init__(self) -> None:
        self._stemmer = snowballstemmer.stemmer("norwegian")
        self._known: dict[str, str] = {}  # word → stem; a bank's vocabulary is small

    def stems(self, text: str) -> list[str]:
        stems = []
        for word in _WORD.findall(text.lower()):
            if word in _STOP or len(word) < 2:
                continue
            stem = self._known.get(word)
            if stem is None:
                stem = self._known[word] = self._stemmer.stemWord(word)
            stems.append(stem)
        return stems


class BankIndex:
    def __init__(self, entries: Iterable[BankEntry], *, task_titles: dict[str, str] | None = None,
                 stemmer: Stemmer | None = None):
        self._stemmer = stemmer or Stemmer()
        self._entries: list[BankEntry] = list(entries)
        task_titles = task_titles or {}
        # stem → {entry index: best field weight}
        self._postings: dict[str, dict[int, float]] = defaultdict(dict)
        for number, entry in enumerate(self._entries):
            fields = {"title": entry.title, "tags": " ".join(entry.tags),
                      "task": f"{entry.task} {task_titles.get(entry.task, '')}"}
            for field_name, text in fields.items():
                weight = FIELD_WEIGHTS[field_name]
                for stem in self._stemmer.stems(text):
                    posting = self._postings[stem]
                    if posting.get(number, 0.0) < weight:
                        posting[number] = weight
        self._vocabulary = list(self._postings)

    def __len__(self) -> int:
        return len(self._entries)

    def _matches(self, query_stem: str) -> list[tuple[str, float]]:
        found = []
        for stem in self._vocabulary:
            if stem == query_stem:
                found.append((stem, EXACT))
            elif stem.startswith(query_stem):
                found.append((stem, PREFIX))
            elif len(stem) >= 4 and query_stem.startswith(stem):
                found.append((stem, SHORTER))
            elif len(query_stem) >= 4 and query_stem in stem:
                found.append((stem, INSIDE))
        return found

    def search(self, query: str, *, viewer: str, task: str | None = None, limit: int = 10) -> list[Hit]:
        """Entries visible to ``viewer`` (their private ones, the tenant's, the curated),
        best first; an empty query lists them all (most used first)."""
        def visible(entry: BankEntry) -> bool:
            return entry.visible_to(viewer) and (task is None or entry.task == task)

        query_stems = list(dict.fromkeys(self._stemmer.stems(query)))
        if not query_stems:
            listed = heapq.nsmallest(limit, (e for e in self._entries if visible(e)), key=lambda e: (
                -e.uses, _SCOPE_ORDER[e.scope], -e.created, e.title))
            return [Hit(e, 0.0, 0) for e in listed]
        scores: dict[int, float] = defaultdict(float)
        matched: dict[int, int] = defaultdict(int)
        for query_stem in query_stems:
            best: dict[int, float] = {}
            for stem, strength in self._matches(query_stem):
                for number, weight in self._postings[stem].items():
                    value = strength * weight
                    if value > best.get(number, 0.0):
                        best[number] = value
            for number, value in best.items():
                scores[number] += value
                matched[number] += 1
        entries = self._entries
        best_numbers = heapq.nsmallest(limit, (n for n in scores if visible(entries[n])), key=lambda n: (
            -matched[n], -scores[n], -entries[n].uses, -entries[n].created, entries[n].title))
        return [Hit(entries[n], scores[n], matched[n]) for n in best_numbers]
