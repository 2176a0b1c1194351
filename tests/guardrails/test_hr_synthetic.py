"""The synthetic HR training sentences: labels on token boundaries, both written standards,
the case mix, look-alikes as negatives, and the same sentences for the same seed."""

from __future__ import annotations

import pytest
import spacy

from guardrails.ner.training.hr_synthetic import (
    SLOT,
    HrSentenceGenerator,
    Template,
    hr_sentences,
    labelled_text,
    possessive,
)
from guardrails.tokenizer import fast_tokenizer

COUNT = 3000


@pytest.fixture(scope="module")
def sentences():
    return hr_sentences(COUNT, seed=1234)


@pytest.fixture(scope="module")
def generator():
    return HrSentenceGenerator(seed=1)


def test_entities_line_up_with_tokens(sentences) -> None:
    for sentence in sentences:
        assert len(sentence.words) == len(sentence.spaces)
        previous_end = 0
        for start, end, label in sorted(sentence.entities):
            assert label in ("PER", "ORG", "LOC")
            assert previous_end <= start < end <= len(sentence.words)
            previous_end = end
            assert any(ch.isalpha() for w in sentence.words[start:end] for ch in w)


def test_tokens_are_the_run_time_tokenizer_tokens(sentences) -> None:
    """Training tokens must be what the fast tokenizer makes of the same text in the bot."""
    tokenizer = fast_tokenizer(spacy.blank("nb").vocab)
    for sentence in sentences[:500]:
        assert tuple(t.text for t in tokenizer(sentence.text)) == sentence.words


def test_same_seed_same_sentences_other_seed_others() -> None:
    first = hr_sentences(400, seed=99)
    assert first == hr_sentences(400, seed=99)
    assert first != hr_sentences(400, seed=100)


def test_both_standards_and_case_mix(generator, sentences) -> None:
    standards = {t.standard for t in generator.templates}
    assert standards == {"nb", "nn"}
    for standard in standards:
        assert sum(t.standard == standard for t in generator.templates) >= 40
    lower = sum(not any(w[:1].isupper() for w in s.words) for s in sentences) / len(sentences)
    assert 0.3 <= lower <= 0.5
    with_person = sum(any(label == "PER" for *_, label in s.entities) for s in sentences) / len(sentences)
    assert 0.3 <= with_person <= 0.7


def test_every_template_renders(generator) -> None:
    for template in generator.templates:
        for _ in range(5):
            sentence = generator.sentence(template)
            assert sentence.words


def test_slots_are_well_formed(generator) -> None:
    for template in generator.templates:
        stripped = SLOT.sub("", template.text)
        assert "{" not in stripped and "}" not in stripped, template.text


def test_ordinary_word_first_names_in_person_slots(sentences) -> None:
    texts = [labelled_text(s) for s in sentences]
    assert any("[dag]PER" in t or "[liv]PER" in t or "[storm]PER" in t for t in texts)
    assert any(" til [" in t and "]PER" in t for t in texts)


def test_look_alikes_are_not_persons(generator) -> None:
    negatives = {
        "Kontoret ligger i {LOC:street} {houseno}": ("LOC",),
        "{title^} ved {ORG:org_person}": ("ORG",),
        "Stillingen inngår i turnus på {ship}.": (),
        "Søknaden sendes via {product}.": (),
        "Ref.nr.: {refnr}": (),
        "Liv og helse er vårt fagområde.": (),
    }
    for text, labels in negatives.items():
        for _ in range(20):
            sentence = generator.sentence(Template("nb", "doc", text))
            assert tuple(label for *_, label in sentence.entities) == labels, labelled_text(sentence)


def test_full_name_is_one_span(generator) -> None:
    sentence = generator.sentence(Template("nb", "doc", "Helsing {PER:first_word} {PER:surname}"))
    assert len(sentence.entities) == 1
    start, end, _ = sentence.entities[0]
    assert end - start >= 2


def test_possessive() -> None:
    assert possessive("Strand") == "Strands"
    assert possessive("Al-Nouri") == "Al-Nouris"
    assert possessive("Hans") == "Hans'"


def test_person_slot_must_be_labelled(generator) -> None:
    with pytest.raises(ValueError):
        generator.render(Template("nb", "chat", "hei {first}"))
