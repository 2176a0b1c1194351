"""The employer is not a person: the organisation's own addresses, numbers and mailboxes.

A job ad names its employer's visiting address, switchboard and functional mailboxes, and
carries reference numbers; none of them is personal data. Two sources say so:

* the **policy** (``allow_list``): values and patterns the organisation declares, and the
  e-mail domains that are its own (``organisation_domains``);
* the **context**, also without a policy entry: a field label before the value on its line
  (``Arbeidssted:``, ``Besøksadresse:``, ``Postadresse:``, ``Sentralbord:``), a switchboard
  word right before or after a number (``via sentralbordet, tlf.``, ``(sentralbord)``), an id
  word before an eight-digit number (``Ref.nr.: 3391 2087``, ``Stillings-ID``, ``saksnr.``).

An e-mail address is a person's when its local part holds a name (``kari.vik@``,
``knilsen@``, ``ahmed.karimi87@``) or its domain is a webmail provider or named like a person
(``post@ingridsolberg.no`` is Ingrid's); a local part of ordinary words, acronyms and
compounds (``postmottak@``, ``ki-hr@``, ``sfvlpost@``, ``trainee@``) on another domain is a
functional mailbox of the organisation.
"""

from __future__ import annotations

import re

from guardrails.ner.cue_words import PERSON_DOCUMENTS, TITLE_ENDINGS, is_role_noun, is_title_compound
from guardrails.ner.names import NameResources, strip_possessive
from guardrails.rewrites import WEBMAIL_PROVIDERS

# Field labels whose value is the employer's place or number (bokmål and nynorsk).
_EMPLOYER_LABELS = (
    r"arbeidss?ted|arbeidsstad|tjenestested|tenestestad|besøksadresse|besøksadr|postadresse|kontoradresse"
    r"|oppmøtested|oppmøtestad|kontorsted|kontorstad|hovedkontor|hovudkontor|fakturaadresse|leveringsadresse"
    r"|sentralbord\w*|servicetorg\w*|kundesenter\w*|kundesentr\w*|vakttelefon\w*|hovednummer|hovudnummer"
    r"|vakta|vakten|vaktsentral\w*|resepsjon\w*|kundeservice|servicesenter\w*|informasjonsskranke\w*"
    r"|postmottak|sentralbordnummer|telefon(?:nummer)? til (?:oss|kontoret|sentralbordet)|adresse til kontoret"
    # the organisation's own buildings before an address: "i rådhuset, Strandgata 30, 6900 Florø"
    r"|rådhus(?:et)?|kommunehus(?:et)?|statens hus|kontoret vårt|kontora våre|kontorene våre|lokalene våre|lokala våre"
    # an organisation's unit answering a number: "skolens kontor, tlf.", "ekspedisjonen", "Faculty office"
    r"|\w+(?:ens|ets|as|s) (?:kontor|ekspedisjon|sekretariat|servicekontor)(?:et|en)?|ekspedisjon(?:en)?"
    r"|(?!hjemme|heime)\w{3,}kontor(?:et)?"  # "opplæringskontoret, tlf.", "personalkontoret"
    r"|sekretariat(?:et)?|servicekontor(?:et)?|(?:faculty |department |main |head )?office|switchboard|reception"
    r"|main number|front desk|brukerstøtte\w*|brukarstøtte\w*|servicedesk\w*|helpdesk\w*|it-support\w*|support"
)
_EMPLOYER_LABEL = re.compile(rf"(?<![\w-])(?:{_EMPLOYER_LABELS})\b", re.IGNORECASE)
# An institution named right before a street on its line is the address's owner ("Adresse:
# Haukeland universitetssjukehus, Jonas Lies vei 65"); for addresses only (a person's mobile
# may follow the name of their workplace).
_INSTITUTION_BEFORE = re.compile(
    r"(?<![\w-])\w*(?:sykehus|sjukehus|universitet|universitetet|høgskole|høgskolen|høgskule|høgskulen|direktorat"
    r"|direktoratet|tilsyn|tilsynet|senter|senteret|kommune|rådhus)[ \t]*,[ \t]*$",
    re.IGNORECASE,
)
_SWITCHBOARD_AFTER = re.compile(
    r"^[ \t]*(?:[,–-][ \t]*|[(\[][^()\[\]\n]{0,30}?)?(?:sentralbord\w*|servicetorg\w*|hovednummer|vakttelefon\w*)",
    re.IGNORECASE,
)
# Section words of a job ad; a text with several of them is an ad, whose addresses are the
# employer's (an ad never carries a candidate's home address).
_JOB_AD_CUES = re.compile(
    r"\b(?:søknadsfrist|stillingskode|stillingsprosent|vi tilbyr|kvalifikasjon(?:er|ar)|arbeidsoppg(?:aver|åver)"
    r"|om stillingen|om stillinga|tiltredelse|tiltreding|lønn etter|løn etter|lønnsramme|ansettelsesform"
    r"|tilsetjingsform|søk (?:på )?stillingen|søk på stillinga|ønskede kvalifikasjoner|personlige egenskaper"
    r"|personlege eigenskapar)\b",
    re.IGNORECASE,
)
# Id words before a number: a reference, case or job id is no phone.
_ID_WORDS = (
    r"ref(?:\.|eranse)?(?:\s*-?\s*nr\.?|nummer)?|refnr|stillings-?id|stillingsnr\.?|stillingsnummer|saksnr\.?|saksnummer"
    r"|sak|arkivref\w*|arkivnr\.?|arkivnummer|journalnr\.?|journalnummer|løpenr\.?|løpenummer|dokumentnr\.?"
    r"|ordrenr\.?|kundenr\.?|id|id-nr\.?|kunngjøringsnr\.?|utlysingsnr\.?|utlysningsnr\.?|jobbnorge-id|webcruiter-id"
    r"|prosjektnr\.?|prosjektnummer|postboks|pb\.?"
)
_ID_BEFORE = re.compile(rf"\b(?:{_ID_WORDS})\s*[:.#]?\s*(?:nr\.?\s*)?[:.]?\s*$", re.IGNORECASE)
# A person-like contact word between a label and the value breaks the label's reach.
_PERSON_CONTACT = re.compile(r"\b(?:kontaktperson\w*|kontakt|ring|mobil\w*|direkte|hilsen|helsing)\b", re.IGNORECASE)
_DIGITS = re.compile(r"\d")

WEBMAIL_DOMAINS = frozenset(WEBMAIL_PROVIDERS)


def _line_before(text: str, start: int, limit: int = 100) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    return text[max(line_start, start - limit):start]


def is_job_ad(text: str) -> bool:
    """Three or more distinct section words of a job ad (``Søknadsfrist``, ``Vi tilbyr`` ...)."""
    return len({m.group(0).lower() for m in _JOB_AD_CUES.finditer(text)}) >= 3


def is_employer_value(entity: str, text: str, start: int, end: int) -> bool:
    """True when the context marks ``text[start:end]`` as the employer's own (see module doc)."""
    before = _line_before(text, start)
    if entity == "NO_PHONE" and _ID_BEFORE.search(before[-40:]):
        return True
    if entity not in ("NO_PHONE", "NO_ADDRESS", "EMAIL_ADDRESS"):
        return False
    if entity == "NO_ADDRESS" and _INSTITUTION_BEFORE.search(before):
        return True
    labels = list(_EMPLOYER_LABEL.finditer(before))
    if labels:
        # "Sentralbord: 22 24 90 90", "Arbeidssted: Kaigaten 9, 5016 Bergen": no personal
        # contact word between the nearest label and the value, and for a phone no other
        # number ("Besøksadresse: Sognsvannsveien 20, 0372 Oslo. Sentralbord: 915 06 770").
        rest = before[labels[-1].end():]
        if not _PERSON_CONTACT.search(rest) and not (entity == "NO_PHONE" and _DIGITS.search(rest)):
            return True
    if entity == "NO_PHONE" and _SWITCHBOARD_AFTER.match(text[end:end + 30]):
        return True
    return False


_MAIL_IN_LINE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def is_after_functional_mailbox(text: str, start: int, names: NameResources) -> bool:
    """``Spørsmål: isf@samfunnsforskning.no, telefon 23 08 61 00``: a number right after the
    organisation's functional mailbox on its line, with no personal contact word between,
    is the organisation's too."""
    before = _line_before(text, start, limit=120)
    matches = list(_MAIL_IN_LINE.finditer(before))
    if not matches or _PERSON_CONTACT.search(before, matches[-1].end()):
        return False
    local, _, domain = matches[-1].group(0).rpartition("@")
    return not is_person_like_domain(domain, names) and is_functional_mailbox(local, names)


def is_person_like_domain(domain: str, names: NameResources) -> bool:
    """A webmail provider or a domain named like a person (``ingridsolberg.no``, ``olamoe.com``).

    The label before the top-level domain is read: a first name followed by a surname
    (``ingrid`` + ``solberg``), or a Norwegian first name alone.
    """
    labels = [label for label in domain.lower().split(".") if label]
    if len(labels) < 2:
        return False
    label = labels[-2].replace("-", "")
    if label in WEBMAIL_DOMAINS:
        return True
    if label.capitalize() in names.norwegian_first_names and not names.lexicon.is_common(label):
        return True
    for split in range(2, len(label) - 1):
        first, last = label[:split].capitalize(), label[split:].capitalize()
        if first in names.first_names and (last in names.surnames or names.is_name(last)):
            return True
    return False


_LOCAL_PARTS = re.compile(r"[._+]+")
# Mailbox words of every organisation: never a person's name in a local part, whatever a
# world name list says ("admin@", "info@", "support@").
_MAILBOX_WORDS = frozenset({
    "admin", "info", "post", "postmottak", "kontakt", "support", "service", "jobb", "jobs", "job", "hr", "personal",
    "rekruttering", "recruitment", "office", "mail", "noreply", "no-reply", "kundeservice", "servicetorget",
    "sentralbord", "resepsjon", "reception", "ekspedisjon", "sekretariat", "firmapost", "epost",
    "international", "careers", "admissions", "contact", "help", "payroll", "finance", "helpdesk", "servicedesk",
})


def is_functional_mailbox(local: str, names: NameResources) -> bool:
    """True when no part of the local part is a name and some part is an ordinary word,
    an acronym or a compound ending in one (see module doc)."""
    parts = [part for part in _LOCAL_PARTS.split(local.lower()) if part]
    if not parts:
        return False
    ordinary = False
    # beside a mailbox word ("postmottak.helse@") a part is a name only when it is a Norwegian
    # name and no ordinary word
    mailbox = any(part in _MAILBOX_WORDS for part in parts)
    for part in parts:
        pieces = [piece.rstrip("0123456789") for piece in part.split("-") if piece]
        if not pieces or not all(piece.isalpha() for piece in pieces):
            continue
        if part in _MAILBOX_WORDS:
            ordinary = True
            continue
        if mailbox and names.lexicon.is_common(part) and not names.is_norwegian_name(part.capitalize()):
            ordinary = True
            continue
        # a hyphenated part is a name only when every piece is ("anne-lise"; not "vest-viken")
        if all(_is_name_part(piece, names) for piece in pieces):
            return False
        if any(_is_ordinary_part(piece, names) for piece in pieces):
            ordinary = True
    return ordinary


def _is_name_part(part: str, names: NameResources) -> bool:
    """``kari``, ``vik``, ``knilsen`` (an initial and a surname), ``nilsenk``."""
    def is_name(word: str) -> bool:
        # In an address a Norwegian name is a name even when it is an ordinary word too
        # (kari, vik, berg); a name of the world lists only when it is no ordinary word.
        capitalised = word.capitalize()
        if len(word) < 3:
            return False
        if names.is_norwegian_name(capitalised) or names.lexicon.is_only_person_name(capitalised):
            return True
        return names.is_name(capitalised) and not names.lexicon.is_common(word) and word not in names.common_words

    return (
        is_name(part)
        or (len(part) > 4 and (is_name(part[1:]) or is_name(part[:-1])))
        or any(is_name(variant) for variant in _norwegian_spellings(part))
    )


_ASCII_FOR = (("aa", "å"), ("ae", "æ"), ("oe", "ø"), ("o", "ø"), ("a", "å"))


def _norwegian_spellings(part: str) -> list[str]:
    """An address spells æ, ø, å in ASCII (``bjornar`` is Bjørnar, ``haakon`` Håkon): the part
    with one of those spellings turned back, one place at a time."""
    variants: list[str] = []
    for ascii_form, letter in _ASCII_FOR:
        position = part.find(ascii_form)
        while position >= 0:
            variants.append(part[:position] + letter + part[position + len(ascii_form):])
            position = part.find(ascii_form, position + 1)
    return variants


def _is_ordinary_part(part: str, names: NameResources) -> bool:
    """An ordinary word, a short acronym (``hr``, ``ki``, ``dfo``) or a word that ends in an
    ordinary word of four letters or more (``sfvlpost``, ``rekrutteringsteam``)."""
    common = names.lexicon.is_common
    if len(part) <= 4 or common(part) or part in names.common_words or names.is_organisation_word(part):
        return True
    if any(common(variant) for variant in _norwegian_spellings(part)):
        return True  # "soknad" is søknad
    return any(common(part[split:]) for split in range(1, len(part) - 3))


_POSTCODE_LINE = re.compile(r"\b(?:postboks|pb\.?)\b|\b\d{4} [A-ZÆØÅ]", re.IGNORECASE)
_FIXED_LINE_FIRST_DIGITS = "23567"
_WORD = re.compile(r"[A-Za-zÆØÅæøåÉé-]+")


def _lines_around(text: str, start: int, end: int, before: int) -> tuple[int, int]:
    """Offsets of the start of the ``before``-th line above ``start`` and of the end of ``end``'s line."""
    line_start = text.rfind("\n", 0, start) + 1
    for _ in range(before):
        if line_start == 0:
            break
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


def is_fixed_line(text: str, start: int, end: int) -> bool:
    """A Norwegian fixed-line number (first digit 2, 3, 5, 6 or 7); a mobile is a person's."""
    digits = re.sub(r"\D", "", text[start:end])[-8:]
    return len(digits) == 8 and digits[0] in _FIXED_LINE_FIRST_DIGITS


def is_organisation_block(
    entity: str, text: str, start: int, end: int, person_spans: list[tuple[int, int]], *, job_ad: bool,
    names: NameResources,
) -> bool:
    """An address or a fixed-line number in the organisation's own contact block: no person
    name on its line or the two lines above it, and the text is a job ad or the line above
    names an organisation or an address (``Direktoratet for ... (DSB)`` / ``Rambergveien 9``;
    ``Postboks 1010 ..., 2605 Lillehammer`` / ``Tlf. 22 07 30 00``). A mobile number is a
    person's wherever it stands."""
    if entity == "NO_PHONE":
        digits = re.sub(r"\D", "", text[start:end])[-8:]
        if not digits or digits[0] not in _FIXED_LINE_FIRST_DIGITS:
            return False
    elif entity != "NO_ADDRESS":
        return False
    block_start, block_end = _lines_around(text, start, end, before=2)
    if any(block_start <= a < block_end and not (start <= a and b <= end) for a, b in person_spans):
        return False
    if job_ad:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    previous_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    above = text[previous_start:max(line_start - 1, previous_start)] + " " + text[line_start:start]
    return bool(_POSTCODE_LINE.search(above)) or any(
        names.is_organisation_word(word) for word in _WORD.findall(above) if len(word) > 2
    )


# Words that put a person in a job ad: the contact line, the signature, a third-person pronoun
# (an ad speaks to "du"; "hun har vært med på hele prosessen" is a note about someone), not the
# labels ``Telefon:``, ``E-post:`` of the employer's own contact block.
_CONTACT_CUES = re.compile(
    r"(?<!\w)(?:kontakt\w*|spørsmål\w*|henvendelse\w*|førespurnad\w*|rettes|rettast|ring|mobil\w*"
    r"|hilsen|helsing|v/|han|hun|ho|ham|henne|hans|hennes|hennar)(?!\w)",
    re.IGNORECASE,
)
_WORDS_BEFORE = re.compile(r"([\w-]+)[\s,:]*$")


def is_bare_name_in_ad(
    text: str, start: int, end: int, contact_values: list[tuple[int, int]], names: NameResources
) -> bool:
    """In a job ad, a name found with no sign of a person around it is the name of a thing.

    An ad names people only to be contacted: in a contact line (``Spørsmål om stillingen kan
    rettes til seksjonssjef Kari Nordmann, tlf. 22 33 44 55``) or a signature. Everything
    else capitalised in it is the employer, its buildings, ships, theatres, newspapers and
    products (``Eva Balkes hus``, ``Ibsenhuset``, ``Statsraad Lehmkuhl``, ``Haugesunds Avis``).
    A name is kept when it is a Norwegian first name alone that is no ordinary word, when a
    person's contact value (not the employer's switchboard or mailbox) or a contact word is on
    its line or the lines next to it, a title stands right before it,
    or it is a full name of the Norwegian lists that is no possessive before an ordinary noun
    (``Eva Balkes hus`` is a building)."""
    block_start, block_end = _lines_around(text, start, end, before=1)
    following_end = text.find("\n", block_end + 1)
    block_end = len(text) if following_end < 0 else following_end
    if any(block_start <= value_start < block_end for value_start, _ in contact_values):
        return False
    if _CONTACT_CUES.search(text, block_start, block_end):
        return False
    before = _WORDS_BEFORE.search(text[max(0, start - 40):start])
    if before is not None:
        word = before.group(1).lower()
        if word.endswith(TITLE_ENDINGS) or is_title_compound(word) or is_role_noun(word):
            return False
    parts = text[start:end].split()
    if len(parts) == 1 and strip_possessive(parts[0]) in names.norwegian_first_names and not (
        names.is_ordinary_word(parts[0].lower()) or names.lexicon.is_common(strip_possessive(parts[0]).lower())
    ):
        return False  # "laget av Sigrid": a first name alone names a person ("Liv i bygda" is a heading)
    if len(parts) >= 2 and names.is_norwegian_name(parts[0]):
        last = parts[-1]
        surname = last in names.surnames or strip_possessive(last) in names.surnames
        after = text[end:end + 30].split()
        named_thing = (
            last.endswith("s") and bool(after) and after[0].isalpha() and after[0].islower()
            and after[0].lower() not in PERSON_DOCUMENTS
        )
        if surname and not named_thing:
            return False
    return True


# Words that tie an address to a person ("adressen min", "hun bor i", "kandidatens adresse", a
# bare "Adresse:" label of a form; not "Besøksadresse:", which the employer label reads first).
_PERSON_NEAR = re.compile(
    r"(?<!\w)(?:jeg|eg|meg|min|mi|mitt|mine|han|hun|ho|ham|henne|hans|hennes|hennar|vedkommende|vedkomande|bor|bur"
    # (not "flytter": "HR-eininga flyttar til Kristian Augusts gate 23" is a unit moving)
    r"|bodde|budde|hjemme\w*|heime\w*|privat\w*|folkeregistrert\w*|bosted|bustad"
    # one person, not a group ("Adresse for kandidatene" is a venue)
    r"|(?:kandidat|søker|søkjar|arbeidstaker|arbeidstakar|elev|pasient|bruker|brukar)(?:en|ens)?|ansatt|tilsett"
    r"|cv|personalia|søknad\w*|navn|namn"
    # a newcomer in the definite singular ("adresse for den nye lærlingen")
    r"|(?:lærling|vikar|praktikant|trainee|student|medarbeider|medarbeidar|nytilsett|nyansatt|assistent)(?:en|ens|n)"
    # a contract or an offer sent to the address ("sender arbeidsavtalen til Kirkevegen 14B")
    r"|(?:arbeidsavtal|kontrakt|tilbudsbrev|tilbodsbrev|tilbudet|tilbodet|ansettelsesbrev|tilsetjingsbrev)\w* til"
    r")(?!\w)"
    r"|^[ \t]*(?:adresse|adressa)[ \t]*:",  # the bare label of a form
    re.IGNORECASE | re.MULTILINE,
)


def is_nobodys_address(text: str, start: int, end: int) -> bool:
    """An address (or a fixed-line number) in a text that names no person and holds none of a person's identifiers is
    a workplace, a venue or a meeting place, unless a word on its line or the line above ties
    it to someone (``hun bor i``, ``adressen min``, ``kandidatens``). The caller checks that
    the text names nobody."""
    block_start, block_end = _lines_around(text, start, end, before=1)
    return not _PERSON_NEAR.search(text, block_start, block_end)
