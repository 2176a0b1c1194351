"""Benchmark and evaluation scripts. Run them as modules from the repository root
(``python -m bench.guardrail_bench``), so ``bot``, ``dialogs``, ``guardrails`` and ``tests.fakes``
import without changing ``sys.path``."""
