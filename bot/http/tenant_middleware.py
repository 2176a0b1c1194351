"""Only organisations on the allow-list may use the bot.

Activities from any other Microsoft Entra tenant get one polite Norwegian reply (to
messages; other activity types are dropped silently) and never reach the bot.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable

from botbuilder.core import Middleware, TurnContext
from botbuilder.schema import Activity, ActivityTypes

from bot.logging_setup import log_event
from dialogs import messages

logger = logging.getLogger(__name__)


def tenant_id_of(activity: Activity) -> str | None:
    """The tenant in ``channelData.tenant.id`` (Teams), else ``conversation.tenantId``."""
    channel_data = activity.channel_data
    if isinstance(channel_data, dict):
        tenant = channel_data.get("tenant")
        if isinstance(tenant, dict) and isinstance(tenant.get("id"), str) and tenant["id"]:
            return tenant["id"]
    elif channel_data is not None:  # a TeamsChannelData model
        tenant_id = getattr(getattr(channel_data, "tenant", None), "id", None)
        if isinstance(tenant_id, str) and tenant_id:
            return tenant_id
    conversation = activity.conversation
    if conversation is None:
        return None
    # botbuilder-schema maps ``tenantID``; Teams sends ``tenantId``, which lands in additional_properties.
    extra = getattr(conversation, "additional_properties", None) or {}
    return conversation.tenant_id or extra.get("tenantId") or None


class TenantAllowListMiddleware(Middleware):
    """Stops activities from tenants not in ``allowed_tenants`` (no-op when it is empty)."""

    def __init__(self, allowed_tenants: Iterable[str]) -> None:
        self._allowed = frozenset(tenant.strip().lower() for tenant in allowed_tenants if tenant.strip())

    async def on_turn(self, context: TurnContext, logic: Callable[[], Awaitable]) -> None:
        if not self._allowed:
            await logic()
            return
        tenant_id = tenant_id_of(context.activity)
        if tenant_id is not None and tenant_id.lower() in self._allowed:
            await logic()
            return
        log_event(
            logger,
            "tenant.refused",
            level=logging.WARNING,
            tenant_id=tenant_id if tenant_id is None or _id_like(tenant_id) else "invalid",
            activity_type=context.activity.type,
        )
        if context.activity.type == ActivityTypes.message:
            await context.send_activity(messages.text("bot.tenant_refused"))


def _id_like(value: str) -> bool:
    return len(value) <= 64 and all(ch.isalnum() or ch == "-" for ch in value)
