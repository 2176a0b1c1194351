"""Only organisations on the allow-list may use the bot.

Activities from any other Microsoft Entra tenant get one polite Norwegian reply (to
messages; other activity types are dropped silently) and never reach the bot. The tenant is
read by the one resolver (``bot.tenant``); an activity whose two tenant fields disagree is
refused whether or not an allow-list is set.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable

from botbuilder.core import Middleware, TurnContext
from botbuilder.schema import ActivityTypes

from bot.logging_setup import log_event
from bot.tenant import tenant_of
from dialogs import messages

LOGGER = logging.getLogger("aktiv.tenant")


class TenantAllowListMiddleware(Middleware):
    """Stops activities from tenants not in ``allowed_tenants`` (no-op when it is empty)."""

    def __init__(self, allowed_tenants: Iterable[str]) -> None:
        self._allowed = frozenset(tenant.strip().lower() for tenant in allowed_tenants if tenant.strip())

    async def on_turn(self, context: TurnContext, logic: Callable[[], Awaitable]) -> None:
        tenant = tenant_of(context.activity)
        if not tenant.mismatch and (not self._allowed or (tenant.tenant_id or "").lower() in self._allowed):
            await logic()
            return
        log_event(
            LOGGER,
            "tenant.refused",
            level=logging.WARNING,
            tenant_id=tenant.tenant_id if tenant.tenant_id is None or _id_like(tenant.tenant_id) else "invalid",
            reason="mismatch" if tenant.mismatch else "not_allowed",
            activity_type=context.activity.type,
        )
        if context.activity.type == ActivityTypes.message:
            await context.send_activity(messages.text("bot.tenant_refused"))


def _id_like(value: str) -> bool:
    return len(value) <= 64 and all(ch.isalnum() or ch == "-" for ch in value)
