"""Norwegian national identity numbers: fødselsnummer, D-nummer, H-nummer, synthetic test numbers.

One entity, ``NO_FODSELSNUMMER``, for all of them: a D-nummer identifies a person exactly
as a fødselsnummer does and the policy treats them the same (block, never anonymise).

Validation (``validate_result``):

* both check digits via ``stdnum.no.fodselsnummer.calc_check_digit1/2``;
* the birth date via ``stdnum.no.fodselsnummer.get_birth_date``, which already accepts
  D-numbers (day + 40) and H-numbers (month + 40, also used by NAV's synthetic numbers);
* Skatteetaten's synthetic test numbers (Tenor, month + 80) are not understood by stdnum:
  we subtract 80 from the month and ask stdnum about the resulting date;
* unlike ``stdnum.no.fodselsnummer.validate`` we do NOT reject birth dates in the future:
  for a guardrail a checksum-valid number is an identifier either way;
* FH-numbers (first digit 8 or 9, no date) are rejected, as stdnum does; they are
  health-service help numbers, not a person's identity number.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum.exceptions import ValidationError
from stdnum.no import fodselsnummer, kontonr

from guardrails.recognizers.candidate_regions import CandidateRegionRecognizer, digit_run
from guardrails.recognizers.digit_patterns import bounded, digits_only, spaced_digits

ENTITY = "NO_FODSELSNUMMER"
SYNTHETIC_MONTH_OFFSET = 80


def is_valid_identity_number(text: str) -> bool:
    """True for a checksum- and date-valid fødselsnummer, D-, H- or synthetic number."""
    digits = digits_only(text)
    if len(digits) != 11:
        return False
    if fodselsnummer.calc_check_digit1(digits) != digits[9]:
        return False
    if fodselsnummer.calc_check_digit2(digits) != digits[10]:
        return False
    month = int(digits[2:4])
    if month > SYNTHETIC_MONTH_OFFSET:
        digits = f"{digits[:2]}{month - SYNTHETIC_MONTH_OFFSET:02d}{digits[4:]}"
    try:
        fodselsnummer.get_birth_date(digits)
    except ValidationError:
        return False
    return True


# An account number's groups: "6345.88.45834", "6345 88 45834".
ACCOUNT_GROUPING = re.compile(r"\d{4}[. ]\d{2}[. ]\d{5}")


class NoFodselsnummerRecognizer(CandidateRegionRecognizer):
    """Fødselsnummer / D-nummer / H-nummer in any grouping, checksum-validated."""

    CANDIDATES = digit_run(11)
    PATTERNS = [Pattern("11 digits, any grouping", bounded(spaced_digits(11)), 0.5)]
    CONTEXT = [
        "fødselsnummer", "fødselsnr", "fnr", "personnummer", "personnr", "d-nummer",
        "dnummer", "identitetsnummer", "id-nummer", "fødselsdato",
    ]

    def __init__(self, supported_language: str = "nb") -> None:
        super().__init__(
            supported_entity=ENTITY,
            name=f"NoFodselsnummerRecognizer_{supported_language}",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language=supported_language,
        )

    def validate_result(self, pattern_text: str) -> bool:
        return is_valid_identity_number(pattern_text)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if not _an_account_here(text, r.start, r.end)]


def _an_account_here(text: str, start: int, end: int) -> bool:
    """Digits valid both as an account and as a D- or H-number, written in an account's groups
    (4-2-5) after an account word and no fødselsnummer word: the account number ("Kontonummer:
    6345.88.45834"); the account recognizer reports it."""
    value = text[start:end]
    if not ACCOUNT_GROUPING.fullmatch(value.strip()) or not kontonr.is_valid(digits_only(value)):
        return False
    before = text[max(0, start - 40):start].lower()
    return bool(_ACCOUNT_WORD.search(before)) and not _IDENTITY_WORD.search(before)


_ACCOUNT_WORD = re.compile(r"konto|kto\b|bank|utbetal")
_IDENTITY_WORD = re.compile(r"fødsels|fnr|person|d-?nummer|identitet|id-nummer|pnr")
