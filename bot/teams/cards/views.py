"""``CardViews``: the dialogs' views with Adaptive Cards for Teams.

Overrides the preview, the block message, the answer, the finished prompt and adds the
``/hjelp`` card; every other view stays Teams markdown text (``TextViews``). The flow in
``dialogs/`` does not change: it only calls a different views object.
"""

from __future__ import annotations

from collections.abc import Iterable

from botbuilder.schema import Activity

from bot.teams.cards.answer_card import answer_card, prompt_builder_card
from bot.teams.cards.blocked_card import blocked_card
from bot.teams.cards.elements import card_activity
from bot.teams.cards.help_card import help_card
from bot.teams.cards.preview_card import preview_card
from bot.teams.cards.requirements_card import requirements_card
from dialogs import messages
from dialogs.inspiration import PastedField
from dialogs.recovery import BlockRecovery
from dialogs.task_definition import Command, TaskDefinition
from dialogs.views import TextViews, anonymize_offer, anonymized_prompt_lines
from guardrails.findings import CheckResult

# An answer longer than this goes out as split text messages (TextViews) rather than a card: the
# text and its CodeBlock (or a prompt's CodeBlock and its fallback) must stay under Teams' message size limit.
MAX_CARD_ANSWER_CHARS = 10_000


class CardViews(TextViews):
    short_previews = False  # the card's inputs hold the parts' whole text
    inputs_apart = True  # pasted texts in fields of their own, markers in the parts

    def preview(self, task: TaskDefinition, labelled: list[tuple[str, str]], *,
                fields: tuple[PastedField, ...] = ()) -> Activity:
        return card_activity(preview_card(task.title, labelled, fields),
                             summary=messages.text("teams.card.preview_fallback"))

    def blocked(self, result: CheckResult, excerpts: list[tuple[str, str]], rule: str, *,
                show_excerpts: bool, values_restored: bool = True, recovery: BlockRecovery | None = None) -> Activity:
        lines: list[str] = []
        for label, excerpt in excerpts:
            line = messages.text("dialog.blocked_finding", label=label, excerpt=excerpt) if show_excerpts else label
            if line not in lines:
                lines.append(line)
        card = blocked_card(lines, rule, anonymizable=result.anonymizable, types_only=not show_excerpts,
                            anonymize_offer=anonymize_offer(values_restored), recovery=recovery)
        # The text line makes the block visible in notifications and in a stream's final message.
        return card_activity(card, text=messages.text("dialog.blocked_title"))

    def answer(self, text: str, *, model: str, anonymized: bool, postedited: bool) -> Activity:
        if len(text) > MAX_CARD_ANSWER_CHARS:
            return super().answer(text, model=model, anonymized=anonymized, postedited=postedited)
        title_key = "dialog.answer_title_postedit" if postedited else "dialog.answer_title"
        title = messages.text(title_key, model=model or messages.text("teams.card.default_model"))
        return card_activity(answer_card(text, anonymized=anonymized, translation=postedited),
                             text=f"{title}\n\n{text}")

    def prompt_builder(self, prompt: str, *, anonymized: bool = False,
                       placeholders: tuple[tuple[str, str], ...] = ()) -> Activity:
        if len(prompt) > MAX_CARD_ANSWER_CHARS:
            return super().prompt_builder(prompt, anonymized=anonymized, placeholders=placeholders)
        title = messages.text("dialog.prompt_builder_title")
        notes = anonymized_prompt_lines(placeholders, "teams.card.placeholder_line") if anonymized else []
        # The prompt is the card's CodeBlock: Teams shows "<PERSON_1>" as it is (as markdown text it
        # may be read as an HTML tag and dropped), and its Copy button copies exactly the prompt.
        return card_activity(prompt_builder_card(prompt, notes), text=title)

    def requirements(self, items: list[dict[str, str]], *, title: str = "", employer: str = "",
                     minutes: int | None = None) -> Activity:
        """The checklist as a card with a field and a must/should choice per requirement."""
        if not any(item["kind"] in ("must", "should") for item in items):
            return super().requirements(items, title=title, employer=employer, minutes=minutes)
        about = ""
        if title:
            employer_part = messages.text("requirements.checklist_employer", employer=employer) if employer else ""
            about = messages.text("requirements.checklist_about", title=title, employer=employer_part)
        heading = messages.text("requirements.checklist_title", about=about)
        notes = [messages.text("teams.card.requirements_how")]
        if minutes is not None:
            notes.append(messages.text("requirements.checklist_length", minutes=minutes))
        return card_activity(requirements_card(items, title=heading, notes=notes), summary=heading)

    def help(self, commands: Iterable[Command], task_titles: dict[str, str]) -> Activity:
        return card_activity(help_card(list(commands), task_titles), summary=messages.text("teams.card.help_fallback"))
