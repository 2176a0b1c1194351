"""A ModelPort that counts outcomes for the statistics: answers per task and mode,
guardrail blocks per entity type, failures by kind. Counts only, never text."""

from __future__ import annotations

import logging

from bot.logging_setup import log_event
from bot.network.statistics import Statistics
from bot.network.turn_scope import TurnScope
from dialogs.ports import Answered, Blocked, DeltaCallback, ModelPort, Outcome, PromptRequest

logger = logging.getLogger(__name__)


class CountingModelPort:
    def __init__(self, inner: ModelPort, statistics: Statistics, scope: TurnScope):
        self._inner = inner
        self._statistics = statistics
        self._scope = scope

    async def ask(self, request: PromptRequest, *, anonymize: bool = False, confirmed: frozenset[str] = frozenset(),
                  on_delta: DeltaCallback | None = None) -> Outcome:
        outcome = await self._inner.ask(request, anonymize=anonymize, confirmed=confirmed, on_delta=on_delta)
        tenant = self._scope.tenant()
        try:
            if isinstance(outcome, Answered):
                await self._statistics.count(tenant, "answer", task=request.task, detail=outcome.mode)
            elif isinstance(outcome, Blocked):
                for entity in outcome.result.entity_counts:
                    await self._statistics.count(tenant, "blocked", task=request.task, detail=entity)
            else:
                await self._statistics.count(tenant, "failed", task=request.task, detail=outcome.kind)
        except Exception as error:  # statistics must never cost the user their answer
            log_event(logger, "statistics.count_failed", level=logging.WARNING, exception_type=type(error).__name__)
        return outcome
