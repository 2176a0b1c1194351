"""Each malformed activity issue 14 (item 5) found answered with 500 gets 400 (or a 2xx and a
polite reply when the activity itself is valid), over real HTTP into the real bot."""

from __future__ import annotations

import json

from bot.composition import build_components
from tests.bot_http.helpers import serve
from tests.fakes.activities import make_conversation_update, make_invoke, make_message


def _without(activity: dict, key: str) -> dict:
    del activity[key]
    return activity


def _with(activity: dict, path: tuple, value) -> dict:
    target = activity
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return activity


def cases(url: str) -> list[tuple[str, bytes | dict, set[int]]]:
    deep = ('{"type":"message","text":"x","value":' + "[" * 1000 + "]" * 1000 + "}").encode()
    return [
        ("nested-1000", deep, {400}),
        ("card-action-null", make_invoke("adaptiveCard/action", None, url), {400}),
        ("card-action-empty", make_invoke("adaptiveCard/action", {}, url), {200, 400}),
        ("task-fetch-list", make_invoke("task/fetch", [], url), {400}),
        ("task-submit-str", make_invoke("task/submit", "x", url), {400}),
        ("task-submit-zero", make_invoke("task/submit", 0, url), {400}),
        ("no-conversation", _without(make_message("hei", url), "conversation"), {400}),
        ("no-channel-id", _without(make_message("hei", url), "channelId"), {400}),
        ("tenant-string", _with(make_message("hei", url), ("channelData", "tenant"), "abc"), {400}),
        ("tenant-number", _with(make_message("hei", url), ("channelData", "tenant"), 7), {400}),
        ("mention-without-text", _with(make_message("hei", url), ("entities",),
                                       [{"type": "mention", "mentioned": {"id": "28:aktiv-bot"}}]), {400}),
        ("mention-as-regex", _with(make_message("<at>[</at> /hjelp", url), ("entities",),
                                   [{"type": "mention", "text": "<at>[</at>", "mentioned": {"id": "28:aktiv-bot"}}]),
         {201}),
        ("lone-surrogate-id", _with(make_message("hei", url), ("conversation", "id"), "\ud800"), {400}),
        ("bad-download-url", _with(make_message("/annonse", url), ("attachments",), [{
            "contentType": "application/vnd.microsoft.teams.file.download.info", "name": "a.txt",
            "content": {"downloadUrl": "http://[::1", "fileType": "txt"}}]), {201}),
        ("service-url-not-a-url", _with(make_message("hei", url), ("serviceUrl",), "x"), {400}),
        ("member-unknown-to-connector", _with(make_conversation_update(url), ("membersAdded",),
                                              [{"id": "29:not-in-roster"}]), {201}),
    ]


async def test_malformed_activities_get_4xx_or_a_polite_2xx(anonymous_settings, stub_connector, guardrail):
    bot = build_components(anonymous_settings, guardrail=guardrail, teams=True).bot
    async with serve(anonymous_settings, bot) as client:
        for name, body, expected in cases(stub_connector.service_url):
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            before = len(stub_connector.activities)
            response = await client.post("/api/messages", data=data, headers={"Content-Type": "application/json"})
            assert response.status in expected, (name, response.status, await response.text())
            if response.status == 400:
                assert {"error", "value"} & set(await response.json())
                assert len(stub_connector.activities) == before, name  # nothing sent for a rejected activity
            elif name in ("mention-as-regex", "bad-download-url", "member-unknown-to-connector"):
                assert len(stub_connector.activities) > before, name  # the user got an answer
