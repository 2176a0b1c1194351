"""Card submits → what the dialogs understand.

An Action.Submit arrives as a message whose ``value`` is the action's ``data`` merged with
the card's inputs. Our cards name their inputs ``part_<name>`` (the five AKTIV parts),
``input_<name>`` (a pasted text in its own field: the ad, an interview guide) and ``aktiv_text``
(a corrected text); a button may carry ``aktiv_command`` (a command such as
``avbryt``). This module turns that into the agreed shape ``{"aktiv_action", "parts", "inputs"}`` that
``dialogs.replies.parse_reply`` reads, plus the text a command button stands for.
"""

from __future__ import annotations

from dataclasses import dataclass

PART_INPUT_PREFIX = "part_"
PASTED_INPUT_PREFIX = "input_"
TEXT_INPUT = "aktiv_text"
COMMAND_FIELD = "aktiv_command"
ACTION_FIELD = "aktiv_action"
# The requirement checklist card's inputs: text and kind per row (bot/teams/cards/requirements_card.py).
REQUIREMENT_PREFIXES = ("req_text_", "req_kind_")


@dataclass(frozen=True)
class CardSubmit:
    text: str | None  # a command to run ("/avbryt") or a typed answer, None to keep the message text
    value: object  # the value for parse_reply


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _requirements(value: dict) -> list[dict[str, str]] | None:
    """The checklist card's rows ``req_text_<n>`` / ``req_kind_<n>`` (and ``_new``) as {"text", "kind"} in order;
    an emptied text drops its row."""
    rows: dict[str, dict[str, str]] = {}
    for key, item in value.items():
        for field, prefix in (("text", REQUIREMENT_PREFIXES[0]), ("kind", REQUIREMENT_PREFIXES[1])):
            if key.startswith(prefix) and isinstance(item, str):
                rows.setdefault(key[len(prefix):], {})[field] = _clean(item)
    if not rows:
        return None
    order = sorted((key for key in rows if key.isdigit()), key=int) + [key for key in rows if not key.isdigit()]
    return [{"text": rows[key]["text"], "kind": rows[key].get("kind") or "must"}
            for key in order if rows[key].get("text")]


def normalize_submit(value: object) -> CardSubmit:
    """Read one of our card submits; anything else passes through unchanged."""
    if not isinstance(value, dict):
        return CardSubmit(text=None, value=value)
    command = value.get(COMMAND_FIELD)
    if isinstance(command, str) and command.isalpha():
        return CardSubmit(text=f"/{command.lower()}", value=None)
    parts = {key[len(PART_INPUT_PREFIX):]: _clean(item) for key, item in value.items()
             if key.startswith(PART_INPUT_PREFIX) and isinstance(item, str)}
    pasted = {key[len(PASTED_INPUT_PREFIX):]: _clean(item) for key, item in value.items()
              if key.startswith(PASTED_INPUT_PREFIX) and isinstance(item, str)}
    normalized = {key: item for key, item in value.items()
                  if not key.startswith((PART_INPUT_PREFIX, PASTED_INPUT_PREFIX)) and key != TEXT_INPUT}
    if parts:
        normalized["parts"] = parts
    if pasted:
        normalized["inputs"] = pasted
    requirements = _requirements(value)
    if requirements is not None:
        normalized = {key: item for key, item in normalized.items() if not key.startswith(REQUIREMENT_PREFIXES)}
        normalized["requirements"] = requirements
    typed = value.get(TEXT_INPUT)
    text = _clean(typed) if isinstance(typed, str) and not value.get(ACTION_FIELD) else None
    return CardSubmit(text=text, value=normalized)
