"""The whole guardrail (NER included) on realistic recruitment texts (bench/data/hr_texts.yaml,
and bench/data/hr_texts_heldout2.yaml and hr_chat_heldout.yaml, which were held out until they
were measured once and then tuned on).

Ordinary recruitment texts (job ads in both written standards, AKTIV prompts, interview
guides, anonymised summaries) must pass without a finding: a false block teaches users to
work around the guardrail. Texts with planted (fictional) personal data must be blocked with
every expected entity type found. ``bench/hr_texts_eval.py`` prints the same check as figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from guardrails.guardrail import Guardrail
from guardrails.ner.model import load_ner_pipeline

DATA_DIR = Path(__file__).resolve().parents[2] / "bench" / "data"
ENTRIES = [
    entry
    for name in ("hr_texts.yaml", "hr_texts_heldout2.yaml", "hr_chat_heldout.yaml")
    for entry in yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8"))
]


@pytest.fixture(scope="module")
def guardrail() -> Guardrail:
    nlp = load_ner_pipeline()
    assert nlp is not None, "the NER model is part of the repository"
    return Guardrail.from_policy(nlp=nlp)


def found(guardrail: Guardrail, entry: dict) -> list[tuple[str, str]]:
    text = entry["text"]
    result = guardrail.check(text, lang=entry["lang"])
    return [(finding.entity, text[finding.start : finding.end]) for finding in result.findings]


def test_corpus_has_both_kinds() -> None:
    assert sum(1 for e in ENTRIES if not e["expect"]) >= 40
    assert sum(1 for e in ENTRIES if e["expect"]) >= 40
    assert len({e["id"] for e in ENTRIES}) == len(ENTRIES)
    assert {e["lang"] for e in ENTRIES} == {"nb", "nn"}


@pytest.mark.parametrize("entry", [e for e in ENTRIES if not e["expect"]], ids=lambda e: e["id"])
def test_clean_recruitment_text_passes(guardrail: Guardrail, entry: dict) -> None:
    assert found(guardrail, entry) == []


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e["expect"]], ids=lambda e: e["id"])
def test_planted_personal_data_is_blocked(guardrail: Guardrail, entry: dict) -> None:
    result = guardrail.check(entry["text"], lang=entry["lang"])
    assert result.blocked
    assert set(entry["expect"]) <= {finding.entity for finding in result.findings}
