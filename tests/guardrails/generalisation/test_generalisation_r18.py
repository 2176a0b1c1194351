"""Issue 11, third session (held-out round 18, written blind): what it taught, as principles,
tested in other words than the set: meetings are with people, possessives typed in lower case,
rooms moved between, things named with a hyphen, territories, institutions that own an
address, English policy language and English health words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("jeg tar samtalen med siv og dag i morgen, du tar resten", "PERSON"),
        ("okonkwos attester kom i går, kan du sjekke dem?", "PERSON"),
        ("Referansen sa at hun var deltidssykmeldt hele fjoråret, Kari Moe altså.", "NO_HEALTH"),
        ("Per Lund has a hearing aid and asked for captions in the interview.", "NO_HEALTH"),
        ("Hei, Mona Berg ringte. Hun har bekkenløsning og ber om kortere dager.", "NO_HEALTH"),
    ],
)
def test_round_18_statements_are_caught(guardrail, text: str, entity: str) -> None:
    assert entity in guardrail.check(text).entity_counts


@pytest.mark.parametrize(
    "text",
    [
        "vi har et møte med sol og vind på agendaen, klimaprosjektet altså",
        "intervjuet er flyttet fra ibsen til hamsun i 3. etg, ibsen er opptatt hele dagen",
        "chatbot-frida svarer på spørsmål om ferie; frida kan ikke se personalsaker",
        "Stasjonen ligger i Dronning Maud Land og bemannes hele året.",
        "Adresse: Sørlandet sykehus, Egsveien 100, 4615 Kristiansand",
        "No, we cannot reject an applicant because she is pregnant; that is unlawful discrimination.",
    ],
)
def test_round_18_clean_text_passes(guardrail, text: str) -> None:
    assert guardrail.check(text).decision == "pass", guardrail.check(text).to_dict()


def test_a_persons_phone_after_their_workplace_is_still_theirs(guardrail) -> None:
    text = "Referanse: Tone Ulvik, Haukeland universitetssjukehus, tlf. 918 22 406"
    assert "NO_PHONE" in guardrail.check(text).entity_counts


@pytest.mark.parametrize(
    "text",
    [
        # a number after the organisation's own mailbox on its line
        "Spørsmål: post@nokut.no, telefon 21 02 18 00.",
        # a place in brackets after its municipality, the maker of works, a greeting
        "Stillinga er lyst ut i Vestre Toten kommune (Eina) og i Gjøvik.",
        "Samlingen rommer malerier av Harriet Backer og Nikolai Astrup.",
        "Takk for søknaden. Lykke til videre!",
        "Museet registrerer samlingen i Primus.",
    ],
)
def test_round_19_clean_text_passes(guardrail, text: str) -> None:
    assert guardrail.check(text).decision == "pass", guardrail.check(text).to_dict()


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Namn: Berit Aune\nHeimeadresse: Nedre Bakkane 12, 6800 Førde", "NO_ADDRESS"),
        ("Politiattesten til Jon Vik viser eit førelegg frå 2020.", "NO_CRIMINAL"),
        ("Kontakt: kari.nordmann@nav.no, mobil 912 34 567", "NO_PHONE"),
        ("Lykke Hansen kommer til intervju klokka ti.", "PERSON"),
    ],
)
def test_round_19_data_is_caught(guardrail, text: str, entity: str) -> None:
    assert entity in guardrail.check(text).entity_counts


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Husk å kalle inn Sigrid, hun er hovedtillitsvalgt for Fagforbundet.", "NO_UNION"),
        ("Til stades: Per Dahl (plasstillitsvald Fagforbundet) og HR.", "NO_UNION"),
        ("Søkjar nr. 2, Ola Rønning, er sikta i ei sak om svindel.", "NO_CRIMINAL"),
        ("Jonas skal ta ut mødrekvote... nei, fedrekvote fra mars.", "NO_PREGNANCY_FAMILY"),
        ("Eva er sykmeldt pga. svangerskapskvalme, så hun kan ikke lære opp nye ansatte.", "NO_PREGNANCY_FAMILY"),
        ("Mira sin CV nevner ikke fagbrevet.", "PERSON"),
    ],
)
def test_round_20_data_is_caught(guardrail, text: str, entity: str) -> None:
    assert entity in guardrail.check(text).entity_counts


def test_a_policy_word_in_the_terms_own_clause_still_cancels(guardrail) -> None:
    assert guardrail.check("Gravide søkere oppfordres til å søke, uansett stillingsprosent.").decision == "pass"
