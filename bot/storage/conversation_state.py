"""``ConversationState`` whose change check is a ``pickle``, not a jsonpickle walk.

botbuilder 4.17.1 decides whether to write the state by comparing "hashes" of it: the string
of ``jsonpickle.Pickler().flatten(state)``, a pure-Python walk of every object in the state,
computed when the state is loaded, before each save and after it. A ``send`` turn saves twice
(the checkpoint before the model call and the end of the turn), so the walk ran five or six
times per turn on a state holding the pasted ad, its requirements and the dialog stack:
about 6 % of the event loop under load (bench/load_bench.py). ``pickle.dumps`` gives the same
answer to "did it change?" in C. The stored format does not change (the storage still
encodes with jsonpickle). A state ``pickle`` cannot take falls back to the SDK's hash.
"""

from __future__ import annotations

import pickle

from botbuilder.core import ConversationState, TurnContext
from botbuilder.core.bot_state import CachedBotState


class _PickleHashedState(CachedBotState):
    def compute_hash(self, obj: object) -> str:
        try:
            return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL).decode("latin-1")  # bytes as str, 1:1
        except Exception:  # an object pickle refuses (a lock, a lambda): the SDK's way
            return super().compute_hash(obj)


class PickleHashedConversationState(ConversationState):
    async def load(self, turn_context: TurnContext, force: bool = False) -> None:
        """``BotState.load`` with ``_PickleHashedState`` as the cache (the SDK's body otherwise)."""
        cached_state = self.get_cached_state(turn_context)
        if force or not cached_state or not cached_state.state:
            storage_key = self.get_storage_key(turn_context)
            items = await self._storage.read([storage_key])
            turn_context.turn_state[self._context_service_key] = _PickleHashedState(items.get(storage_key))
