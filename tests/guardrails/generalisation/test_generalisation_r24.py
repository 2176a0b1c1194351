"""Issue 11, third session (held-out round 24, written blind and measured last): what it
taught, as principles, tested in other words than the set."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # a name set off by a comma right after the term is the one it is said of
        ("Plasstillitsvald i Delta, Kari Moen, deltek på intervjuet.", "NO_UNION"),
        ("ola sin politiattest kom i dag. kjøring i ruspåvirket tilstand 2022, bot.", "NO_CRIMINAL"),
        # a given name and a word no lexicon knows, before a verb
        ("Lilje Uwimana har søkt via Nav og ønsker arbeidstrening.", "PERSON"),
        # two ordinary words with a role in brackets after them are a person
        ("Referanse for Storm Berge (seniorrådgiver): pålitelig og grundig.", "PERSON"),
    ],
)
def test_round_24_data_is_caught(guardrail, text: str, entity: str) -> None:
    assert entity in guardrail.check(text).entity_counts


@pytest.mark.parametrize(
    "text",
    [
        "Husk å oppdatere «Alma», den interne HR-boten, før ferien.",
        "Mannskap til F/F «Kronprins Haakon» og F/F «Dr. Fridtjof Nansen» søkes.",
        "The position is in Oslo. Working language in the team is English.",
        "Trygg Trafikk og Redd Barna deltar på karrieredagen.",
    ],
)
def test_round_24_clean_text_passes(guardrail, text: str) -> None:
    assert guardrail.check(text).decision == "pass", guardrail.check(text).to_dict()


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Referansar:\n1. Nimmi Rajaratnam, seksjonsleiar, Ahus, mobil 912 33 455", "PERSON"),
        ("knut tar ut fedrepermisjon i mai og venter på MR-svar etter skaden", "NO_PREGNANCY_FAMILY"),
        ("send til post.kari.nordmann@firma.no", "EMAIL_ADDRESS"),
    ],
)
def test_round_25_data_is_caught(guardrail, text: str, entity: str) -> None:
    assert entity in guardrail.check(text).entity_counts


@pytest.mark.parametrize(
    "text",
    [
        "The Norwegian Agency for Development Cooperation (Norad) is looking for a senior adviser.",
        "Intervjua blir i møterom Ibsen i 2. etasje, ikkje i Hamsun som først sagt.",
        "E-post: postmottak.oppvekst@kommune.no, sentralbord 55 55 55 55.",
        "Frå 1. juni flyttar personalavdelinga til Olav Kyrres gate 19.",
    ],
)
def test_round_25_clean_text_passes(guardrail, text: str) -> None:
    assert guardrail.check(text).decision == "pass", guardrail.check(text).to_dict()
