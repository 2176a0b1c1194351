"""The small interfaces the dialogs talk through, so ``dialogs/`` needs no HTTP, SDK
client or openai import. ``bot/`` provides the real implementations."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol

from guardrails.findings import CheckResult

DeltaCallback = Callable[[str], Awaitable[None]]
# Between the system part and the user part of the text that leaves the bot.
SEPARATOR = "\n\n"


@dataclass(frozen=True)
class PromptRequest:
    """Exactly what would leave the bot: a system part and a user part."""

    system: str
    user: str
    lang: str = "nb"
    task: str = ""

    @property
    def full_text(self) -> str:
        return self.system + SEPARATOR + self.user


@dataclass(frozen=True)
class Answered:
    text: str
    mode: Literal["model", "prompt-builder"]
    model: str = ""
    anonymized: bool = False
    # Prompt-builder mode, sent anonymised: (placeholder, masked value) for the user's key.
    # Only masked values, for this turn's reply; never put in the draft or a log.
    placeholders: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Blocked:
    result: CheckResult
    # The text that was checked, so findings can be located and masked for the user.
    checked_text: str = ""
    # How it would have been answered: in prompt-builder mode an anonymised prompt keeps its
    # placeholders, so the block message must not promise that the values come back.
    mode: Literal["model", "prompt-builder"] = "model"


@dataclass(frozen=True)
class Failed:
    kind: str
    user_message: str


Outcome = Answered | Blocked | Failed


class ModelPort(Protocol):
    """The one door to a model. Implementations run the guardrail first."""

    async def ask(
        self, request: PromptRequest, *, anonymize: bool = False, confirmed: frozenset[str] = frozenset(),
        on_delta: DeltaCallback | None = None,
    ) -> Outcome:
        """``confirmed``: words the guardrail asked about that the user said are no names; a
        text whose only findings are such words is sent (never one with a certain finding)."""
        ...


class TranslatorPort(Protocol):
    """Offline bokmål → moderate nynorsk (Apertium)."""

    def available(self) -> bool: ...

    async def translate(self, text: str) -> str: ...


# Where the bot puts an ``async () -> None`` that stores the conversation state now, in
# ``TurnContext.turn_state``. The dialog calls it before the model call, so the draft and the
# stage survive a crash during the call (state is otherwise saved once, at the end of the turn).
TURN_CHECKPOINT_KEY = "aktiv.turn_checkpoint"

# Where a channel puts this turn's TurnProgress in ``TurnContext.turn_state``.
TURN_PROGRESS_KEY = "aktiv.turn_progress"


@dataclass
class TurnProgress:
    """Callbacks a channel may give the dialog to show progress (typing, streaming).

    ``on_status("checking")`` replaces the dialog's own "checking" note and typing indicator.
    """

    on_status: Callable[[str], Awaitable[None]] | None = None
    on_delta: DeltaCallback | None = None
    extras: dict = field(default_factory=dict)
