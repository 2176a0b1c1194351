"""Issue 11, third session (held-out round 12): what the round taught, as principles, tested
in other words than the set that showed them: coordinated words share their class, a quoted
name with a thing noun is a thing everywhere, an initial before a surname is a person, the
word after a clause-opening "jeg"/"vi" is a verb, an organisation's unit answers its own phone,
English labels, and more of the ways people say special categories about a person."""

from __future__ import annotations

import pytest

from .conftest import found_texts


@pytest.mark.parametrize(
    "text",
    [
        # a list after "i"/"på" most of whose members are places: Lena is a place too
        "Stillingen har kontordager på Hamar, Lena og Gjøvik.",
        # a quoted name with a noun saying what it is names the thing everywhere in the text
        "Fra mars tar vi i bruk «Frøya», det nye rekrutteringssystemet. Frøya sender kvittering til søkerne.",
        # the word after a clause-opening "jeg"/"vi" is the verb
        "intervjuet er flyttet, jeg booker nytt rom og vi sender ut invitasjon",
        # an organisation's unit answering a number is no person
        "Spørsmål om stillingen: skolens ekspedisjon, tlf. 51 50 80 00.",
        "Applications are handled by the Department office, phone +47 55 58 00 00.",
        # English labels and a place noun before a place
        "Job title: Senior adviser\nPlace of work: Campus Kristiansand\nThe position is permanent.",
        # clearance as a requirement names nobody
        "Kandidaten må kunne sikkerhetsklareres for HEMMELIG før tiltredelse.",
        # a union in brackets after no name, and a union rep who is not named
        "Lønn etter tariff (Unio). En tillitsvalgt fra Delta deltar i intervjuet.",
    ],
)
def test_clean_text_passes(guardrail, text: str) -> None:
    result = guardrail.check(text)
    assert result.decision == "pass", result.to_dict()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Innstilt som nr. 2: M. Grøtterud, deretter søker 14.", "M. Grøtterud"),
        ("R. Kvalheim takket nei i går.", "R. Kvalheim"),
        ("Referanse gitt av J. Okonkwo, tidligere leder.", "J. Okonkwo"),
    ],
)
def test_an_initial_before_a_surname_is_a_person(guardrail, text: str, name: str) -> None:
    assert name in found_texts(guardrail, text, "PERSON")


def test_an_outline_item_is_no_initial_and_surname(guardrail) -> None:
    text = "A. Bakgrunn\nB. Arbeidsoppgaver\nC. Bergen\nD. Kvalifikasjoner"
    assert guardrail.check(text).decision == "pass"


def test_a_spoken_pronoun_before_a_name_is_no_verb_slot(guardrail) -> None:
    """``ho siv``, ``han stig``: spoken Norwegian puts han/ho before a name, so only
    jeg/eg/du/vi/me/de open a clause with the verb after them."""
    assert found_texts(guardrail, "ho marte i lønn har søkt permisjon", "PERSON") == ["marte"]


def test_a_lower_case_name_after_a_preposition_backed_by_a_pronoun_is_asked(guardrail) -> None:
    result = guardrail.check("lunsjen med dag blir utsatt, han er på reise")
    assert result.decision in ("ask", "block") and "PERSON" in result.entity_counts
    # the same word with no pronoun after it is a day
    assert guardrail.check("lunsjen med dag og kveld blir utsatt").decision == "pass"


@pytest.mark.parametrize(
    ("text", "entity", "term"),
    [
        ("Torstein Vik er klarert for STRENGT HEMMELIG fram til 2027.", "NO_SECURITY_MARKING", "STRENGT HEMMELIG"),
        ("autorisasjonen til siri aas for NATO SECRET må fornyes", "NO_SECURITY_MARKING", "NATO SECRET"),
        ("BEGRENSA\nNotat om tilsetjing", "NO_SECURITY_MARKING", "BEGRENSA"),
        ("Per Olav Hanssen fortalte at han og ektemannen hans nettopp har flyttet.", "NO_SEXUAL_ORIENTATION",
         "ektemannen"),
        ("Liv Bremnes sa at kona hennar skal starte i ny jobb.", "NO_SEXUAL_ORIENTATION", "kona hennar"),
        ("Anders Moe har cochleaimplantat og trenger teksting på skjerm.", "NO_HEALTH", "cochleaimplantat"),
        ("Ola Dahl sa at samboeren venter trillinger i mai.", "NO_PREGNANCY_FAMILY", "venter trillinger"),
        ("Hege Lunde fra Utdanningsforbundet ringte om saken.", "NO_UNION", "fra Utdanningsforbundet"),
        ("Til stede: Rune Aas (hovedtillitsvalgt, Fellesforbundet).", "NO_UNION", "Fellesforbundet"),
        ("Kandidaten Yusuf Ali spurte om fri til fredagsbønnen.", "NO_RELIGION", "fredagsbønnen"),
    ],
)
def test_categories_said_about_a_person(guardrail, text: str, entity: str, term: str) -> None:
    found = found_texts(guardrail, text, entity)
    assert any(term in span for span in found), found


def test_a_spouse_of_the_other_gender_says_nothing(guardrail) -> None:
    text = "Kari Bø fortalte at hun og mannen hennes skal flytte."
    assert "NO_SEXUAL_ORIENTATION" not in guardrail.check(text).entity_counts
