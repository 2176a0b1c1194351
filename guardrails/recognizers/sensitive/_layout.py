"""The layout the statement gate reads (``_context``): forms and notes about one person, wrapped
lines, and a name set off by a comma after a term."""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

FLAGS = re.IGNORECASE | re.MULTILINE

# A line break that wraps a sentence: a letter or comma before it, a lower-case letter after it.
WRAPPED = re.compile(r"[\p{Ll},]\n[ \t]*\p{Ll}")


def named_in_apposition(text: str, end: int, names: Sequence[tuple[int, int]]) -> bool:
    """``Hovudtillitsvald i Fagforbundet, Håkon Nesse, deltek ...``: a name set off by a comma
    right after the term is the person it is said of."""
    return any(end < start <= end + 3 and text[end:start].strip() == "," for start, _ in names)


def long_line_before(text: str, newline: int) -> bool:
    """The line ending at ``newline`` is long enough to have been wrapped (chat lines are short)."""
    return newline - (text.rfind("\n", 0, newline) + 1) >= 65


# A form's field: a short label and a colon at the start of a line ("Namn:", "Trekk
# fagforeiningskontingent:", "Fødselsnummer:").
FORM_FIELD = re.compile(r"[ \t]*[\w(][\w ()/.,-]{0,45}:[ \t]*\S", FLAGS)
FORM_REACH = 25
def labelled_as_subject(text: str, start: int) -> bool:
    """The name at ``start`` follows a label saying the document is about that person
    (``Kandidat: Farid Rahimi``, ``Søkjar: ...``, ``Navn: ...``)."""
    return SUBJECT_LABEL.search(text, max(0, text.rfind("\n", 0, start) + 1), start) is not None


# Labels whose value is the person a document is about.
SUBJECT_LABEL = re.compile(
    r"(?:kandidat|søker|søkjar|søkar|navn|namn|kandidatnavn|arbeidstaker|arbeidstakar|medarbeider|medarbeidar"
    r"|den ansatte|den tilsette|referanse for|gjelder|gjeld)[ \t]*:[ \t]*$",
    FLAGS,
)
