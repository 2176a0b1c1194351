"""Turning guardrail findings into what the user may see: a Norwegian label and a masked
excerpt, never the full value."""

from __future__ import annotations

from dialogs import messages
from dialogs.draft import Draft
from guardrails.findings import CheckResult
from guardrails.masking import mask


def _guardrail_text(kind: str, entity: str) -> str:
    key = f"guardrail.{kind}.{entity}"
    return messages.text(key if key in messages.catalogue() else f"guardrail.{kind}.other")


def entity_label(entity: str) -> str:
    """The Norwegian name of an entity type (``NO_FODSELSNUMMER`` → ``Fødselsnummer …``)."""
    label = _guardrail_text("entity", entity)
    return label[:1].upper() + label[1:]


def special_category(entity: str) -> str | None:
    """The special category an entity is (helse, graviditet og familie …), or None."""
    key = f"guardrail.category.{entity}"
    return messages.text(key) if key in messages.catalogue() else None


def rule_sentence(result: CheckResult) -> str:
    """The rule behind the block: one sentence per kind of finding, in text order, the law
    named for special categories."""
    rules: list[str] = []
    for finding in sorted(result.findings, key=lambda f: f.start):
        rule = _guardrail_text("rule", finding.entity)
        if rule not in rules:
            rules.append(rule)
    return " ".join(rules) or _guardrail_text("rule", "other")


def finding_excerpts(result: CheckResult, checked_text: str) -> list[tuple[str, str]]:
    """(label, masked excerpt) per finding, in text order, each value once. A special
    category shows the category instead: masking an ordinary word ("sy••••dt") says nothing."""
    seen: set[tuple[str, str]] = set()
    rows = []
    for finding in sorted(result.findings, key=lambda f: f.start):
        category = special_category(finding.entity)
        excerpt = category if category else mask(checked_text[finding.start:finding.end])
        row = (entity_label(finding.entity), excerpt)
        if row not in seen:
            seen.add(row)
            rows.append(row)
    return rows


def locate_input(draft: Draft, result: CheckResult, checked_text: str) -> str | None:
    """The name of the user input that holds the first finding, if any does."""
    for finding in sorted(result.findings, key=lambda f: f.start):
        value = checked_text[finding.start:finding.end]
        for name, text in draft.inputs.items():
            if value and value in text:
                return name
    return None
