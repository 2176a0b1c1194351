"""Interview length from free text and the time plan built from it."""

import pytest

from dialogs.requirements.interview_plan import interview_minutes, question_count, split_length, time_plan


@pytest.mark.parametrize(("text", "minutes"), [
    ("Intervjuet varer 45 minutter.", 45), ("60 min", 60), ("en time", 60), ("1,5 timer", 90),
    ("Intervjuet varer førti minutt", 40), ("halvannen time", 90), ("Hei", None), ("5 minutter", None),
])
def test_interview_minutes(text, minutes):
    assert interview_minutes(text) == minutes


def test_a_first_line_with_the_length_is_split_from_the_ad():
    assert split_length("Intervjuet varer 45 minutter.\nRådgiver\n\nKvalifikasjoner") == (
        45, "Rådgiver\n\nKvalifikasjoner")
    assert split_length("Rådgiver\n\nVi tilbyr 37,5 timer") == (None, "Rådgiver\n\nVi tilbyr 37,5 timer")


@pytest.mark.parametrize("minutes", [30, 45, 60, 90])
def test_the_plan_adds_up_and_the_musts_get_most(minutes):
    plan = dict(time_plan(minutes))
    assert sum(plan.values()) == minutes
    assert list(plan) == ["intro", "must", "should", "candidate", "closing"]
    assert plan["must"] == max(plan.values())
    assert "should" not in dict(time_plan(minutes, has_should=False))
    assert sum(dict(time_plan(minutes, has_should=False)).values()) == minutes


def test_question_count_is_ten_to_fifteen():
    assert question_count(3, 2) == "10–15"
    assert question_count(9, 8) == "15"


def test_each_requirement_gets_a_share_of_its_part():
    from dialogs.requirements.prompt_values import plan_text, split_minutes

    assert split_minutes(21, 4) == [6, 5, 5, 5] and split_minutes(9, 0) == []
    items = [{"text": "A", "kind": "must"}, {"text": "B", "kind": "must"}, {"text": "C", "kind": "should"}]
    lines = plan_text(45, items).splitlines()
    top = [line for line in lines if line.startswith("- ")]
    assert sum(int(line.rsplit(": ", 1)[1].split()[0]) for line in top) == 45
    assert [line.strip().split(":")[0] for line in lines if line.startswith("  - ")] == ["- 1. A", "- 2. B", "- 1. C"]
