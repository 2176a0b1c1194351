"""What a user's reply means inside a dialog: free text, a known intent, or a card submit.

Typed words come from ``prompts/replies.yaml``. Card submits (Action.Submit) arrive as a
``value`` dict; only the fields we know are read, anything else is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from dialogs.task_definition import PART_NAMES, PROMPTS_DIR

INTENTS = ("send", "edit", "anonymize", "retry", "improve", "shorter", "new_round", "done", "add_example", "clear",
           "use_redacted", "remove_contact", "stricter", "keep_terms", "show_all", "requirements", "not_personal")


@dataclass(frozen=True)
class Reply:
    text: str = ""
    intent: str | None = None
    part: str | None = None
    # Parts replaced in one go from a card (part name → new text).
    parts: dict[str, str] = field(default_factory=dict)
    # Pasted texts (the ad, an interview guide) sent from a card's own fields (input name → text).
    inputs: dict[str, str] = field(default_factory=dict)


@cache
def _vocabulary(path: Path = PROMPTS_DIR / "replies.yaml") -> tuple[dict[str, str], dict[str, str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    phrases = {phrase: intent for intent in INTENTS for phrase in data["intents"][intent]}
    parts = {word: part for part in PART_NAMES for word in data["parts"][part]}
    return phrases, parts


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower()).strip(" .!?«»\"'")


def parse_reply(text: str | None, value: object = None) -> Reply:
    """Interpret a message's text and (card) value."""
    if isinstance(value, dict):
        intent = value.get("aktiv_action")
        parts = value.get("parts")
        clean_parts = (
            {k: str(v) for k, v in parts.items() if k in PART_NAMES and isinstance(v, str)}
            if isinstance(parts, dict) else {}
        )
        inputs = value.get("inputs")
        clean_inputs = (
            {str(k): v for k, v in inputs.items() if isinstance(v, str)} if isinstance(inputs, dict) else {}
        )
        part = value.get("part") if value.get("part") in PART_NAMES else None
        if intent in INTENTS or clean_parts or clean_inputs:
            return Reply(text=str(value.get("text") or ""), intent=intent if intent in INTENTS else None,
                         part=part, parts=clean_parts, inputs=clean_inputs)
    raw = (text or "").strip()
    phrases, part_words = _vocabulary()
    normal = _normalise(raw)
    if normal in phrases:
        return Reply(text=raw, intent=phrases[normal])
    # "endre tiltak", "endre t", "rediger inspirasjon"
    head, _, rest = normal.partition(" ")
    if rest and phrases.get(head) == "edit" and rest in part_words:
        return Reply(text=raw, intent="edit", part=part_words[rest])
    if normal in part_words and len(normal) > 1:
        return Reply(text=raw, part=part_words[normal])
    return Reply(text=raw)


@cache
def _example_lead_ins(path: Path = PROMPTS_DIR / "replies.yaml") -> tuple[str, ...]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return tuple(_normalise(phrase) for phrase in data["example_lead_ins"])


def starts_with_example_lead_in(text: str) -> bool:
    """Does an inspiration example already say that it is one ("Eksempel: …", "Her er et eksempel …")?"""
    start = re.sub(r"\s+", " ", text.strip().lower())
    return any(start.startswith(phrase) for phrase in _example_lead_ins())


@cache
def _inspiration_words(path: Path = PROMPTS_DIR / "replies.yaml") -> tuple[tuple[str, ...], frozenset[str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))["inspiration"]
    lead_ins = tuple(sorted((str(w).lower() for w in data["lead_ins"]), key=len, reverse=True))
    return lead_ins, frozenset(_normalise(str(w)) for w in data["remove"])


def inspiration_text(text: str) -> str | None:
    """The text after "inspirasjon:" (or "intervjuguide" and a new line, as an attached file arrives),
    "" when nothing follows, None when the message is no such thing. The bare word stays the name of
    the part ("inspirasjon" → edit Inspirasjon)."""
    stripped = (text or "").strip()
    lowered = stripped.lower()
    for word in _inspiration_words()[0]:
        if lowered.startswith(word):
            rest = stripped[len(word):].lstrip(" \t")
            if rest[:1] in (":", "\n"):
                return rest[1:].strip()
    return None


def removes_inspiration(text: str) -> bool:
    """"inspirasjon: fjern": the words after the lead-in that take the pasted text out again."""
    return _normalise(text) in _inspiration_words()[1]


@cache
def _answer_words(path: Path = PROMPTS_DIR / "replies.yaml") -> tuple[frozenset[str], dict[str, str], dict[str, int]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    confirm = {_normalise(word): answer for answer in ("yes", "no") for word in data["confirm"][answer]}
    return frozenset(_normalise(word) for word in data["not_content"]), confirm, dict(data["min_answer_chars"])


def confirmation(text: str) -> str | None:
    """``yes`` or ``no`` for an answer to a yes/no question, else None."""
    return _answer_words()[1].get(_normalise(text))


def is_content(reply: Reply) -> bool:
    """May this reply be stored as a text the bot asked for? Not a command word, not "ok"/"takk"."""
    return bool(reply.text.strip()) and reply.intent is None and _normalise(reply.text) not in _answer_words()[0]


def too_short(text: str, *, multiline: bool) -> bool:
    """Shorter than an answer of its kind can be (an ad of six characters): ask before using it."""
    return len(text.strip()) < _answer_words()[2]["multiline" if multiline else "line"]


def quoted(text: str, limit: int = 40) -> str:
    """A reply quoted back to the user: one line, at most ``limit`` characters."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def is_corrected_text(text: str, old: str, multiline: bool) -> bool:
    """Long enough to be the corrected version of ``old``: a pasted text keeps at least half
    its length (an ad is not replaced by "kortere"); a one-line answer only needs to be one."""
    if too_short(text, multiline=multiline):
        return False
    return not multiline or len(text.strip()) >= len(old.strip()) // 2


def part_from_word(text: str) -> str | None:
    _, part_words = _vocabulary()
    return part_words.get(_normalise(text))
