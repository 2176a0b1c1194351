"""Run a recognizer's Presidio patterns only where they can possibly match.

A stdlib ``re`` search for a cheap necessary condition (e.g. "at least 8 digits with at
most 3 other characters between them") finds candidate regions; the recognizer's own
patterns then run on each region plus a margin, and offsets are shifted back. Job ads
have few long digit runs, so most of the text is never scanned by the slower patterns.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from presidio_analyzer import PatternRecognizer, RecognizerResult

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts


def digit_run(min_digits: int, max_gap: int = 3) -> re.Pattern[str]:
    """At least ``min_digits`` digits, at most ``max_gap`` non-digits between neighbours."""
    return re.compile(rf"\d(?:\D{{0,{max_gap}}}\d){{{min_digits - 1},}}")


class CandidateRegionRecognizer(PatternRecognizer):
    """A ``PatternRecognizer`` whose patterns only run on ``CANDIDATES`` regions."""

    CANDIDATES: ClassVar[re.Pattern[str]]
    # Characters kept around a region: prefixes such as "(+47) " and the one character
    # that look-behinds and look-aheads inspect.
    MARGIN: ClassVar[int] = 10

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for candidate in self.CANDIDATES.finditer(text):
            start = max(0, candidate.start() - self.MARGIN)
            end = min(len(text), candidate.end() + self.MARGIN)
            for result in super().analyze(text[start:end], entities, nlp_artifacts, regex_flags):
                result.start += start
                result.end += start
                results.append(result)
        return results
