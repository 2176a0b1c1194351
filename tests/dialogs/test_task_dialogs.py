"""The four AKTIV tasks end to end through the real bot (TestAdapter), prompt-builder mode."""

from __future__ import annotations

import pytest

from dialogs import messages
from tests.dialogs.samples import ANNONSE, BOKMAL, KRAV

LABELS = ("A – Aktør", "K – Kommando", "T – Tiltak", "I – Inspirasjon", "V – Vurdering")


def assert_preview(text: str) -> None:
    assert messages.text("dialog.preview_title") in text
    for label in LABELS:
        assert f"**{label}:**" in text


async def test_intervju_asks_only_for_what_is_missing(chat):
    started = await chat.say_text("/intervju " + KRAV)
    # The requirements came inline, the number of questions has a default: only the role is asked.
    assert "Hvilken stilling" in started
    preview = await chat.say_text("rådgiver i seksjon for rekruttering")
    assert_preview(preview)
    assert "Lag en intervjuguide med 10–15 intervjuspørsmål" in preview and "45 minutter" in preview
    assert "SAR-spørsmål" in preview and "må-krav" in preview
    assert "God teknologiforståelse" in preview
    answer = await chat.say_text("send")
    assert messages.text("dialog.prompt_builder_title") in answer
    assert "KI erstatter ikke menneskelig vurdering" in answer
    assert "rådgiver i seksjon for rekruttering" in answer and "tidsplan" in answer


@pytest.mark.parametrize(
    ("command", "inline", "expected_in_prompt"),
    [
        ("/annonse", ANNONSE, ["fengende overskrift", "flere eksempler", "Søknadsfrist: 1. mars"]),
        ("/screening", ANNONSE, ["5–9 gode, kortfattede screeningspørsmål", "tydelig vise om de dekker kravene"]),
        ("/oversett", BOKMAL, ["moderat nynorsk", "Vær konsekvent", BOKMAL]),
    ],
)
async def test_task_with_inline_text_goes_straight_to_preview(chat, command, inline, expected_in_prompt):
    preview = await chat.say_text(f"{command} {inline}")
    assert_preview(preview)
    answer = await chat.say_text("Send")
    for fragment in expected_in_prompt:
        assert fragment in answer
    assert "Vurder ditt eget svar" in answer  # Vurdering is on by default


async def test_task_without_inline_text_asks_for_it(chat):
    asked = await chat.say_text("screening")
    assert "Lim inn stillingsannonsen" in asked
    empty = await chat.say_text("   ")
    assert "Jeg trenger litt tekst her" in empty
    assert_preview(await chat.say_text(ANNONSE))


async def test_edit_a_part_and_add_an_inspiration_example(chat):
    await chat.say_text("/annonse " + ANNONSE)
    asked = await chat.say_text("endre aktør")
    assert "Skriv ny tekst for **A – Aktør**" in asked
    preview = await chat.say_text("Du er kommunikasjonsrådgiver i et direktorat.")
    assert "**A – Aktør:** Du er kommunikasjonsrådgiver i et direktorat." in preview
    asked = await chat.say_text("legg til eksempel")
    assert "I – Inspirasjon" in asked
    preview = await chat.say_text("Overskrifter vi likte: «Bli med og forme framtidas staten».")
    lead_in = messages.text("dialog.example_lead_in")
    assert f"**I – Inspirasjon:** {lead_in}\nOverskrifter vi likte" in preview
    which = await chat.say_text("endre")
    assert messages.text("dialog.choose_part") in which
    asked = await chat.say_text("vurdering")
    assert "V – Vurdering" in asked
    preview = await chat.say_text("tom")
    assert "**V – Vurdering:** _(tom" in preview
    answer = await chat.say_text("send")
    assert "kommunikasjonsrådgiver i et direktorat" in answer and "Vurder ditt eget svar" not in answer


async def test_card_submit_edits_parts_and_ignores_unknown_fields(chat):
    await chat.say_text("/screening " + ANNONSE)
    preview = await chat.say_text(value={"parts": {"kommando": "Lag 7 screeningspørsmål.", "bogus": "x"},
                                        "unknown_field": 42})
    assert "**K – Kommando:** Lag 7 screeningspørsmål." in preview
    answer = await chat.say_text(value={"aktiv_action": "send", "extra": {"nested": True}})
    assert "Lag 7 screeningspørsmål." in answer


async def test_cancel_mid_dialog_and_nothing_to_cancel(chat):
    await chat.say_text("/intervju")
    assert await chat.say_text("/avbryt") == messages.text("dialog.cancelled")
    # The dialog is gone: "send" is no longer a step in it.
    after = await chat.say_text("send")
    assert messages.text("conversation.unknown") in after
    assert await chat.say_text("AVBRYT") == messages.text("dialog.nothing_to_cancel")


async def test_new_round_and_done(chat):
    await chat.say_text("/screening " + ANNONSE)
    await chat.say_text("send")
    again = await chat.say_text("ny runde")
    # A new round is on the same draft: the ad stays, nothing is asked again.
    assert messages.text("conversation.new_round_same", title="Screeningspørsmål") in again
    assert "masternivå" in again and "Lim inn stillingsannonsen" not in again
    assert "masternivå" in await chat.say_text("send")
    assert messages.text("dialog.finished") in await chat.say_text("ferdig")


async def test_improve_needs_a_model_in_prompt_builder_mode(chat):
    await chat.say_text("/annonse " + ANNONSE)
    await chat.say_text("send")
    assert messages.text("dialog.followup_needs_model") in await chat.say_text("forbedre")




def test_a_command_action_without_handler_stops_start_up(guardrail):
    from dataclasses import replace

    from botbuilder.core import ConversationState, MemoryStorage

    from bot.teams.aktiv_bot import AktivBot
    from dialogs.task_definition import Command, load_library

    library = load_library()
    broken = replace(library, commands=(*library.commands, Command(name="ukjent", description="x", action="nope")))
    with pytest.raises(ValueError, match="no handler for action.*nope"):
        AktivBot(ConversationState(MemoryStorage()), broken, model=None, translator=None, max_input_chars=100)
    # The shipped commands all have handlers (the HR-network ones are passed in by composition).
    from bot.composition import build_components
    from bot.settings import Settings

    build_components(Settings(storage="memory"), guardrail=guardrail)


async def test_help_shows_admin_commands_to_admins_only(make_conversation):
    from bot.settings import Settings as _Settings

    admins = _Settings(storage="memory", admins=("someone-else",))
    user_help = await make_conversation(admins).say_text("/hjelp")
    assert "/statistikk" not in user_help and "/intervju" in user_help
    local_help = await make_conversation(_Settings(storage="memory")).say_text("/hjelp")  # local mode: admin
    assert "/statistikk" in local_help
