"""International bank account numbers (IBAN), validated with ``stdnum.iban``."""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern, PatternRecognizer
from stdnum import iban

ENTITY = "IBAN_CODE"


class IbanRecognizer(PatternRecognizer):
    """IBANs, compact or in groups of four (``NO93 8601 1117 947``)."""

    PATTERNS = [
        Pattern("IBAN, compact", r"\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b", 0.5),
        Pattern("IBAN, groups of four", r"\b[A-Z]{2}\d{2}(?:[ ][A-Z0-9]{4}){2,7}(?:[ ][A-Z0-9]{1,3})?\b", 0.5),
    ]
    CONTEXT = ["iban", "konto", "kontonummer", "bank"]

    def __init__(self, supported_language: str = "nb") -> None:
        super().__init__(
            supported_entity=ENTITY,
            name=f"IbanRecognizer_{supported_language}",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language=supported_language,
            global_regex_flags=regex.MULTILINE,  # case-sensitive: country codes are capitals
        )

    def validate_result(self, pattern_text: str) -> bool:
        return iban.is_valid(pattern_text.upper())
