"""NO_CRIMINAL: a person's record, convictions or charges block; attest requirements pass."""

import pytest

from .conftest import assert_row

ENTITY = "NO_CRIMINAL"

ROWS = [
    ("Kandidaten har en dom for vold.", "nb", "dom"),
    ("Politiattest kreves.", "nb", None),
    ("Ho er dømd for underslag.", "nn", "dømd"),
    ("Den som blir tilsett, må leggje fram vandelsattest.", "nn", None),
    ("Referansen sa at han har sittet i fengsel.", "nb", "i fengsel"),
    ("Stillingen krever ren politiattest.", "nb", None),
    ("Søkjaren er sikta for bedrageri.", "nn", "sikta for"),
    ("Hun har erfaring fra arbeid i fengsel gjennom Kriminalomsorgen.", "nb", None),
    ("Eg fekk eit forelegg for promillekøyring i fjor.", "nn", "forelegg"),
    ("Du vil jobbe med forebygging av kriminalitet blant unge.", "nb", None),
    ("Vedkommende har anmerkninger på politiattesten.", "nb", "anmerkninger"),
    ("Han er dommer i tingretten.", "nb", None),
    ("Kari er tidligere straffedømt.", "nb", "straffedømt"),
    ("Vandelsattest er et krav for stillinger i barnehage.", "nb", None),
    ("Jeg er tiltalt i en sak om trygdesvindel.", "nb", "tiltalt"),
    ("Hun siktet mot en lederstilling i staten.", "nb", None),
    ("Søkeren ble straffet for promillekjøring i 2019.", "nb", "straffet"),
    ("Ikke spør om kandidaten er straffedømt; be om politiattest.", "nb", None),
    # the person is named in the sentence before; a verb right before the term
    ("Politiattesten til Robin André Sletten kom i dag. Den viser en dom for ruskjøring.", "nb", "dom"),
    ("Politiattesten til Robin Sletten kom i dag. Den viser en dom fra 2021 for promillekjøring.", "nb", "dom"),
    ("Vi har fått politiattesten frå Ola Vik. Attesten syner ein dom for vald.", "nn", "dom"),
    # a requirement after a sentence about a person stays a requirement
    ("Kari Hansen er innstilt. Politiattest uten merknader kreves før tiltredelse.", "nb", None),
    ("Han begynner i august. Stillingen krever at man ikke har en dom for vold.", "nb", None),
    # a person's document followed by a name typed in lower case
    ("politiattesten til stian olsen viste en dom for promillekjøring fra 2019.", "nb", "dom"),
    ("Søknaden til stillingen viser at du har erfaring. Politiattesten til stillingen skal ikke vise dom.", "nb", None),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ROWS)
def test_criminal(analyzer, text, lang, expected):
    assert_row(analyzer, ENTITY, text, lang, expected)
