"""The committed NER model: small, loads from disk without any network access."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import cast

import pytest
from spacy.pipeline import EntityRecognizer

from guardrails.ner.model import DEFAULT_MODEL_DIR, load_ner_pipeline

MAX_MODEL_BYTES = 30 * 1024 * 1024


def test_model_directory_is_small() -> None:
    size = sum(f.stat().st_size for f in DEFAULT_MODEL_DIR.rglob("*") if f.is_file())
    assert 0 < size < MAX_MODEL_BYTES


def test_model_loads_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    nlp = load_ner_pipeline()
    assert nlp is not None
    assert nlp.pipe_names == ["tok2vec", "ner"]
    assert set(cast(EntityRecognizer, nlp.get_pipe("ner")).labels) == {"PER", "ORG", "LOC"}
    assert [ent.label_ for ent in nlp("Kari Nordmann jobber i Oslo kommune.").ents]  # it runs
    assert attempts == []


@pytest.mark.parametrize("content", [None, "not a pipeline"])
def test_missing_model_gives_none(tmp_path: Path, content: str | None) -> None:
    if content is not None:
        (tmp_path / "README").write_text(content, encoding="utf-8")
    assert load_ner_pipeline(tmp_path) is None
