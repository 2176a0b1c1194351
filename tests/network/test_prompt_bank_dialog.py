"""/lagre and /promptbank through the real bot (TestAdapter), real guardrail, shared storage."""

from __future__ import annotations

import json
import re

import pytest

from bot.settings import Settings

AD_REQUIREMENTS = "Må-krav: relevant utdanning innen personalfag og god teknologiforståelse"


async def _interview_preview(chat) -> str:
    await chat.say_text("/intervju")
    await chat.say_text(AD_REQUIREMENTS)  # the requirements first; no title in them, so the role is asked
    return await chat.say_text("rådgiver i HR")


def _saved_id(reply: str) -> str:
    match = re.search(r"Id: `([0-9a-f]{8})`", reply)
    assert match, reply
    return match.group(1)


def _stored_text(storage) -> str:
    return json.dumps(storage.memory, ensure_ascii=False, default=str)


async def test_save_stores_the_parts_only_and_the_bank_finds_them(network):
    chat = network.conversation()
    await _interview_preview(chat)
    await chat.say_text("endre inspirasjon")
    await chat.say_text("Bruk gjerne et spørsmål som: Beskriv en situasjon der du innførte et nytt digitalt verktøy.")
    reply = await chat.say_text("/lagre delt SAR for rådgivere #sar #digital")
    prompt_id = _saved_id(reply)
    assert "delt i organisasjonen" in reply
    bank_items = {k: v for k, v in network.storage.memory.items() if k.startswith("aktiv/promptbank/")}
    stored = json.dumps(bank_items, ensure_ascii=False)
    assert "{kvalifikasjoner}" in stored or "{krav}" in stored or "{" in stored
    assert AD_REQUIREMENTS not in stored and "rådgiver i HR" not in stored
    assert "innførte et nytt digitalt verktøy" in stored  # the user's own edit of a part is kept

    listing = await chat.say_text("/prompter intervjuer")
    assert "SAR for rådgivere" in listing and prompt_id in listing


async def test_use_starts_the_task_with_the_saved_parts(network):
    author = network.conversation()
    await _interview_preview(author)
    await author.say_text("endre inspirasjon")
    await author.say_text("Et godt spørsmål: Beskriv en krevende omstilling.")
    prompt_id = _saved_id(await author.say_text("/lagre delt Omstilling #intervju"))

    colleague = network.conversation(user="user-2", conversation_id="conv-2")
    started = await colleague.say_text(f"/promptbank bruk {prompt_id}")
    assert "Omstilling" in started and "Lim inn stillingsannonsen" in started
    assert "Hvilken stilling" in await colleague.say_text("Må-krav: erfaring med budsjett")
    preview = await colleague.say_text("controller i økonomiavdelingen")
    assert "Beskriv en krevende omstilling." in preview
    assert "controller i økonomiavdelingen" in preview and "Erfaring med budsjett" in preview
    assert "rådgiver i HR" not in preview


@pytest.mark.parametrize(("title", "saved"), [
    ("Intervju til stillingen Kari Nordmann søkte på", False),   # a name
    ("Intervju, ring 412 34 567", False),                         # a phone number
    ("Intervju for rådgivere", True),
])
async def test_guardrail_checks_what_is_saved(network, title, saved):
    chat = network.conversation()
    await _interview_preview(chat)
    reply = await chat.say_text(f"/lagre {title}")
    assert ("Lagret i promptbanken" in reply) is saved
    assert ("Ikke lagret" in reply) is not saved
    assert any(k.endswith("/index") for k in network.storage.memory if k.startswith("aktiv/promptbank/")) is saved


async def test_save_outside_a_dialog_and_without_title_explain(network):
    chat = network.conversation()
    assert "ingen prompt å lagre" in await chat.say_text("/lagre Noe")
    await _interview_preview(chat)
    assert "Gi prompten en tittel" in await chat.say_text("/lagre #bare #tagger")


async def test_private_prompts_and_owner_rights(network):
    owner = network.conversation()
    await _interview_preview(owner)
    prompt_id = _saved_id(await owner.say_text("/lagre Min private mal #hemmelig"))
    other = network.conversation(user="user-2", conversation_id="conv-2")
    assert "Min private mal" not in await other.say_text("/promptbank")
    assert "Fant ingen prompt" in await other.say_text(f"/promptbank bruk {prompt_id}")
    assert "Fant ingen prompt" in await other.say_text(f"/promptbank slett {prompt_id}")

    assert "Endret **Ny tittel**" in await owner.say_text(f"/promptbank endre {prompt_id} tittel: Ny tittel")
    await owner.say_text(f"/promptbank endre {prompt_id} deling: delt")
    assert "**Ny tittel** – Intervjuspørsmål · delt i organisasjonen" in await other.say_text("/promptbank tittel")
    assert "bare endre eller slette prompter du har lagret selv" in await other.say_text(
        f"/promptbank endre {prompt_id} tittel: Kapret")
    assert "Slettet **Ny tittel**" in await owner.say_text(f"/promptbank slett {prompt_id}")
    assert prompt_id not in await other.say_text("/promptbank")


async def test_curated_prompts_are_the_base(network):
    chat = network.conversation(Settings(storage="memory"))
    listing = await chat.say_text("/promptbank screening")
    assert "std-screening" in listing
    shown = await chat.say_text("/promptbank vis std-screening")
    assert "Kommando" in shown or "K –" in shown or "**" in shown
