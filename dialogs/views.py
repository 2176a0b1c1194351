"""What the dialogs show, as Bot Framework activities (Teams markdown + suggested actions).

One place turns dialog state into messages, so a channel can swap in richer views
(Adaptive Cards) without touching the flow. Every sentence comes from the catalogue.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from botbuilder.core import MessageFactory
from botbuilder.schema import ActionTypes, Activity, CardAction

from dialogs import messages
from dialogs.inspiration import PastedField
from dialogs.recovery import BlockRecovery
from dialogs.requirements.checklist import numbered
from dialogs.task_definition import PART_NAMES, Command, TaskDefinition, TaskInput
from guardrails.findings import CheckResult
from guardrails.question_check import QuestionFinding


class Views(Protocol):
    """What the dialogs and the turn handler show; ``TextViews`` is the plain one, a channel
    may bring richer ones (Teams' ``CardViews``) or wrap them (``NetworkViews``)."""

    def task_started(self, task: TaskDefinition) -> Activity: ...

    def ask_input(self, item: TaskInput, *, retry: bool = False) -> Activity: ...

    def preview(self, task: TaskDefinition, labelled: list[tuple[str, str]], *,
                fields: tuple[PastedField, ...] = ()) -> Activity: ...

    def choose_part(self) -> Activity: ...

    def edit_part(self, label: str, current: str, *, markers: tuple[str, ...] = (),
                  example: bool = False) -> Activity: ...

    def part_updated(self, label: str, kept: tuple[str, ...] = ()) -> Activity: ...

    def values_kept(self, kept: tuple[str, ...]) -> Activity: ...

    def blocked(self, result: CheckResult, excerpts: list[tuple[str, str]], rule: str, *,
                show_excerpts: bool, values_restored: bool = True,
                recovery: BlockRecovery | None = None) -> Activity: ...

    def same_ad(self, working_ad: str) -> Activity: ...

    def ask_names(self, words: list[str], *, show_words: bool) -> Activity: ...

    def confirm_short(self, said: str, label: str) -> Activity: ...

    def failed(self, user_message: str) -> Activity: ...

    def answer(self, text: str, *, model: str, anonymized: bool, postedited: bool) -> Activity: ...

    def prompt_builder(self, prompt: str, *, anonymized: bool = False,
                       placeholders: tuple[tuple[str, str], ...] = ()) -> Activity: ...

    def machine_translation(self, text: str) -> Activity: ...

    def note(self, key: str, **values: object) -> Activity: ...

    def help(self, commands: Iterable[Command], task_titles: dict[str, str]) -> Activity: ...

    def requirements(self, items: list[dict[str, str]], *, title: str = "", employer: str = "",
                     minutes: int | None = None) -> Activity: ...

    def question_check(self, findings: list[QuestionFinding], total: int) -> Activity: ...


def _button_title(intent: str) -> str:
    key = f"dialog.suggested.{intent}"
    return messages.text(key if key in messages.catalogue() else f"conversation.suggested.{intent}")


def _buttons(*intents: str) -> list[CardAction]:
    return [CardAction(type=ActionTypes.im_back, title=_button_title(i), value=_button_title(i)) for i in intents]


def recovery_buttons(recovery: BlockRecovery | None) -> list[str]:
    """The one-click ways out of a block, as reply intents."""
    if recovery is None:
        return []
    return ([*(["use_redacted"] if recovery.redacted else []),
             *(["remove_contact"] if recovery.without_contact is not None else [])])


def and_list(items: list[str]) -> str:
    """``A``, ``A og B``, ``A, B og C``."""
    if len(items) < 2:
        return "".join(items)
    return messages.text("dialog.list_and", first=", ".join(items[:-1]), last=items[-1])


def kept_values_line(kept: tuple[str, ...]) -> str:
    """The note that pasted texts were put back into a part the user rewrote without them."""
    quoted = [messages.text("dialog.quoted_label", label=label) for label in kept]
    return messages.text("dialog.part_kept", labels=and_list(quoted))


def anonymized_prompt_lines(placeholders: tuple[tuple[str, str], ...], line_key: str) -> list[str]:
    """A finished prompt sent anonymised: what the user must do, and the masked key if given."""
    lines = [messages.text("dialog.prompt_builder_anonymized")]
    if placeholders:
        lines.append(messages.text("dialog.prompt_builder_placeholder_key"))
        lines.append("\n".join("- " + messages.text(line_key, placeholder=placeholder, excerpt=excerpt)
                               for placeholder, excerpt in placeholders))
    else:
        lines.append(messages.text("dialog.prompt_builder_placeholder_key_hidden"))
    return lines


def fenced(text: str) -> str:
    """``text`` as a Markdown code block (a fence longer than any run of backticks in it)."""
    ticks = 3
    while "`" * ticks in text:
        ticks += 1
    return "`" * ticks + "\n" + text + "\n" + "`" * ticks


def anonymize_offer(values_restored: bool) -> str:
    """The "send anonymised" offer; without a model the values do not come back by themselves."""
    return messages.text("dialog.blocked_fix_anonymize" if values_restored
                         else "dialog.blocked_fix_anonymize_prompt_builder")


def _message(lines: Iterable[str], *buttons: str) -> Activity:
    body = "\n\n".join(line for line in lines if line)
    if buttons:
        return MessageFactory.suggested_actions(_buttons(*buttons), body)
    return MessageFactory.text(body)


class TextViews:
    """Plain Teams-markdown views; they work in every channel and in the terminal."""

    # The preview may show a long pasted text by its first line (cards need all of it in their inputs).
    short_previews = True

    def task_started(self, task: TaskDefinition) -> Activity:
        return _message([messages.text("dialog.start_task", title=task.title, summary=task.summary)])

    def ask_input(self, item: TaskInput, *, retry: bool = False) -> Activity:
        key = "dialog.input_empty" if retry else "dialog.ask_input"
        lines = [messages.text(key, question=item.question)]
        if item.default:
            lines.append(messages.text("dialog.ask_input_default_note", default=item.default))
        return _message(lines)

    def preview(self, task: TaskDefinition, labelled: list[tuple[str, str]], *,
                fields: tuple[PastedField, ...] = ()) -> Activity:
        """The five parts; ``fields``: the pasted texts (in the parts here), an empty optional one
        with how to give it."""
        lines = [messages.text("dialog.preview_title")]
        for part, (label, text) in zip(PART_NAMES, labelled, strict=False):
            if text.strip():
                lines.append(messages.text("dialog.preview_part", label=label, text=text.strip()))
            else:  # only Inspirasjon invites an example; another emptied part is just empty
                key = "dialog.preview_part_empty" if part == "inspirasjon" else "dialog.preview_part_emptied"
                lines.append(messages.text(key, label=label))
        lines += [field.offer for field in fields if field.offer and not field.text.strip()]
        lines.append(messages.text("dialog.preview_actions"))
        return _message(lines, "send", "edit", "add_example", "cancel")

    def choose_part(self) -> Activity:
        return _message([messages.text("dialog.choose_part")])

    def edit_part(self, label: str, current: str, *, markers: tuple[str, ...] = (),
                  example: bool = False) -> Activity:
        """Ask for a part's new text; ``markers`` are the pasted texts shown as ``[Label]``."""
        if not current.strip():
            key = "dialog.edit_example_empty" if example else "dialog.edit_part_empty"
            return _message([messages.text(key, label=label)])
        lines = [messages.text("dialog.edit_part_intro", label=label), current.strip()]
        if markers:
            lines.append(messages.text("dialog.edit_part_markers", markers=and_list(list(markers))))
        lines.append(messages.text("dialog.edit_part_clear"))
        return _message(lines)

    def part_updated(self, label: str, kept: tuple[str, ...] = ()) -> Activity:
        lines = [messages.text("dialog.part_updated", label=label)]
        if kept:
            lines.append(kept_values_line(kept))
        return _message(lines)

    def values_kept(self, kept: tuple[str, ...]) -> Activity:
        return _message([kept_values_line(kept)])

    def blocked(self, result: CheckResult, excerpts: list[tuple[str, str]], rule: str, *,
                show_excerpts: bool, values_restored: bool = True, recovery: BlockRecovery | None = None) -> Activity:
        lines = [messages.text("dialog.blocked_title")]
        for label, excerpt in excerpts:
            line = "- " + (messages.text("dialog.blocked_finding", label=label, excerpt=excerpt) if show_excerpts
                           else messages.text("dialog.blocked_finding_type_only", label=label))
            if line not in lines:
                lines.append(line)
        lines.append(rule)
        lines.append(messages.text("dialog.blocked_fix"))
        buttons = recovery_buttons(recovery)
        if recovery and recovery.without_contact is not None:
            lines.append(messages.text("conversation.contact_offer"))
        if recovery and recovery.redacted:
            lines += [messages.text("conversation.redacted_offer"), fenced(recovery.redacted)]
        if result.anonymizable:
            lines.append(anonymize_offer(values_restored))
            return _message(lines, *buttons, "anonymize", "edit", "cancel")
        return _message(lines, *buttons, "edit", "cancel")

    def ask_names(self, words: list[str], *, show_words: bool) -> Activity:
        """The guardrail's one question: "Er «storm» et navn her?" [Ja, fjern det] [Nei, send].
        In a group chat the words are not repeated (``show_words`` False)."""
        quoted_words = and_list([f"«{word}»" for word in words])
        title = (messages.text("dialog.ask_names_title", words=quoted_words) if show_words
                 else messages.text("dialog.ask_names_title_group"))
        lines = [title, messages.text("dialog.ask_names_why")]
        return _message(lines, "remove_names", "not_personal", "edit", "cancel")

    def same_ad(self, working_ad: str) -> Activity:
        """"Bruke samme annonse?" with its first words, so the user sees which one."""
        start = " ".join(working_ad.split())
        start = start if len(start) <= 80 else start[:79] + "…"
        buttons = [CardAction(type=ActionTypes.im_back, title=messages.text(f"conversation.same_ad_{answer}"),
                              value=messages.text(f"conversation.same_ad_{answer}")) for answer in ("yes", "no")]
        return MessageFactory.suggested_actions(buttons, messages.text("conversation.same_ad", start=start))

    def confirm_short(self, said: str, label: str) -> Activity:
        button = CardAction(type=ActionTypes.im_back, title=messages.text("conversation.use_anyway"),
                            value=messages.text("conversation.use_anyway"))
        return MessageFactory.suggested_actions([button], messages.text("conversation.confirm_short",
                                                                         said=said, label=label))

    def failed(self, user_message: str) -> Activity:
        return _message([user_message, messages.text("dialog.failed_actions")], "retry", "edit", "cancel")

    def answer(self, text: str, *, model: str, anonymized: bool, postedited: bool) -> Activity:
        title_key = "dialog.answer_title_postedit" if postedited else "dialog.answer_title"
        lines = [messages.text(title_key, model=model or messages.text("dialog.default_model")), text,
                 messages.text("dialog.answer_draft_label")]
        if anonymized:
            lines.append(messages.text("dialog.answer_anonymized_note"))
        lines.append(messages.text("dialog.answer_actions_translation" if postedited else "dialog.answer_actions"))
        # A translation is not made "better" or "shorter"; it is made stricter or keeps the terms.
        follow_ups = ("stricter", "keep_terms") if postedited else ("improve", "shorter")
        return _message(lines, *follow_ups, "edit", "new_round", "done")

    def prompt_builder(self, prompt: str, *, anonymized: bool = False,
                       placeholders: tuple[tuple[str, str], ...] = ()) -> Activity:
        """The finished prompt; sent anonymised, with what to do about the placeholders and,
        when given, which placeholder stands for which (masked) value."""
        # The prompt alone in a code block: clients show it apart with a copy button, so the
        # placeholder key below is not copied into Copilot with it.
        lines = [messages.text("dialog.prompt_builder_title"), fenced(prompt)]
        if anonymized:
            lines += anonymized_prompt_lines(placeholders, "dialog.prompt_builder_placeholder_line")
        lines += [messages.text("dialog.prompt_builder_note"), messages.text("dialog.prompt_builder_actions")]
        return _message(lines, "edit", "new_round", "done")

    def machine_translation(self, text: str) -> Activity:
        return _message([messages.text("dialog.machine_translation_title"), text])

    def note(self, key: str, **values: object) -> Activity:
        return _message([messages.text(key, **values)])

    def help(self, commands: Iterable[Command], task_titles: dict[str, str]) -> Activity:
        commands = list(commands)
        tasks = [(c.name, task_titles[c.task]) for c in commands if c.task and c.task in task_titles]
        text = messages.text("dialog.help", commands="\n".join(
            messages.text("dialog.help_command_line", name=c.name, description=c.description) for c in commands))
        # The four tasks by title too, with a button each (what a help question must name).
        text = text.rstrip() + "\n\n" + messages.text("conversation.help_tasks", titles=", ".join(
            f"**{title}** (/{name})" for name, title in tasks))
        buttons = [CardAction(type=ActionTypes.im_back, title=title, value=f"/{name}") for name, title in tasks]
        return MessageFactory.suggested_actions(buttons, text) if buttons else _message([text])

    def requirements(self, items: list[dict[str, str]], *, title: str = "", employer: str = "",
                     minutes: int | None = None) -> Activity:
        """The requirements read from an ad, numbered, with how to change them."""
        if not any(item["kind"] in ("must", "should") for item in items):
            return _message([messages.text("requirements.checklist_none")])
        about = ""
        if title:
            employer_part = messages.text("requirements.checklist_employer", employer=employer) if employer else ""
            about = messages.text("requirements.checklist_about", title=title, employer=employer_part)
        labels = {kind: messages.text(f"requirements.kind.{kind}") for kind in ("must", "should", "personal")}
        lines = [messages.text("requirements.checklist_title", about=about), numbered(items, labels),
                 messages.text("requirements.checklist_how")]
        if minutes is not None:
            lines.append(messages.text("requirements.checklist_length", minutes=minutes))
        return _message(lines)

    def question_check(self, findings: list[QuestionFinding], total: int) -> Activity:
        """Each question an employer may not ask, with the law and a lawful way to ask."""
        if not total:
            return _message([messages.text("question_check.none_found")])
        if not findings:
            return _message([messages.text("question_check.all_clear", total=total)])
        lines = [messages.text("question_check.title", count=len(findings), total=total)]
        for number, finding in enumerate(findings, 1):
            lines.append(messages.text(
                "question_check.finding", number=number, question=finding.question, law=finding.law,
                reason=messages.text(f"question_check.reason.{finding.category}"),
                rewording=messages.text(f"question_check.rewording.{finding.category}")))
        return _message(lines)
