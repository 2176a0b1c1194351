"""The Norwegian lexicon built from Apertium (guardrails/ner/lexicon.py) as committed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from guardrails.ner.lexicon import (
    GIVEN_NAME,
    ORGANISATION,
    PLACE,
    SURNAME,
    Lexicon,
    default_lexicon,
)
from guardrails.ner.training.lexicon_build import main


def test_ordinary_word_forms_in_both_written_standards() -> None:
    lexicon = default_lexicon()
    for word in ("panelet", "Panelet", "avdelingen", "avdelinga", "nyutdanna", "kommando", "søknaden"):
        assert lexicon.is_common(word), word
    for word in ("fardal", "gjøvik", "xqzv"):
        assert not lexicon.is_common(word), word


def test_proper_noun_classes() -> None:
    lexicon = default_lexicon()
    assert lexicon.classes("Kari") & GIVEN_NAME
    assert lexicon.classes("Hansen") & SURNAME
    assert lexicon.classes("Gjøvik") == PLACE
    assert lexicon.classes("Microsoft") & ORGANISATION
    assert lexicon.is_place_or_organisation("Bergenhus")
    assert lexicon.is_organisation("Sivilforsvaret")
    assert not lexicon.is_place_or_organisation("Kari")
    assert lexicon.is_person_name("Fardal")
    assert lexicon.classes("Xqzvborg") == 0


def test_missing_files_give_an_empty_lexicon(tmp_path: Path) -> None:
    empty = Lexicon.load(tmp_path)
    assert not empty.is_common("panelet")
    assert empty.classes("Gjøvik") == 0


@pytest.mark.skipif(shutil.which("lt-print") is None, reason="lttoolbox-dev (lt-print) is not installed")
def test_build_refuses_a_directory_without_dictionaries(tmp_path: Path, capsys) -> None:
    assert main(["--apertium", str(tmp_path), "--output", str(tmp_path / "out")]) == 1
    assert "apertium-nno-nob" in capsys.readouterr().err
