"""The preview card keeps pasted texts in fields of their own: the Tiltak shows the ad as a marker,
the ad has its own multi-line field, and a submit applies both. In /intervju an optional field takes
an interview guide from another process as Inspirasjon, through the same guardrail."""

from __future__ import annotations

from dialogs import messages
from tests.dialogs.samples import ANNONSE, GUIDE, KRAV, valid_fodselsnummer
from tests.teams.card_driver import cards_in, inputs, only_card, press, text_of

SEND, EDIT = messages.text("teams.card.send"), messages.text("teams.card.save_edits")
GUIDE_RULE = "ikke kopier spørsmål som ikke passer kravene"


def _preview(replies) -> dict:
    return next(card for card in cards_in(replies)
                if any(a.get("data", {}).get("aktiv_action") == "send" for a in card.get("actions", [])))


async def test_the_ad_has_its_own_field_and_the_tiltak_shows_its_marker(teams_model_chat):
    card = only_card(await teams_model_chat.say("/annonse " + ANNONSE))
    fields = inputs(card)
    assert fields["input_annonse"] == ANNONSE
    assert "[Stillingsannonse]" in fields["part_tiltak"] and "Vi søker en engasjert" not in fields["part_tiltak"]


async def test_editing_the_tiltak_and_the_ad_on_one_card_sends_both(teams_model_chat, fake_openai):
    card = only_card(await teams_model_chat.say("/annonse " + ANNONSE))
    fields = inputs(card)
    tiltak = fields["part_tiltak"] + "\nSkriv i du-form."
    ad = ANNONSE.replace("fleksibel arbeidstid", "hjemmekontor to dager i uka")
    fake_openai.queue_answer("Forslag.")
    await press(teams_model_chat, card, SEND, part_tiltak=tiltak, input_annonse=ad)
    sent = fake_openai.requests[0].sent_text
    assert "Skriv i du-form." in sent and "hjemmekontor to dager i uka" in sent
    assert "fleksibel arbeidstid" not in sent and sent.count("Vi søker en engasjert rådgiver") == 1
    assert "[Stillingsannonse]" not in sent


async def test_editing_only_the_ad_keeps_the_tiltak_and_the_other_way_round(teams_builder_chat):
    card = only_card(await teams_builder_chat.say("/annonse " + ANNONSE))
    tiltak = inputs(card)["part_tiltak"]
    ad = ANNONSE.replace("Søknadsfrist: 1. mars.", "Søknadsfrist: 15. april.")
    updated = only_card(await press(teams_builder_chat, card, EDIT, input_annonse=ad))
    assert inputs(updated)["input_annonse"] == ad and inputs(updated)["part_tiltak"] == tiltak
    again = only_card(await press(teams_builder_chat, updated, EDIT, part_tiltak=tiltak + "\nMaks fem forslag."))
    assert inputs(again)["input_annonse"] == ad and inputs(again)["part_tiltak"].endswith("Maks fem forslag.")


async def test_a_new_ad_in_its_field_is_read_again_into_the_checklist(teams_builder_chat):
    await teams_builder_chat.say("/intervju " + KRAV)
    card = _preview(await teams_builder_chat.say("rådgiver i HR"))
    new_ad = KRAV + "\n• Førerkort klasse B"
    replies = await press(teams_builder_chat, card, EDIT, input_krav=new_ad)
    preview = _preview(replies)
    assert "Førerkort klasse B" in inputs(preview)["part_tiltak"] and inputs(preview)["input_krav"] == new_ad


async def test_an_interview_guide_in_the_optional_field_becomes_inspiration(teams_model_chat, fake_openai):
    await teams_model_chat.say("/intervju " + KRAV)
    card = _preview(await teams_model_chat.say("rådgiver i HR"))
    assert inputs(card)["input_intervjuguide"] == "" and inputs(card)["part_inspirasjon"] == ""
    updated = _preview(await press(teams_model_chat, card, EDIT, input_intervjuguide=GUIDE))
    fields = inputs(updated)
    assert fields["input_intervjuguide"] == GUIDE
    inspiration = fields["part_inspirasjon"]
    assert "[Intervjuguide fra en annen prosess]" in inspiration and GUIDE_RULE in inspiration
    fake_openai.queue_answer("1. Fortell om en rekruttering.")
    await press(teams_model_chat, updated, SEND)
    sent = fake_openai.requests[0].sent_text
    assert GUIDE in sent and GUIDE_RULE in sent
    assert sent.index("God teknologiforståelse") < sent.index(GUIDE)  # the requirements come first


async def test_emptying_the_guide_field_takes_it_out(teams_builder_chat):
    await teams_builder_chat.say("/intervju " + KRAV)
    card = _preview(await teams_builder_chat.say("rådgiver i HR"))
    with_guide = _preview(await press(teams_builder_chat, card, EDIT, input_intervjuguide=GUIDE))
    without = _preview(await press(teams_builder_chat, with_guide, EDIT, input_intervjuguide=""))
    assert inputs(without)["part_inspirasjon"] == "" and inputs(without)["input_intervjuguide"] == ""


async def test_a_guide_with_personal_data_is_blocked_and_nothing_is_sent(teams_model_chat, fake_openai):
    fnr = valid_fodselsnummer()
    await teams_model_chat.say("/intervju " + KRAV)
    card = _preview(await teams_model_chat.say("rådgiver i HR"))
    replies = await press(teams_model_chat, card, SEND,
                          input_intervjuguide=GUIDE + f"\nKandidat med fødselsnummer {fnr} ble intervjuet.")
    assert fake_openai.requests == []
    blocked = only_card(replies)
    assert "Fødselsnummer" in str(blocked) and fnr not in str(blocked)
    assert messages.text("dialog.blocked_title") in text_of(replies)
