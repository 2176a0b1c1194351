"""The words a Norwegian job ad (bokmål and nynorsk) marks its parts and requirements with.

Data, kept next to the one module that reads it (as the guardrail keeps its term lists):
heading words that open a section, sentence cues that make a clause a must, a should or a
personal quality, and the head words a requirement starts with (used to split "X, Y og Z").
All patterns are matched case-insensitively against whitespace-collapsed text.
"""

from __future__ import annotations

MUST, SHOULD, PERSONAL = "must", "should", "personal"
# Sections that hold no requirements; MIXED holds all three kinds (decided per line).
TASKS, OFFER, ABOUT, CONTACT, MIXED, UNKNOWN = "tasks", "offer", "about", "contact", "mixed", "unknown"

# Heading text (without trailing ':' '?' and markup) → section kind; first match wins.
HEADINGS: tuple[tuple[str, str], ...] = (
    (r"(?:det er|det vil være|det vil vere) (?:en|ein) fordel(?: om| at| med| hvis| viss| dersom)?(?: du har| du kan)?", SHOULD),
    (r"(?:ønsk\w*|fordel\w*) (?:kvalifikasjon\w*|kompetanse|erfaring\w*)|ønskelig\w*|ønskjeleg\w*|fordel\w*|bør-?krav\w*|bør", SHOULD),
    (r"(?:vi|det er) (?:ønsker|ønskjer|ønskelig|ønskjeleg)(?: at du har| at du kan| med| også| og| i tillegg)?", SHOULD),
    (r"personlig\w* egenskap\w*|personleg\w* eigenskap\w*|personlig egnethet|personleg eignaheit|dine egenskaper|dine eigenskapar", PERSONAL),
    (r"(?:kvalifikasjon\w*|krav\w*|må-?krav\w*|kompetansekrav|utdanning og erfaring|kompetanse|kvalifikasjonskrav|formelle krav|"
     r"vi (?:søker|søkjer|ser etter) (?:deg|en|ein) som har|du (?:må|bør) ha|vi krever|vi krev|dette må du ha|"
     r"krav til \w+(?: \w+)?|nødvendige kvalifikasjoner|naudsynte kvalifikasjonar|hva du må ha|kva du må ha)", MUST),
    (r"(?:hvem er du|kven er du|om deg|hvem ser vi etter|kven ser vi etter|hva ser vi etter|kva ser vi etter|hva vi ser etter|"
     r"kva vi ser etter|vi ser etter|vi (?:ser etter|søker|søkjer) deg som(?: er)?|"
     r"(?:hva|kva) (?:vi ser|ser vi) etter (?:hos|i) (?:deg|en kandidat|ein kandidat|søkeren|søkjaren)|din profil|ønsket profil|profil|deg vi ser etter)", MIXED),
    (r"(?:arbeidsoppgaver|arbeidsoppgåver|oppgaver|oppgåver|dine oppgaver|dine oppgåver|dette blir dine oppgaver|"
     r"om stillingen|om stillinga|ansvarsområde\w*|stillingen|stillinga|hva skal du jobbe med|kva skal du jobbe med|"
     r"hva du skal gjøre|kva du skal gjere|ansvar og oppgaver|ansvar og oppgåver)", TASKS),
    (r"(?:vi tilbyr|vi tilbyd|vi kan tilby|hva (?:kan )?vi tilbyr?|kva (?:kan )?vi tilby|hva vi tilbyr|kva vi tilbyr|"
     r"lønn\w*|løn|betingelser|vilkår|goder|det får du hos oss|dette tilbyr vi|vi gir deg)", OFFER),
    (r"(?:om oss|om arbeidsplassen|om arbeidsstaden|om virksomheten|om verksemda|om \w+(?: \w+){0,4}|hvem er vi|kven er vi|"
     r"mangfold|inkludering)", ABOUT),
    (r"(?:kontakt\w*|søknad\w*|spørsmål om stillingen|spørsmål om stillinga|praktisk\w* informasjon|annet|anna|"
     r"generell informasjon|offentlig søkerliste|offentleg søkjarliste|tiltredelse|tiltreding|søknadsfrist)", CONTACT),
)

# The start of a sentence that leads in a bulleted list of requirements.
LIST_LEAD_INS: tuple[tuple[str, str], ...] = (
    (r"(?:det er|det vil være|det vil vere) (?:også |òg )?(?:en|ein) (?:stor )?fordel|(?:det er )?ønsk\w*|bør-?krav\w*", SHOULD),
    (r"(?:de |dei )?(?:kvalifikasjon\w*|krav\w*|må-?krav\w*|kompetansekrav\w*)|(?:vi|du) (?:må|krever|krev)", MUST),
)

# Clause cues. Each pattern's text is removed from the requirement ("Du må ha X" → "X");
# SUFFIX cues end the clause ("X er en fordel" → "X").
PREFIX_CUES: tuple[tuple[str, str], ...] = (
    (r"(?:det er|det vil være|det vil vere|det vil vera) (?:en|ein|ei|et|eit) (?:stor )?(?:fordel|plus+) (?:om|at|med|dersom|hvis|viss) (?:du )?(?:har|kan|er)?", SHOULD),
    (r"(?:det er|det vil være|det vil vere) (?:en|ein) (?:stor )?fordel med", SHOULD),
    (r"(?:det er|det vil være|det vil vere) (?:ønskelig|ønskjeleg)(?: med| at du har| at du kan| at du er| om du har| at søkere har| at søkjarar har)?", SHOULD),
    (r"(?:vi|vi vil) (?:ønsker|ønskjer|ønske) (?:gjerne |også |og |òg )?(?:at du (?:også |òg )?har|deg som (?:også |òg )?har|at du kan)", SHOULD),
    (r"du bør (?:også )?(?:ha|kunne|være|vere|vera)", SHOULD),
    (r"(?:søkere|søkjarar|kandidaten|søkeren|søkjaren) bør (?:også )?ha", SHOULD),
    (r"gjerne (?:også )?(?:med|ha)", SHOULD),
    (r"(?:vi|og vi) (?:ser|søker|søkjer) etter (?:deg|en|ein|ei) som er", PERSONAL),
    (r"(?:vi|og vi) (?:søker|søkjer) (?:deg|en|ein|ei) som er", PERSONAL),
    (r"(?:som person|som (?:person|leder|leiar|kollega) er du|personlig er du|personleg er du)", PERSONAL),
    (r"du (?:må|skal) (?:også )?(?:ha|kunne)", MUST),
    (r"du har (?:også )?(?:minst|relevant|fullført|utdanning|høyere|høgare|erfaring|gode|god|svært|meget|bachelor|master)\b", MUST),
    # "Du har juridisk embetseksamen": a qualification noun within the next three words.
    (r"du har (?:også |òg )?(?=(?:[\w-]+ ){0,2}(?:\w*utdanning|\w*eksamen|\w*grad|\w*erfaring|\w*kunnskap\w*|kjennskap|"
     r"fagbrev|førerkort|førarkort|autorisasjon|sertifisering|\w*kompetanse|\w*bakgrunn)\b)", MUST),
    (r"(?:søkere|søkjarar|kandidaten|søkeren|søkjaren|den som tilsettes|den som blir tilsett) må (?:også )?ha", MUST),
    (r"(?:vi|og vi) (?:krever|krev|forventer|forventar) (?:at du har |også )?", MUST),
    (r"du er", PERSONAL),
    (r"(?:ved vurderingen |i vurderinga |ved vurderinga )?(?:vi |det )?(?:vil )?(?:det )?(?:også |òg )?(?:bli lagt|blir lagt|vert lagt|verte lagt|legg|legger|leggjer) (?:også |òg )?(?:stor |særlig |særleg )?vekt på(?: at du er| at du har| at du)?", PERSONAL),
    (r"(?:videre|vidare|i tillegg|dessuten|dessutan|også|òg) (?:må|skal) du (?:også |òg )?(?:ha|kunne)", MUST),
    (r"(?:stillingen|stillinga) (?:krever|krev|forutsetter|føreset)(?: at du har)?", MUST),
    (r"det (?:er|blir|stilles|vert stilt) (?:også )?(?:et |eit )?krav (?:om|til)(?: at du har)?", MUST),
    (r"(?:vi|og vi) (?:ser|søker|søkjer) etter (?:deg|en|ein|ei) (?:som har|med)", MUST),
    (r"(?:vi|og vi) (?:søker|søkjer) (?:deg|en|ein|ei) (?:som har|med)", MUST),
)
SUFFIX_CUES: tuple[tuple[str, str], ...] = (
    (r"(?:er|vil være|vil vere|vil vera|blir|vert|regnes som|reknast som) (?:også |òg )?(?:en|ein|ei|et|eit) (?:stor )?(?:fordel|pluss|ekstra fordel)", SHOULD),
    (r"(?:er|vil være|vil vere|blir) (?:også |òg )?(?:ønskelig|ønskjeleg|ønsket|ønskt)", SHOULD),
    (r"\((?:ønskelig|ønskjeleg|en fordel|ein fordel|fordel|bør-krav)\)", SHOULD),
    (r"(?:er|vil være|vil vere) (?:et |eit )?(?:krav|nødvendig|naudsynt|påkrevd|obligatorisk)", MUST),
)

# Sentences that are about requirements but are none ("Personlig egnethet vil bli vektlagt").
NOT_A_REQUIREMENT = (
    r"(?:egnethet|eignaheit|eignheit|skikkethet)",
    r"(?:vektlegg\w*|(?:bli|blir|vert|verte) (?:\w+ )?vektlagt|kompensere\w*|erstatte\w*|veie opp|vege opp)",
    r"(?:uavhengig av|uavhengig av|oppfordre|mangfold|tilrettelegg|tilrettelag|offentleglova|søkerliste|søkjarliste)",
    r"(?:(?:lønn|løn)\b|lønnsregulativ|lønsregulativ|stillingskode|pensjonskasse|pensjonsordning|søknadsfrist|tiltredelse|tiltreding)",
)

# A requirement starts with one of these (used to split "X, Y og Z" into three).
HEAD_WORDS = (
    r"\w*erfaring\w*|\w*kunnskap\w*|kjennskap\w*|\w*utdanning\w*|\w*ferdighet\w*|\w*ferdigheit\w*|\w*evne\w*|"
    r"\w*forståelse|\w*forståing|innsikt|god|gode|godt|svært|meget|særdeles|utmerket|utmerka|mastergrad\w*|"
    r"bachelorgrad\w*|master\w*|bachelor\w*|\w*grad|fagbrev\w*|\w*sertifikat\w*|sertifisering\w*|autorisasjon\w*|"
    r"førerkort\w*|førarkort\w*|relevant\w*|høyere|høgare|høgre|minst|fullført|dokumentert|praksis|\w*kompetanse|"
    r"politiattest|kurs|norsk\w*|engelsk\w*|interesse|evne|ledererfaring|sikkerhetsklarering\w*|tryggingsklarering\w*"
)

# Words that make a line a personal quality rather than a qualification (in mixed sections).
PERSONAL_WORDS = (
    r"^er|^trives|^trivst|^liker|^likar|du er|du trives|du trivst|du liker|du likar|du tar|du tek|du kommuniserer|du samarbeider|du ser|du evner|"
    r"du har (?:gode |svært gode )?(?:samarbeidsevner|samarbeidsevne|humør|humør|arbeidskapasitet)|"
    r"samarbeidsevne\w*|selvstendig\w*|sjølvstendig\w*|strukturert\w*|nøyaktig\w*|løsningsorientert|løysingsorientert|"
    r"engasjert|initiativ|fleksib\w*|positiv\w*|serviceinnstilt|serviceinnstilling|trygg|tydelig|tydeleg|"
    r"ansvarsbevisst|pålitelig|påliteleg|lærer raskt|lærer fort|nysgjerrig|relasjonsbygg\w*"
)

# Verbs that can start an item of a personal list ("nøyaktig, tar ansvar og har humor").
PERSONAL_VERBS = r"har|er|tar|tek|trives|trivst|liker|likar|kan|ser|evner|kommuniserer|samarbeider|jobber|arbeider|bidrar|bidreg"
