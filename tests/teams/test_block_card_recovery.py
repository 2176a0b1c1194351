"""The block card offers the text with the findings already removed, ready to check and send,
and "Fjern kontaktlinjen" in one click (issue 13, item 4)."""

from __future__ import annotations

from dialogs import messages
from tests.dialogs.samples import ANNONSE, valid_fodselsnummer
from tests.teams.card_driver import action, inputs, only_card, press

FNR = valid_fodselsnummer()
CONTACT = "Spørsmål om stillingen kan rettes til seksjonssjef Kari Nordmann, tlf. 912 34 567."


async def _blocked(chat, extra: str) -> dict:
    card = only_card(await chat.say(f"/annonse {ANNONSE}\n{extra}"))
    return only_card(await press(chat, card, messages.text("teams.card.send")))


async def test_the_cards_input_holds_the_text_without_the_findings(teams_model_chat, fake_openai):
    card = await _blocked(teams_model_chat, f"Søkerens fødselsnummer: {FNR}")
    offered = inputs(card)["aktiv_text"]
    assert "[fødselsnummer fjernet]" in offered and FNR not in offered and "Søknadsfrist: 1. mars" in offered
    # Sending the offered text as it is: the prompt goes through with the marker in it.
    fake_openai.queue_answer("Fem overskrifter.")
    preview = only_card(await press(teams_model_chat, card, messages.text("teams.card.use_corrected_text")))
    answer = await press(teams_model_chat, preview, messages.text("teams.card.send"))
    assert "Fem overskrifter." in str(only_card(answer))
    assert FNR not in fake_openai.requests[0].sent_text
    assert "[fødselsnummer fjernet]" in fake_openai.requests[0].sent_text


async def test_fjern_kontaktlinjen_on_the_card(teams_model_chat, fake_openai):
    card = await _blocked(teams_model_chat, CONTACT)
    assert action(card, "Fjern kontaktlinjen")["data"]["aktiv_action"] == "remove_contact"
    preview = only_card(await press(teams_model_chat, card, "Fjern kontaktlinjen"))
    assert "Kari Nordmann" not in str(preview) and "masternivå" in str(preview)
