"""Dialogs with a model: the real openai client against the fake OpenAI-compatible server."""

from __future__ import annotations

from dialogs import messages
from tests.dialogs.samples import ANNONSE, KRAV


async def test_answer_is_a_draft_with_follow_ups(model_chat, fake_openai):
    fake_openai.queue_answer("1. Fortell om en gang du rekrutterte under tidspress.")
    await model_chat.say_text("/intervju " + KRAV)
    await model_chat.say_text("rådgiver i HR")
    answer = await model_chat.say_text("send")
    assert "Fortell om en gang du rekrutterte under tidspress." in answer
    assert "KI erstatter ikke menneskelig vurdering" in answer
    assert len(fake_openai.requests) == 1
    sent = fake_openai.requests[0]
    assert sent.messages[0]["role"] == "system"
    assert "vurderer, rangerer eller sorterer aldri" in sent.messages[0]["content"]
    assert "God teknologiforståelse" in sent.sent_text

    fake_openai.queue_answer("Kortere versjon.")
    shorter = await model_chat.say_text("kortere")
    assert "Kortere versjon." in shorter
    followup = fake_openai.requests[1].sent_text
    assert "Fortell om en gang du rekrutterte under tidspress." in followup  # the previous answer
    assert messages.text("dialog.followup_shorter") in followup

    fake_openai.queue_answer("Forbedret versjon.")
    assert "Forbedret versjon." in await model_chat.say_text("forbedre")
    assert messages.text("dialog.followup_improve") in fake_openai.requests[2].sent_text


async def test_model_error_keeps_the_draft_and_retry_resends(model_chat, fake_openai):
    await model_chat.say_text("/screening " + ANNONSE)
    await model_chat.say_text("endre kommando")
    await model_chat.say_text("Lag 6 screeningspørsmål.")
    fake_openai.fail_next(status=500)
    failed = await model_chat.say_text("send")
    assert messages.text("model.server_error") in failed
    assert messages.text("dialog.failed_actions") in failed
    fake_openai.fail_next(status=429, retry_after=20)
    busy = await model_chat.say_text("prøv igjen")
    assert "20" in busy and "opptatt" in busy
    fake_openai.queue_answer("Her er seks spørsmål.")
    answer = await model_chat.say_text("prøv igjen")
    assert "Her er seks spørsmål." in answer
    # The user's edit survived both failures and went out on the retry.
    assert "Lag 6 screeningspørsmål." in fake_openai.requests[-1].sent_text
    assert len(fake_openai.requests) == 3


async def test_model_timeout_is_reported_in_norwegian(make_conversation, openai_settings, fake_openai):
    chat = make_conversation(openai_settings.model_copy(update={"storage": "memory", "model_timeout_seconds": 0.5}))
    await chat.say_text("/annonse " + ANNONSE)
    fake_openai.delay_next(3)
    timed_out = await chat.say_text("send")
    assert messages.text("model.timeout") in timed_out
    fake_openai.queue_answer("Fem overskrifter.")
    assert "Fem overskrifter." in await chat.say_text("prøv igjen")


async def test_oversett_sends_apertium_draft_for_post_editing(model_chat, fake_openai):
    from bot.model.apertium import ApertiumTranslator

    fake_openai.queue_answer("Vi søkjer ein engasjert rådgivar.")
    preview = await model_chat.say_text("/oversett Vi søker en engasjert rådgiver.")
    answer = await model_chat.say_text("send")
    assert "Vi søkjer ein engasjert rådgivar." in answer
    if ApertiumTranslator().available():
        assert "Vi søker ein engasjert rådgivar." in preview  # Apertium's draft, made moderate, is in the prompt
        assert "etterarbeidet fra Apertiums maskinutkast" in answer
        assert "Maskinutkast (Apertium)" in fake_openai.requests[0].sent_text
    else:
        assert messages.text("dialog.no_apertium") in preview
