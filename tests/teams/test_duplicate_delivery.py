"""A message Bot Service delivers again (same activity id) gets no second model call and no
second answer (bot.teams.duplicate_delivery), over real HTTP with the stub Bot Connector and
the fake OpenAI server: the retry while the first delivery is still working, the retry after
it answered, and the retry at another instance sharing the state."""

from __future__ import annotations

import asyncio
import json

import aiohttp

from bot.composition import build_components
from tests.bot_http.helpers import serve
from tests.dialogs.samples import ANNONSE
from tests.fakes.activities import make_message
from tests.fakes.bot_process import free_port, start_bot

CONVERSATION = "a:duplicate-delivery"


def _messages(connector) -> list[str]:
    return [json.dumps(call.body, ensure_ascii=False) for call in connector.calls
            if call.route in ("send", "reply") and call.body and call.body.get("type") == "message"]


def _answers(connector) -> list[str]:
    return [m for m in _messages(connector) if "Første forslag" in m]


async def test_a_redelivered_message_is_answered_once(openai_settings, fake_openai, stub_connector, tmp_path):
    settings = openai_settings.model_copy(update={"storage": str(tmp_path / "state.sqlite3")})
    bot = build_components(settings, teams=True).bot
    send = make_message("send", stub_connector.service_url, conversation_id=CONVERSATION)
    async with serve(settings, bot) as client:
        response = await client.post("/api/messages", json=make_message(
            "/screening " + ANNONSE, stub_connector.service_url, conversation_id=CONVERSATION))
        assert response.status == 201
        before = len(_messages(stub_connector))
        fake_openai.delay_next(1.0)  # the retry arrives while the first delivery waits for the model
        first, retry = await asyncio.gather(client.post("/api/messages", json=send),
                                            client.post("/api/messages", json=send))
        assert (first.status, retry.status) == (201, 201)
        assert len(fake_openai.requests) == 1
        assert len(_answers(stub_connector)) == 1
        # The retry was dropped silently: no "still waiting", no "came at the same time".
        assert len(_messages(stub_connector)) == before + 1

        late = await client.post("/api/messages", json=send)  # a retry after the answer
        assert late.status == 201
        assert len(fake_openai.requests) == 1 and len(_messages(stub_connector)) == before + 1

        follow_up = await client.post("/api/messages", json=make_message(
            "kortere", stub_connector.service_url, conversation_id=CONVERSATION))  # a new id: answered
        assert follow_up.status == 201
    assert len(fake_openai.requests) == 2
    assert len(_answers(stub_connector)) == 2


async def test_the_retry_at_another_instance_is_dropped(fake_openai, stub_connector, tmp_path):
    """Two ``python -m bot serve`` on one SQLite file: the retry reaches the other instance."""
    env = {"OPENAI_API_KEY": "sk-test-not-a-secret", "OPENAI_BASE_URL": fake_openai.base_url,
           "AKTIV_MODEL": "fake-model", "AKTIV_MODEL_TIMEOUT": "20"}
    storage = tmp_path / "shared.sqlite3"
    ports = [free_port(), free_port()]
    processes = await asyncio.gather(*(start_bot(port, storage, **env) for port in ports))
    send = make_message("send", stub_connector.service_url, conversation_id=CONVERSATION)
    try:
        async with aiohttp.ClientSession() as session:
            async def post(port: int, activity: dict) -> int:
                async with session.post(f"http://127.0.0.1:{port}/api/messages", json=activity) as response:
                    return response.status

            assert await post(ports[0], make_message("/screening " + ANNONSE, stub_connector.service_url,
                                                     conversation_id=CONVERSATION)) == 201
            fake_openai.delay_next(1.5)
            first = asyncio.create_task(post(ports[0], send))
            await asyncio.sleep(0.5)  # the first delivery is waiting for the model
            assert await post(ports[1], send) == 201
            assert await first == 201
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(20)
    assert len(fake_openai.requests) == 1
    assert len(_answers(stub_connector)) == 1
    assert not any("venter fortsatt" in m or "kom samtidig" in m for m in _messages(stub_connector))
