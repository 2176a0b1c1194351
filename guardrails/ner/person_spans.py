"""Find person names in a tokenised Norwegian text, starting from the NER's PER spans.

Steps, each adding spans (token ranges) with a score:

1. the NER's PER spans, minus lone ordinary words (``Stillingen``) and headings;
2. list names: a capitalised known first name / surname (with possessive ``-s``), extended
   over following capitalised words; in lower case a Norwegian first name (``til marte``)
   or a first name + surname pair;
3. context cues: a name right after ``Hei``, ``Kjære``, ``kontaktperson``, a job title, a
   role noun (``representanten``), an age (``18 år gamle``) ...; a name right before a
   verb whose subject is a person (``Fardal mener``) or an age (``Perisat (24)``); an
   unknown word first in its sentence before a finite verb; first names joined to a name;
4. names in e-mail addresses (the local part ``kari.nordmann``);
5. propagation: every other occurrence of a found name or of one of its parts
   (also with a possessive ``-s``), before or after the first one.

Tokens inside an ORG or LOC span of the NER are not turned into a person by 2; a lone
title-case ORG/LOC word (``meiner Hersoug``) may be by 3 and 5, a multi-word one or an
acronym never. Places, sentence starts and the NER's labels per token live in
``doc_context.DocContext``; cue words and word shapes in ``cue_words``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.nb.stop_words import STOP_WORDS
from spacy.tokens import Doc

from guardrails.ner.cue_words import (
    COMMON_NOUN_ENDINGS,
    DEFINITE_OR_PLURAL_ENDINGS,
    FINITE_VERBS,
    NAMING_VERBS,
    AFTER_PERSON_IN_CHAT,
    PERSON_DOCUMENTS,
    PERSON_PREPOSITIONS,
    SKIPPABLE_AFTER_CUE,
    is_role_noun,
    is_title_compound,
)
from guardrails.ner.doc_context import DocContext, role_in_brackets_at
from guardrails.employer import is_functional_mailbox
from guardrails.ner.lexicon import GIVEN_NAME, PERSON_NAME, PLACE, SURNAME
from guardrails.ner.names import NameResources, strip_possessive
from guardrails.ner.structure import (
    is_camel_case,
    is_company,
    is_field_label,
    is_named_institution,
    is_street_after,
    is_verb_before_pronoun,
    listed_with_technical,
    quoted_title_tokens,
)

MAX_NAME_TOKENS = 4
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
    # A lower-case first name that is also an ordinary word, in a person's slot: the
    # policy's "ask" band (the user is asked whether it is a name).
    uncertain: float = 0.5


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
        context = DocContext(doc, entities, self._names, doc.text if text is None else text)
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
        self._add_possessives_before_documents(context, found)
        self._drop_structure_words(context, found)
        email_spans = self._email_spans(context.text, found, context)
        self._propagate(context, found, email_spans)
        self._drop_structure_words(context, found)
        self._add_uncertain_first_names(context, found)
        return _to_char_spans(doc, found) + email_spans

    def _add_possessives_before_documents(self, context: "DocContext", found: dict) -> None:
        """``Al-Nouris søknad``, ``Strands CV``: a capitalised possessive right before one of
        a person's documents is that person, also first in its sentence and also when the
        base is an ordinary word (``Strand``) or unknown (``Al-Nouri``)."""
        for index in range(context.size - 1):
            word = context.words[index]
            if index in found or not word[:1].isupper() or not word.endswith(("s", "'", "’")) or len(word) < 4:
                continue
            following = context.lower[index + 1]
            if following not in PERSON_DOCUMENTS or context.firm_other_entity(index):
                continue
            base = strip_possessive(word)
            if not base.replace("-", "").isalpha() or base.isupper() or self._names.is_organisation_name(base):
                continue
            if self._names.lexicon.is_common(word.lower()) and not self._is_known(base):
                continue  # "Samfunns søknad" is no possessive of a name
            _mark(found, [index], self._scores.cue, "cue")

    def _add_uncertain_first_names(self, context: "DocContext", found: dict) -> None:
        """``liv har trekt søknaden``, ``send utkastet til dag før lunsj``: a lower-case
        Norwegian first name that is also an ordinary word, first in its sentence before a
        finite verb, or after a preposition at the end of its phrase. Often an ordinary word
        all the same, so scored in the ask band: the user is asked."""
        words, lower = context.words, context.lower
        for index in range(context.size):
            word = words[index]
            if index in found or not word.islower() or not word.isalpha():
                continue
            classes = self._names.lexicon.classes(word.capitalize())
            given = word in self._names.norwegian_first_names_lower or bool(classes & GIVEN_NAME)
            if not given and (not classes & SURNAME or word in STOP_WORDS):
                continue  # "eller er det ulovlig": a function word, whatever Apertium's surnames say
            if context.other_entity(index) or word in context.uncased_places or index in context.uncased_place_tokens:
                continue
            following = lower[index + 1] if index + 1 < context.size else "."
            previous = lower[index - 1] if index > 0 else ""
            subject = context.starts_sentence(index) and (
                following in FINITE_VERBS or following in self._names.subject_verbs
                or (not context.is_cased and _past_tense_shaped(following))
            )
            after_preposition = given and previous in PERSON_PREPOSITIONS and (
                following in AFTER_PERSON_IN_CHAT or index + 1 >= context.size
            )
            if subject or (after_preposition and not context.starts_sentence(index)):
                _mark(found, [index], self._scores.uncertain, "uncertain")

    def _drop_structure_words(self, context: "DocContext", found: dict) -> None:
        """Field labels, quoted titles, verb-first questions, streets and institutions named
        after a person, and camel-case products are no names (``structure``)."""
        quoted = quoted_title_tokens(context) if "«" in context.text else set()
        for run in _runs(found):
            words = [context.words[i] for i in run]
            after = run[-1] + 1
            while after < context.size and context.words[after] == ".":
                after += 1
            following = context.words[after] if after < context.size else ""
            institution = is_named_institution(words[-1], self._names.lexicon.is_common) or (
                after > run[-1] + 1 and is_named_institution(following, self._names.lexicon.is_common)
            )
            unknown = not any(self._is_known(word) for word in words)
            thing = is_company(context, run[0], run[-1] + 1) or (
                unknown and context.is_cased and listed_with_technical(context, run[0], run[-1] + 1, self._names.not_names)
            )
            if is_street_after(context, run[-1] + 1) or institution or thing or (
                len(run) == 1 and is_camel_case(words[0]) and not self._is_known(words[0])
            ):
                for index in run:
                    del found[index]
        for index in list(found):
            word = context.words[index]
            if any(char.isdigit() for char in word) or ("." in word.strip(".") and not _is_initials(word)):
                del found[index]  # "E39", "ref.nr", "el.l": no part of a name
                continue
            single = index - 1 not in found and index + 1 not in found
            if index in quoted:
                del found[index]
            elif single and is_field_label(context, index) and not self._is_known(word):
                del found[index]
            elif single and is_verb_before_pronoun(context, index) and (
                not self._is_known(word) or self._names.lexicon.is_common(word.lower())
            ):
                del found[index]

    # -- step 1 ---------------------------------------------------------------------
    def _keep_ner_span(self, context: "DocContext", start: int, end: int) -> bool:
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
            if not known and context.is_cased and self._names.lexicon.is_common(word.lower()):
                # An ordinary word no name list knows, alone: "6264 Lektor", "Hovedavtalen",
                # "divisjon Nord" (on NorNE dev this drops two names: Borat, Genets). After a
                # cue it is still found by the cue rules ("kontaktperson Fjell").
                return False
        return True

    def _not_a_person_word(self, context: "DocContext", word: str) -> bool:
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

    def _trim_ner_span(self, context: "DocContext", start: int, end: int) -> tuple[int, int]:
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

    def _organisation_follows(self, context: "DocContext", end: int) -> bool:
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

    def _name_continuation(self, context: "DocContext", start: int) -> int:
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

    def _add_list_names(self, context: "DocContext", found: dict) -> None:
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
            elif word.islower() and context.is_cased and word.capitalize() in names.very_common_first_names and (
                word not in names.common_words and self._lower_surname_follows(context, index)  # not "per time"
            ):
                _mark(found, [index, index + 1], self._scores.list_full_name, "list")  # kari nordmann
                index += 2
                continue
            index += 1

    def _lower_case_name(self, context: "DocContext", word: str) -> bool:
        """A name typed in lower case. In text typed without capitals any known name that is
        no ordinary word; in a cased text (``send en e-post til marte``) only a Norwegian
        first name that Apertium has as a given name and not as an ordinary word: edited text
        has about one such word in 10,000 lower-case words (NorNE train: ``dans``, ``odds``),
        and people type names in lower case in chat. A first name that is an ordinary word
        too (``kari``, ``tor``: nynorsk ``eg tor``) counts only with a surname after it."""
        base = strip_possessive(word)
        if not self._names.is_name_lower(base) or (base != word and self._names.is_ordinary_word(word)):
            return False  # "dans" is no "Dan's"
        if not context.is_cased:
            return True
        capitalised, lexicon = base.capitalize(), self._names.lexicon
        return (
            capitalised in self._names.norwegian_first_names and bool(lexicon.classes(capitalised) & GIVEN_NAME)
            and not lexicon.is_common(base)
        )

    def _lower_surname_follows(self, context: "DocContext", index: int) -> bool:
        """``kari nordmann``, and in text typed without capitals ``ingrid okonkwo``: a lower-case
        first name followed by a listed surname or a word the lexicon does not know."""
        names, following = self._names, context.words[index + 1] if index + 1 < context.size else ""
        if not following.islower() or context.words[index].capitalize() not in names.first_names:
            return False
        base = strip_possessive(following).capitalize()
        surname = (base in names.surnames or names.lexicon.classes(base) & SURNAME) and base.lower() not in names.not_names
        return bool(surname) or (not context.is_cased and self._rare_lower_word(following))

    def _extend_lower_first_names(self, context: "DocContext", found: dict) -> None:
        """A lower-case first name found alone (by the NER) takes the surname after it along."""
        for index in sorted(found):
            if index + 1 not in found and context.words[index].islower() and self._lower_surname_follows(context, index):
                _mark(found, [index + 1], found[index][0], found[index][1])

    # -- step 3 ---------------------------------------------------------------------
    def _add_cued_names(self, context: "DocContext", found: dict) -> None:
        words, names = context.words, self._names
        for index, lowered in enumerate(context.lower):
            if lowered not in names.context_cues and not is_title_compound(lowered) and not is_role_noun(lowered) and (
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

    def _add_subject_names(self, context: "DocContext", found: dict) -> None:
        """A name right before a verb whose subject is a person (``Fardal mener``,
        ``- Epiktet skriv:``; ``sa Hansen`` is step 3's) or an age (``Gulsum (28)``). One to three capitalised words that
        are no ordinary word, place or organisation; in text typed without capitals one rare
        word or known name."""
        words, names = context.words, self._names
        for index in range(1, context.size):
            if index - 1 in found:
                continue
            if not (context.lower[index] in names.subject_verbs or self._age_at(context, index)
                    or self._role_in_brackets(context, index)):
                if self._unknown_sentence_subject(context, index):
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
                elif context.is_cased or index - start or not (
                    self._rare_lower_word(word, places_too=True) or self._first_name_opening(context, start - 1, index)
                ):
                    break
                start -= 1
                if context.starts_sentence(start):
                    break
            if start < index:
                _mark(found, range(start, index), self._scores.cue, "cue")

    def _unknown_sentence_subject(self, context: "DocContext", verb: int) -> bool:
        """``robolis har rett nok ...``, ``Karita har ikke støtte``: a word no dictionary knows,
        first in its sentence, before a finite verb at ``verb``."""
        if context.lower[verb] not in FINITE_VERBS or not context.starts_sentence(verb - 1):
            return False
        subject = context.words[verb - 1]
        if context.is_cased and not (subject[:1].isupper() and subject[1:].islower()):
            return False
        lowered = subject.lower()
        return len(subject) >= 4 and not lowered.endswith(("isme", "ismen", "isma", "vis")) and (
            subject not in context.uncased_places and not context.other_entity(verb - 1)
            and self._rare_lower_word(lowered) and not self._names.is_name_lower(lowered)
            # a capitalised sentence start is mostly a noun ("Referansesjekk er ..."); in
            # uncased text only definite compounds are ruled out (not "stueland har")
            and not self._ends_in_ordinary_word(lowered, bare_heads=context.is_cased)
        )

    def _first_name_opening(self, context: "DocContext", at: int, verb: int) -> bool:
        """``dag mente ...``, ``sol håper ...``: in uncased text a Norwegian first name that is
        an ordinary word too, first in its sentence, before a verb whose subject is a person
        (not ``en dag mente han``)."""
        return (
            context.starts_sentence(at) and context.lower[verb] in self._names.subject_verbs
            and context.words[at] in self._names.norwegian_first_names_lower
        )

    def _add_coordinated_first_names(self, context: "DocContext", found: dict) -> None:
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

    def _role_in_brackets(self, context: "DocContext", index: int) -> bool:
        """A role in brackets after a name, as in minutes: ``Risten Turi (styreleiar)``,
        ``liv hovda (hr)``."""
        return role_in_brackets_at(context.words, context.lower, index, self._names)

    @staticmethod
    def _age_before(context: "DocContext", index: int) -> bool:
        """``18 år gamle Trygve``, ``34 år gamal kari``: an age right before a name."""
        return (
            context.lower[index] in ("gamle", "gamal", "gammal", "gammel", "gamla") and index >= 2
            and context.lower[index - 1] == "år" and context.words[index - 2].isdigit()
        )

    @staticmethod
    def _age_at(context: "DocContext", index: int) -> bool:
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

    def _plausible_lower_name(self, context: "DocContext", word: str) -> bool:
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
    def _email_spans(self, text: str, found: dict, context: "DocContext") -> list[PersonSpan]:
        found_words = {context.lower[i] for i in found}
        spans = []
        for match in EMAIL.finditer(text):
            local = match.group(1)
            parts = [p for p in EMAIL_PART_SPLIT.split(local) if p]
            alpha = [p.lower() for p in parts if p.isalpha() and len(p) >= 2]
            if not alpha:
                continue
            if is_functional_mailbox(local, self._names):
                continue  # "postmottak@", "sp.gruppesekretariat@": the organisation's mailbox
            known = any(self._names.is_name_lower(p) or p in found_words for p in alpha)
            unknown_but_plain = len(alpha) >= 2 and not any(self._names.is_ordinary_word(p) for p in alpha)
            if known or unknown_but_plain:
                spans.append(PersonSpan(match.start(1), match.end(1), self._scores.email, "email"))
        return spans

    # -- step 5 ---------------------------------------------------------------------
    @staticmethod
    def _possessive_of_form(context: "DocContext", index: int, forms: set[str]) -> bool:
        """``Kanagaratnams risikovurdering`` read as one ORG: the possessive of a found name
        before an ordinary lower-case word is that person's."""
        word = context.words[index]
        following = context.words[index + 1] if index + 1 < context.size else ""
        return word.endswith("s") and strip_possessive(word) in forms and following.islower()

    def _surname_of_full_name(self, context: "DocContext", found: dict, index: int) -> bool:
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
        return self._names.lexicon.is_only_person_name(strip_possessive(word))

    def _propagate(self, context: "DocContext", found: dict, email_spans: list[PersonSpan]) -> None:
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
            if index in found:
                continue
            if context.firm_other_entity(index) and not self._possessive_of_form(context, index, forms):
                continue
            if context.other_entity(index) and context.mostly_other(word) and strip_possessive(word) not in cued:
                continue
            # a lower-case possessive (``eikelands``) only in uncased text and when no ordinary word
            lower_possessive = not context.is_cased and not (
                names.is_ordinary_word(word) or names.lexicon.is_common(word)
            )
            if word in forms or (strip_possessive(word) in forms and (not word.islower() or lower_possessive)):
                if word.islower() and word in names.common_words and word not in ordinary_names:
                    continue
                _mark(found, [index], self._scores.propagated, "propagated")


_NOT_PAST_TENSE = frozenset({"beste", "siste", "første", "andre", "tredje", "gode", "rette", "brede", "hele", "alle", "bare", "kjente"})


def _is_initials(word: str) -> bool:
    """``K.``, ``G.O.``, ``H.C.``: initials keep their dots."""
    return all(len(part) == 1 and part.isupper() for part in word.strip(".").split("."))


def _past_tense_shaped(word: str) -> bool:
    """``ringte``, ``sende``, ``fortalde``, ``meldte``: a weak verb's past tense (chat, uncased)."""
    return len(word) >= 4 and word.isalpha() and word.endswith(("te", "de")) and word not in _NOT_PAST_TENSE


def _runs(found: dict) -> list[list[int]]:
    """Consecutive token indices of ``found``, as runs."""
    runs: list[list[int]] = []
    for index in sorted(found):
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


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
