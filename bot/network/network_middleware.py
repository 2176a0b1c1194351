"""The HR-network's per-turn duties, as middleware: the tenant scope for statistics, the
retention tick and distinct-user counting. Teams' feedback invoke is the bot's own
(``AktivBot(feedback=...)``)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from botbuilder.core import Middleware, TurnContext
from botbuilder.schema import ActivityTypes

from bot.logging_setup import log_event
from bot.network.identity import Identities
from bot.network.statistics import Statistics
from bot.network.turn_scope import TurnScope
from bot.storage.retention import RetentionJob

logger = logging.getLogger(__name__)


class NetworkMiddleware(Middleware):
    def __init__(self, *, scope: TurnScope, retention: RetentionJob, statistics: Statistics,
                 identities: Identities) -> None:
        self._scope = scope
        self._retention = retention
        self._statistics = statistics
        self._identities = identities

    async def on_turn(self, context: TurnContext, logic: Callable[[], Awaitable]) -> None:
        who = self._identities.who(context)
        with self._scope.enter(who.tenant):
            await self._retention.maybe_run()
            if context.activity.type == ActivityTypes.message:
                try:
                    await self._statistics.count_user(who.tenant, who.owner)
                except Exception as error:  # statistics never stop a turn
                    log_event(logger, "statistics.user_count_failed", level=logging.WARNING,
                              exception_type=type(error).__name__)
            await logic()
