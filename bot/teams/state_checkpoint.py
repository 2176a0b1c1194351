"""Per-turn duty: let the dialog store the conversation state mid-turn (issue 14, item 8).

The bot saves state once, at the end of the turn (``AutoSaveStateMiddleware``). A process
killed during a model call would lose the draft and the stage, and ``prøv igjen`` after the
restart would not know what to send again. This middleware puts an ``async () -> None`` under
``TURN_CHECKPOINT_KEY`` in ``turn_state``; the dialog calls it before the model call.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from botbuilder.core import ConversationState, Middleware, TurnContext

from dialogs.ports import TURN_CHECKPOINT_KEY


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

        The storages (botbuilder's and ours) do not hand the new eTag back to the cached state,
        so the end-of-turn save would be refused as a conflicting write; we read it back."""
        state = self._conversation_state
        await state.save_changes(turn_context)
        storage = state._storage  # botbuilder keeps it private; no public accessor
        key = state.get_storage_key(turn_context)
        stored = (await storage.read([key])).get(key)
        cached = state.get_cached_state(turn_context)
        e_tag = stored.get("e_tag") if isinstance(stored, dict) else getattr(stored, "e_tag", None)
        if cached is not None and e_tag:
            cached.state["e_tag"] = e_tag
            cached.hash = cached.compute_hash(cached.state)
