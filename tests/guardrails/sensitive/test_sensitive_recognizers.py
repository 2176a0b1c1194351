"""The package's public factory and the person-statement gate."""

import time
from typing import cast

import pytest
from presidio_analyzer import EntityRecognizer, PatternRecognizer

from guardrails.recognizers.sensitive import SENSITIVE_ENTITIES, SUPPORTED_LANGUAGES, sensitive_recognizers
from guardrails.recognizers.sensitive._context import PersonStatementGate


def test_every_entity_in_every_language():
    recognizers = sensitive_recognizers()
    assert all(isinstance(r, EntityRecognizer) for r in recognizers)
    pairs = {(r.supported_entities[0], r.supported_language) for r in recognizers}
    assert pairs == {(e, lang) for e in SENSITIVE_ENTITIES for lang in SUPPORTED_LANGUAGES}
    # one recognizer per entity and language, but two for security: document markings and a
    # person's clearance level
    names = [str(getattr(r, "name", "")) for r in recognizers]
    assert len(names) == len(set(names)) == (len(SENSITIVE_ENTITIES) + 1) * len(SUPPORTED_LANGUAGES)


@pytest.mark.parametrize(
    ("sentence", "term", "is_statement"),
    [
        ("Kari planlegger å få barn neste år.", "få barn", True),
        ("Stillingen passer for deg som planlegger å få barn.", "få barn", False),
        ("Vi vet at Ola er homofil.", "homofil", True),
        ("Departementet er homofil-vennlig.", "homofil", False),
        ("Kandidaten er gravid, så vi må tilrettelegge.", "gravid", True),
        ("Jeg skriver en annonse der vi ønsker søkere uavhengig av religion.", "religion", False),
        ("Ikke spør om hun er gravid.", "gravid", False),
        ("Hun er gravid, men ikke spør henne om det.", "gravid", True),
    ],
)
def test_gate_decides_on_person_reference_and_policy_cues(sentence, term, is_statement):
    gate = PersonStatementGate()
    start = sentence.index(term)
    assert gate.is_statement(sentence, start, gate.sentence_boundaries(sentence)) is is_statement


def test_recognizers_alone_are_fast_on_a_long_prompt():
    """All nine nb recognizers together on ~2,000 characters stay within the guardrail budget."""
    paragraph = (
        "Vi søker en rådgiver til Helse- og omsorgsdepartementet. Vi ønsker søkere uavhengig av "
        "kjønn, alder, funksjonsevne, religion og etnisitet. Kandidaten bør ha erfaring med "
        "rekruttering. Politiattest kreves. Søkere kan be om å bli unntatt fra offentlig søkerliste, "
        "jf. offentleglova § 25.\n"
    )
    text = (paragraph * 8)[:2000]
    # All are pattern recognizers, whose analyze() needs no NLP artifacts.
    recognizers = [cast(PatternRecognizer, r) for r in sensitive_recognizers() if r.supported_language == "nb"]
    for recognizer in recognizers:  # warm-up compiles the patterns
        recognizer.analyze(text, recognizer.supported_entities)
    timings = []
    for _ in range(50):
        began = time.process_time()
        for recognizer in recognizers:
            recognizer.analyze(text, recognizer.supported_entities)
        timings.append(time.process_time() - began)
    # The machine is shared: CPU time (not wall time) and the median are asserted, against the whole
    # guardrail's 10 ms budget; bench numbers are in the report.
    median = sorted(timings)[len(timings) // 2]
    assert median < 0.008, f"median {median * 1000:.2f} ms"
