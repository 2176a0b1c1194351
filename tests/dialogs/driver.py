"""Drives the real AktivBot through botbuilder's TestAdapter, one user turn at a time."""

from __future__ import annotations

import itertools

from botbuilder.core.adapters import TestAdapter
from botbuilder.schema import Activity, ActivityTypes, ChannelAccount, ConversationAccount

# Bot Service's activity ids are unique; TestAdapter numbers each adapter's activities from 0,
# so two drivers of one conversation (two bot instances on shared storage) would repeat ids,
# and the duplicate-delivery check (bot.teams.duplicate_delivery) would drop the repeats.
_ID_BLOCKS = itertools.count(0, 1_000_000)


class Conversation:
    def __init__(self, bot, *, conversation_type: str = "personal", conversation_id: str = "conv-1"):
        template = Activity(
            channel_id="msteams", service_url="https://test.invalid",
            from_property=ChannelAccount(id="user-1", name="Testbruker"),
            recipient=ChannelAccount(id="bot-1", name="AKTIV"),
            conversation=ConversationAccount(id=conversation_id, conversation_type=conversation_type),
        )
        self.adapter = TestAdapter(bot.on_turn, template)
        self.adapter._next_id = next(_ID_BLOCKS)  # no public way to start elsewhere

    async def say(self, text: str | None = None, value: dict | None = None) -> list[Activity]:
        """Send one user turn; return the bot's message activities."""
        self.adapter.activity_buffer.clear()
        await self.adapter.receive_activity(Activity(type=ActivityTypes.message, text=text, value=value))
        replies = [a for a in self.adapter.activity_buffer if a.type == ActivityTypes.message]
        self.adapter.activity_buffer.clear()
        return replies

    async def say_text(self, text: str | None = None, value: dict | None = None) -> str:
        """Send one user turn; return everything the bot wrote, as one text."""
        return "\n".join(a.text or "" for a in await self.say(text, value))


def buttons(activity: Activity) -> list[str]:
    actions = activity.suggested_actions.actions if activity.suggested_actions else []
    return [a.title for a in actions]
