"""IbanRecognizer: stdnum.iban validation."""

from __future__ import annotations

import pytest

from tests.guardrails.identifiers import identifier_guardrail


def ibans(text: str, lang: str) -> list[str]:
    result = identifier_guardrail().check(text, lang=lang)
    return [text[f.start : f.end] for f in result.findings if f.entity == "IBAN_CODE"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("IBAN: NO9386011117947", "nb", ["NO9386011117947"]),
        ("IBAN NO93 8601 1117 947 for utbetaling", "nn", ["NO93 8601 1117 947"]),
        ("IBAN NO94 8601 1117 947", "nb", []),  # wrong check digits
        ("DE89 3704 0044 0532 0130 00 i Tyskland", "nb", ["DE89 3704 0044 0532 0130 00"]),
        ("Kode AB12 CDEF GHIJ KLMN", "nb", []),
    ],
)
def test_ibans(text: str, lang: str, expected: list[str]) -> None:
    assert ibans(text, lang) == expected
