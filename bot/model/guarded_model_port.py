"""The dialogs' view of the model client: outcomes instead of exceptions.

``dialogs/`` knows only ``dialogs.ports.ModelPort``; this adapter gives it the one door
(``ModelClient.ask``), which runs the guardrail before anything else.
"""

from __future__ import annotations

from bot.model.model_client import ModelClient
from bot.model.types import GuardrailBlocked, ModelError
from dialogs.ports import Answered, Blocked, DeltaCallback, Failed, Outcome, PromptRequest


class GuardedModelPort:
    def __init__(self, client: ModelClient):
        self._client = client

    async def ask(self, request: PromptRequest, *, anonymize: bool = False, confirmed: frozenset[str] = frozenset(),
                  on_delta: DeltaCallback | None = None) -> Outcome:
        try:
            answer = await self._client.ask(request, anonymize=anonymize, confirmed=confirmed, on_delta=on_delta)
        except GuardrailBlocked as blocked:
            return Blocked(result=blocked.result, checked_text=request.full_text, mode=self._client.mode)
        except ModelError as error:
            return Failed(kind=error.kind, user_message=error.user_message)
        return Answered(text=answer.text, mode=answer.mode, model=answer.model, anonymized=answer.anonymized,
                        placeholders=answer.placeholders)
