"""The turn handler: one TeamsActivityHandler that routes commands to the AKTIV dialogs.

Owns: mention stripping, the input size limit, command routing, the pasted-ad offer and
Teams' feedback invoke. Per-turn duties run as botbuilder middleware in the bot's own
``MiddlewareSet`` (so the HTTP adapter, the terminal and the tests' adapters all get them):
saving state once at the end of the turn first, the checkpoint the dialog calls to store
draft and stage before a model call, then whatever composition passes in (the HR network's
scope and counting, Teams' turn preparation). The dialogs own the flow.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Protocol

from botbuilder.core import (
    ConversationState,
    InvokeResponse,
    MessageFactory,
    Middleware,
    MiddlewareSet,
    TurnContext,
)
from botbuilder.core.teams import TeamsActivityHandler
from botbuilder.dialogs import DialogContext, DialogSet, DialogTurnStatus
from botbuilder.schema import ActionTypes, Activity, CardAction, ChannelAccount

from bot.logging_setup import log_event
from bot.teams.state_checkpoint import (
    ConcurrentTurnMiddleware,
    ConflictAwareAutoSave,
    StateCheckpointMiddleware,
)
from bot.teams.teams_turn_middleware import ATTACHED_FILE
from dialogs import messages
from dialogs.aktiv_dialog import AktivDialog
from dialogs.commands import ParsedCommand, parse_command
from dialogs.dialog_state import DIALOG_STATE, active_draft, call_running, dialog_id
from dialogs.ports import ModelPort, TranslatorPort
from dialogs.requirements.reading import questions_to_check
from dialogs.task_definition import PromptLibrary
from dialogs.understanding import Understander, Understanding, answers
from dialogs.understanding.understand import MIN_CONTENT
from dialogs.views import TextViews, Views
from guardrails.question_check import check_questions, questions_in

logger = logging.getLogger(__name__)

# Teams' built-in feedback buttons (thumbs up/down) arrive as this invoke.
FEEDBACK_INVOKE = "message/submitAction"

# A command that is not a task: (turn context, dialog context, text after the command).
ActionHandler = Callable[[TurnContext, DialogContext, str], Awaitable[None]]


def without_recipient_mention(activity: Activity) -> str:
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


class FeedbackHandler(Protocol):
    async def handle(self, turn_context: TurnContext) -> None: ...


class AktivBot(TeamsActivityHandler):
    def __init__(self, conversation_state: ConversationState, library: PromptLibrary, model: ModelPort,
                 translator: TranslatorPort, *, max_input_chars: int, views: Views | None = None,
                 extra_actions: Mapping[str, ActionHandler] | None = None, middleware: Iterable[Middleware] = (),
                 feedback: FeedbackHandler | None = None,
                 is_admin: Callable[[TurnContext], bool] | None = None, call_window_s: float = 0.0):
        self._library = library
        self._is_admin = is_admin
        self._max_input_chars = max_input_chars
        self._views: Views = views or TextViews()
        self._feedback = feedback
        self._call_window_s = call_window_s  # how long a model call may run (dialogs.dialog_state.call_running)
        # State is saved once, at the end of the turn, whatever happened in it.
        # Outermost: a turn that lost an eTag race (another turn of this conversation, here or at
        # another instance, stored first) is dropped with a message instead of overwriting.
        self._middleware = MiddlewareSet().use(ConcurrentTurnMiddleware())
        self._middleware.use(ConflictAwareAutoSave([conversation_state]))
        # Draft and stage stored before a model call too (the dialog asks), so a crash loses neither.
        self._middleware.use(StateCheckpointMiddleware(conversation_state))
        for each in middleware:
            self._middleware.use(each)  # MiddlewareSet.use keeps only the first of several arguments
        self._pending_ad = conversation_state.create_property("PendingJobAd")
        # The conversation's working document: the last ad (or text) a task used, offered to
        # the next task ("Bruke samme annonse?"). Kept in conversation state, so within the
        # retention period and until /glem.
        self._working_ad = conversation_state.create_property("WorkingAd")
        self._understander = Understander(library)
        self._dialogs = DialogSet(conversation_state.create_property(DIALOG_STATE))
        for task in library.tasks.values():
            self._dialogs.add(AktivDialog(task, library, model, translator, self._views))
        self._actions: dict[str, ActionHandler] = {
            "help": self._action_help, "privacy": self._action_privacy, "cancel": self._action_cancel,
            **(extra_actions or {}),
        }
        unknown = {c.action for c in library.commands if c.action} - set(self._actions)
        if unknown:
            raise ValueError(f"commands.yaml: no handler for action(s) {', '.join(sorted(unknown))}")

    async def on_turn(self, turn_context: TurnContext):
        started = time.perf_counter()
        await self._middleware.receive_activity_with_status(turn_context, super().on_turn)
        log_event(logger, "turn.done", level=logging.DEBUG, activity_type=turn_context.activity.type,
                  elapsed_ms=round((time.perf_counter() - started) * 1000, 1))

    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse:
        if turn_context.activity.name == FEEDBACK_INVOKE and self._feedback is not None:
            await self._feedback.handle(turn_context)
            return InvokeResponse(status=200)
        return await super().on_invoke_activity(turn_context)

    async def on_teams_members_added_dispatch(self, members_added: list[ChannelAccount], team_info,
                                              turn_context: TurnContext):
        """The SDK looks every new member up at the connector (``TeamsInfo.get_member``) and
        raises when Teams answers 404 (MemberNotFoundInConversation); the welcome needs only
        the ids in the activity, so we skip the look-up (one connector call less, too)."""
        await self.on_members_added_activity(members_added, turn_context)

    async def on_members_added_activity(self, members_added: list[ChannelAccount], turn_context: TurnContext):
        bot_id = turn_context.activity.recipient.id if turn_context.activity.recipient else None
        if any(member.id != bot_id for member in members_added):
            await turn_context.send_activity(messages.text("dialog.welcome"))

    async def on_message_activity(self, turn_context: TurnContext):
        activity = turn_context.activity
        text = without_recipient_mention(activity)
        text = text.strip()
        if len(text) > self._max_input_chars:
            log_event(logger, "input.refused", reason="too_long", chars=len(text))
            await turn_context.send_activity(
                messages.text("dialog.too_long", length=messages.format_count(len(text)),
                              limit=messages.format_count(self._max_input_chars)))
            return
        dialog_context = await self._dialogs.create_context(turn_context)
        active = dialog_context.active_dialog is not None
        parsed = parse_command(text, self._library)
        if parsed and not text.startswith("/") and parsed.rest and (active or len(parsed.rest) < MIN_CONTENT):
            parsed = None  # "Intervju med …": an answer mid-dialog, else free text understood below
        if parsed and parsed.command is None:
            # "/intervjuspm": the closest command, or "Mente du …?"
            understood = self._understander.understand(text)
            if understood.kind != "unknown":
                await self._on_understood(turn_context, dialog_context, understood)
            else:
                await turn_context.send_activity(MessageFactory.suggested_actions(
                    answers.task_buttons(self._library), messages.text("dialog.unknown_command", name=parsed.name)))
            return
        if parsed:
            await self._on_command(turn_context, dialog_context, parsed)
            return
        if active:
            if call_running(dialog_context.active_dialog.state, self._call_window_s):  # e.g. at another instance
                await turn_context.send_activity(messages.text("dialog.still_waiting"))
                return
            named = self._understander.named_command(text)  # "screenig", "Oversett til nynorsk"
            if named is not None:
                await self._on_understood(turn_context, dialog_context, named)
                return
            if await self._refused_mid_dialog(turn_context, dialog_context, text):
                return
            # Put the cleaned text back so the dialog sees it without the @mention.
            activity.text = text
            result = await dialog_context.continue_dialog()
            await self._keep_working_ad(turn_context, dialog_context)
            if result.status != DialogTurnStatus.Empty:
                return
        pasted_questions = questions_to_check(text)
        if pasted_questions is not None and not questions_in(pasted_questions) \
                and self._understander.understand(text).kind == "evaluate":
            pasted_questions = None  # "sjekk hvilke søkere som har master": an evaluation, refused below
        if not text and not activity.value:
            await turn_context.send_activity(messages.text("dialog.empty_message"))
        elif pasted_questions is not None:
            # "sjekk" + questions (from Copilot) outside a task: checked here, nothing is sent anywhere.
            await turn_context.send_activity(self._views.question_check(
                check_questions(pasted_questions), len(questions_in(pasted_questions))))
        elif turn_context.turn_state.get(ATTACHED_FILE):
            await self._pending_ad.set(turn_context, text)
            await turn_context.send_activity(self._ad_offer())
        elif text:
            await self._on_understood(turn_context, dialog_context, self._understander.understand(text))

    async def _on_understood(self, turn_context: TurnContext, dialog_context: DialogContext,
                             understood: Understanding) -> None:
        """Free text, understood locally (dialogs/understanding): nothing has left the bot."""
        log_event(logger, "free_text.understood", intent_type=understood.kind, task_id=understood.task or "none")
        if understood.kind == "task" and understood.task:
            await self._start_task(turn_context, dialog_context, understood.task, understood.content)
        elif understood.kind == "action" and understood.command and understood.command.action:
            await self._actions[understood.command.action](turn_context, dialog_context, "")
        elif understood.kind == "suggest" and understood.command:
            await turn_context.send_activity(answers.suggestion(self._library, understood.command))
        elif understood.kind == "evaluate":
            await turn_context.send_activity(answers.refuse_evaluation(self._library))
        elif understood.kind == "greeting":
            await turn_context.send_activity(answers.greeting(self._library))
        elif understood.kind == "help":
            await self._action_help(turn_context, dialog_context, "")
        elif understood.kind == "privacy":
            privacy = messages.text("dialog.privacy", storage=messages.text("dialog.privacy_storage")).rstrip()
            await turn_context.send_activity(MessageFactory.suggested_actions(
                answers.task_buttons(self._library), privacy + "\n\n" + answers.help_tasks_line(self._library)))
        elif understood.kind == "job_ad":
            await self._pending_ad.set(turn_context, understood.content)
            await turn_context.send_activity(self._ad_offer())
        else:
            await turn_context.send_activity(answers.not_understood(self._library))

    async def _refused_mid_dialog(self, turn_context: TurnContext, dialog_context: DialogContext, text: str) -> bool:
        """Between the dialog's steps, a request to rank or score candidates is refused and a
        help question answered; the draft stays as it is. While the dialog waits for a text
        (an ad) only a one-line message counts, and never while a part is being edited."""
        stage = dialog_context.active_dialog.state.get("stage")
        if stage in ("edit", None) or (stage == "collect" and ("\n" in text or ":" in text or len(text) > 160)):
            return False  # "Må-krav: erfaring med å vurdere kandidater" is an answer
        understood = self._understander.understand(text)
        if stage == "collect" and not text.endswith("?") and understood.scores.get("evaluate", 0) < 5:
            return False  # not clearly a request: an answer to what the bot asked
        kind = understood.kind
        if kind == "evaluate":
            await turn_context.send_activity(answers.refuse_evaluation(self._library))
        elif kind == "help" and stage == "collect":
            await self._action_help(turn_context, dialog_context, "")
        else:
            return False
        return True

    async def _keep_working_ad(self, turn_context: TurnContext, dialog_context: DialogContext) -> None:
        found = active_draft(dialog_context, self._library)
        if found is None:
            return
        task, draft = found
        name = task.first_input
        if name and task.input(name).multiline and draft.inputs.get(name):
            await self._working_ad.set(turn_context, draft.inputs[name])

    async def _on_command(self, turn_context: TurnContext, dialog_context: DialogContext,
                          parsed: ParsedCommand) -> None:
        command = parsed.command
        log_event(logger, "command.received", command_id=command.name if command else "unknown")
        if command is None:
            await turn_context.send_activity(messages.text("dialog.unknown_command", name=parsed.name))
        elif command.task:
            await self._start_task(turn_context, dialog_context, command.task, parsed.rest)
        elif command.action:
            await self._actions[command.action](turn_context, dialog_context, parsed.rest)

    async def _start_task(self, turn_context: TurnContext, dialog_context: DialogContext, task_id: str,
                          rest: str) -> None:
        first_text = rest or await self._pending_ad.get(turn_context, "") or ""
        await self._forget_pending_ad(turn_context)
        await dialog_context.cancel_all_dialogs()
        options = {"first_text": first_text}
        if not first_text:
            options["working_ad"] = await self._working_ad.get(turn_context, "") or ""
        await dialog_context.begin_dialog(dialog_id(task_id), options)
        await self._keep_working_ad(turn_context, dialog_context)

    # Built-in actions; others (prompt bank, sharing …) are passed in as extra_actions.
    async def _action_help(self, turn_context: TurnContext, dialog_context: DialogContext, rest: str) -> None:
        titles = {task_id: task.title for task_id, task in self._library.tasks.items()}
        admin = self._is_admin is None or self._is_admin(turn_context)
        commands = [command for command in self._library.commands if admin or not command.admin]
        await turn_context.send_activity(self._views.help(commands, titles))

    async def _action_privacy(self, turn_context: TurnContext, dialog_context: DialogContext, rest: str) -> None:
        await turn_context.send_activity(
            messages.text("dialog.privacy", storage=messages.text("dialog.privacy_storage")))

    async def _action_cancel(self, turn_context: TurnContext, dialog_context: DialogContext, rest: str) -> None:
        had_dialog = dialog_context.active_dialog is not None
        await dialog_context.cancel_all_dialogs()
        await self._forget_pending_ad(turn_context)
        await turn_context.send_activity(
            messages.text("dialog.cancelled" if had_dialog else "dialog.nothing_to_cancel"))

    async def _forget_pending_ad(self, turn_context: TurnContext) -> None:
        if await self._pending_ad.get(turn_context):
            await self._pending_ad.delete(turn_context)

    def _task_buttons(self) -> list[CardAction]:
        return [CardAction(type=ActionTypes.im_back, title=self._library.tasks[c.task].title, value=f"/{c.name}")
                for c in self._library.task_commands() if c.task]

    def _ad_offer(self) -> Activity:
        return MessageFactory.suggested_actions(self._task_buttons(), messages.text("dialog.ad_offer"))
