"""Reading a pasted ad into a task's draft: the interview's length from its first line, the
checklist, and the position's title for the role input (so it is never asked)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from dialogs.draft import Draft
from dialogs.requirements.checklist import KINDS, ChecklistEdit, apply_command, as_state, ordered
from dialogs.requirements.extraction import AdRequirements, extract_requirements
from dialogs.requirements.interview_plan import interview_minutes, split_length
from dialogs.requirements.prompt_values import role_text
from dialogs.task_definition import PROMPTS_DIR, TaskDefinition

# A reply this short that names a length is a new length ("60 minutter"), not a requirement.
_LENGTH_REPLY_MAX = 40


def read_ad(task: TaskDefinition, draft: Draft) -> AdRequirements | None:
    """Fill the draft from the ad in the task's ad input; None when the task reads no ad."""
    config = task.requirements
    if config is None or not draft.inputs.get(config.ad_input):
        return None
    text = draft.inputs[config.ad_input]
    if config.length_input:
        minutes, rest = split_length(text)
        if minutes is not None and rest:
            draft.inputs[config.length_input] = f"{minutes} minutter"
            draft.inputs[config.ad_input] = text = rest
    found = extract_requirements(text)
    draft.requirements = as_state(found)
    if config.role_input and found.title and not draft.inputs.get(config.role_input):
        draft.inputs[config.role_input] = role_text(found.title, found.employer)
    return found


def checklist_command(task: TaskDefinition, draft: Draft, text: str) -> ChecklistEdit | None:
    """The draft's checklist after a typed command ("slett krav 2"), or None if it was none."""
    if task.requirements is None or draft.requirements is None or not text.strip():
        return None
    edit = apply_command(draft.requirements, text)
    if not edit.done:
        return None
    draft.requirements = edit.items
    return edit


def length_reply(task: TaskDefinition, draft: Draft, text: str) -> int | None:
    """A short reply that gives the interview's length ("60 minutter") sets it."""
    config = task.requirements
    if config is None or not config.length_input or len(text.strip()) > _LENGTH_REPLY_MAX:
        return None
    minutes = interview_minutes(text)
    if minutes is not None:
        draft.inputs[config.length_input] = f"{minutes} minutter"
    return minutes


@cache
def _check_words(path: Path = PROMPTS_DIR / "replies.yaml") -> tuple[str, ...]:
    words = yaml.safe_load(path.read_text(encoding="utf-8"))["check_questions"]
    return tuple(sorted((str(w).lower() for w in words), key=len, reverse=True))


def questions_to_check(text: str) -> str | None:
    """The text after "sjekk" ("sjekk\\n1. Har du barn?"), or None when the message is no check."""
    stripped = (text or "").strip()
    lowered = stripped.lower()
    for word in _check_words():
        if lowered == word or lowered.startswith((word + " ", word + "\n", word + ":")):
            return stripped[len(word):].lstrip(" :\n")
    return None


def card_requirements(value: object) -> list[dict[str, str]] | None:
    """The checklist a card sent back (``{"requirements": [{"text", "kind"}, …]}``), or None."""
    rows = value.get("requirements") if isinstance(value, dict) else None
    if not isinstance(rows, list):
        return None
    return ordered([{"text": str(row["text"]).strip().rstrip("."),
                     "kind": row["kind"] if row.get("kind") in KINDS else "must"}
                    for row in rows if isinstance(row, dict) and str(row.get("text") or "").strip()])
