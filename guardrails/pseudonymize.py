"""The anonymised path: replace names, phones and e-mails by placeholders and back.

``pseudonymize`` uses presidio-anonymizer's ``AnonymizerEngine`` with a custom operator
per entity type: each distinct value gets a numbered placeholder (``<PERSON_1>``), the
same value always the same placeholder. ``labels`` may give an entity type a readable
placeholder name (``NO_PHONE`` → ``<TELEFON_1>``); without one the entity's name is used.
The mapping lives only in the returned object; ``restore`` puts the real values back into
the model's answer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from guardrails.findings import CheckResult
from guardrails.policy import ANONYMIZABLE_ENTITIES

_PLACEHOLDER = re.compile(r"<([A-Z_]+_\d+)>")
# A placeholder name must match _PLACEHOLDER, or restore() would not find it again.
_LABEL = re.compile(r"^[A-Z][A-Z_]*$")


class NotAnonymizableError(ValueError):
    """The result holds findings that may not be replaced by placeholders."""


@dataclass(frozen=True)
class Pseudonymized:
    """Text with placeholders, and the only copy of the placeholder → value mapping."""

    text: str
    _values: dict[str, str] = field(repr=False)

    @property
    def placeholders(self) -> tuple[str, ...]:
        return tuple(f"<{name}>" for name in self._values)

    def restore(self, answer: str) -> str:
        """``answer`` with every known placeholder replaced by the real value."""
        return _PLACEHOLDER.sub(lambda m: self._values.get(m.group(1), m.group(0)), answer)


def _identity(entity: str, value: str) -> str:
    """What makes two values "the same": a phone's last 8 digits, otherwise the folded text."""
    if entity == "NO_PHONE":
        return re.sub(r"\D", "", value)[-8:]
    return " ".join(value.split()).casefold()


class _PlaceholderBook:
    """Hands out ``LABEL_n`` names, one per distinct value of an entity type."""

    def __init__(self, labels: Mapping[str, str]) -> None:
        self.values: dict[str, str] = {}
        self._labels = labels
        self._by_value: dict[tuple[str, str], str] = {}
        self._counts: dict[str, int] = {}

    def placeholder(self, entity: str, value: str) -> str:
        key = (entity, _identity(entity, value))
        name = self._by_value.get(key)
        if name is None:
            label = self._labels.get(entity, entity)
            self._counts[label] = self._counts.get(label, 0) + 1  # per label: two types may share one
            name = f"{label}_{self._counts[label]}"
            self._by_value[key] = name
            self.values[name] = value
        return f"<{name}>"


def pseudonymize(text: str, result: CheckResult, engine: AnonymizerEngine | None = None, *,
                 labels: Mapping[str, str] | None = None) -> Pseudonymized:
    """Replace every finding of ``result`` in ``text`` by a placeholder.

    ``labels``: entity type → placeholder name (upper-case letters and ``_``).
    Raises ``NotAnonymizableError`` if ``result`` is not anonymizable or any finding's
    entity is not one of PERSON, NO_PHONE, EMAIL_ADDRESS; ``ValueError`` for a bad label.
    """
    labels = dict(labels or {})
    bad = sorted(entity for entity, label in labels.items() if not _LABEL.match(label))
    if bad:
        raise ValueError(f"placeholder labels must be upper-case letters and _: {', '.join(bad)}")
    refused = sorted({f.entity for f in result.findings if f.entity not in ANONYMIZABLE_ENTITIES})
    if refused or (result.blocked and not result.anonymizable):
        raise NotAnonymizableError(f"cannot anonymise: {', '.join(refused) or 'result is not anonymizable'}")
    if not result.findings:
        return Pseudonymized(text=text, _values={})
    book = _PlaceholderBook(labels)
    operators = {
        entity: OperatorConfig("custom", {"lambda": lambda value, entity=entity: book.placeholder(entity, value)})
        for entity in {f.entity for f in result.findings}
    }
    # Placeholders are numbered in reading order: hand them out before Presidio,
    # which replaces from the end of the text backwards.
    for finding in sorted(result.findings, key=lambda f: f.start):
        book.placeholder(finding.entity, text[finding.start : finding.end])
    analyzer_results = [RecognizerResult(f.entity, f.start, f.end, f.score) for f in result.findings]
    engine = engine if engine is not None else AnonymizerEngine()
    anonymized = engine.anonymize(text=text, analyzer_results=analyzer_results, operators=operators)
    return Pseudonymized(text=anonymized.text, _values=dict(book.values))
