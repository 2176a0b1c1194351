"""Retention: conversation state (drafts, pasted job ads: user text) expires.

Bot Framework keeps conversation state under ``<channel>/conversations/<id>``. Items under
such keys that were last written more than ``max_age`` ago are deleted. The job runs at
most once per ``interval`` and is ticked from the bot's turns (and at start-up), so no
timer thread or extra process is needed.

Purgers per back-end: SQLite (``updated_at`` column), Azure Blob (each blob's
``last_modified``). Cosmos DB: give the container a default TTL instead (README).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol

from botbuilder.core import Storage

from bot.logging_setup import log_event
from bot.settings import Settings
from bot.storage.sqlite_storage import SqliteStorage

logger = logging.getLogger(__name__)

CONVERSATION_MARK = "/conversations/"


class Purger(Protocol):
    async def purge(self, max_age_s: float) -> int: ...


class SqlitePurger:
    def __init__(self, storage: SqliteStorage):
        self._storage = storage

    async def purge(self, max_age_s: float) -> int:
        return self._storage.delete_older_than(max_age_s, key_contains=CONVERSATION_MARK)


class BlobPurger:
    """Deletes expired conversation blobs in the BlobStorage container."""

    def __init__(self, connection_string: str, container: str):
        self._connection_string = connection_string
        self._container = container

    async def purge(self, max_age_s: float) -> int:
        from azure.core.exceptions import ResourceNotFoundError
        from azure.storage.blob.aio import ContainerClient

        cutoff = datetime.now(UTC) - timedelta(seconds=max_age_s)
        deleted = 0
        async with ContainerClient.from_connection_string(self._connection_string, self._container) as client:
            try:
                async for blob in client.list_blobs():
                    if CONVERSATION_MARK in blob.name and blob.last_modified < cutoff:
                        await client.delete_blob(blob.name)
                        deleted += 1
            except ResourceNotFoundError:
                return 0  # no container yet: nothing stored
        return deleted


def make_purger(settings: Settings, storage: Storage) -> Purger | None:
    if isinstance(storage, SqliteStorage):
        return SqlitePurger(storage)
    if settings.storage == "blob":
        return BlobPurger(settings.blob_connection_string, settings.blob_container)
    return None  # memory: gone at exit; cosmos: container TTL


class RetentionJob:
    def __init__(self, purger: Purger | None, *, max_age_s: float, interval_s: float = 600.0,
                 clock: Callable[[], float] = time.monotonic):
        self._purger = purger
        self._max_age_s = max_age_s
        self._interval_s = interval_s
        self._clock = clock
        self._last_run: float | None = None

    @property
    def max_age_s(self) -> float:
        return self._max_age_s

    async def run_once(self) -> int:
        self._last_run = self._clock()
        if self._purger is None:
            return 0
        started = time.perf_counter()
        try:
            deleted = await self._purger.purge(self._max_age_s)
        except Exception as error:  # a failed purge must not break a user's turn
            log_event(logger, "retention.failed", level=logging.WARNING, exception_type=type(error).__name__)
            return 0
        log_event(logger, "retention.purged", deleted_count=deleted,
                  elapsed_ms=round((time.perf_counter() - started) * 1000, 1))
        return deleted

    async def maybe_run(self) -> int | None:
        """Run the purge when the interval has passed since the last run."""
        if self._last_run is not None and self._clock() - self._last_run < self._interval_s:
            return None
        return await self.run_once()
