"""Workaround: botbuilder 4.17.1 fetches OpenID metadata with blocking ``requests`` calls.

``botframework.connector.auth.jwt_token_extractor._OpenIdMetadata._refresh`` is declared
``async`` but calls ``requests.get`` (without a timeout) directly, so the first
authenticated request of the day freezes the whole event loop until Microsoft's metadata
endpoint answers. The SDK looks metadata objects up in ``JwtTokenExtractor.metadataCache``
(a dict it owns, keyed by URL), so we place a subclass there whose refresh runs in a
worker thread with a timeout, and where concurrent refreshes share one fetch.

A failed fetch is remembered with back-off (``BACKOFF_START`` doubling to ``BACKOFF_MAX``):
until then requests fail at once with ``MetadataUnavailableError`` (the adapter answers
503) instead of each trying the fetch again; keys from an earlier fetch stay in use meanwhile.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable
from datetime import datetime

import requests
from botframework.connector.auth import AuthenticationConstants, GovernmentConstants
from botframework.connector.auth.jwt_token_extractor import JwtTokenExtractor, _OpenIdMetadata

from bot.logging_setup import log_event

METADATA_TIMEOUT_SECONDS = 10.0
BACKOFF_START = 5.0
BACKOFF_MAX = 300.0

logger = logging.getLogger(__name__)


class MetadataUnavailableError(ConnectionError):
    """The OpenID metadata could not be fetched (now, or recently: we are backing off)."""

WELL_KNOWN_METADATA_URLS = (
    AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL,
    AuthenticationConstants.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL,
    GovernmentConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL,
    GovernmentConstants.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL,
)


class NonBlockingOpenIdMetadata(_OpenIdMetadata):
    """``_OpenIdMetadata`` whose refresh runs off the event loop, with a timeout."""

    keys: list[dict]  # the SDK's attribute (its class is untyped)

    def __init__(self, url: str, timeout_seconds: float = METADATA_TIMEOUT_SECONDS) -> None:
        super().__init__(url)
        self._timeout_seconds = timeout_seconds
        self._refreshing: asyncio.Future[list[dict]] | None = None
        self._backoff = 0.0
        self._retry_at = 0.0  # time.monotonic() before which we do not fetch again

    async def _refresh(self) -> None:
        if time.monotonic() < self._retry_at:
            if self.keys:
                return  # keep the keys we have until the next attempt
            raise MetadataUnavailableError("openid metadata unavailable (backing off)")
        # One fetch at a time; callers arriving meanwhile share its result (or its error).
        pending = self._refreshing
        if pending is None or pending.done() or pending.get_loop() is not asyncio.get_running_loop():
            pending = self._refreshing = asyncio.ensure_future(self._fetch())
        try:
            self.keys = await asyncio.shield(pending)
        except MetadataUnavailableError:
            if self.keys:
                return
            raise
        self.last_updated = datetime.now()

    async def _fetch(self) -> list[dict]:
        try:
            keys = await asyncio.to_thread(self._fetch_keys)
        except Exception as error:  # requests, JSON and key errors all mean "unavailable"
            self._backoff = min(max(self._backoff * 2, BACKOFF_START), BACKOFF_MAX)
            self._retry_at = time.monotonic() + self._backoff
            log_event(logger, "openid.fetch_failed", level=logging.WARNING, exception_type=type(error).__name__,
                      backoff_seconds=self._backoff)
            raise MetadataUnavailableError(type(error).__name__) from None
        self._backoff, self._retry_at = 0.0, 0.0
        return keys

    def _fetch_keys(self) -> list[dict]:
        with requests.Session() as session:
            response = session.get(self.url, timeout=self._timeout_seconds)
            response.raise_for_status()
            keys_url = response.json()["jwks_uri"]
            response_keys = session.get(keys_url, timeout=self._timeout_seconds)
            response_keys.raise_for_status()
            return response_keys.json()["keys"]

    def _find(self, key_id: str):
        # The SDK indexes [0] into an empty list when the key id is unknown (IndexError).
        if not any(key.get("kid") == key_id for key in self.keys or ()):
            return None
        return super()._find(key_id)


def install_non_blocking_metadata(urls: Iterable[str] = ()) -> None:
    """Make the SDK use ``NonBlockingOpenIdMetadata`` for the well-known and the given URLs."""
    for url in (*WELL_KNOWN_METADATA_URLS, *urls):
        if url and not isinstance(JwtTokenExtractor.metadataCache.get(url), NonBlockingOpenIdMetadata):
            JwtTokenExtractor.metadataCache[url] = NonBlockingOpenIdMetadata(url)
