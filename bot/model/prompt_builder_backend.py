"""Prompt-builder mode: no model is configured, so the answer is the finished prompt.

The client has already checked the text with the guardrail; the user copies it into
whichever approved AI tool they use. Nothing is sent anywhere.
"""

from __future__ import annotations

from typing import Literal

from bot.model.types import BackendReply, OnDelta
from dialogs.ports import SEPARATOR


class PromptBuilderBackend:
    mode: Literal["prompt-builder"] = "prompt-builder"

    async def complete(self, system: str, user: str, on_delta: OnDelta | None) -> BackendReply:
        text = system + SEPARATOR + user
        if on_delta is not None:
            await on_delta(text)
        return BackendReply(text=text, mode="prompt-builder")

    def describe(self) -> str:
        return "prompt-builder"

    async def close(self) -> None:
        return None
