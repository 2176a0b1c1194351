"""NoFodselsnummerRecognizer through the real Presidio analyzer and the guardrail policy."""

from __future__ import annotations

import pytest
from stdnum.no import fodselsnummer

from guardrails.recognizers.no_fodselsnummer_recognizer import is_valid_identity_number
from tests.guardrails.identifiers import (
    D_NUMBER,
    FNR,
    H_NUMBER,
    SYNTHETIC,
    identifier_guardrail,
    identity_number,
    with_bad_checksum,
)

FH_NUMBER = "81234567802"  # first digit 8/9: FH-number, no birth date


def found(text: str, lang: str) -> list[tuple[str, str]]:
    result = identifier_guardrail().check(text, lang=lang)
    return [(f.entity, text[f.start : f.end]) for f in result.findings]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (f"Søkeren har fødselsnummer {FNR}.", "nb", FNR),
        (f"Søkjaren har fødselsnummer {with_bad_checksum(FNR)}.", "nn", None),
        (f"D-nummer: {D_NUMBER}", "nb", D_NUMBER),
        (f"D-nummer: {with_bad_checksum(D_NUMBER)}", "nb", None),
        (f"H-nummer {H_NUMBER} i journalen", "nb", H_NUMBER),
        (f"Testperson {SYNTHETIC} frå Tenor", "nn", SYNTHETIC),
        (f"Testperson {with_bad_checksum(SYNTHETIC)} frå Tenor", "nn", None),
        (f"Ref {FNR[:6]} {FNR[6:]}", "nb", f"{FNR[:6]} {FNR[6:]}"),
        (f"fnr {FNR[:6]}-{FNR[6:]}", "nb", f"{FNR[:6]}-{FNR[6:]}"),
        (f"nummer {FNR}0 er for langt", "nb", None),
        (f"nummer {FNR[:10]} er for kort", "nb", None),
        (f"FH-nummer {FH_NUMBER}", "nb", None),
        ("Org.nr. 974 760 673", "nb", None),
    ],
)
def test_identity_numbers(text: str, lang: str, expected: str | None) -> None:
    assert found(text, lang) == ([("NO_FODSELSNUMMER", expected)] if expected else [])


@pytest.mark.parametrize(
    ("number", "stdnum_accepts", "we_accept"),
    [
        (FNR, True, True),
        (D_NUMBER, True, True),
        (H_NUMBER, True, True),
        (SYNTHETIC, False, True),  # stdnum does not know Skatteetaten's month + 80
        (identity_number(15, 10, 39, 500), False, True),  # born 2039: stdnum says "not born yet"
        (with_bad_checksum(FNR), False, False),
        ("31028600000", False, False),  # 31 February
    ],
)
def test_validation_against_stdnum(number: str, stdnum_accepts: bool, we_accept: bool) -> None:
    assert fodselsnummer.is_valid(number) is stdnum_accepts
    assert is_valid_identity_number(number) is we_accept
