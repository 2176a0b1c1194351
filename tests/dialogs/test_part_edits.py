"""Editing a part never loses what the user pasted: markers, kept inputs, card edits,
and the inspiration example's lead-in (prompt-builder mode, the real bot)."""

from __future__ import annotations

import pytest

from dialogs import messages
from tests.dialogs.samples import ANNONSE, BOKMAL, KRAV, valid_fodselsnummer

AD_LINE = "Søknadsfrist: 1. mars."  # the ad's last line: is the ad in the prompt, and how often?
MARKER_NOTE = messages.text("dialog.edit_part_markers", markers="[Stillingsannonse]")
KEPT_NOTE = messages.text("dialog.part_kept", labels="«Stillingsannonse»")
LEAD_IN = messages.text("dialog.example_lead_in")


def prompt_of(answer: str) -> str:
    """The finished prompt in a prompt-builder reply (between its title and its note)."""
    after_title = answer.split(messages.text("dialog.prompt_builder_title"), 1)[1]
    return after_title.split(messages.text("dialog.prompt_builder_note"), 1)[0]


async def test_edit_view_shows_the_ad_as_a_marker_with_a_note(chat):
    await chat.say_text("/annonse " + ANNONSE)
    asked = await chat.say_text("endre tiltak")
    assert "Skriv ny tekst for **T – Tiltak**" in asked
    assert "Stillingsannonsen:\n[Stillingsannonse]" in asked
    assert MARKER_NOTE in asked
    assert AD_LINE not in asked  # the marker stands in for the ad; it is not copied out for retyping


async def test_editing_tiltak_without_the_marker_keeps_the_ad(chat):
    await chat.say_text("/annonse " + ANNONSE)
    await chat.say_text("endre tiltak")
    updated = await chat.say_text("Gi tre forslag til overskrift, og si hva som kan bli klarere.")
    assert messages.text("dialog.part_updated", label="T – Tiltak") in updated
    assert KEPT_NOTE in updated
    assert "**T – Tiltak:** Gi tre forslag til overskrift, og si hva som kan bli klarere.\n\nStillingsannonse:\n" \
        "Rådgiver i seksjon for rekruttering" in updated
    prompt = prompt_of(await chat.say_text("send"))
    assert "Gi tre forslag til overskrift" in prompt
    assert prompt.count(AD_LINE) == 1
    assert "Gi minst fem forslag" not in prompt  # the user's text replaced the task's


@pytest.mark.parametrize("marker", ["[Stillingsannonse]", "[ stillingsannonse ]", "{annonse}"])
async def test_editing_tiltak_with_the_marker_fills_it_once(chat, marker):
    await chat.say_text("/screening " + ANNONSE)
    await chat.say_text("endre tiltak")
    updated = await chat.say_text(f"Bruk bare kravene i denne annonsen:\n{marker}\nSvarform: ja/nei.")
    assert KEPT_NOTE not in updated
    prompt = prompt_of(await chat.say_text("send"))
    assert "Bruk bare kravene i denne annonsen:\nRådgiver i seksjon for rekruttering" in prompt
    assert prompt.count(AD_LINE) == 1
    assert "[Stillingsannonse]" not in prompt and "{annonse}" not in prompt
    assert prompt.index(AD_LINE) < prompt.index("Svarform: ja/nei.")  # filled where the marker stood


async def test_the_marker_survives_a_second_edit(chat):
    await chat.say_text("/annonse " + ANNONSE)
    await chat.say_text("endre tiltak")
    await chat.say_text("Gi tre forslag.")  # the ad is put back under its label
    asked = await chat.say_text("endre tiltak")
    assert "Gi tre forslag.\n\nStillingsannonse:\n[Stillingsannonse]" in asked and MARKER_NOTE in asked


async def test_clearing_tiltak_keeps_the_ad(chat):
    await chat.say_text("/annonse " + ANNONSE)
    await chat.say_text("endre tiltak")
    updated = await chat.say_text("tom")
    assert KEPT_NOTE in updated
    prompt = prompt_of(await chat.say_text("send"))
    assert prompt.count(AD_LINE) == 1 and "Gi minst fem forslag" not in prompt


async def test_short_inputs_are_shown_filled_in_and_may_be_rewritten(chat):
    await chat.say_text("/intervju " + KRAV)
    await chat.say_text("rådgiver i seksjon for rekruttering")
    asked = await chat.say_text("endre kommando")
    assert "Lag en intervjuguide med 10–15 intervjuspørsmål og en tidsplan for et intervju på 45 minutter." in asked
    assert "[Antall spørsmål]" not in asked and messages.text("dialog.edit_part_clear") in asked
    updated = await chat.say_text("Lag 12 intervjuspørsmål.")
    assert "var ikke med i den nye teksten" not in updated  # a default the user replaced is not put back
    prompt = prompt_of(await chat.say_text("send"))
    assert "Lag 12 intervjuspørsmål." in prompt and "10–15" not in prompt


async def test_requirements_and_the_machine_draft_are_markers_too(chat):
    await chat.say_text("/intervju " + KRAV)
    await chat.say_text("rådgiver i seksjon for rekruttering")
    assert "[Kravliste]" in await chat.say_text("endre tiltak")  # the checklist read from the requirements
    await chat.say_text("avbryt")
    await chat.say_text("/oversett " + BOKMAL)
    asked = await chat.say_text("endre tiltak")
    assert "Teksten på bokmål:\n[Tekst på bokmål]" in asked and "\n[Maskinutkast]" in asked
    assert messages.text("dialog.edit_part_markers", markers=messages.text(
        "dialog.list_and", first="[Tekst på bokmål]", last="[Maskinutkast]")) in asked
    updated = await chat.say_text("Etterarbeid utkastet til moderat nynorsk.")
    assert messages.text("dialog.part_kept", labels="«Tekst på bokmål» og «Maskinutkast»") in updated
    prompt = prompt_of(await chat.say_text("send"))
    assert prompt.count(BOKMAL) == 1


async def test_an_edited_part_follows_a_corrected_input(chat):
    fnr = valid_fodselsnummer()
    await chat.say_text(f"/screening {ANNONSE}\nSøkerens fødselsnummer: {fnr}")
    await chat.say_text("endre tiltak")
    await chat.say_text("Bruk bare kravene:\n[Stillingsannonse]")
    assert messages.text("dialog.blocked_title") in await chat.say_text("send")
    replaced = await chat.say_text(ANNONSE)  # the ad again, without the number
    assert messages.text("dialog.blocked_input_replaced", label="Stillingsannonse") in replaced
    prompt = prompt_of(await chat.say_text("send"))
    assert "Bruk bare kravene:\nRådgiver i seksjon for rekruttering" in prompt and fnr not in prompt


# --- card submits: the card shows the parts filled in and sends all five back -------------------
async def _card_preview(chat) -> str:
    # /annonse: its Tiltak holds the whole ad (screening and intervju hold the requirements read from it).
    preview = await chat.say_text("/annonse " + ANNONSE)
    return preview.split("**T – Tiltak:** ", 1)[1].split("\n\n**I – Inspirasjon", 1)[0]


async def test_card_edit_that_drops_the_ad_keeps_it_and_shows_the_preview_instead_of_sending(chat):
    await _card_preview(chat)
    replies = await chat.say_text(value={"aktiv_action": "send", "parts": {"tiltak": "Lag korte spørsmål."}})
    assert KEPT_NOTE in replies
    assert messages.text("dialog.preview_title") in replies
    assert messages.text("dialog.prompt_builder_title") not in replies  # not sent: the prompt changed
    assert "**T – Tiltak:** Lag korte spørsmål.\n\nStillingsannonse:\nRådgiver i seksjon" in replies
    prompt = prompt_of(await chat.say_text("send"))
    assert prompt.count(AD_LINE) == 1


async def test_card_edit_around_the_ad_keeps_it_once(chat):
    tiltak = await _card_preview(chat)
    edited = tiltak.replace("Gi minst fem", "Gi minst seks")
    answer = await chat.say_text(value={"aktiv_action": "send", "parts": {"tiltak": edited}})
    assert KEPT_NOTE not in answer
    prompt = prompt_of(answer)
    assert "Gi minst seks" in prompt and prompt.count(AD_LINE) == 1


async def test_card_edit_inside_the_ad_is_taken_as_written(chat):
    tiltak = await _card_preview(chat)
    edited = tiltak.replace("Søknadsfrist: 1. mars.", "Søknadsfrist: 15. mars.")
    answer = await chat.say_text(value={"aktiv_action": "send", "parts": {"tiltak": edited}})
    assert KEPT_NOTE not in answer
    prompt = prompt_of(answer)
    assert "Søknadsfrist: 15. mars." in prompt and AD_LINE not in prompt


# --- inspiration --------------------------------------------------------------------------------
async def test_empty_inspiration_asks_for_an_example(chat):
    await chat.say_text("/screening " + ANNONSE)
    asked = await chat.say_text("legg til eksempel")
    assert asked == messages.text("dialog.edit_example_empty", label="I – Inspirasjon")  # not "Nå står det: –"


async def test_example_gets_a_lead_in_once(chat):
    await chat.say_text("/screening " + ANNONSE)
    await chat.say_text("legg til eksempel")
    await chat.say_text("Har du en fullført bachelorgrad innen HR? (ja/nei)")
    prompt = prompt_of(await chat.say_text("send"))
    assert f"{LEAD_IN}\nHar du en fullført bachelorgrad innen HR? (ja/nei)" in prompt
    await chat.say_text("endre")
    asked = await chat.say_text("inspirasjon")
    assert f"{LEAD_IN}\nHar du" in asked
    await chat.say_text(f"{LEAD_IN}\nHar du erfaring med kandidatsøk? (ja/nei)")  # kept as it was shown
    prompt = prompt_of(await chat.say_text("send"))
    assert prompt.count(LEAD_IN) == 1 and "kandidatsøk? (ja/nei)" in prompt


@pytest.mark.parametrize("example", ["Eksempel: Har du førerkort klasse B? (ja/nei)",
                                     "Her er et eksempel vi likte: Har du førerkort klasse B?"])
async def test_example_with_its_own_lead_in_is_left_alone(chat, example):
    await chat.say_text("/screening " + ANNONSE)
    await chat.say_text("legg til eksempel")
    preview = await chat.say_text(example)
    assert f"**I – Inspirasjon:** {example}" in preview and LEAD_IN not in preview
