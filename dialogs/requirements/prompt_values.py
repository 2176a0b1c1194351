"""What a requirements task's prompt is filled with: the checklist as text, the role, the
interview's length and time plan (derived values, not asked of the user)."""

from __future__ import annotations

from dialogs import messages
from dialogs.requirements.checklist import of_kind
from dialogs.requirements.cues import MUST, PERSONAL, SHOULD
from dialogs.requirements.interview_plan import DEFAULT_MINUTES, interview_minutes, time_plan

DERIVED = frozenset({"kravliste", "tidsplan", "minutter"})


def minutes_of(text: str | None) -> int:
    """The interview's length from the user's words; a bare number is minutes."""
    text = (text or "").strip()
    if text.isdigit():
        return int(text)
    return interview_minutes(text) or DEFAULT_MINUTES


def requirement_list(items: list[dict[str, str]], raw: str) -> str:
    """The checklist as prompt text; the pasted text itself when nothing was found in it."""
    if not of_kind(items, MUST) and not of_kind(items, SHOULD):
        return raw
    blocks = []
    for kind, key, numbered in ((MUST, "prompt_must", True), (SHOULD, "prompt_should", True),
                                (PERSONAL, "prompt_personal", False)):
        texts = of_kind(items, kind)
        if texts:
            lines = [f"{n}. {t}" if numbered else f"- {t}" for n, t in enumerate(texts, 1)]
            blocks.append(messages.text(f"requirements.{key}") + "\n" + "\n".join(lines))
    return "\n\n".join(blocks)


def plan_text(minutes: int, items: list[dict[str, str]]) -> str:
    """The plan's parts with their minutes; the requirement parts list each requirement with its share."""
    has_should = bool(of_kind(items, SHOULD)) or not of_kind(items, MUST)
    lines = []
    for key, share in time_plan(minutes, has_should=has_should):
        label = messages.text(f"requirements.plan.{key}")
        lines.append(messages.text("requirements.plan_line", label=label, minutes=share))
        texts = of_kind(items, MUST if key == "must" else SHOULD) if key in ("must", "should") else []
        for number, (text, part) in enumerate(zip(texts, split_minutes(share, len(texts)), strict=True), 1):
            lines.append(messages.text("requirements.plan_requirement", number=number, text=_short(text),
                                       minutes=part))
    return "\n".join(lines)


def split_minutes(minutes: int, count: int) -> list[int]:
    """``minutes`` shared as evenly as whole minutes allow, the first ones getting the remainder."""
    if count <= 0:
        return []
    base, extra = divmod(minutes, count)
    return [base + (1 if index < extra else 0) for index in range(count)]


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def role_text(title: str, employer: str) -> str:
    employer_part = messages.text("requirements.prompt_role_employer", employer=employer) if employer else ""
    return messages.text("requirements.prompt_role", title=title, employer=employer_part)


def derived_values(items: list[dict[str, str]], raw: str, length: str | None) -> dict[str, str]:
    minutes = minutes_of(length)
    return {"kravliste": requirement_list(items, raw), "minutter": str(minutes), "tidsplan": plan_text(minutes, items)}
