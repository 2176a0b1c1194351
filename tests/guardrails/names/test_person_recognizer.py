"""NoPersonRecognizer with the committed NorNE model, through the real Presidio AnalyzerEngine."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

from guardrails.ner.model import load_ner_pipeline
from guardrails.nlp_engine import NorwegianNlpEngine
from guardrails.recognizers.no_person_recognizer import NoPersonRecognizer

MIN_SCORE = 0.6  # the policy's PERSON threshold


@pytest.fixture(scope="module")
def analyzer() -> AnalyzerEngine:
    nlp = load_ner_pipeline()
    assert nlp is not None, "the trained model guardrails/models/no_ner is missing"
    registry = RecognizerRegistry(supported_languages=["nb", "nn"])
    for recognizer in NoPersonRecognizer.for_languages():
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(nlp_engine=NorwegianNlpEngine(nlp), registry=registry, supported_languages=["nb", "nn"])


def person_texts(analyzer: AnalyzerEngine, text: str, language: str) -> list[str]:
    results = analyzer.analyze(text, language=language, entities=["PERSON"], score_threshold=MIN_SCORE)
    return [text[r.start:r.end] for r in sorted(results, key=lambda r: r.start)]


def covered(name: str, found: list[str]) -> bool:
    return any(name in span or span in name for span in found)


POSITIVE = [
    ("nb", "Kontaktperson for stillingen er seksjonssjef Kari Nordmann.", ["Kari Nordmann"]),
    ("nb", "Hei Ola, kan du se over annonsen før fredag?", ["Ola"]),
    ("nb", "Kandidaten Ingrid Solberg har lang erfaring fra offentlig sektor.", ["Ingrid Solberg"]),
    ("nb", "Vi har snakket med Ola Nordmanns tidligere leder.", ["Ola Nordmanns"]),
    ("nb", "Karis søknad kom inn i går.", ["Karis"]),
    ("nb", "Per Hansen søkte i fjor. Vi ringte Hansen i går om referansene.", ["Per Hansen", "Hansen"]),
    ("nb", "Referanse: Mona Bakken, avdelingsleder i Statens vegvesen.", ["Mona Bakken"]),
    ("nb", "kontaktperson er kari nordmann, tlf. kommer senere", ["kari nordmann"]),
    ("nb", "Spørsmål om stillingen kan rettes til avdelingsdirektør Lars Eriksen.", ["Lars Eriksen"]),
    ("nn", "Kontaktperson er rådgjevar Sigrid Haugen.", ["Sigrid Haugen"]),
    ("nn", "Søkjaren Nils Olav Vik har sendt inn søknaden sin.", ["Nils Olav Vik"]),
    ("nn", "Kjære Astrid, takk for søknaden.", ["Astrid"]),
    ("nn", "Ho snakka med Eirik Moen i går, og Moen var nøgd med svaret.", ["Eirik Moen", "Moen"]),
    ("nn", "Ta kontakt med leiar Ingvild Rønning på ingvild.ronning@kommune.no.", ["Ingvild Rønning"]),
    ("nn", "spørsmål kan rettast til ola nordmann i personalavdelinga", ["ola nordmann"]),
    ("nb", "Lim Wei Ling er ny i teamet.", ["Lim Wei Ling"]),
    ("nb", "Kontaktperson: avdelingsdirektør Kari Nordmann, Arbeidstilsynet.", ["Kari Nordmann"]),
    # a compound title cues the name after it
    ("nb", "Ta kontakt med HR-sjef Xiaoling Wu eller kommunalsjef Tarjei Brekkestø.",
     ["Xiaoling Wu", "Tarjei Brekkestø"]),
    # names from outside Norway (the world lists from Faker)
    ("nb", "Intervjuet med Augusto Ferreira er flyttet til torsdag.", ["Augusto Ferreira"]),
    ("nb", "Vi har også fått søknad fra Fatima og Mehmet i dag.", ["Fatima", "Mehmet"]),
    ("nn", "i går snakka vi med augusto ferreira om stillinga", ["augusto"]),
    # the lexicon: surnames and given names no list had; a place name that is a name here
    ("nb", "Vi har snakket med Signy Fardal. Fardal kan starte i mars.", ["Signy Fardal", "Fardal"]),
    ("nn", "Og mor hans, Ora, gler seg over at han er heime.", ["Ora"]),
    ("nb", "Kontaktperson er Lena Berg, og Lena svarer på spørsmål om stillingen.", ["Lena Berg", "Lena"]),
    # a name before a verb whose subject is a person, also where the NER reads a place
    ("nb", "Rapporten er klar. Tveitnes mener at stillingen bør lyses ut igjen.", ["Tveitnes"]),
    ("nn", "Eg har lese brevet. - Okonkwo skriv: «Eg søkjer stillinga.»", ["Okonkwo"]),
    ("nb", "i går ringte vi referansen. okonkwo sier at samarbeidet var godt.", ["okonkwo"]),
    # a name after a noun for a person (definite form): the role noun itself is no name
    ("nn", "Ho snakka med den nye rådgjevaren Okonkwo om stillinga.", ["Okonkwo"]),
    ("nb", "Vi har fått svar fra representanten Brekkestø.", ["Brekkestø"]),
    # a surname found once with its given name stays a person where the NER reads a place
    ("nb", "Vi har snakket med Signy Fardal. Nå har Fardal vært redaktør i ti år.", ["Signy Fardal", "Fardal"]),
    # after a speech verb in text typed without capitals, a hyphenated or place-like surname
    ("nn", "det gjekk godt, seier odd-bjørn etter stafetten", ["odd-bjørn"]),
    ("nn", "vi må gjere meir for nynorsken, sa viken på møtet", ["viken"]),
    # cased: an unknown capitalised word first in its sentence before a finite verb
    ("nb", "Vi har fått svar fra departementet. Atabajev har lang erfaring fra regnskap.", ["Atabajev"]),
    # a farm-name surname is a compound of bare stems, not of a definite noun
    ("nn", "vi har snakka med referansen. stueland har leia eit team i fem år.", ["stueland"]),
    # minutes: cues such as "Til stede:" and a role in brackets after a name
    ("nn", "Til stades: Risten Turi (styreleiar), Nirmala Thevarajah (foreldrerepresentant).",
     ["Risten Turi", "Nirmala Thevarajah"]),
    ("nb", "panel: liv hovda (hr) og en tillitsvalgt. hovda spurte om erfaring med budsjett.", ["hovda", "hovda"]),
    # a possessive of a found name in an ORG reading, and in lower case
    ("nb", "Prosjektleder er Vithusan Kanagaratnam. Kanagaratnams risikovurdering viser lav risiko.",
     ["Vithusan Kanagaratnam", "Kanagaratnams"]),
    ("nn", "vi har tilsett kari eikeland. eikelands vurdering er at lønnskravet er rimeleg.",
     ["kari eikeland", "eikelands"]),
    # uncased: a first name that is an ordinary word, first in its sentence, before a person verb
    ("nb", "sykefraværet var 9,1 prosent. tone mente tallet er påvirket av influensa.", ["tone"]),
    # an age before a name
    ("nb", "vi har ansatt 19 år gamle sanogo som lærling i fjor.", ["sanogo"]),
    # an age in brackets after a name
    ("nb", "Blant søkerne var Perisat (24) og en kandidat fra Bergen.", ["Perisat"]),
    # a known first name and an unknown surname in text typed without capitals
    ("nb", "i dag kom søknaden fra ingrid okonkwo", ["ingrid okonkwo"]),
    # a cue the NER read as the start of an organisation ("nato-talsmann james appathurai")
    ("nb", "det er viktig for oss, sier nato-talsmann james appathurai.", ["james appathurai"]),
    # names typed in lower case in an otherwise cased chat message
    ("nb", "Hei, kan du sjekke søknaden til kari nordmann? Hun søkte i går.", ["kari nordmann"]),
    ("nb", "Skriv en e-post til marte om intervjuet på fredag.", ["marte"]),
    ("nn", "Kan du lage spørsmål til samtalen med ola hansen på måndag?", ["ola hansen"]),
    # uncased text: a word no dictionary knows, first in its sentence, before a finite verb
    ("nn", "vi har snakka med referansen. okonkwo har leia eit team på tolv i fem år.", ["okonkwo"]),
    # a first name joined to a name found already, also when it is an ordinary word
    ("nn", "eigarane, steinar og berit hårklau, var nøgde.", ["steinar", "berit hårklau"]),
    ("nb", "Referansene er Per Olav Berg og Tone.", ["Per Olav Berg", "Tone"]),
    # a known first name and a surname the lexicon does not know, which the NER read as ORG
    ("nb", "Jeg har et spørsmål om en kandidat i Tolletaten. Leila Haddad var på intervju i går.", ["Leila Haddad"]),
]

NEGATIVE = [
    ("nb", "Departementenes sikkerhets- og serviceorganisasjon søker rådgiver"),
    ("nb", "Oslo kommune"),
    ("nb", "Stillingen"),
    ("nb", "Vi tilbyr"),
    ("nb", "Arbeidsoppgaver"),
    ("nb", "Kvalifikasjoner"),
    ("nb", "Om oss"),
    ("nb", "Stillingen rapporterer til avdelingsdirektør for økonomi og styring."),
    ("nb", "Send søknaden til postmottak@dss.dep.no innen 1. mars."),
    ("nb", "Arbeidsoppgaver\n- Utvikle tjenester for innbyggerne\n- Samarbeide med Skatteetaten og NAV"),
    ("nn", "Vestland fylkeskommune søkjer rådgjevar til seksjon for innkjøp."),
    ("nn", "Arbeidsoppgåver"),
    ("nn", "Vi tilbyr ein spennande jobb i Bergen med fleksibel arbeidstid."),
    ("nn", "Kvalifikasjonar: Høgare utdanning innan økonomi eller administrasjon."),
    # organisations written as one word, products, imperatives that are names elsewhere
    ("nb",
     "Seniorrådgiver – Digitaliseringsdirektoratet (Digdir)\nDu samarbeider med KS og Kommunesektorens organisasjon."),
    ("nb", "Vi søker deg som har erfaring med Microsoft 365, Copilot og Power BI, og som jobber tett med Arkivverket."),
    ("nb", "Lim inn prompten i Copilot og be Copilot om å vurdere svaret. Bruk Teams eller Outlook."),
    ("nn", "Rådgjevar – Arbeidstilsynet\nDu samarbeider med Utdanningsdirektoratet og Helsedirektoratets fagavdeling."),
    # a country that is also a first name somewhere stays a place
    ("nn", "Stillinga inneber reiser til Hellas og Portugal."),
    # nynorsk verbs that are first names in other languages
    ("nn", "du skal tena pengar og bera ansvar for budsjettet"),
    # the lexicon: places used as places, organisations, ordinary words and compounds
    ("nb", "NAV Innlandet har ledige stillinger ved kontorene på Lena, Rena og Gjøvik."),
    ("nb", "Kommunesenteret Lena ligger midt mellom Gjøvik og Hamar."),
    ("nb", "NAV Bergenhus søker veiledere. Du får opplæring i Modia og Arena."),
    ("nn", "Statsforvaltaren i Vestland samarbeider med Sivilforsvaret."),
    ("nb", "Justis- og beredskapsdepartementet, Politiavdelingen – fagdirektør"),
    ("nb", "Intervjuguide – rådgiver, HR-avdelingen. Panelet stiller spørsmålene."),
    ("nn", "Intensivsjukepleiar – Intensivavdelinga, Molde sjukehus"),
    ("nn", "Du samarbeider med Trygg Trafikk og Statens vegvesen."),
    ("nb", "Panelet rangerer kandidat A først og kandidat B som nummer to."),
    ("nb", "Aktør: Du er en erfaren rådgiver. Kommando: Lag en stillingsannonse."),
    # ordinary words, organisations and places before a speech verb or after a role noun
    ("nb", "Rapporten sier at Statsforvalteren mener noe annet enn NAV forteller."),
    ("nb", "Arbeidstilsynet mener at rutinene må endres."),
    ("nb", "i går sa damen i luken at helseministeren innfører nye regler"),
    ("nn", "dei tilsette fortel at leiaren ofte er på reise til Bergen"),
    ("nb", "Stillingen (50) er lyst ut på nytt. Oppgavene (12) står i annonsen."),
    ("nb", "en dag mente han at alt var bra. i dag håper vi på sol."),
    # lower-case words that are names elsewhere, and a possessive that is an ordinary word
    ("nb", "Vi går på dans etter jobb og kjøper nye jeans til sommeren."),
    ("nb", "vi går på dans etter jobb og kjøper nye jeans til sommeren"),
    ("nn", "Det er odd at ho ikkje har ben å stå på i saka."),
    # nynorsk "tor" (dare) and English words in a name list are no lower-case names in cased text
    ("nn", "Eg tor ikkje spørje om det i intervjuet."),
    ("nb", "Det var en god kid i teamet, og de jobber ikke for money."),
    ("nb", "vi har ansatt en ny rådgiver. nav har også fått flere søkere. scientisme er et tema."),
    # uncased: compounds and hyphenated words before a verb, places after i/på
    ("nb", "nav-reformen er langt fra gjennomført. spilltiden var lang, og helikopterturer er populære."),
    ("nn", "Sogndalsjenta har vore med i finalen. Helikopterturer er populære om sommaren."),
    ("nb", "kontoret ligger i kasakhstan. kasakhstan har mange søkere, sier hun."),
    # places that are names too, typed in lower case or after i/på
    ("nb", "vi skal rekruttere barnevernspedagoger til alta og tana, samisk er en fordel"),
    ("nn", "kan du skrive om teksten for stillinga som sakshandsamar på rena leir"),
    ("nb", "en annonse for gran kommune og en for lena ungdomsskole i østre toten"),
    ("nb", "Jeg har en stilling i Sande og en i Vik i Sogn, begge i turnus."),
    # saints' names in institutions, workplaces, places between places, software, the King
    ("nb", "Intensivsykepleier ved St. Olavs hospital. St. Olavs hospital er et universitetssykehus."),
    ("nb", "Arbeidssted er Hamar. Arbeidssted Gjøvik eller Lillehammer kan også være aktuelt."),
    ("nb", "Sola kommune ligger mellom Stavanger og Sandnes, med Stavanger lufthavn."),
    ("nb", "Du har erfaring med Windows-miljø, Active Directory og Intune, og bruker Java, Kotlin og Kubernetes."),
    ("nn", "Statsforvaltaren er Kongen og regjeringa sin representant i fylket."),
    # an ordinary word is no possessive of a name ("Felles" is no "Felle's")
    ("nb", "Du skal videreutvikle Felles datakatalog. Felles enhet for IKT har ansvaret."),
]


@pytest.mark.parametrize(("language", "text", "names"), POSITIVE)
def test_finds_person_names(analyzer: AnalyzerEngine, language: str, text: str, names: list[str]) -> None:
    found = person_texts(analyzer, text, language)
    missing = [name for name in names if not covered(name, found)]
    assert not missing, f"missed {missing}; found {found}"


def test_a_name_in_an_email_address_is_blocked_with_the_address(guardrail) -> None:
    """The names rule for e-mail local parts is gone (the ablation found no name only it found):
    the address is blocked whole, as EMAIL_ADDRESS, and the local part is no functional mailbox."""
    text = "Send søknaden til kari.nordmann@firma.no innen fredag."
    result = guardrail.check(text)
    assert [(f.entity, text[f.start:f.end]) for f in result.findings] == [("EMAIL_ADDRESS", "kari.nordmann@firma.no")]


@pytest.mark.parametrize(("language", "text"), NEGATIVE)
def test_ignores_organisations_places_titles_and_headings(analyzer: AnalyzerEngine, language: str, text: str) -> None:
    assert person_texts(analyzer, text, language) == []


@pytest.mark.parametrize(
    ("text", "name", "found_once_only"),
    [
        ("Kari Nordmann er kandidat. Senere svarte Nordmann på e-posten, og Kari takket.", "Nordmann", False),
        ("Nordmann er en god kandidat, sa Kari Nordmann.", "Nordmann", False),
        # a surname of a full name found once is spread even where the NER reads an organisation
        ("Vi har intervjuet Karl Ove Knausgård. Knausgård har lang erfaring, og Knausgård svarte godt.",
         "Knausgård", False),
        ("Vi tilbyr en god arbeidsplass. Vi har fleksitid.", "Vi", True),
    ],
)
def test_propagation_tags_every_occurrence(
    analyzer: AnalyzerEngine, text: str, name: str, found_once_only: bool
) -> None:
    results = analyzer.analyze(text, language="nb", entities=["PERSON"], score_threshold=MIN_SCORE)
    occurrences = [i for i in range(len(text)) if text.startswith(name, i)]
    tagged = [i for i in occurrences if any(r.start <= i < r.end for r in results)]
    if found_once_only:
        assert tagged == []
    else:
        assert tagged == occurrences


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nb", "Kontaktperson er seksjonssjef Kari Nordmann.", ["Kari Nordmann"]),
        ("nb", "Kandidaten heter Ola Hansen.", ["Ola Hansen"]),
        ("nn", "Kontaktperson er Sigrid Haugen.", ["Sigrid Haugen"]),
        ("nn", "Søkjaren har lang erfaring.", []),
        # the whole name is masked, not just the part the NER knows
        ("nb", "i dag kom søknaden fra ingrid okonkwo", ["ingrid okonkwo"]),
        ("nb", "Vi ringte representanten Brekkestø i går.", ["Brekkestø"]),
        ("nb", "Kontaktperson er Xiaoling Wu, og leder er Okonkwo.", ["Xiaoling Wu", "Okonkwo"]),
        # uncased: a first name that is an ordinary word too ("steinar") is a name right after a
        # cue (and a naming verb), and is then spread to its other occurrences
        ("nn", "kontaktperson er steinar. steinar svarar på spørsmål om stillinga.", ["steinar", "steinar"]),
    ],
)
def test_cue_words_themselves_are_not_names(
    analyzer: AnalyzerEngine, language: str, text: str, expected: list[str]
) -> None:
    assert person_texts(analyzer, text, language) == expected


def test_recognizer_serves_both_written_standards() -> None:
    recognizers = NoPersonRecognizer.for_languages()
    assert sorted(r.supported_language for r in recognizers) == ["nb", "nn"]
    assert all(r.supported_entities == ["PERSON"] for r in recognizers)
