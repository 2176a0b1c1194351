"""The guardrail in front of everything the HR-network features save or share.

A text that is blocked is neither saved nor shared; the block is counted per entity type
(``blocked`` / the source as task) and the user is told what was found, by label. The check
runs on the guardrail's own threads (as the model client's does), so it never holds up the
event loop and never waits behind the Bot Connector's or other blocking work in the default executor.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import Executor

from botbuilder.core import TurnContext

from bot.logging_setup import log_event
from bot.model.types import TextGuard
from bot.network.statistics import Statistics
from dialogs import messages
from dialogs.findings_view import entity_label

logger = logging.getLogger(__name__)


class NetworkGuard:
    def __init__(self, guard: TextGuard, statistics: Statistics, *, executor: Executor | None = None):
        self._guard = guard
        self._statistics = statistics
        self._executor = executor  # the guardrail's own threads (None: the loop's default executor)

    async def blocked_labels(self, text: str, *, tenant: str, lang: str = "nb", source: str = "network") -> list[str]:
        """Labels of what was found (empty when the text may be saved or shared)."""
        # CPU work (seconds for a long text): never on the event loop.
        result = await asyncio.get_running_loop().run_in_executor(self._executor, self._guard.check, text, lang)
        if not result.blocked:
            return []
        counts = result.entity_counts
        log_event(logger, "network.text_blocked", source_type=source, entity_types=sorted(counts))
        for entity in counts:
            await self._statistics.count(tenant, "blocked", task=source, detail=entity)
        return list(dict.fromkeys(entity_label(entity) for entity in counts))

    async def allows(self, turn_context: TurnContext, text: str, *, tenant: str, lang: str = "nb",
                     source: str = "network") -> bool:
        """Whether ``text`` may be saved or shared; when not, the user has been told why."""
        labels = await self.blocked_labels(text, tenant=tenant, lang=lang, source=source)
        if labels:
            await turn_context.send_activity(messages.text("network.blocked", labels=", ".join(labels)))
        return not labels
