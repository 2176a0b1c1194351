"""What the dialogs show, as Bot Framework activities (Teams markdown + suggested actions).

One place turns dialog state into messages, so a channel can swap in richer views
(Adaptive Cards) without touching the flow. Every sentence comes from the catalogue.
"""

from __future__ import annotations

from collections.abc import Iterable

from botbuilder.core import MessageFactory
from botbuilder.schema import Activity, ActionTypes, CardAction

from dialogs import messages
from dialogs.task_definition import TaskDefinition, TaskInput
from guardrails.findings import CheckResult


def _buttons(*intents: str) -> list[CardAction]:
    return [
        CardAction(type=ActionTypes.im_back, title=messages.text(f"dialog.suggested.{i}"),
                   value=messages.text(f"dialog.suggested.{i}"))
        for i in intents
    ]


def _message(lines: Iterable[str], *buttons: str) -> Activity:
    body = "\n\n".join(line for line in lines if line)
    if buttons:
        return MessageFactory.suggested_actions(_buttons(*buttons), body)
    return MessageFactory.text(body)


class TextViews:
    """Plain Teams-markdown views; they work in every channel and in the terminal."""

    def task_started(self, task: TaskDefinition) -> Activity:
        return _message([messages.text("dialog.start_task", title=task.title, summary=task.summary)])

    def ask_input(self, item: TaskInput, *, retry: bool = False) -> Activity:
        key = "dialog.input_empty" if retry else "dialog.ask_input"
        lines = [messages.text(key, question=item.question)]
        if item.default:
            lines.append(messages.text("dialog.ask_input_default_note", default=item.default))
        return _message(lines)

    def preview(self, task: TaskDefinition, labelled: list[tuple[str, str]]) -> Activity:
        lines = [messages.text("dialog.preview_title")]
        for label, text in labelled:
            if text.strip():
                lines.append(messages.text("dialog.preview_part", label=label, text=text.strip()))
            else:
                lines.append(messages.text("dialog.preview_part_empty", label=label))
        lines.append(messages.text("dialog.preview_actions"))
        return _message(lines, "send", "edit", "add_example", "cancel")

    def choose_part(self) -> Activity:
        return _message([messages.text("dialog.choose_part")])

    def edit_part(self, label: str, current: str) -> Activity:
        return _message([messages.text("dialog.edit_part", label=label, current=current.strip() or "–")])

    def blocked(self, result: CheckResult, excerpts: list[tuple[str, str]], rule: str, *,
                show_excerpts: bool) -> Activity:
        lines = [messages.text("dialog.blocked_title")]
        for label, excerpt in excerpts:
            line = "- " + (messages.text("dialog.blocked_finding", label=label, excerpt=excerpt) if show_excerpts
                           else messages.text("dialog.blocked_finding_type_only", label=label))
            if line not in lines:
                lines.append(line)
        lines.append(rule)
        lines.append(messages.text("dialog.blocked_fix"))
        if result.anonymizable:
            lines.append(messages.text("dialog.blocked_fix_anonymize"))
            return _message(lines, "anonymize", "edit", "cancel")
        return _message(lines, "edit", "cancel")

    def failed(self, user_message: str) -> Activity:
        return _message([user_message, messages.text("dialog.failed_actions")], "retry", "edit", "cancel")

    def answer(self, text: str, *, model: str, anonymized: bool, postedited: bool) -> Activity:
        title_key = "dialog.answer_title_postedit" if postedited else "dialog.answer_title"
        lines = [messages.text(title_key, model=model or "språkmodellen"), text,
                 messages.text("dialog.answer_draft_label")]
        if anonymized:
            lines.append(messages.text("dialog.answer_anonymized_note"))
        lines.append(messages.text("dialog.answer_actions"))
        return _message(lines, "improve", "shorter", "edit", "new_round", "done")

    def prompt_builder(self, prompt: str) -> Activity:
        lines = [messages.text("dialog.prompt_builder_title"), prompt,
                 messages.text("dialog.prompt_builder_note"), messages.text("dialog.prompt_builder_actions")]
        return _message(lines, "edit", "new_round", "done")

    def machine_translation(self, text: str) -> Activity:
        return _message([messages.text("dialog.machine_translation_title"), text])

    def note(self, key: str, **values: object) -> Activity:
        return _message([messages.text(key, **values)])
