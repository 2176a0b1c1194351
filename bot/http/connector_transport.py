"""Bot Connector calls over one shared aiohttp session, with short time-outs.

botbuilder 4.17.1's ``ConnectorClient`` sends through msrest's ``AsyncRequestsHTTPSender``:
blocking ``requests`` calls in the event loop's default executor (a handful of threads),
with msrest's 100 s read time-out and urllib3 retries with back-off. Eight turns whose
``serviceUrl`` accepts connections and never answers took every thread, and other users'
``/hjelp`` waited 20 s and more; a ``serviceUrl`` that refuses connections cost ~10 s of
retries per turn. ``install_aiohttp_pipeline`` gives a connector client a pipeline that
sends with aiohttp instead (already a dependency; no threads, one connection pool for the
process), without retries, with ``CONNECT_TIMEOUT`` / ``CALL_TIMEOUT``. One stuck
conversation then holds one socket for at most ``CALL_TIMEOUT`` and delays nobody else.

Outgoing activities are serialised by ``bot.http.activity_json`` (msrest's generic serialiser
was the largest single cost of the event loop under load); the rest of the call stays msrest's.

The bearer token is still the SDK's credentials' (``get_access_token``: MSAL with its own
cache, which may block on a refresh), fetched in a worker thread and only with an app id.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
from msrest.pipeline import AsyncHTTPPolicy, AsyncPipeline, Request, Response
from msrest.pipeline.aiohttp import AioHTTPSender as PipelineAioHTTPSender
from msrest.pipeline.universal import RawDeserializer
from msrest.universal_http import ClientRequest
from msrest.universal_http.aiohttp import AioHttpClientResponse

from bot.http.activity_json import FastActivitySerializer

CONNECT_TIMEOUT = 3.0
CALL_TIMEOUT = 10.0


class ConnectorHttp:
    """The process's one aiohttp session for Bot Connector calls (created on first use, in the loop)."""

    def __init__(self, *, connect_timeout: float = CONNECT_TIMEOUT, call_timeout: float = CALL_TIMEOUT,
                 max_connections: int = 200) -> None:
        self.timeout = aiohttp.ClientTimeout(total=call_timeout, connect=connect_timeout)
        self._max_connections = max_connections
        self._session: aiohttp.ClientSession | None = None

    def session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._max_connections, enable_cleanup_closed=True)
            self._session = aiohttp.ClientSession(connector=connector, timeout=self.timeout)
        return self._session

    async def close(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()


class _LoadedResponse(AioHttpClientResponse):
    def __init__(self, request: ClientRequest, aiohttp_response: aiohttp.ClientResponse) -> None:
        super().__init__(request, aiohttp_response)
        # msrest's HttpOperationError keeps ``internal_response`` as ``error.response``, and
        # callers (ours and the SDK's) read ``error.response.status_code`` as on ``requests``.
        aiohttp_response.status_code = aiohttp_response.status  # type: ignore[attr-defined]

    def body(self) -> bytes:
        return self._body or b""  # msrest's raises on an empty body (a 200 to DELETE)


class _AiohttpDriver:
    """msrest's universal-HTTP sender interface over ``ConnectorHttp``'s session."""

    def __init__(self, http: ConnectorHttp) -> None:
        self._http = http

    async def __aenter__(self) -> _AiohttpDriver:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None  # the session is the process's, closed on shutdown

    async def send(self, request: ClientRequest, **config: Any) -> AioHttpClientResponse:
        raw = await self._http.session().request(
            request.method, request.url, headers=dict(request.headers or {}), data=request.data,
            allow_redirects=False)
        response = _LoadedResponse(request, raw)
        await response.load_body()  # reads and releases the connection
        return response


class _BearerTokenPolicy(AsyncHTTPPolicy):
    """The SDK credentials' bearer token, without blocking the loop (none in anonymous mode)."""

    def __init__(self, credentials: Any) -> None:
        super().__init__()
        self._credentials = credentials

    async def send(self, request: Request, **kwargs: Any) -> Response:
        credentials = self._credentials
        should_set = getattr(credentials, "_should_set_token", None)
        if credentials is not None and should_set is not None and should_set(None):
            token = await asyncio.to_thread(credentials.get_access_token)
            request.http_request.headers["Authorization"] = f"Bearer {token}"
        assert self.next is not None, "the pipeline sets the next policy"
        return await self.next.send(request, **kwargs)


def install_aiohttp_pipeline(client: Any, http: ConnectorHttp) -> Any:
    """Make ``client`` (a botframework ``ConnectorClient``) send through ``http``; returns it."""
    config = client.config
    policies = [config.user_agent_policy, _BearerTokenPolicy(config.credentials), RawDeserializer(),
                config.http_logger_policy]
    pipeline = AsyncPipeline(policies, PipelineAioHTTPSender(driver=_AiohttpDriver(http)))  # type: ignore[arg-type]
    config.pipeline = pipeline
    client._client.config.pipeline = pipeline  # the same config object; set both to be sure
    client.conversations._serialize = FastActivitySerializer(client._serialize.dependencies)
    return client
