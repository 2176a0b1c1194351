"""The dialog's steps for what a preview card sends and for ``inspirasjon: <tekst>``.

A card shows each pasted text (the ad, an interview guide) in a field of its own and the parts with
markers in its place, so editing the Tiltak does not disturb the ad and the other way round; its
submit carries both, and both are applied. ``inspirasjon: <tekst>`` in a chat gives the task's
optional inspiration text (``dialogs.inspiration``); in a task without one it is the Inspirasjon part.
"""

from __future__ import annotations

from botbuilder.dialogs import DialogContext, DialogTurnResult

from dialogs import messages, replies
from dialogs.draft import Draft, missing_inputs, render_parts
from dialogs.inspiration import card_parts, has_inspiration, pasted_fields, set_inspiration
from dialogs.part_edit import apply_edits
from dialogs.replies import Reply
from dialogs.task_definition import PromptLibrary, TaskDefinition
from dialogs.views import Views


class PreviewInputs:
    """Mixed into ``AktivDialog``, which provides the attributes and steps declared here."""

    _task: TaskDefinition
    _views: Views
    _library: PromptLibrary

    async def _replace_input(self, dc: DialogContext, draft: Draft, name: str, text: str) -> None:
        raise NotImplementedError

    async def _advance(self, dc: DialogContext, draft: Draft) -> DialogTurnResult:
        raise NotImplementedError

    async def _send(self, dc: DialogContext, draft: Draft) -> DialogTurnResult:
        raise NotImplementedError

    async def _machine_translate(self, dc: DialogContext, draft: Draft) -> str:
        raise NotImplementedError

    async def _on_card(self, dc: DialogContext, draft: Draft, reply: Reply) -> DialogTurnResult | None:
        """Apply a preview card's parts and pasted-text fields; None when nothing changed and the
        user pressed "Endre" (the caller asks which part)."""
        task = self._task
        # The card showed the parts with markers when it had fields for the pasted texts.
        shown = card_parts(task, draft) if reply.inputs else render_parts(task, draft)
        changed = {part: text for part, text in reply.parts.items() if text.strip() != shown.get(part, "").strip()}
        pasted = {field.name for field in pasted_fields(task, draft)}
        new_inputs = {name: text.strip() for name, text in reply.inputs.items()
                      if name in pasted and text.strip() != draft.inputs.get(name, "").strip()}
        for name, text in new_inputs.items():
            if task.inspiration is not None and name == task.inspiration.input:
                set_inspiration(task, draft, text)
            else:
                await self._replace_input(dc, draft, name, text)
        edits = apply_edits(task, draft, changed)
        draft.edited_parts.update(edits.templates)
        if edits.kept:
            # The prompt is not what the card showed: show it again rather than send it.
            await dc.context.send_activity(self._views.values_kept(edits.kept))
            return await self._advance(dc, draft)
        if reply.intent == "send" and not missing_inputs(task, draft):
            if task.machine_translation and draft.machine_translation is None:
                draft.machine_translation = await self._machine_translate(dc, draft)
            return await self._send(dc, draft)
        if changed or new_inputs or reply.intent != "edit":
            return await self._advance(dc, draft)  # the preview again (or what a new text still needs)
        return None

    async def _take_inspiration(self, dc: DialogContext, draft: Draft, text: str) -> bool:
        """``inspirasjon: <tekst>`` (or ``inspirasjon: fjern``); False when the message is no such thing."""
        task = self._task
        body = replies.inspiration_text(text)
        if body is None:
            return False
        config = task.inspiration
        if config is None:  # a task without an optional text: the words are the Inspirasjon part
            if body:
                draft.edited_parts.update(apply_edits(task, draft, {"inspirasjon": body}).templates)
                label = self._library.system.part_labels["inspirasjon"]
                await dc.context.send_activity(self._views.part_updated(label))
            return bool(body)
        label = task.input(config.input).label
        if replies.removes_inspiration(body):
            if has_inspiration(task, draft):
                set_inspiration(task, draft, "")
            await dc.context.send_activity(self._views.note("dialog.inspiration_removed", label=label))
        elif replies.too_short(body, multiline=True):
            await dc.context.send_activity(self._views.note("dialog.inspiration_how", label=label))
        else:
            set_inspiration(task, draft, body)
            await dc.context.send_activity(self._views.note(
                "dialog.inspiration_added", label=label, length=messages.format_count(len(body))))
        return True
