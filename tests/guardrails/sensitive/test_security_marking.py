"""NO_SECURITY_MARKING: marked documents block; clearance requirements pass."""

import pytest

from .conftest import assert_row

ENTITY = "NO_SECURITY_MARKING"

ROWS = [
    ("KONFIDENSIELT\nNotat om ansettelsesprosessen", "nb", "KONFIDENSIELT"),
    ("Stillingen krever sikkerhetsklarering for nivå HEMMELIG.", "nb", None),
    ("Gradering: BEGRENSET\nReferat fra møte i ansettelsesrådet", "nb", "Gradering: BEGRENSET"),
    ("Du må kunne klareres til KONFIDENSIELT.", "nb", None),
    ("Unntatt offentlighet jf. offl. § 13\nInnstilling til stillingen", "nb", "Unntatt offentlighet jf. offl. § 13"),
    ("Søkere kan be om å bli unntatt fra offentlig søkerliste, jf. offentleglova § 25.", "nb", None),
    ("Unnateke frå offentlegheit, jf. offentleglova § 14\nNotat", "nn",
     "Unnateke frå offentlegheit, jf. offentleglova § 14"),
    ("Søkjarar kan be om å ikkje stå på den offentlege søkjarlista, jf. offentleglova § 25.", "nn", None),
    ("STRENGT HEMMELIG\nOperasjonsplan", "nb", "STRENGT HEMMELIG"),
    ("Du må kunne sikkerhetsklareres for tilgang til informasjon gradert\nHEMMELIG eller høyere.", "nb", None),
    ("Sikkerheitsgradert\nRapport frå tilsynet", "nn", "Sikkerheitsgradert"),
    ("Sikkerhetsgradert informasjon håndteres etter sikkerhetsloven.", "nb", None),
    ("Fortrolig\nVurdering av søkerne til stillingen", "nb", "Fortrolig"),
    ("Vi behandler alle søknader fortrolig.", "nb", None),
    ("Vurdering av kandidatane\nFORTRULEG\nHo har mykje erfaring.", "nn", "FORTRULEG"),
    ("Dokumenter som er unntatt offentlighet skal ikke limes inn i KI-verktøy.", "nb", None),
    ("## BEGRENSET\nNotat om omorganisering", "nb", "BEGRENSET"),
    ("Den tilsette må kunne autoriserast for\nKONFIDENSIELT.", "nn", None),
    ("Sikkerhetsgradering: Konfidensielt", "nb", "Sikkerhetsgradering: Konfidensielt"),
    ("Hemmelig ingrediens i en god annonse er en tydelig overskrift.", "nb", None),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ROWS)
def test_security_marking(analyzer, text, lang, expected):
    assert_row(analyzer, ENTITY, text, lang, expected)
