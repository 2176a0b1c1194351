"""Overlapping findings: one per span, highest score, then the most specific entity."""

from __future__ import annotations

import pytest

from guardrails.findings import Finding
from guardrails.merge import merge_overlapping


@pytest.mark.parametrize(
    ("findings", "merged"),
    [
        ([Finding("PERSON", 0, 4, 0.9), Finding("PERSON", 10, 14, 0.9)],
         [Finding("PERSON", 0, 4, 0.9), Finding("PERSON", 10, 14, 0.9)]),
        ([Finding("NO_BANK_ACCOUNT", 5, 16, 1.0), Finding("NO_FODSELSNUMMER", 5, 16, 1.0)],
         [Finding("NO_FODSELSNUMMER", 5, 16, 1.0)]),
        ([Finding("PERSON", 0, 14, 0.85), Finding("NO_ADDRESS", 0, 21, 0.6)],
         [Finding("PERSON", 0, 21, 0.85)]),
        ([Finding("NO_PHONE", 3, 11, 0.5), Finding("CREDIT_CARD", 0, 19, 1.0), Finding("NO_PHONE", 12, 19, 0.5)],
         [Finding("CREDIT_CARD", 0, 19, 1.0)]),
        ([Finding("EMAIL_ADDRESS", 20, 30, 1.0), Finding("PERSON", 0, 5, 0.9), Finding("PERSON", 20, 24, 0.9)],
         [Finding("PERSON", 0, 5, 0.9), Finding("EMAIL_ADDRESS", 20, 30, 1.0)]),
        ([Finding("NO_PHONE", 0, 8, 0.5), Finding("NO_PHONE", 8, 16, 0.5)],  # touching, not overlapping
         [Finding("NO_PHONE", 0, 8, 0.5), Finding("NO_PHONE", 8, 16, 0.5)]),
        ([], []),
    ],
)
def test_merge(findings: list[Finding], merged: list[Finding]) -> None:
    assert list(merge_overlapping(findings)) == merged
