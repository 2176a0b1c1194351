"""Person rules of step 3: names after a cue (Hei, kontaktperson, a title, a role noun, an
age), before a verb whose subject is a person, unknown sentence subjects, coordinated first names."""

from __future__ import annotations

from guardrails.ner.cue_words import (
    COMMON_NOUN_ENDINGS,
    DEFINITE_OR_PLURAL_ENDINGS,
    FINITE_VERBS,
    NAMING_VERBS,
    PERSON_PREPOSITIONS,
    SKIPPABLE_AFTER_CUE,
    is_role_noun,
    is_title_compound,
)
from guardrails.ner.doc_context import DocContext, role_in_brackets_at
from guardrails.ner.finder_base import MAX_NAME_TOKENS, FinderBase, mark, past_tense_shaped
from guardrails.ner.lexicon import PERSON_NAME, PLACE, SURNAME
from guardrails.ner.list_rules import numbered, present_shaped
from guardrails.ner.names import strip_possessive


def _third_person_after(context: DocContext, start: int, reach: int = 30) -> bool:
    """``han``, ``hun`` or ``ho`` within ``reach`` tokens after ``start``."""
    return any(context.lower[i] in ("han", "hun", "ho") for i in range(start, min(context.size, start + reach)))


# Particles inside a name ("van der meulen", "bin khalid", "al hassan", "de la cruz").
_NAME_PARTICLES = frozenset({
    "van", "der", "den", "de", "la", "le", "von", "al", "el", "bin", "ibn", "binti", "da", "dos", "di",
})
_CLAUSE_OPENERS = frozenset({"at", "og", "men", "fordi", "da", "når", "så"})

# Closing formulas of letters and e-mails: the name follows on the next line.
CLOSING_CUES = frozenset({"hilsen", "helsing", "mvh", "hilsener", "helsingar", "vh", "regards"})


class CueRules(FinderBase):
    """Names found by the words around them (see module doc)."""

    def _add_cued_names(self, context: DocContext, found: dict) -> None:
        words, names = context.words, self._names
        for index, lowered in enumerate(context.lower):
            if lowered not in names.context_cues and not is_title_compound(lowered) and not is_role_noun(lowered) and (
                not self._age_before(context, index)
            ):
                continue
            position = index + 1
            if position < context.size and context.words[position] == "." and len(lowered) <= 4:
                position += 1  # an abbreviated cue: "dr. hassan", "prof. Lie"
            # "Kontaktperson:" and closing formulas ("Med vennlig hilsen") reach the next line
            labelled = (position < context.size and words[position] == ":") or lowered in CLOSING_CUES
            while position < context.size and (words[position] in SKIPPABLE_AFTER_CUE or context.space[position]):
                if "\n" in words[position] and not labelled:
                    break  # "1434 Rådgiver" ends its line
                position += 1
            if position < context.size and "\n" in words[position]:
                continue
            if position < context.size and context.lower[position] in NAMING_VERBS:
                position += 1  # "kontaktperson er Xiaoling Wu", "kandidaten heter ..."
            end = position
            while end < context.size and end - position < MAX_NAME_TOKENS and not context.firm_other_entity(end):
                word = words[end]
                if word[:1].isupper() and strip_possessive(word).replace("-", "").replace("’", "").isalpha():
                    following = context.words[end + 1] if end + 1 < context.size else ""
                    surname_next = following[:1].isupper() and (
                        following in names.surnames or bool(names.lexicon.classes(following) & SURNAME)
                    )  # "ring Vår Fjeld": an ordinary word as a given name before a surname
                    if (
                        (names.is_ordinary_word(word) or names.is_organisation_word(word))
                        and not self._is_known(word) and not surname_next
                    ):
                        break
                    if len(word) == 1 or self._not_a_person_word(context, word):
                        break  # kandidat B, rådgiver, HR-avdelingen
                    if not self._is_known(word) and (
                        names.is_lexicon_word(word) or names.is_ordinary_compound(word)
                    ):
                        break  # sjukepleiar – Intensivavdelinga
                elif not (word.islower() and self._plausible_lower_name(context, word)) or numbered(context, end):
                    break  # ("hva sier aml 14-9": a word labelling a number)
                end += 1
            if end > position:
                mark(found, range(position, end), self._scores.cue, "cue")

    def _add_lower_full_name_subjects(self, context: DocContext, found: dict) -> None:
        """``kanokwan srisuk kommer kl 13``, ``jorieke van der meulen har fått tilbud``: two or
        three lower-case words no list or lexicon knows as anything else (name particles may
        stand between them), opening a sentence or clause before a finite verb, are a full name
        typed in lower case when a part is a listed name, a particle joins them or the text
        goes on about him or her (``target audience er folk som ...`` is English). Certain with
        a listed name; asked otherwise (a typo can take the same shape)."""
        lower, size = context.lower, context.size
        for index in range(size - 2):
            if index in found or not context.words[index].islower():
                continue
            if not (context.starts_sentence(index) or (index > 0 and lower[index - 1] in _CLAUSE_OPENERS)):
                continue
            parts, position = [index], index + 1
            while position < size and len(parts) < 3:
                while position < size and lower[position] in _NAME_PARTICLES:
                    position += 1
                if position < size and context.words[position].islower() and self._rare_lower_word(lower[position]):
                    parts.append(position)
                    position += 1
                else:
                    break
            if len(parts) < 2 or position >= size or not self._rare_lower_word(lower[index]):
                continue
            verb = lower[position]
            if not (verb in FINITE_VERBS or verb in self._names.subject_verbs or past_tense_shaped(verb)
                    or present_shaped(verb)):
                continue
            known = any(self._names.is_name_lower(lower[i]) for i in parts)
            particles = position - index > len(parts)
            if not (known or particles or _third_person_after(context, position)):
                continue  # "target audience er folk ...": no one is spoken of
            mark(found, range(index, position), self._scores.list_full_name if known else self._scores.uncertain,
                 "lower_subject")

    def _add_subject_names(self, context: DocContext, found: dict) -> None:
        """A name right before a verb whose subject is a person (``Fardal mener``,
        ``- Epiktet skriv:``; ``sa Hansen`` is step 3's) or an age (``Gulsum (28)``). One to three capitalised words
        that are no ordinary word, place or organisation; in text typed without capitals one rare
        word or known name."""
        words, names = context.words, self._names
        for index in range(1, context.size):
            if index - 1 in found:
                continue
            if not (context.lower[index] in names.subject_verbs or self._age_at(context, index)
                    or self._role_in_brackets(context, index)):
                if self._unknown_sentence_subject(context, index):
                    mark(found, [index - 1], self._scores.cue, "cue")
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
                mark(found, range(start, index), self._scores.cue, "cue")

    def _unknown_sentence_subject(self, context: DocContext, verb: int) -> bool:
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

    def _first_name_opening(self, context: DocContext, at: int, verb: int) -> bool:
        """``dag mente ...``, ``sol håper ...``: in uncased text a Norwegian first name that is
        an ordinary word too, first in its sentence, before a verb whose subject is a person
        (not ``en dag mente han``)."""
        return (
            context.starts_sentence(at) and context.lower[verb] in self._names.subject_verbs
            and context.words[at] in self._names.norwegian_first_names_lower
        )

    def _add_pronoun_backed_names(self, context: DocContext, found: dict) -> None:
        """``til Noor, hun var helt super``, ``til Oluwaseun Adeyemi som søker controller, han
        har``: one or two capitalised words no list or lexicon knows, after a preposition or a
        verb of contacting, in a sentence that goes on about "han" or "hun"."""
        words, lower, names = context.words, context.lower, self._names
        for index in range(1, context.size):
            pair = self._unknown_pair(context, index)
            if index in found or not (pair or self._unknown_capitalised(context, index)):
                continue
            previous = index - 1
            while previous > 0 and context.space[previous]:
                previous -= 1
            if lower[previous] not in PERSON_PREPOSITIONS and lower[previous] not in names.context_cues:
                continue
            end = index + 2 if pair else index + 1
            sentence_end = end
            while sentence_end < context.size and not context.starts_sentence(sentence_end):
                sentence_end += 1
            if any(words[i] in ("han", "hun", "ho") for i in range(end, sentence_end)):
                mark(found, range(index, end), self._scores.cue, "cue")

    def _unknown_capitalised(self, context: DocContext, index: int, paired: bool = False) -> bool:
        """A capitalised word no lexicon knows, or knows only as a person's name (then the
        NER's LOC or ORG for it is overruled: ``til Noor, hun ...``); ``paired``: one of two
        such words in a row, a full name's shape, which overrules the NER too."""
        word, lexicon = context.words[index], self._names.lexicon
        if not (word[:1].isupper() and word[1:].islower() and word.isalpha() and len(word) >= 3):
            return False
        if context.starts_sentence(index) or word in context.places or self._names.is_organisation_word(word):
            return False
        if lexicon.is_only_person_name(word):
            return True
        return (paired or not context.other_entity(index)) and not lexicon.classes(word) and not lexicon.is_common(word)

    def _unknown_pair(self, context: DocContext, index: int) -> bool:
        return index + 1 < context.size and self._unknown_capitalised(context, index, paired=True) and (
            self._unknown_capitalised(context, index + 1, paired=True)
        )

    def _add_coordinated_first_names(self, context: DocContext, found: dict) -> None:
        """A first name joined by ``og``/``eller`` to a name found already: ``Steinar og Berit
        Hårklau``, ``berit og steinar`` (also a first name that is an ordinary word)."""
        words, names = context.words, self._names
        for index in sorted(found):
            for step in (-2, 2):
                other = index + step
                if (
                    not 0 <= other < context.size or other in found
                    or context.lower[index + step // 2] not in ("og", "eller")
                ):
                    continue
                word = words[other]
                if word.islower() and context.is_cased:
                    continue
                if context.other_entity(other) or word.lower() not in names.norwegian_first_names_lower:
                    continue
                if word[:1].isupper() and context.starts_sentence(other) and names.is_ordinary_word(word):
                    continue
                mark(found, [other], self._scores.list_single, "list")

    def _role_in_brackets(self, context: DocContext, index: int) -> bool:
        """A role in brackets after a name, as in minutes: ``Risten Turi (styreleiar)``,
        ``liv hovda (hr)``."""
        return role_in_brackets_at(context.words, context.lower, index, self._names)

    @staticmethod
    def _age_before(context: DocContext, index: int) -> bool:
        """``18 år gamle Trygve``, ``34 år gamal kari``: an age right before a name."""
        return (
            context.lower[index] in ("gamle", "gamal", "gammal", "gammel", "gamla") and index >= 2
            and context.lower[index - 1] == "år" and context.words[index - 2].isdigit()
        )

    @staticmethod
    def _age_at(context: DocContext, index: int) -> bool:
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

    def _plausible_lower_name(self, context: DocContext, word: str) -> bool:
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
