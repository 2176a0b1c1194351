"""Token-level views of one text for the person rules: which tokens the NER put in PER or in
ORG/LOC spans, sentence starts, and the words this text uses as places."""

from __future__ import annotations

from collections import Counter
from functools import cached_property

from spacy.tokens import Doc

from guardrails.ner.cue_words import ROLE_ENDINGS, hyphen_named_things, is_english, is_role_noun, is_title_compound
from guardrails.ner.lexicon import GIVEN_NAME, PLACE, PLACE_OR_ORGANISATION, SURNAME
from guardrails.ner.names import NameResources, strip_possessive
from guardrails.token_table import token_table

PERSON_LABELS = frozenset({"PER", "PERSON"})
OTHER_LABELS = frozenset({"ORG", "LOC", "GPE_LOC", "GPE_ORG", "ORGANIZATION", "LOCATION"})
ENUMERATION_GLUE = frozenset({",", "og", "eller", "samt"})
# Before a place name rather than a person: "på Vega", "i Molde", "frå Ørsta".
PLACE_PREPOSITIONS = frozenset({"i", "på", "ved", "fra", "frå", "utenfor", "utanfor", "nær", "rundt", "mot", "mellom"})
LOCATIVE_PREPOSITIONS = frozenset({"i", "på", "fra", "frå"})
# Before an enumeration of places ("til Alta og Tana", "mellom Gjøvik og Hamar").
ENUMERATION_PREPOSITIONS = frozenset({"i", "på", "til", "fra", "frå", "mellom", "ved"})
# Nouns that name the place that follows them: "kommunesenteret Lena", "region Vest".
PLACE_NOUNS = frozenset({
    "kommunesenteret", "kommunesenter", "tettstedet", "tettstaden", "byen", "bygda", "grenda",
    "bydelen", "bydel", "region", "regionen", "distrikt", "distriktet", "fylket", "øya", "øyen",
    "arbeidssted", "arbeidsstad", "arbeidsstedet", "arbeidsstaden", "kontorsted", "kontorstad",
    "tjenestested", "tenestestad", "campus",
    # Nav offices are named by their place since the 2020 spelling: "Nav Grünerløkka", "Nav Sunnfjord"
    "nav",
})
# After "i"/"på" these make a time or a determiner phrase, not a place ("i dag", "i vår",
# "på mandag", "på vår avdeling").
NOT_PLACES_AFTER_PREPOSITION = frozenset({
    "dag", "går", "morgen", "kveld", "natt", "år", "fjor", "stad", "helga", "helgen", "helgene", "uka", "veka",
    "vår", "sommer", "sommar", "haust", "høst", "vinter", "ettermiddag", "formiddag", "mandag", "måndag", "tirsdag",
    "tysdag", "onsdag", "torsdag", "fredag", "lørdag", "laurdag", "søndag", "sundag", "min", "mi", "mitt", "din",
    "di", "ditt", "sin", "si", "sitt", "hans", "hennes", "hennar", "deres", "dykkar", "vårt", "våre",
})
MUNICIPALITY_WORDS = frozenset({
    "kommune", "kommunes", "herad", "fylkeskommune", "bydel", "fylke",
    "gielda", "suohkan", "tjïelte", "tjielte",  # Sami: "Deanu gielda", "Snåasen tjïelte"
})


_DIRECTION_PREFIXES = frozenset({"Østre", "Vestre", "Nordre", "Søndre", "Indre", "Ytre", "Øvre", "Nedre", "Midtre"})
# One-word streets: "Trondheimsveien 132", "Storgata 9" (and "Kirkevn", abbreviated).
STREET_ENDINGS = ("veien", "vegen", "gata", "gaten", "gate", "vei", "veg", "vn", "plass", "allé", "torget", "bakken")


def is_street_address(words: list[str], index: int) -> bool:
    """``Trondheimsveien 132``: a one-word street and a house number start at ``index``."""
    word = words[index]
    return (
        word[:1].isupper() and word.lower().endswith(STREET_ENDINGS) and index + 1 < len(words)
        and words[index + 1][:1].isdigit()
    )


def _is_postcode(word: str) -> bool:
    """Four digits that are no year of the last two centuries (``8980``, ``0150``; not ``2014``)."""
    return len(word) == 4 and word.isdigit() and not 1900 <= int(word) <= 2099


# A saint's name names an institution or a place: "St. Olavs hospital", "Sankt Hanshaugen".
SAINT_WORDS = frozenset({"st.", "st", "sankt", "skt.", "skt"})


class DocContext:
    """Token-level views of a doc: which tokens the NER put in PER or in ORG/LOC spans.

    A lone known Norwegian first name that the NER called ORG or LOC (``Espen``) is not kept as
    ORG/LOC: missing a name costs more than a false alarm. ``is_cased`` is False for text
    typed without capitals, where lower-case names are to be expected.
    """

    def __init__(self, doc: Doc, entities: list[tuple[int, int, str]], names: NameResources, text: str) -> None:
        self.doc = doc
        self.person_token_spans: list[tuple[int, int]] = []
        # Words the structure rules found naming a thing somewhere in the text (a product in a
        # list, a company): one sense per text, so they name no person elsewhere in it either.
        self.thing_words: set[str] = set()
        self._other: set[int] = set()
        self._firm_other: set[int] = set()  # in a multi-word ORG/LOC, or an acronym
        tokens = token_table(doc)
        self.words, self.lower, self.space, self.punct = tokens.words, tokens.lower, tokens.space, tokens.punct
        self.idx = tokens.idx  # character offset of each token
        # Words a noun says are a thing («Olga», den nye chatboten; "Alva-modulen", read once
        # here): not a person anywhere in the text even when they are a Norwegian first name.
        self.named_things: set[str] = hyphen_named_things(self.words)
        for start_char, end_char, label in entities:
            span = doc.char_span(start_char, end_char, alignment_mode="expand")
            if span is None:
                continue
            if label in PERSON_LABELS:
                # a name never runs over a line break ("Arbeidsstad: Ørsta\nTilsetjing: ...")
                piece_start = span.start
                for position in range(span.start, span.end + 1):
                    if position == span.end or "\n" in self.words[position]:
                        if position > piece_start:
                            self.person_token_spans.append((piece_start, position))
                        piece_start = position + 1
            elif label in OTHER_LABELS and first_name_and_surname(names, [t.text for t in span]):
                self.person_token_spans.append((span.start, span.end))  # "Signy Fardal" read as ORG
            elif label in OTHER_LABELS:
                cue = span[0].lower_
                after_cue = len(span) > 1 and (cue in names.context_cues or is_title_compound(cue) or is_role_noun(cue))
                if after_cue:
                    span = span[1:]  # "nato-talsmann james appathurai" read as ORG: the cue decides
                lone_first_name = len(span) == 1 and strip_possessive(span.text) in names.norwegian_first_names
                if not lone_first_name:
                    self._other.update(range(span.start, span.end))
                # "Risten Turi (styreleiar)"
                role_follows = role_in_brackets_at(self.words, self.lower, span.end, names)
                if not after_cue and not role_follows and (len(span) > 1 or span.text.isupper()):
                    self._firm_other.update(range(span.start, span.end))
        self.text = text
        in_person = (i for a, b in self.person_token_spans for i in range(a, b))
        self._person_votes = Counter(strip_possessive(self.words[i]) for i in in_person)
        self._other_votes = Counter(strip_possessive(self.words[i]) for i in self._other)
        self.size = len(self.words)
        self.is_cased = tokens.is_cased
        self._sentence_starts = tokens.sentence_starts
        self._names = names

    @cached_property
    def places(self) -> frozenset[str]:
        """Lexicon places (never names) this text uses as places at least once: after a place
        preposition (``på Vega``, ``frå Nannestad``), an acronym (``NAV Bergenhus``) or a place
        noun (``kommunesenteret Lena``), or in an enumeration of places; and saints' names
        (``St. Olavs hospital``). Built on first use."""
        names = self._names
        places = self._enumerated_places(names)
        for index in range(1, self.size):
            word = self.words[index]
            if not word[:1].isupper():
                continue
            before = self.words[index - 1]
            base = word if names.lexicon.classes(word) else strip_possessive(word)  # Sandnes, Hamars
            saint = self.lower[index - 1] in SAINT_WORDS or (
                before == "." and index > 1 and self.lower[index - 2] in SAINT_WORDS
            )
            if saint:
                places.add(word)  # St. Olavs hospital, Sankt Hanshaugen
            elif self.lower[index - 1] in PLACE_NOUNS:
                places.add(base)  # kommunesenteret Lena, region Vest
            elif before == ":" and index > 1 and self.lower[index - 2] in PLACE_NOUNS and names.is_place_word(base):
                places.add(base)  # "Arbeidssted: Lena, Østre Toten kommune"
            elif self.lower[index - 1] in ("i", "på") and names.is_place_word(base):
                places.add(base)  # i Sande, på Lena: a place even where it is a name too
            elif self.lower[index - 1] in PLACE_PREPOSITIONS or (
                len(before) > 1 and before.isupper() and before.isalpha()
            ):
                if names.lexicon.is_place_or_organisation(base):
                    places.add(base)
            if self._names_a_place_here(index):
                places.add(base)  # "Sunnfjord kommune", "8980 Vega", "Gladstad, 8980 Vega"
        return frozenset(places)

    def _names_a_place_here(self, index: int) -> bool:
        """The text uses the word at ``index`` as a place: before ``kommune``/``herad``, after a
        postcode, before a comma and a postcode (an address line), or before its municipality
        in brackets; one sense per text."""
        following = self.lower[index + 1] if index + 1 < self.size else ""
        if following in MUNICIPALITY_WORDS:
            return True
        if index >= 2 and self.lower[index - 1] == "er" and any(
            self.lower[i] in PLACE_NOUNS for i in range(max(0, index - 6), index - 1)
        ) and self._names.is_place_word(self.words[index]):
            return True  # "Kontorstad for leiaren er Dale": what a place noun is, is a place
        if _is_postcode(self.words[index - 1]) or (
            index > 1 and self.space[index - 1] and _is_postcode(self.words[index - 2])
        ):
            return True
        if following == "i" and index + 2 < self.size and self._names.is_place_word(self.words[index]):
            within = index + 3 if self.words[index + 2] in _DIRECTION_PREFIXES else index + 2
            if within < self.size and self._names.is_place_word(self.words[within]):
                return True  # "Lena i Østre Toten": a place within a place
        if following == "," and index + 3 < self.size and is_street_address(self.words, index + 2):
            return True  # "Vi holder til på Lovisenberg, Trondheimsveien 132"
        if (
            index >= 2 and self.words[index - 1] == "(" and following == ")"
            and (self.lower[index - 2] in MUNICIPALITY_WORDS or self._names.is_place_word(self.words[index - 2]))
        ):
            return True  # "Østre Toten kommune (Lena)", "Askøy (Ask)": the place in its municipality
        if following == "(" and self._names.is_place_word(self.words[index]):
            # "Rena (Åmot)": a place of the lexicon, and its municipality in brackets ("Kari
            # (Oslo)" stays a person: Kari is no place)
            return index + 2 < self.size and self.words[index + 2][:1].isupper()
        return following == "," and index + 2 < self.size and _is_postcode(self.words[index + 2])

    @cached_property
    def is_english(self) -> bool:
        return is_english(self.words)

    @cached_property
    def uncased_places(self) -> frozenset[str]:
        """In text typed without capitals: words after ``i``/``på`` that are no known name (``i
        kasakhstan``); a cue or a verb does not make them names anywhere in the text."""
        if self.is_cased:
            return frozenset()
        names = self._names
        return frozenset(
            self.words[index] for index in range(1, self.size)
            if self.lower[index - 1] in ("i", "på")  # not "fra": said of people too
            and self.lower[index] not in NOT_PLACES_AFTER_PREPOSITION
            and not (names.is_name_lower(self.words[index]) or names.is_name_lower(strip_possessive(self.words[index])))
        )

    @cached_property
    def uncased_place_tokens(self) -> frozenset[int]:
        """In text typed without capitals: the tokens that are places here although they are
        names too: a place of the lexicon after ``i``/``på`` (``på rena``), or in an enumeration
        of places after a preposition (``til alta og tana``). Only these occurrences: ``i
        bakken`` says nothing about ``bakken`` elsewhere."""
        if self.is_cased:
            return frozenset()
        lexicon, words = self._names.lexicon, self.words
        tokens: set[int] = set()
        for index in range(1, self.size):
            if not self._names.is_place_word(words[index].capitalize()):
                continue
            before = self.lower[index - 1]
            if before in ("i", "på"):
                tokens.add(index)
            elif before in ENUMERATION_PREPOSITIONS:
                members, end = [index], index + 1
                while end + 1 < self.size and words[end] in ENUMERATION_GLUE and (
                    lexicon.classes(words[end + 1].capitalize()) & PLACE
                ):
                    members.append(end + 1)
                    end += 2
                if len(members) > 1:
                    tokens.update(members)
        return frozenset(tokens)

    @cached_property
    def after_place_prepositions(self) -> frozenset[str]:
        """Places of the lexicon (also in possessive form) that follow ``i``, ``på``, ``fra`` or
        ``frå`` somewhere in the text (``i Horten``)."""
        words: set[str] = set()
        for index in range(1, self.size):
            word = self.words[index]
            if self.lower[index - 1] in LOCATIVE_PREPOSITIONS and self._names.lexicon.classes(word) & PLACE:
                words.update((word, word + "s"))
        return frozenset(words)

    def _enumerated_places(self, names: NameResources) -> set[str]:
        """Every member of an enumeration most of whose members (two at least) are places in
        the lexicon: ``på Lena, Rena og Gjøvik``, ``til Kristiansand og Kristiansund``,
        ``Arbeidssted Gjøvik eller Lillehammer``, ``mellom Stavanger og Sandnes``."""
        lexicon = names.lexicon
        places: set[str] = set()
        members: list[str] = []
        after_preposition = False  # "mellom Stavanger og Sandnes": surnames too are places here
        locative = False  # "i Gran, Lena og Ski": a list after "i"/"på" is one of places
        for index in range(self.size + 1):
            word = self.words[index] if index < self.size else ""
            if word[:1].isupper() and word.replace("-", "").isalpha():
                previous = self.words[index - 1] if index > 0 else ""
                opener = self.starts_sentence(index - 1) and names.is_ordinary_word(previous) or (
                    previous.lower() in PLACE_NOUNS
                )
                if members and previous[:1].isupper() and not opener:
                    members = []  # two capitalised words in a row: a full name, not a list
                else:
                    if opener or not members:
                        members = []
                        after_preposition = (
                            previous.lower() in ENUMERATION_PREPOSITIONS or previous.lower() in PLACE_NOUNS
                        )
                        locative = previous.lower() in ("i", "på")
                    members.append(word if lexicon.classes(word) else strip_possessive(word))  # Sandnes, Hamars
                continue
            if word in ENUMERATION_GLUE and members:
                continue
            if len(members) < 2:
                members = []
                continue
            place_count = sum(
                bool(lexicon.classes(member) & PLACE_OR_ORGANISATION) or member in names.extra_places
                for member in members
            )
            only_places = sum(lexicon.is_place_or_organisation(member) for member in members)
            listed = any(m in names.first_names or m in names.surnames for m in members)
            all_places = place_count == len(members) >= 2 and (
                (only_places and not listed) or after_preposition  # til Alta og Tana, mellom Stavanger og Sandnes
            )
            # Coordinated words share their class: after "i"/"på" most of a list being places
            # makes the rest places too ("i Gran, Lena og Ski", where Lena is a given name too).
            located = locative and len(members) >= 3 and 2 * place_count > len(members)
            if all_places or located or (only_places >= 2 and 2 * only_places > len(members)):
                places.update(members)
            members = []
        return places

    def other_entity(self, index: int) -> bool:
        return index in self._other

    def mostly_other(self, word: str) -> bool:
        """The NER called this word ORG/LOC more often than PER in this text."""
        base = strip_possessive(word)
        return self._other_votes[base] > self._person_votes[base]

    def firm_other_entity(self, index: int) -> bool:
        """ORG/LOC that a context cue or a name found elsewhere does not overrule."""
        return index in self._firm_other

    def starts_sentence(self, index: int) -> bool:
        return index in self._sentence_starts

    def starts_sentence_unless_ordinal(self, index: int) -> bool:
        """A sentence start that is no ordinal's dot ("til 12. juli", "i 4. etasje")."""
        ordinal = index >= 2 and self.words[index - 1] == "." and self.words[index - 2].isdigit()
        return self.starts_sentence(index) and not ordinal

    def continues_wrapped_line(self, index: int) -> bool:
        """A lower-case word first on a line that goes on from a long line ending in a word or
        a comma: a hard-wrapped sentence ("Den\nbest kvalifiserte søkjaren"), not a new one."""
        if index < 2 or not self.words[index].islower() or "\n" not in self.words[index - 1]:
            return False
        previous = self.words[index - 2]
        if not (previous[-1:].isalpha() or previous == ","):
            return False
        start = self.idx[index - 1]
        return start - (self.text.rfind("\n", 0, start) + 1) >= 65


def first_name_and_surname(names: NameResources, words: list[str]) -> bool:
    """Two or three title-case words: a given name first, a surname (or a word the lexicon
    does not know) last, none of them a place, an organisation or an ordinary word in the
    lexicon (``Signy Fardal``, ``Leila Haddad``, not ``Jan Mayen`` or ``Per Capita``)."""
    if len(words) >= 2 and "-" in words[-1].strip("-"):
        # a double surname ("Isak Nordbø-Aune"): each part a surname or a word the lexicon lacks
        pieces = words[-1].split("-")
        return len(pieces) == 2 and first_name_and_surname(names, [*words[:-1], pieces[0]]) and (
            first_name_and_surname(names, [*words[:-1], pieces[1]])
        )
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
        return False
    lexicon = names.lexicon
    # a place or organisation that is no surname too (Mayen; not Fjeld, a farm name and a surname)
    # (an ordinary word too counts only when no Norwegian name list has it: Vilde, Berg are names)
    # (a word the lexicon has as a surname too counts after a Norwegian first name: Åse Brekke Vik)
    norwegian_first = words[0] in names.norwegian_first_names
    if any((lexicon.classes(w) & PLACE_OR_ORGANISATION and not lexicon.classes(w) & SURNAME)
           or (lexicon.is_common(w) and not names.is_norwegian_name(w) and w not in names.first_names
               and not (norwegian_first and w != words[0] and lexicon.classes(w) & SURNAME))
           for w in words):
        return False
    first = words[0] in names.first_names or bool(lexicon.classes(words[0]) & GIVEN_NAME)
    last = words[-1] if lexicon.classes(words[-1]) else strip_possessive(words[-1])
    # a surname: listed, in the lexicon, or a word the lexicon does not know at all (Haddad)
    surname = last in names.surnames or bool(lexicon.classes(last) & SURNAME) or not lexicon.classes(last)
    surname_words = {w for w in words[1:] if norwegian_first and lexicon.classes(w) & SURNAME}
    if any(lexicon.is_common(w) and w not in surname_words for w in words[:-1]) and last not in names.surnames:
        return False  # a given name that is an ordinary word too needs a listed surname (not Jan Mayen)
    return first and surname and not names.is_organisation_word(last)


def role_in_brackets_at(words: list[str], lower: list[str], index: int, names: NameResources) -> bool:
    """``(styreleiar)``, ``(hr)`` starts at token ``index``: a person's role, as in minutes.
    ``words``/``lower``: the doc's token table (no spaCy ``Token`` per call: this runs for every
    token of a text)."""
    if index + 2 >= len(words) or words[index] != "(" or words[index + 2] != ")":
        return False
    role = lower[index + 1]
    return role in names.context_cues or role in names.not_names or is_title_compound(role) or (
        role.endswith(ROLE_ENDINGS)
    )
