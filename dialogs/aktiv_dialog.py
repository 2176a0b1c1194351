"""The one generic AKTIV dialog, configured by a task definition.

Flow: ask for what is missing → (machine translation) → preview of the five AKTIV parts →
edit any part → send through the model port → answer as a draft → follow-ups.
All state is the ``Draft`` plus a stage name in the dialog's own state, so the user's
draft survives model errors, time-outs and restarts (the state lives in bot storage).
"""

from __future__ import annotations

import logging
import time

from botbuilder.dialogs import Dialog, DialogContext, DialogTurnResult
from botbuilder.schema import Activity, ActivityTypes

from dialogs import messages
from dialogs.draft import Draft, build_request, labelled_parts, missing_inputs, render_parts
from dialogs.findings_view import finding_excerpts, locate_input, rule_sentence
from dialogs.part_edit import apply_edits, editable_text
from dialogs.ports import TURN_CHECKPOINT_KEY, TURN_PROGRESS_KEY, Answered, Blocked, ModelPort, TranslatorPort
from dialogs.replies import Reply, parse_reply, part_from_word
from dialogs.task_definition import PromptLibrary, TaskDefinition
from dialogs.views import TextViews

logger = logging.getLogger(__name__)

COLLECT, PREVIEW, CHOOSE_PART, EDIT, BLOCKED, FAILED, ANSWERED = (
    "collect", "preview", "choose_part", "edit", "blocked", "failed", "answered")
GROUP_CONVERSATIONS = {"channel", "groupChat"}


class AktivDialog(Dialog):
    """Runs one task (``intervju``, ``screening`` …) from its YAML definition."""

    def __init__(self, task: TaskDefinition, library: PromptLibrary, model: ModelPort,
                 translator: TranslatorPort, views: TextViews | None = None, *, call_window_s: float = 0.0):
        super().__init__(f"aktiv:{task.id}")
        # How long a model call may be running (the model time-out and a margin). A message that
        # arrives meanwhile, perhaps at another bot instance, gets "still waiting" instead of
        # a second call and a second answer. 0: no such check.
        self._call_window_s = call_window_s
        self._task = task
        self._library = library
        self._model = model
        self._translator = translator
        self._views = views or TextViews()

    # --- Dialog interface -------------------------------------------------------------
    async def begin_dialog(self, dc: DialogContext, options: object = None) -> DialogTurnResult:
        options = options if isinstance(options, dict) else {}
        draft = Draft(task_id=self._task.id, inputs=dict(options.get("inputs") or {}),
                      edited_parts=dict(options.get("parts") or {}),
                      template_parts=dict(options.get("template_parts") or {}))
        first_text = (options.get("first_text") or "").strip()
        missing = missing_inputs(self._task, draft)
        if first_text:
            target = self._task.first_input if self._task.first_input in missing else (missing or [None])[0]
            if target:
                draft.inputs[target] = first_text
        self._save(dc, draft, COLLECT)
        await dc.context.send_activity(self._views.task_started(self._task))
        return await self._advance(dc, draft)

    async def continue_dialog(self, dc: DialogContext) -> DialogTurnResult:
        activity = dc.context.activity
        if activity.type != ActivityTypes.message:
            return Dialog.end_of_turn
        calling_since = dc.active_dialog.state.get("calling_since")
        if isinstance(calling_since, (int, float)) and 0 <= time.time() - calling_since < self._call_window_s:
            await dc.context.send_activity(self._views.note("dialog.still_waiting"))
            return Dialog.end_of_turn
        reply = parse_reply(activity.text, activity.value)
        draft = Draft.from_state(dc.active_dialog.state["draft"])
        stage = dc.active_dialog.state["stage"]
        handler = {
            COLLECT: self._on_collect, PREVIEW: self._on_preview, CHOOSE_PART: self._on_choose_part,
            EDIT: self._on_edit, BLOCKED: self._on_blocked, FAILED: self._on_failed, ANSWERED: self._on_answered,
        }[stage]
        return await handler(dc, draft, reply)

    # --- stages -----------------------------------------------------------------------
    async def _on_collect(self, dc: DialogContext, draft: Draft, reply: Reply) -> DialogTurnResult:
        name = dc.active_dialog.state["pending"]
        if not reply.text.strip():
            await dc.context.send_activity(self._views.ask_input(self._task.input(name), retry=True))
            return Dialog.end_of_turn
        draft.inputs[name] = reply.text.strip()
        return await self._advance(dc, draft)

    async def _on_preview(self, dc: DialogContext, draft: Draft, reply: Reply) -> DialogTurnResult:
        if reply.parts:
            # A card submits all five parts: keep only those the user really changed.
            current = render_parts(self._task, draft)
            changed = {part: text for part, text in reply.parts.items()
                       if text.strip() != current.get(part, "").strip()}
            edits = apply_edits(self._task, draft, changed)
            draft.edited_parts.update(edits.templates)
            if edits.kept:
                # The prompt is not what the card showed: show it again rather than send it.
                await dc.context.send_activity(self._views.values_kept(edits.kept))
                return await self._show_preview(dc, draft)
            if reply.intent == "send":
                return await self._send(dc, draft)
            if changed or reply.intent != "edit":
                return await self._show_preview(dc, draft)
        if reply.intent == "send":
            return await self._send(dc, draft)
        if reply.intent in ("edit", "add_example") or reply.part:
            part = "inspirasjon" if reply.intent == "add_example" else reply.part
            return await self._ask_part(dc, draft, part)
        await dc.context.send_activity(self._views.note("dialog.not_understood_preview"))
        return Dialog.end_of_turn

    async def _on_choose_part(self, dc: DialogContext, draft: Draft, reply: Reply) -> DialogTurnResult:
        part = reply.part or part_from_word(reply.text)
        if reply.intent == "send":
            return await self._send(dc, draft)
        return await self._ask_part(dc, draft, part)

    async def _on_edit(self, dc: DialogContext, draft: Draft, reply: Reply) -> DialogTurnResult:
        part = dc.active_dialog.state["pending"]
        if not reply.text.strip():
            return await self._ask_part(dc, draft, part)
        edits = apply_edits(self._task, draft, {part: "" if reply.intent == "clear" else reply.text})
        draft.edited_parts.update(edits.templates)
        label = self._library.system.part_labels[part]
        await dc.context.send_activity(self._views.part_updated(label, edits.kept))
        return await self._show_preview(dc, draft)

    async def _on_blocked(self, dc: DialogContext, draft: Draft, reply: Reply) -> DialogTurnResult:
        state = dc.active_dialog.state
        if reply.intent == "anonymize" and state.get("anonymizable"):
            return await self._send(dc, draft, anonymize=True)
        if reply.intent in ("edit", "add_example") or reply.part or reply.parts:
            return await self._on_preview(dc, draft, reply)
        if reply.intent in ("send", "retry"):
            return await self._send(dc, draft)
        if reply.text.strip():
            # A corrected text replaces the input the findings were in (or the whole prompt's part).
            name = state.get("blocked_input")
            kept: tuple[str, ...] = ()
            if name:
                draft.inputs[name] = reply.text.strip()
                draft.machine_translation = None
                label = self._task.input(name).label
            else:
                edits = apply_edits(self._task, draft, {"tiltak": reply.text})
                draft.edited_parts.update(edits.templates)
                kept = edits.kept
                label = self._library.system.part_labels["tiltak"]
            await dc.context.send_activity(self._views.note("dialog.blocked_input_replaced", label=label))
            if kept:
                await dc.context.send_activity(self._views.values_kept(kept))
            return await self._advance(dc, draft)
        return await self._show_preview(dc, draft)

    async def _on_failed(self, dc: DialogContext, draft: Draft, reply: Reply) -> DialogTurnResult:
        if reply.intent in ("retry", "send"):
            return await self._send(dc, draft)
        return await self._on_preview(dc, draft, reply)

    async def _on_answered(self, dc: DialogContext, draft: Draft, reply: Reply) -> DialogTurnResult:
        if reply.intent in ("improve", "shorter"):
            if not draft.last_answer:
                await dc.context.send_activity(self._views.note("dialog.followup_needs_model"))
                return Dialog.end_of_turn
            key = "dialog.followup_improve" if reply.intent == "improve" else "dialog.followup_shorter"
            draft.followup = messages.text(key)
            return await self._send(dc, draft)
        if reply.intent == "new_round":
            await dc.context.send_activity(self._views.note("dialog.new_round", title=self._task.title))
            return await self._advance(dc, Draft(task_id=self._task.id, template_parts=draft.template_parts))
        if reply.intent == "done":
            await dc.context.send_activity(self._views.note("dialog.finished"))
            return await dc.end_dialog()
        return await self._on_preview(dc, draft, reply)

    # --- steps --------------------------------------------------------------------------
    async def _advance(self, dc: DialogContext, draft: Draft) -> DialogTurnResult:
        """Ask for the next missing input, or show the preview when nothing is missing."""
        missing = missing_inputs(self._task, draft)
        if missing:
            self._save(dc, draft, COLLECT, pending=missing[0])
            await dc.context.send_activity(self._views.ask_input(self._task.input(missing[0])))
            return Dialog.end_of_turn
        if self._task.machine_translation and draft.machine_translation is None:
            draft.machine_translation = await self._machine_translate(dc, draft)
        return await self._show_preview(dc, draft)

    async def _machine_translate(self, dc: DialogContext, draft: Draft) -> str:
        if not self._translator.available():
            await dc.context.send_activity(self._views.note("dialog.no_apertium"))
            return messages.text("dialog.no_machine_translation")
        await dc.context.send_activity(self._views.note("dialog.translating"))
        # Apertium runs on this server: the text does not leave the bot here.
        source = draft.inputs.get(self._task.first_input or "", "") or next(iter(draft.inputs.values()), "")
        return await self._translator.translate(source)

    async def _show_preview(self, dc: DialogContext, draft: Draft) -> DialogTurnResult:
        draft.followup = None
        self._save(dc, draft, PREVIEW)
        labelled = labelled_parts(self._library, render_parts(self._task, draft))
        await dc.context.send_activity(self._views.preview(self._task, labelled))
        return Dialog.end_of_turn

    async def _ask_part(self, dc: DialogContext, draft: Draft, part: str | None) -> DialogTurnResult:
        if not part:
            self._save(dc, draft, CHOOSE_PART)
            await dc.context.send_activity(self._views.choose_part())
            return Dialog.end_of_turn
        self._save(dc, draft, EDIT, pending=part)
        current, markers = editable_text(self._task, draft, part)
        await dc.context.send_activity(self._views.edit_part(
            self._library.system.part_labels[part], current, markers=markers, example=part == "inspirasjon"))
        return Dialog.end_of_turn

    async def _send(self, dc: DialogContext, draft: Draft, *, anonymize: bool = False) -> DialogTurnResult:
        request = build_request(self._library, self._task, draft)
        # The draft is saved before the call: whatever the model does, the user's text is kept,
        # and stored now, so "prøv igjen" works even after the process dies during the call.
        self._save(dc, draft, FAILED, calling_since=time.time())
        checkpoint = dc.context.turn_state.get(TURN_CHECKPOINT_KEY)
        if checkpoint is not None:
            await checkpoint()
        progress = dc.context.turn_state.get(TURN_PROGRESS_KEY)  # e.g. Teams streaming in 1:1 chats
        if progress is not None and progress.on_status is not None:
            await progress.on_status("checking")
        else:
            await dc.context.send_activity(self._views.note("dialog.checking"))
            await dc.context.send_activity(Activity(type=ActivityTypes.typing))
        outcome = await self._model.ask(request, anonymize=anonymize,
                                        on_delta=progress.on_delta if progress is not None else None)
        if isinstance(outcome, Blocked):
            return await self._show_blocked(dc, draft, outcome)
        if not isinstance(outcome, Answered):
            self._save(dc, draft, FAILED)
            await dc.context.send_activity(self._views.failed(outcome.user_message))
            return Dialog.end_of_turn
        if self._task.machine_translation and draft.machine_translation and not draft.followup:
            if outcome.mode == "prompt-builder":
                await dc.context.send_activity(self._views.machine_translation(draft.machine_translation))
        if outcome.mode == "prompt-builder":
            draft.last_answer = None
            draft.followup = None
            self._save(dc, draft, ANSWERED)
            # The key of placeholders (masked values) is for this reply only, and like a block
            # message's excerpts it is not shown in channels and group chats.
            placeholders = () if self._in_group(dc) else outcome.placeholders
            await dc.context.send_activity(self._views.prompt_builder(
                outcome.text, anonymized=outcome.anonymized, placeholders=placeholders))
            return Dialog.end_of_turn
        draft.last_answer = outcome.text
        draft.followup = None
        self._save(dc, draft, ANSWERED)
        await dc.context.send_activity(self._views.answer(
            outcome.text, model=outcome.model, anonymized=outcome.anonymized,
            postedited=self._task.machine_translation and bool(draft.machine_translation)))
        return Dialog.end_of_turn

    async def _show_blocked(self, dc: DialogContext, draft: Draft, outcome: Blocked) -> DialogTurnResult:
        result = outcome.result
        self._save(dc, draft, BLOCKED, anonymizable=result.anonymizable,
                   blocked_input=locate_input(draft, result, outcome.checked_text))
        excerpts = finding_excerpts(result, outcome.checked_text)
        await dc.context.send_activity(self._views.blocked(
            result, excerpts, rule_sentence(result), show_excerpts=not self._in_group(dc),
            values_restored=outcome.mode == "model"))
        return Dialog.end_of_turn

    @staticmethod
    def _in_group(dc: DialogContext) -> bool:
        """A channel or group chat: findings are shown by type only, values never."""
        return getattr(dc.context.activity.conversation, "conversation_type", None) in GROUP_CONVERSATIONS

    # --- state --------------------------------------------------------------------------
    @staticmethod
    def _save(dc: DialogContext, draft: Draft, stage: str, **extra: object) -> None:
        state = dc.active_dialog.state
        state["draft"] = draft.to_state()
        state["stage"] = stage
        for key in ("pending", "anonymizable", "blocked_input", "calling_since"):
            state.pop(key, None)
        state.update(extra)
