"""Two bot processes sharing Blob state on Azurite (issue 14, item 11), as several instances
behind Azure Bot Service: one conversation's turns alternate between them, and two turns of
one conversation at the same moment (one per instance) give one model call and one answer;
the other turn is told, nothing is overwritten (eTags), and the dialog goes on."""

from __future__ import annotations

import asyncio
import json
import uuid

import aiohttp
import pytest

from tests.dialogs.samples import ANNONSE
from tests.fakes.activities import make_message
from tests.fakes.bot_process import free_port, start_bot
from tests.storage.azurite import missing_reason

pytestmark = pytest.mark.skipif(missing_reason() is not None, reason=missing_reason() or "")


@pytest.fixture
async def instances(azurite, fake_openai, tmp_path):
    env = {"AKTIV_STORAGE": "blob", "AKTIV_BLOB_CONNECTION_STRING": azurite.connection_string,
           "AKTIV_BLOB_CONTAINER": f"aktiv-{uuid.uuid4().hex[:12]}", "OPENAI_API_KEY": "sk-test-not-a-secret",
           "OPENAI_BASE_URL": fake_openai.base_url, "AKTIV_MODEL": "fake-model", "AKTIV_MODEL_TIMEOUT": "20"}
    ports = [free_port(), free_port()]
    processes = await asyncio.gather(*(start_bot(port, tmp_path / "unused.sqlite3", **env) for port in ports))
    try:
        yield ports
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(20)


async def _post(session, port: int, connector, conversation: str, text: str) -> int:
    async with session.post(f"http://127.0.0.1:{port}/api/messages", json=make_message(
            text, connector.service_url, conversation_id=conversation)) as response:
        return response.status


def _messages(connector, conversation: str) -> list[str]:
    return [json.dumps(call.body, ensure_ascii=False) for call in connector.calls
            if call.conversation_id == conversation and call.route in ("send", "reply") and call.body
            and call.body.get("type") == "message"]


def _answers(connector, conversation: str) -> list[str]:
    return [m for m in _messages(connector, conversation) if "Første forslag" in m]


async def test_turns_alternate_between_instances(instances, stub_connector, fake_openai):
    a, b = instances
    conversation = "a:two-instances-alternate"
    async with aiohttp.ClientSession() as session:
        assert await _post(session, a, stub_connector, conversation, "/screening " + ANNONSE) == 201
        assert "Slik blir prompten din" in "".join(_messages(stub_connector, conversation))
        assert await _post(session, b, stub_connector, conversation, "send") == 201
        assert len(_answers(stub_connector, conversation)) == 1
        assert await _post(session, a, stub_connector, conversation, "kortere") == 201
        assert len(_answers(stub_connector, conversation)) == 2
        assert await _post(session, b, stub_connector, conversation, "ferdig") == 201
    assert len(fake_openai.requests) == 2
    # The follow-up at A built on the answer B got: the state travelled through Blob storage.
    assert fake_openai.requests[1].sent_text != fake_openai.requests[0].sent_text


async def test_two_turns_at_once_on_two_instances(instances, stub_connector, fake_openai):
    a, b = instances
    conversation = "a:two-instances-concurrent"
    async with aiohttp.ClientSession() as session:
        assert await _post(session, a, stub_connector, conversation, "/screening " + ANNONSE) == 201
        fake_openai.delay_next(1.5)  # the call is still running when the other message arrives
        statuses = await asyncio.gather(_post(session, a, stub_connector, conversation, "send"),
                                        _post(session, b, stub_connector, conversation, "send"))
        assert statuses == [201, 201]
        texts = "".join(_messages(stub_connector, conversation))
        assert len(fake_openai.requests) == 1, "one model call for the two messages"
        assert len(_answers(stub_connector, conversation)) == 1, "one answer"
        assert "kom samtidig med en annen" in texts or "Jeg venter fortsatt" in texts
        # The dialog goes on from the answered state, at either instance.
        assert await _post(session, b, stub_connector, conversation, "kortere") == 201
    assert len(_answers(stub_connector, conversation)) == 2
    assert len(fake_openai.requests) == 2
