"""The guardrail's result types: what was found and what the guardrail decided."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# "ask": every finding is uncertain (a lower-case word that may be a name); the user is
# asked one question ("Er «storm» et navn her?") instead of a silent pass or a hard stop.
Decision = Literal["block", "ask", "pass"]


@dataclass(frozen=True)
class Finding:
    """One piece of personal or sensitive data, located in the caller's original text."""

    entity: str
    start: int
    end: int
    score: float

    def to_dict(self) -> dict:
        return {"entity": self.entity, "start": self.start, "end": self.end, "score": round(self.score, 2)}


@dataclass(frozen=True)
class CheckResult:
    """The guardrail's verdict on one text.

    ``anonymizable`` is True when the request was blocked only for entity types that the
    policy allows to be replaced by placeholders (names, phones, e-mails), so the user may
    choose to send an anonymised version instead.
    """

    decision: Decision
    findings: tuple[Finding, ...] = field(default_factory=tuple)
    anonymizable: bool = False

    @property
    def blocked(self) -> bool:
        """Not to be sent as it is: blocked, or waiting for the user's answer to a question."""
        return self.decision != "pass"

    @property
    def asks(self) -> bool:
        """Only uncertain findings: ask the user whether they are personal data."""
        return self.decision == "ask"

    @property
    def entity_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.entity] = counts.get(finding.entity, 0) + 1
        return counts

    def to_dict(self) -> dict:
        return {"decision": self.decision, "findings": [f.to_dict() for f in self.findings]}
