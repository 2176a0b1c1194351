"""What every family of person rules shares: scores, the span type, the finder's state and
the word tests all of them use, and small helpers on the token-index map ``found``
(token index -> (score, source))."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from guardrails.ner.doc_context import DocContext
from guardrails.ner.names import NameResources, strip_possessive

MAX_NAME_TOKENS = 4


@dataclass(frozen=True)
class Scores:
    ner: float = 0.85
    propagated: float = 0.8
    cue: float = 0.75
    list_full_name: float = 0.7
    list_single: float = 0.65
    # A lower-case first name that is also an ordinary word, in a person's slot: the
    # policy's "ask" band (the user is asked whether it is a name).
    uncertain: float = 0.5


# The scores a finder uses unless given others (one shared instance: ``Scores`` is frozen).
DEFAULT_SCORES = Scores()


@dataclass(frozen=True)
class PersonSpan:
    start: int  # character offsets into the text
    end: int
    score: float
    source: str


class FinderBase:
    """The finder's state (name lists, scores) and the word tests the rule families share."""

    def __init__(self, names: NameResources, scores: Scores = DEFAULT_SCORES) -> None:
        self._names = names
        self._scores = scores

    def _is_known(self, word: str) -> bool:
        """A known name, or the possessive of one unless the word is an ordinary word itself
        (``Felles`` is no ``Felle's``, ``Karis`` is ``Kari's``)."""
        if self._names.is_name(word):
            return True
        base = strip_possessive(word)
        return base != word and self._names.is_name(base) and not (
            self._names.is_ordinary_word(word) or self._names.lexicon.is_common(word)
        )

    def _is_cue_or_heading(self, word: str) -> bool:
        lowered = word.lower()
        return lowered in self._names.not_names or lowered in self._names.context_cues

    def _not_a_person_word(self, context: DocContext, word: str) -> bool:
        """An organisation in the lexicon (``Microsoft``), a place in the lexicon that this text
        uses as a place (``på Vega``, ``NAV Bergenhus``), a cut compound (``Justis-`` in
        ``Justis- og beredskapsdepartementet``), an acronym, or a hyphenated compound ending
        in an ordinary word (``HR-avdelingen``)."""
        if word.endswith("-") or (len(word) > 1 and word.isupper()):
            return True
        if self._names.is_organisation_name(word):
            return True
        if word in context.places or strip_possessive(word) in context.places:
            return True
        if "-" in word:
            last = word.rsplit("-", 1)[1]
            return bool(last) and self._names.is_lexicon_word(last) and not self._is_known(last)
        return False

    def _organisation_follows(self, context: DocContext, end: int) -> bool:
        """``Vestland fylkeskommune``, ``Hansen AS``: the name is part of an organisation."""
        return end < context.size and self._names.is_organisation_word(context.lower[end])


_NOT_PAST_TENSE = frozenset({
    "beste", "siste", "første", "andre", "tredje", "gode", "rette", "brede", "hele", "alle", "bare", "kjente",
})


def is_initials(word: str) -> bool:
    """``K.``, ``G.O.``, ``H.C.``: initials keep their dots."""
    return all(len(part) == 1 and part.isupper() for part in word.strip(".").split("."))


def past_tense_shaped(word: str) -> bool:
    """``ringte``, ``sende``, ``fortalde``, ``meldte``: a weak verb's past tense (chat, uncased)."""
    return len(word) >= 4 and word.isalpha() and word.endswith(("te", "de")) and word not in _NOT_PAST_TENSE


def runs(found: dict) -> list[list[int]]:
    """Consecutive token indices of ``found``, as runs."""
    runs: list[list[int]] = []
    for index in sorted(found):
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def mark(found: dict, indices, score: float, source: str) -> None:
    for index in indices:
        if index not in found or found[index][0] < score:
            found[index] = (score, source)


def to_char_spans(doc: Doc, found: dict) -> list[PersonSpan]:
    spans: list[PersonSpan] = []
    run: list[int] = []
    for index in sorted(found) + [None]:
        if run and (index is None or index != run[-1] + 1):
            while run and doc[run[-1]].is_punct:
                run.pop()
            if run:
                score = max(found[i][0] for i in run)
                sources = sorted({found[i][1] for i in run})
                spans.append(
                    PersonSpan(doc[run[0]].idx, doc[run[-1]].idx + len(doc[run[-1]]), score, "+".join(sources))
                )
            run = []
        if index is not None:
            run.append(index)
    return spans
