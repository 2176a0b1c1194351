"""Bot Connector calls: msrest's requests-in-threads pipeline vs. our aiohttp pipeline.

The same botframework ``ConnectorClient`` (anonymous credentials) sends ``reply_to_activity``
to the stub Bot Connector on 127.0.0.1, first as the SDK ships it, then with
``install_aiohttp_pipeline``. Prints calls/s and p50/p95 latency per call at each concurrency.
Run: ``python -m bench.connector_bench [--calls 400]``.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

from botbuilder.schema import Activity
from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import MicrosoftAppCredentials

from bot.http.connector_transport import ConnectorHttp, install_aiohttp_pipeline
from tests.fakes.stub_connector import StubConnector


async def run(client: ConnectorClient, calls: int, concurrency: int) -> tuple[float, list[float]]:
    latencies: list[float] = []
    queue = list(range(calls))

    async def worker() -> None:
        while queue:
            queue.pop()
            started = time.perf_counter()
            await client.conversations.reply_to_activity(
                "a:bench", "act-1", Activity(type="message", text="Hei! " * 40))
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - started, latencies


async def main(calls: int) -> None:
    async with StubConnector() as stub:
        http = ConnectorHttp()
        clients = {
            "msrest+requests (SDK)": ConnectorClient(MicrosoftAppCredentials("", ""), base_url=stub.service_url),
            "aiohttp (ours)": install_aiohttp_pipeline(
                ConnectorClient(MicrosoftAppCredentials("", ""), base_url=stub.service_url), http),
        }
        for concurrency in (1, 20):
            for name, client in clients.items():
                await run(client, 20, concurrency)  # warm up
                elapsed, latencies = await run(client, calls, concurrency)
                latencies.sort()
                print(f"{name:22s} concurrency {concurrency:2d}: {calls / elapsed:7.0f} calls/s  "
                      f"p50 {statistics.median(latencies) * 1000:6.1f} ms  "
                      f"p95 {latencies[int(len(latencies) * 0.95)] * 1000:6.1f} ms")
        await http.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=400)
    asyncio.run(main(parser.parse_args().calls))
