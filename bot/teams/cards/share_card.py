"""The Adaptive Card posted to the HR-network channel when a prompt is shared."""

from __future__ import annotations

from botbuilder.core import CardFactory, MessageFactory
from botbuilder.schema import Activity

from dialogs import messages
from dialogs.task_definition import PART_NAMES

MAX_ANSWER_CHARS = 3000


def share_card(*, prompt_id: str, title: str, task_title: str, parts: dict[str, str], labels: dict[str, str],
               shared_by: str, comment: str = "", answer: str = "") -> Activity:
    body: list[dict] = [
        {"type": "TextBlock", "text": messages.text("network.card.title", title=title), "weight": "Bolder",
         "size": "Medium", "wrap": True},
        {"type": "TextBlock", "text": messages.text("network.card.task", task=task_title), "isSubtle": True,
         "spacing": "None", "wrap": True},
    ]
    for part in PART_NAMES:
        text = (parts.get(part) or "").strip()
        if text:
            body.append({"type": "TextBlock", "text": labels[part], "weight": "Bolder", "wrap": True})
            body.append({"type": "TextBlock", "text": text, "wrap": True, "spacing": "Small"})
    if answer:
        body.append({"type": "TextBlock", "text": messages.text("network.card.answer_title"), "weight": "Bolder",
                     "wrap": True, "separator": True})
        body.append({"type": "TextBlock", "text": answer[:MAX_ANSWER_CHARS], "wrap": True})
    if comment:
        body.append({"type": "TextBlock", "text": messages.text("network.card.comment", comment=comment),
                     "wrap": True, "separator": True})
    body.append({"type": "TextBlock", "isSubtle": True, "wrap": True,
                 "text": messages.text("network.card.shared_by", name=shared_by) if shared_by
                 else messages.text("network.card.shared_by_unknown")})
    use = {
        "type": "Action.Submit",
        "title": messages.text("network.card.use"),
        # messageBack: the bot receives the command as text, in the conversation where it was clicked.
        "data": {"msteams": {"type": "messageBack", "text": f"/promptbank bruk {prompt_id}",
                             "displayText": messages.text("network.card.use_display", title=title)},
                 "aktiv_prompt_id": prompt_id},
    }
    card = {"type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
            "version": "1.5", "body": body, "actions": [use]}
    return MessageFactory.attachment(CardFactory.adaptive_card(card))
