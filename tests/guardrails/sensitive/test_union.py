"""NO_UNION: a person's union membership blocks; unions mentioned in process language pass."""

import pytest

from .conftest import assert_row

ENTITY = "NO_UNION"

ROWS = [
    ("Han er medlem av Fagforbundet.", "nb", "medlem av Fagforbundet"),
    ("Fagforeningene er involvert i prosessen.", "nb", None),
    ("Ho er medlem i fagforeininga si.", "nn", "medlem i fagforeininga"),
    ("En tillitsvalgt deltar i intervjuet.", "nb", None),
    ("Kandidaten er hovedtillitsvalgt for NTL.", "nb", "hovedtillitsvalgt"),
    ("Jeg skal sende utkastet til de tillitsvalgte før publisering.", "nb", None),
    ("Søkjaren er fagorganisert.", "nn", "fagorganisert"),
    ("Lønn etter avtale med Akademikerne og Unio i staten.", "nb", None),
    ("Referansen sa at hun er organisert i Delta.", "nb", "organisert i Delta"),
    ("Han skal delta på kurs i arbeidsrett.", "nb", None),
    ("Eg er Tekna-medlem.", "nn", "Tekna-medlem"),
    ("Medbestemmelse skjer gjennom samarbeid med fagforeningene.", "nb", None),
    ("Vedkommende meldte seg inn i LO i fjor.", "nb", "inn i LO"),
    ("Ikke spør om kandidaten er medlem av en fagforening.", "nb", None),
    ("Kari har vært tillitsvalgt i Utdanningsforbundet.", "nb", "tillitsvalgt"),
    ("Stillinga er organisert i seksjon for rekruttering.", "nn", None),
    ("Hun har medlemskap i Forskerforbundet.", "nb", "medlemskap i Forskerforbundet"),
    ("Kandidaten har tidligere vært leder for en fagforening.", "nb", "leder for en fagforening"),
    # nynorsk "tillitsvald", and a union office named with its union
    ("Ho har vore hovudtillitsvald for Fagforbundet sidan 2019.", "nn", "hovudtillitsvald"),
    ("Referansen fortalde at han er tillitsvald i Fagforbundet.", "nn", "tillitsvald"),
    ("Dei tillitsvalde i Fagforbundet skal vere med i prosessen.", "nn", None),
    ("Bergersen har de siste fire årene vært hovedtillitsvalgt for Fagforbundet.", "nb", "hovedtillitsvalgt"),
    ("Sidan 2019 har ho vore plasstillitsvald for Utdanningsforbundet.", "nn", "plasstillitsvald"),
    # a name after a colon opens a statement too
    ("Til notatet: Marit Sæverud Lid har vore tillitsvald for Fagforbundet.", "nn", "tillitsvald"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ROWS)
def test_union(analyzer, text, lang, expected):
    assert_row(analyzer, ENTITY, text, lang, expected)
