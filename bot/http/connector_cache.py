"""Reuse what botbuilder 4.17.1 rebuilds on every turn.

For each incoming activity the SDK creates new credentials, a new ``ConnectorClient``
(msrest serializers over ~150 models, a pipeline, and a fresh ``requests`` session, so a
new TCP connection to the Bot Connector) and a new ``UserTokenClient``. Those objects are
safe to reuse — the SDK's older ``BotFrameworkAdapter`` cached connector clients the same
way — so ``CachingBotFrameworkAuthentication`` wraps the real authentication and keeps
them in small LRU caches keyed by app id, service URL and audience. Each connector client
sends through aiohttp with short time-outs (``bot.http.connector_transport``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from typing import Generic, TypeVar

from botbuilder.schema import Activity
from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import (
    AuthenticateRequestResult,
    BotFrameworkAuthentication,
    ClaimsIdentity,
    ConnectorFactory,
    UserTokenClient,
)
from botframework.connector.auth._built_in_bot_framework_authentication import (
    _BuiltinBotFrameworkAuthentication,
)
from botframework.connector.skills import BotFrameworkClient

from bot.http.connector_transport import ConnectorHttp, install_aiohttp_pipeline

T = TypeVar("T")

DEFAULT_MAX_ENTRIES = 256


class LruCache(Generic[T]):
    """A bounded key → object cache; the least recently used entry goes first."""

    def __init__(self, max_entries: int = DEFAULT_MAX_ENTRIES) -> None:
        self._entries: OrderedDict[Hashable, T] = OrderedDict()
        self._max_entries = max_entries
        self.hits = 0
        self.misses = 0

    async def get_or_create(self, key: Hashable, create: Callable[[], Awaitable[T]]) -> T:
        if key in self._entries:
            self.hits += 1
            self._entries.move_to_end(key)
            return self._entries[key]
        self.misses += 1
        value = await create()
        self._entries[key] = value
        while len(self._entries) > self._max_entries:
            self._entries.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._entries)


class CachingConnectorFactory(ConnectorFactory):
    """Hands out one ``ConnectorClient`` per (app id, service URL, audience)."""

    def __init__(self, inner: ConnectorFactory, app_id: str, cache: LruCache[ConnectorClient],
                 http: ConnectorHttp) -> None:
        self._inner = inner
        self._app_id = app_id
        self._cache = cache
        self._http = http

    async def create(self, service_url: str, audience: str | None = None) -> ConnectorClient:
        async def create_client() -> ConnectorClient:
            return install_aiohttp_pipeline(await self._inner.create(service_url, audience), self._http)

        return await self._cache.get_or_create((self._app_id, service_url, audience), create_client)


class CachingBotFrameworkAuthentication(BotFrameworkAuthentication):
    """Delegates to the SDK's authentication, caching connector and user-token clients."""

    def __init__(
        self,
        inner: BotFrameworkAuthentication,
        *,
        connector_cache: LruCache[ConnectorClient] | None = None,
        token_client_cache: LruCache[UserTokenClient] | None = None,
        connector_http: ConnectorHttp | None = None,
    ) -> None:
        self._inner = inner
        self.connector_http = connector_http or ConnectorHttp()
        self.connector_cache = connector_cache or LruCache()
        self.token_client_cache = token_client_cache or LruCache()

    def _wrap(self, factory: ConnectorFactory, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        app_id = _BuiltinBotFrameworkAuthentication.get_app_id(claims_identity) or ""
        return CachingConnectorFactory(factory, app_id, self.connector_cache, self.connector_http)

    async def authenticate_request(self, activity: Activity, auth_header: str) -> AuthenticateRequestResult:
        result = await self._inner.authenticate_request(activity, auth_header)
        if result.connector_factory is not None:
            result.connector_factory = self._wrap(result.connector_factory, result.claims_identity)
        return result

    async def authenticate_streaming_request(
        self, auth_header: str, channel_id_header: str
    ) -> AuthenticateRequestResult:
        return await self._inner.authenticate_streaming_request(auth_header, channel_id_header)

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        return self._wrap(self._inner.create_connector_factory(claims_identity), claims_identity)

    async def create_user_token_client(self, claims_identity: ClaimsIdentity) -> UserTokenClient:
        app_id = _BuiltinBotFrameworkAuthentication.get_app_id(claims_identity) or ""
        return await self.token_client_cache.get_or_create(
            app_id, lambda: self._inner.create_user_token_client(claims_identity)
        )

    def create_bot_framework_client(self) -> BotFrameworkClient:
        return self._inner.create_bot_framework_client()

    def get_originating_audience(self) -> str:
        return self._inner.get_originating_audience()

    async def authenticate_channel_request(self, auth_header: str) -> ClaimsIdentity:
        return await self._inner.authenticate_channel_request(auth_header)
