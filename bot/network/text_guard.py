"""The guardrail in front of everything the HR-network features save or share.

A text that is blocked is neither saved nor shared; the block is counted per entity type
(``blocked`` / task ``network``) and the caller gets the Norwegian labels to show.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import Executor

from bot.network.statistics import Statistics
from dialogs.findings_view import entity_label
from bot.model.types import TextGuard as Checker

logger = logging.getLogger(__name__)


class TextGuard:
    def __init__(self, guardrail: Checker, statistics: Statistics, *, executor: Executor | None = None):
        self._guardrail = guardrail
        self._statistics = statistics
        self._executor = executor  # the guardrail's own threads (None: the loop's default executor)

    async def blocked_labels(self, text: str, *, tenant: str, lang: str = "nb", source: str = "network") -> list[str]:
        """Labels of what was found (empty when the text may be saved or shared)."""
        # CPU work (seconds for a long text): never on the event loop.
        result = await asyncio.get_running_loop().run_in_executor(self._executor, self._guardrail.check, text, lang)
        if not result.blocked:
            return []
        counts = result.entity_counts
        logger.info("network text blocked source=%s entities=%s", source, ",".join(sorted(counts)))
        for entity in counts:
            await self._statistics.count(tenant, "blocked", task=source, detail=entity)
        return list(dict.fromkeys(entity_label(entity) for entity in counts))
