"""The requirements read from an ad as an editable checklist: a text field and a
must / should / personal choice per requirement, one empty row to add one, and a button that
saves them (an emptied text deletes its requirement)."""

from __future__ import annotations

from bot.teams.cards.elements import adaptive_card, submit, text_block, text_input
from bot.teams.cards.submit import ACTION_FIELD, REQUIREMENT_PREFIXES
from dialogs import messages

KINDS = ("must", "should", "personal")
TEXT_PREFIX, KIND_PREFIX = REQUIREMENT_PREFIXES
NEW = "new"


def _kind_choice(input_id: str, value: str) -> dict:
    return {"type": "Input.ChoiceSet", "id": input_id, "style": "compact", "value": value,
            "label": messages.text("teams.card.requirement_kind"),
            "choices": [{"title": messages.text(f"requirements.kind.{kind}"), "value": kind} for kind in KINDS]}


def _row(key: str, text: str, kind: str, label: str) -> dict:
    return {"type": "ColumnSet", "columns": [
        {"type": "Column", "width": "stretch",
         "items": [text_input(TEXT_PREFIX + key, label=label, value=text, multiline=False)]},
        {"type": "Column", "width": "auto", "items": [_kind_choice(KIND_PREFIX + key, kind)]},
    ]}


def requirements_card(items: list[dict[str, str]], *, title: str, notes: list[str]) -> dict:
    body = [text_block(title, weight="Bolder")]
    for number, item in enumerate(items, 1):
        body.append(_row(str(number), item["text"], item["kind"], f"{number}."))
    body.append(_row(NEW, "", "should", messages.text("teams.card.requirement_new")))
    body.extend(text_block(note, subtle=True) for note in notes)
    actions = [submit(messages.text("teams.card.save_requirements"), {ACTION_FIELD: "requirements"}, style="positive")]
    return adaptive_card(body, actions)
