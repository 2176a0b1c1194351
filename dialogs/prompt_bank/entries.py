"""A prompt in the bank, and how a user's draft becomes one without any input text.

A saved prompt holds its five AKTIV parts as *templates*: the task's own ``{placeholders}``
stay placeholders, and any input the user gave (a pasted job ad, requirements …) that was
copied into an edited part is put back as its placeholder. So the bank never holds the
texts a user pasted in, only the way the prompt was written.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Literal

from dialogs.task_definition import DERIVED_VALUES, PART_NAMES, PLACEHOLDER, TaskDefinition

Scope = Literal["curated", "private", "tenant"]
MAX_TITLE = 80
MAX_TAGS = 8
_TAG = re.compile(r"#([\wæøåÆØÅ-]{1,30})")
# An input shorter than this is too short to look for inside an edited part.
_MIN_INPUT_TO_STRIP = 12


@dataclass(frozen=True)
class BankEntry:
    """What the bank lists and searches (no parts: they are stored separately)."""

    id: str
    task: str
    title: str
    tags: tuple[str, ...] = ()
    scope: Scope = "private"
    owner: str = ""  # a pseudonymous owner key, never a name
    created: float = 0.0
    uses: int = 0

    def to_state(self) -> dict:
        data = asdict(self)
        data["tags"] = list(self.tags)
        return data

    @classmethod
    def from_state(cls, data: dict) -> BankEntry:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        known["tags"] = tuple(known.get("tags") or ())
        return cls(**known)

    def visible_to(self, owner: str) -> bool:
        return self.scope != "private" or self.owner == owner


@dataclass(frozen=True)
class SaveRequest:
    """``/lagre [delt|privat] Tittel #tagg #tagg``, parsed."""

    title: str
    tags: tuple[str, ...] = ()
    scope: Scope = "private"
    problems: tuple[str, ...] = field(default=())


def parse_save_request(text: str) -> SaveRequest:
    words = text.strip().split(maxsplit=1)
    scope: Scope = "private"
    if words and words[0].lower() in ("delt", "del", "organisasjon", "felles"):
        scope = "tenant"
        text = words[1] if len(words) > 1 else ""
    elif words and words[0].lower() in ("privat", "personlig"):
        text = words[1] if len(words) > 1 else ""
    tags = tuple(dict.fromkeys(t.lower() for t in _TAG.findall(text)))[:MAX_TAGS]
    title = re.sub(r"\s+", " ", _TAG.sub(" ", text)).strip(" -–:")
    problems = []
    if not title:
        problems.append("title_missing")
    elif len(title) > MAX_TITLE:
        problems.append("title_too_long")
    return SaveRequest(title=title[:MAX_TITLE], tags=tags, scope=scope, problems=tuple(problems))


def template_parts(task: TaskDefinition, edited_parts: dict[str, str], inputs: dict[str, str],
                   base: dict[str, str] | None = None) -> dict[str, str]:
    """The five parts as templates: the task's template (or ``base``, a bank prompt's)
    unless the user edited the part, with every input text found in an edited part
    replaced by its ``{placeholder}``. An interview guide given for this process (the task's
    ``inspiration``) is left out: a saved prompt keeps the user's own example, not "here is a guide"
    with nothing after it."""
    templates = {**task.parts.as_dict(), **(base or {})}
    by_length = sorted(((name, value.strip()) for name, value in inputs.items() if value and value.strip()),
                       key=lambda item: len(item[1]), reverse=True)
    parts = {}
    for part in PART_NAMES:
        if part not in edited_parts:
            parts[part] = templates[part]
            continue
        text = edited_parts[part]
        for name, value in by_length:
            if len(value) >= _MIN_INPUT_TO_STRIP:
                text = text.replace(value, "{" + name + "}")
        parts[part] = text
    if task.inspiration is not None:
        guide = task.inspiration.template.strip()
        parts["inspirasjon"] = parts["inspirasjon"].replace(guide, "").strip()
    return parts


def unknown_placeholders(task: TaskDefinition, parts: dict[str, str]) -> set[str]:
    """Placeholders the task cannot fill (a bank entry with one would break the dialog)."""
    known = {item.name for item in task.inputs} | DERIVED_VALUES
    return {name for text in parts.values() for name in PLACEHOLDER.findall(text)} - known


def literal_parts(parts: dict[str, str]) -> str:
    """The parts as one text, for the guardrail check before saving or sharing."""
    return "\n\n".join(parts.get(name, "") for name in PART_NAMES if parts.get(name, "").strip())


def curated_entries(tasks: dict[str, TaskDefinition]) -> list[tuple[BankEntry, dict[str, str]]]:
    """The bank's base: every task definition in ``prompts/tasks`` as a curated prompt."""
    return [(BankEntry(id=f"std-{task.id}", task=task.id, title=task.title, tags=(task.id,), scope="curated"),
             task.parts.as_dict()) for task in tasks.values()]
