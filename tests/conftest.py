"""Fixtures shared by every test folder."""

from __future__ import annotations

import pytest

from tests.fakes.fixtures import anonymous_settings, stub_connector, tarpit  # noqa: F401
from tests.fakes.openai_fixtures import azure_settings, fake_openai, openai_settings  # noqa: F401


@pytest.fixture(scope="session")
def guardrail():
    """The real guardrail (NER model included), built once: it takes a moment to load."""
    from bot.composition import build_guardrail
    from bot.settings import Settings

    return build_guardrail(Settings())
