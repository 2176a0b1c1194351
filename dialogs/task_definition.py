"""Task definitions (``prompts/tasks/*.yaml``), commands and the system prompt, validated.

A task is data: its inputs, its AKTIV parts with ``{placeholders}``, and defaults. A new
task is a new YAML file plus a line in ``prompts/commands.yaml``. Everything is validated
with pydantic at start-up; a bad file stops start-up with a ``PromptFileError`` naming the
file and the field, never a silent fallback.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from prompts import PROMPTS_DIR

PART_NAMES: tuple[str, ...] = ("aktor", "kommando", "tiltak", "inspirasjon", "vurdering")
PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
# Values the dialog supplies itself rather than asking the user for.
REQUIREMENT_VALUES = frozenset({"kravliste", "tidsplan", "minutter"})
DERIVED_VALUES = frozenset({"maskinoversettelse"}) | REQUIREMENT_VALUES


class PromptFileError(ValueError):
    """A prompt file is invalid; the message names the file and the field."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TaskInput(_Strict):
    name: str = Field(pattern=r"^[a-z_][a-z0-9_]*$")
    label: str = Field(min_length=1)
    question: str = Field(min_length=1)
    multiline: bool = False
    default: str | None = None
    example: str | None = None


class RequirementsConfig(_Strict):
    """The task reads requirements from a pasted ad: which input holds the ad, which input
    the position's title fills (so it is not asked), which holds the interview's length."""

    ad_input: str
    role_input: str | None = None
    length_input: str | None = None


class InspirationConfig(_Strict):
    """An optional pasted text the Inspirasjon part is built around (seed 000: "intervjuguide fra en
    annen prosess … bruk måten spørsmålene stilles på som inspirasjon"). ``input`` is a multiline input
    with ``default: ""`` (never asked); ``template`` is what the Inspirasjon part gets when it is given
    and holds ``{input}``; ``offer`` tells a chat user how to give it, ``placeholder`` is the card
    field's hint."""

    input: str
    template: str = Field(min_length=1)
    offer: str = Field(min_length=1)
    placeholder: str = Field(min_length=1)


class AktivParts(_Strict):
    aktor: str
    kommando: str = Field(min_length=1)
    tiltak: str = ""
    inspirasjon: str = ""
    vurdering: str = ""

    def as_dict(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in PART_NAMES}


class TaskDefinition(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    title: str = Field(min_length=1, max_length=60)
    summary: str = Field(min_length=1)
    lang: Literal["nb", "nn"] = "nb"
    machine_translation: bool = False
    inputs: tuple[TaskInput, ...] = ()
    first_input: str | None = None
    requirements: RequirementsConfig | None = None
    inspiration: InspirationConfig | None = None
    parts: AktivParts

    @model_validator(mode="after")
    def _placeholders_known(self) -> TaskDefinition:
        names = {item.name for item in self.inputs}
        if len(names) != len(self.inputs):
            raise ValueError("inputs: two inputs have the same name")
        if self.first_input is not None and self.first_input not in names:
            raise ValueError(f"first_input: '{self.first_input}' is not one of the inputs")
        for part, template in self.parts.as_dict().items():
            unknown = set(PLACEHOLDER.findall(template)) - names - DERIVED_VALUES
            if unknown:
                raise ValueError(f"parts.{part}: unknown placeholder(s) {', '.join(sorted(unknown))}")
        if not self.machine_translation and "maskinoversettelse" in self.parts.tiltak + self.parts.inspirasjon:
            raise ValueError("parts: {maskinoversettelse} needs machine_translation: true")
        used = {name for template in self.parts.as_dict().values() for name in PLACEHOLDER.findall(template)}
        if self.requirements is None and used & REQUIREMENT_VALUES:
            raise ValueError(f"parts: {{{sorted(used & REQUIREMENT_VALUES)[0]}}} needs a 'requirements' section")
        if self.requirements is not None:
            config = self.requirements
            for field_name in ("ad_input", "role_input", "length_input"):
                value = getattr(config, field_name)
                if value is not None and value not in names:
                    raise ValueError(f"requirements.{field_name}: '{value}' is not one of the inputs")
        if self.inspiration is not None:
            self._check_inspiration(self.inspiration, names)
        return self

    def _check_inspiration(self, config: InspirationConfig, names: set[str]) -> None:
        if config.input not in names:
            raise ValueError(f"inspiration.input: '{config.input}' is not one of the inputs")
        item = self.input(config.input)
        if not item.multiline or item.default != "":
            raise ValueError(f"inspiration.input: '{config.input}' must be multiline with default: \"\" (optional)")
        used = set(PLACEHOLDER.findall(config.template))
        if config.input not in used:
            raise ValueError(f"inspiration.template: must hold {{{config.input}}}")
        unknown = used - names - DERIVED_VALUES
        if unknown:
            raise ValueError(f"inspiration.template: unknown placeholder(s) {', '.join(sorted(unknown))}")

    def input(self, name: str) -> TaskInput:
        return next(item for item in self.inputs if item.name == name)


class Command(_Strict):
    name: str = Field(pattern=r"^[a-zæøå]+$")
    description: str = Field(min_length=1, max_length=128)
    task: str | None = None
    # A handler the bot registers under this name (checked when the bot is built).
    action: str | None = Field(None, pattern=r"^[a-z_]+$")
    # Other names for the same command (``/prompter`` for ``/promptbank``).
    aliases: tuple[str, ...] = ()
    # Shown in /hjelp to admins only (the handler checks again).
    admin: bool = False

    @model_validator(mode="after")
    def _one_target(self) -> Command:
        if (self.task is None) == (self.action is None):
            raise ValueError("give exactly one of 'task' or 'action'")
        return self


class CommandFile(_Strict):
    commands: tuple[Command, ...]


class SystemFile(_Strict):
    system: str = Field(min_length=1)
    part_labels: dict[str, str]

    @model_validator(mode="after")
    def _all_labels(self) -> SystemFile:
        missing = set(PART_NAMES) - set(self.part_labels)
        if missing:
            raise ValueError(f"part_labels: missing {', '.join(sorted(missing))}")
        return self


@dataclass(frozen=True)
class PromptLibrary:
    """Everything under ``prompts/`` that drives the dialogs, loaded and cross-checked."""

    tasks: dict[str, TaskDefinition]
    commands: tuple[Command, ...]
    system: SystemFile

    def command(self, name: str) -> Command | None:
        return next((c for c in self.commands if c.name == name or name in c.aliases), None)

    def task_commands(self) -> Iterable[Command]:
        return (c for c in self.commands if c.task)


def _load_yaml(path: Path) -> object:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise PromptFileError(f"{path.name}: cannot be read as YAML ({exc})") from exc


def _validate(model: type[BaseModel], path: Path, data: object):
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            where = ".".join(str(p) for p in error["loc"]) or "(top level)"
            problems.append(f"{where}: {error['msg'].removeprefix('Value error, ')}")
        raise PromptFileError(f"{path.name}: " + "; ".join(problems)) from None


def load_library(directory: Path = PROMPTS_DIR) -> PromptLibrary:
    """Load and cross-check ``prompts/``; raise ``PromptFileError`` naming file and field."""
    tasks: dict[str, TaskDefinition] = {}
    for path in sorted((directory / "tasks").glob("*.yaml")):
        task = _validate(TaskDefinition, path, _load_yaml(path))
        if task.id != path.stem:
            raise PromptFileError(f"{path.name}: id: must be '{path.stem}' (the file's name)")
        tasks[task.id] = task
    commands_path = directory / "commands.yaml"
    commands = _validate(CommandFile, commands_path, _load_yaml(commands_path)).commands
    names = [name for c in commands for name in (c.name, *c.aliases)]
    if len(set(names)) != len(names):
        raise PromptFileError(f"{commands_path.name}: commands: a command name is used twice")
    for command in commands:
        if command.task and command.task not in tasks:
            raise PromptFileError(f"{commands_path.name}: commands.{command.name}.task: no task '{command.task}'")
    without_command = set(tasks) - {c.task for c in commands if c.task}
    if without_command:
        missing = ", ".join(sorted(without_command))
        raise PromptFileError(f"{commands_path.name}: commands: no command for task(s) {missing}")
    system_path = directory / "system.yaml"
    system = _validate(SystemFile, system_path, _load_yaml(system_path))
    return PromptLibrary(tasks=tasks, commands=commands, system=system)
