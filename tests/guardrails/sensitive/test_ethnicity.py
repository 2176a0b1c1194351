"""NO_ETHNICITY: a person's ethnic or national origin blocks; diversity policy passes."""

import pytest

from .conftest import assert_row

ENTITY = "NO_ETHNICITY"

ROWS = [
    ("Søkeren har pakistansk bakgrunn.", "nb", "bakgrunn"),
    ("Vi ønsker søkere uavhengig av etnisitet og nasjonal opprinnelse.", "nb", None),
    ("Ho er same og snakkar nordsamisk.", "nn", "same"),
    ("Vi ønskjer mangfald og oppmodar søkjarar med innvandrarbakgrunn til å søkje.", "nn", None),
    ("Kandidaten kom til Norge som flyktning i 2015.", "nb", "som flyktning"),
    ("Hun jobber med integrering av flyktninger i kommunen.", "nb", None),
    ("Han er mørkhudet.", "nb", "mørkhudet"),
    ("Kandidaten har teknisk bakgrunn og erfaring fra IT-drift.", "nb", None),
    ("Eg har kvensk bakgrunn.", "nn", "kvensk"),
    ("Det er same kva for ein av dei vi vel.", "nn", None),
    ("Søkjaren er av etnisk norsk opphav.", "nn", "etnisk"),
    ("Ho har same utdanning som meg.", "nn", None),
    ("Referansen sa at hun har innvandrerbakgrunn.", "nb", "innvandrerbakgrunn"),
    ("Vi er opptatt av inkluderende arbeidsliv og mangfold.", "nb", None),
    ("Vedkommende er romani.", "nb", "romani"),
    ("Hun har medisinsk bakgrunn og jobber som lege.", "nb", None),
    ("Kari innvandret fra Polen for ti år siden.", "nb", "innvandret"),
    ("Hodan Abdi Warsame har somalisk bakgrunn og kom til Norge som tolvåring.", "nb", "bakgrunn"),
    ("Nils Aslak Anti-Sara har samisk bakgrunn frå Kautokeino.", "nn", "samisk bakgrunn"),
    ("Stillingen krever kunnskap om samisk språk og kultur.", "nb", None),
    ("Kandidaten bør ha erfaring fra arbeid med flyktninger og innvandrere.", "nb", None),
    # origin, arrival as a refugee, Sami identity and mother tongue of a person
    ("Han er opprinnelig fra Eritrea og kom til Norge i 2012.", "nb", "opprinnelig fra Eritrea"),
    ("Tesfaye kom til Norge som enslig mindreårig asylsøker.", "nb", "kom til Norge som enslig mindreårig asylsøker"),
    ("Hun er samisk, har nordsamisk som morsmål og er vokst opp i Kautokeino.", "nb", "er samisk"),
    ("Han har tigrinja som morsmål.", "nb", "tigrinja som morsmål"),
    ("Kandidaten har norsk som morsmål.", "nb", None),
    ("Stillingen krever gode kunnskaper i samisk.", "nb", None),
    ("Vi ønsker søkere som har samisk som morsmål.", "nb", None),
    # nationality said of a person
    ("skriv et avslag til tomasz, han er polsk og snakker lite norsk.", "nb", "polsk"),
    ("Ho er eritreisk.", "nn", "eritreisk"),
    ("Kandidaten er norsk og har lang erfaring.", "nb", None),
    ("Han er fantastisk og er praktisk anlagt.", "nb", None),
    ("Stillingen er i et svensk selskap.", "nb", None),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ROWS)
def test_ethnicity(analyzer, text, lang, expected):
    assert_row(analyzer, ENTITY, text, lang, expected)
