"""NO_POLITICS: a person's political opinion or party blocks; political work context passes."""

import pytest

from .conftest import assert_row

ENTITY = "NO_POLITICS"

ROWS = [
    ("Hun stemmer Rødt.", "nb", "Rødt"),
    ("Du vil jobbe tett på politisk ledelse i departementet.", "nb", None),
    ("Han er partimedlem i Senterpartiet.", "nb", "Senterpartiet"),
    ("Stillinga rapporterer til politisk leiing.", "nn", None),
    ("Ho har vore aktiv i AUF i mange år.", "nn", "AUF"),
    ("Vi ønsker søkere uavhengig av politisk syn.", "nb", None),
    ("Kandidaten er kjent som kommunist.", "nb", "kommunist"),
    ("Snu til høyre ved resepsjonen og ta heisen.", "nb", None),
    ("Søkjaren har eit tydeleg politisk ståstad.", "nn", "politisk ståstad"),
    ("Regjeringen har vedtatt en ny strategi.", "nb", None),
    ("Referansen sa at han stemte Høyre ved valget.", "nb", "Høyre"),
    ("Du må kunne arbeide for skiftende politiske ledelser.", "nb", None),
    ("Eg er medlem av Miljøpartiet Dei Grøne.", "nn", "Miljøpartiet Dei Grøne"),
    ("Ikke spør kandidaten om partitilhørighet.", "nb", None),
    ("Kari er politisk aktiv i lokalmiljøet.", "nb", "politisk aktiv"),
    ("Oppgavene omfatter utredning av politiske saker for Stortinget.", "nb", None),
    ("Vedkommende sitter i kommunestyret for FrP.", "nb", "FrP"),
    # typed in lower case in a chat; a council seat
    ("kandidaten sitter i bystyret for frp, bør vi nevne det?", "nb", "sitter i bystyret"),
    ("Ho har vore innvald i kommunestyret sidan 2019.", "nn", "innvald i kommunestyret"),
    ("Stillingen er sekretær for bystyret og formannskapet.", "nb", None),
    ("Du skal forberede saker til kommunestyret.", "nb", None),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ROWS)
def test_politics(analyzer, text, lang, expected):
    assert_row(analyzer, ENTITY, text, lang, expected)
