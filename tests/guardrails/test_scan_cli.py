"""python -m guardrails scan, run as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.guardrails.identifiers import FNR

ROOT = Path(__file__).resolve().parents[2]


def scan(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "guardrails", "scan", *args],
        input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=120,
    )


@pytest.mark.parametrize(
    ("text", "lang", "decision", "entities"),
    [
        (f"Søkeren har fnr {FNR}.", "nb", "block", ["NO_FODSELSNUMMER"]),
        ("Vi søkjer ein rådgjevar i ltr. 60-70.", "nn", "pass", []),
    ],
)
def test_scan_stdin(text: str, lang: str, decision: str, entities: list[str]) -> None:
    completed = scan("--lang", lang, "-", stdin=text)
    assert completed.returncode == 0, completed.stderr
    output = json.loads(completed.stdout)
    assert output["decision"] == decision
    assert [f["entity"] for f in output["findings"]] == entities
    assert all(text[f["start"] : f["end"]] == FNR for f in output["findings"])


def test_scan_file(tmp_path: Path) -> None:
    path = tmp_path / "ad.txt"
    path.write_text("Ring 987 65 432 for spørsmål.", encoding="utf-8")
    completed = scan(str(path))
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout) == {
        "decision": "block",
        "findings": [{"entity": "NO_PHONE", "start": 5, "end": 15, "score": 0.85}],
    }


@pytest.mark.parametrize(
    "args",
    [("does-not-exist.txt",), ("--lang", "en", "-"), ()],
    ids=["unreadable file", "bad language", "no subcommand"],
)
def test_usage_errors_exit_non_zero(args: tuple[str, ...]) -> None:
    command = [sys.executable, "-m", "guardrails", *(("scan", *args) if args else ())]
    completed = subprocess.run(command, input="", capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert completed.returncode == 2
    assert completed.stdout == ""


def test_scan_uses_the_ner_model_like_the_bot() -> None:
    """A name that neither the lists nor a cue give is found by the NER, as in the bot."""
    text = "I går møtte vi Brekkestø Tarjeisen på kontoret."
    with_ner = json.loads(scan("-", stdin=text).stdout)
    assert with_ner["decision"] == "block"
    assert [text[f["start"]:f["end"]] for f in with_ner["findings"]] == ["Brekkestø Tarjeisen"]
    without_ner = json.loads(scan("--no-ner", "-", stdin=text).stdout)
    assert without_ner == {"decision": "pass", "findings": []}


def test_scan_reports_ask_for_a_word_that_may_be_a_name() -> None:
    completed = scan("--lang", "nn", "-", stdin="liv har trekt søknaden sin, så vi kallar inn nr 4 på lista")
    assert completed.returncode == 0, completed.stderr
    output = json.loads(completed.stdout)
    assert output["decision"] == "ask"
    assert [f["entity"] for f in output["findings"]] == ["PERSON"]
