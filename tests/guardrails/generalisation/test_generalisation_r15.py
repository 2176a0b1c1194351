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


@pytest.mark.parametrize(
    "text",
    [
        # what one may ask is policy, also in reported speech
        "sjefen lurte på om vi kan spørre søkerne om de har barn. nei, vi kan ikke spørre om det.",
        # "sona" is a zone, "sykmelding fra lege" a routine, benefits are topics of a service
        "Stillinga dekkjer sona Nordfjord og Sunnfjord.",
        "Ved fravær over tre dager kreves sykmelding fra lege.",
        "Chatboten Frida svarer på henvendelser om sykepenger og arbeidsavklaringspenger.",
        # places: a place within a place, a venue before its street address
        "Stillinga er knytt til Eina i Vestre Toten.",
        "Kurset holdes på Ila, Waldemar Thranes gate 98, i andre etasje.",
        # a room after a room, every quoted name in a text that quotes ships
        "Møtet er flyttet fra møterommet Sigrid Undset til Camilla Collett i 3. etasje.",
        "Tjeneste på fartøyet «Kronprins Haakon» og avløsning på «Dr. Fridtjof Nansen».",
        # compounds of compounds
        "Husk Barneomsorgsattest og Politiattest før oppstart.",
    ],
)
def test_round_16_principles_pass(guardrail, text: str) -> None:
    assert guardrail.check(text).decision == "pass", guardrail.check(text).to_dict()


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Søkjaren Per Nes sona seks månader for vald.", "NO_CRIMINAL"),
        ("Kari Moe er LO-tillitsvalgt i etaten.", "NO_UNION"),
        ("Referansen sa at Tom Eriksen har romanibakgrunn.", "NO_ETHNICITY"),
        ("har du nådd dr. okafor? han er referanse for søkeren", "PERSON"),
    ],
)
def test_round_16_statements_are_caught(guardrail, text: str, entity: str) -> None:
    assert entity in guardrail.check(text).entity_counts


def test_a_person_on_a_floor_is_still_a_person(guardrail) -> None:
    assert "PERSON" in guardrail.check("Ring Kari Hansen i 2. etasje om nøklene.").entity_counts


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("abdirahman kan begynne i april, han har levert attestene", "PERSON"),
        ("Ingrid Solum er leder i klubben til Fagforbundet på sykehuset.", "NO_UNION"),
        ("Our second choice, Dr. Ana Lima, told us she is expecting twins.", "NO_PREGNANCY_FAMILY"),
        ("Sender kontrakten til Storgata 4, 2000 Lillestrøm – stemmer det for den nye vikaren?", "NO_ADDRESS"),
    ],
)
def test_round_17_statements_are_caught(guardrail, text: str, entity: str) -> None:
    assert entity in guardrail.check(text).entity_counts


@pytest.mark.parametrize(
    "text",
    [
        "Intervjuene fortsetter i Kristian Birkelands auditorium etter lunsj.",
        "FORTROLIG\nMal for referansesjekk\nSøker: [NAVN]\nReferanse: [   ]\nVurdering: [   ]",
        "onboarding skal starte 1. mars, han fra IT kommer innom",
    ],
)
def test_round_17_clean_text_passes(guardrail, text: str) -> None:
    assert guardrail.check(text).decision == "pass", guardrail.check(text).to_dict()
