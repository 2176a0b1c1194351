"""Readable placeholder names: <PERSON_1>, <TELEFON_1>, <EPOST_1> (prompts/messages/model.yaml)."""

from __future__ import annotations

import pytest

from bot.model.placeholders import masked_key, placeholder_labels, pseudonymizer
from guardrails.findings import CheckResult, Finding
from guardrails.masking import mask
from guardrails.pseudonymize import pseudonymize

VALUES = (("PERSON", "Kari Nordmann"), ("NO_PHONE", "912 34 567"), ("EMAIL_ADDRESS", "kari@example.no"))
TEXT = "Ring Kari Nordmann på 912 34 567 eller skriv til kari@example.no. Kari Nordmann svarer."


def _result(text: str) -> CheckResult:
    findings = []
    for entity, value in VALUES:
        start = -1
        while (start := text.find(value, start + 1)) != -1:
            findings.append(Finding(entity, start, start + len(value), 0.9))
    return CheckResult("block", tuple(sorted(findings, key=lambda f: f.start)), True)


def test_the_bot_uses_readable_placeholder_names():
    assert placeholder_labels() == {"PERSON": "PERSON", "NO_PHONE": "TELEFON", "EMAIL_ADDRESS": "EPOST"}
    done = pseudonymizer()(TEXT, _result(TEXT))
    assert done.text == "Ring <PERSON_1> på <TELEFON_1> eller skriv til <EPOST_1>. <PERSON_1> svarer."
    assert done.restore(done.text) == TEXT


def test_two_types_with_one_label_get_distinct_numbers():
    done = pseudonymize(TEXT, _result(TEXT), labels={"NO_PHONE": "KONTAKT", "EMAIL_ADDRESS": "KONTAKT"})
    assert "<KONTAKT_1>" in done.text and "<KONTAKT_2>" in done.text
    assert done.restore(done.text) == TEXT


@pytest.mark.parametrize("label", ["TELEFONNUMMER_Ø", "telefon", "TLF-1", ""])
def test_a_label_the_answer_could_not_be_restored_from_is_refused(label):
    with pytest.raises(ValueError, match="NO_PHONE"):
        pseudonymize(TEXT, _result(TEXT), labels={"NO_PHONE": label})


def test_masked_key_lists_each_placeholder_once_in_reading_order():
    done = pseudonymizer()(TEXT, _result(TEXT))
    key = masked_key(done.text + " <IKKE_1>", done.restore)  # <IKKE_1> is no placeholder of ours
    assert key == (("<PERSON_1>", mask("Kari Nordmann")), ("<TELEFON_1>", mask("912 34 567")),
                   ("<EPOST_1>", mask("kari@example.no")))
    assert all("Kari Nordmann" not in excerpt for _, excerpt in key)
