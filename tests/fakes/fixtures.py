"""Pytest fixtures for HTTP-level bot tests, offered to every folder by the root conftest
(``pytest_plugins``)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from bot.settings import Settings
from tests.fakes.stub_connector import StubConnector
from tests.fakes.tarpit import Tarpit


@pytest_asyncio.fixture
async def stub_connector() -> AsyncIterator[StubConnector]:
    """A started stub Bot Connector on 127.0.0.1; use ``stub_connector.service_url``."""
    async with StubConnector() as connector:
        yield connector


@pytest.fixture
def anonymous_settings() -> Settings:
    """Settings without an app id (no authentication, as in local runs and the Playground)."""
    return Settings(storage="memory")


@pytest_asyncio.fixture
async def tarpit() -> AsyncIterator[int]:
    """The port of a loopback server that accepts connections and never answers."""
    async with Tarpit() as pit:
        yield pit.port
