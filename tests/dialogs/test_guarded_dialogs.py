"""The guardrail inside dialogs: blocks, masked findings, the anonymised path, bad input."""

from __future__ import annotations

import pytest

from bot.settings import Settings
from bot.storage.sqlite_storage import SqliteStorage
from dialogs import messages
from guardrails.masking import mask
from tests.dialogs.driver import buttons
from tests.dialogs.samples import ANNONSE, valid_fodselsnummer

FNR = valid_fodselsnummer()


@pytest.mark.parametrize(
    "personal",
    [f"Kandidaten har fødselsnummer {FNR}.", "Send svar til ola.nordmann@example.no.", "Ring meg på 912 34 567."],
)
async def test_blocked_dialog_sends_nothing_to_the_model(model_chat, fake_openai, personal):
    await model_chat.say_text("/annonse " + ANNONSE + "\n" + personal)
    blocked = await model_chat.say_text("send")
    assert messages.text("dialog.blocked_title") in blocked
    assert fake_openai.requests == []
    # The block message never echoes the full value.
    assert FNR not in blocked and "ola.nordmann@example.no" not in blocked and "912 34 567" not in blocked


async def test_block_shows_masked_excerpt_and_corrected_text_goes_through(model_chat, fake_openai):
    await model_chat.say_text(f"/screening {ANNONSE}\nSøkerens fødselsnummer: {FNR}")
    replies = await model_chat.say("send")
    blocked = "\n".join(r.text for r in replies)
    assert "Fødselsnummer" in blocked and mask(FNR) in blocked
    assert messages.text("dialog.blocked_fix_anonymize") not in blocked  # identifiers must be removed by hand
    assert "Send anonymisert" not in buttons(replies[-1])
    replaced = await model_chat.say_text(ANNONSE)  # the user pastes the ad again without the number
    assert messages.text("dialog.blocked_input_replaced", label="Stillingsannonse") in replaced
    fake_openai.queue_answer("Sju spørsmål.")
    assert "Sju spørsmål." in await model_chat.say_text("send")
    assert FNR not in fake_openai.requests[0].sent_text


async def test_send_anonymised_replaces_and_restores_contact_details(model_chat, fake_openai):
    contact = ("Spørsmål om stillingen kan rettes til seksjonssjef Kari Nordmann, tlf. 912 34 567, "
               "kari.nordmann@dss.dep.no.")
    await model_chat.say_text("/annonse " + ANNONSE + "\n" + contact)
    replies = await model_chat.say("send")
    assert "Send anonymisert" in buttons(replies[-1])
    answer = await model_chat.say_text("send anonymisert")
    sent = fake_openai.requests[0].sent_text
    assert "912 34 567" not in sent and "kari.nordmann@dss.dep.no" not in sent and "Kari Nordmann" not in sent
    assert "<TELEFON_1>" in sent and "<EPOST_1>" in sent  # readable names (prompts/messages/model.yaml)
    # The fake model echoes the prompt: the real values come back only in the user's answer.
    assert "912 34 567" in answer
    assert messages.text("dialog.answer_anonymized_note") in answer


async def test_channel_block_shows_types_only(make_conversation, openai_settings, fake_openai):
    chat = make_conversation(openai_settings.model_copy(update={"storage": "memory"}), conversation_type="channel")
    await chat.say_text(f"/annonse {ANNONSE}\nfnr {FNR}")
    blocked = await chat.say_text("send")
    assert "Fødselsnummer" in blocked and mask(FNR) not in blocked and FNR[-2:] not in blocked
    assert fake_openai.requests == []


async def test_too_long_input_is_refused_and_the_draft_kept(model_chat, fake_openai):
    await model_chat.say_text("/annonse " + ANNONSE)
    refused = await model_chat.say_text("x" * 50_000)
    assert "50 000 tegn" in refused and "20 000" in refused
    assert fake_openai.requests == []
    # The preview from before is still the draft: sending it now works.
    fake_openai.queue_answer("Overskrifter.")
    assert "Overskrifter." in await model_chat.say_text("send")
    assert "Søknadsfrist: 1. mars" in fake_openai.requests[0].sent_text
    assert "x" * 100 not in fake_openai.requests[0].sent_text


@pytest.mark.parametrize(
    ("text", "expected_key"),
    [("", "dialog.empty_message"), ("   ", "dialog.empty_message"), ("asdf qwerty", "conversation.unknown")],
)
async def test_empty_and_plain_text(chat, text, expected_key):
    assert messages.text(expected_key) in await chat.say_text(text)


async def test_unknown_command(chat):
    assert await chat.say_text("/lønn") == messages.text("dialog.unknown_command", name="lønn")
    # A near-miss of a command is that command (or "Mente du …?"), never "unknown".
    assert "**Intervjuspørsmål**" in await chat.say_text("/intervjuspm")


async def test_help_and_privacy(chat):
    help_text = await chat.say_text("/HJELP")
    for command in ("/annonse", "/intervju", "/screening", "/oversett", "/personvern", "/avbryt"):
        assert command in help_text
    assert "KI erstatter ikke menneskelig vurdering" in help_text
    assert "fødselsnummer" in await chat.say_text("personvern")


async def test_pasted_ad_gets_the_four_tasks_offered(chat):
    replies = await chat.say(ANNONSE)
    assert replies[-1].text == messages.text("dialog.ad_offer")
    assert buttons(replies[-1]) == ["Annonsetekst", "Intervjuspørsmål", "Screeningspørsmål", "Oversett til nynorsk"]
    preview = await chat.say_text("/screening")  # the button's value
    assert messages.text("dialog.preview_title") in preview
    # The requirements read from the ad go into the prompt, not the ad's pay and deadline.
    assert "Høyere utdanning på masternivå innen HR eller samfunnsfag" in preview and "Søknadsfrist" not in preview


async def test_draft_survives_a_restart(make_conversation, tmp_path):
    path = tmp_path / "state.sqlite3"
    first = make_conversation(Settings(storage=str(path)), storage=SqliteStorage(path))
    await first.say_text("/intervju")
    await first.say_text("Må-krav: god teknologiforståelse")  # no title in it: the role is asked
    # A new bot process: new storage object, new bot, same file and conversation.
    second = make_conversation(Settings(storage=str(path)), storage=SqliteStorage(path))
    preview = await second.say_text("rådgiver i HR")
    assert messages.text("dialog.preview_title") in preview
    assert "rådgiver i HR" in preview and "God teknologiforståelse" in preview
