"""An interview guide from another process as optional Inspirasjon in /intervju (seed 000's prompt:
"Vedlagt ligger intervjuguide fra en annen prosess … bruk måten spørsmålene stilles på som inspirasjon")."""

from __future__ import annotations

import pytest

from dialogs import messages
from dialogs.draft import Draft
from dialogs.inspiration import set_inspiration
from dialogs.prompt_bank.entries import template_parts
from dialogs.replies import inspiration_text, parse_reply, removes_inspiration
from dialogs.task_definition import load_library
from tests.dialogs.samples import ANNONSE, GUIDE, KRAV, valid_fodselsnummer
from tests.dialogs.test_requirements_dialogs import AD

GUIDE_RULE = "ikke kopier spørsmål som ikke passer kravene"
LABEL = "Intervjuguide fra en annen prosess"


@pytest.mark.parametrize("text, expected", [
    ("inspirasjon: Spørsmål 1", "Spørsmål 1"),
    ("Inspirasjon:\nLinje 1\nLinje 2", "Linje 1\nLinje 2"),
    ("intervjuguide\nFra filen", "Fra filen"),
    ("Intervjuguide fra en annen prosess: Tekst", "Tekst"),
    ("inspirasjon:", ""),
    ("inspirasjon", None),  # the bare word names the part ("endre inspirasjon")
    ("inspirasjonen var god", None),
    ("send", None),
])
def test_inspiration_text(text, expected):
    assert inspiration_text(text) == expected


def test_the_bare_word_still_names_the_part_and_fjern_removes():
    assert parse_reply("inspirasjon").part == "inspirasjon"
    assert removes_inspiration("fjern") and not removes_inspiration(GUIDE)


async def test_the_preview_offers_it_and_the_guide_becomes_inspiration(chat):
    preview = await chat.say_text("/intervju Intervjuet varer 45 minutter.\n" + AD)
    assert "Skriv **inspirasjon:**" in preview  # the step is offered while the guide is missing
    added = await chat.say_text("inspirasjon:\n" + GUIDE)
    assert messages.text("dialog.inspiration_added", label=LABEL, length=messages.format_count(len(GUIDE))) in added
    # Shown shortened: its first line and length, not the questions.
    assert f"«Intervjuguide – rådgiver økonomi (annen prosess) …» _({LABEL}, {len(GUIDE)} tegn" in added
    assert "Hvilke fag har du mest nytte av" not in added and "Skriv **inspirasjon:**" not in added
    assert "Hvilke fag har du mest nytte av" in await chat.say_text("vis hele")
    prompt = await chat.say_text("send")
    assert GUIDE in prompt and GUIDE_RULE in prompt
    assert "Høyere utdanning innen økonomi" in prompt and "Kjennskap til merverdiavgift" in prompt
    assert prompt.index("Kjennskap til merverdiavgift") < prompt.index(GUIDE_RULE) < prompt.index(GUIDE)


async def test_inspirasjon_fjern_takes_it_out_and_an_example_stays(chat):
    await chat.say_text("/intervju " + AD)
    await chat.say_text("legg til eksempel")
    await chat.say_text("Hva var din rolle, og hva ble resultatet?")
    with_guide = await chat.say_text("inspirasjon: " + GUIDE)
    assert "Hva var din rolle, og hva ble resultatet?" in with_guide and GUIDE_RULE in with_guide
    removed = await chat.say_text("inspirasjon: fjern")
    assert messages.text("dialog.inspiration_removed", label=LABEL) in removed
    assert GUIDE_RULE not in removed and "Hva var din rolle, og hva ble resultatet?" in removed
    assert "(annen prosess)" not in await chat.say_text("send")


async def test_too_little_after_the_colon_says_how(chat):
    await chat.say_text("/intervju " + AD)
    assert messages.text("dialog.inspiration_how", label=LABEL) in await chat.say_text("inspirasjon: ja")


async def test_given_while_the_bot_asks_for_the_role_it_is_kept_and_the_role_asked_again(chat):
    await chat.say_text("/intervju " + KRAV)
    replies = await chat.say_text("inspirasjon: " + GUIDE)
    assert messages.text("dialog.inspiration_added", label=LABEL, length=messages.format_count(len(GUIDE))) in replies
    assert "Hvilken stilling" in replies
    assert GUIDE in await chat.say_text("rådgiver i HR") + await chat.say_text("send")


async def test_a_guide_with_personal_data_goes_through_the_same_guardrail(model_chat, fake_openai):
    fnr = valid_fodselsnummer()
    await model_chat.say_text("/intervju " + AD)
    await model_chat.say_text(f"inspirasjon: {GUIDE}\nKandidaten hadde fødselsnummer {fnr}.")
    blocked = await model_chat.say_text("send")
    assert messages.text("dialog.blocked_title") in blocked and fake_openai.requests == []
    assert fnr not in blocked
    # A corrected guide, given the same way, replaces it; then the prompt goes out.
    fixed = await model_chat.say_text("inspirasjon: " + GUIDE)
    assert messages.text("dialog.inspiration_added", label=LABEL, length=messages.format_count(len(GUIDE))) in fixed
    fake_openai.queue_answer("1. Fortell om utdanningen din.")
    await model_chat.say_text("send")
    assert len(fake_openai.requests) == 1 and fnr not in fake_openai.requests[0].sent_text
    assert GUIDE in fake_openai.requests[0].sent_text


async def test_in_a_task_without_a_guide_it_is_the_inspiration_example(chat):
    await chat.say_text("/annonse " + ANNONSE)
    replies = await chat.say_text("inspirasjon: Bli med og bygg fremtidens rekruttering!")
    assert messages.text("dialog.part_updated", label="I – Inspirasjon") in replies
    assert "Bli med og bygg fremtidens rekruttering!" in await chat.say_text("send")


def test_a_prompt_saved_to_the_bank_keeps_the_example_but_not_this_process_guide():
    task = load_library().tasks["intervju"]
    draft = Draft(task_id="intervju", inputs={"krav": KRAV}, edited_parts={"inspirasjon": "Eksempel: Hva gjorde du?"})
    set_inspiration(task, draft, GUIDE)
    assert draft.edited_parts["inspirasjon"].startswith("Eksempel: Hva gjorde du?\n\nTil inspirasjon:")
    assert template_parts(task, draft.edited_parts, draft.inputs)["inspirasjon"] == "Eksempel: Hva gjorde du?"
    set_inspiration(task, draft, "")
    assert draft.edited_parts["inspirasjon"] == "Eksempel: Hva gjorde du?" and "intervjuguide" not in draft.inputs
