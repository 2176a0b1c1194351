"""Issue 11, third session (held-out rounds 19–21, written blind): what they taught, as
principles, tested in other words than the sets: an account number's grouping decides between
an account and a D-number, names running on into hyphenated institutions, foundations "til"
someone, abbreviated titles that end no sentence, English words that are names elsewhere,
and questions of what to do if."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # digits valid both as an account and as a D-/H-number: written 4-2-5, an account
        ("Kontonummer: 6345.88.45834", "NO_BANK_ACCOUNT"),
        ("Note from the reference call: Dr. Nowicki's former manager said he was on sick leave.", "PERSON"),
        ("Per Aune har hatt mye kvalme og svimmelhet etter ulykka.", "NO_HEALTH"),
    ],
)
def test_rounds_19_to_21_data_is_caught(guardrail, text: str, entity: str) -> None:
    assert entity in guardrail.check(text).entity_counts


@pytest.mark.parametrize(
    "text",
    [
        "the hiring manager said it is fine, but the external candidate is abroad until may",
        "Elevane kan søkje om støtte frå Fondet til Olav Duun og frå kommunen.",
        "Undervisninga går føre seg i Arne Garborg-huset og på Ivar Aasen-tunet.",
        "Instituttet har fått Fridtjof Nansen-prisen for forsking to gonger.",
        "Kva gjer vi om ein søkjar fortel at ho er sjuk? Vi legg ikkje vekt på det.",
        "Tillitsvalgte i Unio og YS deltar i lønnsforhandlingene ved tilsetting.",
        "Arbeidsavtalen sendes til signering via Signicat.",
    ],
)
def test_rounds_19_to_21_clean_text_passes(guardrail, text: str) -> None:
    assert guardrail.check(text).decision == "pass", guardrail.check(text).to_dict()


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # a letter's address block: the name line above the street, the place in capitals
        ("Kari Nilsen\nBjørnstjerne Bjørnsons gate 4 A\n3044 DRAMMEN\n\nTILBUD OM STILLING", "NO_ADDRESS"),
        ("Ny kokk, opprett henne i lønn:\nNguyen Thi Lan\nStorgata 9, 8006 Bodø\nMobil 97 65 12 08", "PERSON"),
    ],
)
def test_round_22_address_blocks(guardrail, text: str, entity: str) -> None:
    assert entity in guardrail.check(text).entity_counts


@pytest.mark.parametrize(
    "text",
    [
        "har noen malen for sluttsamtale? den gamle er fra 2019",
        "Arbeidssted: Victoria terrasse, Oslo. Søknadsfrist 1. mai.",
        "Kontorstaden for stillinga er Stryn, med reiser i heile fylket.",
        "Kontakt:\nSørlandet Sykehus\nTlf. 38 03 80 00",
    ],
)
def test_round_22_clean_text_passes(guardrail, text: str) -> None:
    assert guardrail.check(text).decision == "pass", guardrail.check(text).to_dict()
