"""The requirements checklist as a Teams card: edit, reclassify, delete and add, then save."""

from __future__ import annotations

from dialogs import messages
from tests.dialogs.test_requirements_dialogs import AD
from tests.teams.card_driver import cards_in, inputs, press, text_of


def _is_checklist(card: dict) -> bool:
    return any(a.get("data", {}).get("aktiv_action") == "requirements" for a in card.get("actions", []))


async def test_the_checklist_card_changes_the_requirements_in_the_prompt(teams_builder_chat):
    replies = await teams_builder_chat.say("/screening " + AD)
    checklist = next(card for card in cards_in(replies) if _is_checklist(card))
    fields = inputs(checklist)
    assert fields["req_text_1"] == "Høyere utdanning innen økonomi" and fields["req_kind_1"] == "must"
    assert fields["req_kind_3"] == "should" and fields["req_text_new"] == ""
    saved = await press(teams_builder_chat, checklist, messages.text("teams.card.save_requirements"),
                        req_kind_1="should", req_text_2="", req_text_new="Førerkort klasse B", req_kind_new="must")
    assert messages.text("requirements.checklist_changed") in text_of(saved)
    again = next(card for card in cards_in(saved) if _is_checklist(card))
    assert [inputs(again)[f"req_text_{n}"] for n in (1, 2, 3)] == [
        "Førerkort klasse B", "Høyere utdanning innen økonomi", "Kjennskap til merverdiavgift"]
    preview = next(card for card in cards_in(saved) if not _is_checklist(card))
    tiltak = inputs(preview)["part_tiltak"]
    assert "Førerkort klasse B" in tiltak and "Erfaring med saksbehandling" not in tiltak
