"""Commands are commands and answers are answers; after a block the draft is kept; the ad is
the conversation's working document (issue 13, items 3-5)."""

from __future__ import annotations

import pytest

from dialogs import messages
from tests.dialogs.driver import buttons
from tests.dialogs.samples import ANNONSE, KRAV, valid_fodselsnummer

FNR = valid_fodselsnummer()
CONTACT = "Spørsmål om stillingen kan rettes til seksjonssjef Kari Nordmann, tlf. 912 34 567."


@pytest.mark.parametrize("word", ["send", "takk", "ok", "ja", "kortere", "ferdig"])
async def test_a_command_word_or_a_thanks_is_never_the_ad(chat, word):
    await chat.say_text("/screening")
    reply = await chat.say_text(word)
    assert f"«{word}» tar jeg ikke som **Stillingsannonse**" in reply
    preview = await chat.say_text(ANNONSE)
    assert "**Slik blir prompten din**" in preview and f"Stillingsannonsen:\n{word}" not in preview


async def test_send_is_not_the_position_and_a_task_name_mid_dialog_is_the_command(chat):
    await chat.say_text("/intervju")
    assert "tar jeg ikke som **Krav**" in await chat.say_text("send")
    assert "Hvilken stilling" in await chat.say_text(KRAV)  # a list of requirements has no title
    assert "tar jeg ikke som **Stilling**" in await chat.say_text("send")
    assert "skal rekruttere en send" not in await chat.say_text("rådgiver i HR")
    # A task's name (or its button title, or a near-miss) while the bot waits starts that task.
    assert (await chat.say_text("screenig")).startswith("**Screeningspørsmål**")


async def test_a_very_short_ad_is_checked_before_it_is_used(chat):
    await chat.say_text("/annonse")
    asked = await chat.say("kokk")
    assert "«kokk» er kort for **Stillingsannonse**" in asked[-1].text and buttons(asked[-1]) == ["Ja"]
    assert "Stillingsannonsen:\nkokk" in await chat.say_text("ja")


async def test_nothing_typed_after_a_block_replaces_the_ad(chat):
    await chat.say_text(f"/annonse {ANNONSE}\nFødselsnummer {FNR}")
    assert messages.text("dialog.blocked_title") in await chat.say_text("send")
    assert "kan ikke gjøre den kortere" in await chat.say_text("kortere")
    refused = await chat.say_text("send anonymisert")
    assert "Jeg kan ikke sende anonymisert" in refused and "Fødselsnummer eller D-nummer" in refused
    assert "ser ikke ut som en rettet tekst" in await chat.say_text("dette er feil")
    again = await chat.say_text("send")
    assert messages.text("dialog.blocked_title") in again and "Søknadsfrist: 1. mars" in again  # still the ad


async def test_the_text_without_the_findings_is_offered_and_used_in_one_click(chat):
    await chat.say_text(f"/annonse {ANNONSE}\n{CONTACT}\nFødselsnummer {FNR}")
    blocked = await chat.say("send")
    offer = "\n".join(r.text for r in blocked)
    assert "[navn fjernet]" in offer and "[telefonnummer fjernet]" in offer and "[fødselsnummer fjernet]" in offer
    assert FNR not in offer and "912 34 567" not in offer and "Kari Nordmann" not in offer
    assert buttons(blocked[-1])[:2] == ["Bruk teksten uten opplysningene", "Fjern kontaktlinjen"]
    preview = await chat.say_text("Bruk teksten uten opplysningene")
    assert messages.text("conversation.redacted_used") in preview and "[fødselsnummer fjernet]" in preview
    finished = await chat.say_text("send")
    assert "**Ferdig AKTIV-prompt**" in finished and "Søknadsfrist: 1. mars" in finished


async def test_remove_contact_lines_in_one_click(chat):
    await chat.say_text(f"/annonse {ANNONSE}\n{CONTACT}")
    await chat.say_text("send")
    preview = await chat.say_text("Fjern kontaktlinjen")
    assert messages.text("conversation.contact_removed") in preview
    assert "Kari Nordmann" not in preview and "Spørsmål om stillingen" not in preview
    assert "Søknadsfrist: 1. mars" in preview
    assert "**Ferdig AKTIV-prompt**" in await chat.say_text("send")


async def test_the_anonymised_choice_holds_for_follow_ups(model_chat, fake_openai):
    await model_chat.say_text(f"/annonse {ANNONSE}\n{CONTACT}")
    await model_chat.say_text("send")
    fake_openai.queue_answer("Fem overskrifter.")
    await model_chat.say_text("send anonymisert")
    fake_openai.queue_answer("Kortere.")
    shorter = await model_chat.say_text("kortere")
    assert messages.text("dialog.blocked_title") not in shorter and "Kortere." in shorter
    assert all("Kari Nordmann" not in request.sent_text for request in fake_openai.requests)
    assert len(fake_openai.requests) == 2


async def test_the_ad_is_offered_to_the_next_task(chat):
    await chat.say_text("/annonse " + ANNONSE)
    await chat.say_text("send")
    offered = await chat.say("/screening")
    assert offered[0].text.startswith("**Screeningspørsmål**")
    assert "Bruke samme annonse" in offered[-1].text and buttons(offered[-1]) == ["Ja, bruk samme", "Ny annonse"]
    preview = await chat.say_text("ja")
    assert "masternivå" in preview and "Lim inn" not in preview
    # The interview task takes the ad as its requirements (and its title as the position).
    assert "Bruke samme annonse" in await chat.say_text("/intervju")
    interview = await chat.say_text("ja")
    assert "masternivå" in interview and "**Slik blir prompten din**" in interview


async def test_a_new_ad_can_be_pasted_instead_of_the_offered_one(chat):
    await chat.say_text("/annonse " + ANNONSE)
    await chat.say_text("/screening")
    asked = await chat.say_text("Ny annonse")
    assert "Lim inn stillingsannonsen" in asked
    other = ANNONSE.replace("masternivå", "doktorgradsnivå")
    assert "doktorgradsnivå" in await chat.say_text(other)


async def test_ferdig_after_a_new_round_ends_the_dialog_and_is_never_the_position(chat):
    await chat.say_text("/intervju")
    await chat.say_text(KRAV)
    await chat.say_text("rådgiver i HR")
    await chat.say_text("send")
    again = await chat.say_text("ny runde")
    assert "rådgiver i HR" in again and "Hvilken stilling" not in again
    assert messages.text("dialog.finished") in await chat.say_text("ferdig")
    assert messages.text("dialog.nothing_to_cancel") in await chat.say_text("/avbryt")


async def test_glem_forgets_the_working_ad(chat):
    await chat.say_text("/annonse " + ANNONSE)
    await chat.say_text("send")
    await chat.say_text("/glem")
    offered = await chat.say_text("/screening")
    assert "Bruke samme annonse" not in offered and "Lim inn stillingsannonsen" in offered


async def test_an_evaluation_or_a_help_question_while_the_ad_is_awaited_is_not_the_ad(chat):
    await chat.say_text("/annonse")
    assert "KI-forordningen" in await chat.say_text("hvem av søkerne passer best til stillingen?")
    assert "Annonsetekst" in await chat.say_text("hva kan du hjelpe meg med?")
    preview = await chat.say_text(ANNONSE)
    assert "Rådgiver i seksjon for rekruttering" in preview and "passer best" not in preview


async def test_a_requirement_about_assessing_is_an_answer_not_a_request(chat):
    await chat.say_text("/intervju")
    reply = await chat.say_text("Må-krav: erfaring med å vurdere kandidater i rekrutteringsprosesser")
    assert "KI-forordningen" not in reply and "vurdere kandidater" in reply
