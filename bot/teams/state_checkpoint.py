"""Per-turn duty: let the dialog store the conversation state mid-turn (issue 14, item 8).

The bot saves state once, at the end of the turn (``AutoSaveStateMiddleware``). A process
killed during a model call would lose the draft and the stage, and ``prøv igjen`` after the
restart would not know what to send again. This middleware puts an ``async () -> None`` under
``TURN_CHECKPOINT_KEY`` in ``turn_state``; the dialog calls it before the model call.

Several instances (issue 14, item 11): both saves carry the eTag the turn read. When another
turn of the conversation stored first, the save fails (``KeyError`` or HTTP 412, see
``is_conflict``); ``ConcurrentTurnError`` carries that up to ``ConcurrentTurnMiddleware``,
which drops the turn's changes and tells the user. At the checkpoint that is before the model
call: two ``send`` at once give one call and one answer.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from botbuilder.core import AutoSaveStateMiddleware, ConversationState, Middleware, TurnContext

from bot.logging_setup import log_event
from bot.storage.factory import is_conflict
from dialogs import messages
from dialogs.ports import TURN_CHECKPOINT_KEY

logger = logging.getLogger(__name__)


class ConcurrentTurnError(RuntimeError):
    """Another turn of the same conversation stored its state first (an eTag conflict)."""


async def _save(state: ConversationState | AutoSaveStateMiddleware, turn_context: TurnContext) -> None:
    try:
        if isinstance(state, AutoSaveStateMiddleware):
            await state.bot_state_set.save_all_changes(turn_context, False)
        else:
            await state.save_changes(turn_context)
    except Exception as error:
        if is_conflict(error):
            raise ConcurrentTurnError("another turn stored this conversation first") from None
        raise


class ConcurrentTurnMiddleware(Middleware):
    """Outermost: a turn that lost the eTag race is dropped, and its user told so."""

    async def on_turn(self, context: TurnContext, logic: Callable[[], Awaitable]) -> None:
        try:
            await logic()
        except ConcurrentTurnError:
            log_event(logger, "turn.dropped", reason="concurrent_turn", activity_type=context.activity.type)
            await context.send_activity(messages.text("dialog.concurrent_turn"))


class ConflictAwareAutoSave(AutoSaveStateMiddleware):
    """``AutoSaveStateMiddleware`` whose eTag conflict is a ``ConcurrentTurnError``."""

    async def on_turn(self, context: TurnContext, logic: Callable[[], Awaitable]) -> None:
        await logic()
        await _save(self, context)


class StateCheckpointMiddleware(Middleware):
    def __init__(self, conversation_state: ConversationState) -> None:
        self._conversation_state = conversation_state

    async def on_turn(self, context: TurnContext, logic: Callable[[], Awaitable]) -> None:
        async def checkpoint() -> None:
            await self._save_now(context)

        context.turn_state[TURN_CHECKPOINT_KEY] = checkpoint
        await logic()

    async def _save_now(self, turn_context: TurnContext) -> None:
        """Store the conversation state now and keep its new eTag for the save at the end.

        botbuilder's storages (Memory, Blob, Cosmos) do not hand the new eTag back to the cached
        state, so the end-of-turn save would be refused as a conflicting write; we read it back.
        SqliteStorage hands it back (a read and a decode less per model call)."""
        state = self._conversation_state
        await _save(state, turn_context)
        storage = state._storage  # botbuilder keeps it private; no public accessor
        if getattr(storage, "HANDS_BACK_ETAGS", False):
            return  # the saved state carries its new eTag already (SqliteStorage)
        key = state.get_storage_key(turn_context)
        stored = (await storage.read([key])).get(key)
        cached = state.get_cached_state(turn_context)
        e_tag = stored.get("e_tag") if isinstance(stored, dict) else getattr(stored, "e_tag", None)
        if cached is not None and e_tag:
            cached.state["e_tag"] = e_tag
            cached.hash = cached.compute_hash(cached.state)
