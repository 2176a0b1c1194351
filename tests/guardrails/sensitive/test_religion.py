"""NO_RELIGION: a person's religion or belief blocks; policy and topic language passes."""

import pytest

from .conftest import assert_row

ENTITY = "NO_RELIGION"

ROWS = [
    ("Hun er muslim.", "nb", "muslim"),
    ("Vi ønsker søkere uavhengig av religion og livssyn.", "nb", None),
    ("Ho er aktiv i pinsekyrkja og går i kyrkja kvar søndag.", "nn", "pinsekyrkja"),
    ("Du vil jobbe med religionspolitikk.", "nb", None),
    ("Kandidaten er katolikk.", "nb", "katolikk"),
    ("Tros- og livssynssamfunn er en del av porteføljen.", "nb", None),
    ("Referansen nevnte at han bruker hijab... nei, kona hans bruker hijab.", "nb", "hijab"),
    ("Vi ønskjer søkjarar uansett tru og livssyn.", "nn", None),
    ("Eg er ateist.", "nn", "ateist"),
    ("Seksjonen forvalter tilskudd til trossamfunn.", "nb", None),
    ("Søkeren er medlem av Jehovas vitner.", "nb", "Jehovas vitner"),
    ("Hun har troen på prosjektet og motiverer teamet.", "nb", None),
    ("Hans religion er viktig for ham.", "nb", "Hans religion"),
    ("Hjelp meg å konvertere teksten til nynorsk.", "nb", None),
    ("Vedkommande er jødisk og tek fri på sabbaten.", "nn", "jødisk"),
    ("Kulturdepartementet har ansvar for Den norske kirke.", "nb", None),
    ("Jeg er kristen og ber før møter.", "nb", "kristen"),
    ("Ikke spør kandidaten om hun er religiøs.", "nb", None),
    ("Søkjaren er buddhist.", "nn", "buddhist"),
    ("Søkeren har en master i religionsvitenskap og har skrevet om islam i Norge.", "nb", None),
    # a congregation a person is active in
    ("Ho la til at han er aktiv i pinsemenigheita på Stryn.", "nn", "aktiv i pinsemenigheita"),
    ("Referansen sier at hun er engasjert i menigheten sin.", "nb", "engasjert i menigheten"),
    ("Stillingen innebærer samarbeid med menighetene i kommunen.", "nb", None),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ROWS)
def test_religion(analyzer, text, lang, expected):
    assert_row(analyzer, ENTITY, text, lang, expected)
