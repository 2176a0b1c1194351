"""Per-turn duty: a message delivered twice is answered once (issue 14, item 11).

Azure Bot Service delivers an activity again, with the same activity id, when the bot did not
answer the first POST in time or answered 5xx, and the retry may reach another instance. A
``send`` whose model call outlasts Bot Service's patience would then call the model twice and
answer twice. Before the turn runs, this middleware claims the activity id in the
conversation's delivery log: a small storage item next to the conversation state
(``<channel>/conversations/<id>/delivered``, so retention deletes it with the state), written
with the eTag it was read with. A message whose id is already there (less than ``window_s``
old) is dropped: no answer, no model call, HTTP 201 as for any activity taken. Two instances
claiming the same id at the same moment cannot both win: the second write meets a newer eTag,
reads again and finds the id. (A conversation's very first log is created without an eTag,
so two deliveries of its very first message at the same instant could both pass; the
conversation state's own eTags then still allow only one model call.)

Nothing here is user text: activity ids and times only.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

from botbuilder.core import Middleware, Storage, TurnContext
from botbuilder.schema import ActivityTypes

from bot.logging_setup import log_event
from bot.storage.factory import is_conflict

logger = logging.getLogger(__name__)

WINDOW_S = 600.0  # Bot Service retries within seconds; an id is remembered ten minutes
MAX_IDS = 50  # per conversation, newest kept
ATTEMPTS = 5  # compare-and-set rounds against other writers of the same log


def delivery_log_key(turn_context: TurnContext) -> str | None:
    activity = turn_context.activity
    if not activity.channel_id or not activity.conversation or not activity.conversation.id:
        return None
    return f"{activity.channel_id}/conversations/{activity.conversation.id}/delivered"


class DuplicateDeliveryMiddleware(Middleware):
    def __init__(self, storage: Storage, *, window_s: float = WINDOW_S, clock: Callable[[], float] = time.time):
        self._storage = storage
        self._window_s = window_s
        self._clock = clock

    async def on_turn(self, context: TurnContext, logic: Callable[[], Awaitable]) -> None:
        activity = context.activity
        key = delivery_log_key(context)
        if activity.type == ActivityTypes.message and activity.id and key and await self._seen(key, activity.id):
            log_event(logger, "turn.duplicate_dropped", activity_type=activity.type)
            return
        await logic()

    async def _seen(self, key: str, activity_id: str) -> bool:
        """Whether ``activity_id`` was delivered before; if not, it is claimed now."""
        for _ in range(ATTEMPTS):
            stored = (await self._storage.read([key])).get(key)
            now = self._clock()
            previous = stored.get("ids") if isinstance(stored, dict) else None
            ids = {i: t for i, t in (previous or {}).items() if now - t < self._window_s}
            if activity_id in ids:
                return True
            ids[activity_id] = now
            item: dict[str, object] = {"ids": dict(sorted(ids.items(), key=lambda it: it[1])[-MAX_IDS:])}
            if isinstance(stored, dict) and stored.get("e_tag"):
                item["e_tag"] = stored["e_tag"]  # compare-and-set: another writer first → conflict
            try:
                await self._storage.write({key: item})
                return False
            except Exception as error:
                if not is_conflict(error):
                    raise
        log_event(logger, "turn.duplicate_check_gave_up", level=logging.WARNING, attempt_count=ATTEMPTS)
        return False  # answer rather than drop a message that may be new
