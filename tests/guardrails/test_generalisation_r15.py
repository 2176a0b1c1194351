"""Issue 11, third session (held-out round 15, written blind): what it taught, as principles,
tested in other words than the set: a name never runs over a line break, a Norwegian first
name before words the lexicon has as surnames is a person, places the lexicon lacks, one-word
street and square names, Sami municipality words, and compounds with a short head."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Arbeidssted: Sunndalsøra\nOppstart: 1. mai\nSøknadsfrist: 15. mars",
        "Tjenestested: Eina (Vestre Toten), med noe reising til Gjøvik.",
        "Kantina ved Youngstorget er åpen for kandidatene fra kl. 11.",
        "Kautokeino / Guovdageainnu suohkan søker lærer i samisk.",
        "Opplæringen er i Kristian Augusts gate-lokalene i andre etasje.",
        "Sjekkliste: Brukerkonto opprettet, Adgangskort bestilt, Nøkkelkort levert.",
    ],
)
def test_places_labels_and_compounds_pass(guardrail, text: str) -> None:
    assert guardrail.check(text).decision == "pass", guardrail.check(text).to_dict()


def test_a_norwegian_first_name_before_words_that_are_surnames_too(guardrail) -> None:
    text = "Rådet tilbyr stillinga til Tone Lie Strand. Ho har fått frist til fredag."
    found = [text[f.start:f.end] for f in guardrail.check(text).findings if f.entity == "PERSON"]
    assert "Tone Lie Strand" in found


def test_a_place_that_is_a_first_name_is_still_a_name_elsewhere(guardrail) -> None:
    assert "PERSON" in guardrail.check("Lena Hansen begynner i avdelingen på mandag.").entity_counts
    assert "PERSON" in guardrail.check("send kontrakten til lena, ho venter på den").entity_counts


def test_saying_one_is_sami_is_a_statement(guardrail) -> None:
    text = "Innstilling: 1. Máret Hætta – er selv samisk og snakker nordsamisk."
    assert "NO_ETHNICITY" in guardrail.check(text).entity_counts
