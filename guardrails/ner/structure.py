"""Where a capitalised word stands in the document says it is no name.

Pasted job ads, letters and interview guides have a structure that chat does not: field
labels, quoted titles and verb-first questions. Several readings, each a principle rather
than a word list:

* a **field label**: the first word of a line (after any bullet) directly followed by
  ``:`` (or ``.:``) — ``Lønnsramme:``, ``Arkivref.:``, ``Tjenestested:`` — names the field,
  not a person, unless it is a known name (``Kari: ...`` in a chat log stays a name);
* a **quoted title** or a **named thing** (in ``things``): words between ``«`` and ``»``
  after a noun for a named thing (``fartøyet «Johan Hjort»``) or in a list of quoted names
  name a ship, a room or a work, not a person (a quoted name alone may be a person's
  nickname, so it stays); so do names after a room, vessel or system noun;
* a **verb-first question**: a capitalised first word directly followed by a subject
  pronoun is a finite verb (``Tor du å ta ansvar?``, ``Kan du ...``); a name would be
  followed by a comma when it is addressed (``Kari, du ...``);
* a **place or institution named after a person**: a name followed by a street noun
  (``Fridtjof Nansens plass 4``, ``Ole Vigs gate``) or ending in a hyphenated ordinary noun
  (``Ivar Aasen-tunet``, ``Olav H. Hauge-senteret``) is the street or the institution;
* a **product name** written in camel case (``PyTorch``, ``NorwAI``, ``grandMA``); names
  with an inner capital after a particle (``McDonald``, ``DeShawn``, ``LaToya``) stay names;
* an **item in a list of technical things**: an unknown word listed next to an acronym, a
  camel-case word, a word with digits or a known product (``DIPS Arena og Metavision``,
  ``ETC Eos, grandMA og Vectorworks``, ``Teams, SharePoint, Purview``);
* a **company**: a name followed by a company form, with at most two lower-case words
  between (``Møllerstad rekruttering AS``), or preceded by a capitalised organisation word
  (``Teater Ibsen``, ``Museum Nord``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guardrails.ner.doc_context import DocContext

STREET_NOUNS = frozenset({
    "gate", "gata", "gaten", "gt.", "gt", "vei", "veien", "veg", "vegen", "v.", "allé", "alle", "plass", "pl.",
    "torg", "torget", "pl", "vn", "stredet", "smau", "bakke", "bakken", "brygge", "bryggen", "kai", "kaia", "park",
    "terrasse", "terrassen",
    "parken",
})
# Street nouns that make a street of the name before them without a house number (not "plass",
# "bakke", "park": "gi Kari plass").
_STREET_NOUNS_ALONE = frozenset({
    "gate", "gata", "gaten", "vei", "veien", "veg", "vegen", "allé", "terrasse", "terrassen", "torg", "torget",
    "brygge", "bryggen",
})
# Places and institutions named with a possessive of a person (``Eva Balkes hus``, ``Sophies
# minde``, ``Ole Bulls senter``): after a possessive only.
INSTITUTION_NOUNS = frozenset({
    "hus", "huset", "minde", "hjem", "hjemmet", "heim", "heimen", "senter", "senteret", "gård", "gården", "gard",
    "garden", "tun", "tunet", "skole", "skolen", "skule", "skulen", "hage", "hagen", "kirke", "kyrkje", "kapell",
    "hall", "hallen", "stue", "stua", "stiftelse", "legat", "institutt", "bibliotek", "museum", "samling",
    "bygg", "bygget", "bygning", "fløy", "sal", "salen", "pris", "prisen", "belønning", "medalje", "medaljen",
    "minnepris", "stipend", "fond", "fondet", "gave", "gaven", "gåve", "gåva", "jubileumsgave", "ærespris",
    "auditorium", "auditoriet", "aula", "aulaen", "rom", "kvartal",
})
_NAME_PARTICLES = ("mc", "mac", "de", "di", "da", "la", "le", "van", "von", "del", "du", "o'", "d'")
SUBJECT_PRONOUNS = frozenset({"du", "dere", "de", "dei", "vi", "me", "eg", "jeg", "han", "hun", "ho", "det", "den"})


def is_field_label(context: DocContext, index: int) -> bool:
    """``Lønnsramme:`` at the start of a line (after a bullet)."""
    if not context.starts_sentence(index) or not _line_initial(context, index):
        return False
    following = index + 1
    if following < context.size and context.words[following] == ".":
        following += 1
    return following < context.size and context.words[following] == ":"


def _line_initial(context: DocContext, index: int) -> bool:
    """Only bullets, numbering and spaces stand between a line break (or the text's start) and ``index``."""
    position = index - 1
    while position >= 0:
        word = context.words[position]
        if "\n" in word:
            return True
        if not (context.space[position] or word in ("-", "–", "•", "*", "·") or word.rstrip(".)").isdigit()):
            return False
        position -= 1
    return True


def is_verb_before_pronoun(context: DocContext, index: int) -> bool:
    """``Tor du ...``: a sentence's first word right before a subject pronoun is a verb."""
    following = index + 1
    return (
        context.starts_sentence(index)
        and following < context.size
        and context.lower[following] in SUBJECT_PRONOUNS
        and context.words[following].islower()
    )


_REGNAL = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|X{1,2})s?$")  # a king's numeral: VII, Vs


def is_street_after(context: DocContext, end: int) -> bool:
    """A possessive name followed by a street or institution noun (``Nansens plass``, ``Ole
    Vigs gate``, ``Eva Balkes hus``), or
    a name followed by a street noun and a house number (``Sem Sælands vei 9``)."""
    position = end
    while position < context.size and context.space[position]:
        position += 1
    if position < context.size and _REGNAL.match(context.words[position]):
        end = position + 1  # "Kong Haakon VIIs vei", "Olav Vs gate"
        position += 1
        while position < context.size and context.space[position]:
            position += 1
    if position >= context.size:
        return False
    possessive = context.words[end - 1].endswith("s")
    noun = context.lower[position].split("-", 1)[0]  # "Sophus Lies gate-lokalene"
    if possessive and noun in INSTITUTION_NOUNS:
        return True
    if noun not in STREET_NOUNS:
        return False
    if possessive or noun in _STREET_NOUNS_ALONE:
        return True  # "Victoria terrasse", "Youngs gate": no one's name is followed by these
    following = position + 1
    while following < context.size and (context.space[following] or context.words[following] == "."):
        following += 1
    return following < context.size and context.words[following][:1].isdigit()


# Street and square nouns that end a one-word place ("Haraldsplass", "Youngstorget").
_PLACE_ENDINGS = (
    "plass", "plassen", "torget", "torg", "gata", "gaten", "veien", "vegen", "allé", "parken", "brygga", "bryggen",
)


def is_one_word_place(word: str) -> bool:
    """``Haraldsplass``, ``Youngstorget``: a capitalised word ending in a street or square noun,
    with at least three letters before it."""
    lowered = word.lower()
    return word[:1].isupper() and word.isalpha() and any(
        lowered.endswith(ending) and len(lowered) - len(ending) >= 3 for ending in _PLACE_ENDINGS
    )


_PRIZE_OR_VENUE_HEADS = ("prisen", "huset", "senteret", "festivalen", "museet", "stiftelsen", "stiftinga", "hallen")


def is_prize_or_venue(word: str, is_place: Callable[[str], bool]) -> bool:
    """``Vinjeprisen``, ``Vinjefestivalen``, ``Oslohuset``: a place joined to a prize or venue."""
    lowered = word.lower()
    return word[:1].isupper() and word.isalpha() and any(
        lowered.endswith(head) and len(word) - len(head) >= 3 and is_place(word[: len(word) - len(head)])
        for head in _PRIZE_OR_VENUE_HEADS
    )


def is_named_institution(
    word: str, is_ordinary: Callable[[str], bool], is_name: Callable[[str], bool] | None = None
) -> bool:
    """``Aasen-tunet``, ``Hauge-senteret``: a name joined by a hyphen to an ordinary noun; with
    ``is_name``, also written as one word with the noun in its definite form (``Ibsenhuset``,
    ``Griegsalen``), when the whole word is no listed name (``Solbakken`` is a surname)."""
    if "-" not in word.strip("-"):
        if is_name is None or not (word[:1].isupper() and word[1:].islower() and word.isalpha()) or is_name(word):
            return False
        return any(
            is_name(word[:split]) and _is_definite_noun(word[split:], is_ordinary)
            for split in range(3, len(word) - 3)
        )
    head = word.rsplit("-", 1)[1]
    # "Aasen-tunet": a capitalised name, a lower-case noun (in text without capitals,
    # "odd-bjørn" is a double name whose parts happen to be words)
    return word[:1].isupper() and len(head) >= 4 and head.islower() and is_ordinary(head)


def _is_definite_noun(word: str, is_ordinary: Callable[[str], bool]) -> bool:
    """``huset``, ``salen``, ``senteret``, ``hytta``: a definite form whose stem is a word too
    (``sten`` in ``Carlsten`` is none: ``st`` is no word)."""
    for ending in ("et", "en", "a"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and is_ordinary(word) and (
            is_ordinary(stem) or is_ordinary(stem + "e")
        ):
            return True
    return False


def is_camel_case(word: str) -> bool:
    """``PyTorch``, ``NorwAI``, ``grandMA``: a capital after a lower-case letter inside a word."""
    if not word.replace("-", "").isalpha() or len(word) < 4:
        return False
    for part in word.split("-"):  # "Odd-Bjørn" is two names, not camel case
        inner = any(a.islower() and b.isupper() for a, b in zip(part, part[1:], strict=False))
        if inner and not part.lower().startswith(_NAME_PARTICLES):
            return True
    return False


LIST_SEPARATORS = frozenset({",", "og", "eller", "/", "&", "+", "samt", "and", "or"})
COMPANY_FORMS = frozenset({"AS", "ASA", "SA", "BA", "ANS", "DA", "IKS", "KF", "HF", "NUF", "SUS"})
ORGANISATION_HEADS = frozenset({
    "teater", "teatret", "museum", "museet", "stiftelsen", "senter", "senteret", "galleri", "festival",
    "festivalen", "akademi", "akademiet", "institutt", "instituttet", "klubb", "forening", "foreningen",
    "orkester", "hotell", "kafé", "kafe", "prosjekt", "programmet", "divisjon", "region", "avdeling",
})


def is_technical(word: str, products: frozenset[str]) -> bool:
    """An acronym, a camel-case word, a word with digits or a known product name."""
    letters = word.replace("-", "")
    return (
        (letters.isupper() and len(letters) >= 2)
        or is_camel_case(word)
        or (any(char.isdigit() for char in word) and any(char.isalpha() for char in word))
        or word.lower() in products
    )


def listed_with_technical(
    context: DocContext, start: int, end: int, products: frozenset[str], named_only: bool = False
) -> bool:
    """The run ``start:end`` is an item of a list one of whose neighbouring items is technical
    (``named_only``: a known product by name, not merely an acronym or a word with digits)."""
    def item_before(position: int) -> list[int]:
        item = []
        while position >= 0 and context.words[position][:1].isupper() or (
            position >= 0 and is_technical(context.words[position], products)
        ):
            item.append(position)
            position -= 1
        return item

    def item_after(position: int) -> list[int]:
        item = []
        while position < context.size and (
            context.words[position][:1].isupper() or is_technical(context.words[position], products)
        ):
            item.append(position)
            position += 1
        return item

    neighbours = []
    if start - 2 >= 0 and context.lower[start - 1] in LIST_SEPARATORS:
        neighbours.append(item_before(start - 2))
    if end + 1 < context.size and context.lower[end] in LIST_SEPARATORS:
        neighbours.append(item_after(end + 1))
    if named_only:
        return any(context.lower[i] in products for item in neighbours for i in item)
    return any(is_technical(context.words[i], products) for item in neighbours for i in item)


def published_on(context: DocContext, start: int, reach: int = 6) -> bool:
    """``annonsering på Finn og LinkedIn``, ``post the ad on Finn and LinkedIn``: the word stands in
    a list after ``på``/``on``/``via`` in its sentence, where a channel is named."""
    for position in range(start - 1, max(-1, start - 1 - reach), -1):
        if context.lower[position] in ("på", "on", "via"):
            return True
        if context.starts_sentence(position) or context.words[position] in (".", "?", "!"):
            return False
    return False


def is_company(context: DocContext, start: int, end: int) -> bool:
    """``Møllerstad rekruttering AS``, ``Teater Ibsen``."""
    position = end
    for _ in range(3):
        if position >= context.size:
            break
        word = context.words[position]
        if word in COMPANY_FORMS:
            return True
        if not word.islower():
            break
        position += 1
    before = start - 1
    return before >= 0 and context.words[before][:1].isupper() and context.lower[before] in ORGANISATION_HEADS


# "X eller andre verktøy": X is one of the things named after "andre" (a Hearst pattern);
# unless those are people ("Kari og andre kolleger").
_OTHER_WORDS = frozenset({
    "andre", "anna", "annan", "annen", "annet", "liknande", "lignende", "tilsvarande", "tilsvarende",
})
PERSON_PLURALS = frozenset({
    "kolleger", "kollegaer", "kollegaene", "tilsette", "ansatte", "medarbeidere", "medarbeidarar", "kandidater",
    "kandidatar", "søkere", "søkjarar", "personer", "personar", "folk", "ledere", "leiarar", "deltakere",
    "deltakarar", "representanter", "representantar", "medlemmer", "medlemar", "venner", "vener",
})


def is_example_of_things(context: DocContext, end: int) -> bool:
    """``Mercell eller andre konkurransegjennomføringsverktøy``: the run before ``end`` is an
    example of a kind of thing, not a person."""
    if end + 2 >= context.size or context.lower[end] not in ("og", "eller", "el."):
        return False
    position = end + 1
    if context.lower[position] in ("et", "en", "ei", "eit", "ein", "noe", "noko") and position + 1 < context.size:
        position += 1  # "Brutus eller et tilsvarende forvaltningssystem"
    if context.lower[position] not in _OTHER_WORDS or position + 1 >= context.size:
        return False
    kind = context.lower[position + 1]
    return kind.isalpha() and kind not in PERSON_PLURALS and not kind.endswith(("ere", "arar", "erne", "arane"))


def is_route(word: str, is_place: Callable[[str], bool], is_name: Callable[[str], bool]) -> bool:
    """``Halhjem-Sandvikvåg``: two capitalised words joined by a dash, one a place, neither a
    name of the Norwegian lists (a ferry or bus route; ``Holm-Johnsen`` stays a name)."""
    parts = word.split("-")
    return (
        len(parts) == 2
        and all(p[:1].isupper() and p[1:].islower() and not is_name(p) for p in parts)
        and any(is_place(p) for p in parts)
    )


# Labels whose value is a place or a venue ("Sted: Thon Hotel Arena", "Stad: Scandic Ørnen").
PLACE_LABELS = frozenset({
    "sted", "stad", "møtested", "møtestad", "oppmøtested", "oppmøtestad", "lokale", "lokal", "møterom", "rom",
    "venue", "adresse", "adressa", "hvor", "kvar",
})
MONTHS = frozenset({
    "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
    "desember",
})


def after_place_label(context: DocContext, start: int) -> bool:
    """``Sted: Thon Hotel Arena``: the run at ``start`` is the value of a place label."""
    position = start - 1
    while position >= 0 and context.space[position] and "\n" not in context.words[position]:
        position -= 1
    return position >= 1 and context.words[position] == ":" and context.lower[position - 1] in PLACE_LABELS


def is_month_label(context: DocContext, index: int) -> bool:
    """``August: Oppstart``, ``August 2026``, ``1. August``: a month that labels a line or is
    part of a date."""
    if context.lower[index] not in MONTHS:
        return False
    previous = index - 1
    while previous >= 0 and context.space[previous] and "\n" not in context.words[previous]:
        previous -= 1
    if previous >= 0 and context.words[previous].rstrip(".").isdigit():
        return True
    following = index + 1
    while following < context.size and context.space[following] and "\n" not in context.words[following]:
        following += 1
    if following >= context.size:
        return False
    return context.words[following] in (":", "–", "-") or context.words[following][:1].isdigit()
