"""Outgoing activities are copied shallowly (bot.http.shallow_turn_context), over real HTTP
with the stub Bot Connector: the caller's activity is left as it was, the same object can be
sent twice, and ``expectReplies`` still answers in the HTTP response."""

from __future__ import annotations

from botbuilder.core import ActivityHandler, CardFactory, TurnContext
from botbuilder.schema import Activity, ActivityTypes, Entity

from bot.http.shallow_turn_context import ShallowCopyTurnContext
from tests.bot_http.bots import EchoBot
from tests.bot_http.helpers import serve
from tests.fakes.activities import make_message

CARD = {"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlock", "text": "Forslag"}]}


class TwiceBot(ActivityHandler):
    """Sends one card activity object twice and keeps what it looked like before and after."""

    def __init__(self) -> None:
        self.contexts: list[type] = []
        self.before: dict = {}
        self.after: dict = {}

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        self.contexts.append(type(turn_context))
        reply = Activity(type=ActivityTypes.message, text="Svar", attachments=[CardFactory.adaptive_card(CARD)],
                         entities=[Entity(type="clientInfo")], channel_data={"a": 1})
        self.before = reply.serialize()
        await turn_context.send_activity(reply)
        await turn_context.send_activity(reply)
        self.after = reply.serialize()


async def test_the_callers_activity_is_left_as_it_was(anonymous_settings, stub_connector):
    bot = TwiceBot()
    async with serve(anonymous_settings, bot) as client:
        response = await client.post("/api/messages", json=make_message("hei", stub_connector.service_url,
                                                                         conversation_id="a:shallow"))
        assert response.status == 201
    assert bot.contexts == [ShallowCopyTurnContext]
    assert bot.after == bot.before and "conversation" not in bot.after and "replyToId" not in bot.after
    sent = stub_connector.activities
    assert len(sent) == 2 and sent[0] == sent[1]
    assert sent[0]["conversation"]["id"] == "a:shallow" and sent[0]["attachments"][0]["content"] == CARD
    assert sent[0]["channelData"] == {"a": 1} and sent[0]["inputHint"] == "acceptingInput"


async def test_expect_replies_answers_in_the_http_response(anonymous_settings, stub_connector):
    activity = make_message("hei", stub_connector.service_url)
    activity["deliveryMode"] = "expectReplies"
    async with serve(anonymous_settings, EchoBot()) as client:
        response = await client.post("/api/messages", json=activity)
        assert response.status == 200
        body = await response.json()
    assert [a["text"] for a in body["activities"]] == ["echo:3:hei"]
    assert stub_connector.activities == []  # buffered, not sent
