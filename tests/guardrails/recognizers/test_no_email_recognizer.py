"""NoEmailRecognizer: offline domain check, functional mailboxes on the allow-list."""

from __future__ import annotations

import pytest

from tests.guardrails.identifiers import identifier_guardrail


def emails(text: str, lang: str) -> list[str]:
    result = identifier_guardrail().check(text, lang=lang)
    return [text[f.start : f.end] for f in result.findings if f.entity == "EMAIL_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Send CV til kari.nordmann@nav.no i dag", "nb", ["kari.nordmann@nav.no"]),
        ("E-post: ola-per.aas@kommune.oslo.no.", "nn", ["ola-per.aas@kommune.oslo.no"]),
        ("Skriv til bjørn.ødegård@example.com", "nb", ["bjørn.ødegård@example.com"]),
        ("Adressa er kari@nav.ikke-et-domene", "nn", []),  # unknown top-level domain
        ("Send til kari@localhost", "nb", []),
        ("Søknad sendes postmottak@nav.no", "nb", []),  # functional mailbox (allow-list)
        ("Følg oss på @navnorge", "nb", []),
    ],
)
def test_email_addresses(text: str, lang: str, expected: list[str]) -> None:
    assert emails(text, lang) == expected
