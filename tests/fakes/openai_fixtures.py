"""Pytest fixtures around ``FakeOpenAIServer``. Import them in a conftest:

    from tests.fakes.openai_fixtures import fake_openai, openai_settings, azure_settings
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.settings import Settings
from tests.fakes.fake_openai_server import FakeOpenAIServer


@pytest.fixture
async def fake_openai() -> AsyncIterator[FakeOpenAIServer]:
    """A started fake OpenAI server on 127.0.0.1 (random port), stopped afterwards."""
    server = FakeOpenAIServer()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
def openai_settings(fake_openai: FakeOpenAIServer) -> Settings:
    """Settings for the OpenAI provider pointing at the fake server (5 s timeout)."""
    return Settings(
        openai_api_key="sk-test-not-a-secret",
        openai_base_url=fake_openai.base_url,
        model="gpt-4o-mini",
        model_timeout_seconds=5,
    )


@pytest.fixture
def azure_settings(fake_openai: FakeOpenAIServer) -> Settings:
    """Settings for the Azure OpenAI provider pointing at the fake server."""
    return Settings(
        azure_openai_endpoint=fake_openai.root_url,
        azure_openai_api_key="azure-test-not-a-secret",
        openai_api_version="2024-10-21",
        model="aktiv-gpt4o",
        model_timeout_seconds=5,
    )
