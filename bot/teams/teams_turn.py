"""Teams-specific preparation of a message turn, before the bot routes it.

* card submits (Action.Submit) → the shape the dialogs read (``bot.teams.cards.submit``);
* an attached .docx/.pdf/.txt → its text, as if it had been pasted (``bot.teams.attachments``);
* streaming in 1:1 chats (``bot.teams.streaming``) and splitting of long messages.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from botbuilder.core import TurnContext

from dialogs import messages
from bot.teams.attachments import AttachmentError, AttachmentReader, find_attached_files
from bot.teams.cards.submit import normalize_submit
from bot.teams.message_split import MessageSplitter
from bot.teams.streaming import TeamsStreaming

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PreparedTurn:
    stop: bool = False  # the turn is answered already (e.g. an unreadable file)
    attached: bool = False  # the message's text now is an attached file's text


class TeamsTurn:
    def __init__(self, *, attachments: AttachmentReader | None = None, streaming: TeamsStreaming | None = None,
                 splitter: MessageSplitter | None = None) -> None:
        self._attachments = attachments
        self._streaming = streaming
        self._splitter = splitter or MessageSplitter()

    async def prepare(self, turn_context: TurnContext) -> PreparedTurn:
        activity = turn_context.activity
        turn_context.on_send_activities(self._splitter)
        if self._streaming is not None:
            self._streaming.attach(turn_context)
        if activity.value is not None:
            submit = normalize_submit(activity.value)
            activity.value = submit.value
            if submit.text is not None:
                activity.text = submit.text
        files = find_attached_files(activity) if self._attachments is not None else []
        if not files:
            return PreparedTurn()
        file = files[0]
        try:
            content = await self._attachments.read_text(file)
        except AttachmentError as error:
            await turn_context.send_activity(error.user_message)
            return PreparedTurn(stop=True)
        await turn_context.send_activity(messages.text("teams.attachment.received", name=file.name,
                                                       chars=f"{len(content):,}".replace(",", " ")))
        typed = (activity.text or "").strip()
        # "/annonse" + file → the file is the command's text; any other typed words are chatter.
        activity.text = f"{typed}\n{content}" if typed.startswith("/") else content
        return PreparedTurn(attached=True)
