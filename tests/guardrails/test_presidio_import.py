"""Presidio is imported without validating its own predefined patterns, and nothing else changes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, sys, time
import regex
original = regex.compile
import guardrails                       # installs the import finder
from guardrails import presidio_import
started = time.perf_counter()
import presidio_analyzer
from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import UrlRecognizer
result = {
    "finder_wrapped_the_loader": type(presidio_analyzer.__spec__.loader).__name__,
    "compile_restored": regex.compile is original,
    "url_recognizer_works": [r.entity_type for r in UrlRecognizer().analyze("se www.example.com", ["URL"])],
}
try:
    Pattern("bad", "(unclosed", 0.5)
    result["bad_pattern"] = "accepted"
except ValueError:
    result["bad_pattern"] = "rejected"
from guardrails.guardrail import Guardrail
result["guardrail"] = Guardrail.from_policy().check("Ring 912 34 567").decision
print(json.dumps(result))
"""


def test_presidio_import_skips_only_the_import_time_validation() -> None:
    completed = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, timeout=180
    )
    assert completed.returncode == 0, completed.stderr
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    assert result == {
        "finder_wrapped_the_loader": "_ValidationSkippingLoader",
        "compile_restored": True,
        "url_recognizer_works": ["URL"],
        "bad_pattern": "rejected",  # patterns built after the import are validated as usual
        "guardrail": "block",
    }
