"""Load: N concurrent conversations against ``python -m bot serve`` (issue 14, item 10).

Three processes on 127.0.0.1: the bot (SQLite state, streaming on), a fake streaming OpenAI
model (``tests.e2e.slow_model_server``, its own process so it does not steal the bot's time),
and this script (load generator + stub Bot Connector). Every conversation sends
``/screening`` + a 2,000-character job ad (→ preview), then, once all have their preview,
``send`` (→ guardrail, streamed model answer, final message). A turn's latency is its HTTP
request's (the bot answers the POST when the turn is done). CPU is the user+system time of
the bot and its guardrail workers over each phase divided by its turns; RSS and PSS from /proc.
The bot runs with the image's settings (``AKTIV_GUARDRAIL_PROCESSES=2``) unless ``--env`` says otherwise.

Run: ``python bench/load_bench.py [--conversations 200] [--model-seconds 2] [--root DIR]
[--profile out.prof] [--py-spy out.txt] [--env AKTIV_STREAMING=false]`` (``--root`` runs another
checkout, e.g. a worktree of main, for "before"; ``--py-spy`` samples the bot's threads that hold
the GIL during the two measured phases, collapsed stacks for ``flamegraph.pl`` or a quick sort,
with ``py-spy`` on the PATH).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import aiohttp

from tests.fakes.activities import make_message
from tests.fakes.bot_process import free_port, wait_ready
from tests.fakes.stub_connector import StubConnector

HERE = Path(__file__).resolve().parent.parent
TICKS = os.sysconf("SC_CLK_TCK")
AD_LINES = [
    "Rådgiver i seksjon for rekruttering",
    "Vi søker en engasjert rådgiver som vil jobbe med rekruttering i staten.",
    "Stillingen passer for deg som liker å jobbe med mennesker og digitale verktøy.",
    "Arbeidsoppgaver: rådgivning til ledere i rekrutteringsprosesser, utforming av annonser og intervjuguider.",
    "Kvalifikasjoner: høyere utdanning på masternivå innen HR eller samfunnsfag.",
    "Erfaring med rekruttering er en fordel. Du må kunne formidle godt skriftlig og muntlig på norsk.",
    "Personlige egenskaper: du er strukturert, løsningsorientert og samarbeider godt med andre.",
    "Vi tilbyr et godt fagmiljø, fleksibel arbeidstid, gode pensjonsordninger og lønn etter avtale.",
    "Staten som arbeidsgiver verdsetter mangfold og oppfordrer alle kvalifiserte kandidater til å søke.",
    "Søknadsfrist: 1. mars. Tiltredelse etter avtale.",
]


def job_ad(chars: int = 2000) -> str:
    text, index = "", 0
    while len(text) < chars:
        text += AD_LINES[index % len(AD_LINES)] + "\n"
        index += 1
    return text[:chars].rsplit("\n", 1)[0]


def tree(pid: int) -> list[int]:
    """``pid`` and its descendants (guardrail worker processes)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def cpu_seconds(pid: int) -> tuple[float, float]:
    """User + system CPU of the bot's process (its event loop, threads) and of its workers."""
    own, workers = 0.0, 0.0
    for member in tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        seconds = (int(fields[11]) + int(fields[12])) / TICKS
        if member == pid:
            own += seconds
        else:
            workers += seconds
    return own, workers


def pss_mib(pid: int) -> float:
    """Proportional set size of the bot and its workers (shared pages counted once)."""
    total = 0
    for member in tree(pid):
        for line in Path(f"/proc/{member}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                total += int(line.split()[1])
    return total / 1024


def memory_mib(pid: int, field: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def phase(session: aiohttp.ClientSession, port: int, connector: StubConnector, texts: dict[str, str],
                pid: int) -> tuple[list[float], int, tuple[float, ...]]:
    """Send one turn per conversation, all at once; latencies, errors and CPU ms per turn."""
    cpu_before = cpu_seconds(pid)

    async def one(conversation: str, text: str) -> float | None:
        started = time.perf_counter()
        try:
            async with session.post(f"http://127.0.0.1:{port}/api/messages", json=make_message(
                    text, connector.service_url, conversation_id=conversation)) as response:
                await response.read()
                ok = response.status in (200, 201)
        except (TimeoutError, aiohttp.ClientError):
            ok = False
        return time.perf_counter() - started if ok else None

    results = await asyncio.gather(*(one(conversation, text) for conversation, text in texts.items()))
    latencies = sorted(r for r in results if r is not None)
    cpu_after = cpu_seconds(pid)
    cpu_ms = tuple((after - before) * 1000 / max(len(texts), 1) for after, before in zip(cpu_after, cpu_before,
                                                                                          strict=True))
    return latencies, len(results) - len(latencies), cpu_ms


def line(kind: str, latencies: list[float], errors: int, cpu_ms: tuple[float, ...]) -> str:
    if not latencies:
        return f"{kind:10s} no successful turns, errors {errors}"
    p95 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))]
    return (f"{kind:10s} n={len(latencies):4d} errors={errors:3d} p50 {statistics.median(latencies):6.2f} s  "
            f"p95 {p95:6.2f} s  max {latencies[-1]:6.2f} s  CPU {sum(cpu_ms):5.1f} ms/turn "
            f"(bot process {cpu_ms[0]:.1f}, guardrail workers {cpu_ms[1]:.1f})")


async def main(args: argparse.Namespace) -> None:
    root = Path(args.root).resolve() if args.root else HERE
    model_port, bot_port = free_port(), free_port()
    workdir = Path(tempfile.mkdtemp(prefix="aktiv-load-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_OPENAI_", "MICROSOFT_APP",
                                                                    "AKTIV_"))}
    env.update({"AKTIV_STORAGE": str(workdir / "state.sqlite3"), "AKTIV_LOG_LEVEL": "WARNING",
                "OPENAI_API_KEY": "sk-load-not-a-secret", "OPENAI_BASE_URL": f"http://127.0.0.1:{model_port}/v1",
                "AKTIV_MODEL": "fake-load", "AKTIV_MODEL_TIMEOUT": "120", "PYTHONPATH": str(root),
                # as the image runs it (Dockerfile): the guardrail on two worker processes
                "AKTIV_GUARDRAIL_PROCESSES": "2"})
    env.update(dict(item.split("=", 1) for item in args.env))
    model = subprocess.Popen([sys.executable, "-m", "tests.e2e.slow_model_server", "--port", str(model_port),
                              "--seconds", str(args.model_seconds)], cwd=HERE, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    bot_argv = [sys.executable, "-m", "bot", "serve", "--port", str(bot_port)]
    if args.profile:
        bot_argv = [sys.executable, "-m", "cProfile", "-o", str(Path(args.profile).resolve()), *bot_argv[1:]]
    log = (workdir / "bot.log").open("w")
    bot = subprocess.Popen(bot_argv, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        async with StubConnector() as connector:
            await wait_ready(bot_port, bot, attempts=900)
            rss_before, pss_before = memory_mib(bot.pid, "VmRSS"), pss_mib(bot.pid)
            n = args.conversations
            conversations = [f"a:load-{i:04d}" for i in range(n)]
            timeout = aiohttp.ClientTimeout(total=300)
            async with aiohttp.ClientSession(timeout=timeout, connector=aiohttp.TCPConnector(limit=0)) as session:
                # Warm-up: one conversation end to end (first guardrail run, first model call).
                await phase(session, bot_port, connector, {"a:warm": "/screening " + job_ad()}, bot.pid)
                await phase(session, bot_port, connector, {"a:warm": "send"}, bot.pid)
                connector.clear()
                others_before = sum(cpu_seconds(model.pid)) + time.process_time()
                sampler = None
                if args.py_spy:
                    sampler = subprocess.Popen(["py-spy", "record", "--pid", str(bot.pid), "--gil", "--format", "raw",
                                                "--rate", "200", "--output", str(Path(args.py_spy).resolve())],
                                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                    await asyncio.sleep(1.0)  # py-spy attaches
                ad = job_ad()
                started = time.perf_counter()
                first = await phase(session, bot_port, connector, {c: "/screening " + ad for c in conversations},
                                    bot.pid)
                second = await phase(session, bot_port, connector, {c: "send" for c in conversations}, bot.pid)
                wall = time.perf_counter() - started
                others = sum(cpu_seconds(model.pid)) + time.process_time() - others_before
                if sampler is not None:
                    sampler.send_signal(signal.SIGINT)  # py-spy writes its output on SIGINT
                    sampler.wait(30)
            answered = {call.conversation_id for call in connector.calls if call.route in ("send", "reply")
                        and call.body and call.body.get("type") == "message"
                        and "rekrutteringsprosess" in (call.body.get("text") or "")}
            rss_after = memory_mib(bot.pid, "VmRSS")
            rss_peak = memory_mib(bot.pid, "VmHWM")
            pss_after, processes = pss_mib(bot.pid), len(tree(bot.pid))
        load = " ".join(f"{value:.2f}" for value in os.getloadavg())
        print(f"{n} concurrent conversations, model streams for {args.model_seconds:g} s, root {root}, "
              f"guardrail processes {env['AKTIV_GUARDRAIL_PROCESSES']}, load average {load}")
        print(line("preview", *first))
        print(line("send", *second))
        print(f"answered {len(answered)}/{n}  wall {wall:.1f} s  connector calls {len(connector.calls)}  "
              f"CPU of the fake model and this load generator {others:.1f} s")
        print(f"RSS (bot process) before {rss_before:.0f} MiB, after {rss_after:.0f} MiB, peak {rss_peak:.0f} MiB; "
              f"PSS of all {processes} processes before {pss_before:.0f} MiB, after {pss_after:.0f} MiB")
    finally:
        bot.send_signal(signal.SIGINT)
        try:
            bot.wait(60)
        except subprocess.TimeoutExpired:
            bot.kill()
        model.kill()
        model.wait(10)
        log.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--conversations", type=int, default=200)
    parser.add_argument("--model-seconds", type=float, default=2.0)
    parser.add_argument("--root", help="the checkout whose bot to run (default: this one)")
    parser.add_argument("--profile", help="run the bot under cProfile and write the profile here")
    parser.add_argument("--py-spy", help="sample the bot with py-spy during the measured phases, write here")
    parser.add_argument("--env", action="append", default=[], help="KEY=VALUE for the bot, e.g. AKTIV_STREAMING=false")
    asyncio.run(main(parser.parse_args()))
