"""A bare Presidio AnalyzerEngine holding only the sensitive recognizers.

It uses the project's tokenizer-only Norwegian NLP engine (blank spaCy ``nb`` for both
``nb`` and ``nn``; nothing is downloaded), so Presidio's context enhancement runs as in
production, but no other recognizer can hide or cause a finding.
"""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

from guardrails.nlp_engine import NorwegianNlpEngine
from guardrails.recognizers.sensitive import SENSITIVE_ENTITIES, SUPPORTED_LANGUAGES, sensitive_recognizers


class SensitiveAnalyzer:
    """Runs the sensitive recognizers and returns ``(entity, matched text)`` pairs."""

    def __init__(self, engine: AnalyzerEngine) -> None:
        self._engine = engine

    def findings(self, text: str, lang: str) -> list[tuple[str, str]]:
        results = self._engine.analyze(text=text, language=lang, entities=list(SENSITIVE_ENTITIES))
        return [(r.entity_type, text[r.start : r.end]) for r in sorted(results, key=lambda r: r.start)]

    def entities(self, text: str, lang: str) -> set[str]:
        return {entity for entity, _ in self.findings(text, lang)}


@pytest.fixture(scope="session")
def analyzer() -> SensitiveAnalyzer:
    languages = list(SUPPORTED_LANGUAGES)
    registry = RecognizerRegistry(recognizers=sensitive_recognizers(), supported_languages=languages)
    engine = AnalyzerEngine(
        nlp_engine=NorwegianNlpEngine(),
        registry=registry,
        supported_languages=languages,
    )
    return SensitiveAnalyzer(engine)


def assert_row(analyzer: SensitiveAnalyzer, entity: str, text: str, lang: str, expected: str | None) -> None:
    """``expected`` is the text that must be found as ``entity``, or None for no finding."""
    found = [matched for found_entity, matched in analyzer.findings(text, lang) if found_entity == entity]
    if expected is None:
        assert found == [], f"unexpected {entity} in {text!r}: {found}"
    else:
        assert any(expected.lower() in m.lower() for m in found), f"{entity} {expected!r} not found in {text!r}: {found}"
