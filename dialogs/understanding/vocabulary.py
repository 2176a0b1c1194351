"""The phrase data behind free-text understanding (``prompts/intents.yaml``), validated.

Cue words, weights, thresholds and example phrasings are data; a bad file stops start-up
with a message naming the file and the field (``PromptFileError``), as every prompt file does.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from dialogs.task_definition import PROMPTS_DIR, PromptFileError

INTENTS_FILE = PROMPTS_DIR / "intents.yaml"
# Classes that are not tasks; every other class must be a task's id.
NON_TASK_CLASSES = ("evaluate", "greeting", "help", "privacy")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class IntentClass(_Strict):
    cues: dict[str, float] = Field(min_length=1)
    examples: tuple[str, ...] = ()


class Vocabulary(_Strict):
    min_score: float = Field(gt=0)
    evaluate_min_score: float = Field(gt=0)
    evaluate_margin: float
    greeting_max_chars: int = Field(gt=0)
    example_min_ratio: float = Field(ge=50, le=100)
    command_max_words: int = Field(ge=1)
    command_ratio: float = Field(ge=50, le=100)
    suggest_ratio: float = Field(ge=50, le=100)
    pasted_ad_default_task: str | None = None
    request_markers: tuple[str, ...] = ()
    evaluate_people: dict[str, float] = Field(default_factory=dict)
    evaluate_pair_bonus: float = 0.0
    evaluate_people_alone: float = 1000.0
    evaluate_dampers: dict[str, float] = Field(default_factory=dict)
    production_cues: tuple[str, ...] = ()
    production_bonus: float = 0.0
    classes: dict[str, IntentClass]

    @model_validator(mode="after")
    def _non_task_classes_present(self) -> Vocabulary:
        missing = set(NON_TASK_CLASSES) - set(self.classes)
        if missing:
            raise ValueError(f"classes: missing {', '.join(sorted(missing))}")
        if self.suggest_ratio > self.command_ratio:
            raise ValueError("suggest_ratio: must not be above command_ratio")
        return self

    def task_classes(self) -> list[str]:
        return [name for name in self.classes if name not in NON_TASK_CLASSES]


def load_vocabulary(path: Path = INTENTS_FILE, task_ids: frozenset[str] | None = None) -> Vocabulary:
    """Load and check ``intents.yaml``; every task class must be a known task (when given)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise PromptFileError(f"{path.name}: cannot be read as YAML ({exc})") from exc
    try:
        vocabulary = Vocabulary.model_validate(data)
    except ValidationError as exc:
        problems = [f"{'.'.join(str(p) for p in e['loc']) or '(top level)'}: {e['msg'].removeprefix('Value error, ')}"
                    for e in exc.errors()]
        raise PromptFileError(f"{path.name}: " + "; ".join(problems)) from None
    if task_ids is not None:
        named = set(vocabulary.task_classes()) | {vocabulary.pasted_ad_default_task or next(iter(task_ids))}
        unknown = named - task_ids
        if unknown:
            raise PromptFileError(f"{path.name}: classes: no task {', '.join(sorted(unknown))}")
    return vocabulary


@cache
def default_vocabulary() -> Vocabulary:
    return load_vocabulary()
