"""Small builders for Adaptive Card 1.5 JSON (plain dicts) and the activity that carries one.

Only the elements AKTIV uses. Action.Submit is used throughout: Teams delivers the submit
as an ordinary message whose ``value`` is the action's ``data`` merged with the inputs.
"""

from __future__ import annotations

from botbuilder.core import CardFactory, MessageFactory
from botbuilder.schema import Activity

CARD_VERSION = "1.5"
SCHEMA_URL = "http://adaptivecards.io/schemas/adaptive-card.json"
# Teams refuses messages above about 28 KB; cards stay well below it.
MAX_CARD_BYTES = 24_000
# A CodeBlock's fallback repeats its text; only a text this small gets one, so a card stays under the limit.
MAX_FALLBACK_BYTES = 8_000


def text_block(text: str, *, weight: str | None = None, size: str | None = None, subtle: bool = False,
               color: str | None = None, spacing: str | None = None, separator: bool = False) -> dict:
    block: dict = {"type": "TextBlock", "text": text, "wrap": True}
    if weight:
        block["weight"] = weight
    if size:
        block["size"] = size
    if subtle:
        block["isSubtle"] = True
    if color:
        block["color"] = color
    if spacing:
        block["spacing"] = spacing
    if separator:
        block["separator"] = True
    return block


def bullet_list(lines: list[str]) -> dict:
    """A markdown list in one TextBlock (Teams renders ``- `` lists in cards)."""
    return text_block("\n".join(f"- {line}" for line in lines))


def numbered_list(lines: list[str]) -> dict:
    return text_block("\n".join(f"{number}. {line}" for number, line in enumerate(lines, 1)))


def fact_set(facts: list[tuple[str, str]]) -> dict:
    """(title, value) pairs side by side: a two-column list."""
    return {"type": "FactSet", "facts": [{"title": title, "value": value} for title, value in facts]}


def text_input(input_id: str, *, label: str, value: str = "", placeholder: str = "",
               multiline: bool = True) -> dict:
    element: dict = {"type": "Input.Text", "id": input_id, "label": label, "isMultiline": multiline,
                     "value": value}
    if placeholder:
        element["placeholder"] = placeholder
    return element


def code_block(text: str, *, fallback: bool = True) -> dict:
    """Teams' CodeBlock element: the text as it is (no markdown, so ``<PERSON_1>`` stays visible) with
    Teams' own **Copy** button. A client that does not know the element (the Agents Playground) shows
    the ``fallback``, the text in a monospace TextBlock; without it (the text is shown elsewhere in the
    message, or longer than ``MAX_FALLBACK_BYTES``: a second copy would pass Teams' message size limit)
    such a client shows nothing.
    https://learn.microsoft.com/en-us/microsoftteams/platform/task-modules-and-cards/cards/cards-format#codeblock-in-adaptive-cards
    """
    block: dict = {"type": "CodeBlock", "codeSnippet": text, "language": "PlainText"}
    if fallback and len(text.encode("utf-8")) <= MAX_FALLBACK_BYTES:
        block["fallback"] = {"type": "TextBlock", "text": text, "wrap": True, "fontType": "Monospace"}
    return block


def submit(title: str, data: dict, *, style: str | None = None) -> dict:
    action: dict = {"type": "Action.Submit", "title": title, "data": data}
    if style:
        action["style"] = style
    return action


def message_back(title: str, text: str, *, display_text: str | None = None, **data: object) -> dict:
    """A submit that Teams delivers as if the user had typed ``text`` (a command); ``data``
    rides along in the message's value."""
    return submit(title, {"msteams": {"type": "messageBack", "text": text, "displayText": display_text or title},
                          **data})


def show_card(title: str, body: list[dict]) -> dict:
    return {"type": "Action.ShowCard", "title": title,
            "card": {"type": "AdaptiveCard", "version": CARD_VERSION, "body": body}}


def container(items: list[dict], *, style: str | None = None) -> dict:
    element: dict = {"type": "Container", "items": items}
    if style:
        element["style"] = style
    return element


def action_set(actions: list[dict]) -> dict:
    """Actions inside the body (the card's bottom row holds at most five)."""
    return {"type": "ActionSet", "actions": actions}


def adaptive_card(body: list[dict], actions: list[dict] | None = None, *, full_width: bool = True) -> dict:
    """A card; ``full_width`` uses the whole width of a Teams chat (not for channel posts)."""
    card: dict = {"$schema": SCHEMA_URL, "type": "AdaptiveCard", "version": CARD_VERSION, "body": body}
    if full_width:
        card["msteams"] = {"width": "Full"}
    if actions:
        card["actions"] = actions
    return card


def card_activity(card: dict, *, text: str | None = None, summary: str | None = None) -> Activity:
    """A message carrying ``card``; ``text`` (Teams markdown) is shown above the card."""
    activity = MessageFactory.attachment(CardFactory.adaptive_card(card), text=text)
    if summary:
        activity.summary = summary
    return activity
