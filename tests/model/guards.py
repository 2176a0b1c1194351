"""A guard wrapper for the model tests that records every text it was asked to check."""

from __future__ import annotations

from guardrails.findings import CheckResult
from guardrails.guardrail import Guardrail


class RecordingGuard:
    """Wraps a guard and records every text it was asked to check."""

    def __init__(self, inner: Guardrail) -> None:
        self._inner = inner
        self.checked: list[str] = []

    def check(self, text: str, lang: str = "nb") -> CheckResult:
        self.checked.append(text)
        return self._inner.check(text, lang)
