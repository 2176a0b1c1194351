"""The guardrail's "ask" decision in the dialog: one question instead of a stop or a silent pass.

A word that may or may not be a name ("liv", "storm") gets "Er «liv» et navn her?" with
[Ja, fjern det] and [Nei, send]; nothing reaches the model until the user answers, and a
certain finding is never let through by "Nei, send".
"""

from __future__ import annotations

from dialogs import messages
from tests.dialogs.driver import buttons
from tests.dialogs.samples import ANNONSE

UNCERTAIN = "Annonsen er skrevet sammen med liv i HR-avdelingen, hun har vært med på hele prosessen."


async def test_an_uncertain_name_asks_one_question_and_sends_nothing(model_chat, fake_openai):
    await model_chat.say_text("/annonse " + ANNONSE + "\n" + UNCERTAIN)
    replies = await model_chat.say("send")
    asked = "\n".join(r.text for r in replies)
    assert messages.text("dialog.ask_names_title", words="«liv»") in asked
    assert {"Ja, fjern det", "Nei, send"} <= set(buttons(replies[-1]))
    assert fake_openai.requests == []


async def test_no_it_is_not_a_name_sends_the_text_as_it_is(model_chat, fake_openai):
    await model_chat.say_text("/annonse " + ANNONSE + "\n" + UNCERTAIN)
    await model_chat.say_text("send")
    fake_openai.queue_answer("Fem overskrifter.")
    answer = await model_chat.say_text("Nei, send")
    assert "Fem overskrifter." in answer
    assert "liv i HR-avdelingen" in fake_openai.requests[0].sent_text


async def test_yes_remove_it_sends_a_placeholder(model_chat, fake_openai):
    await model_chat.say_text("/annonse " + ANNONSE + "\n" + UNCERTAIN)
    await model_chat.say_text("send")
    await model_chat.say_text("Ja, fjern det")
    sent = fake_openai.requests[0].sent_text
    assert "liv i HR-avdelingen" not in sent and "<PERSON_1> i HR-avdelingen" in sent


async def test_no_it_is_not_a_name_never_lets_a_certain_finding_through(model_chat, fake_openai):
    await model_chat.say_text("/annonse " + ANNONSE + "\nRing meg på 912 34 567.")
    blocked = await model_chat.say_text("send")
    assert messages.text("dialog.blocked_title") in blocked
    reply = await model_chat.say_text("Nei, send")
    assert messages.text("dialog.not_personal_unavailable") in reply
    assert fake_openai.requests == []


async def test_in_a_group_the_question_does_not_repeat_the_word(make_conversation, openai_settings, fake_openai):
    chat = make_conversation(openai_settings.model_copy(update={"storage": "memory"}), conversation_type="channel")
    await chat.say_text("/annonse " + ANNONSE + "\n" + UNCERTAIN)
    asked = await chat.say_text("send")
    assert messages.text("dialog.ask_names_title_group") in asked
    assert "«liv»" not in asked
