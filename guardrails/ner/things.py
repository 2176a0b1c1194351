"""Names of things named like people: rooms, vessels and systems after a noun that says what
they are (``møterom Amalie Skram``, ``MS Richard With``, ``chatboten Frida``), in apposition
(``«Olga», den nye chatboten``, ``Ada (chatboten ...)``), namesakes (``oppkalt etter``), and
short «quoted» stretches that name things. Used by the structure filter (``structure``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from guardrails.ner.cue_words import is_thing_noun

if TYPE_CHECKING:
    from guardrails.ner.doc_context import DocContext

MAX_QUOTED_TOKENS = 5

# Nouns that name the room, vessel or system whose name follows them, unquoted ("møterom Amalie
# Skram", "rom Kristine Bonnevie", "fregatten KNM Fridtjof Nansen", "chatboten Frida").
THING_HEADS = frozenset({
    "møterom", "møterommet", "rom", "rommet", "sal", "auditorium", "auditoriet", "fløy", "bygg", "fregatten",
    "korvetten",
    "kystvaktskipet",
    "redningsskøyta", "ferja", "ferga", "hurtigruteskipet", "skipet", "fartøyet", "chatboten", "roboten",
    "systemet", "modulen", "appen", "språkmodellen", "vessel", "vessels", "ship", "ships",
})
# "MS Kong Harald": a ship named after a king.
ROYAL_TITLES = frozenset({
    "kong", "kongen", "dronning", "dronningen", "kronprins", "kronprinsesse", "prins", "prinsesse",
})
# Foundations, funds and prizes named with "til" after them ("Legatet til Anders Sandvig").
FOUNDATION_NOUNS = frozenset({
    "legatet", "fondet", "minnefondet", "stiftelsen", "stiftinga", "prisen", "minneprisen", "stipendet", "æresprisen",
})
# Works whose maker follows "av" ("verk av Edvard Munch", "skodespel av Ibsen").
WORK_NOUNS = frozenset({
    "verk", "verket", "verka", "verkene", "maleri", "maleriet", "malerier", "måleri", "bilete", "bilder", "skulptur",
    "skulpturer", "dikt", "diktet", "roman", "romanen", "romaner", "romanar", "bok", "boka", "boken", "bøker",
    "skuespill", "skodespel", "stykke", "stykket", "musikk", "komposisjoner", "symfoni", "opera", "film", "filmen",
})
# "oppkalt etter Fridtjof Nansen": a namesake, not a person of the text.
NAMESAKE_CUES = frozenset({"oppkalt", "oppkalla", "oppkalte", "named"})

# Determiners and adjectives between a quoted name and the noun that says what it is
# («Olga», den nye chatboten).
_APPOSITION_WORDS = frozenset({
    ",", "–", "-", "(", "den", "det", "ei", "en", "ein", "eit", "et", "vår", "vårt", "nye", "nya",
})


# Prefixes of a vessel's name: MS «Richard With», MF «Fjordbris», KV «Harstad».
VESSEL_PREFIXES = frozenset({
    "ms", "m/s", "mf", "m/f", "mv", "m/v", "ds", "d/s", "rv", "kv", "fv", "hms", "ss", "knm", "kng", "hnoms",
    "f/f", "ff", "fff", "m/k", "r/v",
})


def named_by_head(context: DocContext, start: int) -> bool:
    """The run at ``start`` follows a noun or prefix that says it names a room, a vessel or a
    system (``møterom Amalie Skram``, ``MS Richard With``), or ``oppkalt etter``."""
    first = context.words[start]
    if first.isupper() and first.lower() in VESSEL_PREFIXES and start + 1 < context.size:
        return True  # the prefix inside the run: "MS Richard With"
    if start == 0:
        return False
    before = context.lower[start - 1]
    if before in THING_HEADS or (before in VESSEL_PREFIXES and context.words[start - 1].isupper()):
        return True
    if before in ROYAL_TITLES and start >= 2 and context.words[start - 2].lower() in VESSEL_PREFIXES:
        return True  # "MS Kong Harald" (the king himself is a person, as NorNE has him)
    if before == "til" and start >= 2 and context.lower[start - 2] in FOUNDATION_NOUNS:
        return True  # "Legatet til Anders Sandvig": a foundation named after someone
    position = start - 1  # back over a list of makers: "malerier av Harriet Backer og Nikolai Astrup"
    while position > 0 and start - position < 8 and (
        context.lower[position] in ("og", ",", "eller") or context.words[position][:1].isupper()
    ):
        position -= 1
    if context.lower[position] == "av" and position >= 1 and context.lower[position - 1] in WORK_NOUNS:
        return True  # "28 000 verk av Edvard Munch": the maker of works, a public figure
    if before != "etter":
        return False
    cue = start - 2
    while cue > 0 and context.space[cue]:
        cue -= 1  # ("oppkalla\netter ...": a wrapped line)
    return cue >= 0 and context.lower[cue] in NAMESAKE_CUES


_BEFORE_FLOOR = frozenset({"(", "i", "på", "on", "the"})
_FLOOR_WORDS = frozenset({"etasje", "etasjen", "etg", "etg.", "etasje.", "floor", "plan", "høgda", "høyde"})


def followed_by_floor(context: DocContext, end: int) -> bool:
    """``møterom Aasta Hansteen i 2. etasje``, ``Amalie Skram (3. etg.)``: a name followed by a
    floor is a room."""
    position = end
    while position < context.size and position - end < 3 and context.lower[position] in _BEFORE_FLOOR:
        position += 1
    if position + 1 < context.size and context.words[position][:1].isdigit():
        position += 1
        if context.words[position] == ".":
            position += 1
        return position < context.size and context.lower[position] in _FLOOR_WORDS
    return False


_ROOM_NOUNS = frozenset({"møterom", "møterommet", "møteromma", "møterommene", "rom", "rommet", "auditorium", "sal"})


def moved_from(context: DocContext, start: int) -> list[int]:
    """``flyttet fra nansen til amalie skram``: the tokens of the place moved from, when the
    run at ``start`` is where something is moved to (a verb of moving before ``fra``)."""
    if start < 3 or context.lower[start - 1] != "til":
        return []
    for position in range(start - 2, max(0, start - 6), -1):
        if context.lower[position] in ("fra", "frå"):
            moving = any(word.startswith(("flytt", "bytt")) for word in context.lower[max(0, position - 4):position])
            return list(range(position + 1, start - 1)) if moving else []
    return []


def room_before(context: DocContext, start: int, reach: int = 8) -> bool:
    """A room noun shortly before ``start`` in its sentence (``fra møterommet X til Y``), or a
    move from one place to this one (``flyttet fra nansen til amalie skram i 4. etg``)."""
    if moved_from(context, start):
        return True
    for position in range(start - 1, max(-1, start - 1 - reach), -1):
        if context.lower[position] in _ROOM_NOUNS:
            return True
        if context.starts_sentence_unless_ordinal(position):  # ("i 4. etasje": no sentence end)
            return False
    return False


def named_by_apposition(context: DocContext, closing: int, quoted: bool = True) -> bool:
    """``«Olga», den nye chatboten``, ``Ada (chatboten ...)``: a thing noun in apposition after a
    name says what it is. ``closing`` is the closing quote, or the name's last token when it is
    not quoted; then a comma, a bracket or a dash must open the apposition (``Espen Dales
    dagbok`` is his diary)."""
    position = closing + 1
    if not quoted and (position >= context.size or context.words[position] not in (",", "(", "–")):
        return False
    while position < context.size and position - closing <= 5:
        word = context.lower[position]
        if is_thing_noun(word.rsplit("-", 1)[-1]) and word.replace("-", "").isalpha():  # "HR-boten"
            return True
        if word not in _APPOSITION_WORDS and not (word.isalpha() and word.endswith("e")):
            return False  # (definite adjectives may stand between: "den interne HR-boten")
        position += 1
    return False


_OPENING_QUOTES = frozenset({"«", "“", '"'})
_CLOSING_QUOTES = frozenset({"»", "”", '"'})
QUOTE_MARKS = _OPENING_QUOTES | _CLOSING_QUOTES


def quoted_title_tokens(context: DocContext) -> set[int]:
    """Tokens of short «quoted» stretches that name things (see module doc)."""
    stretches: list[tuple[int, int]] = []
    opening = None
    for index, word in enumerate(context.words):
        if word in _OPENING_QUOTES and (opening is None or word not in _CLOSING_QUOTES):
            opening = index  # («, “, or a straight quote that opens)
        elif word in _CLOSING_QUOTES and opening is not None:
            if 0 < index - opening - 1 <= MAX_QUOTED_TOKENS:
                stretches.append((opening, index))
            opening = None
        elif "\n" in word:
            opening = None
    inside: set[int] = set()
    for number, (opening, closing) in enumerate(stretches):
        listed = any(
            abs(other[0] - closing) <= 3 or abs(opening - other[1]) <= 3
            for other in stretches[:number] + stretches[number + 1:]
        )
        before = [context.lower[i] for i in range(max(0, opening - 3), opening) if not context.space[i]]
        # ("F/F «Johan Hjort»": a prefix the tokenizer may split at its slash)
        thing = any(is_thing_noun(word) or word in VESSEL_PREFIXES for word in before) or (
            "".join(before[-3:]) in VESSEL_PREFIXES
        )
        if named_by_apposition(context, closing):
            context.named_things.update(context.lower[i] for i in range(opening + 1, closing))
            thing = True
        if listed or thing:
            inside.update(range(opening + 1, closing))
    # one sense per text: the same quoted words name the same thing wherever they stand
    things = {tuple(context.words[opening + 1:closing]) for opening, closing in stretches if opening + 1 in inside}
    for opening, closing in stretches:
        if tuple(context.words[opening + 1:closing]) in things:
            inside.update(range(opening + 1, closing))
    # and a text that quotes the names of things quotes names of things: every capitalised
    # quoted stretch is one ("fartøyet «Johan Hjort» og vikariat på «Dr. Fridtjof Nansen»")
    if things:
        for opening, closing in stretches:
            if context.words[opening + 1][:1].isupper():
                inside.update(range(opening + 1, closing))
    return inside
