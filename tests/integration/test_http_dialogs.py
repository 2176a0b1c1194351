"""The whole bot over real HTTP: aiohttp app + CloudAdapter + AktivBot + guardrail +
model client, replies at the stub Bot Connector, the model at the fake OpenAI server."""

from __future__ import annotations

import logging

from bot.composition import build_components
from tests.bot_http.helpers import serve
from tests.dialogs.samples import GUIDE, KRAV, valid_fodselsnummer
from tests.fakes.activities import make_message

CONVERSATION = "a:conv-http-dialog"


async def _turn(client, connector, text: str, *, conversation_type: str = "personal") -> list[str]:
    before = len(connector.activities)
    response = await client.post("/api/messages", json=make_message(
        text, connector.service_url, conversation_type=conversation_type, conversation_id=CONVERSATION))
    assert response.status in (200, 201)
    return [a.get("text") or "" for a in connector.activities[before:] if a.get("type") == "message"]


async def test_interview_dialog_over_http(openai_settings, fake_openai, stub_connector, guardrail):
    settings = openai_settings.model_copy(update={"storage": "memory"})
    bot = build_components(settings, guardrail=guardrail).bot
    fake_openai.queue_answer("1. Fortell om en rekruttering du er stolt av. (Må-krav: erfaring)")
    async with serve(settings, bot) as client:
        assert any("Hvilken stilling" in t for t in await _turn(client, stub_connector, "/intervju " + KRAV))
        preview = "\n".join(await _turn(client, stub_connector, "rådgiver i HR"))
        assert "T – Tiltak" in preview
        answer = "\n".join(await _turn(client, stub_connector, "send"))
    assert "Fortell om en rekruttering du er stolt av." in answer
    assert "KI erstatter ikke menneskelig vurdering" in answer
    assert len(fake_openai.requests) == 1


async def test_an_interview_guide_as_inspiration_over_http(openai_settings, fake_openai, stub_connector, guardrail):
    settings = openai_settings.model_copy(update={"storage": "memory"})
    bot = build_components(settings, guardrail=guardrail).bot
    fake_openai.queue_answer("1. Fortell om en rekruttering du har ledet.")
    async with serve(settings, bot) as client:
        await _turn(client, stub_connector, "/intervju " + KRAV)
        await _turn(client, stub_connector, "rådgiver i HR")
        added = "\n".join(await _turn(client, stub_connector, "inspirasjon:\n" + GUIDE))
        assert "Intervjuguide fra en annen prosess** er lagt inn" in added and "I – Inspirasjon" in added
        await _turn(client, stub_connector, "send")
    [request] = fake_openai.requests
    assert GUIDE in request.sent_text and "ikke kopier spørsmål som ikke passer kravene" in request.sent_text


async def test_personal_data_never_reaches_the_model_nor_the_logs(openai_settings, fake_openai, stub_connector,
                                                                   guardrail, caplog):
    fnr = valid_fodselsnummer()
    settings = openai_settings.model_copy(update={"storage": "memory"})
    bot = build_components(settings, guardrail=guardrail).bot
    caplog.set_level(logging.DEBUG)
    async with serve(settings, bot) as client:
        await _turn(client, stub_connector, f"/screening Søker Kari Nordmann, fødselsnummer {fnr}, har søkt.")
        blocked = "\n".join(await _turn(client, stub_connector, "send"))
        await _turn(client, stub_connector, "send anonymisert")
    assert "Stoppet" in blocked
    assert fake_openai.requests == []
    logged = "\n".join(record.getMessage() + " " + str(record.__dict__) for record in caplog.records)
    assert caplog.records, "the turn should have logged something"
    assert fnr not in logged and "Kari" not in logged and "Nordmann" not in logged


async def test_channel_mention_is_stripped_and_command_recognised(anonymous_settings, stub_connector, guardrail):
    bot = build_components(anonymous_settings, guardrail=guardrail).bot
    activity = make_message("<at>AKTIV</at> /Hjelp", stub_connector.service_url, conversation_type="channel",
                            conversation_id="19:channel@thread.tacv2;messageid=1")
    activity["entities"] = [{"type": "mention", "text": "<at>AKTIV</at>",
                             "mentioned": {"id": activity["recipient"]["id"], "name": "AKTIV"}}]
    async with serve(anonymous_settings, bot) as client:
        response = await client.post("/api/messages", json=activity)
        assert response.status in (200, 201)
    texts = [a.get("text") or "" for a in stub_connector.activities]
    assert any("Dette kan jeg hjelpe deg med" in t for t in texts)
    # The reply goes into the same channel thread.
    assert all(call_activity["conversation"]["id"] == "19:channel@thread.tacv2;messageid=1"
               for call_activity in stub_connector.activities)
