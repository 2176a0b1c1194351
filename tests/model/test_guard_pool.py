"""Guardrail checks on worker processes (AKTIV_GUARDRAIL_PROCESSES): the same decisions as
in-process, computed in another process. Run in a fresh interpreter: forking the test
process (with its threads) is what the pool is careful never to do."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import asyncio, os
    from bot.composition import build_guardrail
    from bot.model.guard_pool import WorkerGuard, guardrail_workers
    from bot.settings import Settings
    from tests.dialogs.samples import ANNONSE, valid_fodselsnummer

    guardrail = build_guardrail(Settings(storage="memory"))
    pool, guard = guardrail_workers(guardrail, 2)
    assert isinstance(guard, WorkerGuard)

    def where(text):
        return os.getpid(), guard.check(text, "nb")

    async def main():
        loop = asyncio.get_running_loop()
        texts = [ANNONSE, "Søker med fødselsnummer " + valid_fodselsnummer() + " har søkt."] * 4
        results = await asyncio.gather(*(loop.run_in_executor(pool, guard.check, t, "nb") for t in texts))
        direct = [guardrail.check(t, "nb") for t in texts]
        assert [r.blocked for r in results] == [d.blocked for d in direct] == [False, True] * 4
        assert results[1].entity_counts == direct[1].entity_counts
        pids = set(await asyncio.gather(*(loop.run_in_executor(pool, os.getpid) for _ in range(8))))
        assert os.getpid() not in pids and pids
        print("ok", len(pids))

    asyncio.run(main())
    pool.shutdown()
""")


def test_checks_on_worker_processes_decide_as_in_process():
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("ok")
