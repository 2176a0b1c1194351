"""AktivBot plus the HR-network's turn-level duties: the tenant scope for statistics,
the retention tick, distinct-user counting, and Teams' feedback invoke."""

from __future__ import annotations

import logging

from botbuilder.core import InvokeResponse, TurnContext
from botbuilder.schema import ActivityTypes

from bot.teams.aktiv_bot import AktivBot
from bot.network.feedback import SUBMIT_ACTION, FeedbackHandler
from bot.network.identity import Identities
from bot.storage.retention import RetentionJob
from bot.network.statistics import Statistics
from bot.network.turn_scope import TurnScope

logger = logging.getLogger(__name__)


class NetworkBot(AktivBot):
    def __init__(self, *args, scope: TurnScope, retention: RetentionJob, statistics: Statistics,
                 identities: Identities, feedback: FeedbackHandler, **kwargs):
        super().__init__(*args, **kwargs)
        self._scope = scope
        self._retention = retention
        self._statistics = statistics
        self._identities = identities
        self._feedback = feedback

    async def on_turn(self, turn_context: TurnContext):
        who = self._identities.who(turn_context)
        with self._scope.enter(who.tenant):
            await self._retention.maybe_run()
            if turn_context.activity.type == ActivityTypes.message:
                try:
                    await self._statistics.count_user(who.tenant, who.owner)
                except Exception as error:  # noqa: BLE001 - statistics never stop a turn
                    logger.warning("distinct-user count failed error=%s", type(error).__name__)
            await super().on_turn(turn_context)

    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse:
        if turn_context.activity.name == SUBMIT_ACTION:
            await self._feedback.handle(turn_context)
            return InvokeResponse(status=200)
        return await super().on_invoke_activity(turn_context)
