"""A task's optional pasted text for Inspirasjon (in ``/intervju``: an interview guide from another
process), and the pasted texts a card shows in fields of their own.

Giving the text puts the task's inspiration template (``inspiration.template`` in the task file, with
``{input}``) into the Inspirasjon part, after any example the user wrote there; taking it out removes
the template again. The text then goes out with the prompt, through the same guardrail as the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

from dialogs.draft import Draft, part_templates
from dialogs.part_edit import editable_text
from dialogs.task_definition import PART_NAMES, TaskDefinition

PART = "inspirasjon"


@dataclass(frozen=True)
class PastedField:
    """A pasted text shown in a card field of its own (the ad, an interview guide)."""

    name: str
    label: str
    text: str
    placeholder: str = ""  # an optional field's hint in a card
    offer: str = ""  # an empty optional field: how a chat user gives it


def pasted_fields(task: TaskDefinition, draft: Draft) -> tuple[PastedField, ...]:
    """Every multiline input (the texts the user pastes), the optional one with its hints."""
    config = task.inspiration
    fields = []
    for item in task.inputs:
        if not item.multiline:
            continue
        optional = config is not None and item.name == config.input
        fields.append(PastedField(name=item.name, label=item.label, text=draft.inputs.get(item.name, ""),
                                  placeholder=config.placeholder if optional and config else "",
                                  offer=config.offer if optional and config else ""))
    return tuple(fields)


def card_parts(task: TaskDefinition, draft: Draft) -> dict[str, str]:
    """The five parts as a card shows them: each pasted text as its marker (``[Stillingsannonse]``),
    since it has a field of its own; everything else (the checklist, the plan, the role) filled in."""
    marked = frozenset(item.name for item in task.inputs if item.multiline)
    return {part: editable_text(task, draft, part, marked)[0] for part in PART_NAMES}


def set_inspiration(task: TaskDefinition, draft: Draft, text: str) -> None:
    """Give (or, with "", take out) the task's optional inspiration text."""
    config = task.inspiration
    if config is None:
        return
    text = text.strip()
    placeholder, template = "{" + config.input + "}", config.template.strip()
    current = part_templates(task, draft)[PART]
    if text:
        draft.inputs[config.input] = text
        if placeholder not in current:
            draft.edited_parts[PART] = f"{current.rstrip()}\n\n{template}".strip()
    else:
        draft.inputs.pop(config.input, None)
        if template in current:
            rest = current.replace(template, "").strip()
            if rest == task.parts.inspirasjon.strip() and PART not in draft.template_parts:
                draft.edited_parts.pop(PART, None)
            else:
                draft.edited_parts[PART] = rest
    draft.anonymize = False  # a new text: the choice to anonymise was about the old one


def has_inspiration(task: TaskDefinition, draft: Draft) -> bool:
    config = task.inspiration
    return config is not None and bool(draft.inputs.get(config.input, "").strip())
