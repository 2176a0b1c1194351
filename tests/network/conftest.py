from __future__ import annotations

import pytest
from botbuilder.core import MemoryStorage

from bot.composition import build_components
from bot.settings import Settings
from tests.dialogs.driver import Conversation


@pytest.fixture
def network(guardrail):
    """One bot on one storage, and conversations with it (several users and conversations meet).
    The bot is built on the first ``conversation()`` call, with that call's settings."""

    class Network:
        def __init__(self) -> None:
            self.storage = MemoryStorage()
            self.bot = None

        def conversation(self, settings: Settings | None = None, *, user: str = "user-1",
                         conversation_id: str = "conv-1", conversation_type: str = "personal") -> Conversation:
            if self.bot is None:
                self.bot = build_components(settings or Settings(storage="memory"), storage=self.storage,
                                            guardrail=guardrail).bot
            chat = Conversation(self.bot, conversation_type=conversation_type, conversation_id=conversation_id)
            chat.adapter.template.from_property.id = user
            return chat

    return Network()
