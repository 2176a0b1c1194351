"""Every Action.Submit on every card, pressed in a dialog the way Teams sends it."""

from __future__ import annotations

import pytest

from dialogs import messages
from dialogs.task_definition import load_library
from tests.dialogs.samples import KRAV, valid_fodselsnummer
from tests.teams.card_driver import action, actions, inputs, only_card, press, text_of, walk


def T(key: str) -> str:  # a button's title
    return messages.text(f"teams.card.{key}")


async def _preview(chat) -> dict:
    await chat.say("/intervju " + KRAV)
    return only_card(await chat.say("rådgiver i HR"))


async def _answer(chat, fake_openai, text="1. Fortell om en rekruttering du er stolt av.") -> tuple[dict, list]:
    fake_openai.queue_answer(text)
    replies = await press(chat, await _preview(chat), T("send"))
    return only_card(replies), replies


async def _blocked(chat, *, anonymizable: bool) -> dict:
    await chat.say("/intervju " + KRAV)
    detail = "Kari Nordmann" if anonymizable else f"fødselsnummer {valid_fodselsnummer()}"
    card = only_card(await chat.say(f"rådgiver i HR, rapporterer til {detail}"))
    return only_card(await press(chat, card, T("send")))


# --- preview ------------------------------------------------------------------------------
async def test_preview_card_shows_five_labelled_editable_parts(teams_model_chat):
    card = await _preview(teams_model_chat)
    fields = inputs(card)
    # The five parts, the pasted requirements and the optional interview guide, each in its own field.
    assert sorted(fields) == ["input_intervjuguide", "input_krav", "part_aktor", "part_inspirasjon", "part_kommando",
                              "part_tiltak", "part_vurdering"]
    assert "rådgiver i HR" in fields["part_aktor"] and "God teknologiforståelse" in fields["part_tiltak"]
    assert fields["input_krav"] == KRAV.strip() and fields["input_intervjuguide"] == ""
    labels = [e["label"] for e in walk(card["body"]) if e.get("type") == "Input.Text"]
    assert labels == ["A – Aktør", "K – Kommando", "T – Tiltak", "Krav", "I – Inspirasjon",
                      "Intervjuguide fra en annen prosess", "V – Vurdering"]
    assert [a["title"] for a in actions(card)] == [T("send"), T("save_edits"), T("cancel")]


async def test_preview_send_sends_the_prompt_unchanged(teams_model_chat, fake_openai):
    card, replies = await _answer(teams_model_chat, fake_openai)
    assert len(fake_openai.requests) == 1
    assert "God teknologiforståelse" in fake_openai.requests[0].sent_text
    assert "Fortell om en rekruttering du er stolt av." in text_of(replies)


async def test_preview_send_with_an_edited_part_sends_the_edit(teams_model_chat, fake_openai):
    card = await _preview(teams_model_chat)
    await press(teams_model_chat, card, T("send"), part_inspirasjon="Bruk et eksempel fra NAV.")
    assert "Bruk et eksempel fra NAV." in fake_openai.requests[0].sent_text


async def test_preview_endre_with_a_change_shows_the_updated_preview(teams_model_chat, fake_openai):
    card = await _preview(teams_model_chat)
    updated = only_card(await press(teams_model_chat, card, T("save_edits"),
                                    part_kommando="Lag 12 intervjuspørsmål.\r\nMed tidsplan."))
    assert inputs(updated)["part_kommando"] == "Lag 12 intervjuspørsmål.\nMed tidsplan."
    assert inputs(updated)["part_tiltak"] == inputs(card)["part_tiltak"]
    assert fake_openai.requests == []


async def test_preview_endre_without_change_asks_which_part(teams_model_chat):
    card = await _preview(teams_model_chat)
    replies = await press(teams_model_chat, card, T("save_edits"))
    assert messages.text("dialog.choose_part") in text_of(replies)


async def test_preview_avbryt_cancels(teams_model_chat, fake_openai):
    card = await _preview(teams_model_chat)
    assert messages.text("dialog.cancelled") in text_of(await press(teams_model_chat, card, T("cancel")))
    assert messages.text("dialog.nothing_to_cancel") in text_of(await teams_model_chat.say("/avbryt"))
    assert fake_openai.requests == []


# --- block message ------------------------------------------------------------------------
@pytest.mark.parametrize("conversation_type, shows_excerpt", [("personal", True), ("groupChat", False),
                                                              ("channel", False)])
async def test_block_card_masks_findings_and_hides_them_in_groups(make_teams_conversation, openai_settings,
                                                                  fake_openai, conversation_type, shows_excerpt):
    chat = make_teams_conversation(openai_settings.model_copy(update={"storage": "memory"}),
                                   conversation_type=conversation_type)
    fnr = valid_fodselsnummer()
    card = await _blocked(chat, anonymizable=False)
    rendered = str(card)
    assert fnr not in rendered and fake_openai.requests == []
    assert "Fødselsnummer" in rendered
    assert (fnr[:2] in rendered.split("Fødselsnummer", 1)[1][:40]) is shows_excerpt
    assert (T("blocked_types_only_note") in rendered) is (not shows_excerpt)
    titles = [a["title"] for a in actions(card)]
    assert T("send_anonymized") not in titles and T("use_corrected_text") in titles


async def test_block_use_corrected_text_replaces_the_input(teams_model_chat, fake_openai):
    card = await _blocked(teams_model_chat, anonymizable=False)
    replies = await press(teams_model_chat, card, T("use_corrected_text"), aktiv_text="rådgiver i HR")
    preview = only_card(replies)
    assert messages.text("dialog.blocked_input_replaced", label="Stilling") in text_of(replies)
    assert "fødselsnummer" not in inputs(preview)["part_aktor"]


async def test_block_send_anonymized_sends_placeholders(teams_model_chat, fake_openai):
    card = await _blocked(teams_model_chat, anonymizable=True)
    assert T("send_anonymized") in [a["title"] for a in actions(card)]
    replies = await press(teams_model_chat, card, T("send_anonymized"))
    assert "Nordmann" not in fake_openai.requests[0].sent_text
    answer = only_card(replies)
    assert messages.text("dialog.answer_anonymized_note") in str(answer)


async def test_block_endre_prompt_asks_which_part(teams_model_chat):
    card = await _blocked(teams_model_chat, anonymizable=False)
    assert messages.text("dialog.choose_part") in text_of(await press(teams_model_chat, card, T("edit_prompt")))


async def test_block_avbryt_cancels(teams_model_chat):
    card = await _blocked(teams_model_chat, anonymizable=False)
    assert messages.text("dialog.cancelled") in text_of(await press(teams_model_chat, card, T("cancel")))


# --- answer -------------------------------------------------------------------------------
def code_blocks(card: dict) -> list[str]:
    return [e["codeSnippet"] for e in walk(card) if e.get("type") == "CodeBlock"]


async def test_answer_card_has_draft_label_follow_ups_and_a_copyable_code_block(teams_model_chat, fake_openai):
    card, replies = await _answer(teams_model_chat, fake_openai)
    assert messages.text("dialog.answer_draft_label") in str(card)
    shown = action(card, T("copy_text"))
    # The button opens Teams' CodeBlock (its own Copy button copies); no input pretends to be a copy.
    assert shown["type"] == "Action.ShowCard" and inputs(shown["card"]) == {}
    assert code_blocks(shown["card"]) == ["1. Fortell om en rekruttering du er stolt av."]
    assert replies[-1].text.endswith("1. Fortell om en rekruttering du er stolt av.")


@pytest.mark.parametrize("button, followup_key", [("improve", "dialog.followup_improve"),
                                                  ("shorter", "dialog.followup_shorter")])
async def test_answer_forbedre_and_kortere_send_a_follow_up(teams_model_chat, fake_openai, button, followup_key):
    card, _ = await _answer(teams_model_chat, fake_openai)
    fake_openai.queue_answer("Ny versjon.")
    replies = await press(teams_model_chat, card, T(button))
    assert "Ny versjon." in text_of(replies)
    assert messages.text(followup_key) in fake_openai.requests[1].sent_text
    assert "Fortell om en rekruttering du er stolt av." in fake_openai.requests[1].sent_text


async def test_answer_ny_runde_starts_again(teams_model_chat, fake_openai):
    card, _ = await _answer(teams_model_chat, fake_openai)
    requests = len(fake_openai.requests)
    fake_openai.queue_answer("Nye forslag.")
    replies = await press(teams_model_chat, card, T("new_round"))
    # New suggestions on the same draft: sent again at once, nothing asked again.
    assert len(fake_openai.requests) == requests + 1
    assert "Nye forslag." in str(only_card(replies))


async def test_answer_ferdig_ends_the_dialog(teams_model_chat, fake_openai):
    card, _ = await _answer(teams_model_chat, fake_openai)
    assert [a["title"] for a in actions(card)] == [T("improve"), T("shorter"), T("new_round"), T("copy_text"),
                                                   T("done")]
    assert messages.text("dialog.finished") in text_of(await press(teams_model_chat, card, T("done")))
    assert messages.text("dialog.nothing_to_cancel") in text_of(await teams_model_chat.say("/avbryt"))


# --- finished prompt (no model) -----------------------------------------------------------
@pytest.mark.parametrize("button, expected", [("edit_prompt", "dialog.choose_part"),
                                              ("new_round", None), ("done", "dialog.finished")])
async def test_prompt_builder_card_buttons(teams_builder_chat, button, expected):
    card = await _preview(teams_builder_chat)
    built = only_card(await press(teams_builder_chat, card, T("send")))
    # The prompt is the card's CodeBlock (Teams' Copy button); no "Kopier tekst" button that cannot copy.
    [prompt] = code_blocks(built)
    assert prompt.count("rådgiver i HR") == 1 and "God teknologiforståelse" in prompt and "```" not in prompt
    assert [a["title"] for a in actions(built)] == [T("edit_prompt"), T("new_round"), T("done")]
    replies = await press(teams_builder_chat, built, T(button))
    if expected:
        assert messages.text(expected) in text_of(replies)
    else:
        assert "på samme utkast" in text_of(replies)


async def test_anonymised_prompt_keeps_placeholders_visible_in_teams_text(teams_builder_chat):
    # As Teams markdown, "<PERSON_1>" could be read as an HTML tag and dropped; a CodeBlock shows
    # it as it is, and its Copy button copies the prompt without any fence.
    blocked = await _blocked(teams_builder_chat, anonymizable=True)
    replies = await press(teams_builder_chat, blocked, T("send_anonymized"))
    [prompt] = code_blocks(only_card(replies))
    assert "<PERSON_1>" in prompt and "Nordmann" not in prompt and "```" not in prompt
    assert "Nordmann" not in text_of(replies)


# --- /hjelp ---------------------------------------------------------------------------------
async def test_help_card_lists_commands_and_three_rules(teams_builder_chat):
    card = only_card(await teams_builder_chat.say("/hjelp"))
    facts = [fact["title"] for e in walk(card["body"]) if e.get("type") == "FactSet" for fact in e["facts"]]
    assert facts == [f"/{c.name}" for c in load_library().commands]
    assert facts[:4] == ["/annonse", "/intervju", "/screening", "/oversett"] and "/hjelp" in facts
    for rule in ("help_rule_1", "help_rule_2", "help_rule_3"):
        assert T(rule) in str(card)


@pytest.mark.parametrize("title, expected_question", [
    ("Intervjuspørsmål", "Lim inn stillingsannonsen eller kvalifikasjonskravene"),
    ("Screeningspørsmål", None),
    ("Annonsetekst", None),
    ("Oversett til nynorsk", None),
])
async def test_help_card_task_buttons_start_the_task(teams_builder_chat, title, expected_question):
    card = only_card(await teams_builder_chat.say("/hjelp"))
    replies = await press(teams_builder_chat, card, title)
    assert f"**{title}**" in text_of(replies)
    if expected_question:
        assert expected_question in text_of(replies)
