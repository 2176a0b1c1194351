"""Find person names in a tokenised Norwegian text, starting from the NER's PER spans.

Steps, each adding spans (token ranges) with a score:

1. the NER's PER spans, minus lone ordinary words (``Stillingen``) and headings;
2. list names: a capitalised known first name / surname (with possessive ``-s``), extended
   over following capitalised words; in lower case only a first name + surname pair;
3. context cues: a name right after ``Hei``, ``Kjære``, ``kontaktperson``, a job title ...;
4. names in e-mail addresses (the local part ``kari.nordmann``);
5. propagation: every other occurrence of a found name or of one of its parts
   (also with a possessive ``-s``), before or after the first one.

Tokens inside an ORG or LOC span of the NER are not turned into a person by 2; a lone
title-case ORG/LOC word (``meiner Hersoug``) may be by 3 and 5, a multi-word one or an
acronym never.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc

from guardrails.ner.lexicon import GIVEN_NAME, PERSON_NAME, PLACE, PLACE_OR_ORGANISATION, SURNAME
from guardrails.ner.names import NameResources, strip_possessive
from guardrails.token_table import token_table

PERSON_LABELS = frozenset({"PER", "PERSON"})
OTHER_LABELS = frozenset({"ORG", "LOC", "GPE_LOC", "GPE_ORG", "ORGANIZATION", "LOCATION"})
SKIPPABLE_AFTER_CUE = frozenset({":", ",", "-", "–"})
NAMING_VERBS = frozenset({"er", "var", "blir", "heter", "heiter", "het", "heitte"})
MAX_NAME_TOKENS = 4
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
})
# A saint's name names an institution or a place: "St. Olavs hospital", "Sankt Hanshaugen".
SAINT_WORDS = frozenset({"st.", "st", "sankt", "skt.", "skt"})
# Definite / plural / derivational endings of Norwegian common nouns ("Departementenes",
# "Stillingane", "Kvalifikasjonene"); a long unknown word with one of them is not a name.
COMMON_NOUN_ENDINGS = (
    "ene", "enes", "ane", "anes", "ingen", "ingene", "ingane", "inga", "heten", "heita",
    "sjonen", "sjonene", "sjonane", "skapet", "skapen", "mentet", "mentene", "ningar", "ninger",
)
EMAIL = re.compile(r"([\w.%+-]+)@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}")
EMAIL_PART_SPLIT = re.compile(r"[._-]+")


@dataclass(frozen=True)
class Scores:
    ner: float = 0.85
    propagated: float = 0.8
    cue: float = 0.75
    list_full_name: float = 0.7
    list_single: float = 0.65
    email: float = 0.7


@dataclass(frozen=True)
class PersonSpan:
    start: int  # character offsets into the text
    end: int
    score: float
    source: str


class PersonSpanFinder:
    """Turns a spaCy ``Doc`` plus its entity spans into person spans (character offsets)."""

    def __init__(self, names: NameResources, scores: Scores = Scores()) -> None:
        self._names = names
        self._scores = scores

    def find(self, doc: Doc, entities: list[tuple[int, int, str]], text: str | None = None) -> list[PersonSpan]:
        """``entities`` are ``(start_char, end_char, label)`` from the NER (PER/ORG/LOC...).

        ``text`` is the doc's text when the caller has it (saves rebuilding it).
        """
        context = _DocContext(doc, entities, self._names, doc.text if text is None else text)
        found: dict[int, tuple[float, str]] = {}  # token index -> (score, source)
        for start, end in context.person_token_spans:
            start, end = self._trim_ner_span(context, start, end)
            if start < end and self._keep_ner_span(context, start, end):
                _mark(found, range(start, end), self._scores.ner, "ner")
        self._add_list_names(context, found)
        self._extend_lower_first_names(context, found)
        self._add_cued_names(context, found)
        self._add_subject_names(context, found)
        self._add_coordinated_first_names(context, found)
        email_spans = self._email_spans(context.text, found, context)
        self._propagate(context, found, email_spans)
        return _to_char_spans(doc, found) + email_spans

    # -- step 1 ---------------------------------------------------------------------
    def _keep_ner_span(self, context: "_DocContext", start: int, end: int) -> bool:
        words = [context.words[i] for i in range(start, end) if not context.punct[i]]
        if sum(ch.isalpha() for word in words for ch in word) < 2:
            return False
        if context.is_cased and all(word.islower() for word in words):
            return False
        if self._organisation_follows(context, end):
            return False
        if any(self._names.is_organisation_word(word) and not self._is_known(word) for word in words):
            return False
        if all(self._is_cue_or_heading(word) or self._is_cue_or_heading(strip_possessive(word)) for word in words):
            return False
        if all(self._not_a_person_word(context, word) for word in words):
            return False
        if len(words) > 1 and all(self._names.is_listed_ordinary_word(w) for w in words):
            return False  # ordinary words only: "Trygg Trafikk"
        if len(words) == 1:
            word = words[0]
            known = self._names.is_name(word) or self._names.is_name(strip_possessive(word))
            if not known and len(word) >= 8 and word.lower().endswith(COMMON_NOUN_ENDINGS):
                return False
            if not known and self._names.is_ordinary_compound(word):
                return False
            ordinary = word.lower() in self._names.common_words or self._names.is_lexicon_word(word)
            if ordinary and not known and (word.islower() or context.starts_sentence(start)):
                return False
        return True

    def _not_a_person_word(self, context: "_DocContext", word: str) -> bool:
        """An organisation in the lexicon (``Microsoft``), a place in the lexicon that this text
        uses as a place (``på Vega``, ``NAV Bergenhus``), a cut compound (``Justis-`` in
        ``Justis- og beredskapsdepartementet``), an acronym, or a hyphenated compound ending
        in an ordinary word (``HR-avdelingen``)."""
        if word.endswith("-") or (len(word) > 1 and word.isupper()):
            return True
        if self._names.is_organisation_name(word):
            return True
        if word in context.places or strip_possessive(word) in context.places:
            return True
        if "-" in word:
            last = word.rsplit("-", 1)[1]
            return bool(last) and self._names.is_lexicon_word(last) and not self._is_known(last)
        return False

    def _trim_ner_span(self, context: "_DocContext", start: int, end: int) -> tuple[int, int]:
        """Drop an ordinary first word of a sentence (``Bruk Teams``), headings, cues and
        products (``Copilot``) from the edges of a NER span."""
        def removable(index: int, at_left: bool) -> bool:
            word = context.words[index]
            if self._is_known(word):
                return False
            if self._is_cue_or_heading(word) or self._is_cue_or_heading(strip_possessive(word)):
                return True
            if word.endswith("-"):
                return True
            ordinary = word.lower() in self._names.common_words or self._names.is_lexicon_word(word)
            return at_left and context.starts_sentence(index) and ordinary

        while start < end and removable(start, at_left=True):
            start += 1
        while start < end and removable(end - 1, at_left=False):
            end -= 1
        return start, end

    def _is_cue_or_heading(self, word: str) -> bool:
        lowered = word.lower()
        return lowered in self._names.not_names or lowered in self._names.context_cues

    def _organisation_follows(self, context: "_DocContext", end: int) -> bool:
        """``Vestland fylkeskommune``, ``Hansen AS``: the name is part of an organisation."""
        return end < context.size and self._names.is_organisation_word(context.lower[end])

    # -- step 2 ---------------------------------------------------------------------
    def _is_known(self, word: str) -> bool:
        """A known name, or the possessive of one unless the word is an ordinary word itself
        (``Felles`` is no ``Felle's``, ``Karis`` is ``Kari's``)."""
        if self._names.is_name(word):
            return True
        base = strip_possessive(word)
        return base != word and self._names.is_name(base) and not (
            self._names.is_ordinary_word(word) or self._names.lexicon.is_common(word)
        )

    def _name_continuation(self, context: "_DocContext", start: int) -> int:
        """End (exclusive) of the capitalised words that continue a name at ``start``."""
        end = start
        while end < context.size and end - start < MAX_NAME_TOKENS - 1:
            word = context.words[end]
            capitalised = word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()
            if not capitalised or context.other_entity(end) or context.starts_sentence(end):
                break
            if (self._names.is_ordinary_word(word) or self._names.is_organisation_word(word)) and not self._is_known(word):
                break
            end += 1
        return end

    def _add_list_names(self, context: "_DocContext", found: dict) -> None:
        words, names = context.words, self._names
        index = 0
        while index < context.size:
            word = words[index]
            if index in found or context.other_entity(index) or word.lower() in names.not_names:
                index += 1
                continue
            if word[:1].isupper() and self._is_known(word):
                end = self._name_continuation(context, index + 1)
                if self._organisation_follows(context, end):
                    index = end
                    continue
                if end > index + 1:
                    _mark(found, range(index, end), self._scores.list_full_name, "list")
                    index = end
                    continue
                ordinary = strip_possessive(word).lower() in names.common_words or word.lower() in names.common_words
                if names.is_organisation_name(word) or word in context.places or strip_possessive(word) in context.places:
                    pass  # a lone world-list name that is a place here (på Vega)
                elif context.starts_sentence(index):
                    # A lone capitalised first word is a name only when it is no ordinary
                    # word and a Norwegian-list name ("Lim inn ..." is an imperative).
                    norwegian = names.is_norwegian_name(word) or names.is_norwegian_name(strip_possessive(word))
                    if not ordinary and norwegian:
                        _mark(found, [index], self._scores.list_single, "list")
                else:
                    _mark(found, [index], self._scores.list_single, "list")
            elif word.islower() and self._lower_case_name(context, word):
                if word in context.uncased_places or index in context.uncased_place_tokens or (
                    self._organisation_follows(context, index + 1)
                ):
                    index += 1  # "på rena leir", "for lena ungdomsskole"
                    continue
                if self._lower_surname_follows(context, index):
                    _mark(found, [index, index + 1], self._scores.list_full_name, "list")
                    index += 2
                    continue
                _mark(found, [index], self._scores.list_single, "list")
            index += 1

    def _lower_case_name(self, context: "_DocContext", word: str) -> bool:
        """A name typed in lower case. In text typed without capitals any known name that is
        no ordinary word; in a cased text (``send en e-post til marte``) only a Norwegian
        first name that the lexicon does not have as an ordinary word, or a very common one
        (``kari``): edited text has about one such word in 10,000 lower-case words (NorNE
        train: ``dans``, ``odds``), and people type names in lower case in chat."""
        base = strip_possessive(word)
        if not self._names.is_name_lower(base) or (base != word and self._names.is_ordinary_word(word)):
            return False  # "dans" is no "Dan's"
        if not context.is_cased:
            return True
        capitalised = base.capitalize()
        if capitalised in self._names.very_common_first_names:
            return True  # kari, ola (Apertium also has "kari" and "ola" as ordinary words)
        return capitalised in self._names.norwegian_first_names and not self._names.lexicon.is_common(base)

    def _lower_surname_follows(self, context: "_DocContext", index: int) -> bool:
        """``kari nordmann``, and in text typed without capitals ``ingrid okonkwo``: a lower-case
        first name followed by a listed surname or a word the lexicon does not know."""
        names, following = self._names, context.words[index + 1] if index + 1 < context.size else ""
        if not following.islower() or context.words[index].capitalize() not in names.first_names:
            return False
        base = strip_possessive(following).capitalize()
        surname = (base in names.surnames or names.lexicon.classes(base) & SURNAME) and base.lower() not in names.not_names
        return bool(surname) or (not context.is_cased and self._rare_lower_word(following))

    def _extend_lower_first_names(self, context: "_DocContext", found: dict) -> None:
        """A lower-case first name found alone (by the NER) takes the surname after it along."""
        for index in sorted(found):
            if index + 1 not in found and context.words[index].islower() and self._lower_surname_follows(context, index):
                _mark(found, [index + 1], found[index][0], found[index][1])

    # -- step 3 ---------------------------------------------------------------------
    def _add_cued_names(self, context: "_DocContext", found: dict) -> None:
        words, names = context.words, self._names
        for index, lowered in enumerate(context.lower):
            if lowered not in names.context_cues and not _is_title_compound(lowered) and not _is_role_noun(lowered) and (
                not self._age_before(context, index)
            ):
                continue
            position = index + 1
            while position < context.size and (words[position] in SKIPPABLE_AFTER_CUE or context.space[position]):
                position += 1
            if position < context.size and context.lower[position] in NAMING_VERBS:
                position += 1  # "kontaktperson er Xiaoling Wu", "kandidaten heter ..."
            end = position
            while end < context.size and end - position < MAX_NAME_TOKENS and not context.firm_other_entity(end):
                word = words[end]
                if word[:1].isupper() and word.replace("-", "").isalpha():
                    if (names.is_ordinary_word(word) or names.is_organisation_word(word)) and not self._is_known(word):
                        break
                    if len(word) == 1 or self._not_a_person_word(context, word):
                        break  # kandidat B, rådgiver, HR-avdelingen
                    if not self._is_known(word) and (
                        names.is_lexicon_word(word) or names.is_ordinary_compound(word)
                    ):
                        break  # sjukepleiar – Intensivavdelinga
                elif not (word.islower() and self._plausible_lower_name(context, word)):
                    break
                end += 1
            if end > position:
                _mark(found, range(position, end), self._scores.cue, "cue")

    def _add_subject_names(self, context: "_DocContext", found: dict) -> None:
        """A name right before a verb whose subject is a person (``Fardal mener``,
        ``- Epiktet skriv:``; ``sa Hansen`` is step 3's) or an age (``Gulsum (28)``). One to three capitalised words that
        are no ordinary word, place or organisation; in text typed without capitals one rare
        word or known name."""
        words, names = context.words, self._names
        for index in range(1, context.size):
            if index - 1 in found:
                continue
            if not (context.lower[index] in names.subject_verbs or self._age_at(context, index)):
                if context.lower[index] not in FINITE_VERBS or not context.starts_sentence(index - 1):
                    continue
                # "robolis har rett nok ...", "Karita har ikke støtte": a word no dictionary knows,
                # first in its sentence, before a finite verb
                subject = words[index - 1]
                if context.is_cased and not (subject[:1].isupper() and subject[1:].islower()):
                    continue
                lowered = subject.lower()
                if len(subject) >= 4 and not lowered.endswith(("isme", "ismen", "isma", "vis")) and (
                    subject not in context.uncased_places and not context.other_entity(index - 1)
                    and self._rare_lower_word(lowered) and not self._names.is_name_lower(lowered)
                    # a capitalised sentence start is mostly a noun ("Referansesjekk er ..."); in
                    # uncased text only definite compounds are ruled out (not "stueland har")
                    and not self._ends_in_ordinary_word(lowered, bare_heads=context.is_cased)
                ):
                    _mark(found, [index - 1], self._scores.cue, "cue")
                continue
            start = index
            while start > 0 and index - start < MAX_NAME_TOKENS - 1:
                word = words[start - 1]
                if context.firm_other_entity(start - 1) or not word.replace("-", "").isalpha():
                    break
                if word[:1].isupper():
                    if not word[1:].islower() or self._not_a_person_word(context, word):
                        break
                    if not self._is_known(word) and (
                        names.is_lexicon_word(word) or names.is_ordinary_word(word) or names.is_ordinary_compound(word)
                        or names.is_place_or_organisation(word) or self._is_cue_or_heading(word)
                    ):
                        break
                elif context.is_cased or index - start or not self._rare_lower_word(word):
                    break
                start -= 1
                if context.starts_sentence(start):
                    break
            if start < index:
                _mark(found, range(start, index), self._scores.cue, "cue")

    def _add_coordinated_first_names(self, context: "_DocContext", found: dict) -> None:
        """A first name joined by ``og``/``eller`` to a name found already: ``Steinar og Berit
        Hårklau``, ``berit og steinar`` (also a first name that is an ordinary word)."""
        words, names = context.words, self._names
        for index in sorted(found):
            for step in (-2, 2):
                other = index + step
                if not 0 <= other < context.size or other in found or context.lower[index + step // 2] not in ("og", "eller"):
                    continue
                word = words[other]
                if word.islower() and context.is_cased:
                    continue
                if context.other_entity(other) or word.lower() not in names.norwegian_first_names_lower:
                    continue
                if word[:1].isupper() and context.starts_sentence(other) and names.is_ordinary_word(word):
                    continue
                _mark(found, [other], self._scores.list_single, "list")

    @staticmethod
    def _age_before(context: "_DocContext", index: int) -> bool:
        """``18 år gamle Trygve``, ``34 år gamal kari``: an age right before a name."""
        return (
            context.lower[index] in ("gamle", "gamal", "gammal", "gammel", "gamla") and index >= 2
            and context.lower[index - 1] == "år" and context.words[index - 2].isdigit()
        )

    @staticmethod
    def _age_at(context: "_DocContext", index: int) -> bool:
        """An age in brackets: ``Gulsum (28)``, ``Perisat (24)``."""
        words = context.words
        return (
            words[index] == "(" and index + 2 < context.size and words[index + 2] == ")"
            and words[index + 1].isdigit() and len(words[index + 1]) <= 2 and int(words[index + 1]) >= 15
        )

    def _ends_in_ordinary_word(self, word: str, bare_heads: bool = False) -> bool:
        """``spilltiden``, ``helikopterturer``, ``Sogndalsjenta`` (and with ``bare_heads``
        ``Referansesjekk``): a definite or plural ordinary word of four letters or more after a
        word or place of three or more (a compound the lexicon does not list)."""
        lexicon = self._names.lexicon
        common = lexicon.is_common

        def word_or_place(part: str) -> bool:  # "sogndals" in "Sogndalsjenta"
            return common(part) or bool(lexicon.classes(part.capitalize()) & PLACE)

        lowered = word.lower()
        if not bare_heads and not lowered.endswith(DEFINITE_OR_PLURAL_ENDINGS):
            return False  # farm-name surnames are compounds of bare stems: Haugland, Solheim, Stueland
        return any(
            common(lowered[split:]) and (word_or_place(lowered[:split]) or word_or_place(lowered[:split - 1]))
            for split in range(3, len(lowered) - 3)
        )

    def _rare_lower_word(self, word: str, places_too: bool = False) -> bool:
        """In text typed without capitals: a known name, or a word the lexicon does not know
        (no ordinary word, organisation, compound of ordinary words, nor a place unless
        ``places_too``: right after a cue, ``seier viken`` is a person)."""
        if "-" in word.strip("-"):  # "nav-reformen" no, "odd-bjørn" yes: every part must qualify
            parts = [part for part in word.split("-") if len(part) >= 3]  # "al-hassan": "al" is no word
            return bool(parts) and all(self._rare_lower_word(part, places_too) for part in parts)
        base = strip_possessive(word)
        if self._names.is_name_lower(base):
            return True
        names, lexicon = self._names, self._names.lexicon

        def known_thing(form: str) -> bool:
            capitalised = form.capitalize()
            if places_too:
                return lexicon.is_organisation(capitalised)
            return bool(lexicon.classes(capitalised))

        def ordinary(form: str) -> bool:  # "viken" is an ordinary word and a surname
            return lexicon.is_common(form) and not (places_too and lexicon.classes(form.capitalize()) & PERSON_NAME)

        return len(word) >= 3 and not any(
            ordinary(form) or known_thing(form) or names.is_ordinary_word(form)
            or names.is_ordinary_compound(form.capitalize()) or form in names.context_cues
            for form in {word, base}
        ) and not word.endswith(COMMON_NOUN_ENDINGS)

    def _plausible_lower_name(self, context: "_DocContext", word: str) -> bool:
        """After a cue: a known name, or (in text typed without capitals) a rare word."""
        if self._names.is_name_lower(strip_possessive(word)):
            return True
        if context.is_cased or not word.replace("-", "").isalpha():
            return False
        if word in context.uncased_places or strip_possessive(word) in context.uncased_places:
            return False
        if word in self._names.norwegian_first_names_lower:
            return True  # "hilsen per", "kontaktperson: steinar": a first name right after a cue
        return all(self._rare_lower_word(part, places_too=True) for part in word.split("-") if part)

    # -- step 4 ---------------------------------------------------------------------
    def _email_spans(self, text: str, found: dict, context: "_DocContext") -> list[PersonSpan]:
        found_words = {context.lower[i] for i in found}
        spans = []
        for match in EMAIL.finditer(text):
            local = match.group(1)
            parts = [p for p in EMAIL_PART_SPLIT.split(local) if p]
            alpha = [p.lower() for p in parts if p.isalpha() and len(p) >= 2]
            if not alpha:
                continue
            known = any(self._names.is_name_lower(p) or p in found_words for p in alpha)
            unknown_but_plain = len(alpha) >= 2 and not any(self._names.is_ordinary_word(p) for p in alpha)
            if known or unknown_but_plain:
                spans.append(PersonSpan(match.start(1), match.end(1), self._scores.email, "email"))
        return spans

    # -- step 5 ---------------------------------------------------------------------
    def _surname_of_full_name(self, context: "_DocContext", found: dict, index: int) -> bool:
        """The last word of a found full name that starts with a known first name (``Karl Ove
        Knausgård``): the same word alone elsewhere in the text is that person, even where
        the NER reads it as an organisation or a place."""
        start = index
        while start - 1 in found and context.words[start - 1][:1].isupper():
            start -= 1
        ends_here = index + 1 not in found or not context.words[index + 1][:1].isupper()
        first, word = context.words[start], context.words[index]
        if not ends_here or start == index or word in context.after_place_prepositions:
            return False  # "i Horten": the text uses the word as a place too
        return first in self._names.first_names or self._names.is_name(first)

    def _is_person_only_name(self, word: str) -> bool:
        """Known to the lexicon as a given name or surname and never as a place, an
        organisation or an ordinary word (``Fardal``): found once as a person, it stays one
        even where the NER calls it a place."""
        base = strip_possessive(word)
        classes = self._names.lexicon.classes(base)
        return bool(classes & PERSON_NAME) and not classes & PLACE_OR_ORGANISATION and not self._names.lexicon.is_common(base)

    def _propagate(self, context: "_DocContext", found: dict, email_spans: list[PersonSpan]) -> None:
        words, names = context.words, self._names
        forms: set[str] = set()
        cued: set[str] = set()  # forms found right after a cue may overrule a lone ORG/LOC
        ordinary_names: set[str] = set()  # lower-case names that are ordinary words too
        for index, (_, source) in found.items():
            word = words[index]
            if len(word) < 2 or not word.replace("-", "").isalpha() or word.lower() in names.not_names:
                continue
            if word.islower() and context.is_cased:
                continue
            if word.islower() and word in names.common_words:
                # "steinar", "tone", "bakken": in text typed without capitals a name that is
                # also an ordinary word is spread only when the NER or a cue found it as a name.
                if source not in ("ner", "cue") or not names.is_name(word.capitalize()):
                    continue
                ordinary_names.add(word)
            if word.islower() and (word in context.uncased_places or strip_possessive(word) in context.uncased_places):
                continue  # "i kasakhstan"
            firm_name = self._is_person_only_name(word) or self._surname_of_full_name(context, found, index)
            if context.mostly_other(word) and source != "cue" and not firm_name:
                continue
            forms.update((word, strip_possessive(word)))
            if source == "cue" or firm_name:
                cued.update((word, strip_possessive(word)))
        for span in email_spans:
            for part in EMAIL_PART_SPLIT.split(context.text[span.start:span.end]):
                if part.isalpha() and len(part) >= 2 and not names.is_ordinary_word(part):
                    forms.add(part.capitalize())
        for index, word in enumerate(words):
            if index in found or context.firm_other_entity(index):
                continue
            if context.other_entity(index) and context.mostly_other(word) and strip_possessive(word) not in cued:
                continue
            if word in forms or (strip_possessive(word) in forms and not word.islower()):
                if word.islower() and word in names.common_words and word not in ordinary_names:
                    continue
                _mark(found, [index], self._scores.propagated, "propagated")


class _DocContext:
    """Token-level views of a doc: which tokens the NER put in PER or in ORG/LOC spans.

    A lone known Norwegian first name that the NER called ORG or LOC (``Espen``) is not kept as
    ORG/LOC: missing a name costs more than a false alarm. ``is_cased`` is False for text
    typed without capitals, where lower-case names are to be expected.
    """

    def __init__(self, doc: Doc, entities: list[tuple[int, int, str]], names: NameResources, text: str) -> None:
        self.doc = doc
        self.person_token_spans: list[tuple[int, int]] = []
        self._other: set[int] = set()
        self._firm_other: set[int] = set()  # in a multi-word ORG/LOC, or an acronym
        for start_char, end_char, label in entities:
            span = doc.char_span(start_char, end_char, alignment_mode="expand")
            if span is None:
                continue
            if label in PERSON_LABELS:
                self.person_token_spans.append((span.start, span.end))
            elif label in OTHER_LABELS and _first_name_and_surname(names, [t.text for t in span]):
                self.person_token_spans.append((span.start, span.end))  # "Signy Fardal" read as ORG
            elif label in OTHER_LABELS:
                cue = span[0].lower_
                after_cue = len(span) > 1 and (cue in names.context_cues or _is_title_compound(cue) or _is_role_noun(cue))
                if after_cue:
                    span = span[1:]  # "nato-talsmann james appathurai" read as ORG: the cue decides
                lone_first_name = len(span) == 1 and strip_possessive(span.text) in names.norwegian_first_names
                if not lone_first_name:
                    self._other.update(range(span.start, span.end))
                if not after_cue and (len(span) > 1 or span.text.isupper()):
                    self._firm_other.update(range(span.start, span.end))
        self.text = text
        tokens = token_table(doc)
        self.words, self.lower, self.space, self.punct = tokens.words, tokens.lower, tokens.space, tokens.punct
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
            elif self.lower[index - 1] in ("i", "på") and names.lexicon.classes(base) & PLACE:
                places.add(base)  # i Sande, på Lena: a place even where it is a name too
            elif self.lower[index - 1] in PLACE_PREPOSITIONS or (len(before) > 1 and before.isupper() and before.isalpha()):
                if names.lexicon.is_place_or_organisation(base):
                    places.add(base)
        return frozenset(places)

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
            if not lexicon.classes(words[index].capitalize()) & PLACE:
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
        words = set()
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
                        after_preposition = previous.lower() in ENUMERATION_PREPOSITIONS or previous.lower() in PLACE_NOUNS
                    members.append(word if lexicon.classes(word) else strip_possessive(word))  # Sandnes, Hamars
                continue
            if word in ENUMERATION_GLUE and members:
                continue
            if len(members) < 2:
                members = []
                continue
            place_count = sum(bool(lexicon.classes(member) & PLACE_OR_ORGANISATION) for member in members)
            only_places = sum(lexicon.is_place_or_organisation(member) for member in members)
            listed = any(m in names.first_names or m in names.surnames for m in members)
            all_places = place_count == len(members) >= 2 and (
                (only_places and not listed) or after_preposition  # til Alta og Tana, mellom Stavanger og Sandnes
            )
            if all_places or (only_places >= 2 and 2 * only_places > len(members)):
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


def _first_name_and_surname(names: NameResources, words: list[str]) -> bool:
    """Two or three title-case words: a given name first, a surname (or a word the lexicon
    does not know) last, none of them a place, an organisation or an ordinary word in the
    lexicon (``Signy Fardal``, ``Leila Haddad``, not ``Jan Mayen`` or ``Per Capita``)."""
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
        return False
    lexicon = names.lexicon
    if any(lexicon.classes(w) & PLACE_OR_ORGANISATION or lexicon.is_common(w) for w in words):
        return False
    first = words[0] in names.first_names or bool(lexicon.classes(words[0]) & GIVEN_NAME)
    last = words[-1] if lexicon.classes(words[-1]) else strip_possessive(words[-1])
    # a surname: listed, in the lexicon, or a word the lexicon does not know at all (Haddad)
    surname = last in names.surnames or bool(lexicon.classes(last) & SURNAME) or not lexicon.classes(last)
    return first and surname and not names.is_organisation_word(last)


# Endings of compound job and role titles (``NATO-talsmann``, ``HR-sjef``, ``kommunalsjef``):
# a capitalised name right after one is cued like after ``seksjonssjef``.
TITLE_ENDINGS = (
    "sjef", "leder", "leiar", "direktør", "rådgiver", "rådgjevar", "konsulent", "talsmann", "talsperson",
    "talskvinne", "minister", "sekretær", "ordfører", "ordførar", "medarbeider", "medarbeidar", "koordinator",
)


def _is_title_compound(lowered: str) -> bool:
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


def _is_role_noun(lowered: str) -> bool:
    """``den unge israelaren Ofer``, ``representanten Onarheim``: a name may follow."""
    return len(lowered) > 6 and lowered.endswith(ROLE_NOUN_ENDINGS) and lowered.isalpha()


def _mark(found: dict, indices, score: float, source: str) -> None:
    for index in indices:
        if index not in found or found[index][0] < score:
            found[index] = (score, source)


def _to_char_spans(doc: Doc, found: dict) -> list[PersonSpan]:
    spans: list[PersonSpan] = []
    run: list[int] = []
    for index in sorted(found) + [None]:
        if run and (index is None or index != run[-1] + 1):
            while run and doc[run[-1]].is_punct:
                run.pop()
            if run:
                score = max(found[i][0] for i in run)
                sources = sorted({found[i][1] for i in run})
                spans.append(PersonSpan(doc[run[0]].idx, doc[run[-1]].idx + len(doc[run[-1]]), score, "+".join(sources)))
            run = []
        if index is not None:
            run.append(index)
    return spans
