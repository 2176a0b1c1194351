"""The guard used by the model tests: the real ``guardrails.Guardrail`` when it is
importable, otherwise a minimal stand-in (regexes for fødselsnummer, e-mail and phone)
with a matching pseudonymizer. ``REAL_GUARD`` says which one is in use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guardrails.findings import CheckResult, Finding

try:
    from guardrails.guardrail import Guardrail

    REAL_GUARD = True
except ImportError:  # the guardrail has not landed yet
    REAL_GUARD = False

try:
    from guardrails.pseudonymize import pseudonymize as real_pseudonymize

    REAL_PSEUDONYMIZE = True
except ImportError:
    REAL_PSEUDONYMIZE = False

_FAKE_PATTERNS = (
    ("NO_FODSELSNUMMER", re.compile(r"(?<!\d)\d{11}(?!\d)"), False),
    ("EMAIL_ADDRESS", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), True),
    ("PHONE_NUMBER", re.compile(r"(?<!\d)(?:\+47 ?)?\d{3} ?\d{2} ?\d{3}(?!\d)"), True),
)


class FakeGuard:
    def check(self, text: str, lang: str = "nb") -> CheckResult:
        findings, anonymizable = [], True
        for entity, pattern, replaceable in _FAKE_PATTERNS:
            for match in pattern.finditer(text):
                findings.append(Finding(entity, match.start(), match.end(), 1.0))
                anonymizable = anonymizable and replaceable
        if not findings:
            return CheckResult("pass")
        return CheckResult("block", tuple(sorted(findings, key=lambda f: f.start)), anonymizable)


@dataclass(frozen=True)
class FakePseudonymized:
    text: str
    mapping: dict[str, str]

    def restore(self, answer: str) -> str:
        for placeholder, value in self.mapping.items():
            answer = answer.replace(placeholder, value)
        return answer


def fake_pseudonymize(text: str, result: CheckResult) -> FakePseudonymized:
    counters: dict[str, int] = {}
    by_value: dict[str, str] = {}
    out, last = [], 0
    for finding in sorted(result.findings, key=lambda f: f.start):
        value = text[finding.start : finding.end]
        if value not in by_value:
            counters[finding.entity] = counters.get(finding.entity, 0) + 1
            by_value[value] = f"<{finding.entity}_{counters[finding.entity]}>"
        out += [text[last : finding.start], by_value[value]]
        last = finding.end
    out.append(text[last:])
    return FakePseudonymized("".join(out), {p: v for v, p in by_value.items()})


def make_guard():
    """The real guardrail (with the NER model, as the bot builds it) when available."""
    if not REAL_GUARD:
        return FakeGuard()
    try:
        from bot.composition import build_guardrail
        from bot.settings import Settings

        return build_guardrail(Settings())
    except ImportError:
        return Guardrail.from_policy()


def make_pseudonymize():
    return real_pseudonymize if REAL_PSEUDONYMIZE else fake_pseudonymize


class RecordingGuard:
    """Wraps a guard and records every text it was asked to check."""

    def __init__(self, inner) -> None:
        self._inner = inner
        self.checked: list[str] = []

    def check(self, text: str, lang: str = "nb") -> CheckResult:
        self.checked.append(text)
        return self._inner.check(text, lang)
