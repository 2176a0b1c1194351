"""The look-up caches of the name gate and the lexicon are bounded and change no verdict."""

from __future__ import annotations

from pathlib import Path

import guardrails.ner.lexicon as lexicon_module
from guardrails.ner.model import load_ner_pipeline
from guardrails.ner.name_gate import NameGate
from guardrails.ner.names import default_names
from guardrails.token_table import token_table

AD = (Path(__file__).resolve().parents[3] / "bench" / "data" / "job_ad_contact_nb.txt").read_text(encoding="utf-8")


def test_a_tiny_gate_cache_gives_the_same_ranges(monkeypatch) -> None:
    nlp = load_ner_pipeline()
    assert nlp is not None
    tokens = token_table(nlp.make_doc(AD), AD)
    expected = NameGate(default_names()).ranges(tokens)
    small = NameGate(default_names())
    monkeypatch.setattr(small, "CACHE_LIMIT", 3)
    assert small.ranges(tokens) == expected and small.ranges(tokens) == expected
    assert len(small._verdicts) <= 3


def test_the_lexicon_cache_is_emptied_when_full(monkeypatch) -> None:
    lexicon = default_names().lexicon
    monkeypatch.setattr(lexicon_module, "_CACHE_LIMIT", 2)
    words = ["Fardal", "Bergen", "Kari", "Hersoug", "Fardal"]
    first = [lexicon.classes(word) for word in words]
    assert [lexicon.classes(word) for word in words] == first
    assert len(lexicon._classes) <= 2
    assert first[0] and first[1]  # known to the lexicon: a surname, a place
