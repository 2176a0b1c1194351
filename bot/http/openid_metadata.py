"""Workaround: botbuilder 4.17.1 fetches OpenID metadata with blocking ``requests`` calls.

``botframework.connector.auth.jwt_token_extractor._OpenIdMetadata._refresh`` is declared
``async`` but calls ``requests.get`` (without a timeout) directly, so the first
authenticated request of the day freezes the whole event loop until Microsoft's metadata
endpoint answers. The SDK looks metadata objects up in ``JwtTokenExtractor.metadataCache``
(a dict it owns, keyed by URL), so we place a subclass there whose refresh runs in a
worker thread with a timeout, and where concurrent refreshes share one fetch.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from datetime import datetime

import requests
from botframework.connector.auth import AuthenticationConstants, GovernmentConstants
from botframework.connector.auth.jwt_token_extractor import JwtTokenExtractor, _OpenIdMetadata

METADATA_TIMEOUT_SECONDS = 10.0

WELL_KNOWN_METADATA_URLS = (
    AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL,
    AuthenticationConstants.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL,
    GovernmentConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL,
    GovernmentConstants.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL,
)


class NonBlockingOpenIdMetadata(_OpenIdMetadata):
    """``_OpenIdMetadata`` whose refresh runs off the event loop, with a timeout."""

    def __init__(self, url: str, timeout_seconds: float = METADATA_TIMEOUT_SECONDS) -> None:
        super().__init__(url)
        self._timeout_seconds = timeout_seconds
        self._refreshing: asyncio.Future[list[dict]] | None = None

    async def _refresh(self) -> None:
        # One fetch at a time; callers arriving meanwhile share its result (or its error).
        pending = self._refreshing
        if pending is None or pending.done() or pending.get_loop() is not asyncio.get_running_loop():
            pending = self._refreshing = asyncio.ensure_future(asyncio.to_thread(self._fetch_keys))
        self.keys = await asyncio.shield(pending)
        self.last_updated = datetime.now()

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
