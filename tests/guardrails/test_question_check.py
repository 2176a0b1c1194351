"""Question mode of the special-category knowledge: what an employer may not ask."""

from pathlib import Path

import pytest

from bench.question_check_eval import evaluate
from dialogs import messages
from guardrails.question_check import CATEGORIES, check_question, check_questions

DATA = Path(__file__).resolve().parents[2] / "bench" / "data"


@pytest.mark.parametrize(("question", "category"), [
    ("Har du barn?", "pregnancy_family"),
    ("Planlegger du å få barn?", "pregnancy_family"),
    ("Hvor gammel er du?", "age"),
    ("Kva år er du fødd?", "age"),
    ("Er du medlem av en fagforening?", "union"),
    ("Hvilket parti stemmer du på?", "politics"),
    ("Er du troende?", "religion"),
    ("Hvor kommer du opprinnelig fra?", "ethnicity"),
    ("Har du noen diagnoser?", "disability_health"),
    ("Er du homofil?", "sexual_orientation"),
])
def test_unlawful_questions_are_flagged_with_their_ground(question, category):
    finding = check_question(question)
    assert finding is not None and finding.category == category
    assert "§" in finding.law


@pytest.mark.parametrize("question", [
    "Stillingen innebærer reiser 40 dager i året; er det forenlig med din situasjon?",
    "Hvilken erfaring har du med å veilede familier med små barn?",
    "Stillingen innebærer tunge løft. Er det noe som gjør at du ikke kan utføre slike oppgaver?",
    "Hvordan følger du opp sykefravær som leder?",
    "Har du gyldig autorisasjon som sykepleier i Norge?",
    "Hvor mange års erfaring har du med rekruttering?",
    "Stillingen er i en barnehage. Hvordan legger du til rette for barn med ulik religiøs bakgrunn?",
])
def test_lawful_look_alikes_pass(question):
    assert check_question(question) is None


def test_an_answer_is_checked_question_by_question():
    answer = """Her er forslag til spørsmål:
1. Fortell om et prosjekt du ledet. Hva gjorde du, og hva ble resultatet?
2. **Har du barn?**
- Hvor gammel er du?
Lykke til med intervjuet."""
    findings = check_questions(answer)
    assert [(f.question, f.category) for f in findings] == [
        ("Har du barn?", "pregnancy_family"), ("Hvor gammel er du?", "age")]


def test_every_ground_has_a_reason_and_a_rewording():
    for category in CATEGORIES:
        assert messages.text(f"question_check.reason.{category}")
        assert messages.text(f"question_check.rewording.{category}")


@pytest.mark.parametrize("name", ["questions_dev.yaml", "interview_questions.yaml"])
def test_evaluation_sets(name):
    figures = evaluate(DATA / name)
    assert figures["unlawful_flagged"] >= 0.95 and figures["lawful_passed"] >= 0.95
