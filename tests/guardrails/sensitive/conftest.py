"""The sensitive-category tests run through the real guardrail.

``Guardrail.from_policy()`` builds the production analyzer (every recognizer, the
tokenizer-only Norwegian NLP engine, the policy thresholds); nothing is downloaded.
The rows look only at the entity under test, so other recognizers cannot hide a
missing finding of ours.
"""

from __future__ import annotations

import pytest

from guardrails import Guardrail
from guardrails.recognizers.sensitive import SENSITIVE_ENTITIES


class SensitiveFindings:
    """Runs the guardrail and returns ``(entity, matched text)`` for sensitive entities only."""

    def __init__(self, guardrail: Guardrail) -> None:
        self._guardrail = guardrail

    def findings(self, text: str, lang: str) -> list[tuple[str, str]]:
        result = self._guardrail.check(text, lang)
        return [(f.entity, text[f.start : f.end]) for f in result.findings if f.entity in SENSITIVE_ENTITIES]

    def entities(self, text: str, lang: str) -> set[str]:
        return {entity for entity, _ in self.findings(text, lang)}


@pytest.fixture(scope="session")
def analyzer() -> SensitiveFindings:
    return SensitiveFindings(Guardrail.from_policy())


def assert_row(analyzer: SensitiveFindings, entity: str, text: str, lang: str, expected: str | None) -> None:
    """``expected`` is the text that must be found as ``entity``, or None for no finding."""
    found = [matched for found_entity, matched in analyzer.findings(text, lang) if found_entity == entity]
    if expected is None:
        assert found == [], f"unexpected {entity} in {text!r}: {found}"
    else:
        assert any(expected.lower() in m.lower() for m in found), (
            f"{entity} {expected!r} not found in {text!r}: {found}"
        )
