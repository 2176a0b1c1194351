"""Policy file: strict validation naming file and field, allow-list, thresholds, actions."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from guardrails.guardrail import Guardrail, build_analyzer
from guardrails.policy import DEFAULT_POLICY_PATH, PolicyError, load_policy
from guardrails.recognizers import identifier_recognizers

BASE = yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"))


def write_policy(tmp_path: Path, **changes) -> Path:
    data = {**BASE, **changes}
    path = tmp_path / "policy.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"entities": {"NO_PHONE": "maybe"}}, "policy.yaml: entities.NO_PHONE: must be 'block' or 'allow'"),
        ({"default_action": "pass"}, "policy.yaml: default_action: must be 'block' or 'allow'"),
        ({"anonymizable": ["PERSON", "NO_FODSELSNUMMER"]},
         "policy.yaml: anonymizable: 'NO_FODSELSNUMMER' can never be anonymised"),
        ({"thresholds": {"default": 1.5}}, "policy.yaml: thresholds.default: must be less than or equal to 1"),
        ({"thresholds": {"default": 0.5, "entities": {"NO_PHONE": -1}}},
         "policy.yaml: thresholds.entities: NO_PHONE: must be between 0 and 1"),
        ({"allow_list": {"patterns": ["(unclosed"]}},
         "policy.yaml: allow_list.patterns: '(unclosed' is not a valid regular expression"),
        ({"allow_list": {"value": ["x"]}}, "policy.yaml: allow_list.value: unknown field"),
        ({"entites": {}}, "policy.yaml: entites: unknown field"),
        ({"entities": {"no_phone": "block"}}, "policy.yaml: entities: 'no_phone' is not an entity name"),
    ],
)
def test_bad_policy_names_file_and_field(tmp_path: Path, changes: dict, message: str) -> None:
    with pytest.raises(PolicyError) as error:
        load_policy(write_policy(tmp_path, **changes))
    assert message in str(error.value)


def test_missing_field_is_an_error(tmp_path: Path) -> None:
    data = dict(BASE)
    del data["thresholds"]
    path = tmp_path / "policy.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(PolicyError, match="policy.yaml: thresholds: required field is missing"):
        load_policy(path)


@pytest.mark.parametrize(
    ("content", "message"), [("- a list", "top level must be a mapping"), ("a: [", "not valid YAML")]
)
def test_unparseable_policy(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PolicyError, match=message):
        load_policy(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="nope.yaml: cannot be read"):
        load_policy(tmp_path / "nope.yaml")


def test_default_policy_loads() -> None:
    policy = load_policy()
    assert (policy.action("NO_FODSELSNUMMER"), policy.action("SOMETHING_NEW"), policy.action("LOCATION")) == (
        "block", "block", "allow",
    )
    assert [policy.is_anonymizable(e) for e in ("PERSON", "NO_PHONE", "EMAIL_ADDRESS", "NO_FODSELSNUMMER")] == [
        True, True, True, False,
    ]


def guardrail_with(tmp_path: Path, **changes) -> Guardrail:
    return Guardrail(build_analyzer(identifier_recognizers()), load_policy(write_policy(tmp_path, **changes)))


@pytest.mark.parametrize(
    ("allow_list", "text", "decision"),
    [
        ({"values": ["+47 22 33 44 55"]}, "Sentralbord: 22 33 44 55", "pass"),  # same number, other grouping
        ({"values": ["+47 22 33 44 55"]}, "Ring 22 33 44 56", "block"),
        ({"values": ["jobb@direktoratet.no"]}, "Send til JOBB@direktoratet.no", "pass"),
        ({"values": ["jobb@direktoratet.no"]}, "Send til kari@direktoratet.no", "block"),
        ({"patterns": [r"[a-z]+@direktoratet\.no"]}, "Send til kari@direktoratet.no", "pass"),
        ({"patterns": [r"[a-z]+@direktoratet\.no"]}, "Send til kari@example.no", "block"),
    ],
)
def test_allow_list(tmp_path: Path, allow_list: dict, text: str, decision: str) -> None:
    assert guardrail_with(tmp_path, allow_list=allow_list).check(text).decision == decision


@pytest.mark.parametrize(
    ("entities", "thresholds", "decision"),
    [
        ({**BASE["entities"], "NO_PHONE": "allow"}, BASE["thresholds"], "pass"),
        (BASE["entities"], BASE["thresholds"], "block"),
        (BASE["entities"], {"default": 0.5, "entities": {"NO_PHONE": 0.9}}, "pass"),  # 0.5 + context 0.35 < 0.9
    ],
)
def test_actions_and_thresholds(tmp_path: Path, entities: dict, thresholds: dict, decision: str) -> None:
    guardrail = guardrail_with(tmp_path, entities=entities, thresholds=thresholds)
    assert guardrail.check("Nummeret er 98765432").decision == decision
