"""The requirements thread in the dialogs: checklist, edits, length, and checked questions."""

from __future__ import annotations

from dialogs import messages
from tests.dialogs.samples import KRAV

AD = """Seniorrådgiver i Skatteetaten

Skatteetaten er en statlig etat med 6 500 ansatte.

Kvalifikasjoner
- Høyere utdanning innen økonomi
- Erfaring med saksbehandling

Det er en fordel om du har
- Kjennskap til merverdiavgift

Vi tilbyr
- Lønn kr 700 000 – 800 000
- Medlemskap i Statens pensjonskasse
"""


async def test_the_ad_becomes_a_checklist_and_the_title_is_not_asked(chat):
    replies = await chat.say_text("/intervju Intervjuet varer 60 minutter.\n" + AD)
    assert "1. [Må] Høyere utdanning innen økonomi" in replies
    assert "3. [Bør] Kjennskap til merverdiavgift" in replies
    assert "«Seniorrådgiver i Skatteetaten», Skatteetaten" in replies
    assert messages.text("requirements.checklist_length", minutes=60) in replies
    assert "Hvilken stilling" not in replies
    assert messages.text("dialog.preview_title") in replies
    assert "intervju på 60 minutter" in replies and "Lønn kr" not in replies.split("preview_title")[-1]


async def test_typed_commands_change_the_checklist_and_the_prompt(chat):
    await chat.say_text("/screening " + AD)
    changed = await chat.say_text("endre krav 2 til bør")
    assert messages.text("requirements.checklist_changed") in changed
    assert "2. [Bør] Erfaring med saksbehandling" in changed
    added = await chat.say_text("legg til må-krav Førerkort klasse B")
    assert "2. [Må] Førerkort klasse B" in added
    removed = await chat.say_text("slett krav 1")
    assert "Høyere utdanning innen økonomi" not in removed.split(messages.text("dialog.preview_title"))[-1]
    prompt = await chat.say_text("send")
    assert "Førerkort klasse B" in prompt and "Erfaring med saksbehandling" in prompt
    assert "Høyere utdanning innen økonomi" not in prompt


async def test_a_new_length_changes_the_plan(chat):
    await chat.say_text("/intervju Intervjuet varer 45 minutter.\n" + AD)
    changed = await chat.say_text("90 minutter")
    assert messages.text("requirements.length_changed", minutes=90) in changed
    assert "intervju på 90 minutter" in changed


async def test_a_requirement_list_without_a_title_still_asks_for_the_role(chat):
    replies = await chat.say_text("/intervju " + KRAV)
    assert "Hvilken stilling" in replies and "1. [Må] Høyere utdanning på bachelornivå" in replies


async def test_questions_pasted_back_after_sjekk_are_checked(chat):
    await chat.say_text("/screening " + AD)
    await chat.say_text("send")
    checked = await chat.say_text("sjekk\n1. Hvor mange års erfaring har du med saksbehandling?\n2. Har du barn?")
    assert messages.text("question_check.title", count=1, total=2) in checked
    assert "«Har du barn?»" in checked and "likestillings- og diskrimineringsloven § 30" in checked
    assert "reiser 40 dager i året" in checked  # a lawful rewording
    clean = await chat.say_text("sjekk 1. Hvilken erfaring har du med merverdiavgift?")
    assert messages.text("question_check.all_clear", total=1) in clean


async def test_a_model_answer_with_questions_is_checked(model_chat, fake_openai):
    fake_openai.queue_answer("1. Fortell om en sak du behandlet. Hva gjorde du?\n2. Hvor gammel er du?")
    await model_chat.say_text("/screening " + AD)
    answer = await model_chat.say_text("send")
    assert "Hvor gammel er du?" in answer
    assert messages.text("question_check.title", count=1, total=2) in answer
    assert "arbeidsmiljøloven § 13-1" in answer


async def test_a_translation_offers_stricter_nynorsk_and_keeping_terms(model_chat, fake_openai):
    fake_openai.queue_answer("Vi søker ein rådgivar.")
    await model_chat.say_text("/oversett Vi søker en rådgiver.")
    answer = await model_chat.say_text("send")
    assert "strengere nynorsk" in answer and "forbedre" not in answer
    fake_openai.queue_answer("Vi søker ein rådgivar, strengare.")
    again = await model_chat.say_text("strengere nynorsk")
    assert "Vi søker ein rådgivar, strengare." in again
    assert messages.text("dialog.followup_stricter") in fake_openai.requests[-1].messages[-1]["content"]


async def test_a_long_ad_is_shown_by_its_first_line_until_vis_hele(chat):
    long_ad = AD + "\n".join(f"Avsnitt {n}: mer om arbeidsmiljøet og oppgavene i seksjonen." for n in range(20))
    preview = await chat.say_text("/annonse " + long_ad)
    length = messages.format_count(len(long_ad.strip()))
    assert f"«Seniorrådgiver i Skatteetaten …» _(Stillingsannonse, {length} tegn" in preview
    assert "Avsnitt 19" not in preview
    full = await chat.say_text("vis hele")
    assert "Avsnitt 19" in full
    assert "Avsnitt 19" in await chat.say_text("send")  # the prompt carries the whole ad


async def test_sjekk_outside_a_task_checks_the_pasted_questions(chat):
    checked = await chat.say_text("sjekk\n1. Er du medlem av en fagforening?\n2. Hva motiverer deg for stillingen?")
    assert messages.text("question_check.title", count=1, total=2) in checked
    assert "arbeidsmiljøloven § 13-4" in checked
