"""The four example prompts from the project's seed deck must pass untouched.

The texts are quoted here as fixtures (the project never reads the seed material at test
time). They mention candidates, requirements and confidentiality in general terms, which
is exactly what the sensitive recognizers must let through.
"""

import pytest

INTERVJUSPORSMAL = """A: Du er en rekrutteringsrådgiver som skal rekruttere en
rekrutteringsrådgiver til kontor for rekruttering i en HR-avdeling.
K: Lag 10-15 intervjuspørsmål til et førstegangsintervju.
T: Kvalifikasjonene du ser etter hos en kandidat er følgende
• Høyere utdanning på bachelornivå relevant for rollen f.eks. innen HR,
organisasjonspsykologi eller ledelse
• God teknologiforståelse
• Meget gode skriftlige og muntlige fremstillingsevner
Det er også en fordel om kandidaten også har:
• Erfaring med rekruttering og arbeidspsykologiske tester
• Erfaring med kandidatsearch
Intervjuspørsmålene skal være SAR-spørsmål, direkte knyttet til kravene og
gi et grunnlag for å ta gode vurderinger av riktige kandidater. Fokuset skal
være å bli kjent med kandidaten og avklare kompetanse og motivasjon
I: Vedlagt ligger intervjuguide fra en annen prosess der vi knytter spørsmål
opp mot kravene. Dette er en ulik prosess men bruk måten spørsmålene
stilles på som inspirasjon.
V: Vurder ditt eget svar etterpå og kom med forslag til forbedringer"""

OVERSETTELSE = """Kan du oversette denne teksten til
nynorsk: [lim inn tekst].
Bruk en moderat nynorsk fremfor
avansert nynorsk slik at de som
leser og skriver på bokmål kan
forstå. Vær konsistent gjennom
hele teksten"""

ANNONSE = """Lag en fengende overskrift til
vedlagt stillingsannonse. Kom
med flere eksempler og forslag
til forbedringer."""

SCREENINGSSPORSMAL = """Du er en rekrutteringsrådgiver og skal lage
screeningsspørsmål til søkere til vedlagt
stillingsannonse. Lag 5-9 gode kortfattede
screeningsspørsmål som baserer seg på
kravene i stillingsannonsen. Søkere skal få
mulighet til å tydelig vise om de dekker
kravene eller ikke gjennom spørsmålene,
samtidig skal de være enkle å forstå. Vurder
ditt eget svar og kom med forslag til
forbedringer"""

# The deck's own privacy advice, also pasted by users as context.
PERSONVERN_RAD = """2. Aldri behandle konfidensielle,
sensitive eller personlige
opplysninger i KI-verktøy
3. KI erstatter ikke nødvendig
menneskelig vurdering"""

SEED_PROMPTS = {
    "intervjusporsmal": INTERVJUSPORSMAL,
    "oversettelse": OVERSETTELSE,
    "annonse": ANNONSE,
    "screeningssporsmal": SCREENINGSSPORSMAL,
    "personvern_rad": PERSONVERN_RAD,
}


@pytest.mark.parametrize("lang", ["nb", "nn"])
@pytest.mark.parametrize("name", sorted(SEED_PROMPTS))
def test_seed_prompt_has_no_sensitive_findings(analyzer, name, lang):
    assert analyzer.findings(SEED_PROMPTS[name], lang) == []


@pytest.mark.parametrize(
    ("addition", "entity"),
    [
        ("Kandidaten vi intervjuet i går er gravid.", "NO_PREGNANCY_FAMILY"),
        ("Referansen sa at søkeren er medlem av Fagforbundet.", "NO_UNION"),
        ("KONFIDENSIELT\nInnstilling i saken", "NO_SECURITY_MARKING"),
        ("Vi ønsker søkere uavhengig av religion og etnisitet.", None),
    ],
)
def test_seed_prompt_with_added_sentence(analyzer, addition, entity):
    """The same prompt turns into a finding as soon as a statement about a person is added."""
    text = INTERVJUSPORSMAL + "\n" + addition
    expected = set() if entity is None else {entity}
    assert analyzer.entities(text, "nb") == expected


@pytest.fixture(scope="module")
def bot_guardrail():
    """The guardrail exactly as the bot builds it: every recognizer and the NER model."""
    from guardrails.guardrail import Guardrail
    from guardrails.ner.model import load_ner_pipeline

    nlp = load_ner_pipeline()
    assert nlp is not None, "the committed NER model is missing"
    return Guardrail.from_policy(nlp=nlp)


@pytest.mark.parametrize("lang", ["nb", "nn"])
@pytest.mark.parametrize("name", sorted(SEED_PROMPTS))
def test_seed_prompt_passes_the_whole_guardrail(bot_guardrail, name, lang):
    result = bot_guardrail.check(SEED_PROMPTS[name], lang=lang)
    found = [(f.entity, SEED_PROMPTS[name][f.start:f.end]) for f in result.findings]
    assert result.decision == "pass", found
