"""The one door to the language model.

Every text that may leave the process goes through ``ModelClient.ask``. It checks the
exact outgoing text with the guardrail first and refuses (``GuardrailBlocked``) before
any byte reaches a backend. With ``anonymize=True`` and a result the policy marks as
anonymizable, it sends a pseudonymised version instead (checked again) and restores the
real values in the answer locally; the mapping never leaves this call. In prompt-builder
mode the prompt keeps its placeholders (the answer comes from a tool outside the bot), so
the answer carries a key of placeholders and *masked* values for the user instead.

The backend (OpenAI, Azure OpenAI or the offline prompt builder) is private. Nothing else
in the code base imports ``openai`` or ``bot.openai_backend``; a test enforces that.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal, Protocol

from dialogs import messages
from dialogs.ports import SEPARATOR, PromptRequest
from guardrails.findings import CheckResult
from guardrails.masking import mask

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)

OnDelta = Callable[[str], Awaitable[None]]
ErrorKind = Literal["rate_limited", "server_error", "timeout", "connection", "auth", "bad_request"]
PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*_\d+>")
_PLACEHOLDER_LABEL = re.compile(r"^[A-Z][A-Z_]*$")
_LABELS_KEY = "model.placeholder_labels."



# ----------------------------------------------------------------------------- types


@dataclass
class ModelAnswer:
    text: str
    mode: Literal["model", "prompt-builder"]
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
    mode: Literal["model", "prompt-builder"]
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
    mode: Literal["model", "prompt-builder"]

    async def complete(self, system: str, user: str, on_delta: OnDelta | None) -> BackendReply: ...

    def describe(self) -> str: ...

    async def close(self) -> None: ...


# ----------------------------------------------------------------------------- client


class ModelClient:
    """The single entry point to the model: ``await client.ask(request)``."""

    def __init__(self, backend: Backend, guard: TextGuard, pseudonymize: Pseudonymize | None = None) -> None:
        self._backend = backend
        self._guard = guard
        self._pseudonymize = pseudonymize

    @classmethod
    def from_settings(
        cls, settings: Settings, guard: TextGuard, pseudonymize: Pseudonymize | None = None
    ) -> ModelClient:
        """Pick the backend the settings describe (``none`` → prompt builder)."""
        if settings.model_provider == "none":
            from bot.prompt_builder_backend import PromptBuilderBackend

            backend: Backend = PromptBuilderBackend()
        else:
            from bot.openai_backend import OpenAIBackend

            backend = OpenAIBackend.from_settings(settings)
        return cls(backend, guard, pseudonymize)

    @property
    def mode(self) -> Literal["model", "prompt-builder"]:
        """``prompt-builder`` when no model is configured: the answer is the prompt itself."""
        return self._backend.mode

    def describe(self) -> str:
        """A short, non-secret description for logs and the health endpoint."""
        return self._backend.describe()

    async def close(self) -> None:
        await self._backend.close()

    async def ask(
        self, request: PromptRequest, *, anonymize: bool = False, on_delta: OnDelta | None = None
    ) -> ModelAnswer:
        started = time.perf_counter()
        result = await self._check(request)
        outgoing, restore = request, None
        if result.blocked:
            if not (anonymize and result.anonymizable):
                self._log_blocked(request, result, anonymize)
                raise GuardrailBlocked(result)
            outgoing, restore = await self._pseudonymized(request, result)

        reply_delta = on_delta
        restorer = None
        if restore is not None and on_delta is not None and self._backend.mode == "model":
            restorer = _StreamRestorer(restore, on_delta)
            reply_delta = restorer.feed

        try:
            reply = await self._backend.complete(outgoing.system, outgoing.user, reply_delta)
        except ModelError as exc:
            log.warning(
                "model call failed: task=%s kind=%s retry_after=%s elapsed_ms=%.0f",
                request.task, exc.kind, exc.retry_after, _ms(started),
            )
            raise
        if restorer is not None:
            await restorer.flush()

        text = reply.text
        # In model mode the answer comes back to us and gets the real values again.
        # In prompt-builder mode the text IS the prompt the user will paste elsewhere,
        # so it stays pseudonymised, and the user gets a masked key to it.
        placeholders: tuple[tuple[str, str], ...] = ()
        if restore is not None and reply.mode == "model":
            text = restore(text)
        elif restore is not None:
            placeholders = _masked_key(text, restore)
        answer = ModelAnswer(
            text=text, mode=reply.mode, model=reply.model, anonymized=restore is not None, elapsed_ms=_ms(started),
            placeholders=placeholders,
        )
        log.info(
            "model answer: task=%s mode=%s model=%s anonymized=%s elapsed_ms=%.0f prompt_tokens=%s completion_tokens=%s",
            request.task, answer.mode, answer.model, answer.anonymized, answer.elapsed_ms,
            reply.prompt_tokens, reply.completion_tokens,
        )
        return answer

    # ------------------------------------------------------------------ internals

    async def _check(self, request: PromptRequest) -> CheckResult:
        return await asyncio.to_thread(self._guard.check, request.full_text, request.lang)

    async def _pseudonymized(
        self, request: PromptRequest, result: CheckResult
    ) -> tuple[PromptRequest, Callable[[str], str]]:
        """Replace the findings by placeholders in system and user text; check again."""
        pseudonymize = self._pseudonymize or _default_pseudonymize()
        boundary = len(request.system)
        if any(f.start < boundary + len(SEPARATOR) and f.end > boundary for f in result.findings):
            self._log_blocked(request, result, True)
            raise GuardrailBlocked(result)  # a finding straddles system/user: do not guess

        # One pseudonymisation of the whole text gives one consistent numbering and one
        # mapping. The system part is pseudonymised alone only to find where it ends.
        whole = pseudonymize(request.full_text, result)
        system_findings = tuple(f for f in result.findings if f.end <= boundary)
        system = request.system
        if system_findings:
            system = pseudonymize(request.system, replace(result, findings=system_findings)).text
        if not whole.text.startswith(system + SEPARATOR):
            self._log_blocked(request, result, True)
            raise GuardrailBlocked(result)  # fail closed if the two parts cannot be separated
        user = whole.text[len(system) + len(SEPARATOR):]
        note = messages.text("model.placeholder_note")
        outgoing = replace(request, system=(system + SEPARATOR + note) if system else note, user=user)

        again = await self._check(outgoing)
        if again.blocked:
            self._log_blocked(outgoing, again, True)
            raise GuardrailBlocked(again)
        log.info("anonymized request: task=%s entities=%s", request.task, result.entity_counts)
        return outgoing, whole.restore

    @staticmethod
    def _log_blocked(request: PromptRequest, result: CheckResult, anonymize: bool) -> None:
        log.info(
            "guardrail blocked request: task=%s entities=%s anonymizable=%s anonymize_requested=%s",
            request.task, result.entity_counts, result.anonymizable, anonymize,
        )


def placeholder_labels() -> dict[str, str]:
    """Readable placeholder names per entity type (``NO_PHONE`` → ``TELEFON``), from
    ``prompts/messages/model.yaml``; a bad name raises ``ValueError`` naming the key."""
    labels = {key[len(_LABELS_KEY):]: label for key, label in messages.catalogue().items()
              if key.startswith(_LABELS_KEY)}
    for entity, label in labels.items():
        if not _PLACEHOLDER_LABEL.match(label):
            raise ValueError(f"model.yaml: placeholder_labels.{entity}: '{label}' must be upper-case A-Z and _")
    return labels


def pseudonymizer() -> Pseudonymize:
    """The guardrail's pseudonymizer with the readable placeholder names."""
    from functools import partial

    from guardrails.pseudonymize import pseudonymize

    return partial(pseudonymize, labels=placeholder_labels())


def _default_pseudonymize() -> Pseudonymize:
    return pseudonymizer()


def _masked_key(prompt: str, restore: Callable[[str], str]) -> tuple[tuple[str, str], ...]:
    """Each placeholder in ``prompt`` (reading order, once) with its value masked."""
    key = []
    for placeholder in dict.fromkeys(PLACEHOLDER.findall(prompt)):
        value = restore(placeholder)
        if value != placeholder:  # one of ours, not a text that merely looks like one
            key.append((placeholder, mask(value)))
    return tuple(key)


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


class _StreamRestorer:
    """Restores placeholders in streamed deltas without ever showing half a placeholder.

    Text after the last unmatched ``<`` is held back until the ``>`` arrives (or the
    stream ends), so ``<PER`` + ``SON_1>`` reaches the user as the restored name.
    """

    MAX_PLACEHOLDER = 40

    def __init__(self, restore: Callable[[str], str], on_delta: OnDelta) -> None:
        self._restore = restore
        self._on_delta = on_delta
        self._pending = ""

    async def feed(self, delta: str) -> None:
        self._pending += delta
        cut = self._pending.rfind("<")
        if cut == -1 or ">" in self._pending[cut:] or len(self._pending) - cut > self.MAX_PLACEHOLDER:
            cut = len(self._pending)
        ready, self._pending = self._pending[:cut], self._pending[cut:]
        if ready:
            await self._on_delta(self._restore(ready))

    async def flush(self) -> None:
        if self._pending:
            ready, self._pending = self._pending, ""
            await self._on_delta(self._restore(ready))


__all__ = [
    "Backend",
    "BackendReply",
    "CheckResult",
    "GuardrailBlocked",
    "ModelAnswer",
    "ModelClient",
    "ModelError",
    "PromptRequest",
    "TextGuard",
]
