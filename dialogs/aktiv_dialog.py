"""The one generic AKTIV dialog, configured by a task definition.

Flow: ask for what is missing → (machine translation) → preview of the five AKTIV parts →
edit any part → send through the model port → answer as a draft → follow-ups.
All state is the ``Draft`` plus a stage name in the dialog's own state, so the user's
draft survives model errors, time-outs and restarts (the state lives in bot storage).
"""

from __future__ import annotations

from botbuilder.dialogs import Dialog, DialogContext, DialogTurnResult
from botbuilder.schema import Activity, ActivityTypes

from dialogs import messages, replies
from dialogs.dialog_state import CALLING_SINCE, calling_marker, dialog_id
from dialogs.draft import Draft, build_request, labelled_parts, missing_inputs, preview_parts, render_parts
from dialogs.findings_view import finding_excerpts, locate_input, rule_sentence
from dialogs.inspiration import card_parts, pasted_fields
from dialogs.part_edit import apply_edits, editable_text
from dialogs.ports import TURN_CHECKPOINT_KEY, TURN_PROGRESS_KEY, Answered, Blocked, ModelPort, TranslatorPort
from dialogs.preview_inputs import PreviewInputs
from dialogs.recovery import recovery_for
from dialogs.replies import Reply, parse_reply, part_from_word
from dialogs.requirements.reading import card_requirements, questions_to_check
from dialogs.requirements.steps import RequirementsSteps
from dialogs.task_definition import PromptLibrary, TaskDefinition
from dialogs.views import TextViews, Views, and_list
from guardrails.question_check import check_questions, questions_in

COLLECT, PREVIEW, CHOOSE_PART, EDIT, BLOCKED, FAILED, ANSWERED = (
    "collect", "preview", "choose_part", "edit", "blocked", "failed", "answered")
# Dialog-state keys that belong to one stage and are cleared when the stage changes.
STAGE_KEYS = ("pending", "anonymizable", "blocked_input", "candidate", "recovery", "working_ad", "asked_words",
              CALLING_SINCE)
GROUP_CONVERSATIONS = {"channel", "groupChat"}


class AktivDialog(RequirementsSteps, PreviewInputs, Dialog):
    """Runs one task (``intervju``, ``screening`` …) from its YAML definition."""

    def __init__(self, task: TaskDefinition, library: PromptLibrary, model: ModelPort,
                 translator: TranslatorPort, views: Views | None = None):
        super().__init__(dialog_id(task.id))
        self._task = task
        self._library = library
        self._model = model
        self._translator = translator
        self._views: Views = views or TextViews()

    # --- Dialog interface -------------------------------------------------------------
    async def begin_dialog(self, dc: DialogContext, options: object = None) -> DialogTurnResult:
        options = options if isinstance(options, dict) else {}
        draft = Draft(task_id=self._task.id, inputs=dict(options.get("inputs") or {}),
                      edited_parts=dict(options.get("parts") or {}),
                      template_parts=dict(options.get("template_parts") or {}))
        first_text = (options.get("first_text") or "").strip()
        missing = missing_inputs(self._task, draft)
        if first_text:
            target = self._task.first_input if self._task.first_input in missing else next(iter(missing), None)
            if target:
                draft.inputs[target] = first_text
        self._save(dc, draft, COLLECT)
        await dc.context.send_activity(self._views.task_started(self._task))
        working_ad = (options.get("working_ad") or "").strip()
        first = self._task.first_input
        if working_ad and first and first in missing_inputs(self._task, draft) and self._task.input(first).multiline:
            # The conversation's ad from an earlier task: offer it rather than ask for it again.
            self._save(dc, draft, COLLECT, pending=first, working_ad=working_ad)
            await dc.context.send_activity(self._views.same_ad(working_ad))
            return Dialog.end_of_turn
        await self._read_ad(dc, draft)
        return await self._advance(dc, draft)

    async def continue_dialog(self, dc: DialogContext) -> DialogTurnResult:
        activity = dc.context.activity
        if activity.type != ActivityTypes.message:
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
        state = dc.active_dialog.state
        name = state["pending"]
        item = self._task.input(name)
        # An answer to "Bruke samme annonse?" or to "… er kort, bruke det likevel?"
        offered = state.pop("candidate", None) or state.pop("working_ad", None)
        answer = replies.confirmation(reply.text) if offered else None
        if answer == "yes":
            await self._replace_input(dc, draft, name, str(offered))
            return await self._advance(dc, draft)
        if answer == "no":
            return await self._advance(dc, draft)
        if not reply.text.strip():
            await dc.context.send_activity(self._views.ask_input(item, retry=True))
            return Dialog.end_of_turn
        if not reply.intent and await self._take_inspiration(dc, draft, reply.text):
            return await self._advance(dc, draft)  # the input still missing is asked again
        if not replies.is_content(reply):
            # "send", "ok", "takk", "kortere" … is never the ad or the position.
            await dc.context.send_activity(self._views.note(
                "conversation.not_content", said=replies.quoted(reply.text), label=item.label, question=item.question))
            return Dialog.end_of_turn
        if replies.too_short(reply.text, multiline=item.multiline):
            state["candidate"] = reply.text.strip()
            await dc.context.send_activity(self._views.confirm_short(replies.quoted(reply.text), item.label))
            return Dialog.end_of_turn
        await self._replace_input(dc, draft, name, reply.text.strip())
        return await self._advance(dc, draft)

    async def _on_preview(self, dc: DialogContext, draft: Draft, reply: Reply) -> DialogTurnResult:
        if not (reply.parts or reply.inputs) and reply.intent is None \
                and await self._change_requirements(dc, draft, reply.text):
            return await self._show_preview(dc, draft)
        if reply.intent == "show_all":
            return await self._show_preview(dc, draft, full=True)
        if reply.intent == "requirements" and draft.requirements is not None:
            # A card's "Lagre kravene" sends the edited rows; typed "vis kravene" shows the list again.
            edited = card_requirements(dc.context.activity.value)
            if edited is not None:
                draft.requirements = edited
                await dc.context.send_activity(self._views.note("requirements.checklist_changed"))
            await dc.context.send_activity(self._views.requirements(draft.requirements))
            return await self._show_preview(dc, draft)
        if reply.parts or reply.inputs:
            # A card submits all five parts and its pasted texts: only what the user changed counts.
            result = await self._on_card(dc, draft, reply)
            if result is not None:
                return result
        if not reply.intent and await self._take_inspiration(dc, draft, reply.text):
            return await self._show_preview(dc, draft)
        if reply.intent == "send":
            return await self._send(dc, draft)
        if reply.intent in ("edit", "add_example") or reply.part:
            part = "inspirasjon" if reply.intent == "add_example" else reply.part
            return await self._ask_part(dc, draft, part)
        if reply.intent == "done":
            await dc.context.send_activity(self._views.note("dialog.finished"))
            return await dc.end_dialog()
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
        recovery = state.get("recovery") or {}
        name = state.get("blocked_input")
        if reply.intent == "not_personal":
            asked = state.get("asked_words") or []
            if asked:  # "Nei, send": the words are no names; only they may pass, nothing else
                draft.confirmed_words = sorted({*draft.confirmed_words, *asked})
                return await self._send(dc, draft)
            await dc.context.send_activity(self._views.note("dialog.not_personal_unavailable"))
            return Dialog.end_of_turn
        if reply.intent == "anonymize":
            if state.get("anonymizable"):
                draft.anonymize = True
                return await self._send(dc, draft)
            await dc.context.send_activity(self._views.note(
                "conversation.cannot_anonymize", labels=and_list(recovery.get("labels") or [])))
            return Dialog.end_of_turn
        if reply.intent in ("use_redacted", "remove_contact") and name:
            text = recovery.get("redacted" if reply.intent == "use_redacted" else "without_contact")
            if text:
                await self._replace_input(dc, draft, name, text)
                key = "conversation.redacted_used" if reply.intent == "use_redacted" else "conversation.contact_removed"
                await dc.context.send_activity(self._views.note(key))
                return await self._advance(dc, draft)
        if (reply.intent in ("edit", "add_example") or reply.part or reply.parts or reply.inputs
                or replies.inspiration_text(reply.text) is not None):
            return await self._on_preview(dc, draft, reply)
        if reply.intent in ("send", "retry"):
            return await self._send(dc, draft)
        if reply.intent in ("improve", "shorter", "new_round"):
            await dc.context.send_activity(self._views.note(
                "conversation.blocked_still", what=replies.quoted(reply.text).lower()))
            return Dialog.end_of_turn
        old, multiline = draft.inputs.get(name or "", ""), self._task.input(name).multiline if name else True
        if not replies.is_content(reply) or not replies.is_corrected_text(reply.text, old, multiline):
            # Nothing typed after a block replaces the ad unless it is a corrected text.
            said = replies.quoted(reply.text)
            await dc.context.send_activity(self._views.note("conversation.blocked_kept", said=said))
            return Dialog.end_of_turn
        # A corrected text replaces the input the findings were in (or the whole prompt's part).
        kept: tuple[str, ...] = ()
        if name:
            await self._replace_input(dc, draft, name, reply.text.strip())
            label = self._task.input(name).label
        else:
            edits = apply_edits(self._task, draft, {"tiltak": reply.text})
            draft.edited_parts.update(edits.templates)
            draft.anonymize = False
            kept = edits.kept
            label = self._library.system.part_labels["tiltak"]
        await dc.context.send_activity(self._views.note("dialog.blocked_input_replaced", label=label))
        if kept:
            await dc.context.send_activity(self._views.values_kept(kept))
        return await self._advance(dc, draft)

    async def _on_failed(self, dc: DialogContext, draft: Draft, reply: Reply) -> DialogTurnResult:
        if reply.intent in ("retry", "send"):
            return await self._send(dc, draft)
        return await self._on_preview(dc, draft, reply)

    async def _on_answered(self, dc: DialogContext, draft: Draft, reply: Reply) -> DialogTurnResult:
        if reply.intent in ("improve", "shorter", "stricter", "keep_terms"):
            if not draft.last_answer:
                await dc.context.send_activity(self._views.note("dialog.followup_needs_model"))
                return Dialog.end_of_turn
            draft.followup = messages.text(f"dialog.followup_{reply.intent}")
            return await self._send(dc, draft)
        if reply.intent == "new_round":
            # New suggestions on the same draft: the ad and the position stay.
            if draft.last_answer:
                draft.followup = None
                return await self._send(dc, draft)
            await dc.context.send_activity(self._views.note("conversation.new_round_same", title=self._task.title))
            return await self._show_preview(dc, draft)
        if reply.intent == "done":
            await dc.context.send_activity(self._views.note("dialog.finished"))
            return await dc.end_dialog()
        pasted = questions_to_check(reply.text) if reply.intent is None else None
        if pasted is not None:
            # Questions pasted back (from Copilot) after "sjekk": checked here, nothing is sent.
            await dc.context.send_activity(
                self._views.question_check(check_questions(pasted), len(questions_in(pasted))))
            return Dialog.end_of_turn
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

    async def _show_preview(self, dc: DialogContext, draft: Draft, *, full: bool = False) -> DialogTurnResult:
        draft.followup = None
        self._save(dc, draft, PREVIEW)
        # A text preview shows a long ad by its first line and length; a card shows each pasted text
        # whole in a field of its own and the parts with a marker in its place.
        short = not full and getattr(self._views, "short_previews", False)
        show = card_parts if getattr(self._views, "inputs_apart", False) else preview_parts if short else render_parts
        labelled = labelled_parts(self._library, show(self._task, draft))
        await dc.context.send_activity(self._views.preview(self._task, labelled,
                                                           fields=pasted_fields(self._task, draft)))
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

    async def _send(self, dc: DialogContext, draft: Draft) -> DialogTurnResult:
        anonymize = draft.anonymize  # chosen once for this draft, it holds for its follow-ups
        request = build_request(self._library, self._task, draft)
        # The draft is saved before the call: whatever the model does, the user's text is kept,
        # and stored now, so "prøv igjen" works even after the process dies during the call.
        self._save(dc, draft, FAILED, **calling_marker())
        checkpoint = dc.context.turn_state.get(TURN_CHECKPOINT_KEY)
        if checkpoint is not None:
            await checkpoint()
        progress = dc.context.turn_state.get(TURN_PROGRESS_KEY)  # e.g. Teams streaming in 1:1 chats
        if progress is not None and progress.on_status is not None:
            await progress.on_status("checking")
        else:
            await dc.context.send_activity(self._views.note("dialog.checking"))
            await dc.context.send_activity(Activity(type=ActivityTypes.typing))
        outcome = await self._model.ask(request, anonymize=anonymize, confirmed=frozenset(draft.confirmed_words),
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
        findings = check_questions(outcome.text) if self._task.requirements is not None else []
        if findings:  # only a question an employer may not ask is worth a message of its own
            await dc.context.send_activity(self._views.question_check(findings, len(questions_in(outcome.text))))
        return Dialog.end_of_turn

    async def _replace_input(self, dc: DialogContext, draft: Draft, name: str, text: str) -> None:
        """A new text for an input: derived values go, and the ad's checklist is read again."""
        draft.inputs[name] = text
        draft.machine_translation = None
        draft.anonymize = False  # a new text: the choice to anonymise was about the old one
        if self._task.requirements is not None and name == self._task.requirements.ad_input:
            draft.requirements = None
            await self._read_ad(dc, draft)

    async def _show_blocked(self, dc: DialogContext, draft: Draft, outcome: Blocked) -> DialogTurnResult:
        result = outcome.result
        if result.asks:  # only words that may be names: one question instead of a stop
            words = sorted({outcome.checked_text[f.start:f.end] for f in result.findings})
            self._save(dc, draft, BLOCKED, anonymizable=result.anonymizable, blocked_input=None, asked_words=words)
            await dc.context.send_activity(self._views.ask_names(words, show_words=not self._in_group(dc)))
            return Dialog.end_of_turn
        name = locate_input(draft, result, outcome.checked_text)
        recovery = recovery_for(draft.inputs.get(name) if name else None, result, outcome.checked_text)
        self._save(dc, draft, BLOCKED, anonymizable=result.anonymizable, blocked_input=name,
                   recovery={"redacted": recovery.redacted, "without_contact": recovery.without_contact,
                             "labels": recovery.labels})
        excerpts = finding_excerpts(result, outcome.checked_text)
        await dc.context.send_activity(self._views.blocked(
            result, excerpts, rule_sentence(result), show_excerpts=not self._in_group(dc),
            values_restored=outcome.mode == "model", recovery=recovery))
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
        for key in STAGE_KEYS:
            state.pop(key, None)
        state.update(extra)

