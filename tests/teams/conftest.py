from __future__ import annotations

import pytest

from bot.composition import build_components
from bot.settings import Settings
from bot.teams.download_policy import DownloadPolicy
from tests.dialogs.driver import Conversation


@pytest.fixture
def make_teams_conversation(guardrail):
    """The real bot as ``python -m bot serve`` builds it (cards, Teams features)."""

    def make(settings: Settings | None = None, *, conversation_type: str = "personal",
             stream_interval: float = 1.0, download_policy: DownloadPolicy | None = None) -> Conversation:
        settings = settings or Settings(storage="memory")
        components = build_components(settings, guardrail=guardrail, teams=True, stream_interval=stream_interval,
                                      download_policy=download_policy)
        return Conversation(components.bot, conversation_type=conversation_type)

    return make


@pytest.fixture
def teams_model_chat(make_teams_conversation, openai_settings):
    return make_teams_conversation(openai_settings.model_copy(update={"storage": "memory"}))


@pytest.fixture
def teams_builder_chat(make_teams_conversation):
    """Prompt-builder mode (no model configured)."""
    return make_teams_conversation()
