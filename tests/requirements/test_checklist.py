"""The editable requirement list: typed commands change it, anything else does not."""

from dialogs.requirements.checklist import apply_command, numbered

ITEMS = [{"text": "Høyere utdanning", "kind": "must"}, {"text": "Erfaring med rekruttering", "kind": "must"},
         {"text": "Kjennskap til SAP", "kind": "should"}]
LABELS = {"must": "Må", "should": "Bør", "personal": "Personlig"}


def test_edit_text_and_kind():
    edit = apply_command(ITEMS, "endre krav 1 Mastergrad i HR")
    assert edit.done == "edited" and edit.items[0]["text"] == "Mastergrad i HR"
    edit = apply_command(ITEMS, "endre krav 2 til bør")
    assert edit.done == "edited"
    assert [i["kind"] for i in edit.items] == ["must", "should", "should"]
    assert edit.items[1]["text"] == "Erfaring med rekruttering"


def test_add_and_delete():
    edit = apply_command(ITEMS, "legg til bør-krav Erfaring fra staten")
    assert edit.done == "added" and edit.items[-1] == {"text": "Erfaring fra staten", "kind": "should"}
    edit = apply_command(ITEMS, "legg til må-krav Førerkort klasse B")
    assert edit.items[2] == {"text": "Førerkort klasse B", "kind": "must"}
    edit = apply_command(ITEMS, "slett krav 2")
    assert edit.done == "deleted" and [i["text"] for i in edit.items] == ["Høyere utdanning", "Kjennskap til SAP"]


def test_no_command_or_a_wrong_number_changes_nothing():
    for text in ("ja", "slett krav 9", "endre krav 7 X", "send"):
        edit = apply_command(ITEMS, text)
        assert edit.done == "" and edit.items == ITEMS


def test_numbered():
    assert numbered(ITEMS, LABELS).splitlines()[2] == "3. [Bør] Kjennskap til SAP"
