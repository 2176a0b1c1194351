"""The AKTIV preview: the five parts labelled, each editable, with Send / Endre / Avbryt."""

from __future__ import annotations

from bot.teams.cards.elements import adaptive_card, submit, text_block, text_input
from bot.teams.cards.submit import ACTION_FIELD, COMMAND_FIELD, PART_INPUT_PREFIX
from dialogs import messages

# Part labels in the library are "A – Aktør" …; the input ids use the part names.
PART_ORDER = ("aktor", "kommando", "tiltak", "inspirasjon", "vurdering")


def preview_card(title: str, labelled: list[tuple[str, str]]) -> dict:
    """``labelled``: (label, text) for the five parts, in AKTIV order."""
    body = [
        text_block(messages.text("teams.card.preview_title"), weight="Bolder", size="Medium"),
        text_block(title, subtle=True, spacing="None"),
        text_block(messages.text("teams.card.preview_intro")),
    ]
    for name, (label, text) in zip(PART_ORDER, labelled, strict=True):
        body.append(text_input(PART_INPUT_PREFIX + name, label=label, value=text.strip(),
                               placeholder=messages.text("teams.card.preview_empty_part")))
    actions = [
        submit(messages.text("teams.card.send"), {ACTION_FIELD: "send"}, style="positive"),
        submit(messages.text("teams.card.save_edits"), {ACTION_FIELD: "edit"}),
        submit(messages.text("teams.card.cancel"), {COMMAND_FIELD: "avbryt"}),
    ]
    return adaptive_card(body, actions)
