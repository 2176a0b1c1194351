"""NO_SEXUAL_ORIENTATION: orientation or gender identity of a person blocks; policy passes."""

import pytest

from .conftest import assert_row

ENTITY = "NO_SEXUAL_ORIENTATION"

ROWS = [
    ("Referansen sa at han er homofil.", "nb", "homofil"),
    ("Vi ønsker søkere uavhengig av seksuell orientering og kjønnsidentitet.", "nb", None),
    ("Ho er lesbisk og gift med ei kvinne.", "nn", "lesbisk"),
    ("Diskriminering på grunn av legning er forbudt.", "nb", None),
    ("Kandidaten er transkvinne.", "nb", "transkvinne"),
    ("Vi oppmodar alle til å søkje, uansett kjønnsuttrykk.", "nn", None),
    ("Søkjaren er ikkje-binær og brukar pronomenet hen.", "nn", "ikkje-binær"),
    ("Du vil jobbe med LHBTIQ-politikk i departementet.", "nb", None),
    ("Eg er bifil.", "nn", "bifil"),
    ("Avdelingen har ansvar for likestilling og kjønnsidentitet.", "nb", None),
    ("Kari har en kjæreste av samme kjønn.", "nb", "kjæreste av samme kjønn"),
    ("Tilrettelegging for transpersoner på arbeidsplassen er en del av HMS-arbeidet.", "nb", None),
    ("Vedkommende er åpent skeiv.", "nb", "skeiv"),
    ("Ikke spør kandidaten om legning.", "nb", None),
    ("Jeg tror hun er heterofil.", "nb", "heterofil"),
    ("Seksjonen følger opp handlingsplanen for seksuell orientering.", "nb", None),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ROWS)
def test_sexual_orientation(analyzer, text, lang, expected):
    assert_row(analyzer, ENTITY, text, lang, expected)
