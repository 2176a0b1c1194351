"""Issue 11, second session (held-out rounds 7–11): what each round taught, as principles,
tested in other words than the sets that showed them: the genre decides who can be in a text,
one sense per text, word classes rather than word lists, person slots in chat, identifiers and
categories, English text read as English."""

from __future__ import annotations

import pytest

AD_NAMED_THINGS = """Miljøarbeider – Ole Bulls hus
Kvinnherad kommune, Helse og velferd
Ole Bulls hus er et avlastningssenter for barn og unge med seks plasser.

Arbeidsoppgaver
- Miljøarbeid etter vedtak
- Samarbeid med Griegsalen kulturskole og Kulturhuset Banken

Kvalifikasjoner
- Relevant fagbrev; erfaring fra redaksjoner som Sunnhordland eller Grenda er ingen ulempe

Vi tilbyr
- Lønn etter tariff
Søknadsfrist: 1. mars
"""


def test_a_name_in_a_job_ad_without_a_person_around_it_is_a_thing(guardrail) -> None:
    """Buildings, halls and papers named after people in an ad pass; the same ad with a
    contact line is stopped for the contact person, and only for her."""
    assert guardrail.check(AD_NAMED_THINGS).decision == "pass", guardrail.check(AD_NAMED_THINGS).to_dict()
    contact = "Spørsmål om stillingen kan rettes til enhetsleder Ragnhild Omdal, tlf. 951 22 334.\n"
    with_contact = AD_NAMED_THINGS + contact
    result = guardrail.check(with_contact)
    found = {with_contact[f.start:f.end] for f in result.findings if f.entity == "PERSON"}
    assert found == {"Ragnhild Omdal"}


def test_a_named_manager_in_an_ad_is_still_a_person(guardrail) -> None:
    text = AD_NAMED_THINGS + "Du rapporterer til avdelingsdirektør Tormod Sæbø.\n"
    assert "PERSON" in guardrail.check(text).entity_counts


@pytest.mark.parametrize(
    ("text", "fnr"),
    [
        ("Født 28.02.75, personnr 234 22.", "28.02.75, personnr 234 22"),
        ("født 28.02.75 pnr. 234-22", "28.02.75 pnr. 234-22"),
    ],
)
def test_a_grouped_personnummer_after_a_birth_date(guardrail, text: str, fnr: str) -> None:
    result = guardrail.check(text)
    assert [text[f.start:f.end] for f in result.findings if f.entity == "NO_FODSELSNUMMER"] == [fnr]


def test_two_names_as_the_subject_in_chat_ask(guardrail) -> None:
    result = guardrail.check("storm og sol fra lønn sitter i panelet i morgen")
    assert result.decision == "ask" and result.entity_counts == {"PERSON": 2}
    # two nouns joined the same way do not
    assert guardrail.check("sol og vind gir energi til bygget").decision == "pass"
    assert guardrail.check("dag og natt er det vakt på avdelingen").decision == "pass"


def test_a_word_that_labels_a_number_is_no_name(guardrail) -> None:
    assert guardrail.check("står det noe om dette i forskriften kap 4 eller vedlegg 2?").decision == "pass"


def test_a_possessive_before_an_institution_noun_is_a_place(guardrail) -> None:
    assert guardrail.check("vi søker assistent til Kitty Kiellands hus, kan du lage en annonse?").decision == "pass"
    assert "PERSON" in guardrail.check("Kitty Kiellands søknad kom i går.").entity_counts


def test_a_job_ad_that_names_nobody_says_nothing_about_anyone(guardrail) -> None:
    """An ad's offers and its diversity statement are no statements about a person; the same
    words about a named person are."""
    ad = AD_NAMED_THINGS + "Vi tilbyr hjelp med barnehageplass og en ordning for seniorer.\n"
    assert guardrail.check(ad).decision == "pass"
    note = "Notat: Hilde Strøm trenger barnehageplass til høsten og er gravid i femte måned."
    assert "NO_PREGNANCY_FAMILY" in guardrail.check(note).entity_counts


def test_a_thing_stays_a_thing_where_its_context_is_cut(guardrail) -> None:
    """One sense per text: a product named as one ("X eller tilsvarende verktøy") is no person
    where a later line cuts the context off (a time plan's shortened requirement)."""
    text = ("Bør-krav:\n1. Kjennskap til Tendsign eller tilsvarende konkurransegjennomføringsverktøy\n\n"
            "Tidsplan:\n- 1. Kjennskap til Tendsign eller tilsvarende …: 3 min\n")
    assert guardrail.check(text).decision == "pass"


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Kandidaten Farid Ahmadi er pashtun og sunnimuslim.", "NO_ETHNICITY"),
        ("Kandidaten Farid Ahmadi er pashtun og sunnimuslim.", "NO_RELIGION"),
        ("Ingvild Moe har fått en bot for fartsovertredelse i fjor.", "NO_CRIMINAL"),
        ("Gunnar Eide har tryggingsklarering for KONFIDENSIELT.", "NO_SECURITY_MARKING"),
    ],
)
def test_more_categories_said_of_a_person(guardrail, text: str, entity: str) -> None:
    assert entity in guardrail.check(text).entity_counts


def test_a_first_name_that_contains_a_religious_word_is_no_religion(guardrail) -> None:
    counts = guardrail.check("søkjaren sunniva er flink, kan du skrive eit tilbod til ho").entity_counts
    assert "NO_RELIGION" not in counts and "PERSON" in counts


@pytest.mark.parametrize(
    "text",
    [
        "i morgen må jeg kontakte nguyen thi lan om at hun ikke fikk stillingen",
        "jeg sa at ragnar kvisberg ble innstilt, men det stemmer ikke. Kan du skrive et nytt utkast?",
        "Kontakt meg på ragnhild.oydegard@nordland.no om dette.",
    ],
)
def test_lower_case_names_and_ascii_spelt_addresses_are_stopped(guardrail, text: str) -> None:
    assert guardrail.check(text).blocked


def test_a_letter_to_an_ambiguous_name_asks(guardrail) -> None:
    assert guardrail.check("kan du oversette avslaget til sol til nynorsk").decision == "ask"


def test_a_functional_mailbox_spelt_in_ascii_passes(guardrail) -> None:
    assert guardrail.check("Send søknaden til soknad@lillehammer.kommune.no innen fristen.").decision == "pass"


def test_a_note_about_a_colleague_after_a_pasted_ad_is_still_a_person(guardrail) -> None:
    """The ad rule reads names in an ad as things only without a sign of a person: a note under
    the ad with a first name or a pronoun keeps its name."""
    for note in ("Utkastet er laget av Sigrid, si fra om du vil endre noe.",
                 "Torvund har skrevet utkastet, og hun vil ha tilbakemelding før fredag."):
        assert "PERSON" in guardrail.check(AD_NAMED_THINGS + note).entity_counts, note


@pytest.mark.parametrize(
    "text",
    [
        "09.30  Velkommen\n10.00  Befaring Lødingen, lunsj på kaia\n",  # a place after a time
        "Reisen går med MF «Kari Bremnes» til Stord.",  # a vessel's name
        "vi vil ha tonen litt frank og direkte, keep it short pls",  # adjective, English
        "Møt opp i resepsjonen, Kong Olav Vs gate 3, 0159 Oslo, kl. 09.",  # a meeting place
        "står det i forskriften kap. 5? svar før tor 14.3",
    ],
)
def test_round_8_kinds_of_ordinary_text_pass(guardrail, text: str) -> None:
    result = guardrail.check(text)
    assert result.decision == "pass", result.to_dict()


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Brevet går til Vilde Haugland, Øvre Slottsgate 3 B, 0157 Oslo.", "PERSON"),  # NER said ORG
        ("Personalia: Tomasz Nowicki\nBosted: Løvåsveien 12, leil. U0102, 5145 Fyllingsdalen", "NO_ADDRESS"),
        ("Ivar Lunde har klarering på nivå KONFIDENSIELT fra Forsvaret.", "NO_SECURITY_MARKING"),
        ("Hege Voll er 100 % sykm. etter operasjonen.", "NO_HEALTH"),
        ("Torstein Aas er hovudtillitsvald i Fagforbundet.", "NO_UNION"),
        ("Mari Bø er aktiv i Misjonssambandet.", "NO_RELIGION"),
    ],
)
def test_round_9_kinds_of_data_are_stopped(guardrail, text: str, entity: str) -> None:
    assert entity in guardrail.check(text).entity_counts


@pytest.mark.parametrize(
    "text",
    [
        "Sted: Clarion Hotel Bergen Airport\nTid: 09.00–15.00\n10.00 Kompetansekartlegging",
        "Mars: Utlysing\nApril: Intervju\nAugust: Oppstart for nytilsette",
        "☐ Arbeidsavtale signert\n☐ Tilgangsstyring bestilt\n☐ Introduksjonsopplæring",
        "Oppmøte for kandidatene: Storgata 1, 9008 Tromsø, 3. etasje.",
        "Kari Hansen bruker MS-Teams og MS Forms hver dag.",
    ],
)
def test_round_9_kinds_of_ordinary_text_pass(guardrail, text: str) -> None:
    result = guardrail.check(text)
    assert not any(f.entity in ("PERSON", "NO_ADDRESS", "NO_HEALTH") and "Kari" not in text[f.start:f.end]
                   for f in result.findings), result.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "Ikke skriv inn noe om helse, religion, fagforening eller politisk syn i KI-verktøyet.",  # a rule's list
        "Andel med minoritetsbakgrunn blant kandidatene: 12 %.",  # a group, not a person
        "Oppmøte: Rådhuset, Torget 1, 2815 Gjøvik. Sentralbord: 958 10 000.",  # the nearest label decides
        "Ved spørsmål på eksamensdagen, ring resepsjonen på 73 55 90 00.",
        "Tiltredelse 1. august. Lærlingene starter fra august.",
    ],
)
def test_round_10_kinds_of_ordinary_text_pass(guardrail, text: str) -> None:
    result = guardrail.check(text)
    assert result.decision == "pass", result.to_dict()


def test_categories_said_of_a_named_person_in_one_line_are_kept(guardrail) -> None:
    counts = guardrail.check("Jonas Berg er katolikk, homofil og medlem av Tekna.").entity_counts
    assert {"NO_RELIGION", "NO_SEXUAL_ORIENTATION", "NO_UNION"} <= set(counts)


def test_an_english_ad_is_read_as_english(guardrail) -> None:
    ad = ("Senior Adviser, Digital Services\n\nThe Directorate invites applications for a permanent position. "
          "The successful candidate will work with our partners across the public sector.\n\nResponsibilities\n"
          "- Lead projects and write reports for the management group\n\nQualifications\n"
          "- A master's degree and experience from similar work\n\nQuestions may be sent to our HR team.\n")
    assert guardrail.check(ad).decision == "pass", guardrail.check(ad).to_dict()
    signed = ad + "\nKind regards,\nIngrid Bakkevold\nSenior Adviser\n"
    found = {signed[f.start:f.end] for f in guardrail.check(signed).findings if f.entity == "PERSON"}
    assert found == {"Ingrid Bakkevold"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("skriv et avslag til Chinonso Okafor som søkte rådgiverstillingen, han var nummer tre", "Chinonso Okafor"),
        ("husk å sende kontrakten til Zainab, hun begynner mandag", "Zainab"),
        ("kontakt Sol Brekke og si at hun kan starte i august", "Sol Brekke"),
        ("eg sender svaret til anne-marit i dag, ho har venta lenge", "anne-marit"),
        ("vi sa at jonas berg ble nummer to, men han trakk seg", "jonas berg"),
    ],
)
def test_round_11_kinds_of_names_are_found(guardrail, text: str, name: str) -> None:
    found = {text[f.start:f.end] for f in guardrail.check(text).findings if f.entity == "PERSON"}
    assert any(name in span or span in name for span in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Andelen tilsette med minoritetsbakgrunn har auka til 11 prosent.",
        "- Lederne følger opp sykmeldte medarbeidere etter IA-avtalen.",
    ],
)
def test_a_noun_subject_is_no_person_in_a_statement(guardrail, text: str) -> None:
    """A capitalised ordinary word before a verb ("Lederne følger") is a plural or a noun, so a
    category term after it says nothing about a person."""
    assert guardrail.check(text).decision == "pass", guardrail.check(text).to_dict()
