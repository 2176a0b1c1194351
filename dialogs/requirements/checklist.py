"""The editable list of requirements: stored as plain dicts in the draft, shown numbered,
changed with typed commands ("endre krav 3 …", "endre krav 3 til bør", "legg til bør-krav …",
"slett krav 2") or a card's fields.

Must requirements come first, then should, then personal qualities, each in the ad's order;
the numbers the user sees are the positions in that order.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex as re

from dialogs.requirements.cues import MUST, PERSONAL, SHOULD
from dialogs.requirements.extraction import AdRequirements

FLAGS = re.IGNORECASE | re.UNICODE
KINDS = (MUST, SHOULD, PERSONAL)
_KIND_WORDS = {
    "må": MUST, "må-krav": MUST, "krav": MUST, "skal": MUST, "must": MUST,
    "bør": SHOULD, "bør-krav": SHOULD, "ønskelig": SHOULD, "ønskjeleg": SHOULD, "fordel": SHOULD,
    "personlig": PERSONAL, "personleg": PERSONAL, "egenskap": PERSONAL, "eigenskap": PERSONAL,
}
_EDIT = re.compile(r"^\s*(?:endre|endra|rediger|ret+|bytt)\s+(?:krav\s+)?(?:nr\.?\s*)?(\d{1,2})\s*(?::|til\b)?\s*(.*)$",
                   FLAGS | re.DOTALL)
_DELETE = re.compile(r"^\s*(?:slett|fjern|stryk)\s+(?:krav\s+)?(?:nr\.?\s*)?(\d{1,2}(?:\s*(?:,|og)\s*\d{1,2})*)\s*\.?$",
                     FLAGS)
_ADD = re.compile(
    r"^\s*(?:legg\s+til|nytt|ny)\s+(må-krav|må|bør-krav|bør|krav|personlig\s+egenskap|personleg\s+eigenskap|egenskap)\s*:?\s*(.+)$",
    FLAGS | re.DOTALL)
_KIND_ONLY = re.compile(r"^(?:(?:et|eit|en|ein)\s+)?"
                        r"(må-krav|må|bør-krav|bør|personlig(?:\s+egenskap)?|personleg(?:\s+eigenskap)?)\s*\.?$", FLAGS)


def as_state(found: AdRequirements) -> list[dict[str, str]]:
    return ordered([{"text": r.text[:1].upper() + r.text[1:], "kind": r.kind} for r in found.requirements])


def ordered(items: list[dict[str, str]]) -> list[dict[str, str]]:
    return [item for kind in KINDS for item in items if item.get("kind") == kind]


def of_kind(items: list[dict[str, str]], kind: str) -> list[str]:
    return [item["text"] for item in items if item.get("kind") == kind]


@dataclass(frozen=True)
class ChecklistEdit:
    items: list[dict[str, str]]
    done: str  # "edited", "deleted", "added" or "" when the text was no checklist command
    number: int = 0


def apply_command(items: list[dict[str, str]], text: str) -> ChecklistEdit:
    """The list after a typed command; ``done`` is empty when ``text`` is no command or names no item."""
    items = [dict(item) for item in items]
    match = _EDIT.match(text or "")
    if match:
        number, rest = int(match.group(1)), match.group(2).strip()
        if not 1 <= number <= len(items) or not rest:
            return ChecklistEdit(items, "")
        kind = _KIND_ONLY.match(rest)
        if kind:
            items[number - 1]["kind"] = _kind(kind.group(1))
        else:
            items[number - 1]["text"] = rest.rstrip(".")
        return ChecklistEdit(ordered(items), "edited", number)
    match = _DELETE.match(text or "")
    if match:
        numbers = sorted({int(n) for n in re.findall(r"\d+", match.group(1))}, reverse=True)
        if not numbers or any(not 1 <= n <= len(items) for n in numbers):
            return ChecklistEdit(items, "")
        for number in numbers:
            del items[number - 1]
        return ChecklistEdit(items, "deleted", numbers[-1])
    match = _ADD.match(text or "")
    if match:
        items.append({"text": match.group(2).strip().rstrip("."), "kind": _kind(match.group(1))})
        return ChecklistEdit(ordered(items), "added", 0)
    return ChecklistEdit(items, "")


def _kind(word: str) -> str:
    first = re.split(r"\s+", word.lower())[0]
    return _KIND_WORDS.get(first, MUST)


def numbered(items: list[dict[str, str]], labels: dict[str, str]) -> str:
    """ "1. [Må] Høyere utdanning …" lines; ``labels`` names each kind in the user's language."""
    return "\n".join(f"{number}. [{labels[item['kind']]}] {item['text']}" for number, item in enumerate(items, 1))


def bullet_list(items: list[dict[str, str]], kind: str) -> str:
    return "\n".join(f"- {text}" for text in of_kind(items, kind))
