"""Placeholders for anonymised values: readable names, the pseudonymizer that uses them,
the masked key a prompt-builder user gets, and restoring them in a streamed answer."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from bot.model.types import OnDelta, Pseudonymize
from dialogs import messages
from guardrails.masking import mask

PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*_\d+>")
_PLACEHOLDER_LABEL = re.compile(r"^[A-Z][A-Z_]*$")
_LABELS_KEY = "model.placeholder_labels."


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
    from guardrails.pseudonymize import pseudonymize

    return partial(pseudonymize, labels=placeholder_labels())


def masked_key(prompt: str, restore: Callable[[str], str]) -> tuple[tuple[str, str], ...]:
    """Each placeholder in ``prompt`` (reading order, once) with its value masked."""
    key = []
    for placeholder in dict.fromkeys(PLACEHOLDER.findall(prompt)):
        value = restore(placeholder)
        if value != placeholder:  # one of ours, not a text that merely looks like one
            key.append((placeholder, mask(value)))
    return tuple(key)


class StreamRestorer:
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
