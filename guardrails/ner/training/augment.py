"""Case noise for training: people type names in lower case (and headings in capitals).

Adds a lowercased copy of a fraction of the sentences and an all-caps copy of a smaller
fraction, with the same entity spans, so the NER does not rely on capital letters alone.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import replace

from guardrails.ner.training.corpus import Sentence


def with_case_noise(
    sentences: Iterable[Sentence],
    rng: random.Random,
    lower_fraction: float = 0.35,
    upper_fraction: float = 0.05,
) -> list[Sentence]:
    """The sentences followed by lowercased / upper-cased copies of random subsets."""
    originals = list(sentences)
    copies: list[Sentence] = []
    for sentence in originals:
        draw = rng.random()
        if draw < lower_fraction:
            copies.append(replace(sentence, words=tuple(w.lower() for w in sentence.words)))
        elif draw < lower_fraction + upper_fraction:
            copies.append(replace(sentence, words=tuple(w.upper() for w in sentence.words)))
    return originals + copies
