"""Presidio recognizer for Norwegian person names (bokmål ``nb`` and nynorsk ``nn``).

Reads the PER (and ORG/LOC) spans the NLP engine's spaCy pipeline found and widens them
with name propagation, possessives, name lists, HR context cues and names in e-mail
addresses (see ``guardrails.ner.person_spans``). Logs counts only, never text.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.ner.names import NameResources, default_names
from guardrails.ner.person_spans import PersonSpan, PersonSpanFinder

ENTITY = "PERSON"
LANGUAGES = ("nb", "nn")
log = logging.getLogger(__name__)


_CACHE_ATTRIBUTE = "aktiv_person_spans"


def person_spans_of(nlp_artifacts: NlpArtifacts, finder: PersonSpanFinder, text: str) -> list[PersonSpan]:
    """The person spans of one analysed text, found once and kept on its NLP artifacts.

    The names recognizer reports them; the special-category recognizers read them as
    references to a person ("eli har ms": the statement is about the name found)."""
    cached = getattr(nlp_artifacts, _CACHE_ATTRIBUTE, None)
    if cached is not None:
        return cached
    doc = nlp_artifacts.tokens
    if doc is None:
        return []
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) != len(text):
        text = doc.text  # the artifacts belong to another text; trust the doc
    entities = [(ent.start_char, ent.end_char, ent.label_) for ent in nlp_artifacts.entities or []]
    spans = finder.find(doc, entities, text)
    setattr(nlp_artifacts, _CACHE_ATTRIBUTE, spans)
    return spans


class NoPersonRecognizer(EntityRecognizer):
    """PERSON for one language; use ``for_languages()`` to get one per language."""

    name: str  # set by presidio's EntityRecognizer.__init__; mypy cannot determine its type from there

    def __init__(
        self,
        supported_language: str = "nb",
        names: NameResources | None = None,
        finder: PersonSpanFinder | None = None,
        language: str | None = None,
    ) -> None:
        language = language or supported_language
        if finder is None:
            finder = PersonSpanFinder(names if names is not None else default_names())
        self._finder = finder
        super().__init__(
            supported_entities=[ENTITY],
            name=f"NoPersonRecognizer_{language}",
            supported_language=language,
        )

    @classmethod
    def for_languages(
        cls, languages: Iterable[str] = LANGUAGES, names: NameResources | None = None
    ) -> list[NoPersonRecognizer]:
        """One recognizer per language, sharing one set of name lists."""
        finder = PersonSpanFinder(names if names is not None else default_names())
        return [cls(language=language, finder=finder) for language in languages]

    def load(self) -> None:
        """Nothing to load: the lists were read in the constructor."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if ENTITY not in entities or nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        results = [
            RecognizerResult(
                entity_type=ENTITY,
                start=span.start,
                end=span.end,
                score=span.score,
                analysis_explanation=AnalysisExplanation(
                    recognizer=self.name, original_score=span.score, textual_explanation=span.source
                ),
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for span in person_spans_of(nlp_artifacts, self._finder, text)
        ]
        log.debug("person spans: %d", len(results))
        return results
