"""Regex building blocks for numbers written with odd groupings.

People write identifiers as ``01017012345``, ``010170 12345``, ``010 170 123 45``,
``01.01.70 12345`` or across a line break. A separator here is one space, tab or line
break, or one of ``. - _`` with an optional space on either side. ``/`` is deliberately
not a separator (case numbers ``2024/12345``), nor ``,`` (amounts).
"""

from __future__ import annotations

import re

SEPARATOR = r"(?:[ \t]?[.\-_][ \t]?|[ \t]{1,2}|[ \t]?\n[ \t]?)"
NOT_AFTER_DIGIT = r"(?<![\d])"
NOT_BEFORE_DIGIT = r"(?![\d])"

_NON_DIGITS = re.compile(r"\D")


def spaced_digits(count: int, first: str = r"\d") -> str:
    """A regex for ``count`` digits, any grouping, the first digit matching ``first``."""
    return rf"{first}(?:{SEPARATOR}?\d){{{count - 1}}}"


def grouped_digits(*group_sizes: int) -> str:
    """A regex for digit groups of exactly these sizes, joined by separators."""
    return SEPARATOR.join(rf"\d{{{size}}}" for size in group_sizes)


def bounded(pattern: str) -> str:
    """``pattern`` neither preceded nor followed directly by a digit."""
    return rf"{NOT_AFTER_DIGIT}{pattern}{NOT_BEFORE_DIGIT}"


def digits_only(text: str) -> str:
    """The digits of ``text`` without separators."""
    return _NON_DIGITS.sub("", text)
