"""Wraps the dialog's views (text or cards) to add the HR-network touches to answers:
Teams' feedback buttons (``channelData.feedbackLoopEnabled``) and Save/Share actions."""

from __future__ import annotations

from botbuilder.schema import Activity, ActionTypes, CardAction, SuggestedActions

from dialogs import messages

ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive"


def _network_actions() -> list[CardAction]:
    return [
        CardAction(type=ActionTypes.im_back, title=messages.text("network.answer_actions.save"), value="/lagre"),
        CardAction(type=ActionTypes.im_back, title=messages.text("network.answer_actions.share"), value="/del"),
    ]


def with_feedback(activity: Activity) -> Activity:
    data = activity.channel_data if isinstance(activity.channel_data, dict) else {}
    activity.channel_data = {**data, "feedbackLoopEnabled": True}
    return activity


def _card_actions() -> list[dict]:
    # messageBack: the bot receives the command text, as if typed.
    return [{"type": "Action.Submit", "title": action.title,
             "data": {"msteams": {"type": "messageBack", "text": action.value, "displayText": action.title}}}
            for action in _network_actions()]


def with_network_actions(activity: Activity) -> Activity:
    cards = [a for a in activity.attachments or [] if a.content_type == ADAPTIVE_CARD and isinstance(a.content, dict)]
    if cards:
        # Their own action set in the body: the card's bottom row already holds the dialog's
        # five follow-ups, and Teams shows at most five or six actions in one set.
        card = cards[0].content
        card["body"] = list(card.get("body") or []) + [{"type": "ActionSet", "actions": _card_actions()}]
    elif activity.suggested_actions and activity.suggested_actions.actions:
        activity.suggested_actions.actions = list(activity.suggested_actions.actions) + _network_actions()
    elif not activity.attachments:
        activity.suggested_actions = SuggestedActions(actions=_network_actions())
    return activity


class NetworkViews:
    """Delegates every view to ``inner``; answers get feedback buttons and Save/Share."""

    def __init__(self, inner: object):
        self._inner = inner

    def __getattr__(self, name: str):
        return getattr(self._inner, name)

    def answer(self, *args, **kwargs) -> Activity:
        view = self._inner.answer(*args, **kwargs)
        return with_network_actions(with_feedback(view)) if isinstance(view, Activity) else view

    def prompt_builder(self, *args, **kwargs) -> Activity:
        view = self._inner.prompt_builder(*args, **kwargs)
        return with_network_actions(view) if isinstance(view, Activity) else view
