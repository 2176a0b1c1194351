"""NoAddressRecognizer: full addresses block, street + number needs context, PO boxes pass."""

from __future__ import annotations

import pytest

from tests.guardrails.identifiers import identifier_guardrail


def addresses(text: str, lang: str) -> list[str]:
    result = identifier_guardrail().check(text, lang=lang)
    return [text[f.start : f.end] for f in result.findings if f.entity == "NO_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Hun bor i Kari Nordmanns vei 5B, 1234 Stedet.", "nb", ["Kari Nordmanns vei 5B, 1234 Stedet"]),
        # an address that nothing in the text ties to a person is a place (a venue, a workplace)
        ("Kari Nordmanns vei 5B, 1234 Stedet", "nn", []),
        ("Adressa hennar er Kari Nordmanns vei 5B, 1234 Stedet", "nn", ["Kari Nordmanns vei 5B, 1234 Stedet"]),
        ("Han bor i Storgata 12 sammen med familien", "nb", ["Storgata 12"]),
        ("Ho bur i Storgata 12 no", "nn", ["Storgata 12"]),
        ("Adresse: Sandakerveien 24C", "nb", ["Sandakerveien 24C"]),
        ("Storgata 12 er et fint bygg", "nb", []),  # street + number without context
        ("Oppmøte i Storgata 12, 0184 Oslo", "nb", []),  # a meeting place: nobody's address
        ("Kandidaten bor i Storgata 12, 0184 Oslo", "nb", ["Storgata 12, 0184 Oslo"]),  # full address blocks
        ("Postboks 8129 Dep, 0032 Oslo", "nb", []),  # PO box: an organisation's address
        ("Kontoret ligger i 0184 Oslo", "nb", []),  # postcode and place alone
        ("Stillingskode 1434 Rådgiver", "nb", []),
        ("storgata 12 i Oslo", "nb", []),  # street + number in lower case without context
        # typed in lower case in a chat
        ("navn eirik haugen, adresse skolegata 14, 2317 hamar, tlf", "nb", ["skolegata 14, 2317 hamar"]),
        ("han bor i storgata 12 sammen med familien", "nb", ["storgata 12"]),
        ("det er 14 dager igjen, og 2317 har søkt", "nb", []),
    ],
)
def test_addresses(text: str, lang: str, expected: list[str]) -> None:
    assert addresses(text, lang) == expected
