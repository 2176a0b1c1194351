"""Numbers that look like identifiers in job ads but are not personal data."""

from __future__ import annotations

import pytest

from tests.guardrails.identifiers import FNR, identifier_guardrail


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Org.nr. 974 760 673", "nb"),
        ("org.nr. 974760673", "nn"),
        ("Lønn kr 650 000 per år", "nb"),
        ("650 000 kroner i året", "nn"),
        ("Lønnstrinn 60-70 etter kvalifikasjoner", "nb"),
        ("Stillinga er plassert i ltr. 55", "nn"),
        ("Tiltredelse i 2025", "nb"),
        ("Søknadsfrist 15.03.2025 kl. 12.00", "nb"),
        ("Søknadsfrist 15. mars 2025", "nb"),
        ("Saksnummer 2024/12345", "nb"),
        ("saksnr. 24/1234", "nn"),
        ("Stillingskode 1434 Rådgiver", "nb"),
        ("Kontoret har postnummer 0184", "nb"),
        ("Lønn kr 650 000 – 780 000, ltr. 60-70, stillingskode 1434, saksnr. 2024/12345", "nb"),
    ],
)
def test_trap_does_not_fire(text: str, lang: str) -> None:
    result = identifier_guardrail().check(text, lang=lang)
    assert (result.decision, result.findings) == ("pass", ())


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_identifier_among_traps_still_found(lang: str) -> None:
    text = f"Org.nr. 974 760 673, lønn kr 650 000, saksnr. 2024/12345, fnr {FNR}."
    result = identifier_guardrail().check(text, lang=lang)
    assert [(f.entity, text[f.start : f.end]) for f in result.findings] == [("NO_FODSELSNUMMER", FNR)]
