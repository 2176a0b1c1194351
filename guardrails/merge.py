"""Overlapping findings become one: the union of their spans, the strongest entity.

Within a cluster of overlapping findings the entity with the highest score wins; on a
tie the more specific entity wins (a checksum-validated identifier beats a name).
"""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType

from guardrails.findings import Finding

# Higher is more specific. Entities not listed (special categories) sit in the middle.
SPECIFICITY = MappingProxyType({
    "NO_FODSELSNUMMER": 100,
    "IBAN_CODE": 90,
    "CREDIT_CARD": 85,
    "NO_BANK_ACCOUNT": 80,
    "EMAIL_ADDRESS": 70,
    "NO_PHONE": 60,
    "NO_ADDRESS": 40,
    "PERSON": 30,
    "LOCATION": 10,
    "ORGANIZATION": 10,
})
UNLISTED_SPECIFICITY = 50


def _rank(finding: Finding) -> tuple[float, int]:
    return round(finding.score, 2), SPECIFICITY.get(finding.entity, UNLISTED_SPECIFICITY)


def merge_overlapping(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """One finding per overlapping cluster, sorted by position."""
    merged: list[Finding] = []
    cluster: list[Finding] = []
    cluster_end = -1
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if cluster and finding.start >= cluster_end:
            merged.append(_collapse(cluster))
            cluster = []
        cluster.append(finding)
        cluster_end = max(cluster_end, finding.end) if len(cluster) > 1 else finding.end
    if cluster:
        merged.append(_collapse(cluster))
    return tuple(merged)


def _collapse(cluster: list[Finding]) -> Finding:
    best = max(cluster, key=_rank)
    start = min(f.start for f in cluster)
    end = max(f.end for f in cluster)
    return Finding(entity=best.entity, start=start, end=end, score=best.score)
