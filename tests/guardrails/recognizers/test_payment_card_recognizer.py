"""PaymentCardRecognizer: Luhn via stdnum.luhn, usual groupings only."""

from __future__ import annotations

import pytest

from tests.guardrails.identifiers import identifier_guardrail


def cards(text: str, lang: str) -> list[str]:
    result = identifier_guardrail().check(text, lang=lang)
    return [text[f.start : f.end] for f in result.findings if f.entity == "CREDIT_CARD"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Kort 4111 1111 1111 1111 utløper snart", "nb", ["4111 1111 1111 1111"]),
        ("Kort 4111 1111 1111 1112 utløper snart", "nb", []),  # Luhn fails
        ("kortnummer 5555555555554444", "nn", ["5555555555554444"]),
        ("Amex 3782 822463 10005", "nb", ["3782 822463 10005"]),
        ("Amex 3782 822463 10006", "nb", []),
        ("Saksnummer 2024/12345678", "nb", []),
    ],
)
def test_payment_cards(text: str, lang: str, expected: list[str]) -> None:
    assert cards(text, lang) == expected
