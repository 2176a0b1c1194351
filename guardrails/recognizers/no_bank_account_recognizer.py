"""Norwegian bank account numbers (11 digits, MOD11 via ``stdnum.no.kontonr``).

``1234.56.78903`` / ``1234 56 78903`` (the 4.2.5 grouping) score 0.85; 11 digits in any
other grouping score 0.3 and need a context word (konto, kontonummer, ...). A string that
is a valid fødselsnummer is never reported as a bank account.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.no import kontonr

from guardrails.recognizers.candidate_regions import CandidateRegionRecognizer, digit_run
from guardrails.recognizers.digit_patterns import bounded, digits_only, grouped_digits, spaced_digits
from guardrails.recognizers.no_fodselsnummer_recognizer import ACCOUNT_GROUPING, is_valid_identity_number

ENTITY = "NO_BANK_ACCOUNT"


class NoBankAccountRecognizer(CandidateRegionRecognizer):
    """Norwegian bank account numbers, MOD11-validated."""

    CANDIDATES = digit_run(11)
    PATTERNS = [
        Pattern("account 4.2.5", bounded(grouped_digits(4, 2, 5)), 0.85),
        Pattern("account 11 digits, any grouping", bounded(spaced_digits(11)), 0.3),
    ]
    CONTEXT = ["konto", "kontonummer", "kontonr", "kto", "bankkonto", "lønnskonto", "utbetaling", "bank"]

    def __init__(self, supported_language: str = "nb") -> None:
        super().__init__(
            supported_entity=ENTITY,
            name=f"NoBankAccountRecognizer_{supported_language}",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language=supported_language,
        )

    def invalidate_result(self, pattern_text: str) -> bool:
        digits = digits_only(pattern_text)
        if len(digits) != 11 or not kontonr.is_valid(digits):
            return True
        # digits valid as both: written in an account's groups (4-2-5) both are reported and the
        # context words decide which one is kept ("Kontonummer: 6345.88.45834" is the account,
        # "fnr 2803 | 85 | 14867" the fødselsnummer); otherwise the fødselsnummer
        return is_valid_identity_number(digits) and not ACCOUNT_GROUPING.fullmatch(pattern_text.strip())
