"""The tenant of the turn being handled, for collaborators that get no turn context
(the counting model port). Set by ``NetworkMiddleware`` for the duration of a turn."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from bot.network.identity import NO_TENANT


class TurnScope:
    def __init__(self) -> None:
        self._tenant: ContextVar[str] = ContextVar("aktiv_turn_tenant", default=NO_TENANT)

    @contextmanager
    def enter(self, tenant: str) -> Iterator[None]:
        token = self._tenant.set(tenant)
        try:
            yield
        finally:
            self._tenant.reset(token)

    def tenant(self) -> str:
        return self._tenant.get()
