"""A long feedback comment neither freezes the event loop nor runs the guardrail past the
input cap (issue 14, item 4): /healthz is polled while the comment is handled, over real HTTP."""

from __future__ import annotations

import asyncio
import time

from bot.composition import build_components
from dialogs import messages
from tests.bot_http.helpers import serve
from tests.fakes.activities import make_invoke

WORDS = "Dette svaret var nyttig, men spørsmål tre kunne vært tydeligere om krav til erfaring. "


def _feedback(url: str, comment: str) -> dict:
    return make_invoke("message/submitAction", {
        "actionName": "feedback",
        "actionValue": {"reaction": "dislike", "feedback": f'{{"feedbackText": "{comment}"}}'}}, url)


async def _worst_health_latency(client, work) -> tuple[float, object]:
    """Run ``work`` while polling /healthz; the slowest /healthz answer in seconds, and work's result."""
    worst = 0.0
    task = asyncio.ensure_future(work)
    while not task.done():
        started = time.perf_counter()
        assert (await client.get("/healthz")).status == 200
        worst = max(worst, time.perf_counter() - started)
        await asyncio.sleep(0.02)
    return worst, await task


async def test_comment_over_the_cap_is_refused_without_the_guardrail(anonymous_settings, stub_connector, guardrail):
    settings = anonymous_settings.model_copy(update={"max_input_chars": 20_000})
    bot = build_components(settings, guardrail=guardrail, teams=True).bot
    comment = (WORDS * 2400)[:200_000]
    async with serve(settings, bot, client_max_size=1024 * 1024) as client:
        worst, response = await _worst_health_latency(
            client, client.post("/api/messages", json=_feedback(stub_connector.service_url, comment)))
        assert response.status == 200
    assert worst < 0.5
    assert stub_connector.texts() == [messages.text("network.feedback_comment_too_long", limit="20 000")]


async def test_guardrail_on_a_long_comment_runs_off_the_loop(anonymous_settings, stub_connector, guardrail):
    settings = anonymous_settings.model_copy(update={"max_input_chars": 200_000})
    bot = build_components(settings, guardrail=guardrail, teams=True).bot
    comment = (WORDS * 2400)[:150_000]
    async with serve(settings, bot, client_max_size=1024 * 1024) as client:
        started = time.perf_counter()
        worst, response = await _worst_health_latency(
            client, client.post("/api/messages", json=_feedback(stub_connector.service_url, comment)))
        elapsed = time.perf_counter() - started
        assert response.status == 200
    assert stub_connector.texts() == [messages.text("network.feedback_thanks")]
    # The check takes a while (elapsed); /healthz kept answering meanwhile.
    assert worst < min(0.5, elapsed / 4), (worst, elapsed)
