"""Start our aiohttp app on a loopback test server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiohttp.test_utils import TestClient, TestServer
from botbuilder.core import Bot

from bot.http.app import create_app
from bot.settings import Settings


@asynccontextmanager
async def serve(settings: Settings, bot: Bot, **kwargs) -> AsyncIterator[TestClient]:
    app = create_app(settings, bot, **kwargs)
    async with TestClient(TestServer(app, host="127.0.0.1")) as client:
        yield client
