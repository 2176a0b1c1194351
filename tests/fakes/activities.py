"""Builders for Bot Framework activities as Teams sends them (JSON dicts)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

DEFAULT_TENANT_ID = "11111111-2222-3333-4444-555555555555"
BOT_ID = "28:aktiv-bot"
USER_ID = "29:user-1"


def _base(activity_type: str, service_url: str, conversation_type: str, tenant_id: str | None,
          conversation_id: str | None) -> dict[str, Any]:
    conversation: dict[str, Any] = {
        "id": conversation_id or f"a:conv-{uuid.uuid4().hex[:12]}",
        "conversationType": conversation_type,
    }
    activity: dict[str, Any] = {
        "type": activity_type,
        "id": f"act-{uuid.uuid4().hex[:12]}",
        "timestamp": datetime.now(UTC).isoformat(),
        "channelId": "msteams",
        "serviceUrl": service_url,
        "from": {"id": USER_ID, "name": "Testbruker", "aadObjectId": "aad-user-1"},
        "recipient": {"id": BOT_ID, "name": "AKTIV"},
        "conversation": conversation,
        "locale": "nb-NO",
    }
    if tenant_id:
        conversation["tenantId"] = tenant_id
        activity["channelData"] = {"tenant": {"id": tenant_id}}
    if conversation_type == "channel":
        conversation["isGroup"] = True
    return activity


def make_message(
    text: str,
    service_url: str,
    conversation_type: str = "personal",
    tenant_id: str | None = DEFAULT_TENANT_ID,
    *,
    conversation_id: str | None = None,
    value: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A Teams ``message`` activity with ``text`` (and optionally a card-submit ``value``)."""
    activity = _base("message", service_url, conversation_type, tenant_id, conversation_id)
    activity["text"] = text
    activity["textFormat"] = "plain"
    if value is not None:
        activity["value"] = value
    return activity


def make_invoke(
    name: str,
    value: dict[str, Any],
    service_url: str,
    conversation_type: str = "personal",
    tenant_id: str | None = DEFAULT_TENANT_ID,
    *,
    conversation_id: str | None = None,
) -> dict[str, Any]:
    """A Teams ``invoke`` activity, e.g. ``adaptiveCard/action``."""
    activity = _base("invoke", service_url, conversation_type, tenant_id, conversation_id)
    activity["name"] = name
    activity["value"] = value
    return activity


def make_conversation_update(service_url: str, tenant_id: str | None = DEFAULT_TENANT_ID) -> dict[str, Any]:
    """The ``conversationUpdate`` Teams sends when the bot is installed for a user."""
    activity = _base("conversationUpdate", service_url, "personal", tenant_id, None)
    activity["membersAdded"] = [{"id": BOT_ID}]
    return activity
