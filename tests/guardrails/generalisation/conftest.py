"""Shared by the generalisation tests (the ``guardrail`` fixture is the repository's)."""

from __future__ import annotations


def found_texts(guardrail, text: str, entity: str) -> list[str]:
    """The stretches of ``text`` the guardrail reports as ``entity``."""
    return [text[f.start:f.end] for f in guardrail.check(text).findings if f.entity == entity]
