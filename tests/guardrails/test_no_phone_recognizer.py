"""NoPhoneRecognizer: groupings, prefixes, context, valid and invalid side by side."""

from __future__ import annotations

import pytest

from tests.guardrails.identifiers import identifier_guardrail


def phones(text: str, lang: str) -> list[str]:
    result = identifier_guardrail().check(text, lang=lang)
    return [text[f.start : f.end] for f in result.findings if f.entity == "NO_PHONE"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ring meg på 98765432", "nb", ["98765432"]),
        ("Ring meg på 18765432", "nb", []),  # 1 is no Norwegian first digit
        ("Tlf. 987 65 432", "nb", ["987 65 432"]),
        ("Telefon 22 33 44 55", "nn", ["22 33 44 55"]),
        ("Mobil: 4123 4567", "nb", ["4123 4567"]),
        ("+47 123 45 678", "nb", ["+47 123 45 678"]),  # a country prefix is evidence enough
        ("0047 98765432", "nn", ["0047 98765432"]),
        ("(+47) 55 12 34 56", "nb", ["(+47) 55 12 34 56"]),
        ("Grønt nummer 800 12 345", "nb", []),  # toll-free service number
        ("Ring 9876 543", "nb", []),  # 7 digits
        ("Ring 987 65 4321", "nb", []),  # 9 digits
        ("Kontakt oss på tlf 98 7654 32", "nb", ["98 7654 32"]),  # odd grouping + context word
        ("Referanse 98 7654 32", "nb", []),  # odd grouping without context
        ("Frist 24.12.2025, ring oss", "nb", []),  # a date, not a phone
        ("Org.nr. 974 760 673", "nb", []),
        ("Lønn kr 650 000 – 780 000", "nn", []),
    ],
)
def test_phone_numbers(text: str, lang: str, expected: list[str]) -> None:
    assert phones(text, lang) == expected
