"""NorwegianNlpEngine: one pipeline for nb and nn, NorNE labels mapped, never a download."""

from __future__ import annotations

from typing import cast

import pytest
import spacy
import spacy.cli
from spacy.language import Language
from spacy.pipeline import EntityRuler

from guardrails.nlp_engine import NorwegianNlpEngine


def pipeline_with_entities() -> Language:
    """A real spaCy pipeline that emits NorNE labels (entity ruler; nothing downloaded)."""
    nlp = spacy.blank("nb")
    ruler = cast(EntityRuler, nlp.add_pipe("entity_ruler"))
    ruler.add_patterns(
        [
            {"label": "PER", "pattern": [{"TEXT": "Kari"}, {"TEXT": "Nordmann"}]},
            {"label": "GPE_LOC", "pattern": "Bergen"},
            {"label": "PROD", "pattern": "Excel"},
        ]
    )
    return nlp


@pytest.fixture(autouse=True)
def no_downloads(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("spaCy download attempted")

    monkeypatch.setattr(spacy.cli, "download", refuse)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Kari Nordmann jobber i Bergen og kan Excel.", "nb", [("PERSON", "Kari Nordmann"), ("LOCATION", "Bergen")]),
        ("Kari Nordmann arbeider i Bergen.", "nn", [("PERSON", "Kari Nordmann"), ("LOCATION", "Bergen")]),
        ("Ingen namn her.", "nn", []),
    ],
)
def test_entities_mapped_to_presidio_names(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    engine = NorwegianNlpEngine(pipeline_with_entities())
    artifacts = engine.process_text(text, lang)
    assert [(span.label_, span.text) for span in artifacts.entities] == expected
    assert len(artifacts.scores) == len(expected)


def test_one_pipeline_for_both_languages() -> None:
    nlp = pipeline_with_entities()
    engine = NorwegianNlpEngine(nlp)
    assert engine.get_nlp("nb") is engine.get_nlp("nn") is nlp
    assert sorted(engine.get_supported_languages()) == ["nb", "nn"]
    assert engine.has_ner is False  # an entity ruler is not a trained "ner" component


@pytest.mark.parametrize(
    ("text", "keywords_include", "keywords_exclude"),
    [
        ("Ring meg på telefonnummer 98765432.", ["ring", "telefonnummer"], ["meg", "på", "."]),
        ("Ho bur i Storgata 12.", ["bur", "storgata"], ["i"]),
    ],
)
def test_blank_default_gives_tokens_lemmas_and_keywords(text, keywords_include, keywords_exclude) -> None:
    engine = NorwegianNlpEngine()
    artifacts = engine.process_text(text, "nb")
    assert artifacts.tokens.text == text
    assert list(artifacts.entities) == []
    assert all(lemma for lemma in artifacts.lemmas)
    assert set(keywords_include) <= set(artifacts.keywords)
    assert not set(keywords_exclude) & set(artifacts.keywords)


def test_unsupported_language_is_refused() -> None:
    with pytest.raises(ValueError, match="language 'en' is not supported"):
        NorwegianNlpEngine().process_text("Hello", "en")
