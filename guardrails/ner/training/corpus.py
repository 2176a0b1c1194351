"""Read NorNE (NDT CoNLL train files and CoNLL-U dev/test files) into labelled sentences.

Labels are reduced to PER, ORG and LOC (GPE_LOC -> LOC, GPE_ORG -> ORG; PROD, EVT, DRV and
MISC become outside). Headline tokens ``|`` are dropped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import cast

LABEL_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE_LOC": "LOC", "GPE_ORG": "ORG"}
DIALECTS = ("nob", "nno")
HEADLINE_TOKEN = "|"
# Tokens that attach to the previous word when a file carries no SpaceAfter information.
_NO_SPACE_BEFORE = frozenset(",.:;!?)]}%»")
_NO_SPACE_AFTER = frozenset("([{«")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its words, whether a space follows each word, and its entity spans.

    ``entities`` holds ``(first_word, end_word_exclusive, label)`` triples. ``new_paragraph``
    is True when the CoNLL-U file marks ``# newpar`` before the sentence.
    """

    words: tuple[str, ...]
    spaces: tuple[bool, ...]
    entities: tuple[tuple[int, int, str], ...]
    new_paragraph: bool = False

    @property
    def text(self) -> str:
        return "".join(w + (" " if s else "") for w, s in zip(self.words, self.spaces, strict=False))

    def char_spans(self, offset: int = 0) -> list[tuple[int, int, str]]:
        """Entity spans as character offsets into ``text`` (shifted by ``offset``)."""
        starts, position = [], offset
        for word, space in zip(self.words, self.spaces, strict=False):
            starts.append(position)
            position += len(word) + (1 if space else 0)
        return [
            (starts[first], starts[end - 1] + len(self.words[end - 1]), label)
            for first, end, label in self.entities
        ]


def _tag_of(misc: str) -> str:
    for part in misc.split("|"):
        if part.startswith("name="):
            return part[len("name="):]
    return "O"


def _spans_from_tags(tags: list[str]) -> tuple[tuple[int, int, str], ...]:
    spans: list[tuple[int, int, str]] = []
    start, label = None, None
    for index, tag in enumerate(tags + ["O"]):
        prefix, _, raw = tag.partition("-")
        mapped = LABEL_MAP.get(raw) if raw else None
        continues = prefix == "I" and mapped is not None and mapped == label
        if start is not None and not continues:
            spans.append((start, index, cast(str, label)))  # set together with start
            start, label = None, None
        if mapped is not None and not continues:
            start, label = index, mapped
    return tuple(spans)


def _guess_spaces(words: list[str]) -> list[bool]:
    spaces = []
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else None
        spaces.append(
            following is not None and following not in _NO_SPACE_BEFORE and word not in _NO_SPACE_AFTER
        )
    return spaces


def read_conll(path: Path) -> Iterator[Sentence]:
    """Sentences of a NorNE file, CoNLL (no SpaceAfter) or CoNLL-U (with SpaceAfter=No)."""
    words: list[str] = []
    tags: list[str] = []
    spaces: list[bool] = []
    has_space_info = path.suffix == ".conllu"
    new_paragraph = False

    def flush() -> Sentence | None:
        if not words:
            return None
        return Sentence(
            words=tuple(words),
            spaces=tuple(spaces if has_space_info else _guess_spaces(words)),
            entities=_spans_from_tags(tags),
            new_paragraph=new_paragraph,
        )

    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line:
                sentence = flush()
                if sentence:
                    yield sentence
                words, tags, spaces, new_paragraph = [], [], [], False
                continue
            if line.startswith("#"):
                if line.startswith("# newpar"):
                    new_paragraph = True
                continue
            columns = line.split("\t")
            if len(columns) != 10 or "-" in columns[0] or "." in columns[0]:
                continue
            if columns[1] == HEADLINE_TOKEN:
                if spaces:
                    spaces[-1] = False
                continue
            words.append(columns[1])
            tags.append(_tag_of(columns[9]))
            spaces.append("SpaceAfter=No" not in columns[9])
    sentence = flush()
    if sentence:
        yield sentence


def split_path(corpus: Path, dialect: str, split: str) -> Path:
    """Path of one NorNE split: ``train`` is .conll, ``dev``/``test`` are .conllu."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}; expected one of {DIALECTS}")
    suffix = ".conll" if split == "train" else ".conllu"
    return corpus / dialect / f"{split}{suffix}"


def read_split(corpus: Path, dialect: str, split: str) -> list[Sentence]:
    return list(read_conll(split_path(corpus, dialect, split)))
