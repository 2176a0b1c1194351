"""The organisation's guardrail policy, read from ``policy.yaml`` and checked strictly.

A bad file raises ``PolicyError`` naming the file and the field
(``policy.yaml: entities.NO_PHONE: must be 'block' or 'allow'``); nothing falls back
silently to defaults.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

DEFAULT_POLICY_PATH = Path(__file__).resolve().parent / "policy.yaml"

Action = Literal["block", "allow"]
# Only these may ever be replaced by placeholders; identifiers, special categories and
# security markings are never anonymisable, whatever a policy file says.
ANONYMIZABLE_ENTITIES = frozenset({"PERSON", "NO_PHONE", "EMAIL_ADDRESS"})
_ENTITY_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
_PHONE_LIKE = re.compile(r"^[\d\s.+()\-]+$")


class PolicyError(ValueError):
    """The policy file is missing, unreadable or invalid; the message names file and field."""


def _check_entity_names(names: list[str] | dict) -> None:
    for name in names:
        if not _ENTITY_NAME.match(str(name)):
            raise ValueError(f"'{name}' is not an entity name (UPPER_CASE letters, digits, _)")


class Thresholds(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    default: float = Field(ge=0.0, le=1.0)
    entities: dict[str, float] = Field(default_factory=dict)
    # Per entity, the lower edge of the band [ask, block threshold) in which the user is
    # asked whether a finding is personal data instead of being stopped or let through.
    ask: dict[str, float] = Field(default_factory=dict)

    @field_validator("entities", "ask")
    @classmethod
    def _scores_between_0_and_1(cls, value: dict[str, float]) -> dict[str, float]:
        _check_entity_names(value)
        for name, score in value.items():
            if not 0.0 <= score <= 1.0:
                raise ValueError(f"{name}: must be between 0 and 1")
        return value

    @model_validator(mode="after")
    def _ask_below_block(self) -> Thresholds:
        for name, score in self.ask.items():
            if score > self.entities.get(name, self.default):
                raise ValueError(f"ask.{name}: must not be above the entity's threshold")
        return self


class AllowList(BaseModel):
    """Values an organisation declares not personal: switchboard, functional mailboxes."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    values: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list)
    # The organisation's own e-mail domains (suffixes): a functional mailbox pattern matches
    # an address on these, or on any domain that does not look like a person's own.
    organisation_domains: list[str] = Field(default_factory=list)

    @field_validator("patterns")
    @classmethod
    def _patterns_compile(cls, value: list[str]) -> list[str]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as error:
                raise ValueError(f"'{pattern}' is not a valid regular expression ({error})") from None
        return value


class Policy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    default_action: Action
    entities: dict[str, Action]
    anonymizable: list[str]
    thresholds: Thresholds
    allow_list: AllowList = Field(default_factory=AllowList)

    @field_validator("entities")
    @classmethod
    def _entity_names(cls, value: dict[str, Action]) -> dict[str, Action]:
        _check_entity_names(value)
        return value

    @field_validator("anonymizable")
    @classmethod
    def _only_contact_data(cls, value: list[str]) -> list[str]:
        for name in value:
            if name not in ANONYMIZABLE_ENTITIES:
                allowed = ", ".join(sorted(ANONYMIZABLE_ENTITIES))
                raise ValueError(f"'{name}' can never be anonymised (only {allowed})")
        return value

    def action(self, entity: str) -> Action:
        return self.entities.get(entity, self.default_action)

    def threshold(self, entity: str) -> float:
        return self.thresholds.entities.get(entity, self.thresholds.default)

    def ask_threshold(self, entity: str) -> float:
        """The lowest score at which the user is asked (the block threshold when no band)."""
        return self.thresholds.ask.get(entity, self.threshold(entity))

    def is_organisation_domain(self, domain: str) -> bool:
        domain = domain.lower().rstrip(".")
        return any(
            domain == d.lower() or domain.endswith("." + d.lower()) for d in self.allow_list.organisation_domains
        )

    def is_anonymizable(self, entity: str) -> bool:
        return entity in self.anonymizable and entity in ANONYMIZABLE_ENTITIES

    def is_allowed_value(self, value: str) -> bool:
        """True when ``value`` is on the organisation's allow-list (exact or pattern)."""
        canonical = _canonical(value)
        if any(canonical == _canonical(allowed) for allowed in self.allow_list.values):
            return True
        stripped = value.strip()
        return any(re.fullmatch(pattern, stripped, re.IGNORECASE) for pattern in self.allow_list.patterns)


def _canonical(value: str) -> str:
    """Phone-like values compare by digits (without +47/0047), others case-insensitively."""
    value = value.strip()
    if _PHONE_LIKE.match(value):
        digits = re.sub(r"\D", "", value)
        for prefix in ("0047", "47"):
            if digits.startswith(prefix) and len(digits) == len(prefix) + 8:
                return digits[len(prefix):]
        return digits
    return " ".join(value.casefold().split())


def load_policy(path: Path | None = None) -> Policy:
    """Read and validate a policy file (default: ``guardrails/policy.yaml``)."""
    path = Path(path) if path is not None else DEFAULT_POLICY_PATH
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise PolicyError(f"{path.name}: cannot be read ({error.strerror})") from None
    except yaml.YAMLError as error:
        raise PolicyError(f"{path.name}: not valid YAML ({error})") from None
    if not isinstance(data, dict):
        raise PolicyError(f"{path.name}: the top level must be a mapping")
    try:
        return Policy.model_validate(data)
    except ValidationError as error:
        raise PolicyError(_describe(path.name, error)) from None


def _describe(file_name: str, error: ValidationError) -> str:
    problems = []
    for item in error.errors():
        location = ".".join(str(part) for part in item["loc"]) or "(top level)"
        message = item["msg"].replace("Input should be", "must be").replace("Value error, ", "")
        if item["type"] == "extra_forbidden":
            message = "unknown field"
        elif item["type"] == "missing":
            message = "required field is missing"
        problems.append(f"{file_name}: {location}: {message}")
    return "; ".join(problems)
