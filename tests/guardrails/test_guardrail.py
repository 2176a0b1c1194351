"""Guardrail.check(): decision, anonymizable flag, languages, extra recognizers."""

from __future__ import annotations

import pytest
from presidio_analyzer import Pattern, PatternRecognizer

from guardrails import Guardrail
from tests.guardrails.identifiers import FNR, identifier_guardrail


@pytest.mark.parametrize(
    ("text", "decision", "anonymizable", "entities"),
    [
        ("Vi søker en rådgiver i ltr. 60-70.", "pass", False, {}),
        ("", "pass", False, {}),
        ("Ring 98765432 eller skriv til ola@example.no", "block", True, {"NO_PHONE": 1, "EMAIL_ADDRESS": 1}),
        (f"Ring 98765432, fnr {FNR}", "block", False, {"NO_PHONE": 1, "NO_FODSELSNUMMER": 1}),
        ("Kontonummer 8601.11.17947", "block", False, {"NO_BANK_ACCOUNT": 1}),
    ],
)
def test_decision_and_anonymizable(text: str, decision: str, anonymizable: bool, entities: dict) -> None:
    result = identifier_guardrail().check(text, lang="nb")
    assert (result.decision, result.anonymizable, result.entity_counts) == (decision, anonymizable, entities)


@pytest.mark.parametrize("lang", ["en", "no", ""])
def test_unknown_language_is_refused(lang: str) -> None:
    with pytest.raises(ValueError, match="lang must be one of nb, nn"):
        identifier_guardrail().check("Hei", lang=lang)


def test_from_policy_with_extra_recognizer() -> None:
    extra = [
        PatternRecognizer(supported_entity="EMPLOYEE_ID", patterns=[Pattern("ansattnr", r"\bANS-\d{5}\b", 0.9)],
                          supported_language=language, name=f"EmployeeId_{language}")
        for language in ("nb", "nn")
    ]
    guardrail = Guardrail.from_policy(extra_recognizers=extra)
    for lang in ("nb", "nn"):
        result = guardrail.check("Ansattnummer ANS-12345 og ANS-1234", lang=lang)
        # Not listed in policy.yaml → default_action block; not anonymizable.
        assert [(f.entity, f.start, f.end) for f in result.findings] == [("EMPLOYEE_ID", 13, 22)]
        assert result.blocked and not result.anonymizable
    assert "EMPLOYEE_ID" in guardrail.supported_entities
    assert {"NO_FODSELSNUMMER", "NO_PHONE", "EMAIL_ADDRESS", "NO_BANK_ACCOUNT", "IBAN_CODE", "CREDIT_CARD",
            "NO_ADDRESS"} <= set(guardrail.supported_entities)


def test_every_pattern_is_compiled_before_the_first_message(guardrail) -> None:
    """Presidio compiles a pattern on first use; the special-category alternations only meet
    their first text with a message that mentions a person, so the build compiles them all."""
    analyzer = guardrail._analyzer
    patterns = [
        pattern
        for lang in ("nb", "nn")
        for recognizer in analyzer.registry.get_recognizers(language=lang, all_fields=True)
        if isinstance(recognizer, PatternRecognizer)
        for pattern in recognizer.patterns  # type: ignore[has-type]  # untyped in Presidio
    ]
    assert len(patterns) > 20
    assert all(pattern.compiled_regex is not None for pattern in patterns)
    # and the first statement about a person finds its category with those compiled patterns
    result = guardrail.check("Kandidaten har ms og er gravid.", lang="nb")
    assert {"NO_HEALTH", "NO_PREGNANCY_FAMILY"} <= set(result.entity_counts)
