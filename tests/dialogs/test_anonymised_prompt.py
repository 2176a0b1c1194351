"""Send anonymised without a model: the finished prompt keeps its placeholders, so the reply
says so and, in a 1:1 chat only, gives a key of placeholders to *masked* values."""

from __future__ import annotations

import logging

from botbuilder.core import MemoryStorage

from bot.settings import Settings
from dialogs import messages
from guardrails.masking import mask
from tests.dialogs.samples import ANNONSE

NAME, PHONE, EMAIL = "Kari Nordmann", "912 34 567", "kari.nordmann@dss.dep.no"
CONTACT = f"Spørsmål om stillingen kan rettes til seksjonssjef {NAME}, tlf. {PHONE}, {EMAIL}."


async def _send_anonymised(chat) -> str:
    await chat.say_text("/annonse " + ANNONSE + "\n" + CONTACT)
    blocked = await chat.say_text("send")
    assert messages.text("dialog.blocked_fix_anonymize_prompt_builder") in blocked  # no promise of restoring
    assert messages.text("dialog.blocked_fix_anonymize") not in blocked
    return await chat.say_text("send anonymisert")


async def test_prompt_builder_reply_explains_placeholders_and_gives_a_masked_key(make_conversation, caplog):
    storage = MemoryStorage()
    chat = make_conversation(Settings(storage="memory"), storage=storage)
    caplog.set_level(logging.DEBUG)
    answer = await _send_anonymised(chat)
    assert messages.text("dialog.prompt_builder_title") in answer
    assert "seksjonssjef <PERSON_1>, tlf. <TELEFON_1>, <EPOST_1>." in answer  # readable placeholder names
    assert "<NO_PHONE" not in answer and "<EMAIL_ADDRESS" not in answer
    assert messages.text("dialog.prompt_builder_anonymized") in answer
    assert messages.text("dialog.prompt_builder_placeholder_key") in answer
    for placeholder, value in (("<PERSON_1>", NAME), ("<TELEFON_1>", PHONE), ("<EPOST_1>", EMAIL)):
        line = "- " + messages.text("dialog.prompt_builder_placeholder_line", placeholder=placeholder,
                                    excerpt=mask(value))
        assert line in answer
    # The prompt stands alone in a code block, so copying it does not take the key along.
    fence_start = answer.index("```")
    fence_end = answer.index("```", fence_start + 3)
    prompt_block = answer[fence_start:fence_end]
    assert "<PERSON_1>" in prompt_block and mask(NAME) not in prompt_block
    assert messages.text("dialog.prompt_builder_placeholder_key") in answer[fence_end:]
    # Never the full value in the reply, and the key is neither stored nor logged.
    assert NAME not in answer and PHONE not in answer and EMAIL not in answer
    stored = str(storage.memory)
    assert mask(NAME) not in stored and mask(PHONE) not in stored and "<TELEFON_1>" not in stored
    logged = "\n".join(record.getMessage() + " " + str(record.__dict__) for record in caplog.records)
    assert mask(NAME) not in logged and "Nordmann" not in logged and "<TELEFON_1>" not in logged


async def test_group_chat_gets_no_key(make_conversation):
    chat = make_conversation(conversation_type="groupChat")
    answer = await _send_anonymised(chat)
    assert messages.text("dialog.prompt_builder_anonymized") in answer
    assert messages.text("dialog.prompt_builder_placeholder_key_hidden") in answer
    assert messages.text("dialog.prompt_builder_placeholder_key") not in answer
    assert mask(NAME) not in answer and mask(PHONE) not in answer


async def test_a_prompt_without_placeholders_has_no_such_note(chat):
    await chat.say_text("/annonse " + ANNONSE)
    answer = await chat.say_text("send")
    assert messages.text("dialog.prompt_builder_anonymized") not in answer
