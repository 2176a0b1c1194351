"""Undo the usual evasions before detection, keeping a map back to the original text.

Detection runs on the normalised text; every normalised character remembers which
characters of the caller's original text it came from, so findings are reported with
offsets into the ORIGINAL text.

One step, two stages. First, character by character:

* every default-ignorable code point (the Unicode property, not a list: ZWSP, ZWJ, BOM,
  soft hyphen, variation selectors, the combining grapheme joiner, Hangul fillers, tag
  characters ...) and every other format character removed; blank-looking symbols
  (braille blank) become a space;
* a digit of any script or shape (fullwidth, Arabic-Indic, mathematical, circled,
  parenthesised, dingbat) becomes its ASCII digit (``unicodedata.digit``, and for the few
  dingbat digits without a digit value, the character's Unicode name);
* Unicode NFKC (odd spaces, ligatures), Cyrillic and Greek letters that look like Latin
  ones folded to Latin, dashes → ``-``, middle dots/bullets → ``.``, line separators and
  CR LF → ``\\n``, combining marks merged into the character before them;
* ``O``/``o`` → ``0`` and ``I``/``l`` → ``1`` when squeezed between two digits.

Then rewrites of the folded text (``rewrites``): markup removed (``**``, ``<b>``), digit
groups joined across unusual separators when together they have an identifier's length
(``159086/95043``, ``(159086)(95043)``, groups on lines of their own), e-mail addresses
written out joined (``kari at gmail dot com``, ``kari (at) gmail [.] com``, ``krøllalfa``),
and a birth date followed by a five-digit personnummer joined into one fødselsnummer
candidate (the recognizers' checksums still decide).

Ordinary separators inside identifiers (``010 170 123 45``, ``0101\\n7012345``) are left
to the identifier recognizers, which accept them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

import regex

from guardrails.rewrites import STAGES, Edit

_HOMOGLYPHS = MappingProxyType(str.maketrans(
    {
        # Cyrillic
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
        "С": "C", "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S", "Ԁ": "D",
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
        "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ӏ": "l", "Ӏ": "I",
        # Greek
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
        "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ν": "v",
        "ι": "i", "κ": "k", "ρ": "p", "τ": "t", "υ": "u", "α": "a",
        # Dashes and minus signs
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-", "﹘": "-",
        # Dots used as separators
        "·": ".", "•": ".", "∙": ".", "⋅": ".", "․": ".",
        # Line breaks
        "\u2028": "\n", "\u2029": "\n", "\u0085": "\n", "\x0b": "\n", "\x0c": "\n",
    }
))

# The only characters that need work: CR and anything beyond ASCII and the Latin-1
# letters À-ÿ (æ, ø, å, é, ... are NFKC-stable and need no folding).
_SPECIAL = re.compile(r"[^\x00-\x0c\x0e-\x7f\u00c0-\u00ff]|\r")
_DEFAULT_IGNORABLE = regex.compile(r"\p{Default_Ignorable_Code_Point}")
# Symbols that render as blank space but are neither whitespace nor default-ignorable.
_BLANK_SYMBOLS = frozenset("\u2800")
_DIGIT_NAMES = {"ZERO": "0", "ONE": "1", "TWO": "2", "THREE": "3", "FOUR": "4", "FIVE": "5",
                "SIX": "6", "SEVEN": "7", "EIGHT": "8", "NINE": "9"}
# A letter that looks like a digit, between two digits.
# ("|" is not among them: between digit groups it is a separator, ``4123|4567``.)
_DIGIT_LOOKALIKE = re.compile(r"(?<=\d)[OoIl](?=\d)")
_DIGIT_FOR_LOOKALIKE = MappingProxyType(str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1"}))


def _digit_of(char: str) -> str | None:
    """The ASCII digit ``char`` stands for, whatever its script or dress (``❶``, ``⑼``, ``🄋``)."""
    value = unicodedata.digit(char, None)
    if value is not None:
        return str(value)
    if unicodedata.category(char) == "No":
        words = unicodedata.name(char, "").split()
        if "DIGIT" in words and words.index("DIGIT") + 1 < len(words):
            return _DIGIT_NAMES.get(words[words.index("DIGIT") + 1])
    return None


@lru_cache(maxsize=4096)
def fold_character(char: str) -> str:
    """The normalised form of one character ('' when it is invisible)."""
    if unicodedata.category(char) == "Cf" or _DEFAULT_IGNORABLE.match(char):
        return ""
    if char in _BLANK_SYMBOLS:
        return " "
    digit = _digit_of(char)
    if digit is not None:
        return digit
    folded = []
    for part in unicodedata.normalize("NFKC", char):
        value = unicodedata.decimal(part, None)
        folded.append(str(value) if value is not None else part)
    return "".join(folded).translate(_HOMOGLYPHS)


@dataclass(frozen=True)
class NormalizedText:
    """Normalised text plus, per normalised character, its span in the original."""

    text: str
    original: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to the span of the original it came from."""
        if end <= start:
            position = self.starts[start] if start < len(self.starts) else len(self.original)
            return position, position
        return self.starts[start], self.ends[end - 1]


def normalize(original: str) -> NormalizedText:
    """Normalise ``original`` for detection (see the module docstring)."""
    current = _fold(original)
    for stage in STAGES:
        edits = stage(current.text)
        if edits:
            current = _apply(current, edits)
    return current


def _fold(original: str) -> NormalizedText:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for match in _SPECIAL.finditer(original):
        index = match.start()
        if index > position:
            out.append(original[position:index])
            starts.extend(range(position, index))
            ends.extend(range(position + 1, index + 1))
        position = index + 1
        char = original[index]
        if char == "\r":
            if original.startswith("\n", index + 1):
                continue  # CR LF: the LF stands for both
            replacement = "\n"
        elif unicodedata.combining(char) and starts and not _DEFAULT_IGNORABLE.match(char):
            _merge_combining_mark(out, ends, char, index)
            continue
        else:
            replacement = fold_character(char)
        if replacement:
            out.append(replacement)
            starts.extend([index] * len(replacement))
            ends.extend([index + 1] * len(replacement))
    if position < len(original):
        out.append(original[position:])
        starts.extend(range(position, len(original)))
        ends.extend(range(position + 1, len(original) + 1))
    text = "".join(out)
    if _DIGIT_LOOKALIKE.search(text):
        text = _DIGIT_LOOKALIKE.sub(lambda m: m.group().translate(_DIGIT_FOR_LOOKALIKE), text)
    return NormalizedText(text=text, original=original, starts=tuple(starts), ends=tuple(ends))


def _apply(folded: NormalizedText, edits: list[Edit]) -> NormalizedText:
    """Apply sorted, non-overlapping edits to the folded text, composing the offset maps.

    A replacement character maps to the whole replaced stretch of the original; an
    insertion (an empty stretch) maps to the character before it.
    """
    text, starts, ends = folded.text, folded.starts, folded.ends
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    position = 0
    for edit in edits:
        out.append(text[position:edit.start])
        new_starts.extend(starts[position:edit.start])
        new_ends.extend(ends[position:edit.start])
        if edit.replacement:
            if edit.end > edit.start:
                span = (starts[edit.start], ends[edit.end - 1])
            else:
                anchor = max(edit.start - 1, 0)
                span = (starts[anchor], ends[anchor]) if starts else (0, 0)
            out.append(edit.replacement)
            new_starts.extend([span[0]] * len(edit.replacement))
            new_ends.extend([span[1]] * len(edit.replacement))
        position = edit.end
    out.append(text[position:])
    new_starts.extend(starts[position:])
    new_ends.extend(ends[position:])
    return NormalizedText(text="".join(out), original=folded.original, starts=tuple(new_starts), ends=tuple(new_ends))


def _merge_combining_mark(out: list[str], ends: list[int], mark: str, index: int) -> None:
    """Compose a combining mark with the previous character, or drop it."""
    previous = out[-1][-1]
    composed = unicodedata.normalize("NFC", previous + mark)
    if len(composed) == 1:
        out[-1] = out[-1][:-1] + composed
    ends[-1] = index + 1
