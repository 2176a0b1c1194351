"""The OpenID metadata fetch must not block the event loop (the SDK uses blocking requests)."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from botframework.connector.auth import AuthenticationConstants

from bot.http.adapter import build_adapter
from bot.http.app import create_app
from bot.http.auth import sdk_configuration
from bot.settings import Settings
from tests.bot_http.bots import EchoBot
from tests.fakes.activities import DEFAULT_TENANT_ID, make_message

DELAY_SECONDS = 1.0
APP_ID = "00000000-0000-0000-0000-0000000000b2"


class SlowMetadataServer:
    """OpenID metadata + JWKS on 127.0.0.1 in its own thread, answering after a delay."""

    def __init__(self, delay: float) -> None:
        outer = self
        self.hits: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # http.server's naming
                outer.hits.append(self.path)
                time.sleep(delay)
                base = f"http://127.0.0.1:{outer.port}"
                body = {"jwks_uri": f"{base}{self.path}/keys"} if not self.path.endswith("/keys") else {"keys": []}
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> SlowMetadataServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def metadata_server() -> Iterator[SlowMetadataServer]:
    with SlowMetadataServer(DELAY_SECONDS) as server:
        yield server


def channel_token() -> str:
    claims = {"iss": AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER, "aud": APP_ID,
              "exp": int(time.time()) + 600}
    return jwt.encode(claims, "k" * 32, algorithm="HS256", headers={"kid": "unknown-key"})


def stock_app(settings: Settings, metadata_url: str) -> web.Application:
    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(
        sdk_configuration(settings, openid_metadata_url=metadata_url)))
    bot = EchoBot()

    async def messages(request: web.Request) -> web.StreamResponse:
        return await adapter.process(request, bot)

    async def healthz(_: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    app.router.add_get("/healthz", healthz)
    return app


@pytest.mark.parametrize(
    ("variant", "loop_stays_free"),
    [("ours", True), ("stock", False)],
)
async def test_metadata_fetch_does_not_block_the_loop(metadata_server, stub_connector, variant, loop_stays_free):
    settings = Settings(app_id=APP_ID, app_password="offline", allowed_tenants=(DEFAULT_TENANT_ID,),
                        storage="memory")
    # A distinct URL per variant: the SDK caches metadata objects per URL, process-wide.
    metadata_url = f"http://127.0.0.1:{metadata_server.port}/{variant}/openid"
    if variant == "ours":
        app = create_app(settings, EchoBot(), adapter=build_adapter(settings, openid_metadata_url=metadata_url))
    else:
        app = stock_app(settings, metadata_url)

    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        post = asyncio.create_task(client.post(
            "/api/messages", json=make_message("hei", stub_connector.service_url),
            headers={"Authorization": f"Bearer {channel_token()}"}))
        latencies = []
        while not post.done():
            started = time.perf_counter()
            health = await client.get("/healthz")
            latencies.append(time.perf_counter() - started)
            assert health.status == 200
            await asyncio.sleep(0.02)
        response = await post

    assert metadata_server.hits[0] == f"/{variant}/openid"  # the fetch really happened, on loopback
    if loop_stays_free:
        assert response.status == 401  # unknown signing key: refused, not a 500
        assert max(latencies) < DELAY_SECONDS / 2
        assert len(latencies) >= 10
    else:
        assert max(latencies) >= DELAY_SECONDS * 0.9


class FailingMetadataServer(SlowMetadataServer):
    """Answers every metadata request with 503 (and counts them)."""

    def __init__(self) -> None:
        outer = self
        self.hits = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.hits.append(self.path)
                self.send_response(503)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)


async def test_unreachable_metadata_is_cached_with_back_off(stub_connector):
    """Issue 14, item 9: every request tried the fetch again; now one fetch, then 503 at once."""
    settings = Settings(app_id=APP_ID, app_password="x", allowed_tenants=(DEFAULT_TENANT_ID,), storage="memory")
    with FailingMetadataServer() as metadata:
        url = f"http://127.0.0.1:{metadata.port}/backoff/openid"
        app = create_app(settings, EchoBot(), adapter=build_adapter(settings, openid_metadata_url=url))
        async with TestClient(TestServer(app, host="127.0.0.1")) as client:
            statuses = []
            for _ in range(6):
                response = await client.post("/api/messages", json=make_message("hei", stub_connector.service_url),
                                             headers={"Authorization": f"Bearer {channel_token()}"})
                statuses.append(response.status)
    assert statuses == [503] * 6  # fails closed, never 500
    assert metadata.hits == ["/backoff/openid"]
    assert stub_connector.calls == []
