"""Posts an activity as a new thread in a Teams channel (a proactive message).

Through the SDK's conversation APIs: with an app id ``TeamsInfo.send_message_to_teams_channel``;
in anonymous local mode the adapter's ``create_conversation`` with the channel in
``channelData`` (what that method does inside). Every connector failure becomes a result the
caller turns into a user message: ``not_installed`` (403/404: the bot is not in that team) or
``failed``.
"""

from __future__ import annotations

import logging
from typing import Literal

from botbuilder.core import TurnContext
from botbuilder.core.teams import TeamsInfo
from botbuilder.schema import Activity, ConversationParameters

from bot.logging_setup import log_event

logger = logging.getLogger(__name__)

PostResult = Literal["sent", "not_installed", "failed"]


def _status_of(error: Exception) -> int | None:
    response = getattr(error, "response", None)
    return getattr(response, "status_code", None) or getattr(error, "status_code", None)


class ChannelPoster:
    """Posts an activity as a new thread in a Teams channel (a proactive message)."""

    def __init__(self, app_id: str):
        self._app_id = app_id

    async def post(self, turn_context: TurnContext, channel_id: str, activity: Activity) -> PostResult:
        try:
            if self._app_id:
                await TeamsInfo.send_message_to_teams_channel(turn_context, activity, channel_id,
                                                              bot_app_id=self._app_id)
            else:
                parameters = ConversationParameters(is_group=True, channel_data={"channel": {"id": channel_id}},
                                                    activity=activity)

                async def created(_: TurnContext) -> None:
                    return None

                await turn_context.adapter.create_conversation(
                    "", created, parameters, turn_context.activity.channel_id or "msteams",
                    turn_context.activity.service_url, None)
        except Exception as error:  # every connector failure becomes a user message
            status = _status_of(error)
            log_event(logger, "share.post_failed", level=logging.WARNING, http_status=status,
                      exception_type=type(error).__name__)
            return "not_installed" if status in (403, 404) else "failed"
        return "sent"
