"""After a block: the user's text with the findings taken out, ready to check and use.

Each finding is replaced by a readable marker (``[navn fjernet]``, from
``prompts/messages/conversation.yaml``), so nobody has to paste the whole ad again; and the
contact lines of an ad ("Spørsmål om stillingen kan rettes til …"), which matter to none of
the four tasks, can go in one click. Pure functions over the checked text and the findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from dialogs import messages
from dialogs.findings_view import entity_label
from dialogs.task_definition import PROMPTS_DIR
from guardrails.findings import CheckResult
from guardrails.policy import ANONYMIZABLE_ENTITIES

# Findings of these kinds put a line among the contact lines.
CONTACT_ENTITIES = frozenset({"PERSON", "NO_PHONE", "EMAIL_ADDRESS"})


@dataclass(frozen=True)
class BlockRecovery:
    """What the block message offers besides editing: the text with the findings taken out,
    the one-click removal of contact lines."""

    redacted: str | None = None
    without_contact: str | None = None
    labels: list[str] = field(default_factory=list)  # kinds that cannot be anonymised


def recovery_for(text: str | None, result: CheckResult, checked_text: str) -> BlockRecovery:
    if not text:
        return BlockRecovery(labels=not_anonymizable_labels(result))
    return BlockRecovery(redacted=redacted(text, result, checked_text),
                         without_contact=without_contact_lines(text, result, checked_text),
                         labels=not_anonymizable_labels(result))


def marker(entity: str) -> str:
    key = f"conversation.removed.{entity}"
    return messages.text(key if key in messages.catalogue() else "conversation.removed.other")


def _spans_in(text: str, result: CheckResult, checked_text: str) -> list[tuple[int, int, str]]:
    """The findings' spans inside ``text`` (which is part of the checked text)."""
    offset = checked_text.find(text) if text else -1
    spans = []
    for finding in result.findings:
        if offset >= 0 and offset <= finding.start and finding.end <= offset + len(text):
            spans.append((finding.start - offset, finding.end - offset, finding.entity))
        elif offset < 0:
            value = checked_text[finding.start:finding.end]
            if value:
                spans += [(m.start(), m.end(), finding.entity) for m in re.finditer(re.escape(value), text)]
    merged: list[tuple[int, int, str]] = []
    for start, end, entity in sorted(spans):
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2])
        else:
            merged.append((start, end, entity))
    return merged


def redacted(text: str, result: CheckResult, checked_text: str) -> str | None:
    """``text`` with every finding replaced by its marker; None if no finding is in it."""
    spans = _spans_in(text, result, checked_text)
    if not spans:
        return None
    out, last = [], 0
    for start, end, entity in spans:
        out += [text[last:start], marker(entity)]
        last = end
    out.append(text[last:])
    return "".join(out)


@cache
def _contact_cues(path: Path = PROMPTS_DIR / "replies.yaml") -> re.Pattern[str]:
    cues = yaml.safe_load(path.read_text(encoding="utf-8"))["contact_line_cues"]
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True)) + r")(?!\w)",
                      re.IGNORECASE)


def without_contact_lines(text: str, result: CheckResult, checked_text: str) -> str | None:
    """``text`` without its contact lines; None unless a contact line holds a finding.

    A contact line holds a name, phone number or e-mail address and is short or says
    "kontakt"/"tlf"…; a line with such a word right next to one ("Kontaktperson:") goes too.
    """
    spans = [(s, e) for s, e, entity in _spans_in(text, result, checked_text) if entity in CONTACT_ENTITIES]
    lines = text.splitlines(keepends=True)
    starts = [sum(len(line) for line in lines[:i]) for i in range(len(lines))]
    cue = [bool(_contact_cues().search(line)) for line in lines]
    remove = {i for i, line in enumerate(lines)
              if any(s < starts[i] + len(line) and e > starts[i] for s, e in spans)
              and (cue[i] or len(line.strip()) < 120)}
    if not remove:
        return None
    remove |= {i for i in range(len(lines)) if cue[i] and len(lines[i].strip()) < 120
               and ({i - 1, i + 1} & remove)}
    kept = "".join(line for i, line in enumerate(lines) if i not in remove)
    return re.sub(r"\n{3,}", "\n\n", kept).strip()


def not_anonymizable_labels(result: CheckResult) -> list[str]:
    """The kinds of finding that cannot be sent as placeholders (why "send anonymisert" is not offered)."""
    labels = []
    for finding in sorted(result.findings, key=lambda f: f.start):
        label = entity_label(finding.entity)
        if finding.entity not in ANONYMIZABLE_ENTITIES and label not in labels:
            labels.append(label)
    return labels
