"""The words the statement gate reads (``_context``): person words, statement verbs, policy
and prohibition cues, copulas, and sentence-initial words that are no names. Regex fragments,
bokmål and nynorsk."""

from __future__ import annotations

# Words that point at one individual. Nouns in definite form only: indefinite "søker",
# "kandidat" are also verbs or generic ("Vi søker ...", "hos en kandidat").
PERSON_WORDS: tuple[str, ...] = (
    "han", "hun", "ho", "jeg", "eg", "meg", "henne", "ham", "honom", "hans", "hennes", "hennar",
    "min", "mi", "mitt", "mine", "vedkommende", "vedkomande", "vedkommande",
    "he", "she", "his", "him", "i am", "i'm", "my",  # in English text ("her" is Norwegian for "here")
    "kandidaten", "søkeren", "søkjaren", "søkaren", "arbeidstakeren", "arbeidstakaren",
    "medarbeideren", "medarbeidaren", "kollegaen", "kollegaen", "kollegaene", "den ansatte",
    "den tilsette", "personen", "referansen", "mannen", "kvinnen", "kvinna", "jenta", "gutten",
    "sønnen", "sonen", "dattera", "datteren", "dottera", "kona", "ektefellen", "samboeren",
    "sambuaren", "partneren", "moren", "mora", "faren", "broren", "bror", "søsteren", "syster",
    "en kandidat", "ein kandidat", "en søker", "ein søkjar", "en av søkerne", "ein av søkjarane",
    "en av kandidatene", "ein av kandidatane",
    # (not the plural alone: "Andel med innvandrerbakgrunn blant søkerne" is about a group)
)

# Verbs that typically follow a name in a statement about that person.
STATEMENT_VERBS: tuple[str, ...] = (
    "er", "var", "har", "hadde", "blir", "ble", "vart", "skal", "vil", "kan", "må", "planlegger",
    "planlegg", "venter", "ventar", "stemmer", "stemte", "røyster", "røysta", "fikk", "fekk",
    "får", "tar", "tok", "går", "gikk", "gjekk", "bruker", "brukar", "brukte", "tror", "trur",
    "sa", "sier", "seier", "fortalte", "fortalde", "ønsker", "ønskjer", "bor", "bur", "lever",
    "sliter", "slit", "kom", "kommer", "kjem", "mistet", "mista", "sitter", "sit", "satt",
)

POLICY_CUES: tuple[str, ...] = (
    r"uavhengig\w*", r"uansett", r"tilrettelegg\w*", r"tilretteleg\w*", r"oppfordr\w*",
    r"oppmod\w*", r"ønsker søkere", r"ønskjer søkjarar", r"kreve[rs]?", r"kreves", r"krev",
    r"krevst", r"krevjast", r"krav\w*", r"ordning\w*", r"mangfold\w*", r"mangfald\w*",
    r"inkluder\w*", r"IA-\w+", r"likestill\w*", r"diskrimin\w*", r"forskjellsbehandl\w*",
    r"sikkerhetsklarer\w*", r"sikkerheitsklarer\w*", r"klarering\w*", r"\w*klareres", r"\w*klarerast", r"søkere med",
    r"søkjarar med", r"personer med", r"personar med", r"folk med",
    # work and study topics: "erfaring med sykefraværsoppfølging", "skrevet om islam"
    r"erfaring\w*", r"jobb(?:e|er|et|a|ar)? (?:med|for|innen|i)", r"arbeid(?:e|er|et|a|ar)? (?:med|for|innen|i)",
    r"kompetanse\w*", r"kunnskap\w*", r"kjennskap\w*", r"saksbehandl\w*", r"forsk\w*",
    r"skrevet om", r"skrive om", r"skreve om", r"studert\w*", r"master\w*", r"bachelor\w*",
    r"utdann\w*", r"henvendelse\w*", r"førespurnad\w*", r"ytelse\w*", r"yting\w*", r"regelverk\w*",
    r"fagfelt\w*", r"fagområde\w*", r"ansvar for", r"undervis\w*", r"interesse for",
)

PROHIBITION_CUES: tuple[str, ...] = (
    r"ikke spør\w*", r"ikkje spør\w*", r"spør ikke", r"spør ikkje", r"ikke still\w* spørsmål",
    r"ikkje still\w* spørsmål", r"ikke lov\w*", r"ikkje lov\w*", r"ulovlig\w*", r"ulovleg\w*",
    r"forbudt", r"forbode", r"unngå\w*", r"ikke legg\w* vekt", r"ikkje legg\w* vekt",
    r"ikke vektlegg\w*", r"ikkje vektlegg\w*", r"ikke ta hensyn", r"ikkje ta omsyn",
    # hypotheticals: "dersom kandidaten har nedsatt funksjonsevne"
    r"dersom", r"hvis", r"viss", r"i tilfelle", r"eventuell\w*",
    # questions about what the law allows: "er det lov å spørre om hun er gravid?",
    # "kan vi spørre om kandidaten har barn?"
    r"(?:lov|lovlig|lovleg|tillatt|greit|ok) (?:til )?å (?:spørre|spørje|spørja|be om|legge vekt på|vektlegge|notere)",
    r"(?:kan|kunne|får|må|bør|skal) (?:vi|me|jeg|eg|du|man|ein|en) (?:\w+ ){0,2}(?:spørre|spørje|spørja)\w*",
    # ("husk at ..." is no prohibition by itself: "husk at hun er gravid" states something)
    # a question of what to do if: "Kva gjer me om ein søkjar fortel at ho er gravid?"
    r"(?:kva|hva|korleis|hvordan) (?:gjer|gjør|skal|bør|må) (?:me|vi|eg|jeg|ein|en|man|du)"
    r" (?:\w+ )?(?:om|dersom|viss|hvis)",
    # in English: "we cannot decline to hire a candidate because she is pregnant"
    r"cannot", r"can't", r"can not", r"may not", r"must not", r"not allowed", r"illegal", r"unlawful",
    r"do not ask", r"don't ask", r"never ask",
    r"(?:vi|me|jeg|eg|du|man|ein|en|de|dei|dere|dykk) (?:kan|kunne|får|må|bør|skal)(?: ikke| ikkje| ikk)?"
    r" (?:\w+ )?(?:spørre|spørje|spørja)\w*",
)

# A verb right before the term makes a direct statement ("er gravid", "har en dom",
# "har vore sjukmeld"), even in a sentence that also has policy or topic words.
COPULAS: tuple[str, ...] = (
    "er", "var", "har", "hadde", "ble", "blei", "vart", "blitt", "vorte", "vært", "vore", "fikk", "fekk", "får",
    "viser", "viste", "syner", "synte",
)
NOT_BETWEEN = (
    r"med|om|for|av|i|på|til|fra|frå|innen|innan|rundt|mot|blant|som|erfaring\w*|kompetanse\w*|kunnskap\w*"
    r"|ansvar\w*|jobbet|jobba|arbeidet|arbeidd|skrevet|skrive|studert|interesse"
)

# Sentence-initial capitalised words that are not names (function words, common nouns).
NOT_NAMES: frozenset[str] = frozenset(
    """vi me du de dei det den dette denne disse desse her der som alle hos vår vårt våre
    om når hvis dersom viss etter før på med for til fra frå ved og men så også kanskje
    hva kva hvem kven hvordan korleis lag skriv bruk gi vurder les oversett ikke ikkje
    noen nokon ingen mange folk personer personar ansatte tilsette kvinner menn søkere
    søkjarar kandidater kandidatar teksten rollen jobben staten etaten lederen leiaren
    sjefen laget teamet arbeidet kontoret annonsen oppgaven lønnen løna""".split()
)
NOUN_SUFFIXES = ("ingen", "inga", "heten", "heita", "skapet", "sjonen", "tet", "ene", "ane", "et")
