"""Pressing Adaptive Card buttons in tests the way Teams does: an Action.Submit becomes a
message whose ``value`` is the action's ``data`` merged with every input's current value."""

from __future__ import annotations

from botbuilder.schema import Activity

from tests.dialogs.driver import Conversation

ADAPTIVE = "application/vnd.microsoft.card.adaptive"


def cards_in(activities: list[Activity]) -> list[dict]:
    return [a.content for activity in activities for a in (activity.attachments or []) if a.content_type == ADAPTIVE]


def only_card(activities: list[Activity]) -> dict:
    cards = cards_in(activities)
    assert len(cards) == 1, f"expected one card, got {len(cards)}"
    return cards[0]


def walk(node: object):
    """Every dict in a card (elements, actions, show-card sub-cards)."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from walk(item)


def inputs(card: dict) -> dict[str, str]:
    """The values Teams would send for the card's top-level inputs (not those in show-cards)."""
    return {e["id"]: e.get("value", "") for e in walk(card.get("body", [])) if e.get("type", "").startswith("Input.")}


def actions(card: dict) -> list[dict]:
    return list(card.get("actions", []))


def action(card: dict, title: str) -> dict:
    found = [a for a in actions(card) if a.get("title") == title]
    assert found, f"no action {title!r} in {[a.get('title') for a in actions(card)]}"
    return found[0]


async def press(conversation: Conversation, card: dict, title: str, **typed: str) -> list[Activity]:
    """Press the button ``title`` after typing ``typed`` (input id → text) into the card."""
    pressed = action(card, title)
    assert pressed["type"] == "Action.Submit"
    value = {**inputs(card), **typed, **pressed.get("data", {})}
    return await conversation.say(None, value=value)


def text_of(activities: list[Activity]) -> str:
    return "\n".join(a.text or "" for a in activities)
