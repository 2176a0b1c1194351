"""The contract of issue 15 in the terminal chat (prompt-builder mode): a pasted ad after
``/intervju Intervjuet varer 45 minutter.`` or ``/screening``, then ``send``, gives a fenced
prompt that names every must and should requirement, plans the interview's minutes, and
carries none of the ad's pay and benefit lines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.dialogs.samples import GUIDE
from tests.integration.test_terminal_chat import run_chat

ADS = {ad["id"]: ad for ad in yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "bench" / "data" / "requirements_dev.yaml").read_text(encoding="utf-8"))}
PAY_AND_BENEFITS = re.compile(r"\bkr \d|lønn etter|løn etter|pensjonskasse|pensjonsordning|vi tilbyr|vi kan tilby|"
                              r"fleksib\w* arbeidstid|søknadsfrist", re.IGNORECASE)


def fenced_prompt(out: str) -> str:
    text = "\n".join(line[5:] for line in out.splitlines())  # the "bot> " column
    match = re.search(r"^(`{3,})\n(.*?)\n\1$", text, re.DOTALL | re.MULTILINE)
    assert match, out
    return match.group(2)


@pytest.mark.slow
@pytest.mark.parametrize("ad_id", ["dev-01-nb", "dev-02-nn", "dev-04-nb"])
def test_intervju_prompt_names_every_requirement_and_plans_the_minutes(tmp_path, ad_id):
    ad = ADS[ad_id]
    out = run_chat(f"/intervju Intervjuet varer 45 minutter.\n{ad['text']}\n---\nsend\n", tmp_path)
    prompt = fenced_prompt(out)
    for requirement in ad["must"] + ad["should"]:
        assert requirement.lower() in prompt.lower(), requirement
    assert "45 minutter" in prompt and re.search(r"\d+ min$", prompt, re.MULTILINE)
    assert sum(int(m) for m in re.findall(r"^- .*: (\d+) min$", prompt, re.MULTILINE)) == 45
    must_lines = re.findall(r"^  - \d+\. .*: (\d+) min$", prompt, re.MULTILINE)
    assert len(must_lines) == len(ad["must"]) + len(ad["should"])  # a share for every requirement
    assert not PAY_AND_BENEFITS.search(prompt)
    assert "Hvilken stilling" not in out  # the ad's title says it


@pytest.mark.slow
def test_screening_prompt_names_every_requirement(tmp_path):
    ad = ADS["dev-05-nn"]
    out = run_chat(f"/screening\n{ad['text']}\n---\nja\n", tmp_path)
    prompt = fenced_prompt(out)
    for requirement in ad["must"] + ad["should"]:
        assert requirement.lower() in prompt.lower(), requirement
    assert not PAY_AND_BENEFITS.search(prompt)
    assert "svarform" in prompt.lower()


@pytest.mark.slow
def test_intervju_with_an_earlier_guide_keeps_the_contract_and_uses_it_as_inspiration(tmp_path):
    ad = ADS["dev-01-nb"]
    out = run_chat(f"/intervju Intervjuet varer 45 minutter.\n{ad['text']}\n---\ninspirasjon:\n{GUIDE}\n---\nsend\n",
                   tmp_path)
    prompt = fenced_prompt(out)
    for requirement in ad["must"] + ad["should"]:
        assert requirement.lower() in prompt.lower(), requirement
    assert sum(int(m) for m in re.findall(r"^- .*: (\d+) min$", prompt, re.MULTILINE)) == 45
    assert not PAY_AND_BENEFITS.search(prompt)
    assert GUIDE in prompt and "ikke kopier spørsmål som ikke passer kravene" in prompt
