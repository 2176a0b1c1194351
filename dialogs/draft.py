"""The user's draft of one AKTIV prompt, and how it becomes a prompt.

Pure functions and plain data: the draft is stored in the dialog state (and so survives
model errors and restarts); rendering names every missing value at once.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from dialogs import messages
from dialogs.ports import PromptRequest
from dialogs.requirements.prompt_values import derived_values
from dialogs.task_definition import PART_NAMES, PLACEHOLDER, PromptLibrary, TaskDefinition


@dataclass
class Draft:
    task_id: str
    inputs: dict[str, str] = field(default_factory=dict)
    # Parts the user rewrote, as templates: their text with ``{name}`` where an input goes.
    edited_parts: dict[str, str] = field(default_factory=dict)
    machine_translation: str | None = None
    last_answer: str | None = None
    followup: str | None = None
    # Part templates that replace the task's own (a prompt from the prompt bank).
    template_parts: dict[str, str] = field(default_factory=dict)
    # The user chose "send anonymised" for this draft: follow-ups on it are sent so too.
    anonymize: bool = False
    # Words the guardrail asked about ("Er «storm» et navn her?") that the user said are no names.
    confirmed_words: list[str] = field(default_factory=list)
    # The checklist read from the ad ({"text", "kind"} dicts); None until the ad is read.
    requirements: list[dict[str, str]] | None = None

    def to_state(self) -> dict:
        return asdict(self)

    @classmethod
    def from_state(cls, state: dict) -> Draft:
        known = {name: state[name] for name in cls.__dataclass_fields__ if name in state}
        return cls(**known)


def missing_inputs(task: TaskDefinition, draft: Draft) -> list[str]:
    """Inputs the user still has to give, in the task's order (defaults fill the rest)."""
    names = [item.name for item in task.inputs if not draft.inputs.get(item.name) and item.default is None]
    if draft.template_parts:  # a bank prompt may not use every input of its task
        templates = {**task.parts.as_dict(), **draft.template_parts}
        used = {name for template in templates.values() for name in PLACEHOLDER.findall(template)}
        config = task.requirements
        if config is not None and "kravliste" in used:
            used.add(config.ad_input)  # the checklist is read from the ad
        names = [name for name in names if name in used]
    return names


def input_values(task: TaskDefinition, draft: Draft) -> dict[str, str]:
    """What the placeholders are filled with: the user's inputs, defaults, the machine translation."""
    values = {item.name: item.default for item in task.inputs if item.default is not None}
    values.update({k: v for k, v in draft.inputs.items() if v})
    if draft.machine_translation is not None:
        values["maskinoversettelse"] = draft.machine_translation
    config = task.requirements
    if config is not None:
        length = values.get(config.length_input) if config.length_input else None
        values.update(derived_values(draft.requirements or [], values.get(config.ad_input, ""), length))
    return values


def part_templates(task: TaskDefinition, draft: Draft) -> dict[str, str]:
    """The five parts' templates as they stand: the task's, a bank prompt's, the user's edits."""
    return {**task.parts.as_dict(), **draft.template_parts, **draft.edited_parts}


def render_parts(task: TaskDefinition, draft: Draft) -> dict[str, str]:
    """The five AKTIV parts with placeholders filled; the user's own edits win.

    Raises ``KeyError`` listing every value that is still missing.
    """
    values = input_values(task, draft)
    templates = {**task.parts.as_dict(), **draft.template_parts}
    missing = sorted(
        {name for part, template in templates.items() if part not in draft.edited_parts
         for name in PLACEHOLDER.findall(template)} - set(values)
    )
    if missing:
        raise KeyError(", ".join(missing))
    parts = {}
    for part in PART_NAMES:
        if part in draft.edited_parts:
            # The user's text: our placeholders for what they pasted are filled; any other
            # braces (or a name with no value) stay as typed.
            parts[part] = PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)),
                                          draft.edited_parts[part]).strip()
        else:
            # Substitute only our own {names}; braces inside the user's text stay as they are.
            parts[part] = PLACEHOLDER.sub(lambda m: values[m.group(1)], templates[part]).strip()
    return parts


# A pasted text longer than this is shown in a text preview by its first line and its length;
# an inspiration text (an interview guide from another process) already when longer than the second.
SHORT_PREVIEW_CHARS = 800
SHORT_INSPIRATION_CHARS = 200


def preview_parts(task: TaskDefinition, draft: Draft) -> dict[str, str]:
    """The parts as a text preview shows them: a long pasted text (the ad) by its first line and
    its length ("«Rådgiver …» (Stillingsannonse, 2 134 tegn – skriv «vis hele»)"), not all of it."""
    short = dict(input_values(task, draft))
    inspiration = task.inspiration.input if task.inspiration else None
    for item in task.inputs:
        value = short.get(item.name, "")
        limit = SHORT_INSPIRATION_CHARS if item.name == inspiration else SHORT_PREVIEW_CHARS
        if item.multiline and len(value) > limit:
            first = next((line.strip() for line in value.splitlines() if line.strip()), "")
            short[item.name] = messages.text("dialog.pasted_excerpt", first=first[:120], label=item.label,
                                             length=messages.format_count(len(value)))
    shortened = Draft(**{**draft.to_state(), "inputs": {k: v for k, v in short.items() if k in draft.inputs}})
    shortened.machine_translation = draft.machine_translation
    return render_parts(task, shortened)


def prompt_text(parts: dict[str, str]) -> str:
    """The AKTIV prompt as one text, ready to paste into Copilot or send to a model."""
    return "\n\n".join(parts[name] for name in PART_NAMES if parts[name].strip())


def labelled_parts(library: PromptLibrary, parts: dict[str, str]) -> list[tuple[str, str]]:
    return [(library.system.part_labels[name], parts[name]) for name in PART_NAMES]


def build_request(library: PromptLibrary, task: TaskDefinition, draft: Draft) -> PromptRequest:
    parts = render_parts(task, draft)
    if draft.followup and draft.followup == messages.text("dialog.followup_shorter"):
        parts["vurdering"] = ""  # a shorter answer: no self-assessment that makes it longer again
    user = prompt_text(parts)
    if draft.followup and draft.last_answer:
        previous = messages.text("dialog.followup_previous_answer")
        user = f"{user}\n\n{previous}\n{draft.last_answer}\n\n{draft.followup}"
    return PromptRequest(system=library.system.system.strip(), user=user, lang=task.lang, task=task.id)
