"""NO_HEALTH: statements about a person's health block; policy language passes."""

import pytest

from .conftest import assert_row

ENTITY = "NO_HEALTH"

ROWS = [
    # (text, lang, expected finding or None)
    ("Søkeren har ME og har vore sjukmeld i eit år.", "nn", "sjukmeld"),
    ("Søkeren har ME og har vore sjukmeld i eit år.", "nn", "ME"),
    ("Vi ønsker søkere uavhengig av kjønn, alder, funksjonsevne, religion og etnisitet.", "nb", None),
    ("Jeg har diagnosen ADHD.", "nb", "ADHD"),
    ("Vi tilbyr tilrettelegging for personer med nedsatt funksjonsevne.", "nb", None),
    ("Kandidaten er sykmeldt på grunn av depresjon.", "nb", "sykmeldt"),
    ("Vi er en IA-virksomhet.", "nb", None),
    ("Hun har vært syk i lang tid og har fått innvilget arbeidsavklaringspenger.", "nb", "syk"),
    ("Du vil arbeide med helse- og omsorgstjenester.", "nb", None),
    ("Ho har diabetes og brukar insulin.", "nn", "diabetes"),
    ("Helsedirektoratet søker en rådgiver.", "nb", None),
    ("Referansen fortalte at han sliter med angst.", "nb", "angst"),
    ("Vi søker en rådgiver i Helse- og omsorgsdepartementet.", "nb", None),
    ("Eg har autisme og treng ro på kontoret.", "nn", "autisme"),
    ("Vi legg til rette for søkjarar med nedsett funksjonsevne.", "nn", None),
    ("Søkjaren sit i rullestol.", "nn", "rullestol"),
    ("Jeg bruker MS Office og Teams hver dag.", "nb", None),
    ("Kari fikk kreft i fjor og er nå ufør.", "nb", "kreft"),
    ("Hun har studert medisin og er utdannet lege.", "nb", None),
    ("Vedkommende tar medisiner mot epilepsi.", "nb", "epilepsi"),
    ("Han er sykepleier og har erfaring fra legevakt.", "nb", None),
    ("Kandidaten har dysleksi.", "nb", "dysleksi"),
    ("Hun er sykt flink med Excel.", "nb", None),
    ("Ikke spør om hun har vært sykmeldt.", "nb", None),
    ("Kollegaen min er utbrent.", "nb", "utbrent"),
    ("Stillinga krev god helse og fysisk form.", "nn", None),
    ("Kandidaten skal jobbe med sykefraværsoppfølging og IA-avtalen.", "nb", None),
    ("Kandidaten har erfaring som lærer og har vært sykmeldt i et år.", "nb", "sykmeldt"),
    ("Hun har lang erfaring som saksbehandler for sykepenger i NAV.", "nb", None),
    ("Dersom søkeren har nedsatt funksjonsevne, legger vi til rette.", "nb", None),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ROWS)
def test_health(analyzer, text, lang, expected):
    assert_row(analyzer, ENTITY, text, lang, expected)
