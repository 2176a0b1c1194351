"""The conversation state's change check (bot.storage.conversation_state): a turn that changes
nothing writes nothing, a change is written, and an object pickle refuses still works."""

from __future__ import annotations

import threading

from botbuilder.core import TurnContext
from botbuilder.core.adapters import TestAdapter
from botbuilder.schema import Activity, ActivityTypes, ChannelAccount, ConversationAccount

from bot.storage.conversation_state import PickleHashedConversationState
from bot.storage.sqlite_storage import SqliteStorage


class CountingStorage(SqliteStorage):
    """The real SQLite storage, counting its writes."""

    writes = 0

    async def write(self, changes):
        self.writes += 1
        await super().write(changes)


def _context() -> TurnContext:
    activity = Activity(type=ActivityTypes.message, text="hei", channel_id="msteams",
                        conversation=ConversationAccount(id="conv-1"), from_property=ChannelAccount(id="u"),
                        recipient=ChannelAccount(id="b"))
    return TurnContext(TestAdapter(), activity)


async def test_written_only_when_changed(tmp_path):
    storage = CountingStorage(tmp_path / "state.sqlite3")
    state = PickleHashedConversationState(storage)
    draft = state.create_property("Draft")

    first = _context()
    await draft.set(first, {"ad": "Rådgiver", "requirements": ["master", "norsk"]})
    await state.save_changes(first)
    assert storage.writes == 1

    second = _context()  # a new turn: loads what the first stored, changes nothing
    assert await draft.get(second) == {"ad": "Rådgiver", "requirements": ["master", "norsk"]}
    await state.save_changes(second)
    assert storage.writes == 1

    (await draft.get(second))["requirements"].append("førerkort")  # changed in place
    await state.save_changes(second)
    assert storage.writes == 2
    assert (await draft.get(_context()))["requirements"][-1] == "førerkort"


async def test_a_state_pickle_refuses_uses_the_sdk_hash(tmp_path):
    storage = CountingStorage(tmp_path / "state.sqlite3")
    state = PickleHashedConversationState(storage)
    context = _context()
    await state.load(context)
    cached = state.get_cached_state(context)
    lock = threading.Lock()  # pickle refuses locks; jsonpickle flattens anything
    assert cached.compute_hash({"lock": lock}) == cached.compute_hash({"lock": lock})
