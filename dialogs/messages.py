"""Norwegian user-facing text, keyed.

Every sentence the bot shows a user lives in ``prompts/messages/*.yaml``; code refers to
it by key (``messages.text("dialog.too_long", length=…, limit=…)``). The key's first part is the
file's name, so each file is one area (``bot``, ``dialog``, ``guardrail``, ``model``...).
A missing key raises ``KeyError`` naming the key, and a test renders every key used in
the code, so a typo fails the tests rather than a user's conversation.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from string import Formatter

import yaml

from prompts import PROMPTS_DIR

MESSAGES_DIR = PROMPTS_DIR / "messages"


class MessageFileError(ValueError):
    """A messages file is malformed; the message names the file and the key."""


def _flatten(prefix: str, node: object, into: dict[str, str], source: Path) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            _flatten(f"{prefix}.{key}", value, into, source)
    elif isinstance(node, str):
        into[prefix] = node
    else:
        raise MessageFileError(f"{source.name}: '{prefix}' must be text, not {type(node).__name__}")


@cache
def catalogue(directory: Path = MESSAGES_DIR) -> dict[str, str]:
    """All messages, flattened to ``file.key.subkey`` → text."""
    entries: dict[str, str] = {}
    for path in sorted(directory.glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise MessageFileError(f"{path.name}: not valid YAML ({exc})") from exc
        if not isinstance(data, dict):
            raise MessageFileError(f"{path.name}: the top level must be a mapping of keys to texts")
        _flatten(path.stem, data, entries, path)
    return entries


def text(key: str, **values: object) -> str:
    """The message for ``key`` with ``{placeholders}`` filled in from ``values``."""
    try:
        template = catalogue()[key]
    except KeyError:
        raise KeyError(f"no user-facing message with key '{key}' in prompts/messages/") from None
    if not values:
        return template
    return template.format(**values)


def placeholders(key: str) -> set[str]:
    """The ``{names}`` a message expects (used by the tests)."""
    return {name for _, name, _, _ in Formatter().parse(catalogue()[key]) if name}


def format_count(number: int) -> str:
    """A count as Norwegian text shows it: thousands split by a space (``12 345``)."""
    return f"{number:,}".replace(",", " ")
