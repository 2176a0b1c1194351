"""The Adaptive Card posted to the HR-network channel when a prompt is shared."""

from __future__ import annotations

from botbuilder.schema import Activity

from bot.teams.cards.elements import adaptive_card, card_activity, message_back, text_block
from dialogs import messages
from dialogs.task_definition import PART_NAMES

MAX_ANSWER_CHARS = 3000


def share_card(*, prompt_id: str, title: str, task_title: str, parts: dict[str, str], labels: dict[str, str],
               shared_by: str, comment: str = "", answer: str = "") -> Activity:
    body: list[dict] = [
        text_block(messages.text("network.card.title", title=title), weight="Bolder", size="Medium"),
        text_block(messages.text("network.card.task", task=task_title), subtle=True, spacing="None"),
    ]
    for part in PART_NAMES:
        text = (parts.get(part) or "").strip()
        if text:
            body.append(text_block(labels[part], weight="Bolder"))
            body.append(text_block(text, spacing="Small"))
    if answer:
        body.append(text_block(messages.text("network.card.answer_title"), weight="Bolder", separator=True))
        body.append(text_block(answer[:MAX_ANSWER_CHARS]))
    if comment:
        body.append(text_block(messages.text("network.card.comment", comment=comment), separator=True))
    body.append(text_block(messages.text("network.card.shared_by", name=shared_by) if shared_by
                           else messages.text("network.card.shared_by_unknown"), subtle=True))
    # messageBack: the bot receives the command as text, in the conversation where it was clicked.
    use = message_back(messages.text("network.card.use"), f"/promptbank bruk {prompt_id}",
                       display_text=messages.text("network.card.use_display", title=title), aktiv_prompt_id=prompt_id)
    # A channel post: Teams' default width, not the full-width chat card.
    return card_activity(adaptive_card(body, [use], full_width=False))
