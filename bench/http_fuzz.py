"""Seeded fuzzing of /api/messages: how many malformed activities get a 5xx (501 aside).

The real bot as ``python -m bot serve`` builds it (anonymous mode, memory storage, prompt-builder
mode), on 127.0.0.1, replies to the stub Bot Connector; the same generator as
tests/bot_http/test_fuzz.py. Prints status counts, the 5xx count and the slowest kinds.
Run: ``python -m bench.http_fuzz [--count 1700] [--seed 14]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import time
from collections import Counter

from aiohttp.test_utils import TestClient, TestServer

from bot.composition import build_components
from bot.http.app import create_app
from bot.settings import Settings
from tests.fakes.activity_fuzz import fuzz_bodies
from tests.fakes.stub_connector import StubConnector


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _kind(body: bytes) -> str:
    try:
        activity = json.loads(body)
        return f"{activity.get('type')}:{activity.get('name', '')}"[:40]
    except Exception:  # a body that is not JSON is a kind of its own
        return "not-json"


async def main(count: int, seed: int) -> None:
    settings = Settings(storage="memory")
    bot = build_components(settings, teams=True).bot
    statuses: Counter[int] = Counter()
    failed_kinds: Counter[str] = Counter()
    slow: list[tuple[float, str]] = []
    async with StubConnector() as connector:
        async with TestClient(TestServer(create_app(settings, bot), host="127.0.0.1")) as client:
            dead_url = f"http://127.0.0.1:{_closed_port()}/"
            started = time.perf_counter()
            for body in fuzz_bodies(seed, count, connector.service_url, dead_url):
                t0 = time.perf_counter()
                response = await client.post("/api/messages", data=body, headers={"Content-Type": "application/json"})
                elapsed = time.perf_counter() - t0
                statuses[response.status] += 1
                if response.status >= 500 and response.status != 501:
                    failed_kinds[_kind(body)] += 1
                slow.append((elapsed, _kind(body)))
            total = time.perf_counter() - started
    five_xx = sum(n for status, n in statuses.items() if status >= 500 and status != 501)
    print(f"bodies {count} seed {seed} in {total:.1f} s")
    print("statuses", dict(sorted(statuses.items())))
    print(f"5xx (not 501): {five_xx}")
    print("5xx by kind", dict(failed_kinds.most_common(12)))
    slow.sort(reverse=True)
    print("slowest", [(round(s * 1000), k) for s, k in slow[:8]])


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1700)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    asyncio.run(main(args.count, args.seed))
