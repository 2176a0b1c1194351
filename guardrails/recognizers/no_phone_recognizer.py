"""Norwegian phone numbers: 8 digits, optional +47 / 0047 prefix.

Scores: with a country prefix 0.8; usual groupings (``98765432``, ``987 65 432``,
``98 76 54 32``, ``9876 5432``) 0.5; any other grouping 0.3, which needs a context word
(tlf, telefon, mobil, ring, ...) to pass the policy threshold. Without a prefix the
number must be a valid Norwegian fixed-line or mobile number according to Google's
libphonenumber data (``phonenumbers``): mobiles start with 4 or 9, fixed lines with
2, 3, 5, 6, 7; toll-free and premium-rate numbers (8xx) are service numbers, not persons.
Dates written with dots (``24.12.2025``) are never phone numbers, nor are reference numbers
of the form ``number-year`` (``4567-2025``, ``4567/2024``: four digits, a dash or slash, a year
1990–2099), which is how case and job references are written.

Eight digits that are only part of a longer run of digit groups (a card number
``4111 1111 1111 1112``, a reference ``1234 5678 9012``) are not a phone number: the
``4444 4444`` grouping and the unusual groupings refuse a neighbouring digit group joined
by one or two spaces or by a dash, dot or underscore without spaces. The usual phone
groupings (``22 24 90 90``, ``912 34 567``, ``91234567``) do not: a phone followed by
opening hours (``22 24 90 90 8-16``) or two phones side by side are still found, since
missing a phone costs more than a false alarm.
"""

from __future__ import annotations

import datetime
import re

import phonenumbers
from presidio_analyzer import Pattern

from guardrails.recognizers.candidate_regions import CandidateRegionRecognizer, digit_run
from guardrails.recognizers.digit_patterns import (
    NOT_BEFORE_DIGIT,
    SEPARATOR,
    bounded,
    digits_only,
    grouped_digits,
    spaced_digits,
)

ENTITY = "NO_PHONE"
_PREFIX = r"(?:\(?\+47\)?|\b0047)"
_HAS_PREFIX = re.compile(r"^\s*(?:\(?\+47|0047)")
_DOTTED_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_NUMBER_YEAR = re.compile(r"^\d{4}[-/](?:199\d|20\d\d)$")
_PERSONAL_TYPES = frozenset(
    {
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        phonenumbers.PhoneNumberType.PERSONAL_NUMBER,
        phonenumbers.PhoneNumberType.VOIP,
    }
)


# What joins digit groups within one longer number (``4111 1111``, ``4111-1111``). A line
# break, a spaced dash, "/" and "," separate numbers in a list instead.
_GROUP_JOINER = r"(?:[ \t]{1,2}|[.\-_])"
_NOT_AFTER_GROUP = rf"(?<!\d{_GROUP_JOINER})"
_NOT_BEFORE_GROUP = rf"(?!{_GROUP_JOINER}\d)"


def _standalone(pattern: str) -> str:
    """``pattern`` bounded, and not continuing a run of digit groups on either side."""
    return f"{_NOT_AFTER_GROUP}{bounded(pattern)}{_NOT_BEFORE_GROUP}"


def _usual_groupings() -> str:
    """The usual groupings; ``4444 4444`` only when not part of a longer run of 4-digit
    groups (a card or reference number); ``22 24 90 90 8-16`` stays a phone."""
    groupings = (grouped_digits(8), grouped_digits(3, 2, 3), grouped_digits(2, 2, 2, 2))
    usual = "|".join(bounded(f"(?=[2-9]){g}") for g in groupings)
    return f"(?:{usual}|{_standalone(f'(?=[2-9]){grouped_digits(4, 4)}')})"


def is_personal_norwegian_number(digits: str) -> bool:
    """A valid Norwegian mobile or fixed-line number (8 digits, no prefix)."""
    if len(digits) != 8:
        return False
    parsed = phonenumbers.parse(digits, "NO")
    return phonenumbers.is_valid_number(parsed) and phonenumbers.number_type(parsed) in _PERSONAL_TYPES


def is_dotted_date(text: str) -> bool:
    match = _DOTTED_DATE.match(text.strip())
    if not match:
        return False
    day, month, year = (int(part) for part in match.groups())
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


class NoPhoneRecognizer(CandidateRegionRecognizer):
    """Norwegian phone numbers in the usual and unusual groupings."""

    CANDIDATES = digit_run(8)
    PATTERNS = [
        Pattern("+47/0047 and 8 digits", rf"{_PREFIX}{SEPARATOR}?{spaced_digits(8)}{NOT_BEFORE_DIGIT}", 0.8),
        Pattern("8 digits, usual grouping", _usual_groupings(), 0.5),
        Pattern("8 digits, any grouping", _standalone(spaced_digits(8, first="[2-9]")), 0.3),
    ]
    CONTEXT = ["tlf", "telefon", "mobil", "ring", "sms", "kontakt", "nummer", "nr"]

    def __init__(self, supported_language: str = "nb") -> None:
        super().__init__(
            supported_entity=ENTITY,
            name=f"NoPhoneRecognizer_{supported_language}",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language=supported_language,
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        if _HAS_PREFIX.match(pattern_text):
            return False
        if is_dotted_date(pattern_text) or _NUMBER_YEAR.match(pattern_text.strip()):
            return True
        return not is_personal_norwegian_number(digits_only(pattern_text))
