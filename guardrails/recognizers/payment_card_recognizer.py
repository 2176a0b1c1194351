"""Payment card numbers (13-19 digits, Luhn via ``stdnum.luhn``)."""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum import luhn

from guardrails.recognizers.candidate_regions import CandidateRegionRecognizer, digit_run
from guardrails.recognizers.digit_patterns import bounded, digits_only

ENTITY = "CREDIT_CARD"
# Visa 4, Mastercard 51-55/22-27, Amex 34/37, Diners 30/36/38, Discover/others 6.
_CARD_PREFIX = r"(?:4|5[1-5]|2[2-7]|3[0478]|6)"


class PaymentCardRecognizer(CandidateRegionRecognizer):
    """Card numbers: compact, in groups of four, or 4-6-5 (American Express)."""

    CANDIDATES = digit_run(13, max_gap=1)
    PATTERNS = [
        Pattern("card number, compact", bounded(rf"(?={_CARD_PREFIX})\d{{13,19}}"), 0.5),
        Pattern(
            "card number, groups of four",
            bounded(rf"(?={_CARD_PREFIX})\d{{4}}(?:[ \-]\d{{4}}){{3}}(?:[ \-]?\d{{1,3}})?"),
            0.5,
        ),
        Pattern("card number, 4-6-5", bounded(r"3[47]\d{2}[ \-]\d{6}[ \-]\d{5}"), 0.5),
    ]
    CONTEXT = ["kort", "kortnummer", "bankkort", "kredittkort", "visa", "mastercard", "betalingskort"]

    def __init__(self, supported_language: str = "nb") -> None:
        super().__init__(
            supported_entity=ENTITY,
            name=f"PaymentCardRecognizer_{supported_language}",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language=supported_language,
        )

    def validate_result(self, pattern_text: str) -> bool:
        digits = digits_only(pattern_text)
        return 13 <= len(digits) <= 19 and len(set(digits)) > 1 and luhn.is_valid(digits)
