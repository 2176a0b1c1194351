"""Start-up time and memory of ``python -m bot serve``.

Starts the server on a free loopback port (no app id, in-memory storage, no model keys),
polls ``/readyz`` until it answers 200, reads VmRSS/VmHWM of the serving process from
``/proc/PID/status``, then stops it with SIGTERM. Prints figures; asserts nothing.
Run from the repository root: ``python -m bench.startup_bench [--runs 2]``.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.fakes.bot_process import free_port

ROOT = Path(__file__).resolve().parent.parent
READY_TIMEOUT_SECONDS = 180.0
# Variables that would make the bot authenticate or call a model over the network.
NETWORK_VARIABLES = ("MICROSOFT_", "OPENAI_", "AZURE_OPENAI_", "AKTIV_ALLOWED_TENANTS")


def proc_status_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return -1


def ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as response:  # loopback only
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def one_run() -> tuple[float, int, int] | None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(NETWORK_VARIABLES)}
    env.update(AKTIV_HOST="127.0.0.1", AKTIV_STORAGE="memory", AKTIV_LOG_LEVEL="WARNING")
    errors = tempfile.TemporaryFile()  # a file, not a pipe: a chatty server cannot block on it
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=errors,
    )
    try:
        url = f"http://127.0.0.1:{port}/readyz"
        while time.perf_counter() - started < READY_TIMEOUT_SECONDS:
            if process.poll() is not None:
                errors.seek(0)
                print(f"server exited with code {process.returncode}:", errors.read().decode()[-2000:])
                return None
            if ready(url):
                elapsed = time.perf_counter() - started
                return elapsed, proc_status_kb(process.pid, "VmRSS"), proc_status_kb(process.pid, "VmHWM")
            time.sleep(0.05)
        print(f"not ready after {READY_TIMEOUT_SECONDS:.0f} s")
        return None
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        errors.close()


def main(runs: int) -> int:
    results = [result for result in (one_run() for _ in range(runs)) if result is not None]
    if not results:
        print("start-up failed; no figures")
        return 1
    for index, (seconds, rss_kb, hwm_kb) in enumerate(results, 1):
        print(f"run {index}: ready after {seconds:.2f} s, RSS {rss_kb / 1024:.0f} MiB (peak {hwm_kb / 1024:.0f} MiB)")
    print(f"median start-up to /readyz 200: {statistics.median(r[0] for r in results):.2f} s; "
          f"median RSS after start-up: {statistics.median(r[1] for r in results) / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2)
    sys.exit(main(parser.parse_args().runs))
