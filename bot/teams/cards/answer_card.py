"""The card under a model answer (or a finished prompt): the draft label and the follow-ups.

The answer itself is the message's text (Teams markdown renders lists and bold labels, and
a streamed answer ends in that text); **Vis som kopierbar tekst** opens it in Teams' CodeBlock,
whose own Copy button copies it. A finished prompt (no model) is a CodeBlock in the card: it is
the text to paste into Copilot. No button pretends to copy: a card action cannot write to the
clipboard (docs/teams.md).
"""

from __future__ import annotations

from bot.teams.cards.elements import adaptive_card, code_block, show_card, submit, text_block
from bot.teams.cards.submit import ACTION_FIELD
from dialogs import messages


def _copy_action(text: str) -> dict:
    return show_card(messages.text("teams.card.copy_text"), [
        # The answer is the message's text already: no fallback copy (size), see code_block.
        text_block(messages.text("teams.card.copy_hint"), subtle=True), code_block(text, fallback=False)])


def answer_card(text: str, *, anonymized: bool, translation: bool = False) -> dict:
    body = [text_block(messages.text("teams.card.answer_title"), weight="Bolder"),
            text_block(messages.text("dialog.answer_draft_label"))]
    if anonymized:
        body.append(text_block(messages.text("dialog.answer_anonymized_note"), subtle=True))
    actions = [
        *([submit(messages.text("teams.card.stricter"), {ACTION_FIELD: "stricter"}, style="positive"),
           submit(messages.text("teams.card.keep_terms"), {ACTION_FIELD: "keep_terms"})] if translation else
          [submit(messages.text("teams.card.improve"), {ACTION_FIELD: "improve"}, style="positive"),
           submit(messages.text("teams.card.shorter"), {ACTION_FIELD: "shorter"})]),
        submit(messages.text("teams.card.new_round"), {ACTION_FIELD: "new_round"}),
        _copy_action(text),
        submit(messages.text("teams.card.done"), {ACTION_FIELD: "done"}),
    ]  # at most five: the card library's (and Teams mobile's) limit; "endre" can be typed
    return adaptive_card(body, actions)


def prompt_builder_card(prompt: str, notes: list[str] | None = None) -> dict:
    """The prompt in a CodeBlock (Teams' Copy button copies exactly it, without any fence);
    ``notes``: lines about an anonymised prompt's placeholders (``dialogs.views.anonymized_prompt_lines``)."""
    body = [text_block(messages.text("teams.card.prompt_builder_title"), weight="Bolder"),
            code_block(prompt),
            text_block(messages.text("teams.card.copy_prompt_hint"), subtle=True),
            *(text_block(note) for note in notes or ()),
            text_block(messages.text("dialog.prompt_builder_note"))]
    actions = [
        submit(messages.text("teams.card.edit_prompt"), {ACTION_FIELD: "edit"}),
        submit(messages.text("teams.card.new_round"), {ACTION_FIELD: "new_round"}),
        submit(messages.text("teams.card.done"), {ACTION_FIELD: "done"}),
    ]
    return adaptive_card(body, actions)
