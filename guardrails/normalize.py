"""Undo the usual evasions before detection, keeping a map back to the original text.

Detection runs on the normalised text; every normalised character remembers which
characters of the caller's original text it came from, so findings are reported with
offsets into the ORIGINAL text.

What is normalised (one character may become zero, one or several characters):

* Unicode NFKC (fullwidth digits ``０１``, mathematical digits, ligatures, odd spaces);
* other scripts' decimal digits (Arabic-Indic, Devanagari, ...) → ASCII digits;
* zero-width and other invisible format characters removed (ZWSP, ZWJ, BOM, soft hyphen);
* Cyrillic and Greek letters that look like Latin ones folded to Latin;
* dashes → ``-``, middle dots/bullets → ``.``, line/paragraph separators and CR LF → ``\\n``;
* combining marks merged into (or dropped from) the character before them;
* ``O``/``o`` → ``0`` and ``I``/``l``/``|`` → ``1`` when squeezed between two digits.

Separators inside identifiers (``010 170 123 45``, ``0101\\n7012345``) are not removed
here: the identifier recognizers accept them, so ordinary numbers are not glued together.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from types import MappingProxyType

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
# A letter that looks like a digit, between two digits.
_DIGIT_LOOKALIKE = re.compile(r"(?<=\d)[OoIl|](?=\d)")
_DIGIT_FOR_LOOKALIKE = MappingProxyType(str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"}))


def fold_character(char: str) -> str:
    """The normalised form of one character ('' when it is invisible)."""
    if unicodedata.category(char) == "Cf":
        return ""
    folded = []
    for part in unicodedata.normalize("NFKC", char):
        digit = unicodedata.decimal(part, None)
        folded.append(str(digit) if digit is not None else part)
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
        elif unicodedata.combining(char) and starts:
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


def _merge_combining_mark(out: list[str], ends: list[int], mark: str, index: int) -> None:
    """Compose a combining mark with the previous character, or drop it."""
    previous = out[-1][-1]
    composed = unicodedata.normalize("NFC", previous + mark)
    if len(composed) == 1:
        out[-1] = out[-1][:-1] + composed
    ends[-1] = index + 1
