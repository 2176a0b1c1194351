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
