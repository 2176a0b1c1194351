"""The one tenant resolver: which Microsoft Entra tenant an activity comes from.

Teams sends the tenant twice, in ``channelData.tenant.id`` and ``conversation.tenantId``.
The allow-list (``bot.http.tenant_middleware``) and everything that stores per tenant
(``bot.network.identity``) read it here, in one order: ``channelData`` first, then the
conversation. When both are given and differ, the activity names no tenant we can trust
(``mismatch``) and is refused; otherwise one check could admit a tenant that another part then
stores under a different one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TenantOf:
    tenant_id: str | None  # lower case; None when the activity names none (or names two)
    mismatch: bool = False


def _channel_data_tenant(activity: object) -> str | None:
    channel_data = getattr(activity, "channel_data", None)
    if isinstance(channel_data, dict):
        tenant = channel_data.get("tenant")
        value = tenant.get("id") if isinstance(tenant, dict) else None
    else:  # a TeamsChannelData model
        value = getattr(getattr(channel_data, "tenant", None), "id", None)
    return value if isinstance(value, str) and value else None


def _conversation_tenant(activity: object) -> str | None:
    conversation = getattr(activity, "conversation", None)
    if conversation is None:
        return None
    # botbuilder-schema maps ``tenantID``; Teams sends ``tenantId``, which lands in additional_properties.
    extra = getattr(conversation, "additional_properties", None) or {}
    value = getattr(conversation, "tenant_id", None) or extra.get("tenantId")
    return value if isinstance(value, str) and value else None


def tenant_of(activity: object) -> TenantOf:
    from_channel, from_conversation = _channel_data_tenant(activity), _conversation_tenant(activity)
    if from_channel and from_conversation and from_channel.lower() != from_conversation.lower():
        return TenantOf(tenant_id=None, mismatch=True)
    tenant = from_channel or from_conversation
    return TenantOf(tenant_id=tenant.lower() if tenant else None)  # tenant ids are GUIDs: one spelling
