"""The one door to the language model.

Every text that may leave the process goes through ``ModelClient.ask``. It checks the
exact outgoing text with the guardrail first and refuses (``GuardrailBlocked``) before
any byte reaches a backend. With ``anonymize=True`` and a result the policy marks as
anonymizable, it sends a pseudonymised version instead (checked again) and restores the
real values in the answer locally; the mapping never leaves this call. In prompt-builder
mode the prompt keeps its placeholders (the answer comes from a tool outside the bot), so
the answer carries a key of placeholders and *masked* values for the user instead.

The backend (OpenAI, Azure OpenAI or the offline prompt builder) is private: the factory in
``bot.model.backends`` chooses it, and nothing else imports ``openai`` or
``bot.model.openai_backend``; a test enforces that.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.logging_setup import log_event, safe_id
from bot.model.backends import make_backend
from bot.model.placeholders import StreamRestorer, masked_key, pseudonymizer
from bot.model.types import (
    Backend,
    GuardrailBlocked,
    Mode,
    ModelAnswer,
    ModelError,
    OnDelta,
    Pseudonymize,
    TextGuard,
)
from dialogs import messages
from dialogs.ports import SEPARATOR, PromptRequest
from guardrails.findings import CheckResult

if TYPE_CHECKING:
    from bot.settings import Settings

logger = logging.getLogger(__name__)


class ModelClient:
    """The single entry point to the model: ``await client.ask(request)``."""

    def __init__(self, backend: Backend, guard: TextGuard, pseudonymize: Pseudonymize | None = None, *,
                 executor: Executor | None = None) -> None:
        self._backend = backend
        self._guard = guard
        self._pseudonymize = pseudonymize
        self._executor = executor  # the guardrail's own threads (None: the loop's default executor)

    @classmethod
    def from_settings(
        cls, settings: Settings, guard: TextGuard, pseudonymize: Pseudonymize | None = None, *,
        executor: Executor | None = None,
    ) -> ModelClient:
        """Pick the backend the settings describe (``none`` → prompt builder)."""
        return cls(make_backend(settings), guard, pseudonymize, executor=executor)

    @property
    def mode(self) -> Mode:
        """``prompt-builder`` when no model is configured: the answer is the prompt itself."""
        return self._backend.mode

    def describe(self) -> str:
        """A short, non-secret description for logs and the health endpoint."""
        return self._backend.describe()

    async def close(self) -> None:
        await self._backend.close()

    async def ask(
        self, request: PromptRequest, *, anonymize: bool = False, confirmed: frozenset[str] = frozenset(),
        on_delta: OnDelta | None = None,
    ) -> ModelAnswer:
        """``confirmed``: words the user said are no names after the guardrail asked about them.
        Only an "ask" result (every finding uncertain) can be confirmed, and only when each of
        its findings is one of those words in the exact text sent."""
        started = time.perf_counter()
        result = await self._check(request)
        if result.asks and confirmed and _all_confirmed(request.full_text, result, confirmed):
            log_event(logger, "model.ask_confirmed", task_id=request.task, count=len(result.findings))
            result = CheckResult(decision="pass")
        outgoing, restore = request, None
        if result.blocked:
            if not (anonymize and result.anonymizable):
                self._log_blocked(request, result, anonymize)
                raise GuardrailBlocked(result)
            outgoing, restore = await self._pseudonymized(request, result)

        reply_delta = on_delta
        restorer = None
        if restore is not None and on_delta is not None and self._backend.mode == "model":
            restorer = StreamRestorer(restore, on_delta)
            reply_delta = restorer.feed

        try:
            reply = await self._backend.complete(outgoing.system, outgoing.user, reply_delta)
        except ModelError as exc:
            log_event(logger, "model.failed", level=logging.WARNING, task_id=request.task, error_type=exc.kind,
                      retry_after_seconds=exc.retry_after, elapsed_ms=_ms(started))
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
            placeholders = masked_key(text, restore)
        answer = ModelAnswer(
            text=text, mode=reply.mode, model=reply.model, anonymized=restore is not None, elapsed_ms=_ms(started),
            placeholders=placeholders,
        )
        log_event(logger, "model.answer", task_id=request.task, answer_mode=answer.mode, model_id=safe_id(answer.model),
                  anonymized_flag=answer.anonymized, elapsed_ms=answer.elapsed_ms,
                  prompt_token_count=reply.prompt_tokens, completion_token_count=reply.completion_tokens)
        return answer

    # ------------------------------------------------------------------ internals

    async def _check(self, request: PromptRequest) -> CheckResult:
        # CPU work: off the event loop, on the guardrail's threads.
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._guard.check, request.full_text, request.lang)

    async def _pseudonymized(
        self, request: PromptRequest, result: CheckResult
    ) -> tuple[PromptRequest, Callable[[str], str]]:
        """Replace the findings by placeholders in system and user text; check again."""
        pseudonymize = self._pseudonymize or pseudonymizer()
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
        log_event(logger, "model.anonymized", task_id=request.task, entity_types=sorted(result.entity_counts))
        return outgoing, whole.restore

    @staticmethod
    def _log_blocked(request: PromptRequest, result: CheckResult, anonymize: bool) -> None:
        log_event(logger, "model.blocked", task_id=request.task, entity_types=sorted(result.entity_counts),
                  anonymizable_flag=result.anonymizable, anonymize_requested_flag=anonymize)


def _all_confirmed(text: str, result: CheckResult, confirmed: frozenset[str]) -> bool:
    words = {word.casefold() for word in confirmed}
    return all(text[f.start:f.end].casefold() in words for f in result.findings)


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)
