"""The factory that chooses the model backend the settings describe.

The only module that imports ``bot.model.openai_backend`` (and so, indirectly, ``openai``);
a test enforces that. ``none`` as provider means prompt-builder mode: nothing is sent.
"""

from __future__ import annotations

from bot.model.types import Backend
from bot.settings import Settings


def make_backend(settings: Settings) -> Backend:
    """The backend for ``settings.model_provider`` (``none`` → the prompt builder)."""
    if settings.model_provider == "none":
        from bot.model.prompt_builder_backend import PromptBuilderBackend

        return PromptBuilderBackend()
    from bot.model.openai_backend import OpenAIBackend

    return OpenAIBackend.from_settings(settings)
