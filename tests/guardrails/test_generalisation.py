"""Issue 11: evasions undone, the employer is not a person, policy language passes, names
found in chat are person references, and uncertain names ask instead of stopping."""

from __future__ import annotations

import pytest

from bench.evasions import Generator, caught
from guardrails.normalize import normalize


@pytest.mark.parametrize(
    ("original", "normalised"),
    [
        ("**15908**695043", "15908695043"),
        ("<b>1590</b>8695043", "15908695043"),
        ("(159086)(95043)", "(159086 95043)"),
        ("159086/95043", "159086 95043"),
        ("1\u034f5\ufe0f9\u31640\u28008", "1590 8"),
        ("❶❺❾⓿", "1590"),
        ("ingrid.solberg at gmail dot com", "ingrid.solberg@gmail.com"),
        ("ingrid (at) gmail [.] com", "ingrid@gmail.com"),
        ("ingrid.solberg på gmail", "ingrid.solberg@gmail.com"),
        ("født 28.02.75, personnummer 23422", "født 280275 23422"),
        ("Vi vet at nav.no er nede", "Vi vet at nav.no er nede"),  # a Norwegian "at"
        ("kl. 08:00/16:00", "kl. 08:00/16:00"),  # times of day stay
        ("31/05/2024", "31/05/2024"),  # dates stay
        ("40, 50, 60, 70 %", "40, 50, 60, 70 %"),  # a list of short numbers stays
        ("Postboks 7030, 5020 Bergen", "Postboks 7030, 5020 Bergen"),
    ],
)
def test_normalised(original: str, normalised: str) -> None:
    assert normalize(original).text == normalised


def test_offsets_point_into_the_original() -> None:
    original = "fnr <b>1590</b>8695043 takk"
    text = normalize(original)
    start = text.text.index("1590")
    begin, end = text.to_original(start, start + 11)
    assert original[begin:end] == "1590</b>8695043"


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Kandidaten sendte fnr **15908**695043 i går.", "NO_FODSELSNUMMER"),
        ("Kandidaten ba oss bruke e-post ingrid.solberg snabel-a gmail punktum com.", "EMAIL_ADDRESS"),
        ("Hun oppga e-post post@ingridsolberg.no i søknaden.", "EMAIL_ADDRESS"),
        ("Ring meg på 412|34|567.", "NO_PHONE"),
        ("Ring Hagen på 73 19 40 12, Moe 51 88 20 07", "NO_PHONE"),
        ("eli har ms og lurte på om vi kan ha intervjuet digitalt", "NO_HEALTH"),
        ("btw sol hansen er med i fellesforbundet", "NO_UNION"),
        ("kandidaten abdirahman warsame er opprinnelig fra somalia", "NO_ETHNICITY"),
        ("Strengt fortruleg: Henrik Moe er under sikkerheitsklarering", "NO_SECURITY_MARKING"),
        ("Al-Nouris søknad er den sterkeste", "PERSON"),
        ("Strands CV mangler attest fra forrige arbeidsgiver.", "PERSON"),
    ],
)
def test_personal_data_is_stopped(guardrail, text: str, entity: str) -> None:
    result = guardrail.check(text)
    assert result.blocked
    assert entity in result.entity_counts


@pytest.mark.parametrize(
    "text",
    [
        "Sentralbord: 22 24 90 90",
        "Arbeidssted: Kaigaten 9, 5016 Bergen",
        "Besøksadresse: Mariboes gate 13, 0183 Oslo",
        "Ref.nr.: 3391 2087",
        "Stillings-ID: 4471 2290 (Webcruiter)",
        "Telefon: 55 55 33 33 (sentralbord)",
        "Spørsmål om stillingen rettes til enhetsleder via sentralbordet, tlf. 33 34 80 00.",
        "Søknad sendes til postmottak@nav.no innen fristen.",
        "- Lønnsramme: kr 580 000 – 660 000",
        "Arkivref.: 2024/1123",
        "Tor du å ta ansvar?",
        "Fartøyene «Johan Hjort», «G.O. Sars» og «Kristine Bonnevie» har tokt i Nordsjøen.",
        "kan vi spørre om kandidaten har barn når stillingen har mye reising?",
        "Er det lov å spørre om hun er gravid?",
        "vi må ikke spørre om partitilhørighet, sant?",
        "Kontakt: rektor, tlf. 55 23 91 00 (skulen sitt sentralbord)",
        "Godkjent av: Klinikkleder (e-signert, sak 25/04129)",
        "Tilsettinga skjer etter Hovedavtalen i staten.",
        "gi beskjed til rekruttering.vest-viken@nav.no så raskt som mulig",
        "lag annonse for lektor ved edvard munch vgs, oslo kommune",
        "Erfaring med DIPS Arena og Metavision",
        "Kontraktsoppfølging av sambanda Halhjem-Sandvikvåg og Lavik-Oppedal",
        "Har du brukt Brutus eller et tilsvarende forvaltningssystem for bruer? (Ja/Nei)",
        "Vi tilbyr opplæring i samarbeid med Van Gogh Museum.",
        "Du skal rekruttere en «Veileder» i Nav Grünerløkka.",
        "Med vennlig hilsen\nHR-avdelingen\nDirektoratet for samfunnssikkerhet og beredskap (DSB)\n"
        "Rambergveien 9, 3115 Tønsberg",
    ],
)
def test_recruitment_text_passes(guardrail, text: str) -> None:
    result = guardrail.check(text)
    assert result.decision == "pass", result.to_dict()


AD = """Rådgiver – økonomi
Om stillingen
Vi tilbyr spennende arbeidsoppgaver.
Kvalifikasjoner: høyere utdanning.
Søknadsfrist: 1. mars
Adresse: Kalnesveien 300, 1714 Grålum
"""


def test_an_address_in_a_job_ad_is_the_employers(guardrail) -> None:
    assert guardrail.check(AD).decision == "pass"
    # the same line in a CV is a home address
    assert "NO_ADDRESS" in guardrail.check("CV\nAdresse: Kalnesveien 300, 1714 Grålum\nTelefon: ").entity_counts


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("tobias er flink men var mye borte i 2023 pga prolaps i ryggen", "NO_HEALTH"),
        ("Yonas Tesfay kom til Norge fra Eritrea for seks år siden.", "NO_ETHNICITY"),
        ("1. Piotr Nowak – sivilingeniør, 9 års erfaring. Opprinnelig fra Polen, norsk B2.", "NO_ETHNICITY"),
        ("Ho fortalde at kandidaten sjølv er av samisk slekt frå Karasjok.", "NO_ETHNICITY"),
        ("Den innstilte søkeren har levert attest jf. barnevernsloven § 12-11. Attesten viser forelegg.",
         "NO_CRIMINAL"),
    ],
)
def test_special_categories_said_of_a_person(guardrail, text: str, entity: str) -> None:
    assert entity in guardrail.check(text).entity_counts


def test_a_signature_after_a_closing_formula_is_a_person(guardrail) -> None:
    text = ("Takk for hjelpen.\n\nMed vennlig hilsen\n\nMona Fjeld\nRådgiver HR\nStatens kartverk\n"
            "Mob: 958 33 120\nSentralbord: 32 11 80 00")
    result = guardrail.check(text)
    found = {(f.entity, text[f.start:f.end]) for f in result.findings}
    assert ("PERSON", "Mona Fjeld") in found and ("NO_PHONE", "958 33 120") in found
    assert ("NO_PHONE", "32 11 80 00") not in found


def test_a_contract_with_identifiers_is_no_job_ad(guardrail) -> None:
    text = ("Arbeidsavtale\nArbeidstaker: Jørgen Kvam\nFødselsnummer: 02119119386\n"
            "Adresse: Løkkeveien 7, 2315 Hamar\nStillingsprosent: 100 %\nTiltredelse: 1. mars\n"
            "Lønn etter avtale, lønnsramme 24\nKvalifikasjoner: bachelor")
    assert "NO_ADDRESS" in guardrail.check(text).entity_counts


def test_personal_contact_line_is_still_stopped(guardrail) -> None:
    text = "Sentralbord: 22 00 00 00, eller ring seksjonsleder Kari Vik direkte på 930 12 345."
    result = guardrail.check(text)
    phones = [text[f.start:f.end] for f in result.findings if f.entity == "NO_PHONE"]
    assert phones == ["930 12 345"]


@pytest.mark.parametrize(
    "text", ["liv har trekt søknaden sin, så vi kallar inn nr 4", "send utkastet til dag før lunsj"]
)
def test_an_ordinary_word_that_may_be_a_name_asks(guardrail, text: str) -> None:
    result = guardrail.check(text)
    assert result.decision == "ask"
    assert result.blocked and result.asks
    assert [f.entity for f in result.findings] == ["PERSON"]


def test_evasion_families_are_caught(guardrail) -> None:
    misses = [
        d for d in Generator(seed=7).disguises(per_family=12)
        if not caught(guardrail.check(d.text, lang=d.lang), d.entity)
    ]
    assert len(misses) <= 1, [(d.family, d.text) for d in misses]


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
