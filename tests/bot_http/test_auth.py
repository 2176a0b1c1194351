"""With an app id configured, bad or missing bearer tokens get 401 (the SDK answers 500)."""

from __future__ import annotations

import jwt
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication

from bot.http.auth import bearer_problem, sdk_configuration
from bot.settings import Settings
from tests.bot_http.bots import EchoBot
from tests.bot_http.helpers import serve
from tests.fakes.activities import DEFAULT_TENANT_ID, make_message

APP_ID = "00000000-0000-0000-0000-0000000000a1"
FOREIGN_ISSUER_JWT = jwt.encode({"iss": "https://evil.example", "aud": APP_ID}, "k" * 32, algorithm="HS256")


@pytest.fixture
def app_id_settings() -> Settings:
    return Settings(app_id=APP_ID, app_password="not-used-offline", allowed_tenants=(DEFAULT_TENANT_ID,),
                    storage="memory")


BAD_HEADERS = [
    pytest.param(None, id="missing"),
    pytest.param("Bearer", id="bearer-only"),
    pytest.param("Bearer abc", id="bearer-abc"),
    pytest.param("Bearer a.b.c", id="three-garbage-parts"),
    pytest.param("Bearer  abc", id="double-space"),
    pytest.param("Basic dXNlcjpwYXNz", id="basic-scheme"),
    pytest.param(f"Bearer {FOREIGN_ISSUER_JWT}", id="jwt-foreign-issuer"),
]


@pytest.mark.parametrize("header", BAD_HEADERS)
async def test_bad_bearer_is_401_and_bot_not_called(app_id_settings, stub_connector, header):
    bot = EchoBot()
    headers = {"Authorization": header} if header is not None else {}
    async with serve(app_id_settings, bot) as client:
        response = await client.post("/api/messages", json=make_message("hei", stub_connector.service_url),
                                     headers=headers)
        assert response.status == 401
        assert await response.json() == {"error": "unauthorized"}
    assert bot.turns == 0
    assert stub_connector.calls == []


@pytest.mark.parametrize(
    ("header", "stock_status"),
    [("Bearer abc", 500), ("Bearer a.b.c", 500), (None, 401)],
    ids=["bearer-abc", "three-garbage-parts", "missing"],
)
async def test_stock_adapter_answers_500_for_malformed_bearer(app_id_settings, stub_connector, header, stock_status):
    """The defect we work around, side by side with a case the SDK already gets right."""
    stock = CloudAdapter(ConfigurationBotFrameworkAuthentication(sdk_configuration(app_id_settings)))
    bot = EchoBot()

    async def messages(request: web.Request) -> web.StreamResponse:
        return await stock.process(request, bot)

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    headers = {"Authorization": header} if header is not None else {}
    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        response = await client.post("/api/messages", json=make_message("hei", stub_connector.service_url),
                                     headers=headers)
        assert response.status == stock_status


@pytest.mark.parametrize(
    ("header", "problem"),
    [
        ("", "missing"),
        ("Bearer", "not_bearer"),
        ("bearer " + FOREIGN_ISSUER_JWT, "not_bearer"),
        ("Bearer abc", "not_jwt"),
        ("Bearer " + jwt.encode({"aud": APP_ID}, "k" * 32, algorithm="HS256"), "no_issuer"),
        ("Bearer " + FOREIGN_ISSUER_JWT, None),
    ],
    ids=["empty", "no-token", "lowercase-scheme", "not-jwt", "no-issuer", "well-formed"],
)
def test_bearer_problem(header, problem):
    assert bearer_problem(header) == problem
