"""Special-category (GDPR art. 9 and 10) and security-marking recognizers.

Public interface::

    from guardrails.recognizers.sensitive import sensitive_recognizers
    recognizers = sensitive_recognizers()          # nb and nn instances, one per entity

Entities: NO_HEALTH, NO_PREGNANCY_FAMILY, NO_RELIGION, NO_ETHNICITY,
NO_SEXUAL_ORIENTATION, NO_UNION, NO_POLITICS, NO_CRIMINAL (statements about a person,
see ``_context``) and NO_SECURITY_MARKING (markings on documents).
"""

from __future__ import annotations

from collections.abc import Iterable

from presidio_analyzer import EntityRecognizer

from guardrails.ner.names import NameResources, default_names
from guardrails.ner.person_spans import PersonSpanFinder
from guardrails.recognizers.sensitive._context import PersonStatementGate
from guardrails.recognizers.sensitive.criminal_recognizer import CriminalRecognizer
from guardrails.recognizers.sensitive.ethnicity_recognizer import EthnicityRecognizer
from guardrails.recognizers.sensitive.health_recognizer import HealthRecognizer
from guardrails.recognizers.sensitive.politics_recognizer import PoliticsRecognizer
from guardrails.recognizers.sensitive.pregnancy_family_recognizer import PregnancyFamilyRecognizer
from guardrails.recognizers.sensitive.religion_recognizer import ReligionRecognizer
from guardrails.recognizers.sensitive.security_marking_recognizer import ClearanceRecognizer, SecurityMarkingRecognizer
from guardrails.recognizers.sensitive.sexual_orientation_recognizer import SexualOrientationRecognizer
from guardrails.recognizers.sensitive.union_recognizer import UnionRecognizer

SUPPORTED_LANGUAGES: tuple[str, ...] = ("nb", "nn")

PERSON_STATEMENT_RECOGNIZERS = (
    HealthRecognizer,
    PregnancyFamilyRecognizer,
    ReligionRecognizer,
    EthnicityRecognizer,
    SexualOrientationRecognizer,
    UnionRecognizer,
    PoliticsRecognizer,
    CriminalRecognizer,
)

SENSITIVE_ENTITIES: tuple[str, ...] = (
    "NO_HEALTH",
    "NO_PREGNANCY_FAMILY",
    "NO_RELIGION",
    "NO_ETHNICITY",
    "NO_SEXUAL_ORIENTATION",
    "NO_UNION",
    "NO_POLITICS",
    "NO_CRIMINAL",
    "NO_SECURITY_MARKING",
)


def sensitive_recognizers(
    languages: Iterable[str] = SUPPORTED_LANGUAGES, names: NameResources | None = None
) -> list[EntityRecognizer]:
    """One instance per entity and language (Presidio recognizers serve one language each).

    They share one statement gate and one names finder: a name found in a sentence is a
    reference to a person, so a special-category term there is said about that person."""
    resources = names if names is not None else default_names()
    gate = PersonStatementGate(names=resources)
    finder = PersonSpanFinder(resources)
    recognizers: list[EntityRecognizer] = []
    for language in languages:
        recognizers.extend(
            cls(supported_language=language, gate=gate, finder=finder) for cls in PERSON_STATEMENT_RECOGNIZERS
        )
        recognizers.append(SecurityMarkingRecognizer(supported_language=language))
        recognizers.append(ClearanceRecognizer(supported_language=language, gate=gate, finder=finder))
    return recognizers


# The categories that are statements about a person (all but the security marking of a document).
PERSON_STATEMENT_ENTITIES: frozenset[str] = frozenset(cls.ENTITY for cls in PERSON_STATEMENT_RECOGNIZERS)

__all__ = ["PERSON_STATEMENT_ENTITIES", "SENSITIVE_ENTITIES", "SUPPORTED_LANGUAGES", "sensitive_recognizers"]
