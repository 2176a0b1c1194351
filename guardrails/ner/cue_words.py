"""Words around a name in Norwegian text: cues before it, verbs after it, noun shapes that are
no names, and the nouns that say a name names a thing (``chatboten``, ``Alva-modulen``). Used by
``person_spans``, ``doc_context`` and ``things``."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.lang.nb.stop_words import STOP_WORDS as NB_STOP_WORDS

SKIPPABLE_AFTER_CUE = frozenset({":", ",", "-", "–"})
NAMING_VERBS = frozenset({"er", "var", "blir", "heter", "heiter", "het", "heitte"})
# Definite / plural / derivational endings of Norwegian common nouns ("Departementenes",
# "Stillingane", "Kvalifikasjonene"); a long unknown word with one of them is not a name.
COMMON_NOUN_ENDINGS = (
    "ene", "enes", "ane", "anes", "ingen", "ingene", "ingane", "inga", "heten", "heita",
    "sjonen", "sjonene", "sjonane", "skapet", "skapen", "mentet", "mentene", "ningar", "ninger",
)

# Endings of long derived nouns (ten letters or more): "-oppfølging", "-plassering", "-ordning".
LONG_NOUN_ENDINGS = ("ing", "else", "sjon", "het", "heit", "skap", "ment")


# Endings of compound job and role titles (``NATO-talsmann``, ``HR-sjef``, ``kommunalsjef``):
# a capitalised name right after one is cued like after ``seksjonssjef``.
TITLE_ENDINGS = (
    "sjef", "leder", "leiar", "direktør", "rådgiver", "rådgjevar", "konsulent", "talsmann", "talsperson",
    "talskvinne", "minister", "sekretær", "ordfører", "ordførar", "medarbeider", "medarbeidar", "koordinator",
)


# Roles given in brackets after a name in minutes ("(styreleiar)", "(foreldrerepresentant)").
ROLE_ENDINGS = (
    "leiar", "leder", "representant", "rektor", "sekretær", "referent", "ansvarlig", "ansvarleg", "eier", "eigar",
    "medlem",
)


def is_title_compound(lowered: str) -> bool:
    return len(lowered) > 6 and lowered.endswith(TITLE_ENDINGS) and lowered.replace("-", "").isalpha()


DEFINITE_OR_PLURAL_ENDINGS = ("en", "et", "a", "ene", "ane", "er", "ar", "ne")
# Finite verbs that follow a sentence's subject ("robolis har ...", "gross analyserer").
FINITE_VERBS = frozenset({
    "er", "var", "har", "hadde", "vil", "ville", "skal", "skulle", "kan", "kunne", "må", "måtte",
    "blir", "ble", "blei", "vart", "fikk", "fekk", "får", "gikk", "gjekk", "kom", "tok", "gjorde", "gjer", "gjør",
})

# Definite singular endings of nouns for people (``israelaren``, ``forfatteren``,
# ``studenten``, ``ungdomsvenen``, ``presidenten``) and of the titles above (``lederen``).
ROLE_NOUN_ENDINGS = (
    "aren", "eren", "isten", "anten", "enten", "logen", "venen", "vennen", "mannen", "kvinna",
    "kvinnen", "dronninga", "dronningen", "kongen", "prinsen", "prinsessa", "prinsessen",
) + tuple(ending + "en" for ending in TITLE_ENDINGS if not ending.endswith("e")) + (
    "lederen", "talsmannen", "presidenten", "representanten",
)


def is_role_noun(lowered: str) -> bool:
    """``den unge israelaren Ofer``, ``representanten Onarheim``: a name may follow."""
    return len(lowered) > 6 and lowered.endswith(ROLE_NOUN_ENDINGS) and lowered.isalpha()


# A person's documents and dealings: a possessive right before one is a person's
# (``Al-Nouris søknad``, ``Strands CV``, ``kari's referanser``).
PERSON_DOCUMENTS = frozenset({
    "søknad", "søknaden", "søknader", "cv", "cv-en", "attest", "attester", "attestar", "vitnemål", "vitnemålet",
    "referanse", "referanser", "referansar", "referansene", "intervju", "intervjuet", "kandidatur", "lønnskrav",
    "lønnsønske", "tilbakemelding", "svar", "e-post", "epost", "mail", "kontrakt", "arbeidsavtale", "politiattest",
    "mappe", "personalmappe", "karakterer", "karakterar", "portefølje", "søknadsbrev", "motivasjonsbrev",
})
# Prepositions before a person in chat ("send utkastet til dag", "møte med storm").
PERSON_PREPOSITIONS = frozenset({"til", "med", "hos", "fra", "frå", "for", "ved", "av"})
# What may follow a person after such a preposition ("til dag før lunsj", "med liv, og ...").
# ("og" is not among them: "med sol og vår" joins two nouns more often than two names.)
AFTER_PERSON_IN_CHAT = frozenset({",", ".", "!", "?", "før", "etter", "om", "så", "i", "som", "når", "da", ":", ")"})


# English function words that are no Norwegian words (spaCy's English stop words minus the
# Norwegian ones and minus forms Norwegian shares in other senses: "a", "as", "per", "via", "same").
ENGLISH_FUNCTION_WORDS = frozenset(
    word for word in EN_STOP_WORDS
    if word not in NB_STOP_WORDS and word.isalpha() and len(word) > 2
    and word not in {"man", "hun", "ten", "sin", "per", "via", "same", "mine", "hers", "fire", "over", "under"}
) | {
    # the short ones that are no Norwegian word ("Place of work", "located in", "or")
    "of", "in", "is", "or", "on", "an", "it", "we", "he", "if", "am", "us", "my", "up",
}
ENGLISH_SHARE = 0.12  # of a text's words: the text is English (an English ad, a mail from abroad)


def is_english(words: Sequence[str]) -> bool:
    lowered = [word.lower() for word in words if word.isalpha()]
    return len(lowered) >= 8 and sum(word in ENGLISH_FUNCTION_WORDS for word in lowered) >= ENGLISH_SHARE * len(lowered)


# Nouns (and their stems) that introduce the name of a thing: "fartøyet «Johan Hjort»".
THING_NOUN_STEMS = (
    "fartøy", "skip", "båt", "ferje", "ferja", "fergen", "møterom", "rom", "bok", "boka", "roman", "film",
    "forestilling", "stykke", "prosjekt", "program", "system", "verktøy", "app", "plattform", "bygg",
    "hus", "sal", "scene", "utstilling", "serie", "rapport", "kurs", "satsing", "modell",
    "chatbot", "robot", "bot", "løsning", "løysing", "tjeneste", "teneste", "portal", "nettside", "side", "modul",
)


def is_thing_noun(word: str) -> bool:
    """``fartøyet``, ``chatboten``, ``appen``: a thing noun, also in its definite forms."""
    if word.endswith(THING_NOUN_STEMS) or word.rstrip("aetn").endswith(THING_NOUN_STEMS):
        return True
    for ending in ("ene", "ane", "en", "et", "a", "n"):
        if word.endswith(ending) and word[: -len(ending)].endswith(THING_NOUN_STEMS):
            return True
    return False


def hyphen_named_things(words: list[str]) -> set[str]:
    """``Alva-modulen``, ``robot-ada``: a name joined by a hyphen to a thing noun names a thing
    (the name, and for ``robot-ada`` the whole word too)."""
    things: set[str] = set()
    for word in words:
        if "-" not in word[1:-1]:
            continue
        head, _, tail = word.lower().partition("-")
        if word[:1].isupper() and is_thing_noun(word.rsplit("-", 1)[1].lower()):
            things.add(head)
        elif is_thing_noun(head) and tail.isalpha():
            things.update((tail, word.lower()))
    return things
