"""``python -m bot serve`` on loopback, for tests and benchmarks: a free port, a start with
no model or app credentials from the caller's environment, and the wait for ``/readyz``."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def wait_ready(port: int, process: subprocess.Popen, attempts: int = 600) -> None:
    """Poll ``/readyz`` every 0.2 s until it answers 200; raise if the process exits first."""
    async with aiohttp.ClientSession() as session:
        for _ in range(attempts):
            if process.poll() is not None:
                raise RuntimeError(f"the bot exited with {process.returncode}")
            try:
                async with session.get(f"http://127.0.0.1:{port}/readyz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.2)
    raise RuntimeError("the bot did not become ready")


async def start_bot(port: int, storage: Path, **extra_env: str) -> subprocess.Popen:
    """Start the bot on ``port`` with its state in ``storage``; return it once ready."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_OPENAI_", "MICROSOFT_APP"))}
    env.update({"AKTIV_STORAGE": str(storage), "AKTIV_LOG_LEVEL": "WARNING", **extra_env})
    process = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--port", str(port)], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        await wait_ready(port, process)
    except RuntimeError:
        process.kill()
        raise
    return process
