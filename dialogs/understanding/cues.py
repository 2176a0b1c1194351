"""Weighted cue words: which classes a message's words point to.

A hand-made scheme over data (``prompts/intents.yaml``): Norwegian inflects and compounds
freely, so a cue word matches a message word that starts with it, that contains it (cue
words of five letters or more: *førstegangsintervju*) or that is a near-miss of it
(rapidfuzz; *screenig*, *nynrosk*). Each word of the message counts once per class, with
the heaviest cue that matched it, so *intervjuspørsmål* is not counted three times.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

_WORD = re.compile(r"[0-9a-zæøåéèüöäòô]+(?:[-/'’][0-9a-zæøåéèüöäòô]+)*")
# Cue words at least this long also match inside a compound and as a near-miss.
COMPOUND_MIN = 5
NEAR_MISS_RATIO = 86.0


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@dataclass(frozen=True)
class CueWord:
    text: str
    exact: bool

    def matches(self, word: str) -> bool:
        if self.exact:
            return word == self.text
        if word.startswith(self.text):
            return True
        if len(self.text) < COMPOUND_MIN:
            return False
        if self.text in word:
            return True
        return (len(word) >= COMPOUND_MIN and abs(len(word) - len(self.text)) <= 2
                and fuzz.ratio(word, self.text) >= NEAR_MISS_RATIO)


@dataclass(frozen=True)
class Cue:
    words: tuple[CueWord, ...]
    weight: float

    @classmethod
    def parse(cls, phrase: str, weight: float) -> Cue:
        parts = []
        for part in phrase.lower().split():
            exact = part.endswith("=")
            parts.append(CueWord(part.rstrip("="), exact))
        return cls(tuple(parts), weight)


class CueIndex:
    """Scores a message's words against every class's cues."""

    def __init__(self, classes: dict[str, dict[str, float]]):
        self._cues = {name: [Cue.parse(phrase, weight) for phrase, weight in cues.items()]
                      for name, cues in classes.items()}
        self._memo: dict[tuple[str, str], bool] = {}

    def _matches(self, cue_word: CueWord, word: str) -> bool:
        key = (cue_word.text + ("=" if cue_word.exact else ""), word)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = cue_word.matches(word)
        return found

    def _positions(self, cue: Cue, message: list[str]) -> Iterable[int]:
        width = len(cue.words)
        for start in range(len(message) - width + 1):
            if all(self._matches(cue_word, message[start + i]) for i, cue_word in enumerate(cue.words)):
                yield start

    def scores(self, message: list[str]) -> dict[str, float]:
        """Class → sum over the message's words of the heaviest cue that matched there."""
        return {name: self.score(name, message) for name in self._cues}

    def heaviest(self, name: str, message: list[str]) -> float:
        """The weight of the heaviest cue of a class found in the message (0 if none)."""
        found = [cue.weight for cue in self._cues[name] if next(iter(self._positions(cue, message)), None) is not None]
        return max(found, default=0.0)

    def score(self, name: str, message: list[str]) -> float:
        best: dict[int, float] = {}
        for cue in self._cues[name]:
            for position in self._positions(cue, message):
                best[position] = max(best.get(position, 0.0), cue.weight)
        return sum(best.values())
