"""The model wing's value types and protocols, in one module that imports no backend.

Types flow one way: backends and the client import them from here; a factory
(``bot.model.backends``) chooses the backend; nothing here imports a backend or the client.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from dialogs import messages
from guardrails.findings import CheckResult

OnDelta = Callable[[str], Awaitable[None]]
Mode = Literal["model", "prompt-builder"]
ErrorKind = Literal["rate_limited", "server_error", "timeout", "connection", "auth", "bad_request"]


@dataclass
class ModelAnswer:
    text: str
    mode: Mode
    model: str = ""
    anonymized: bool = False
    elapsed_ms: float = 0
    # Prompt-builder mode with placeholders: (placeholder, masked value) in reading order.
    # Masked like a block message's excerpts, never the full value; never stored or logged.
    placeholders: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class BackendReply:
    """What a backend returns to the client (internal)."""

    text: str
    mode: Mode
    model: str = ""
    prompt_tokens: int | None = None
    completion_tokens: int | None = None


class GuardrailBlocked(Exception):
    """The guardrail refused the outgoing text; nothing was sent."""

    def __init__(self, result: CheckResult) -> None:
        super().__init__(f"blocked by the guardrail: {result.entity_counts}")
        self.result = result


class ModelError(Exception):
    """The model could not answer. ``user_message`` is the Norwegian text for the user."""

    def __init__(self, kind: ErrorKind, retry_after: float | None = None) -> None:
        super().__init__(f"model error: {kind}" + (f" (retry after {retry_after:g}s)" if retry_after else ""))
        self.kind: ErrorKind = kind
        self.retry_after = retry_after

    @property
    def user_message(self) -> str:
        if self.kind == "rate_limited" and self.retry_after and self.retry_after >= 1:
            return messages.text("model.rate_limited_seconds", seconds=round(self.retry_after))
        return messages.text(f"model.{self.kind}")


class TextGuard(Protocol):
    def check(self, text: str, lang: str = "nb") -> CheckResult: ...


class Pseudonymized(Protocol):
    @property
    def text(self) -> str: ...

    def restore(self, answer: str) -> str: ...


Pseudonymize = Callable[[str, CheckResult], Pseudonymized]


class Backend(Protocol):
    @property
    def mode(self) -> Mode: ...

    async def complete(self, system: str, user: str, on_delta: OnDelta | None) -> BackendReply: ...

    def describe(self) -> str: ...

    async def close(self) -> None: ...
