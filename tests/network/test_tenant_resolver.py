"""One tenant resolver, one order (issue 14, item 7): the allow-list and the per-tenant stores
read the same tenant from every shape of activity."""

from __future__ import annotations

import pytest
from botbuilder.core import TurnContext
from botbuilder.schema import Activity

from bot.http.tenant_middleware import tenant_of
from bot.network.identity import NO_TENANT
from bot.network.identity import tenant_of as identity_tenant

A, B = "aaaaaaaa-0000-0000-0000-000000000001", "bbbbbbbb-0000-0000-0000-000000000002"


def _activity(channel_tenant, conversation_tenant) -> Activity:
    body = {"type": "message", "conversation": {"id": "a:1"}, "channelId": "msteams"}
    if channel_tenant is not None:
        body["channelData"] = {"tenant": {"id": channel_tenant}}
    if conversation_tenant is not None:
        body["conversation"]["tenantId"] = conversation_tenant
    return Activity().deserialize(body)


@pytest.mark.parametrize("channel, conversation, expected, mismatch", [
    (A, A, A, False),
    (A, None, A, False),
    (None, A, A, False),
    (A.upper(), A, A, False),
    (A, B, None, True),
    (None, None, None, False),
])
def test_one_resolver(channel, conversation, expected, mismatch):
    activity = _activity(channel, conversation)
    assert tenant_of(activity).tenant_id == expected and tenant_of(activity).mismatch is mismatch
    # The identity the stores key on reads the same tenant.
    assert identity_tenant(TurnContext(object(), activity)) == (expected or NO_TENANT)
