"""Small bots for the HTTP-edge tests (the real turn handler is tested elsewhere)."""

from __future__ import annotations

from botbuilder.core import ActivityHandler, InvokeResponse, MessageFactory, TurnContext
from botbuilder.core.teams import TeamsActivityHandler
from botbuilder.schema import AdaptiveCardInvokeResponse

CARD_REPLY = {
    "statusCode": 200,
    "type": "application/vnd.microsoft.card.adaptive",
    "value": {"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlock", "text": "Lagret"}]},
}


class EchoBot(ActivityHandler):
    """Replies with the text it got, or a fixed word when the text is empty."""

    def __init__(self) -> None:
        self.turns = 0

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        self.turns += 1
        text = turn_context.activity.text or ""
        await turn_context.send_activity(MessageFactory.text(f"echo:{len(text)}:{text[:40]}" if text else "tom"))


class CardActionBot(TeamsActivityHandler):
    """Answers ``adaptiveCard/action`` with an AdaptiveCardInvokeResponse model."""

    async def on_adaptive_card_invoke(self, turn_context, invoke_value) -> AdaptiveCardInvokeResponse:
        return AdaptiveCardInvokeResponse(
            status_code=CARD_REPLY["statusCode"], type=CARD_REPLY["type"], value=CARD_REPLY["value"]
        )


class RawInvokeBot(ActivityHandler):
    """Returns a plain-dict invoke body, as hand-written handlers often do."""

    def __init__(self, body: dict) -> None:
        self.body = body

    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse:
        return InvokeResponse(status=200, body=self.body)


class FailingBot(ActivityHandler):
    """Raises with user text in the exception message, to prove it never leaks."""

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        raise ValueError(f"boom while handling {turn_context.activity.text}")
