"""A seeded generator of malformed and odd Bot Framework activities (request bodies).

``fuzz_bodies(seed, count, service_url, dead_url)`` yields raw JSON bodies (bytes): valid
Teams activities of every kind we handle, then mutated — fields dropped or given the wrong
type, odd ids (channel threads with ``;messageid=``, spaces, 300 characters, lone
surrogates), deep nesting, malformed attachment URLs, a serviceUrl nobody answers at. The
same seed gives the same bodies, so a failure can be replayed (the test prints the index).
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator
from typing import Any

from tests.fakes.activities import make_conversation_update, make_invoke, make_message

FILE_DOWNLOAD_INFO = "application/vnd.microsoft.teams.file.download.info"

ODD_VALUES: list[Any] = [
    None, "", "x", 0, -1, 1.5, True, [], {}, [1, "a"], {"a": None}, "\ud800", "a\u0000b", " ",
    "x" * 300, "19:abc@thread.tacv2;messageid=1733590000000", "id med mellomrom", {"id": None},
    {"id": 42}, {"id": "\udfff"}, ["\ud800"],
]
ODD_IDS = ["19:abc@thread.tacv2;messageid=1733590000000", "id med mellomrom", "a" * 300, "\ud800", "",
           "a:b/c?d#e", "æøå", "../../etc"]
INVOKE_NAMES = ["adaptiveCard/action", "task/fetch", "task/submit", "message/submitAction",
                "composeExtension/query", "signin/verifyState", "fileConsent/invoke", "actionableMessage/executeAction",
                "ukjent/invoke", ""]
TEXTS = ["/hjelp", "/screening", "hei", "send", "prøv igjen", "/avbryt", "/annonse Vi søker en rådgiver", "",
         "<at>AKTIV</at> /hjelp", "/lagre tittel delt", "/banken", "/glem", "/statistikk", "/del kanal"]


def _base(rng: random.Random, service_url: str) -> dict[str, Any]:
    kind = rng.choice(["message", "message", "invoke", "invoke", "update", "typing", "event", "odd"])
    if kind == "message":
        activity = make_message(rng.choice(TEXTS), service_url, conversation_type=rng.choice(["personal", "channel"]))
        if rng.random() < 0.3:
            activity["value"] = rng.choice([{"action": "send"}, {"action": rng.choice(ODD_VALUES)}, []])
        if rng.random() < 0.2:
            activity["attachments"] = [{"contentType": FILE_DOWNLOAD_INFO, "name": "a.txt", "content": {
                "downloadUrl": rng.choice(["http://[::1", "https://", "ftp://x", "https://contoso.sharepoint.com:0/x",
                                           "https://[fe80::1%25eth0]/x", 7, None]),
                "fileType": rng.choice(["txt", "docx", None, 3])}}]
        if rng.random() < 0.2:
            activity["entities"] = [rng.choice([{"type": "mention"}, {"type": "mention", "text": None},
                                                {"type": "mention", "mentioned": "x"}, {"type": "clientInfo"},
                                                "x", None])]
        return activity
    if kind == "invoke":
        value = rng.choice([None, {}, [], "x", 0, {"action": {"type": "Action.Execute", "verb": None}},
                            {"actionName": "feedback", "actionValue": {"reaction": "like", "feedback": "x" * 50}},
                            {"actionName": "feedback", "actionValue": "x"}, {"data": []}])
        return make_invoke(rng.choice(INVOKE_NAMES), value, service_url)
    if kind == "update":
        activity = make_conversation_update(service_url)
        activity["membersAdded"] = rng.choice([[{"id": "29:someone"}], [], None, "x", [None], [{"id": None}]])
        return activity
    activity = make_message("hei", service_url)
    activity["type"] = rng.choice(["typing", "event", "messageReaction", "installationUpdate", "endOfConversation",
                                   "messageUpdate", "messageDelete", "trace", "handoff", "ukjent"])
    return activity


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*prefix, index))
    return found


def _set(activity: dict, path: tuple, value: Any, *, delete: bool = False) -> None:
    target: Any = activity
    for key in path[:-1]:
        target = target[key]
    if delete and isinstance(target, dict):
        del target[path[-1]]
    else:
        target[path[-1]] = value


def _mutate(rng: random.Random, activity: dict, dead_url: str) -> dict | bytes:
    roll = rng.random()
    if roll < 0.03:
        depth = rng.choice([200, 1000, 5000])
        return ('{"type":"message","text":"hei","value":' + "[" * depth + "]" * depth + "}").encode()
    if roll < 0.06:
        activity["serviceUrl"] = rng.choice([dead_url, "", "x", "http://[::1", 7, None, "file:///etc/passwd"])
        return activity
    if roll < 0.12:
        where = rng.choice([("conversation", "id"), ("from", "id"), ("recipient", "id"), ("id",), ("replyToId",)])
        if where[0] in activity and (len(where) == 1 or isinstance(activity[where[0]], dict)):
            _set(activity, where, rng.choice(ODD_IDS))
        return activity
    if roll < 0.18:
        activity["channelData"] = rng.choice([{"tenant": "abc"}, {"tenant": 7}, {"tenant": {"id": 7}}, "x", [],
                                              {"tenant": None}, {"tenant": {"id": "\ud800"}}, None])
        return activity
    for _ in range(rng.randint(1, 3)):
        paths = _paths(activity)
        if not paths:
            break
        path = rng.choice(paths)
        if rng.random() < 0.4:
            _set(activity, path, None, delete=True)
        else:
            _set(activity, path, copy.deepcopy(rng.choice(ODD_VALUES)))
    return activity


def fuzz_bodies(seed: int, count: int, service_url: str, dead_url: str) -> Iterator[bytes]:
    rng = random.Random(seed)
    for _ in range(count):
        activity = _base(rng, service_url)
        if rng.random() < 0.85:
            mutated = _mutate(rng, activity, dead_url)
        else:
            mutated = activity
        if isinstance(mutated, bytes):
            yield mutated
        else:
            yield json.dumps(mutated).encode()
