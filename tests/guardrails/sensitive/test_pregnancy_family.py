"""NO_PREGNANCY_FAMILY: pregnancy and family plans of a person block; leave policies pass."""

import pytest

from .conftest import assert_row

ENTITY = "NO_PREGNANCY_FAMILY"

ROWS = [
    ("Kandidaten er gravid og skal ut i permisjon i mars.", "nb", "gravid"),
    ("Vi har gode permisjonsordninger.", "nb", None),
    ("Kari planlegger å få barn neste år.", "nb", "få barn"),
    ("Vi har gode ordningar for foreldrepermisjon.", "nn", None),
    ("Ho er gravid i femte månad.", "nn", "gravid"),
    ("Ikke still spørsmål om graviditet eller familieplanlegging.", "nb", None),
    ("Søkjaren skal ut i foreldrepermisjon til hausten.", "nn", "foreldrepermisjon"),
    ("Arbeidsgiver kan ikke spørre om søkeren er gravid.", "nb", None),
    ("Han sa i intervjuet at de skal adoptere et barn fra Colombia.", "nb", "adoptere et barn"),
    ("Du vil jobbe med barnehagesektoren i kommunen.", "nb", None),
    ("Hun har termin i august.", "nb", "termin"),
    ("Vi oppfordrer gravide og småbarnsforeldre til å søke.", "nb", None),
    ("Eg ventar barn i januar.", "nn", "ventar barn"),
    ("Stillinga gir rett til svangerskapspermisjon etter lova.", "nn", None),
    ("Vedkommende går gjennom IVF-behandling.", "nb", "IVF"),
    ("Vi har fleksibel arbeidstid og gode velferdsordninger.", "nb", None),
    ("Ola har søkt barnehageplass til dattera si.", "nb", "barnehageplass"),
    ("Permisjonsreglene følger hovedtariffavtalen i staten.", "nb", None),
    ("Kandidaten er alenemor med tre barn.", "nb", "alenemor"),
    ("Vi adopterer nye digitale verktøy raskt.", "nb", None),
    ("Kona hans er i svangerskapet sitt andre trimester.", "nb", "svangerskapet"),
    ("Vi har fått søknad fra en kandidat som er gravid.", "nb", "gravid"),
    ("Ein av søkjarane er gravid.", "nn", "gravid"),
    # single parents and children's ages
    ("Han fortalde at han er åleinefar til to born på fire og sju år.", "nn", "åleinefar"),
    ("Hun fortalte at hun er alene med en sønn på ni år.", "nb", "alene med en sønn"),
    ("Kari Hansen er eneforsørger.", "nb", "eneforsørger"),
    ("Stillingen passer for deg som vil jobbe med barn på seks år og eldre.", "nb", None),
    ("Tilbodet gjeld barn på fire og fem år i barnehagen.", "nn", None),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ROWS)
def test_pregnancy_family(analyzer, text, lang, expected):
    assert_row(analyzer, ENTITY, text, lang, expected)
