"""Tenant allow-list, turn errors, connector failures and the never-log-user-text rule."""

from __future__ import annotations

import json
import logging

import pytest

from bot.logging_setup import JsonLineFormatter
from bot.settings import Settings
from dialogs import messages
from tests.bot_http.bots import EchoBot, FailingBot
from tests.bot_http.helpers import serve
from tests.fakes.activities import make_message

ALLOWED = "aaaaaaaa-0000-0000-0000-000000000001"
OTHER = "bbbbbbbb-0000-0000-0000-000000000002"


def _activity(service_url: str, tenant_source: str) -> dict:
    if tenant_source == "channel-data-allowed":
        return make_message("hei", service_url, tenant_id=ALLOWED)
    if tenant_source == "conversation-only-allowed":
        activity = make_message("hei", service_url, tenant_id=ALLOWED)
        del activity["channelData"]
        return activity
    if tenant_source == "other-tenant":
        return make_message("hei", service_url, tenant_id=OTHER)
    if tenant_source == "no-tenant":
        return make_message("hei", service_url, tenant_id=None)
    raise ValueError(tenant_source)


@pytest.mark.parametrize(
    ("tenant_source", "processed"),
    [("channel-data-allowed", True), ("conversation-only-allowed", True), ("other-tenant", False),
     ("no-tenant", False)],
)
async def test_tenant_allow_list(stub_connector, caplog, tenant_source, processed):
    settings = Settings(allowed_tenants=(ALLOWED,), storage="memory")
    bot = EchoBot()
    caplog.set_level(logging.INFO, logger="aktiv")
    async with serve(settings, bot) as client:
        response = await client.post("/api/messages", json=_activity(stub_connector.service_url, tenant_source))
        assert response.status == 201
    assert bot.turns == (1 if processed else 0)
    expected = "echo:3:hei" if processed else messages.text("bot.tenant_refused")
    assert stub_connector.texts() == [expected]
    refused = [r for r in caplog.records if r.getMessage() == "tenant.refused"]
    assert len(refused) == (0 if processed else 1)
    if not processed:
        assert refused[0].fields["tenant_id"] == (OTHER if tenant_source == "other-tenant" else None)


async def test_empty_allow_list_lets_every_tenant_in(anonymous_settings, stub_connector):
    bot = EchoBot()
    async with serve(anonymous_settings, bot) as client:
        await client.post("/api/messages", json=make_message("hei", stub_connector.service_url, tenant_id=OTHER))
    assert bot.turns == 1


async def test_turn_error_apologises_and_answers_without_details_or_5xx(anonymous_settings, stub_connector):
    """200, not 500: the activity was valid and taken; a 5xx makes the channel send it again."""
    async with serve(anonymous_settings, FailingBot()) as client:
        response = await client.post("/api/messages", json=make_message("hemmelig", stub_connector.service_url))
        assert response.status == 200
        body = await response.text()
    assert json.loads(body) == {"error": "turn_failed"}
    assert "hemmelig" not in body and "ValueError" not in body
    assert stub_connector.texts() == [messages.text("bot.turn_error")]


@pytest.mark.parametrize("status", [403, 404])
async def test_connector_refusing_replies_is_no_5xx(anonymous_settings, stub_connector, status):
    """Teams answers 403/404 when the bot is not installed; the apology fails too."""
    stub_connector.fail_with(status)
    async with serve(anonymous_settings, EchoBot()) as client:
        response = await client.post("/api/messages", json=make_message("hei", stub_connector.service_url))
        assert response.status == 200
        assert await response.json() == {"error": "turn_failed"}
    assert [call.route for call in stub_connector.calls] == ["reply", "reply"]  # the answer, then the apology


FNR = "01017012345"
NAME = "Kari Nordmann"


@pytest.mark.parametrize("bot_class", [EchoBot, FailingBot])
async def test_user_text_never_reaches_the_logs(anonymous_settings, stub_connector, caplog, bot_class):
    caplog.set_level(logging.DEBUG)
    text = f"Kandidaten {NAME} har fødselsnummer {FNR} og telefon 912 34 567"
    async with serve(anonymous_settings, bot_class()) as client:
        response = await client.post("/api/messages", json=make_message(text, stub_connector.service_url))
        assert response.status in (200, 201)
    assert caplog.records, "the turn should have logged something"
    formatter = JsonLineFormatter()
    for record in caplog.records:
        rendered = record.getMessage() + formatter.format(record)
        if record.exc_info:
            rendered += repr(record.exc_info[1])
        for secret in (FNR, "Kari", "Nordmann", "912 34 567"):
            assert secret not in rendered, f"{record.name} logged user text"


@pytest.mark.parametrize("conversation_id", [
    "19:abc@thread.tacv2;messageid=1733590000000", "a:" + "x" * 300, "a:id med mellomrom"])
async def test_turn_error_on_odd_conversation_ids_still_apologises(anonymous_settings, stub_connector, caplog,
                                                                    conversation_id):
    """log_event in the error handler raised on these ids, so no apology was sent (item 6)."""
    caplog.set_level(logging.INFO, logger="aktiv")
    async with serve(anonymous_settings, FailingBot()) as client:
        response = await client.post("/api/messages", json=make_message(
            "hei", stub_connector.service_url, conversation_id=conversation_id))
        assert response.status == 200
    assert stub_connector.texts() == [messages.text("bot.turn_error")]
    errors = [r for r in caplog.records if r.getMessage() == "turn.error"]
    assert len(errors) == 1 and errors[0].fields["exception_type"] == "ValueError"


@pytest.mark.parametrize("allow_list", [(ALLOWED,), ()])
async def test_two_different_tenants_in_one_activity_are_refused(stub_connector, caplog, allow_list):
    """channelData names an allowed tenant, conversation.tenantId another: refused (item 7)."""
    settings = Settings(allowed_tenants=allow_list, storage="memory")
    activity = make_message("/lagre tittel delt", stub_connector.service_url, tenant_id=ALLOWED)
    activity["conversation"]["tenantId"] = OTHER
    bot = EchoBot()
    caplog.set_level(logging.INFO, logger="aktiv")
    async with serve(settings, bot) as client:
        assert (await client.post("/api/messages", json=activity)).status == 201
    assert bot.turns == 0
    assert stub_connector.texts() == [messages.text("bot.tenant_refused")]
    refused = [r for r in caplog.records if r.getMessage() == "tenant.refused"]
    assert refused[0].fields["reason"] == "mismatch"
