"""Person rules of step 2: names the lists know, in capitals and in lower case, possessives
before a person's documents, and lower-case given names in a person's slot (the ask band)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.lang.nb.stop_words import STOP_WORDS

from guardrails.ner.chat_slots import (
    AUXILIARIES,
    ENGLISH_NOUN_ENDINGS,
    MEETING_STEMS,
    PERSON_NOUNS,
    TIME_ADVERBS,
    in_verb_slot,
    is_message,
    non_finite_shaped,
    pronoun_follows,
)
from guardrails.ner.cue_words import AFTER_PERSON_IN_CHAT, FINITE_VERBS, PERSON_PREPOSITIONS
from guardrails.ner.doc_context import DocContext
from guardrails.ner.finder_base import MAX_NAME_TOKENS, FinderBase, mark, past_tense_shaped
from guardrails.ner.lexicon import GIVEN_NAME, PLACE, SURNAME
from guardrails.ner.names import strip_possessive
from guardrails.ner.structure import MONTHS


def present_shaped(word: str) -> bool:
    """``sitter``, ``jobbar``: a present tense (with two names before it, in chat)."""
    return len(word) >= 4 and word.isalpha() and word.endswith(("er", "ar"))


def numbered(context: DocContext, index: int) -> bool:
    """``kap 13``, ``kap. 3``, ``rom 412``, ``tor 14.3``: a lower-case word right before a
    number or a date labels it (not ``ola 45 år``, an age)."""
    following = index + 1
    if following < context.size and context.words[following] == ".":
        following += 1
    if following >= context.size or not context.words[following][:1].isdigit():
        return False
    after = context.lower[following + 1] if following + 1 < context.size else ""
    return after not in ("år", "år,", "år.")


# Words that make the next one an adjective ("litt frank", "veldig ærlig").
_DEGREE_ADVERBS = frozenset({
    "litt", "veldig", "mer", "meir", "mest", "ganske", "svært", "nokså", "temmelig", "heilt", "helt", "mindre",
    "særlig", "særleg", "altfor", "så", "for",
})
_ADJECTIVE_ENDINGS = ("ig", "lig", "leg", "isk", "som", "bar", "ende", "ert", "ete", "sk", "ell")
# English in Norwegian chat ("keep it short pls"): a word after one of these is English.
_ENGLISH_FUNCTION_WORDS = frozenset({
    "it", "the", "is", "are", "of", "and", "this", "that", "my", "your", "our", "their", "very", "too", "keep",
    "make", "be", "an", "with", "some",
})
# Words shaped like verbs that are none ("bachelor eller master", "to dager").
_NOT_VERBS = frozenset({
    "eller", "etter", "under", "over", "mer", "her", "der", "enn", "hver", "sider", "tider", "dager",
})
# Closed-class words that are given names elsewhere ("med andre i ...": others).
_CLOSED_CLASS = frozenset({
    "andre", "alle", "mange", "noen", "nokon", "ingen", "begge", "flere", "fleire", "hver", "kvar", "selv", "sjølv",
    "annen", "anna", "annan", "somme", "slike", "sånne",
    # personal and demonstrative pronouns and determiners ("den ligger inne hos ...": Apertium
    # has "Den" as a given name); not "vår", which is one ("eg har ringt til vår")
    "den", "det", "de", "dei", "dem", "denne", "dette", "disse", "desse", "du", "deg", "dere", "dykk",
    "han", "hun", "ho", "ham", "henne", "vi", "me", "oss", "eg", "jeg", "meg", "seg", "sin", "si", "sitt",
    "sine", "min", "mi", "mitt", "mine", "din", "di", "ditt", "dine",
})


def _adjectival(context: DocContext, index: int, is_common) -> bool:
    """An ordinary word that is a name elsewhere used as an adjective: after a degree adverb
    (``litt frank``) or joined by ``og``/``eller`` to an adjective (``frank og ærlig``)."""
    lower, size = context.lower, context.size
    if not is_common(lower[index]):
        return False
    if index > 0 and lower[index - 1] in _DEGREE_ADVERBS:
        return True
    for conjunction, other in ((index - 1, index - 2), (index + 1, index + 2)):
        if not (0 <= other < size and lower[conjunction] in ("og", "eller")):
            continue
        if lower[other].endswith(_ADJECTIVE_ENDINGS) and is_common(lower[other]):
            return True
    return False


class ListNameRules(FinderBase):
    """Known names, lower-case names and possessives (see module doc)."""

    if TYPE_CHECKING:
        # Defined by ``CueRules``, the sibling family ``PersonSpanFinder`` combines this one with.
        def _rare_lower_word(self, word: str, places_too: bool = False) -> bool: ...

    def _name_continuation(self, context: DocContext, start: int) -> int:
        """End (exclusive) of the capitalised words that continue a name at ``start``."""
        end = start
        while end < context.size and end - start < MAX_NAME_TOKENS - 1:
            word = context.words[end]
            capitalised = word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()
            if not capitalised or context.other_entity(end) or context.starts_sentence(end):
                break
            if (
                self._names.is_ordinary_word(word) or self._names.is_organisation_word(word)
            ) and not self._is_known(word):
                break
            end += 1
        return end

    def _add_list_names(self, context: DocContext, found: dict) -> None:
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
                    mark(found, range(index, end), self._scores.list_full_name, "list")
                    index = end
                    continue
                ordinary = strip_possessive(word).lower() in names.common_words or word.lower() in names.common_words
                if (
                    names.is_organisation_name(word) or word in context.places
                    or strip_possessive(word) in context.places
                ):
                    pass  # a lone world-list name that is a place here (på Vega)
                elif context.starts_sentence(index):
                    # A lone capitalised first word is a name only when it is no ordinary
                    # word and a Norwegian-list name ("Lim inn ..." is an imperative).
                    norwegian = (
                        names.is_norwegian_name(word) or names.is_norwegian_name(strip_possessive(word))
                        or names.lexicon.is_only_person_name(strip_possessive(word))  # "Torvund har ..."
                    )
                    if not ordinary and norwegian:
                        mark(found, [index], self._scores.list_single, "list")
                else:
                    mark(found, [index], self._scores.list_single, "list")
            elif word.islower() and self._lower_case_name(context, word):
                if word in context.uncased_places or index in context.uncased_place_tokens or (
                    self._organisation_follows(context, index + 1) or numbered(context, index)
                    or _adjectival(context, index, self._names.lexicon.is_common)
                    or (index > 0 and context.lower[index - 1] in _ENGLISH_FUNCTION_WORDS)
                    or in_verb_slot(context, index)
                ):
                    index += 1  # "på rena leir", "for lena ungdomsskole", "loven kap 13"
                    continue
                if self._lower_surname_follows(context, index):
                    mark(found, [index, index + 1], self._scores.list_full_name, "list")
                    index += 2
                    continue
                mark(found, [index], self._scores.list_single, "list")
            elif word.islower() and context.is_cased and word.capitalize() in names.very_common_first_names and (
                word not in names.common_words and self._lower_surname_follows(context, index)  # not "per time"
            ):
                mark(found, [index, index + 1], self._scores.list_full_name, "list")  # kari nordmann
                index += 2
                continue
            elif word.islower() and context.is_cased and self._lower_subject_pair(context, index):
                mark(found, [index, index + 1], self._scores.list_full_name, "list")  # at rune halvorsrud ble
                index += 2
                continue
            index += 1

    def _lower_case_name(self, context: DocContext, word: str) -> bool:
        """A name typed in lower case. In text typed without capitals any known name that is
        no ordinary word; in a cased text (``send en e-post til marte``) only a Norwegian
        first name that Apertium has as a given name and not as an ordinary word: edited text
        has about one such word in 10,000 lower-case words (NorNE train: ``dans``, ``odds``),
        and people type names in lower case in chat. A first name that is an ordinary word
        too (``kari``, ``tor``: nynorsk ``eg tor``) counts only with a surname after it."""
        base = strip_possessive(word)
        if base in MONTHS:
            return False  # "frå august", "1. august": a month in lower case
        if "-" in base.strip("-"):  # "ola-kristian": every part a first name
            parts = base.split("-")
            return all(part in self._names.norwegian_first_names_lower for part in parts)
        if not self._names.is_name_lower(base) or (base != word and self._names.is_ordinary_word(word)):
            return False  # "dans" is no "Dan's"
        if context.is_english and base.capitalize() not in self._names.norwegian_first_names:
            return False  # "the head of dept said ...": world-list names are English words there
        if not context.is_cased:
            # a name only of the world lists that is the definite form of an ordinary noun is
            # the noun ("har noen malen?", "mer tid på casen"; not "aminas cv", "forrest gump")
            lexicon = self._names.lexicon
            definite = base.endswith(("en", "et")) and (lexicon.is_common(base[:-2]) or lexicon.is_common(base[:-1]))
            return not (
                definite and lexicon.is_common(base) and not lexicon.classes(base.capitalize())
                and not self._names.is_norwegian_name(base.capitalize())
            )
        capitalised, lexicon = base.capitalize(), self._names.lexicon
        return (
            capitalised in self._names.norwegian_first_names and bool(lexicon.classes(capitalised) & GIVEN_NAME)
            and not lexicon.is_common(base)
        )

    def _lower_subject_pair(self, context: DocContext, index: int) -> bool:
        """In edited text, a lower-case first name and a word no list or lexicon knows, before a
        finite verb: a name typed in lower case as a sentence's subject (``at rune halvorsrud ble``)."""
        if index + 2 >= context.size or context.words[index].capitalize() not in self._names.first_names:
            return False
        following, verb = context.words[index + 1], context.lower[index + 2]
        if not (following.isalpha() and following.islower() and len(following) >= 3):
            return False
        if not (verb in FINITE_VERBS or verb in self._names.subject_verbs):
            return False
        if following.capitalize() in self._names.norwegian_surnames and (
            context.words[index] in self._names.norwegian_first_names_lower
        ):
            return True  # "mats eide sa ...": a listed surname, even one that is a word too
        return (
            len(following) >= 4
            and not self._names.lexicon.is_common(following) and following not in self._names.common_words
            and self._rare_lower_word(following)
        )

    def _lower_surname_follows(self, context: DocContext, index: int) -> bool:
        """``kari nordmann``, and in text typed without capitals ``ingrid okonkwo``: a lower-case
        first name followed by a listed surname or a word the lexicon does not know."""
        names, following = self._names, context.words[index + 1] if index + 1 < context.size else ""
        if not following.islower() or context.words[index].capitalize() not in names.first_names:
            return False
        base = strip_possessive(following).capitalize()
        surname = (
            (base in names.surnames or names.lexicon.classes(base) & SURNAME) and base.lower() not in names.not_names
        )
        return bool(surname) or (not context.is_cased and self._rare_lower_word(following))

    def _extend_lower_first_names(self, context: DocContext, found: dict) -> None:
        """A lower-case first name found alone (by the NER) takes the surname after it along."""
        for index in sorted(found):
            if (
                index + 1 not in found and context.words[index].islower()
                and self._lower_surname_follows(context, index)
            ):
                mark(found, [index + 1], found[index][0], found[index][1])

    def _is_given_lower(self, word: str) -> bool:
        return word in self._names.norwegian_first_names_lower or bool(
            self._names.lexicon.classes(word.capitalize()) & GIVEN_NAME
        )

    def _verb_after_subject(self, context: DocContext, index: int) -> bool:
        """A finite verb after the subject that starts at ``index``: one word (``liv har``), two
        joined by ``og`` (``dag og liv sitter``), either with a ``fra``/``i``/``på`` phrase
        after it (``liv fra økonomi sitter``)."""
        lower, words, size = context.lower, context.words, context.size
        position = index + 1
        if position + 1 < size and lower[position] == "og":
            partner = words[position + 1]
            if not (partner.isalpha() and partner.islower() and self._is_given_lower(partner)):
                return False  # "dag og natt er ...", "liv og helse er ...": two nouns
            position += 2
        if position > index + 1 and position + 1 < size and lower[position] in ("fra", "frå", "i", "på", "hos"):
            position += 2
        following = lower[position] if position < size else "."
        listed = following in FINITE_VERBS or following in self._names.subject_verbs
        if listed or following in _NOT_VERBS or self._names.is_ordinary_compound(following.capitalize()):
            return listed  # ("ring brukerstøtte": a compound noun shaped like a past tense)
        # in text without capitals a present or past tense; with capitals a past tense (a lower-
        # case word opening a sentence is itself chat: "birk nevnte ..."; "-er" is a plural too)
        if context.is_cased:
            return past_tense_shaped(following)
        return past_tense_shaped(following) or present_shaped(following)

    def _surname_subject(self, context: DocContext, index: int) -> bool:
        """``Torvund har skrevet utkastet``, ``Brekke har takket nei``: a capitalised word the
        lexicon has as a surname and as no place, alone first in its sentence before a finite
        verb (the NER's LOC or ORG for it is overruled: a place would be in the lexicon)."""
        word = context.words[index]
        if not (word[:1].isupper() and word[1:].islower() and word.isalpha() and context.starts_sentence(index)):
            return False
        if index + 1 >= context.size or context.lower[index + 1] not in FINITE_VERBS:
            return False
        if context.lower[index] in STOP_WORDS or context.lower[index] in _CLOSED_CLASS:
            return False  # "Han skal ut i annonsen" (nynorsk: the text)
        return bool(self._names.lexicon.classes(word) & SURNAME) and (
            word not in context.places and not self._names.is_place_or_organisation(word)
            and not (self._names.lexicon.classes(word) & PLACE)
        )

    def _add_uncertain_first_names(self, context: DocContext, found: dict) -> None:
        """``liv har trekt søknaden``, ``send utkastet til dag før lunsj``: a lower-case
        Norwegian first name that is also an ordinary word, first in its sentence before a
        finite verb, or after a preposition at the end of its phrase. Often an ordinary word
        all the same, so scored in the ask band: the user is asked."""
        words, lower = context.words, context.lower
        for index in range(context.size):
            word = words[index]
            if index not in found and self._surname_subject(context, index):
                # "Torvund har skrevet ...": certain; "Brekke har skrevet ...": an ordinary word too, asked
                certain = not self._names.lexicon.is_common(word.lower())
                mark(found, [index], self._scores.list_single if certain else self._scores.uncertain, "uncertain")
                continue
            if index in found or not word.islower() or not word.isalpha() or word in context.named_things:
                continue
            # The slot first (cheap), the lexicon only for words that stand in one.
            following = lower[index + 1] if index + 1 < context.size else "."
            previous = lower[index - 1] if index > 0 else ""
            starts = context.starts_sentence(index) and not context.continues_wrapped_line(index)
            subject = starts and self._verb_after_subject(context, index)
            # a clause's subject after a comma or a conjunction, when the text goes on about him
            # or her ("men ja, storm er på ferie, ring ham på ...")
            subject = subject or (
                not starts and (previous == "," or previous in ("men", "og", "at"))
                and (following in FINITE_VERBS or following in self._names.subject_verbs)
                and pronoun_follows(context, index)
            )
            preposition_slot = not starts and previous in PERSON_PREPOSITIONS and (
                following in AFTER_PERSON_IN_CHAT or index + 1 >= context.size
                or (index >= 2 and is_message(lower[index - 2]))  # "tilbodsbrevet til liv til nynorsk"
                # an interview, a talk or a meeting is with people: "intervjua med stein og liv"
                # (coordinated words share their class: "møte med sol og vind" is weather)
                or (previous == "med" and index >= 2 and lower[index - 2].startswith(MEETING_STEMS) and (
                    following != "og" or (index + 2 < context.size and self._is_given_lower(lower[index + 2]))
                ))
                # "møtet med dag er flyttet, han satt fast", "ringt til vår no, ho takka ja":
                # a verb or adverb after the word, and the sentence goes on about him or her
                or ((following in FINITE_VERBS or following in TIME_ADVERBS) and pronoun_follows(context, index))
            ) or (
                # a role noun and the name in brackets: "kandidaten (dag) sa ..."
                previous == "(" and following == ")" and index >= 2 and context.lower[index - 2] in PERSON_NOUNS
            )
            # "har dag sendt inn vitnemålet?": the subject of a question, between its auxiliary
            # and a participle or infinitive
            inverted = (
                not starts and index >= 1 and context.starts_sentence(index - 1) and previous in AUXILIARIES
                and non_finite_shaped(following)
            )
            preposition_slot = preposition_slot or inverted
            if not subject and not preposition_slot:
                continue
            classes = self._names.lexicon.classes(word.capitalize())
            given = (
                word in self._names.norwegian_first_names_lower or word in self._names.word_first_names_lower
                or bool(classes & GIVEN_NAME)
            )
            if word in _CLOSED_CLASS or word in MONTHS or numbered(context, index):
                continue  # "på lik linje med andre i ...", "tor 14.3"
            # a word no list or lexicon knows, as the subject of a sentence that goes on about him
            # or her ("yonas kan starte 1. mars, han har sagt opp"): a name, asked
            unknown = (
                subject and not classes and len(word) >= 3 and word not in self._names.common_words
                and not self._names.lexicon.is_common(word) and not word.endswith(ENGLISH_NOUN_ENDINGS)
                and not self._names.is_ordinary_compound(word.capitalize())
                and pronoun_follows(context, index)
            )
            if not given and not unknown and (not classes & SURNAME or word in STOP_WORDS):
                continue  # "eller er det ulovlig": a function word, whatever Apertium's surnames say
            # (a lone LOC/ORG guess of the NER is overruled by a verb whose subject is a person:
            # "haugland fortalde at ho ...")
            person_verb = subject and not context.firm_other_entity(index) and (
                following in self._names.subject_verbs or unknown or (given and pronoun_follows(context, index))
            )
            if (context.other_entity(index) and not person_verb) or word in context.uncased_places or (
                index in context.uncased_place_tokens
            ):
                continue
            if subject or (preposition_slot and given):
                mark(found, [index], self._scores.uncertain, "uncertain")
                partner = index + 2  # "dag og liv fra økonomi sitter i panelet": both are people
                meeting = previous == "med" and index >= 2 and lower[index - 2].startswith(MEETING_STEMS)
                if (subject or meeting) and following == "og" and partner < context.size and (
                    words[partner].isalpha()
                ) and (
                    words[partner].islower() and self._is_given_lower(words[partner])
                ):
                    mark(found, [partner], self._scores.uncertain, "uncertain")
