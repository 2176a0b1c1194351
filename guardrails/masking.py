"""Masked excerpts of found values, safe to show back to the user or to log."""

from __future__ import annotations

MASK = "•"
NUMBER_SEPARATORS = frozenset(" .-+/()")


def _mask_word(word: str) -> str:
    # A word of a name: first letter, the rest masked ("Kari" → "K•••").
    return word[:1] + MASK * (len(word) - 1) if len(word) > 1 else MASK


def mask(value: str) -> str:
    """A masked excerpt that never contains the full value.

    Long values keep at most their first 4 and last 2 characters (``0101•••••45``),
    shorter ones less; numbers written in groups keep their separators (``41• •• •67``);
    values made of words (names) keep each word's first letter (``K••• N••••••``).
    """
    value = value.strip()
    if not value:
        return ""
    words = value.split()
    if len(words) > 1 and all(word[:1].isalpha() for word in words):
        return " ".join(_mask_word(word) for word in words)
    if any(ch.isdigit() for ch in value) and all(ch.isdigit() or ch in NUMBER_SEPARATORS for ch in value):
        return _mask_grouped_number(value)
    length = len(value)
    head, tail = _kept(length)
    return value[:head] + MASK * (length - head - tail) + (value[length - tail :] if tail else "")


def _kept(length: int) -> tuple[int, int]:
    """How many leading and trailing characters a value of ``length`` characters keeps."""
    if length >= 10:
        return 4, 2
    if length >= 7:
        return 2, 2
    if length >= 4:
        return 1, 1
    return 0, 0


def _mask_grouped_number(value: str) -> str:
    """Digits masked, separators kept, so the grouping still shows (``412 34 567`` →
    ``41• •• •67``); leading and trailing digits kept as for any value of that many digits."""
    positions = [index for index, ch in enumerate(value) if ch.isdigit()]
    head, tail = _kept(len(positions))
    masked = set(positions[head : len(positions) - tail])
    return "".join(MASK if index in masked else ch for index, ch in enumerate(value))
