"""Issue 11, third session (held-out round 23, written blind): what it taught, as principles,
tested in other words than the set: hard-wrapped lines continue a sentence, straight quotes
quote names of things, a place after its label, prizes and venues named after places, the
employer's support desk, same-gender spouses in chat and verbs that are function words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # a sentence wrapped at a line break is one sentence ("han ... fravær\npå grunn av ...")
        ("Referansen om Ola Berg: faglig sterk, men han har hatt en del fravær i perioder\n"
         "på grunn av migrene og har brukt sterke medisiner.", "NO_HEALTH"),
        ("petter sa i lunsjen at han og mannen skal flytte hit til sommeren", "NO_SEXUAL_ORIENTATION"),
        ("sol kommer ikke i dag, hun ringte og er syk", "PERSON"),
    ],
)
def test_round_23_data_is_caught(guardrail, text: str, entity: str) -> None:
    assert entity in guardrail.check(text).entity_counts


@pytest.mark.parametrize(
    "text",
    [
        "The position includes cruises on the research vessels \"Kronprins Haakon\" and \"Dr. Fridtjof Nansen\".",
        "Arbeidssted: Eina, Vestre Toten kommune. Oppstart etter avtale.",
        "Kommunen vann Nynorskprisen og held til ved Aulandhuset.",
        "Stillinga er på Dale, og prisen er oppkalla\netter Aasmund Olavsson Vinje.",
        "ring brukerstøtte på 22 33 44 00 om passordet ikke virker",
        "Utlysinga følgjer kvalifikasjonsprinsippet, jf. statstilsetteloven § 3, og den\n"
        "best kvalifiserte søkjaren skal tilsetjast etter ei samla vurdering av alle.",
        "Unnateke frå innsyn\nINNSTILLING – [stillingstittel], ref. [saksnr.]\nSøkjarar: [tal]",
    ],
)
def test_round_23_clean_text_passes(guardrail, text: str) -> None:
    assert guardrail.check(text).decision == "pass", guardrail.check(text).to_dict()
