"""Bad requests get short 4xx JSON answers, never 500; invoke bodies come back intact."""

from __future__ import annotations

import json

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication

from bot.http.app import MAX_BODY_BYTES
from bot.http.auth import sdk_configuration
from tests.bot_http.bots import CARD_REPLY, CardActionBot, EchoBot, RawInvokeBot
from tests.bot_http.helpers import serve
from tests.fakes.activities import make_invoke, make_message


@pytest.mark.parametrize(
    ("body", "content_type", "status", "error"),
    [
        (b'{"type": "message", "text": "hei"', "application/json", 400, "malformed_json"),
        (b"\xff\xfe not utf-8", "application/json", 400, "malformed_json"),
        (b'["type", "message"]', "application/json", 400, "not_an_activity"),
        (b'{"text": "hei"}', "application/json", 400, "not_an_activity"),
        (b'{"type": "message", "timestamp": "not a time"}', "application/json", 400, "not_an_activity"),
        (b'{"type": "message"}', "text/plain", 415, "content_type_must_be_application_json"),
        (b"type=message", "application/x-www-form-urlencoded", 415, "content_type_must_be_application_json"),
        (b'{"type": "message"}', None, 415, "content_type_must_be_application_json"),
    ],
    ids=["truncated", "not-utf8", "array", "no-type", "bad-timestamp", "text-plain", "form", "no-content-type"],
)
async def test_bad_requests_get_4xx(anonymous_settings, body, content_type, status, error):
    headers = {"Content-Type": content_type} if content_type else {}
    async with serve(anonymous_settings, EchoBot()) as client:
        response = await client.post("/api/messages", data=body, headers=headers, skip_auto_headers=["Content-Type"])
        assert response.status == status
        assert await response.json() == {"error": error}


@pytest.mark.parametrize(
    ("text_size", "status"),
    [(MAX_BODY_BYTES - 2_000, 201), (MAX_BODY_BYTES + 1, 413)],
    ids=["just-under-limit", "over-limit"],
)
async def test_body_size_limit(anonymous_settings, stub_connector, text_size, status):
    async with serve(anonymous_settings, EchoBot()) as client:
        activity = make_message("a" * text_size, stub_connector.service_url)
        response = await client.post("/api/messages", data=json.dumps(activity),
                                     headers={"Content-Type": "application/json"})
        assert response.status == status
    assert len(stub_connector.activities) == (1 if status == 201 else 0)


async def test_get_on_messages_is_405(anonymous_settings):
    async with serve(anonymous_settings, EchoBot()) as client:
        response = await client.get("/api/messages")
        assert response.status == 405


@pytest.mark.parametrize(
    ("bot", "name", "expected"),
    [
        (CardActionBot(), "adaptiveCard/action", CARD_REPLY),
        (RawInvokeBot({"task": {"type": "message", "value": "Ferdig"}}), "task/submit",
         {"task": {"type": "message", "value": "Ferdig"}}),
        (RawInvokeBot({"status": 200, "nested": [{"a": 1}, {"b": None}]}), "message/submitAction",
         {"status": 200, "nested": [{"a": 1}, {"b": None}]}),
    ],
    ids=["adaptive-card-model", "task-submit-dict", "submit-action-dict"],
)
async def test_invoke_returns_200_with_exact_body(anonymous_settings, stub_connector, bot, name, expected):
    async with serve(anonymous_settings, bot) as client:
        activity = make_invoke(name, {"action": {"type": "Action.Execute", "verb": "lagre", "data": {}}},
                               stub_connector.service_url)
        response = await client.post("/api/messages", json=activity)
        assert response.status == 200
        assert await response.json() == expected


async def test_stock_cloud_adapter_fails_the_same_invoke(anonymous_settings, stub_connector):
    """The defect we work around: the stock adapter serializes the body twice → 500."""
    stock = CloudAdapter(ConfigurationBotFrameworkAuthentication(sdk_configuration(anonymous_settings)))
    bot = CardActionBot()

    async def messages(request: web.Request) -> web.StreamResponse:
        return await stock.process(request, bot)

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        activity = make_invoke("adaptiveCard/action", {"action": {"type": "Action.Execute", "verb": "lagre"}},
                               stub_connector.service_url)
        response = await client.post("/api/messages", json=activity)
        assert response.status == 500
