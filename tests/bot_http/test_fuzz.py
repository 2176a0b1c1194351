"""Bounded fuzz: ~700 seeded malformed activities over real HTTP into the real bot; no 5xx
except 501 (an unknown invoke), and every answer comes within the time-out (issue 14, item 5).

Replay one body with ``fuzz_bodies(SEED, COUNT, …)`` and the index the failure names."""

from __future__ import annotations

import asyncio
import socket
import time

from bot.composition import build_components
from tests.bot_http.helpers import serve
from tests.fakes.activity_fuzz import fuzz_bodies

SEED = 14
COUNT = 700
BUDGET_SECONDS = 60


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_fuzzed_activities_never_get_a_5xx(anonymous_settings, stub_connector, guardrail):
    bot = build_components(anonymous_settings, guardrail=guardrail, teams=True).bot
    dead_url = f"http://127.0.0.1:{_closed_port()}/"
    started = time.monotonic()
    failures: list[tuple[int, int, str]] = []
    statuses: dict[int, int] = {}
    async with serve(anonymous_settings, bot) as client:
        for index, body in enumerate(fuzz_bodies(SEED, COUNT, stub_connector.service_url, dead_url)):
            response = await asyncio.wait_for(client.post(
                "/api/messages", data=body, headers={"Content-Type": "application/json"}), 15)
            statuses[response.status] = statuses.get(response.status, 0) + 1
            if response.status >= 500 and response.status != 501:
                failures.append((index, response.status, body[:160].decode(errors="replace")))
            assert time.monotonic() - started < BUDGET_SECONDS, f"fuzzing took too long ({index} bodies)"
        health = await client.get("/healthz")
        assert health.status == 200
    assert sum(statuses.values()) == COUNT
    assert statuses.get(400, 0) > 0 and (statuses.get(200, 0) + statuses.get(201, 0)) > 0, statuses
    assert not failures, f"{len(failures)} of {COUNT} got 5xx; first: {failures[:5]}"
