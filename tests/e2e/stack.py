"""Starts the processes the browser test needs, on free loopback ports, and stops them:
the slow fake model, the bot (``python -m bot serve``) and the Microsoft 365 Agents Playground."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from tests.fakes.bot_process import free_port

ROOT = Path(__file__).resolve().parents[2]
PLAYGROUND = ROOT / "node_modules" / ".bin" / "agentsplayground"
CHROMIUM = Path("/usr/bin/chromium")


def _wait_http(url: str, process: subprocess.Popen, timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: process exited early, see {log}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except Exception:
            time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f} s, see {log}")


@contextmanager
def running_stack(out_dir: Path):
    """Yield the playground URL with bot and fake model running; stop all three afterwards."""
    out_dir.mkdir(parents=True, exist_ok=True)
    bin_dir = out_dir / "bin"
    bin_dir.mkdir(exist_ok=True)
    xdg = bin_dir / "xdg-open"  # the playground tries to open a browser; a no-op is enough
    xdg.write_text("#!/bin/sh\nexit 0\n")
    xdg.chmod(0o755)
    model_port, bot_port, playground_port = free_port(), free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_OPENAI_", "MICROSOFT_APP"))}
    env.update({"PATH": f"{bin_dir}:{env.get('PATH', '/usr/bin:/bin')}", "AKTIV_STORAGE": "memory",
                "OPENAI_API_KEY": "sk-e2e-not-a-secret", "OPENAI_BASE_URL": f"http://127.0.0.1:{model_port}/v1",
                "AKTIV_MODEL": "fake-e2e", "AKTIV_MODEL_TIMEOUT": "30", "AKTIV_LOG_LEVEL": "INFO"})
    processes: list[subprocess.Popen] = []
    logs = []
    try:
        def start(name: str, argv: list[str], cwd: Path) -> subprocess.Popen:
            log = (out_dir / f"{name}.log").open("w")
            logs.append(log)
            process = subprocess.Popen(argv, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT,
                                       start_new_session=True)
            processes.append(process)
            return process

        start("model", [sys.executable, "-m", "tests.e2e.slow_model_server", "--port", str(model_port)], ROOT)
        bot = start("bot", [sys.executable, "-m", "bot", "serve", "--port", str(bot_port)], ROOT)
        _wait_http(f"http://127.0.0.1:{bot_port}/readyz", bot, 90, out_dir / "bot.log")
        playground = start("playground", [str(PLAYGROUND), "-e", f"http://127.0.0.1:{bot_port}/api/messages",
                                          "-c", "msteams", "-p", str(playground_port), "--disable-telemetry"],
                           out_dir)  # it writes devTools/ into its working directory
        _wait_http(f"http://127.0.0.1:{playground_port}/", playground, 60, out_dir / "playground.log")
        yield f"http://127.0.0.1:{playground_port}/"
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        for log in logs:
            log.close()
