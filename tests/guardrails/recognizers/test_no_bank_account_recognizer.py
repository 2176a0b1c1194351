"""NoBankAccountRecognizer: 4.2.5 grouping, 11 digits with context, never a fødselsnummer."""

from __future__ import annotations

import pytest

from tests.guardrails.identifiers import ACCOUNT, FNR, identifier_guardrail

BAD_ACCOUNT = ACCOUNT[:10] + str((int(ACCOUNT[10]) + 1) % 10)


def found(text: str, lang: str) -> list[tuple[str, str]]:
    result = identifier_guardrail().check(text, lang=lang)
    return [(f.entity, text[f.start : f.end]) for f in result.findings]


def dotted(number: str) -> str:
    return f"{number[:4]}.{number[4:6]}.{number[6:]}"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (f"Lønn til {dotted(ACCOUNT)}", "nb", [("NO_BANK_ACCOUNT", dotted(ACCOUNT))]),
        (f"Lønn til {dotted(BAD_ACCOUNT)}", "nb", []),
        (f"Kontonummer {ACCOUNT[:4]} {ACCOUNT[4:6]} {ACCOUNT[6:]}", "nn",
         [("NO_BANK_ACCOUNT", f"{ACCOUNT[:4]} {ACCOUNT[4:6]} {ACCOUNT[6:]}")]),
        (f"kontonr. {ACCOUNT}", "nb", [("NO_BANK_ACCOUNT", ACCOUNT)]),
        (f"referanse {ACCOUNT}", "nb", []),  # 11 bare digits need a context word
        (f"kontonr. {BAD_ACCOUNT}", "nb", []),
        # A valid fødselsnummer is reported as such, never as an account.
        (f"kontonummer {FNR}", "nb", [("NO_FODSELSNUMMER", FNR)]),
    ],
)
def test_bank_accounts(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, lang) == expected
