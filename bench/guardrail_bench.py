"""Guardrail speed and memory: p50/p95 of check() on a ~2,000-character job ad.

Run from the repository root: python -m bench.guardrail_bench [--runs N]
Pinned to one CPU core. Prints figures only; no assertions on timing.
Extend with another configuration by adding a function to CONFIGURATIONS that returns
a callable ``check(text)`` (e.g. the stock Presidio English comparison).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from guardrails.guardrail import Guardrail

ROOT = Path(__file__).resolve().parent.parent
JOB_AD = ROOT / "bench" / "data" / "job_ad_nb.txt"
# The same ad ending with a contact paragraph (two names, a phone): more sentences for the NER.
JOB_AD_CONTACT = ROOT / "bench" / "data" / "job_ad_contact_nb.txt"
Check = Callable[[str], object]


def rss_mb() -> float:
    """Resident set size of this process in MB (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def patterns_only() -> Check | None:
    guardrail = Guardrail.from_policy()
    return lambda text: guardrail.check(text, lang="nb")


def with_ner() -> Check | None:
    try:
        from guardrails.ner.model import load_ner_pipeline
    except ImportError:
        return None
    nlp = load_ner_pipeline()
    if nlp is None:
        return None
    guardrail = Guardrail.from_policy(nlp=nlp)
    return lambda text: guardrail.check(text, lang="nb")


# name → builder; a builder returns None when its configuration is unavailable.
CONFIGURATIONS: dict[str, Callable[[], Check | None]] = {
    "patterns only": patterns_only,
    "patterns + NER": with_ner,
}


def percentiles(timings: list[float]) -> tuple[float, float]:
    return statistics.median(timings), statistics.quantiles(timings, n=100)[94]


def measure(check: Check, text: str, runs: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """(wall p50, p95), (CPU p50, p95) in ms. CPU time shows the cost without other load."""
    for _ in range(20):
        check(text)
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        check(text)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return percentiles(wall), percentiles(cpu)


def recognizer_breakdown(text: str, runs: int = 100) -> None:
    """CPU ms per step: normalisation, the NLP step and each recognizer (with the NER when
    the trained model is there, else patterns only), and the whole check."""
    from guardrails.ner.model import load_ner_pipeline
    from guardrails.normalize import normalize

    guardrail = Guardrail.from_policy(nlp=load_ner_pipeline())
    analyzer = guardrail._analyzer  # benchmark introspection only
    artifacts = analyzer.nlp_engine.process_text(text, "nb")
    entities = analyzer.get_supported_entities("nb")
    steps: dict[str, Callable[[], object]] = {
        "whole check": lambda: guardrail.check(text, lang="nb"),
        "normalize": lambda: normalize(text),
        "NLP (tokenize, NER, artifacts)": lambda: analyzer.nlp_engine.process_text(text, "nb"),
    }
    for recognizer in analyzer.registry.get_recognizers("nb", all_fields=True):
        steps[recognizer.name] = lambda r=recognizer: r.analyze(text, entities, artifacts)
    print("CPU ms per step (median):")
    for name, step in steps.items():
        step()
        timings = []
        for _ in range(runs):
            start = time.process_time()
            step()
            timings.append((time.process_time() - start) * 1000)
        print(f"  {name:<36} {statistics.median(timings):6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--breakdown", action="store_true", help="also print CPU ms per recognizer")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    texts = {"ad": JOB_AD.read_text(encoding="utf-8"), "ad+contact": JOB_AD_CONTACT.read_text(encoding="utf-8")}
    text = texts["ad"]
    sizes = ", ".join(f"{k} {len(v)} characters" for k, v in texts.items())
    print(f"job ads: {sizes}; {args.runs} runs, pinned to CPU 0")
    print(f"RSS before building: {rss_mb():.0f} MB")
    for name, build in CONFIGURATIONS.items():
        started = time.perf_counter()
        check = build()
        if check is None:
            print(f"{name:>16}: not available (no trained model)")
            continue
        build_s = time.perf_counter() - started
        for label, sample in texts.items():
            (p50, p95), (cpu50, cpu95) = measure(check, sample, args.runs)
            print(
                f"{name:>16} {label:<10}: wall p50 {p50:.2f} ms, p95 {p95:.2f} ms | CPU p50 {cpu50:.2f} ms,"
                f" p95 {cpu95:.2f} ms | build {build_s:.2f} s, RSS after build {rss_mb():.0f} MB"
            )
    if args.breakdown:
        recognizer_breakdown(text)


if __name__ == "__main__":
    main()
