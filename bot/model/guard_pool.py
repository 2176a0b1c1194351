"""Where guardrail checks run: never on the event loop, on the guardrail's own workers.

Threads (the default, ``GUARDRAIL_THREADS``) keep the event loop free, but the checks still
share one core with the loop (the GIL): under load the guardrail was half of the bot's CPU
(bench/load_bench.py, py-spy). With ``AKTIV_GUARDRAIL_PROCESSES=n`` the checks run in ``n``
worker processes instead, forked at start-up from the process that already loaded the
guardrail (nothing is loaded twice; memory pages are shared until written), so a second core
does the guardrail while the first serves the turns. ``WorkerGuard`` is what the model client
and the network's ``TextGuard`` call: a stateless object whose ``check`` runs the worker's
guardrail, cheap to send to a worker (only the text and the result cross).
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor

from bot.model.types import TextGuard
from guardrails.findings import CheckResult
from guardrails.guardrail import Guardrail

GUARDRAIL_THREADS = 2

_WORKER_GUARDRAIL: Guardrail | None = None  # in a worker process: inherited through fork


class WorkerGuard:
    """``check`` with the guardrail of the worker process it runs in."""

    def check(self, text: str, lang: str = "nb") -> CheckResult:
        if _WORKER_GUARDRAIL is None:
            raise RuntimeError("no guardrail in this process (use guardrail_workers)")
        return _WORKER_GUARDRAIL.check(text, lang)


def _ready() -> bool:
    return _WORKER_GUARDRAIL is not None


def guardrail_workers(guardrail: Guardrail, processes: int) -> tuple[Executor, TextGuard]:
    """The executor for guardrail checks and the object whose ``check`` to run on it.

    ``processes`` 0: threads sharing ``guardrail``. Otherwise ``processes`` forked workers,
    started here, before the event loop runs (forking a process with running threads is
    not safe), each with its copy of ``guardrail``."""
    if processes <= 0:
        return ThreadPoolExecutor(max_workers=GUARDRAIL_THREADS, thread_name_prefix="aktiv-guardrail"), guardrail
    global _WORKER_GUARDRAIL
    _WORKER_GUARDRAIL = guardrail
    pool = ProcessPoolExecutor(max_workers=processes, mp_context=multiprocessing.get_context("fork"))
    for future in [pool.submit(_ready) for _ in range(processes)]:  # fork them all now
        if not future.result(timeout=60):
            raise RuntimeError("a guardrail worker started without the guardrail")
    return pool, WorkerGuard()
