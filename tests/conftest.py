"""Fixtures shared by every test folder."""

from __future__ import annotations

import pytest

# The fakes' fixtures (stub connector, fake OpenAI server, settings), for every folder.
pytest_plugins = ["tests.fakes.fixtures", "tests.fakes.openai_fixtures"]


@pytest.fixture(scope="session")
def guardrail():
    """The real guardrail (NER model included), built once: it takes a moment to load."""
    from bot.composition import build_guardrail
    from bot.settings import Settings

    return build_guardrail(Settings())
