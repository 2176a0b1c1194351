"""Streaming answers in Teams 1:1 chats (the Teams ``streaminfo`` protocol).

botbuilder 4.17.1 has no helper for it, so this module speaks it directly:

1. an informative update (``typing`` with a ``streaminfo`` entity, streamType
   ``informative``, streamSequence 1) — its activity id becomes the streamId;
2. cumulative text chunks as ``typing`` activities (streamType ``streaming``, increasing
   streamSequence), at most one update per ``min_interval`` seconds (Teams allows one a second),
   and no more than ``max_updates_per_second`` for all the process's open streams together:
   with 200 answers streaming at once each gets an update every 10 s, not every second. The
   updates are a courtesy (the final message carries the whole answer) and each costs a Bot
   Connector call, so under load they yield to the turns (bench/load_bench.py);
3. the final ``message`` (streamType ``final``): the next message the turn sends (the answer,
   the block card or an error) is turned into it, so the dialog code does not change.

Only personal chats stream; channels and group chats get one message (Teams does not stream
there). When an update fails (throttling, a client without streaming) the stream stops
and the answer goes out as an ordinary message.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

from botbuilder.core import TurnContext
from botbuilder.schema import Activity, ActivityTypes, Entity

from bot.logging_setup import log_event
from dialogs import messages
from dialogs.ports import TURN_PROGRESS_KEY, TurnProgress

logger = logging.getLogger(__name__)

TEAMS_CHANNEL = "msteams"
MAX_UPDATES_PER_SECOND = 20.0  # all open streams of the process together
TEAMS_STREAM_KEY = "aktiv.teams_stream"  # turn_state: this turn's TeamsStream, if any
Clock = Callable[[], float]


class StreamInfo(Entity):
    """The ``streaminfo`` entity: an ``Entity`` with the stream's fields."""

    _attribute_map = {
        "type": {"key": "type", "type": "str"},
        "stream_id": {"key": "streamId", "type": "str"},
        "stream_type": {"key": "streamType", "type": "str"},
        "stream_sequence": {"key": "streamSequence", "type": "int"},
    }

    def __init__(self, *, stream_type: str, stream_id: str | None = None, stream_sequence: int | None = None,
                 **kwargs) -> None:
        super().__init__(type="streaminfo", **kwargs)
        self.stream_id = stream_id
        self.stream_type = stream_type
        self.stream_sequence = stream_sequence

    def channel_data(self) -> dict:
        """The same fields as channelData (older Teams clients read them there)."""
        data: dict = {"streamType": self.stream_type}
        if self.stream_id:
            data["streamId"] = self.stream_id
        if self.stream_sequence is not None:
            data["streamSequence"] = self.stream_sequence
        return data


class TeamsStream:
    """One streamed answer within one turn. Give ``progress()`` to the dialog; ``close()`` at
    the end of the turn (``TeamsTurnMiddleware`` does)."""

    def __init__(self, turn_context: TurnContext, *, min_interval: float = 1.0, clock: Clock = time.monotonic,
                 streaming: TeamsStreaming | None = None):
        self._context = turn_context
        self._min_interval = min_interval
        self._clock = clock
        self._streaming = streaming
        self._stream_id: str | None = None
        self._sequence = 0
        self._last_sent = 0.0
        self._text = ""
        self._announced_writing = False
        self._failed = False
        self._finished = False
        self._opening: asyncio.Task[None] | None = None  # the first update, sent in the background
        self.updates = 0  # informative + streaming updates sent (for logs and tests)
        turn_context.on_send_activities(self._finalize_next_message)

    def progress(self) -> TurnProgress:
        return TurnProgress(on_status=self.on_status, on_delta=self.on_delta)

    @property
    def active(self) -> bool:
        return self._stream_id is not None and not self._failed and not self._finished

    async def on_status(self, status: str) -> None:
        """``checking``: open the stream with the informative update (or fall back).

        The first one is sent in the background, so the guardrail check the dialog starts next
        does not wait for its round trip (under load, through a busy event loop: the checks
        started seconds late, bench/load_bench.py); the stream's next update or the turn's next
        message waits for it (``opened``), which keeps Teams' order."""
        if self._opening is None and self._stream_id is None and not self._failed:
            self._opening = asyncio.get_running_loop().create_task(self._open())
            return
        await self.opened()
        if self._stream_id is None:
            await self._status_without_stream()

    async def _open(self) -> None:
        if not await self._update(messages.text("dialog.checking"), "informative"):
            await self._status_without_stream()

    async def _status_without_stream(self) -> None:
        """No stream: the old way, a note and the typing indicator."""
        await self._context.send_activity(messages.text("dialog.checking"))
        await self._context.send_activity(Activity(type=ActivityTypes.typing))

    async def opened(self) -> None:
        """Wait for the informative update sent in the background; its error is raised here, once."""
        opening = self._opening
        if opening is None or opening is asyncio.current_task():
            return  # nothing pending, or this is the opening itself sending its fallback note
        try:
            await opening
        finally:
            self._opening = None

    def close(self) -> None:
        """The turn is over: the stream no longer counts against the process's update budget
        (and an opening update still under way, after the turn failed, is given up)."""
        if self._opening is not None:
            if not self._opening.done():
                self._opening.cancel()
            elif not self._opening.cancelled():
                self._opening.exception()  # retrieved: the turn's own error was reported already
            self._opening = None
        if self._streaming is not None:
            self._streaming.closed(self)

    def _interval(self) -> float:
        return self._streaming.interval() if self._streaming is not None else self._min_interval

    async def on_delta(self, delta: str) -> None:
        self._text += delta
        if self._opening is not None:
            await self.opened()
        if not self.active or self._clock() - self._last_sent < self._interval():
            return
        if not self._announced_writing:
            self._announced_writing = True
            await self._update(messages.text("dialog.writing"), "informative")
        else:
            await self._update(self._text, "streaming")

    async def _update(self, text: str, stream_type: str) -> bool:
        self._sequence += 1
        info = StreamInfo(stream_type=stream_type, stream_id=self._stream_id, stream_sequence=self._sequence)
        activity = Activity(type=ActivityTypes.typing, text=text, entities=[info], channel_data=info.channel_data())
        try:
            response = await self._context.send_activity(activity)
        except Exception as error:  # the client refused streaming or throttled us: stop streaming
            self._failed = True
            log_event(logger, "stream.update_failed", level=logging.WARNING, stream_type=stream_type,
                      sequence_count=self._sequence, exception_type=type(error).__name__)
            return False
        self._last_sent = self._clock()
        self.updates += 1
        if self._stream_id is None:
            self._stream_id = getattr(response, "id", None)
            if not self._stream_id:
                self._failed = True
                log_event(logger, "stream.not_started", level=logging.WARNING, reason="first_update_without_id")
                return False
            if self._streaming is not None:
                self._streaming.opened(self)
        return True

    async def _finalize_next_message(self, context: TurnContext, activities: list[Activity],
                                     next_send: Callable[[], Awaitable[None]]) -> None:
        """The first message sent while the stream is open becomes its final message."""
        if self._opening is not None:
            await self.opened()
        if self.active:
            for activity in activities:
                if activity.type == ActivityTypes.message:
                    info = StreamInfo(stream_type="final", stream_id=self._stream_id)
                    activity.entities = [*(activity.entities or []), info]
                    activity.channel_data = {**(activity.channel_data or {}), **info.channel_data()}
                    if not activity.text:
                        activity.text = self._text or activity.summary or ""
                    self._finished = True
                    self.close()
                    log_event(logger, "stream.finished", update_count=self.updates, chars=len(self._text))
                    break
        await next_send()


class TeamsStreaming:
    """Decides per turn whether to stream (Teams personal chats only) and paces all streams."""

    def __init__(self, *, min_interval: float = 1.0, clock: Clock = time.monotonic,
                 max_updates_per_second: float = MAX_UPDATES_PER_SECOND):
        self._min_interval = min_interval
        self._clock = clock
        self._max_rate = max_updates_per_second
        self._open: set[TeamsStream] = set()

    def interval(self) -> float:
        """Seconds between two updates of one stream: ``min_interval``, longer when many streams
        are open (``min_interval`` 0, as in tests, means no pacing at all)."""
        if self._min_interval <= 0:
            return 0.0
        return max(self._min_interval, len(self._open) / self._max_rate)

    def opened(self, stream: TeamsStream) -> None:
        self._open.add(stream)

    def closed(self, stream: TeamsStream) -> None:
        self._open.discard(stream)

    def supports(self, turn_context: TurnContext) -> bool:
        activity = turn_context.activity
        conversation_type = getattr(activity.conversation, "conversation_type", None) if activity.conversation else None
        return activity.channel_id == TEAMS_CHANNEL and conversation_type == "personal"

    def attach(self, turn_context: TurnContext) -> TeamsStream | None:
        """Prepare a stream for this turn (nothing is sent until the dialog asks the model)."""
        if not self.supports(turn_context):
            return None
        stream = TeamsStream(turn_context, min_interval=self._min_interval, clock=self._clock, streaming=self)
        turn_context.turn_state[TURN_PROGRESS_KEY] = stream.progress()
        turn_context.turn_state[TEAMS_STREAM_KEY] = stream
        return stream
