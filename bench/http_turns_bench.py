"""Turns per second through the HTTP edge: our app vs. a stock botbuilder echo bot.

Both run in the same process and event loop, on 127.0.0.1, answering through the same
stub Bot Connector, with the same client. Ours: ``bot.http.app.create_app`` with the bot from
``build_bot_for_bench()`` answering ``/hjelp``. Stock: ``CloudAdapter`` +
``ConfigurationBotFrameworkAuthentication`` exactly as the BotBuilder samples build them,
with an echo bot. Run from the repository root: ``python -m bench.http_turns_bench [--turns 150] [--concurrency 4]``.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from types import SimpleNamespace

from aiohttp import ClientSession, web
from botbuilder.core import ActivityHandler, Bot, MessageFactory, TurnContext
from botbuilder.integration.aiohttp import (
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
)

from bot.http.app import create_app
from bot.settings import Settings
from tests.fakes.activities import make_message
from tests.fakes.stub_connector import StubConnector

TARGET_RATIO = 1.5

# About the size of the real /hjelp answer (commands, the AKTIV letters, a privacy note).
HELP_TEXT = (
    "**AKTIV hjelper deg å skrive gode instrukser til KI i rekruttering.**\n\n"
    + "\n".join(
        f"- `/{command}`: {description}"
        for command, description in [
            ("annonse", "forslag til overskrifter og forbedringer av en stillingsannonse"),
            ("oversett", "oversett en tekst til moderat nynorsk"),
            ("screening", "5-9 screeningspørsmål til en stilling"),
            ("intervju", "10-15 SAR-spørsmål til et intervju"),
            ("hjelp", "denne oversikten"),
            ("avbryt", "avbryt det du holder på med"),
        ]
    )
    + "\n\nAKTIV: Aktør, Kommando, Tiltak, Inspirasjon, Vurdering. "
    + "Ikke lim inn personopplysninger: fødselsnummer, navn, telefon, e-post, adresser, helse, "
    + "religion og andre særlige kategorier blir stoppet før noe sendes til en språkmodell. " * 3
)


class HelpBot(ActivityHandler):
    """Answers ``/hjelp`` with a fixed text of the real answer's size."""

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        if (turn_context.activity.text or "").strip() == "/hjelp":
            await turn_context.send_activity(MessageFactory.text(HELP_TEXT))


class StockEchoBot(ActivityHandler):
    async def on_message_activity(self, turn_context: TurnContext) -> None:
        await turn_context.send_activity(MessageFactory.text(f"Echo: {turn_context.activity.text}"))


def build_bot_for_bench(settings: Settings, kind: str = "aktiv") -> Bot:
    """The bot measured as "ours": the real ``AktivBot`` or the fixed-text ``HelpBot`` stand-in."""
    if kind == "help":
        return HelpBot()
    from bot.composition import build_bot

    return build_bot(settings)


def stock_echo_app() -> web.Application:
    """The BotBuilder sample way: stock CloudAdapter and configuration authentication."""
    config = SimpleNamespace(APP_ID="", APP_PASSWORD="", APP_TYPE="MultiTenant", APP_TENANTID="")
    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(config))
    bot = StockEchoBot()

    async def messages(request: web.Request) -> web.Response:
        return await adapter.process(request, bot)

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    return app


async def start(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}/api/messages"


async def drive(session: ClientSession, url: str, service_url: str, text: str, turns: int,
                concurrency: int) -> float:
    """Send ``turns`` messages (``concurrency`` at a time); return turns per second."""
    queue = list(range(turns))

    async def worker() -> None:
        while queue:
            queue.pop()
            async with session.post(url, json=make_message(text, service_url)) as response:
                if response.status != 201:
                    raise RuntimeError(f"unexpected HTTP {response.status} from {url}")

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return turns / (time.perf_counter() - started)


async def main(turns: int, concurrency: int, rounds: int, kind: str) -> int:
    settings = Settings(storage="memory")
    bot = build_bot_for_bench(settings, kind)
    async with StubConnector() as connector:
        ours_runner, ours_url = await start(create_app(settings, bot))
        stock_runner, stock_url = await start(stock_echo_app())
        try:
            async with ClientSession() as session:
                for url, text in ((ours_url, "/hjelp"), (stock_url, "hei")):  # warm-up
                    await drive(session, url, connector.service_url, text, 20, concurrency)
                results: dict[str, list[float]] = {"ours": [], "stock": []}
                for _ in range(rounds):  # interleaved so machine noise hits both alike
                    results["ours"].append(
                        await drive(session, ours_url, connector.service_url, "/hjelp", turns, concurrency))
                    results["stock"].append(
                        await drive(session, stock_url, connector.service_url, "hei", turns, concurrency))
        finally:
            await ours_runner.cleanup()
            await stock_runner.cleanup()
        expected = (20 + turns * rounds) * 2
        if len(connector.activities) != expected:
            print(f"stub connector got {len(connector.activities)} replies, expected {expected}")
            return 1
    ours, stock = statistics.median(results["ours"]), statistics.median(results["stock"])
    ratio = ours / stock
    print(f"turns: {turns} x {rounds} rounds, concurrency {concurrency}, loopback, stub connector")
    print(f"ours  (/hjelp, {type(bot).__name__}): {ours:8.1f} turns/s median "
          f"(rounds: {', '.join(f'{r:.1f}' for r in results['ours'])})")
    print(f"stock (echo, CloudAdapter):           {stock:8.1f} turns/s median "
          f"(rounds: {', '.join(f'{r:.1f}' for r in results['stock'])})")
    print(f"ratio ours/stock: {ratio:.2f} (target >= {TARGET_RATIO})")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=150)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--bot", choices=("aktiv", "help"), default="aktiv",
                        help="aktiv: the real AktivBot; help: a fixed-text /hjelp stand-in")
    args = parser.parse_args()
    sys.exit(asyncio.run(main(args.turns, args.concurrency, args.rounds, args.bot)))
