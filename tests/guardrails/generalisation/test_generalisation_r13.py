"""Issue 11, third session (held-out rounds 13 and 14): what the rounds taught, as principles,
tested in other words than the sets that showed them: given names that are ordinary words in
a person's slot in chat, lower-case full names as subjects, a name in a personal e-mail
address, the fields of a form naming someone, and rooms, ships, systems and namesakes that
are named after people."""

from __future__ import annotations

import pytest

from .conftest import found_texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("har du sendt kontrakten til falk? han venter på den", "falk"),
        ("snakket med selje i dag, hun takker ja til stillingen", "selje"),
        ("har ravn levert attesten? vi trenger den før fredag", "ravn"),
        ("lunsj med ørn er flyttet, han sitter i møte", "ørn"),
    ],
)
def test_a_given_name_that_is_a_word_in_a_persons_slot_is_caught(guardrail, text: str, name: str) -> None:
    result = guardrail.check(text)
    assert result.decision in ("ask", "block")
    assert any(name in span for span in found_texts(guardrail, text, "PERSON"))


@pytest.mark.parametrize(
    "text",
    [
        "vi ses i vår, og på mandag går annonsen ut",
        "send oversikten til vår avdeling før fredag",
        "har du fått svar fra storm- og beredskapsenheten?",
    ],
)
def test_the_same_words_in_their_ordinary_sense_pass(guardrail, text: str) -> None:
    assert guardrail.check(text).decision == "pass", guardrail.check(text).to_dict()


def test_a_lower_case_full_name_as_a_subject(guardrail) -> None:
    text = "amani al hassan kommer kl 10 i morgen, hun har bedt om parkering"
    assert any("amani" in name for name in found_texts(guardrail, text, "PERSON"))
    # two English words in the same place, with no one spoken of
    assert guardrail.check("sprint review er flyttet til torsdag, og demo blir etterpå").decision == "pass"


def test_a_name_in_a_personal_mail_address_is_a_name_in_the_text(guardrail) -> None:
    text = "Kandidat 2: Gulnara Abenová – gulnara.abenova@gmail.com"
    assert "Gulnara Abenová" in found_texts(guardrail, text, "PERSON")
    clean = "Spørsmål om stillingen: Servicetorget Bergen, servicetorget.bergen@bergen.kommune.no"
    assert "PERSON" not in guardrail.check(clean).entity_counts


def test_an_initial_before_a_double_surname(guardrail) -> None:
    assert "P. Sørensen-Moe" in found_texts(guardrail, "P. Sørensen-Moe trakk søknaden i dag.", "PERSON")


def test_the_fields_of_a_form_are_about_the_person_it_names(guardrail) -> None:
    text = "Navn: Jonas Brekke\nKontonummer: oppgis senere\nFagforeningskontingent: trekkes, Fagforbundet\n"
    assert "NO_UNION" in guardrail.check(text).entity_counts
    blank = "Navn:\nKontonummer:\nFagforeningskontingent: ja / nei\n"
    assert guardrail.check(blank).decision == "pass"


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Mona Lie er medlem av høyre og sitter i kommunestyret.", "NO_POLITICS"),
        ("Please note that Tom Hansen has been on sick leave since May.", "NO_HEALTH"),
        ("Attesten til Per Dahl kom i dag. Den har en anmerkning: forelegg for tyveri.", "NO_CRIMINAL"),
    ],
)
def test_categories_in_other_phrasings(guardrail, text: str, entity: str) -> None:
    assert entity in guardrail.check(text).entity_counts


@pytest.mark.parametrize(
    "text",
    [
        "Intervjuene holdes i møterom Camilla Collett, 2. etasje.",
        "Hurtigruten søker matroser til MS Richard With og MS Kong Harald.",
        "Senteret er oppkalt etter Kristine Bonnevie og ligger på Blindern.",
        "Tekna har bedt om et drøftingsmøte før tilbudet sendes.",
        "Spørsmål om lærlingordningen: personalkontoret, tlf. 22 33 44 55.",
        "Spørsmål kan sendes til admin@havforsk.no.",
        "Please return the signed contract by 3 June to the Senior Software Engineer on the panel.",
        "Vi tester chatboten Tiril, og Tiril svarer bare på generelle spørsmål.",
        "Arbeidssted er Rena (Åmot) eller Elverum etter avtale.",
    ],
)
def test_rooms_ships_systems_namesakes_and_the_employers_own_pass(guardrail, text: str) -> None:
    assert guardrail.check(text).decision == "pass", guardrail.check(text).to_dict()


def test_notes_headed_by_a_name_are_about_that_person(guardrail) -> None:
    """The subject is left out in notes ("Kom til Norge ...", "er hazara"): a label naming the
    person ("Kandidat: ...") makes the notes' statements about them; policy lines still pass."""
    text = "Kandidat: Hodan Warsame\nBakgrunn: sykepleier.\nKom til Norge fra Somalia i 2009. Er aktiv i moskeen.\n"
    counts = guardrail.check(text).entity_counts
    assert "NO_ETHNICITY" in counts
    policy = "Kandidat: Hodan Warsame\nVi ønsker søkere uavhengig av etnisitet og religion.\n"
    assert set(guardrail.check(policy).entity_counts) == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("kandidaten (liv) sa at hun er medlem av fagforbundet", "PERSON"),
        ("ja, sol er syk i dag, ring henne i morgen", "PERSON"),
        ("As I said in the interview, I am a member of Tekna.", "NO_UNION"),
        ("Han er somalier og snakker fire språk.", "NO_ETHNICITY"),
    ],
)
def test_more_slots_and_phrasings(guardrail, text: str, entity: str) -> None:
    assert entity in guardrail.check(text).entity_counts


@pytest.mark.parametrize(
    "text",
    [
        "6. Avslutning: Oppstartsdato, oppsigelsestid og videre prosess.",
        "Emne: Avklaring om lønnsplassering",
        "Vi annonserer på Finn og LinkedIn i tillegg til Jobbnorge.",
        "Erfaring fra prosjekter som Rogfast og E39 Bjørnafjorden er en fordel.",
    ],
)
def test_compounds_titles_channels_and_landscapes_pass(guardrail, text: str) -> None:
    assert guardrail.check(text).decision == "pass", guardrail.check(text).to_dict()


def test_a_name_listed_with_a_product_but_not_as_a_channel_stays_a_person(guardrail) -> None:
    assert "PERSON" in guardrail.check("Kari og Copilot skrev annonsen sammen.").entity_counts
