"""The turn handler: one TeamsActivityHandler that routes commands to the AKTIV dialogs.

Owns: mention stripping, the input size limit, command routing, the pasted-ad offer and
saving state once at the end of the turn. The dialogs own the conversation flow.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Mapping

from botbuilder.core import ConversationState, MessageFactory, TurnContext
from botbuilder.core.teams import TeamsActivityHandler
from botbuilder.dialogs import DialogContext, DialogSet, DialogTurnStatus
from botbuilder.schema import ActionTypes, CardAction, ChannelAccount

from dialogs import messages
from dialogs.aktiv_dialog import AktivDialog
from dialogs.commands import ParsedCommand, looks_like_job_ad, parse_command
from dialogs.ports import TURN_CHECKPOINT_KEY, ModelPort, TranslatorPort
from dialogs.task_definition import PromptLibrary
from dialogs.views import TextViews
from bot.storage.factory import is_conflict
from bot.teams.teams_turn import PreparedTurn, TeamsTurn

logger = logging.getLogger(__name__)

# A command that is not a task: (turn context, dialog context, text after the command).
ActionHandler = Callable[[TurnContext, DialogContext, str], Awaitable[None]]


def without_recipient_mention(activity) -> str:
    """The text without the ``<at>…</at>`` that mentions the bot.

    Not ``TurnContext.remove_recipient_mention``: it feeds the mention's text to ``re.sub`` as
    a pattern (a mention of "<at>[</at>" raises ``re.error``) and indexes dicts that may lack keys.
    """
    text = activity.text or ""
    bot_id = activity.recipient.id if activity.recipient else None
    for entity in activity.entities or []:
        props = getattr(entity, "additional_properties", None) or {}
        mentioned = props.get("mentioned") or getattr(entity, "mentioned", None)  # a dict, or a Mention's account
        mentioned_id = mentioned.get("id") if isinstance(mentioned, dict) else getattr(mentioned, "id", None)
        mention_text = props.get("text") or getattr(entity, "text", None)
        if (getattr(entity, "type", None) == "mention" and bot_id and mentioned_id == bot_id
                and isinstance(mention_text, str) and mention_text):
            text = text.replace(mention_text, "")
    return text


class ConcurrentTurnError(RuntimeError):
    """Another turn of the same conversation stored its state first (an eTag conflict)."""


class AktivBot(TeamsActivityHandler):
    def __init__(self, conversation_state: ConversationState, library: PromptLibrary, model: ModelPort,
                 translator: TranslatorPort, *, max_input_chars: int, views: TextViews | None = None,
                 extra_actions: Mapping[str, ActionHandler] | None = None, teams: TeamsTurn | None = None,
                 call_window_s: float = 0.0):
        self._conversation_state = conversation_state
        self._teams = teams  # card submits, attached files, streaming (bot/teams/teams_turn.py)
        self._library = library
        self._max_input_chars = max_input_chars
        self._views = views or TextViews()
        self._pending_ad = conversation_state.create_property("PendingJobAd")
        self._dialogs = DialogSet(conversation_state.create_property("DialogState"))
        for task in library.tasks.values():
            self._dialogs.add(AktivDialog(task, library, model, translator, self._views, call_window_s=call_window_s))
        self._actions: dict[str, ActionHandler] = {
            "help": self._action_help, "privacy": self._action_privacy, "cancel": self._action_cancel,
            **(extra_actions or {}),
        }
        unknown = {c.action for c in library.commands if c.action} - set(self._actions)
        if unknown:
            raise ValueError(f"commands.yaml: no handler for action(s) {', '.join(sorted(unknown))}")
        self._help_text = messages.text("dialog.help", commands="\n".join(
            messages.text("dialog.help_command_line", name=c.name, description=c.description)
            for c in library.commands))

    async def on_turn(self, turn_context: TurnContext):
        started = time.perf_counter()

        async def checkpoint() -> None:  # the dialog stores draft and stage before a model call
            await self._save_now(turn_context)

        turn_context.turn_state[TURN_CHECKPOINT_KEY] = checkpoint
        try:
            await super().on_turn(turn_context)
            # State is saved once, at the end of the turn, whatever happened in it.
            await self._store(turn_context)
        except ConcurrentTurnError:
            # Another turn of this conversation (here or at another instance) stored first:
            # its state stands (eTags), this turn's changes are dropped, the user is told.
            logger.info("turn dropped reason=concurrent_turn")
            await turn_context.send_activity(messages.text("dialog.concurrent_turn"))
        logger.debug("turn type=%s ms=%.1f", turn_context.activity.type, (time.perf_counter() - started) * 1000)

    async def on_teams_members_added_dispatch(self, members_added: list[ChannelAccount], team_info,
                                              turn_context: TurnContext):
        """The SDK looks every new member up at the connector (``TeamsInfo.get_member``) and
        raises when Teams answers 404 (MemberNotFoundInConversation); the welcome needs only
        the ids in the activity, so we skip the look-up (one connector call less, too)."""
        await self.on_members_added_activity(members_added, turn_context)

    async def _store(self, turn_context: TurnContext) -> None:
        try:
            await self._conversation_state.save_changes(turn_context)
        except Exception as error:
            if is_conflict(error):
                raise ConcurrentTurnError("another turn stored this conversation first") from None
            raise

    async def _save_now(self, turn_context: TurnContext) -> None:
        """Store the conversation state mid-turn and keep its new eTag for the save at the end.

        The storages (botbuilder's and ours) do not hand the new eTag back to the cached state,
        so the end-of-turn save would be refused as a conflicting write; we read it back."""
        state = self._conversation_state
        await self._store(turn_context)
        storage = state._storage  # noqa: SLF001 - botbuilder keeps it private; no public accessor
        key = state.get_storage_key(turn_context)
        stored = (await storage.read([key])).get(key)
        cached = state.get_cached_state(turn_context)
        e_tag = stored.get("e_tag") if isinstance(stored, dict) else getattr(stored, "e_tag", None)
        if cached is not None and e_tag:
            cached.state["e_tag"] = e_tag
            cached.hash = cached.compute_hash(cached.state)

    async def on_members_added_activity(self, members_added: list[ChannelAccount], turn_context: TurnContext):
        bot_id = turn_context.activity.recipient.id if turn_context.activity.recipient else None
        if any(member.id != bot_id for member in members_added):
            await turn_context.send_activity(messages.text("dialog.welcome"))

    async def on_message_activity(self, turn_context: TurnContext):
        activity = turn_context.activity
        prepared = await self._teams.prepare(turn_context) if self._teams else PreparedTurn()
        if prepared.stop:
            return
        text = without_recipient_mention(activity)
        text = text.strip()
        if len(text) > self._max_input_chars:
            logger.info("input refused reason=too_long chars=%d", len(text))
            await turn_context.send_activity(
                messages.text("dialog.too_long", length=f"{len(text):,}".replace(",", " "),
                              limit=f"{self._max_input_chars:,}".replace(",", " ")))
            return
        dialog_context = await self._dialogs.create_context(turn_context)
        active = dialog_context.active_dialog is not None
        parsed = parse_command(text, self._library)
        if parsed and active and not text.startswith("/") and parsed.rest:
            parsed = None  # "Intervju med …" mid-dialog is an answer, not a command
        if parsed:
            await self._on_command(turn_context, dialog_context, parsed)
            return
        if active:
            # Put the cleaned text back so the dialog sees it without the @mention.
            activity.text = text
            result = await dialog_context.continue_dialog()
            if result.status != DialogTurnStatus.Empty:
                return
        if not text and not activity.value:
            await turn_context.send_activity(messages.text("dialog.empty_message"))
        elif looks_like_job_ad(text) or prepared.attached:
            await self._pending_ad.set(turn_context, text)
            await turn_context.send_activity(self._ad_offer())
        else:
            await turn_context.send_activity(MessageFactory.suggested_actions(
                self._task_buttons(), messages.text("dialog.short_help")))

    async def _on_command(self, turn_context: TurnContext, dialog_context, parsed: ParsedCommand) -> None:
        command = parsed.command
        logger.info("command name=%s known=%s", parsed.name if command else "unknown", command is not None)
        if command is None:
            await turn_context.send_activity(messages.text("dialog.unknown_command", name=parsed.name))
        elif command.task:
            await self._start_task(turn_context, dialog_context, command.task, parsed.rest)
        else:
            await self._actions[command.action](turn_context, dialog_context, parsed.rest)

    async def _start_task(self, turn_context: TurnContext, dialog_context, task_id: str, rest: str) -> None:
        first_text = rest or await self._pending_ad.get(turn_context, "") or ""
        await self._forget_pending_ad(turn_context)
        await dialog_context.cancel_all_dialogs()
        await dialog_context.begin_dialog(f"aktiv:{task_id}", {"first_text": first_text})

    # Built-in actions; others (prompt bank, sharing …) are passed in as extra_actions.
    async def _action_help(self, turn_context: TurnContext, dialog_context, rest: str) -> None:
        help_view = getattr(self._views, "help", None)  # CardViews has a /hjelp card
        await turn_context.send_activity(help_view(self._library.commands, {
            task_id: task.title for task_id, task in self._library.tasks.items()}) if help_view else self._help_text)

    async def _action_privacy(self, turn_context: TurnContext, dialog_context, rest: str) -> None:
        await turn_context.send_activity(
            messages.text("dialog.privacy", storage=messages.text("dialog.privacy_storage")))

    async def _action_cancel(self, turn_context: TurnContext, dialog_context, rest: str) -> None:
        had_dialog = dialog_context.active_dialog is not None
        await dialog_context.cancel_all_dialogs()
        await self._forget_pending_ad(turn_context)
        await turn_context.send_activity(messages.text("dialog.cancelled" if had_dialog else "dialog.nothing_to_cancel"))

    async def _forget_pending_ad(self, turn_context: TurnContext) -> None:
        if await self._pending_ad.get(turn_context):
            await self._pending_ad.delete(turn_context)

    def _task_buttons(self) -> list[CardAction]:
        return [CardAction(type=ActionTypes.im_back, title=self._library.tasks[c.task].title, value=f"/{c.name}")
                for c in self._library.task_commands()]

    def _ad_offer(self):
        return MessageFactory.suggested_actions(self._task_buttons(), messages.text("dialog.ad_offer"))
