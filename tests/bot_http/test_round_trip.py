"""Real HTTP into the app, real CloudAdapter, replies arriving at the stub connector."""

from __future__ import annotations

import pytest

from tests.bot_http.bots import EchoBot
from tests.bot_http.helpers import serve
from tests.fakes.activities import make_message


@pytest.mark.parametrize(
    ("text", "expected_reply"),
    [
        ("hei", "echo:3:hei"),
        ("/hjelp", "echo:6:/hjelp"),
        ("", "tom"),
        ("x" * 50_000, "echo:50000:" + "x" * 40),
    ],
    ids=["short", "command", "empty", "50k-chars"],
)
async def test_message_round_trip(anonymous_settings, stub_connector, text, expected_reply):
    bot = EchoBot()
    async with serve(anonymous_settings, bot) as client:
        activity = make_message(text, stub_connector.service_url)
        response = await client.post("/api/messages", json=activity)
        assert response.status == 201
    assert stub_connector.texts() == [expected_reply]
    sent = stub_connector.activities[0]
    assert sent["conversation"]["id"] == activity["conversation"]["id"]
    assert sent["replyToId"] == activity["id"]
    assert stub_connector.calls[0].route == "reply"


async def test_health_and_readiness(anonymous_settings):
    async with serve(anonymous_settings, EchoBot()) as client:
        health = await client.get("/healthz")
        ready = await client.get("/readyz")
        assert (health.status, await health.json()) == (200, {"status": "ok"})
        assert ready.status == 200
