"""Teams-specific preparation of a message turn, as middleware before the bot routes it.

* card submits (Action.Submit) → the shape the dialogs read (``bot.teams.cards.submit``);
* an attached .docx/.pdf/.txt → its text, as if it had been pasted (``bot.teams.attachments``);
* streaming in 1:1 chats (``bot.teams.streaming``) and splitting of long messages.

An unreadable file is answered here and the turn stops; a message whose text is now an
attached file's text is marked with ``ATTACHED_FILE`` in the turn state.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from botbuilder.core import Middleware, TurnContext
from botbuilder.schema import ActivityTypes

from bot.teams.attachments import AttachmentError, AttachmentReader, find_attached_files
from bot.teams.cards.submit import normalize_submit
from bot.teams.message_split import MessageSplitter
from bot.teams.streaming import TEAMS_STREAM_KEY, TeamsStreaming
from dialogs import messages, replies

# turn_state key: True when the message's text is an attached file's text.
ATTACHED_FILE = "aktiv.attached_file"


class TeamsTurnMiddleware(Middleware):
    def __init__(self, *, attachments: AttachmentReader | None = None, streaming: TeamsStreaming | None = None,
                 splitter: MessageSplitter | None = None) -> None:
        self._attachments = attachments
        self._streaming = streaming
        self._splitter = splitter or MessageSplitter()

    async def on_turn(self, context: TurnContext, logic: Callable[[], Awaitable]) -> None:
        try:
            if context.activity.type != ActivityTypes.message or await self._prepare(context):
                await logic()
        finally:
            stream = context.turn_state.get(TEAMS_STREAM_KEY)
            if stream is not None:
                stream.close()

    async def _prepare(self, turn_context: TurnContext) -> bool:
        """Prepare a message turn; False when it is answered already (an unreadable file)."""
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
        if not files or self._attachments is None:
            return True
        file = files[0]
        try:
            content = await self._attachments.read_text(file)
        except AttachmentError as error:
            await turn_context.send_activity(error.user_message)
            return False
        await turn_context.send_activity(messages.text("teams.attachment.received", name=file.name,
                                                       chars=messages.format_count(len(content))))
        typed = (activity.text or "").strip()
        # "/annonse" + file → the file is the command's text, "inspirasjon" + file → an interview guide
        # for Inspirasjon (dialogs.replies.inspiration_text); any other typed words are chatter.
        keep = typed.startswith("/") or replies.inspiration_text(f"{typed}\n{content}") is not None
        activity.text = f"{typed}\n{content}" if keep else content
        turn_context.turn_state[ATTACHED_FILE] = True
        return True
