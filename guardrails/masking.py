"""Masked excerpts of found values, safe to show back to the user or to log."""

from __future__ import annotations

MASK = "•"


def _mask_word(word: str) -> str:
    # A word of a name: first letter, the rest masked ("Kari" → "K•••").
    return word[:1] + MASK * (len(word) - 1) if len(word) > 1 else MASK


def mask(value: str) -> str:
    """A masked excerpt that never contains the full value.

    Long values keep at most their first 4 and last 2 characters (``0101•••••45``),
    shorter ones less; values made of words (names) keep each word's first letter
    (``K••• N••••••``).
    """
    value = value.strip()
    if not value:
        return ""
    words = value.split()
    if len(words) > 1 and all(word[:1].isalpha() for word in words):
        return " ".join(_mask_word(word) for word in words)
    length = len(value)
    if length >= 10:
        head, tail = 4, 2
    elif length >= 7:
        head, tail = 2, 2
    elif length >= 4:
        head, tail = 1, 1
    else:
        head, tail = 0, 0
    return value[:head] + MASK * (length - head - tail) + (value[length - tail :] if tail else "")
