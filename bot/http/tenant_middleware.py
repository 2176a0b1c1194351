"""Only organisations on the allow-list may use the bot; the one tenant resolver.

Teams sends the tenant twice, in ``channelData.tenant.id`` and ``conversation.tenantId``.
The allow-list here and everything that stores per tenant (``bot.network.identity``) read it
with ``tenant_of``, in one order: ``channelData`` first, then the conversation, lower case.
When both are given and differ, the activity names no tenant we can trust (``mismatch``) and
is refused whether or not an allow-list is set; otherwise one check could admit a tenant that
another part then stores under a different one.

Activities from any other Microsoft Entra tenant get one polite Norwegian reply (to
messages; other activity types are dropped silently) and never reach the bot.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass

from botbuilder.core import Middleware, TurnContext
from botbuilder.schema import Activity, ActivityTypes

from bot.logging_setup import log_event
from dialogs import messages

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class TenantOf:
    tenant_id: str | None  # lower case; None when the activity names none (or names two)
    mismatch: bool = False


def _channel_data_tenant(activity: Activity) -> str | None:
    channel_data = activity.channel_data
    if isinstance(channel_data, dict):
        tenant = channel_data.get("tenant")
        value = tenant.get("id") if isinstance(tenant, dict) else None
    else:  # a TeamsChannelData model
        value = getattr(getattr(channel_data, "tenant", None), "id", None)
    return value if isinstance(value, str) and value else None


def _conversation_tenant(activity: Activity) -> str | None:
    conversation = activity.conversation
    if conversation is None:
        return None
    # botbuilder-schema maps ``tenantID``; Teams sends ``tenantId``, which lands in additional_properties.
    extra = getattr(conversation, "additional_properties", None) or {}
    value = getattr(conversation, "tenant_id", None) or extra.get("tenantId")
    return value if isinstance(value, str) and value else None


def tenant_of(activity: Activity) -> TenantOf:
    """The activity's tenant: ``channelData`` first, then the conversation; two that differ: mismatch."""
    from_channel, from_conversation = _channel_data_tenant(activity), _conversation_tenant(activity)
    if from_channel and from_conversation and from_channel.lower() != from_conversation.lower():
        return TenantOf(tenant_id=None, mismatch=True)
    tenant = from_channel or from_conversation
    return TenantOf(tenant_id=tenant.lower() if tenant else None)  # tenant ids are GUIDs: one spelling


def tenant_id_of(activity: Activity) -> str | None:
    """The tenant ``tenant_of`` reads (None when the activity names none or two)."""
    return tenant_of(activity).tenant_id


class TenantAllowListMiddleware(Middleware):
    """Stops activities from tenants not in ``allowed_tenants`` (only mismatches when it is empty)."""

    def __init__(self, allowed_tenants: Iterable[str]) -> None:
        self._allowed = frozenset(tenant.strip().lower() for tenant in allowed_tenants if tenant.strip())

    async def on_turn(self, context: TurnContext, logic: Callable[[], Awaitable]) -> None:
        tenant = tenant_of(context.activity)
        if not tenant.mismatch and (not self._allowed or (tenant.tenant_id or "") in self._allowed):
            await logic()
            return
        log_event(
            logger,
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
