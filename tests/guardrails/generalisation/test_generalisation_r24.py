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
