"""Is a request body an activity botbuilder 4.17.1 can handle without crashing?

The SDK trusts the shape of what the channel sends: an activity without ``conversation``
raises ``TypeError`` in ``ConversationState``, a mention entity without ``text`` a
``KeyError`` in ``remove_recipient_mention``, ``channelData.tenant`` as a string an
``AttributeError``, an invoke whose value is a list a ``DeserializationError``, a lone
surrogate in an id a ``UnicodeEncodeError`` when the reply URL is built. Each of those would
be an HTTP 500 after the turn started. ``activity_problem`` checks the JSON body once, before
the turn, and names the first problem (a short reason for logs and the 400 body); None means
the activity is well-formed. It does not judge content: a valid activity with odd text is
the bot's to answer politely.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from botbuilder.schema.teams import TeamsChannelData

MAX_ID_CHARS = 1024
# Invokes whose handlers (SDK or ours) read ``value`` as an object.
OBJECT_VALUE_INVOKES = frozenset({
    "adaptiveCard/action", "task/fetch", "task/submit", "message/submitAction", "composeExtension/query",
    "composeExtension/submitAction", "composeExtension/fetchTask", "composeExtension/queryLink",
    "composeExtension/selectItem", "composeExtension/setting", "composeExtension/querySettingUrl",
    "composeExtension/onCardButtonClicked", "composeExtension/anonymousQueryLink", "signin/verifyState",
    "signin/tokenExchange", "fileConsent/invoke", "actionableMessage/executeAction", "config/fetch",
    "config/submit", "tab/fetch", "tab/submit", "handoff/action",
})


def activity_problem(body: dict[str, Any]) -> str | None:
    """Why ``body`` is not an activity we can run a turn for, or None."""
    if not _encodable(body):
        return "invalid_unicode"
    for check in (_scalars, _addressing, _channel_data, _entities, _attachments, _members, _invoke_value):
        problem = check(body)
        if problem:
            return problem
    return None


def _encodable(value: Any) -> bool:
    """No lone surrogates anywhere (they cannot be sent on, logged or stored as UTF-8)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return False
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return True


def _id_ok(value: Any, *, required: bool = True) -> bool:
    if value is None:
        return not required
    return isinstance(value, str) and (bool(value) or not required) and len(value) <= MAX_ID_CHARS


def _account_ok(value: Any) -> bool:
    return isinstance(value, dict) and _id_ok(value.get("id"), required=False)


def _scalars(body: dict[str, Any]) -> str | None:
    for key in ("name", "text", "locale", "textFormat", "summary"):
        if body.get(key) is not None and not isinstance(body[key], str):
            return f"invalid_{key.lower()}"
    return None


def _addressing(body: dict[str, Any]) -> str | None:
    if not _id_ok(body.get("channelId")):
        return "missing_channel_id"
    conversation = body.get("conversation")
    if not isinstance(conversation, dict) or not _id_ok(conversation.get("id")):
        return "missing_conversation_id"
    if not _id_ok(conversation.get("tenantId"), required=False):
        return "invalid_tenant_id"
    if not _account_ok(body.get("from")) or not _account_ok(body.get("recipient")):
        return "missing_from_or_recipient"
    if not _id_ok(body.get("id"), required=False) or not _id_ok(body.get("replyToId"), required=False):
        return "invalid_activity_id"
    return _service_url_problem(body.get("serviceUrl"))


def _service_url_problem(url: Any) -> str | None:
    if not isinstance(url, str) or not url or len(url) > MAX_ID_CHARS:
        return "invalid_service_url"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return "invalid_service_url"
    if parts.scheme not in ("https", "http") or not parts.hostname or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return "invalid_service_url"
    return None


def _channel_data(body: dict[str, Any]) -> str | None:
    data = body.get("channelData")
    if data is None:
        return None
    if not isinstance(data, dict):
        return "invalid_channel_data"
    tenant = data.get("tenant")
    if tenant is not None and not (isinstance(tenant, dict) and _id_ok(tenant.get("id"), required=False)):
        return "invalid_channel_data_tenant"
    for key in ("team", "channel", "meeting", "settings", "notification", "onBehalfOf"):
        if data.get(key) is not None and not isinstance(data[key], (dict, list)):
            return "invalid_channel_data"
    try:
        TeamsChannelData().deserialize(data)  # what TeamsActivityHandler does with it
    except Exception:  # msrest raises several kinds on wrong field types
        return "invalid_channel_data"
    return None


def _entities(body: dict[str, Any]) -> str | None:
    entities = body.get("entities")
    if entities is None:
        return None
    if not isinstance(entities, list) or not all(isinstance(entity, dict) and isinstance(entity.get("type"), str)
                                                 for entity in entities):
        return "invalid_entities"
    for entity in entities:
        if entity.get("type") == "mention":
            mentioned = entity.get("mentioned")
            if not isinstance(entity.get("text"), str) or not _account_ok(mentioned):
                return "invalid_mention"
    return None


def _attachments(body: dict[str, Any]) -> str | None:
    attachments = body.get("attachments")
    if attachments is None:
        return None
    if not isinstance(attachments, list) or not all(isinstance(item, dict) for item in attachments):
        return "invalid_attachments"
    return None


def _members(body: dict[str, Any]) -> str | None:
    for key in ("membersAdded", "membersRemoved"):
        members = body.get(key)
        if members is not None and not (isinstance(members, list) and all(_account_ok(m) for m in members)):
            return "invalid_members"
    return None


def _invoke_value(body: dict[str, Any]) -> str | None:
    if body.get("type") == "invoke" and body.get("name") in OBJECT_VALUE_INVOKES:
        if not isinstance(body.get("value"), dict):
            return "invalid_invoke_value"
    return None
