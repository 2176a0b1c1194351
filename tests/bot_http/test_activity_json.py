"""The fast activity serialiser sends exactly what msrest's would (bot.http.activity_json).

Every activity the real Teams bot sends in a few dialogs (cards, the requirements checklist,
streamed updates, the block card, help) is serialised both ways and compared; so are
hand-made activities with the schema's odd corners. What the fast path does not know goes to
msrest, so the result is the same there too."""

from __future__ import annotations

import copy
import datetime

import pytest
from botbuilder.schema import (
    Activity,
    ActivityImportance,
    ActivityTypes,
    Attachment,
    CardAction,
    ChannelAccount,
    ConversationAccount,
    HeroCard,
    Mention,
    SuggestedActions,
)
from botframework.connector import models as connector_models
from msrest.serialization import Serializer

from bot.composition import build_components
from bot.http.activity_json import FastActivitySerializer, Unsupported, activity_json
from bot.settings import Settings
from bot.teams.streaming import StreamInfo
from tests.dialogs.driver import Conversation
from tests.dialogs.samples import ANNONSE, KRAV, valid_fodselsnummer

MODELS = {k: v for k, v in vars(connector_models).items() if isinstance(v, type)}


def msrest_body(activity: Activity) -> dict:
    return Serializer(MODELS).body(copy.deepcopy(activity), "Activity")


async def _sent(conversation: Conversation, *turns: str) -> list[Activity]:
    sent: list[Activity] = []
    for text in turns:
        conversation.adapter.activity_buffer.clear()
        await conversation.adapter.receive_activity(Activity(type=ActivityTypes.message, text=text))
        sent.extend(conversation.adapter.activity_buffer)
    return sent


def _teams_chat(settings: Settings, guardrail) -> Conversation:
    return Conversation(build_components(settings, guardrail=guardrail, teams=True, stream_interval=0.0).bot)


async def test_what_the_bot_sends_serialises_as_msrest_does(guardrail, openai_settings, fake_openai):
    fake_openai.queue_answer("1. Hva motiverer deg?\n2. Fortell om et prosjekt du ledet.")
    model_chat = _teams_chat(openai_settings.model_copy(update={"storage": "memory"}), guardrail)
    builder_chat = _teams_chat(Settings(storage="memory"), guardrail)
    sent = await _sent(model_chat, "/screening " + ANNONSE, "send", "/hjelp")
    sent += await _sent(builder_chat, "/intervju " + KRAV, "rådgiver i HR", "send",
                        f"/annonse Ring meg, fnr {valid_fodselsnummer()}", "send", "/personvern")
    kinds = {a.type for a in sent}
    assert {"message", "typing"} <= kinds and sum(bool(a.attachments) for a in sent) >= 5 and len(sent) > 10
    for activity in sent:
        assert activity_json(activity) == msrest_body(activity)


def _odd_activity() -> Activity:
    return Activity(
        type=ActivityTypes.message, id="1", timestamp=datetime.datetime(2026, 12, 7, 10, 0, 1, 5000,
                                                                         tzinfo=datetime.UTC),
        channel_id="msteams", service_url="http://127.0.0.1:1/",
        from_property=ChannelAccount(id="28:bot", name="AKTIV", aad_object_id=None),
        recipient=ChannelAccount(id="29:user", name="Ola"),
        conversation=ConversationAccount(id="a:1", conversation_type="personal", is_group=False, tenant_id="t"),
        text="hei <at>AKTIV</at>", text_format="markdown", input_hint="acceptingInput",
        entities=[Mention(mentioned=ChannelAccount(id="28:bot", name="AKTIV"), text="<at>AKTIV</at>",
                          type="mention"), StreamInfo(stream_type="final", stream_id="s-1", stream_sequence=3)],
        attachments=[Attachment(content_type="application/vnd.microsoft.card.hero",
                                content=HeroCard(title="T", buttons=[CardAction(type="imBack", title="Ja",
                                                                                value="ja")])),
                     Attachment(content_type="application/json",
                                content={"a": [1, 2.5, True, None, {"b": None}], "n": None, "t": (1, 2),
                                         3: "three"})],
        suggested_actions=SuggestedActions(actions=[CardAction(type="imBack", title="Send", value="send")],
                                           to=["29:user"]),
        channel_data={"streamType": "final", "tenant": {"id": "t"}}, value=["x", None, 3],
        importance=ActivityImportance.high, local_timestamp=None, expiration=None,
    )


def test_odd_corners_serialise_as_msrest_does():
    activity = _odd_activity()
    assert activity_json(activity) == msrest_body(activity)


def test_what_it_does_not_know_goes_to_msrest():
    activity = _odd_activity()
    activity.conversation = {"id": "a:1", "conversationType": "personal"}  # a dict where a model belongs
    with pytest.raises(Unsupported):
        activity_json(activity)
    expected = msrest_body(activity)
    assert FastActivitySerializer(MODELS).body(activity, "Activity") == expected
    assert expected["conversation"] == {"id": "a:1", "conversationType": "personal"}
    activity.conversation, activity.value = None, {"importance": ActivityImportance.high}  # msrest refuses it
    with pytest.raises(Unsupported):
        activity_json(activity)
