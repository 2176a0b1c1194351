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
        # Two phone numbers side by side stay two phone numbers.
        ("Ring 22 24 90 90 / 91 23 45 67", "nb", ["22 24 90 90", "91 23 45 67"]),
        ("Tlf 22249090/91234567", "nn", ["22249090", "91234567"]),
        ("Ring 912 34 567 eller 22 24 90 90", "nb", ["912 34 567", "22 24 90 90"]),
        ("Ring 912 34 567 eller 22 24 90 90", "nn", ["912 34 567", "22 24 90 90"]),
        ("Telefon 912 34 567, 91 23 45 67", "nn", ["912 34 567", "91 23 45 67"]),
        ("Tlf 22 24 90 90 - 91 23 45 67", "nb", ["22 24 90 90", "91 23 45 67"]),  # spaced dash
        ("+47 912 34 567 / 0047 22 24 90 90", "nb", ["+47 912 34 567", "0047 22 24 90 90"]),
        # At the start and end of a line, and one per line.
        ("91234567 er nummeret", "nb", ["91234567"]),
        ("Nummeret er 912 34 567", "nn", ["912 34 567"]),
        ("Mobil:\n91 23 45 67\n22 24 90 90\n", "nb", ["91 23 45 67", "22 24 90 90"]),
        # Eight digits inside a longer run of digit groups are not a phone number.
        ("Kortnummer 4111 1111 1111 1112", "nb", []),  # card shape, Luhn fails
        ("Kortnummer 4111 1111 1111 1112", "nn", []),
        ("Kort 4111-1111-1111-1112", "nb", []),
        ("Ring om kortet 5500 0000 0000 0005", "nb", []),  # even with a context word
        ("Betalingskort 5500-0000-0000-0005", "nn", []),
        ("Referanse 1234 5678 9012", "nb", []),  # 12-digit grouped reference
        ("Referansenummer 1234 5678 9012", "nn", []),
        ("Ref. 9123 4567 8901", "nb", []),  # first 8 digits would be a valid mobile
        ("Ordrenummer 2224-9090-1234", "nn", []),
        # Number-year references (how case and job references are written) are not phones;
        # the same digits spaced like a phone still are.
        ("Referansenummer 4567-2025.", "nb", []),
        ("Saksnummer 4567/2024", "nn", []),
        ("Ring meg på 4567 2025", "nb", ["4567 2025"]),
        ("Tlf 9123-4567", "nb", ["9123-4567"]),
        # A phone in a usual grouping next to other numbers is still a phone: missing one
        # costs more than a false alarm.
        ("Tlf 22 24 90 90 8-16", "nb", ["22 24 90 90"]),  # opening hours after the number
        ("Ring 22 24 90 90 91 23 45 67", "nb", ["22 24 90 90", "91 23 45 67"]),
        ("Frist 15.03.2025 22 24 90 90", "nn", ["22 24 90 90"]),
        ("Kode 22 24 90 90 12", "nb", ["22 24 90 90"]),
    ],
)
def test_phone_numbers(text: str, lang: str, expected: list[str]) -> None:
    assert phones(text, lang) == expected


def entities(text: str, lang: str) -> list[tuple[str, str]]:
    result = identifier_guardrail().check(text, lang=lang)
    return [(f.entity, text[f.start : f.end]) for f in result.findings]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Kortnummer 4111 1111 1111 1111", "nb", [("CREDIT_CARD", "4111 1111 1111 1111")]),
        ("Kortnummer 4111-1111-1111-1111", "nn", [("CREDIT_CARD", "4111-1111-1111-1111")]),
        ("Kort 5500 0000 0000 0004", "nb", [("CREDIT_CARD", "5500 0000 0000 0004")]),
        ("Kortnummer 4111 1111 1111 1112", "nb", []),  # Luhn fails: no personal data at all
        ("Kort 4111-1111-1111-1112", "nn", []),
        ("Kort 5500 0000 0000 0005", "nb", []),
        ("Referanse 1234 5678 9012", "nb", []),
        (
            "Kort 4111 1111 1111 1111, tlf 912 34 567",
            "nb",
            [("CREDIT_CARD", "4111 1111 1111 1111"), ("NO_PHONE", "912 34 567")],
        ),
    ],
)
def test_card_shapes_are_not_phone_numbers(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert entities(text, lang) == expected
