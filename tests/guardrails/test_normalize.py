"""Normalisation: evasions undone, offsets always point into the ORIGINAL text."""

from __future__ import annotations

import pytest

from guardrails.normalize import normalize
from tests.guardrails.identifiers import FNR, identifier_guardrail

ZWSP, ZWJ, BOM, SOFT_HYPHEN = "\u200b", "\u200d", "\ufeff", "\u00ad"


def fullwidth(digits: str) -> str:
    return "".join(chr(ord(d) - ord("0") + ord("０")) for d in digits)


@pytest.mark.parametrize(
    ("original", "normalised"),
    [
        ("abc", "abc"),
        (fullwidth("0123"), "0123"),
        (f"01{ZWSP}23{ZWJ}45{BOM}6{SOFT_HYPHEN}7", "01234567"),
        ("\u0661\u0662\u0663", "123"),  # Arabic-Indic digits
        ("Раssоrd", "Passord"),  # Cyrillic Р, о
        ("ΑΒΕ", "ABE"),  # Greek capitals
        ("12–34—56", "12-34-56"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("e\u0301", "é"),  # combining acute composed
        ("1\u03012", "12"),  # combining mark on a digit dropped
        ("98O6l432", "98061432"),  # letters between digits
        ("Ole Olsen 2O25", "Ole Olsen 2025"),
        ("Kari\u00a0Nordmann", "Kari Nordmann"),
    ],
)
def test_normalised_text(original: str, normalised: str) -> None:
    assert normalize(original).text == normalised


@pytest.mark.parametrize(
    "original",
    ["plain text", f"x{ZWSP}y{ZWSP}z", fullwidth("98765432"), "e\u0301t", "a\r\nb", "ﬁne"],
)
def test_every_character_maps_into_the_original(original: str) -> None:
    result = normalize(original)
    assert len(result.starts) == len(result.ends) == len(result.text)
    assert result.to_original(0, len(result.text)) == (0, len(original))
    assert all(0 <= s < e <= len(original) for s, e in zip(result.starts, result.ends, strict=False))


@pytest.mark.parametrize(
    ("template", "lang"),
    [
        ("Fnr: {}.", "nb"),
        ("Søkjaren, fnr {} , har søkt.", "nn"),
    ],
)
@pytest.mark.parametrize(
    "disguise",
    [
        lambda n: fullwidth(n),
        lambda n: ZWSP.join(n),
        lambda n: f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}",
        lambda n: f"{n[:2]}.{n[2:4]}.{n[4:6]} {n[6:]}",
        lambda n: f"{n[:4]}\n{n[4:]}",
        lambda n: f"{n[:4]}\r\n{n[4:]}",
        lambda n: f"{fullwidth(n[:5])}{SOFT_HYPHEN}{n[5:]}",
    ],
    ids=["fullwidth", "zero-width", "3-3-3-2", "dotted date", "line break", "CRLF", "mixed"],
)
def test_disguised_fodselsnummer_found_at_original_offsets(template: str, lang: str, disguise) -> None:
    disguised = disguise(FNR)
    text = template.format(disguised)
    result = identifier_guardrail().check(text, lang=lang)
    assert [(f.entity, text[f.start : f.end]) for f in result.findings] == [("NO_FODSELSNUMMER", disguised)]
