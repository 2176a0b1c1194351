"""Streaming answers in Teams 1:1 chats: the activity sequence at the stub Bot Connector with
the fake OpenAI server streaming, Teams' pacing, and the fallbacks."""

from __future__ import annotations

import asyncio
from itertools import pairwise

import pytest
from botbuilder.core import TurnContext
from botbuilder.core.adapters import TestAdapter
from botbuilder.schema import Activity, ActivityTypes, ChannelAccount, ConversationAccount

from bot.composition import build_components
from bot.teams.streaming import StreamInfo, TeamsStreaming
from dialogs import messages
from tests.bot_http.helpers import serve
from tests.dialogs.samples import KRAV, valid_fodselsnummer
from tests.fakes.activities import make_message

ANSWER = "1. Fortell om en rekruttering du er stolt av.\n2. Hvordan prioriterer du mellom flere prosesser?"


def _stream_entity(activity: dict) -> dict | None:
    return next((e for e in activity.get("entities") or [] if e.get("type") == "streaminfo"), None)


async def _run_to_answer(settings, guardrail, connector, *, conversation_type: str, stream_interval: float,
                         answer_text: str = ANSWER) -> list[dict]:
    bot = build_components(settings, guardrail=guardrail, teams=True, stream_interval=stream_interval).bot
    conversation_id = "a:conv-stream" if conversation_type == "personal" else "19:chat@thread.v2"
    async with serve(settings, bot) as client:
        for text in ("/intervju " + KRAV, "rådgiver i HR"):
            response = await client.post("/api/messages", json=make_message(
                text, connector.service_url, conversation_type=conversation_type, conversation_id=conversation_id))
            assert response.status in (200, 201)
        connector.clear()
        response = await client.post("/api/messages", json=make_message(
            answer_text, connector.service_url, conversation_type=conversation_type,
            conversation_id=conversation_id))
        assert response.status in (200, 201)
    return connector.activities


async def test_personal_chat_streams_informative_chunks_final(openai_settings, fake_openai, stub_connector,
                                                              guardrail):
    fake_openai.queue_answer(ANSWER)
    settings = openai_settings.model_copy(update={"storage": "memory"})
    sent = await _run_to_answer(settings, guardrail, stub_connector, conversation_type="personal",
                                stream_interval=0.0, answer_text="send")
    entities = [_stream_entity(a) for a in sent]
    assert all(entities), [a.get("type") for a in sent]  # every activity of the turn belongs to the stream
    first, *updates, final = sent
    # 1. informative update opens the stream; its id is the streamId of everything after it.
    assert first["type"] == "typing" and entities[0]["streamType"] == "informative"
    assert first["text"] == messages.text("dialog.checking") and entities[0]["streamSequence"] == 1
    ids = {e.get("streamId") for e in entities[1:]}
    assert len(ids) == 1 and None not in ids
    stream_id = ids.pop()
    assert "streamId" not in entities[0]
    # 2. "Skriver forslag …", then cumulative chunks with increasing sequence numbers.
    assert updates[0]["text"] == messages.text("dialog.writing")
    chunks = updates[1:]
    assert chunks and all(u["type"] == "typing" for u in chunks)
    assert all(_stream_entity(u)["streamType"] == "streaming" for u in chunks)
    sequences = [_stream_entity(u)["streamSequence"] for u in updates]
    assert sequences == list(range(2, 2 + len(updates)))
    texts = [u["text"] for u in chunks]
    assert all(later.startswith(earlier) for earlier, later in pairwise(texts))
    assert ANSWER.startswith(texts[0]) and len(texts[-1]) <= len(ANSWER)
    # 3. the final message: the whole answer as text, the follow-up card, streamType final.
    assert final["type"] == "message" and _stream_entity(final) == {"type": "streaminfo", "streamId": stream_id,
                                                                     "streamType": "final"}
    assert final["text"].endswith(ANSWER)
    assert final["channelData"]["streamType"] == "final"
    assert final["attachments"][0]["contentType"] == "application/vnd.microsoft.card.adaptive"


@pytest.mark.parametrize("conversation_type", ["groupChat", "channel"])
async def test_group_conversations_get_one_message(openai_settings, fake_openai, stub_connector, guardrail,
                                                   conversation_type):
    fake_openai.queue_answer(ANSWER)
    settings = openai_settings.model_copy(update={"storage": "memory"})
    sent = await _run_to_answer(settings, guardrail, stub_connector, conversation_type=conversation_type,
                                stream_interval=0.0, answer_text="send")
    assert not any(_stream_entity(a) for a in sent)
    answers = [a for a in sent if a["type"] == "message" and ANSWER in (a.get("text") or "")]
    assert len(answers) == 1
    assert messages.text("dialog.checking") in [a.get("text") for a in sent]


async def test_blocked_request_ends_the_stream_with_the_block_card(openai_settings, fake_openai, stub_connector,
                                                                   guardrail):
    settings = openai_settings.model_copy(update={"storage": "memory"})
    bot = build_components(settings, guardrail=guardrail, teams=True, stream_interval=0.0).bot
    async with serve(settings, bot) as client:
        for text in ("/intervju " + KRAV, f"rådgiver, leder har fnr {valid_fodselsnummer()}", "send"):
            await client.post("/api/messages", json=make_message(text, stub_connector.service_url,
                                                                  conversation_id="a:conv-block"))
    final = stub_connector.activities[-1]
    assert _stream_entity(final)["streamType"] == "final"
    assert final["text"] == messages.text("dialog.blocked_title")
    assert fake_openai.requests == []


# --- pacing and fallbacks, with a fake clock ------------------------------------------------
class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _personal_context(adapter: TestAdapter, conversation_type: str = "personal") -> TurnContext:
    activity = Activity(type=ActivityTypes.message, text="send", channel_id="msteams", id="in-1",
                        from_property=ChannelAccount(id="user"), recipient=ChannelAccount(id="bot"),
                        conversation=ConversationAccount(id="c", conversation_type=conversation_type),
                        service_url="https://test.invalid")
    return TurnContext(adapter, activity)


async def test_no_more_than_one_update_per_interval():
    adapter = TestAdapter()
    clock = _Clock()
    context = _personal_context(adapter)
    stream = TeamsStreaming(min_interval=1.0, clock=clock).attach(context)
    await stream.on_status("checking")
    await stream.opened()  # the opening update is sent in the background
    sent_at = [clock.now]
    for step in range(40):  # 40 deltas over 4 seconds, one every 0.1 s
        clock.now += 0.1
        before = len(adapter.activity_buffer)
        await stream.on_delta(f"ord{step} ")
        if len(adapter.activity_buffer) > before:
            sent_at.append(clock.now)
    gaps = [b - a for a, b in pairwise(sent_at)]
    assert len(sent_at) in (4, 5) and all(gap >= 1.0 - 1e-9 for gap in gaps), gaps
    await context.send_activity("Ferdig svar")
    final = adapter.activity_buffer[-1]
    assert final.type == "message" and final.entities[-1].stream_type == "final"


@pytest.mark.parametrize("channel, conversation_type, streams", [
    ("msteams", "personal", True), ("msteams", "groupChat", False), ("msteams", "channel", False),
    ("webchat", "personal", False),
])
def test_only_teams_personal_chats_stream(channel, conversation_type, streams):
    context = _personal_context(TestAdapter(), conversation_type)
    context.activity.channel_id = channel
    assert (TeamsStreaming().attach(context) is not None) is streams


class _RefusingAdapter(TestAdapter):
    """A client that refuses streaming updates (as Teams does when throttled: 429/403)."""

    def __init__(self, refuse_after: int) -> None:
        super().__init__()
        self.refuse_after = refuse_after
        self.typing_seen = 0

    async def send_activities(self, context, activities):
        for activity in activities:
            if activity.type == ActivityTypes.typing and activity.entities:
                self.typing_seen += 1
                if self.typing_seen > self.refuse_after:
                    raise RuntimeError("stream refused")
        return await super().send_activities(context, activities)


@pytest.mark.parametrize("refuse_after, informative_shown", [(0, False), (1, True), (2, True)])
async def test_refused_updates_fall_back_to_one_plain_message(refuse_after, informative_shown):
    adapter = _RefusingAdapter(refuse_after)
    clock = _Clock()
    context = _personal_context(adapter)
    stream = TeamsStreaming(min_interval=1.0, clock=clock).attach(context)
    await stream.on_status("checking")
    await stream.opened()  # the opening update is sent in the background
    for step in range(5):
        clock.now += 1.5
        await stream.on_delta(f"del{step} ")
    await context.send_activity("Svaret")
    final = adapter.activity_buffer[-1]
    assert final.text == "Svaret" and not final.entities  # a plain message, no stream marker
    texts = [a.text for a in adapter.activity_buffer]
    assert texts[0] == messages.text("dialog.checking")
    if not informative_shown:  # the stream never opened: the old note and typing indicator instead
        assert adapter.activity_buffer[0].type == "message" and adapter.activity_buffer[1].type == "typing"


def test_streaminfo_entity_serialises_with_teams_field_names():
    activity = Activity(type="typing", text="x",
                        entities=[StreamInfo(stream_type="streaming", stream_id="abc", stream_sequence=3)])
    assert activity.serialize()["entities"] == [{"type": "streaminfo", "streamId": "abc", "streamType": "streaming",
                                                "streamSequence": 3}]


async def test_many_open_streams_share_the_update_budget():
    clock = _Clock()
    streaming = TeamsStreaming(min_interval=1.0, clock=clock, max_updates_per_second=2.0)
    adapters = [TestAdapter() for _ in range(4)]
    contexts = [_personal_context(adapter) for adapter in adapters]
    streams = [streaming.attach(context) for context in contexts]
    for stream in streams:
        await stream.on_status("checking")  # four open streams, two updates a second in all
        await stream.opened()  # the opening update is sent in the background
    assert streaming.interval() == 2.0
    watched, sent_at = adapters[0], [clock.now]
    for step in range(60):  # 60 deltas over 6 seconds
        clock.now += 0.1
        before = len(watched.activity_buffer)
        await streams[0].on_delta(f"ord{step} ")
        if len(watched.activity_buffer) > before:
            sent_at.append(clock.now)
    assert all(b - a >= 2.0 - 1e-9 for a, b in pairwise(sent_at)) and len(sent_at) == 3, sent_at  # not 6
    for context in contexts[1:]:
        await context.send_activity("Ferdig svar")  # their final messages close three streams
    assert streaming.interval() == 1.0
    streams[0].close()  # the end of the turn, as TeamsTurnMiddleware does it
    assert streaming.interval() == 1.0 and not streaming._open


class _SlowAdapter(TestAdapter):
    """A connector whose first call waits until the test lets it go."""

    def __init__(self) -> None:
        super().__init__()
        self.release = asyncio.Event()

    async def send_activities(self, context, activities):
        if not self.activity_buffer:
            await self.release.wait()
        return await super().send_activities(context, activities)


async def test_the_opening_update_does_not_hold_up_the_turn_and_keeps_its_place():
    adapter = _SlowAdapter()
    context = _personal_context(adapter)
    stream = TeamsStreaming(min_interval=1.0, clock=_Clock()).attach(context)
    await asyncio.wait_for(stream.on_status("checking"), 1.0)  # returns before the update is sent
    assert adapter.activity_buffer == []
    answer = asyncio.create_task(context.send_activity("Ferdig svar"))
    await asyncio.sleep(0.05)
    assert not answer.done()  # the final message waits for the opening update
    adapter.release.set()
    await answer
    first, final = adapter.activity_buffer
    assert first.type == "typing" and first.entities[0].stream_type == "informative"
    assert final.type == "message" and final.entities[-1].stream_type == "final"
    assert final.entities[-1].stream_id  # the id the opening update got back
