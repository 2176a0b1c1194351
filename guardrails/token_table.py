"""Plain-Python views of a spaCy doc's tokens, built once per doc and shared.

Every ``for token in doc`` creates a spaCy ``Token`` object per token; on a job ad of
~380 tokens that costs about 0.3 ms a pass, and the NLP engine, the name gate and the
person recognizer each need the words (and the sentence starts and casing, also kept here).
``token_table(doc)`` reads offsets and flags with one ``Doc.to_array`` call, slices the words
out of the text and keeps the result in ``doc.user_data`` for the next reader.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH
from spacy.tokens import Doc

_KEY = "aktiv.token_table"
SENTENCE_END = frozenset({".", "!", "?", ":", ";", "•", "-", "–", "—", "*", "«", '"', "(", "|"})
CASED_SHARE = 0.03  # at least 3 % of the alphabetic words capitalised: the text is cased


def is_cased(words: Sequence[str]) -> bool:
    """False for text typed without capitals, where names come in lower case too."""
    alphabetic = [word for word in words if word.isalpha()]
    capitalised = sum(word[0].isupper() for word in alphabetic)
    return bool(alphabetic) and capitalised >= CASED_SHARE * len(alphabetic)


def sentence_starts(words: Sequence[str], space: Sequence[bool]) -> set[int]:
    """First token of the text, after a line break, after sentence punctuation or a bullet,
    after a number that leads a line, or after a title label (``Emne: Avrop på ...``)."""
    starts, at_start = set(), True
    for index, word in enumerate(words):
        if space[index]:
            at_start = at_start or "\n" in word
            continue
        if at_start:
            starts.add(index)
        # a number or a time first on a line ("09.00  Ankomst Skjervøy", "2) Bruk ...") leads into it
        abbreviation = word == "." and index > 0 and words[index - 1].lower() in TITLE_ABBREVIATIONS
        at_start = (word in SENTENCE_END or word.endswith(".")) and not abbreviation or (
            at_start and (word[:1].isdigit() or not any(char.isalnum() for char in word))  # "☐ Lønn ..."
        ) or (word == ":" and index > 0 and words[index - 1].lower() in TITLE_LABELS)
    return starts


# Titles abbreviated before a name: their dot ends no sentence ("Dr. Kowalczyk's former head").
TITLE_ABBREVIATIONS = frozenset({"dr", "prof", "mr", "mrs", "ms", "sr", "jr", "adv", "ass"})
# Labels whose value is a title, which starts like a sentence ("Emne: Avrop på rammeavtale").
TITLE_LABELS = frozenset({"emne", "subject", "tittel", "title", "overskrift", "tema", "sak", "vedr", "re", "sv", "fw"})


@dataclass(frozen=True)
class TokenTable:
    words: list[str]
    lower: list[str]
    idx: list[int]  # character offset of each token
    space: list[bool]  # the token is whitespace ("\n\n")
    punct: list[bool]
    trailing_space: list[bool]  # whitespace follows the token

    def __len__(self) -> int:
        return len(self.words)

    @cached_property
    def is_cased(self) -> bool:
        return is_cased(self.words)

    @cached_property
    def sentence_starts(self) -> set[int]:
        return sentence_starts(self.words, self.space)


def token_table(doc: Doc, text: str | None = None) -> TokenTable:
    """The doc's tokens as lists (cached on the doc). ``text``: the doc's text when the
    caller has it (``Doc.text`` is rebuilt token by token)."""
    cached = doc.user_data.get(_KEY)
    if cached is not None:
        return cached
    if text is None:
        text = doc.text
    rows = doc.to_array([IDX, LENGTH, IS_SPACE, IS_PUNCT]).tolist() if len(doc) else []
    words = [text[start:start + length] for start, length, _, _ in rows]
    ends = [start + length for start, length, _, _ in rows]
    next_starts = [row[0] for row in rows[1:]] + [len(text)]
    table = TokenTable(
        words=words,
        lower=[word.lower() for word in words],
        idx=[row[0] for row in rows],
        space=[bool(row[2]) for row in rows],
        punct=[bool(row[3]) for row in rows],
        trailing_space=[end < following for end, following in zip(ends, next_starts, strict=False)],
    )
    doc.user_data[_KEY] = table
    return table
