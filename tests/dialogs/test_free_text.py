"""Free text as the first message (issue 13): a task asked for in any words starts that task,
a greeting and a help question name the four tasks, an evaluation of candidates is refused."""

from __future__ import annotations

import pytest

from dialogs import messages
from tests.dialogs.driver import buttons
from tests.dialogs.samples import ANNONSE

TITLES = {"annonse": "Annonsetekst", "intervju": "Intervjuspørsmål", "screening": "Screeningspørsmål",
          "oversett": "Oversett til nynorsk"}


@pytest.mark.parametrize(("text", "task"), [
    ("trenger spørsmål til førstegangsintervju for denne\n" + ANNONSE, "intervju"),
    ("skriv noen titler til utlysningen", "annonse"),
    ("Oversett til nynorsk", "oversett"),
    ("screenig", "screening"),
    ("første runde med samtaler er på tirsdag, har du noen gode spørsmål?", "intervju"),
    ("kan vi få denne på nynorsk?", "oversett"),
    ("overskrifta er kjedelig", "annonse"),
])
async def test_a_task_asked_for_in_free_text_starts_that_task(chat, text, task):
    reply = await chat.say_text(text)
    assert reply.startswith(f"**{TITLES[task]}**")
    assert not any(title in reply for other, title in TITLES.items() if other != task)


async def test_the_pasted_ad_around_a_request_becomes_the_tasks_text(chat):
    reply = await chat.say_text("trenger spørsmål til førstegangsintervju for denne\n" + ANNONSE)
    # The ad is the task's text: its requirements are read, its title is the position.
    assert "masternivå" in reply and "Rådgiver i seksjon for rekruttering" in reply
    assert "**Slik blir prompten din**" in reply and "førstegangsintervju for denne" not in reply


@pytest.mark.parametrize("text", ["god dag", "hei!", "hva kan du?", "kva kan du hjelpe meg med?", "hjelp"])
async def test_greeting_and_help_name_all_four_tasks(chat, text):
    replies = await chat.say(text)
    said = "\n".join(r.text or "" for r in replies)
    assert all(title in said for title in TITLES.values())
    assert sorted(buttons(replies[-1])) == sorted(TITLES.values())


@pytest.mark.parametrize("text", [
    "lag en topp 3 av søkerne", "hvem av dem virker mest motivert?", "kven av søkjarane er best eigna?",
    "kan du lese disse CV-ene og si hvem vi bør kalle inn til intervju?",
])
async def test_evaluating_candidates_is_refused_naming_the_rule_and_the_law(chat, text):
    replies = await chat.say(text)
    said = "\n".join(r.text or "" for r in replies)
    assert "KI-forordningen" in said and "menneskelig vurdering" in said
    assert "vedlegg III" in said
    # What the bot offers instead: structured interview questions and screening questions.
    assert buttons(replies[-1]) == ["Intervjuspørsmål", "Screeningspørsmål"]


async def test_an_evaluation_request_mid_dialog_is_refused_and_the_draft_kept(chat):
    await chat.say_text("/annonse " + ANNONSE)
    refused = await chat.say_text("hvem av søkerne passer best?")
    assert "KI-forordningen" in refused
    assert "Søknadsfrist: 1. mars" in await chat.say_text("send")


async def test_a_near_miss_is_suggested_with_its_title(chat):
    replies = await chat.say("/intrvjuspm")
    assert messages.text("conversation.suggest_task", title="Intervjuspørsmål", name="intervju") in replies[-1].text
    assert buttons(replies[-1])[0] == "Intervjuspørsmål"
    assert (await chat.say_text("/intervju")).startswith("**Intervjuspørsmål**")


async def test_a_pasted_ad_without_a_request_offers_the_four_tasks(chat):
    replies = await chat.say(ANNONSE)
    assert replies[-1].text == messages.text("dialog.ad_offer")
    assert (await chat.say_text("/screening")).startswith("**Screeningspørsmål**")


async def test_check_of_candidates_is_refused_and_check_of_questions_still_works(chat):
    assert "KI-forordningen" in await chat.say_text("sjekk hvilke søkere som har master og sorter dem")
    checked = await chat.say_text("sjekk\n1. Har du barn?\n2. Hvilken erfaring har du med rekruttering?")
    assert "KI-forordningen" not in checked and "barn" in checked.lower()
