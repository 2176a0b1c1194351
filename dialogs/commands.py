"""Recognising commands and pasted job ads in a user's message.

Commands come from the one definition in ``prompts/commands.yaml``: ``/intervju``,
``intervju`` and ``INTERVJU`` are the same, and text after the command is the task's
first input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from dialogs.task_definition import PROMPTS_DIR, Command, PromptLibrary

_COMMAND = re.compile(r"^\s*(/)?([A-Za-zÆØÅæøå]+)(?=\s|$)(?:[ \t]*\r?\n?)(.*)\Z", re.DOTALL)


@dataclass(frozen=True)
class ParsedCommand:
    name: str
    rest: str
    command: Command | None  # None: an unknown /command


def parse_command(text: str, library: PromptLibrary) -> ParsedCommand | None:
    """The command a message starts with, or None if it is not a command."""
    match = _COMMAND.match(text or "")
    if not match:
        return None
    slash, word, rest = match.groups()
    name = word.lower()
    command = library.command(name)
    if command is None:
        return ParsedCommand(name=name, rest=rest.strip(), command=None) if slash else None
    return ParsedCommand(name=name, rest=rest.strip(), command=command)


@cache
def _ad_cues(path: Path = PROMPTS_DIR / "replies.yaml") -> tuple[int, int, re.Pattern[str]]:
    config = yaml.safe_load(path.read_text(encoding="utf-8"))["job_ad"]
    words = sorted(config["cues"], key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)
    return int(config["min_length"]), int(config["min_cues"]), pattern


def job_ad_cue_count(text: str) -> int:
    """How many different job-ad words (``replies.yaml`` job_ad.cues) a text has."""
    _, _, pattern = _ad_cues()
    return len({m.group(1).lower() for m in pattern.finditer(text)})


def looks_like_job_ad(text: str) -> bool:
    """A long text with several job-ad words: offer the four tasks for it."""
    min_length, min_cues, pattern = _ad_cues()
    if len(text) < min_length:
        return False
    return len({m.group(1).lower() for m in pattern.finditer(text)}) >= min_cues
