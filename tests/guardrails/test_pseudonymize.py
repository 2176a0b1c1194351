"""The anonymised path: placeholders out, real values back, refusal for identifiers."""

from __future__ import annotations

import pytest

from guardrails.findings import CheckResult, Finding
from guardrails.pseudonymize import NotAnonymizableError, pseudonymize
from tests.guardrails.identifiers import FNR, identifier_guardrail


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ring 987 65 432 eller skriv til kari@nav.no. Nummeret 98765432 og kari@nav.no igjen.",
            "Ring <NO_PHONE_1> eller skriv til <EMAIL_ADDRESS_1>. Nummeret <NO_PHONE_1> og <EMAIL_ADDRESS_1> igjen.",
        ),
        (
            "Tlf 22 33 44 55 og tlf 41 23 45 67, e-post ola@example.no",
            "Tlf <NO_PHONE_1> og tlf <NO_PHONE_2>, e-post <EMAIL_ADDRESS_1>",
        ),
    ],
)
def test_round_trip(text: str, expected: str) -> None:
    result = identifier_guardrail().check(text)
    assert result.blocked and result.anonymizable
    pseudonymized = pseudonymize(text, result)
    assert pseudonymized.text == expected
    assert identifier_guardrail().check(pseudonymized.text).decision == "pass"
    # The model answers with placeholders; the user sees the real values again.
    answer = f"Forslag: kontakt {pseudonymized.placeholders[0]} ({pseudonymized.placeholders[-1]}). <PERSON_9> ukjent."
    restored = pseudonymized.restore(answer)
    assert "<PERSON_9>" in restored
    assert "<NO_PHONE_1>" not in restored and "<EMAIL_ADDRESS_1>" not in restored
    # Same number written two ways is one placeholder; restoring gives the first spelling.
    first_spelling = text.replace("98765432", "987 65 432")
    assert pseudonymized.restore(pseudonymized.text) == first_spelling


def test_person_placeholders() -> None:
    text = "Kari Nordmann og Ola Nordmann møtte Kari Nordmann."
    result = CheckResult(
        decision="block",
        findings=(Finding("PERSON", 0, 13, 0.9), Finding("PERSON", 17, 29, 0.9), Finding("PERSON", 36, 49, 0.9)),
        anonymizable=True,
    )
    pseudonymized = pseudonymize(text, result)
    assert pseudonymized.text == "<PERSON_1> og <PERSON_2> møtte <PERSON_1>."
    assert pseudonymized.restore("Hei <PERSON_2>!") == "Hei Ola Nordmann!"


@pytest.mark.parametrize(
    "text",
    [f"Ring 98765432, fnr {FNR}", "Kontonummer 8601.11.17947, tlf 98765432"],
)
def test_refuses_identifiers(text: str) -> None:
    result = identifier_guardrail().check(text)
    assert result.blocked and not result.anonymizable
    with pytest.raises(NotAnonymizableError):
        pseudonymize(text, result)


def test_mapping_is_not_in_repr() -> None:
    text = "Ring 98765432"
    pseudonymized = pseudonymize(text, identifier_guardrail().check(text))
    assert "98765432" not in repr(pseudonymized)
