"""Test helpers: valid Norwegian identifiers computed with python-stdnum, and a guardrail
with only the identifier recognizers (so names/special-category recognizers written by
others cannot change these tests' outcome)."""

from __future__ import annotations

from functools import lru_cache

from stdnum.no import fodselsnummer, kontonr

from guardrails.guardrail import Guardrail, build_analyzer
from guardrails.policy import load_policy
from guardrails.recognizers import identifier_recognizers


@lru_cache(maxsize=1)
def identifier_guardrail() -> Guardrail:
    return Guardrail(build_analyzer(identifier_recognizers()), load_policy())


def complete_identity_number(first_nine: str) -> str | None:
    """The 11-digit number with valid check digits, or None if none exists for these digits."""
    first = fodselsnummer.calc_check_digit1(first_nine)
    if len(first) != 1:
        return None
    second = fodselsnummer.calc_check_digit2(first_nine + first)
    return None if len(second) != 1 else first_nine + first + second


def identity_number(day: int, month: int, year: int, individual: int = 0) -> str:
    """The first checksum-valid number from these date digits (individual number >= given)."""
    for serial in range(individual, 1000):
        number = complete_identity_number(f"{day:02d}{month:02d}{year:02d}{serial:03d}")
        if number:
            return number
    raise ValueError("no valid number for this date")


def with_bad_checksum(number: str) -> str:
    return number[:10] + str((int(number[10]) + 1) % 10)


def bank_account(first_ten: str) -> str | None:
    for last in "0123456789":
        if kontonr.is_valid(first_ten + last):
            return first_ten + last
    return None


FNR = identity_number(15, 10, 86, 950)          # fødselsnummer
D_NUMBER = identity_number(55, 10, 86, 950)     # day + 40
H_NUMBER = identity_number(15, 50, 86, 950)     # month + 40
SYNTHETIC = identity_number(15, 90, 86, 950)    # Skatteetaten test number, month + 80
ACCOUNT = "86011117947"
