"""The AKTIV preview: the five parts labelled, each editable, with Send / Endre / Avbryt.

Each pasted text (the ad, an interview guide from another process) has a field of its own, placed
after the part that holds its marker (``[Stillingsannonse]``); the parts show the marker, so
editing the Tiltak does not disturb the ad and the other way round. A submit carries both.
"""

from __future__ import annotations

from bot.teams.cards.elements import adaptive_card, submit, text_block, text_input
from bot.teams.cards.submit import ACTION_FIELD, COMMAND_FIELD, PART_INPUT_PREFIX, PASTED_INPUT_PREFIX
from dialogs import messages
from dialogs.inspiration import PastedField
from dialogs.part_edit import marker

# Part labels in the library are "A – Aktør" …; the input ids use the part names.
PART_ORDER = ("aktor", "kommando", "tiltak", "inspirasjon", "vurdering")


def _field(field: PastedField) -> dict:
    return text_input(PASTED_INPUT_PREFIX + field.name, label=field.label, value=field.text.strip(),
                      placeholder=field.placeholder)


def _home(field: PastedField, texts: dict[str, str]) -> str:
    """The part a pasted text's field follows: the one that shows its marker; else Inspirasjon for the
    optional text, Tiltak for the ad (a checklist read from it stands there)."""
    return next((part for part in PART_ORDER if marker(field.label) in texts[part]),
                "inspirasjon" if field.placeholder else "tiltak")


def preview_card(title: str, labelled: list[tuple[str, str]], fields: tuple[PastedField, ...] = ()) -> dict:
    """``labelled``: (label, text) for the five parts, in AKTIV order; ``fields``: the pasted texts."""
    body = [
        text_block(messages.text("teams.card.preview_title"), weight="Bolder", size="Medium"),
        text_block(title, subtle=True, spacing="None"),
        text_block(messages.text("teams.card.preview_intro")),
    ]
    texts = dict(zip(PART_ORDER, (text for _, text in labelled), strict=True))
    for name, (label, text) in zip(PART_ORDER, labelled, strict=True):
        body.append(text_input(PART_INPUT_PREFIX + name, label=label, value=text.strip(),
                               placeholder=messages.text("teams.card.preview_empty_part")))
        body.extend(_field(field) for field in fields if _home(field, texts) == name)
    actions = [
        submit(messages.text("teams.card.send"), {ACTION_FIELD: "send"}, style="positive"),
        submit(messages.text("teams.card.save_edits"), {ACTION_FIELD: "edit"}),
        submit(messages.text("teams.card.cancel"), {COMMAND_FIELD: "avbryt"}),
    ]
    return adaptive_card(body, actions)
