"""A Presidio NLP engine for Norwegian (bokmål and nynorsk) around one spaCy pipeline.

Presidio's own ``SpacyNlpEngine.load()`` downloads missing models and defaults to
``en_core_web_lg``; this engine never loads anything itself. It is handed one
already-built spaCy ``Language`` and serves it for both ``nb`` and ``nn``, so a trained
NER model sits in memory once. Without a model it uses ``spacy.blank("nb")``
(tokenizer, stop words and punctuation only; no entities).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from types import MappingProxyType

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc, Span

from guardrails.ner.name_gate import NameGate, with_context
from guardrails.token_table import token_table
from guardrails.tokenizer import fast_tokenizer

SUPPORTED_LANGUAGES: tuple[str, ...] = ("nb", "nn")
CONTEXT_TOKENS = 4  # tokens read on either side of a gated sentence

# NorNE labels (what the names engineer's model emits) → Presidio entity names.
NORNE_TO_PRESIDIO = MappingProxyType({
    "PER": "PERSON",
    "PERSON": "PERSON",
    "LOC": "LOCATION",
    "GPE_LOC": "LOCATION",
    "ORG": "ORGANIZATION",
    "GPE_ORG": "ORGANIZATION",
})
IGNORED_LABELS = ("PROD", "EVT", "DRV", "MISC", "GPE")


def blank_norwegian() -> Language:
    """A tokenizer-only Norwegian pipeline (no download, no model files), fast affix rules."""
    nlp = spacy.blank("nb")
    nlp.tokenizer = fast_tokenizer(nlp.vocab)
    return nlp


class NorwegianNlpEngine(SpacyNlpEngine):
    """Serves one spaCy pipeline for ``nb`` and ``nn``; never downloads a model."""

    engine_name = "norwegian_spacy"
    # One pipeline per language code; presidio's base leaves the attribute ``None`` until its load().
    nlp: dict[str, Language]  # type: ignore[assignment]

    def __init__(
        self,
        nlp: Language | None = None,
        languages: Iterable[str] = SUPPORTED_LANGUAGES,
        default_score: float = 0.85,
        gate: NameGate | None = None,
    ) -> None:
        """``gate``: when given, the pipeline's components run only on the sentences it picks."""
        configuration = NerModelConfiguration(
            model_to_presidio_entity_mapping=dict(NORNE_TO_PRESIDIO),
            labels_to_ignore=list(IGNORED_LABELS),
            low_score_entity_names=[],
            default_score=default_score,
        )
        super().__init__(models=None, ner_model_configuration=configuration)
        pipeline = nlp if nlp is not None else blank_norwegian()
        self.models = [{"lang_code": lang, "model_name": pipeline.meta.get("name", "blank")} for lang in languages]
        self.nlp = {lang: pipeline for lang in languages}
        self._stop_words = frozenset(word.lower() for word in pipeline.Defaults.stop_words)
        self._gate = gate

    @property
    def pipeline(self) -> Language:
        return next(iter(self.nlp.values()))

    @property
    def has_ner(self) -> bool:
        return "ner" in self.pipeline.pipe_names

    def load(self) -> None:
        """Nothing to load: the pipeline was given to the constructor (never download)."""

    def is_loaded(self) -> bool:
        return True

    def is_stopword(self, word: str, language: str) -> bool:
        # A set lookup instead of a spaCy vocabulary lookup per token (hot path).
        return word.lower() in self._stop_words

    def is_punct(self, word: str, language: str) -> bool:
        return bool(word) and all(unicodedata.category(char)[0] in "PS" for char in word)

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        if language not in self.nlp:
            raise ValueError(f"language '{language}' is not supported (use one of {sorted(self.nlp)})")
        pipeline = self.nlp[language]
        doc = (
            pipeline(text) if self._gate is None or not pipeline.pipe_names
            else self._gated(pipeline, text, self._gate)
        )
        token_table(doc, text)
        return self._doc_to_nlp_artifact(doc, language)

    def _gated(self, pipeline: Language, text: str, gate: NameGate) -> Doc:
        """Tokenise all of ``text``; run the components only on the sentences the gate picks.

        Each picked sentence is read with ``CONTEXT_TOKENS`` tokens on either side (about
        the NER's receptive field, so a sentence reads as it does in the whole text); the
        pieces are joined into one smaller doc and the entities that touch a picked
        sentence are mapped back.
        """
        doc = pipeline.make_doc(text)
        tokens = token_table(doc, text)
        words = tokens.words
        ranges = gate.ranges(tokens)
        if ranges is None:
            for _, component in pipeline.pipeline:
                doc = component(doc)
            return doc
        if not ranges:
            return doc
        core = {index for start, end in ranges for index in range(start, end)}
        picked = [
            index for start, end in with_context(ranges, len(words), CONTEXT_TOKENS) for index in range(start, end)
        ]
        part = Doc(pipeline.vocab, words=[words[i] for i in picked], spaces=[tokens.trailing_space[i] for i in picked])
        for _, component in pipeline.pipeline:
            part = component(part)
        entities = []
        for ent in part.ents:
            first, last = picked[ent.start], picked[ent.end - 1]
            contiguous = last - first == ent.end - 1 - ent.start  # never across a skipped stretch
            if contiguous and any(index in core for index in range(first, last + 1)):
                entities.append(Span(doc, first, last + 1, label=ent.label))
        doc.ents = entities
        return doc

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        # One pass over the tokens. Pipelines without a lemmatizer give empty lemmas;
        # Presidio's context enhancement reads lemmas, so fall back to the lower-cased text.
        if "lemmatizer" in self.nlp[language].pipe_names:
            lemmas = [token.lemma_ or token.lower_ for token in doc]
        else:
            lemmas = list(token_table(doc).lower)
        indices = list(token_table(doc).idx)
        entities, scores = self._get_updated_entities(list(doc.ents), self._get_scores_for_entities(doc))
        artifacts = NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=indices,
            lemmas=lemmas,
            nlp_engine=None,  # keywords are computed below, faster than Presidio's per-token lookups
            language=language,
            scores=scores,
        )
        artifacts.nlp_engine = self
        artifacts.keywords = self._keywords(lemmas)
        return artifacts

    def _keywords(self, lemmas: list[str]) -> list[str]:
        """Presidio's ``NlpArtifacts.set_keywords``: no stop words, no punctuation, split on ':'."""
        keywords: list[str] = []
        for lemma in lemmas:
            lowered = lemma.lower()
            if lowered in self._stop_words or (not lowered[:1].isalnum() and self.is_punct(lowered, "")):
                continue
            keywords.extend(lowered.split(":"))
        return keywords
