"""log_event accepts ids/counts/types only; connector clients are reused across turns."""

from __future__ import annotations

import json
import logging

import pytest

from bot.http.adapter import build_adapter
from bot.logging_setup import DROPPED_FIELDS, JsonLineFormatter, SensitiveDataFilter, log_event
from tests.bot_http.bots import EchoBot
from tests.bot_http.helpers import serve
from tests.fakes.activities import make_message


@pytest.mark.parametrize(
    ("fields", "accepted"),
    [
        ({"conversation_id": "a:conv-1", "finding_count": 2}, True),
        ({"entity_types": ["NO_FNR", "PERSON"], "elapsed_ms": 12.5}, True),
        ({"tenant_id": None, "blocked_status": True}, True),
        ({"text": "Kari Nordmann"}, False),
        ({"user_name": "Kari"}, False),
        ({"conversation_id": "Kari Nordmann har 01017012345"}, False),
        ({"entity_types": ["ok", "not ok"]}, False),
        ({"finding_count": {"nested": 1}}, False),
    ],
    ids=["ids-counts", "types-timing", "none-bool", "text-field", "name-field", "id-with-spaces",
         "type-list-with-spaces", "nested-value"],
)
def test_log_event_fields(caplog, fields, accepted):
    logger = logging.getLogger("aktiv.test")
    caplog.set_level(logging.INFO, logger="aktiv.test")
    if accepted:
        log_event(logger, "guardrail.checked", **fields)
        line = json.loads(JsonLineFormatter().format(caplog.records[-1]))
        assert line["event"] == "guardrail.checked"
        assert {key: line[key] for key in fields} == {k: list(v) if isinstance(v, tuple) else v
                                                       for k, v in fields.items()}
    else:  # never raises: the value is masked, or the field dropped and counted
        log_event(logger, "guardrail.checked", **fields)
        rendered = JsonLineFormatter().format(caplog.records[-1])
        line = json.loads(rendered)
        assert line["event"] == "guardrail.checked"
        for secret in ("Kari", "Nordmann", "01017012345", "not ok", "nested"):
            assert secret not in rendered
        for key, value in fields.items():
            if key in line:
                assert line[key] != value
            else:
                assert line[DROPPED_FIELDS] >= 1


@pytest.mark.parametrize("conversation_id", [
    "19:abc@thread.tacv2;messageid=1733590000000",
    "a" * 300,
    "id med mellomrom",
    "\ud800",
    "æøå\x00",
])
def test_log_event_never_raises_on_odd_ids(caplog, conversation_id):
    caplog.set_level(logging.INFO, logger="aktiv.test")
    log_event(logging.getLogger("aktiv.test"), "turn.error", conversation_id=conversation_id, **{"bad name": 1})
    line = json.loads(JsonLineFormatter().format(caplog.records[-1]))
    if conversation_id.startswith("19:"):
        assert line["conversation_id"] == conversation_id  # channel threads stay readable
    else:
        assert line["conversation_id"].startswith("h:") and len(line["conversation_id"]) == 14
    assert line[DROPPED_FIELDS] == 1


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("user 01017012345 said", "user <digits> said"),
        ("phone 912 34 567", "phone <digits>"),
        ("account 1234.56.78903", "account <digits>"),
        ("took 1234 ms for 3 findings", "took 1234 ms for 3 findings"),
    ],
    ids=["fnr", "phone", "account", "short-numbers-kept"],
)
def test_sensitive_data_filter_masks_long_digit_runs(message, expected):
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "%s", (message,), None)
    SensitiveDataFilter().filter(record)
    assert record.getMessage() == expected


async def test_connector_client_is_reused_across_turns(anonymous_settings, stub_connector):
    adapter = build_adapter(anonymous_settings)
    turns = 5
    async with serve(anonymous_settings, EchoBot(), adapter=adapter) as client:
        for index in range(turns):
            response = await client.post("/api/messages", json=make_message(f"melding {index}",
                                                                          stub_connector.service_url))
            assert response.status == 201
    cache = adapter.connector_cache
    assert (len(cache), cache.misses, cache.hits) == (1, 1, turns - 1)
    assert len(stub_connector.activities) == turns
