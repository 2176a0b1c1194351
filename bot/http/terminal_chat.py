"""``python -m bot chat``: the same bot in the terminal, in-process.

Interactive on a terminal. When stdin is not a terminal, user turns are separated by lines
holding only ``---`` and every bot message is printed prefixed with ``bot> `` — this is how
scripts and the README's transcripts drive it.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Iterator
from typing import TextIO

from botbuilder.core import Bot, BotAdapter, TurnContext
from botbuilder.schema import (
    Activity,
    ActivityTypes,
    ChannelAccount,
    ConversationAccount,
    ConversationReference,
    ResourceResponse,
)

from dialogs import messages

BOT_PREFIX = "bot> "


def render_activity(activity: Activity) -> str | None:
    """A bot activity as terminal text (typing indicators are dropped)."""
    if activity.type != ActivityTypes.message:
        return None
    lines = [activity.text or ""]
    for attachment in activity.attachments or []:
        lines.append(f"[{attachment.content_type}]")
    actions = activity.suggested_actions.actions if activity.suggested_actions else []
    if actions:
        lines.append("[ " + " | ".join(action.title for action in actions) + " ]")
    return "\n".join(line for line in lines if line)


class TerminalAdapter(BotAdapter):
    """A Bot Framework adapter whose channel is a text stream."""

    def __init__(self, out: TextIO, conversation_id: str):
        super().__init__()
        self._out = out
        self._conversation = ConversationAccount(id=conversation_id, conversation_type="personal", tenant_id="local")
        self._user = ChannelAccount(id="terminal-user", name="Terminal")
        self._bot = ChannelAccount(id="aktiv-bot", name="AKTIV")

    async def send_activities(self, context: TurnContext, activities: list[Activity]) -> list[ResourceResponse]:
        responses = []
        for activity in activities:
            rendered = render_activity(activity)
            if rendered:
                prefix = BOT_PREFIX
                self._out.write(prefix + rendered.replace("\n", "\n" + " " * len(prefix)) + "\n")
                self._out.flush()
            responses.append(ResourceResponse(id=str(uuid.uuid4())))
        return responses

    async def update_activity(self, context: TurnContext, activity: Activity):
        return ResourceResponse(id=activity.id or "")

    async def delete_activity(self, context: TurnContext, reference: ConversationReference):
        return None

    def _activity(self, activity_type: str, text: str | None = None, **extra) -> Activity:
        return Activity(type=activity_type, text=text, channel_id="terminal", conversation=self._conversation,
                        from_property=self._user, recipient=self._bot, service_url="terminal://local",
                        id=str(uuid.uuid4()), locale="nb-NO", **extra)

    async def say(self, bot: Bot, text: str) -> None:
        await self.run_pipeline(TurnContext(self, self._activity(ActivityTypes.message, text)), bot.on_turn)

    async def join(self, bot: Bot) -> None:
        activity = self._activity(ActivityTypes.conversation_update, members_added=[self._user])
        await self.run_pipeline(TurnContext(self, activity), bot.on_turn)


def scripted_turns(stream: TextIO) -> Iterator[str]:
    """User turns from a non-interactive stream: separated by lines holding only ``---``."""
    turn: list[str] = []
    for line in stream:
        if line.strip() == "---":
            yield "\n".join(turn).strip("\n")
            turn = []
        else:
            turn.append(line.rstrip("\n"))
    if any(part.strip() for part in turn):
        yield "\n".join(turn).strip("\n")


async def run_chat(bot: Bot, *, conversation_id: str, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
    adapter = TerminalAdapter(stdout, conversation_id)
    if stdin.isatty():
        await adapter.join(bot)
        stdout.write(messages.text("dialog.terminal_intro") + "\n")
        while True:
            try:
                line = input("du> ")
            except (EOFError, KeyboardInterrupt):
                stdout.write("\n")
                return
            await adapter.say(bot, line)
    else:
        for turn in scripted_turns(stdin):
            await adapter.say(bot, turn)
