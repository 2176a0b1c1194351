"""The first interview's length and its time plan (seed 004: "Sett en tidsramme").

The plan follows the office's template: introduction, the must requirements, the should
requirements, the candidate's questions and the frame of the job, closing and practical
matters. Minutes are shared by weight, rounded to whole minutes, and always add up to the
interview's length; the must requirements get the largest share.
"""

from __future__ import annotations

import regex as re

FLAGS = re.IGNORECASE | re.UNICODE
DEFAULT_MINUTES = 45
MIN_MINUTES, MAX_MINUTES = 15, 180
_NUMBER_WORDS = {"tjue": 20, "tretti": 30, "førti": 40, "førtifem": 45, "femti": 50, "seksti": 60, "nitti": 90}
_MINUTES = re.compile(r"(\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s*(?:-|–)?\s*(?:min\b|minutt\w*|minuttar)", FLAGS)
_HOURS = re.compile(r"(?:(\d(?:[.,]5)?)|(en|ein|ei|én|halvannen|halvannan|to))\s*(?:time|timer|timar|t\b)", FLAGS)
_HOUR_WORDS = {"en": 60, "ein": 60, "ei": 60, "én": 60, "halvannen": 90, "halvannan": 90, "to": 120}
# A line that only tells the length ("Intervjuet varer 45 minutter.") is no part of the ad.
_LENGTH_LINE = re.compile(
    r"^[^\n]{0,80}?(?:\d{1,3}\s*(?:min\b|minutt\w*)|\b(?:en|ein|halvannen|\d) time?r?\b)[^\n]{0,40}$", FLAGS)

# (part key, weight); the keys name user-facing labels in prompts/messages/requirements.yaml.
PLAN_PARTS: tuple[tuple[str, float], ...] = (
    ("intro", 0.12), ("must", 0.45), ("should", 0.2), ("candidate", 0.13), ("closing", 0.10),
)


def interview_minutes(text: str) -> int | None:
    """The interview's length in minutes from free text ("45 minutter", "en time"), or None."""
    match = _MINUTES.search(text or "")
    if match:
        word = match.group(1).lower()
        minutes = _NUMBER_WORDS.get(word) or int(word)
    else:
        match = _HOURS.search(text or "")
        if not match:
            return None
        minutes = (int(float(match.group(1).replace(",", ".")) * 60) if match.group(1)
                   else _HOUR_WORDS[match.group(2).lower()])
    return minutes if MIN_MINUTES <= minutes <= MAX_MINUTES else None


def split_length(text: str) -> tuple[int | None, str]:
    """(minutes, the rest) when the text starts with a line that tells the interview's length."""
    first, _, rest = (text or "").strip().partition("\n")
    if _LENGTH_LINE.match(first.strip()) and interview_minutes(first) is not None:
        return interview_minutes(first), rest.strip()
    return None, (text or "").strip()


def time_plan(minutes: int, *, has_should: bool = True) -> list[tuple[str, int]]:
    """[(part key, minutes)] adding up to ``minutes``; without should requirements their share goes to the musts."""
    parts = [(key, weight) for key, weight in PLAN_PARTS if has_should or key != "should"]
    total = sum(weight for _, weight in parts)
    shares = [(key, max(2, round(minutes * weight / total))) for key, weight in parts]
    difference = minutes - sum(share for _, share in shares)
    return [(key, share + difference if key == "must" else share) for key, share in shares]


def question_count(n_must: int, n_should: int) -> str:
    """How many questions to ask for: one or more per must requirement, 10–15 in all."""
    low = max(10, min(15, n_must + n_should))
    return f"{low}–15" if low < 15 else "15"
