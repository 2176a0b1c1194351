"""prompts/ is validated at start-up: good files load, bad files name file and field."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from dialogs import messages
from dialogs.draft import Draft, missing_inputs, render_parts
from dialogs.task_definition import PROMPTS_DIR, PromptFileError, load_library

ROOT = Path(__file__).resolve().parents[2]


def test_library_loads_with_a_command_per_task():
    library = load_library()
    assert set(library.tasks) == {"annonse", "intervju", "screening", "oversett"}
    assert {c.task for c in library.task_commands()} == set(library.tasks)
    assert {c.action for c in library.commands if c.action} == {
        "help", "privacy", "cancel", "bank", "save", "share", "forget", "statistics"}


@pytest.mark.parametrize("task_id", ["annonse", "intervju", "screening", "oversett"])
def test_every_task_renders_all_five_parts(task_id):
    task = load_library().tasks[task_id]
    draft = Draft(task_id=task_id, inputs={name: f"<{name}>" for name in missing_inputs(task, Draft(task_id))},
                  machine_translation="<utkast>" if task.machine_translation else None)
    parts = render_parts(task, draft)
    assert parts["kommando"] and parts["aktor"] and parts["vurdering"]
    assert not re.search(r"\{[a-z_]+\}", "".join(parts.values()))


def test_user_braces_are_not_template_syntax():
    task = load_library().tasks["annonse"]
    parts = render_parts(task, Draft("annonse", inputs={"annonse": "Lønn {etter avtale} og {krav}"}))
    assert "Lønn {etter avtale} og {krav}" in parts["tiltak"]


def _copy_prompts(tmp_path: Path) -> Path:
    target = tmp_path / "prompts"
    shutil.copytree(PROMPTS_DIR, target)
    return target


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        ("tasks/intervju.yaml", "med {antall} intervjuspørsmål", "med {antal} intervjuspørsmål",
         "intervju.yaml: parts: Value error, parts.kommando: unknown placeholder(s) antal"),
        ("tasks/intervju.yaml", "  length_input: varighet", "  length_input: lengde",
         "intervju.yaml: (top level): Value error, requirements.length_input: 'lengde' is not one of the inputs"),
        ("tasks/screening.yaml", "requirements:\n  ad_input: annonse\n", "",
         "screening.yaml: (top level): Value error, parts: {kravliste} needs a 'requirements' section"),
        ("tasks/screening.yaml", "id: screening", "id: screening\ncolour: blue",
         "screening.yaml: colour: Extra inputs"),
        ("tasks/annonse.yaml", "id: annonse", "id: annonse2", "annonse.yaml: id: must be 'annonse'"),
        ("tasks/intervju.yaml", "    multiline: true\n    default: \"\"", "    multiline: true",
         "intervju.yaml: (top level): Value error, inspiration.input: 'intervjuguide' must be multiline with default"),
        ("tasks/intervju.yaml", "    {intervjuguide}\n", "    {intervjuguiden}\n",
         "intervju.yaml: (top level): Value error, inspiration.template: must hold {intervjuguide}"),
        ("commands.yaml", "task: oversett", "task: oversetting", "commands.yaml: commands.oversett.task: no task"),
        ("system.yaml", "  vurdering: \"V – Vurdering\"\n", "", "system.yaml: part_labels"),
        ("tasks/oversett.yaml", "inputs:", "inputs: [", "oversett.yaml: cannot be read as YAML"),
    ],
)
def test_bad_prompt_file_names_file_and_field(tmp_path, file, old, new, expected):
    prompts = _copy_prompts(tmp_path)
    path = prompts / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(PromptFileError) as error:
        load_library(prompts)
    message = str(error.value).replace("Value error, ", "")
    assert expected.replace("Value error, ", "").split(":")[0] in message
    for fragment in expected.replace("Value error, ", "").split(": ")[1:]:
        assert fragment.split(",")[0] in message


def _keys_used_in_code() -> set[str]:
    keys = set()
    for folder in ("bot", "dialogs", "guardrails"):
        for path in (ROOT / folder).rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            keys.update(re.findall(r"messages\.text\(\s*\"([a-z_]+\.[A-Za-z0-9_.]+)\"", source))
    return keys


def test_every_message_key_used_in_code_exists():
    keys = _keys_used_in_code()
    assert len(keys) > 30  # the scan really found the code's keys
    missing = sorted(key for key in keys if key not in messages.catalogue())
    assert missing == []


def test_suggested_action_titles_exist():
    from dialogs.replies import INTENTS

    for intent in ("send", "edit", "cancel", "anonymize", "retry", "improve", "shorter", "new_round", "done",
                   "add_example"):
        assert messages.text(f"dialog.suggested.{intent}")
    assert "clear" in INTENTS
