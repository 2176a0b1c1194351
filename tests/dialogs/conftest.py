from __future__ import annotations

import pytest

from bot.composition import build_components
from bot.settings import Settings
from tests.dialogs.driver import Conversation


@pytest.fixture
def make_conversation(guardrail):
    """Builds the real bot (real guardrail, model client, dialogs) and a conversation with it."""

    def make(settings: Settings | None = None, *, storage=None, conversation_type: str = "personal",
             conversation_id: str = "conv-1") -> Conversation:
        settings = settings or Settings(storage="memory")
        components = build_components(settings, storage=storage, guardrail=guardrail)
        return Conversation(components.bot, conversation_type=conversation_type, conversation_id=conversation_id)

    return make


@pytest.fixture
def chat(make_conversation) -> Conversation:
    """A 1:1 conversation in prompt-builder mode (no model configured)."""
    return make_conversation()


@pytest.fixture
def model_chat(make_conversation, openai_settings) -> Conversation:
    """A 1:1 conversation with the fake OpenAI server as the model."""
    return make_conversation(openai_settings.model_copy(update={"storage": "memory"}))
