"""``python -m bot chat`` driven by a script on stdin, as the README's transcripts are made."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_chat(script: str, tmp_path: Path, *extra: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_OPENAI_"))}
    env["AKTIV_STORAGE"] = str(tmp_path / "chat.sqlite3")
    result = subprocess.run([sys.executable, "-m", "bot", "chat", *extra], input=script, text=True,
                            capture_output=True, cwd=ROOT, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_scripted_chat_runs_a_task_in_prompt_builder_mode(tmp_path):
    out = run_chat("/screening\n---\nVi søker en rådgiver. Krav: utdanning innen HR og erfaring med rekruttering."
                   "\n---\nsend\n", tmp_path)
    lines = out.splitlines()
    assert lines[0].startswith("bot> **Screeningspørsmål**")
    assert "bot> **Slik blir prompten din**" in out
    assert "bot> **Ferdig AKTIV-prompt**" in out
    assert "Krav: utdanning innen HR og erfaring med rekruttering." in out
    # Multi-line bot messages are indented under their "bot> " line, never unprefixed at column 0.
    assert all(line.startswith(("bot> ", "     ")) or not line for line in lines)


def test_conversation_continues_across_runs(tmp_path):
    first = run_chat("/intervju\n---\nMå-krav: god teknologiforståelse\n", tmp_path, "--conversation", "samtale-7")
    assert "Lim inn stillingsannonsen eller kvalifikasjonskravene" in first and "Hvilken stilling" in first
    second = run_chat("rådgiver i HR\n", tmp_path, "--conversation", "samtale-7")
    assert "**Slik blir prompten din**" in second and "rådgiver i HR" in second


def test_bad_setting_stops_start_up_naming_the_variable(tmp_path):
    env = dict(os.environ, AKTIV_PORT="many", AKTIV_STORAGE=str(tmp_path / "x.sqlite3"))
    result = subprocess.run([sys.executable, "-m", "bot", "chat"], input="", text=True, capture_output=True,
                            cwd=ROOT, env=env, timeout=60)
    assert result.returncode == 2
    assert "AKTIV_PORT" in result.stderr


def test_nothing_typed_after_a_block_becomes_the_ad(tmp_path):
    from tests.dialogs.samples import ANNONSE, valid_fodselsnummer

    turns = [f"/annonse {ANNONSE}\nFødselsnummer {valid_fodselsnummer()}", "send", "kortere", "send anonymisert",
             "ok", "send"]
    out = run_chat("\n---\n".join(turns) + "\n", tmp_path)
    assert "**Ferdig AKTIV-prompt**" not in out  # still blocked: the number is in the ad
    for word in ("send", "kortere", "send anonymisert", "ok"):
        assert f"Stillingsannonsen:\n     {word}\n" not in out
        assert "Takk, **Stillingsannonse** er byttet ut" not in out
    assert "[fødselsnummer fjernet]" in out


def test_the_ad_is_kept_for_the_next_task_in_a_new_process(tmp_path):
    from tests.dialogs.samples import ANNONSE

    first = run_chat(f"/annonse {ANNONSE}\n---\nsend\n", tmp_path, "--conversation", "samtale-13")
    assert "**Ferdig AKTIV-prompt**" in first
    second = run_chat("/screening\n---\nja\n---\nsend\n", tmp_path, "--conversation", "samtale-13")
    assert "Bruke samme annonse" in second
    finished = second[second.index("**Ferdig AKTIV-prompt**"):]
    # The screening prompt carries the ad's requirements (read from it), not the whole ad.
    assert "Høyere utdanning på masternivå innen HR eller samfunnsfag" in finished and "screeningspørsmål" in finished


def test_free_text_first_messages(tmp_path):
    out = run_chat("god dag\n", tmp_path, "--conversation", "a")
    assert all(t in out for t in ("Annonsetekst", "Intervjuspørsmål", "Screeningspørsmål", "Oversett til nynorsk"))
    refused = run_chat("lag en topp 3 av søkerne\n", tmp_path, "--conversation", "b")
    assert "KI-forordningen" in refused
