"""One stuck serviceUrl delays nobody else (issue 14, item 3): eight turns whose serviceUrl is a
tarpit (accepts, never answers) and, meanwhile, another user's /hjelp at a working connector."""

from __future__ import annotations

import asyncio
import time

from bot.composition import build_components
from tests.bot_http.helpers import serve
from tests.fakes.activities import make_message
from tests.fakes.tarpit import Tarpit

TIMEOUT = 2.0


async def test_a_tarpit_service_url_does_not_starve_other_conversations(anonymous_settings, stub_connector,
                                                                         guardrail):
    settings = anonymous_settings.model_copy(update={"connector_timeout_seconds": TIMEOUT})
    bot = build_components(settings, guardrail=guardrail, teams=True).bot
    async with Tarpit() as pit, serve(settings, bot) as client:
        stuck = [asyncio.ensure_future(client.post("/api/messages", json=make_message(
            "/hjelp", pit.url, conversation_id=f"a:stuck-{n}"))) for n in range(8)]
        while pit.connections < 8:  # every stuck turn is waiting at the tarpit
            await asyncio.sleep(0.05)
        started = time.perf_counter()
        response = await client.post("/api/messages", json=make_message(
            "/hjelp", stub_connector.service_url, conversation_id="a:other-user"))
        other_user_seconds = time.perf_counter() - started
        assert response.status == 201
        assert stub_connector.activities, "the other user got the help card"
        assert other_user_seconds < 1.5, other_user_seconds

        started = time.perf_counter()
        statuses = [r.status for r in await asyncio.gather(*stuck)]
        # Each stuck turn gives up after the time-out (its reply, then its apology): no 5xx.
        assert statuses == [200] * 8
        assert time.perf_counter() - started < 2 * TIMEOUT + 2


async def test_a_refusing_service_url_fails_fast(anonymous_settings, guardrail):
    """msrest retried a refused connection with back-off (~10 s a turn); now it is one attempt."""
    bot = build_components(anonymous_settings, guardrail=guardrail, teams=True).bot
    async with Tarpit() as pit:
        dead_url = pit.url
    async with serve(anonymous_settings, bot) as client:
        started = time.perf_counter()
        response = await client.post("/api/messages", json=make_message("/hjelp", dead_url))
        assert response.status == 200 and (await response.json()) == {"error": "turn_failed"}
        assert time.perf_counter() - started < 2.0
