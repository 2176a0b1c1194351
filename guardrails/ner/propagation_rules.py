"""Person rules of step 5 and the structure filter:
propagation of a found name to its other occurrences, and the words that the document's
structure says are no names (``structure``)."""

from __future__ import annotations

from guardrails.ner.cue_words import ENGLISH_FUNCTION_WORDS, is_role_noun, is_title_compound
from guardrails.ner.doc_context import DocContext
from guardrails.ner.finder_base import FinderBase, is_initials, mark, runs
from guardrails.ner.lexicon import PLACE
from guardrails.ner.names import strip_possessive
from guardrails.ner.structure import (
    after_place_label,
    is_camel_case,
    is_company,
    is_example_of_things,
    is_field_label,
    is_month_label,
    is_named_institution,
    is_one_word_place,
    is_prize_or_venue,
    is_route,
    is_street_after,
    is_verb_before_pronoun,
    listed_with_technical,
    published_on,
)
from guardrails.ner.things import (
    QUOTE_MARKS,
    followed_by_floor,
    moved_from,
    named_by_apposition,
    named_by_head,
    quoted_title_tokens,
    room_before,
)

# In an English text: months ("by 12 June") and job titles ("Senior Data Engineer") are no names.
_ENGLISH_MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
})
# ... and languages ("Working language in the team is English").
_ENGLISH_LANGUAGES = frozenset({"english", "norwegian", "swedish", "danish", "german", "french", "spanish", "sami"})
_ENGLISH_TITLE_NOUNS = frozenset({
    "fellow", "engineer", "manager", "adviser", "advisor", "officer", "scientist", "developer", "analyst",
    "consultant", "coordinator", "director", "assistant", "specialist", "architect", "researcher", "professor",
    "lecturer", "administrator", "designer", "technician", "librarian", "accountant", "controller", "editor",
    "intern", "trainee", "candidate", "student", "nurse", "lead", "head", "team", "cooperation", "development",
    "administration", "agency", "directorate", "department", "office", "committee", "board", "unit", "section",
})


def _labels_field(context: DocContext, index: int) -> bool:
    """``Job title: ...``: a sentence-first word followed by one to three lower-case words
    and a colon labels a field (in English text; a Norwegian ``Kari sa:`` quotes a person)."""
    following = index + 1
    while following < context.size and following - index <= 3 and context.words[following].isalpha() and (
        context.words[following].islower()
    ):
        following += 1
    return index + 1 < following < context.size and context.words[following] == ":"


class PropagationRules(FinderBase):
    """E-mail names, propagation and the structure filter (see module doc)."""

    @staticmethod
    def _possessive_of_form(context: DocContext, index: int, forms: set[str]) -> bool:
        """``Kanagaratnams risikovurdering`` read as one ORG: the possessive of a found name
        before an ordinary lower-case word is that person's."""
        word = context.words[index]
        following = context.words[index + 1] if index + 1 < context.size else ""
        return word.endswith("s") and strip_possessive(word) in forms and following.islower()

    def _surname_of_full_name(self, context: DocContext, found: dict, index: int) -> bool:
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

    def _propagate(self, context: DocContext, found: dict) -> None:
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
                mark(found, [index], self._scores.propagated, "propagated")

    def _drop_english_words(self, context: DocContext, found: dict) -> None:
        """In an English text the Norwegian reading of capitals misleads: a run holding an
        English function word (``The Department``, ``Questions may``), a word alone on its line
        (a heading: ``Qualifications``) or a lone first word of a sentence that is no listed
        first name (``Kind regards``) is no name; ``Marco Bellandi`` still is."""
        for run in runs(found):
            lowered = [context.lower[i] for i in run]
            single = len(run) == 1
            alone = single and _alone_on_line(context, run[0])
            first_names = self._names.first_names
            opening = single and context.starts_sentence(run[0]) and (
                context.words[run[0]] not in first_names or _labels_field(context, run[0])
            )
            month = single and (lowered[0] in _ENGLISH_MONTHS or lowered[0] in _ENGLISH_LANGUAGES)
            if alone or opening or month or any(
                word in ENGLISH_FUNCTION_WORDS or word in _ENGLISH_TITLE_NOUNS for word in lowered
            ):
                for index in run:
                    del found[index]

    def _drop_structure_words(self, context: DocContext, found: dict) -> None:
        """Field labels, quoted titles, verb-first questions, streets and institutions named
        after a person, and camel-case products are no names (``structure``)."""
        quoted = quoted_title_tokens(context) if any(q in context.text for q in QUOTE_MARKS) else set()
        ordinary, name = self._names.lexicon.is_common, self._names.is_name

        def is_place(part: str) -> bool:
            return bool(self._names.lexicon.classes(part) & PLACE)

        for run in runs(found):
            words = [context.words[i] for i in run]
            after = run[-1] + 1
            while after < context.size and context.words[after] == ".":
                after += 1
            following = context.words[after] if after < context.size else ""
            institution = any(is_named_institution(word, ordinary, name) for word in words) or any(
                is_prize_or_venue(word, is_place) for word in words
            ) or (
                after > run[-1] + 1 and is_named_institution(following, ordinary)
            ) or (
                # the name runs on into a hyphenated institution: "Aasmund Olavsson Vinje-huset",
                # "Olav Thon-stiftelsens pris"
                after == run[-1] + 1 and "-" in following
                and is_named_institution(strip_possessive(following), ordinary)
            )
            unknown = not any(self._is_known(word) for word in words)
            route = len(run) == 1 and is_route(words[0], is_place, self._names.is_norwegian_name)
            thing = route or is_company(context, run[0], run[-1] + 1) or is_example_of_things(context, run[-1] + 1) or (
                self._organisation_follows(context, run[-1] + 1)  # "edvard munch vgs", "Vega kommune"
            ) or (
                unknown and context.is_cased
                and listed_with_technical(context, run[0], run[-1] + 1, self._names.not_names)
            ) or (
                # a channel: a name listed with a named product after "på"/"on"/"via" ("annonsering
                # på Finn og LinkedIn"); "Kari og Copilot skrev ..." stays a person
                len(run) == 1 and published_on(context, run[0])
                and listed_with_technical(context, run[0], run[0] + 1, self._names.not_names, named_only=True)
            )
            camel = len(run) == 1 and is_camel_case(words[0]) and not self._is_known(words[0])
            greeting = len(run) == 1 and after < context.size and context.lower[after] == "til" and (
                words[0].lower() == "lykke"  # "Lykke til!", "Lykke til med søknaden"
            )
            thing = thing or greeting or after_place_label(context, run[0]) or (
                all(is_one_word_place(w) for w in words)
            ) or (
                len(words) > 1 and words[-1] == "Land"  # "Dronning Maud Land", "Kong Karls Land"
            )
            # a noun says what the name names: "møterom Amalie Skram", "MS Richard With",
            # "Ada (chatboten ...)"; one sense per text, even for a Norwegian first name
            named = (
                named_by_head(context, run[0]) or named_by_apposition(context, run[-1], quoted=False)
                # a room after a room: "fra møterommet X til Aasta Hansteen i 2. etasje"
                # ("ring Kari Hansen i 2. etasje" stays a person)
                or (followed_by_floor(context, run[-1] + 1) and room_before(context, run[0])
                    and (run[0] == 0 or context.lower[run[0] - 1] not in self._names.context_cues))
                # and "i"/"på" a name in a sentence about a room: "i møterom Nansen, ikkje i Amundsen"
                or (len(run) == 1 and run[0] > 0 and context.lower[run[0] - 1] in ("i", "på")
                    and room_before(context, run[0] - 1, reach=12))
            )
            if named:
                context.named_things.update(strip_possessive(word).lower() for word in words)
                context.named_things.update(context.lower[i] for i in moved_from(context, run[0]))
            if thing or camel or named:
                context.thing_words.update(strip_possessive(word).lower() for word in words)
            thing = thing or named
            if is_street_after(context, run[-1] + 1) or institution or thing or camel:
                for index in run:
                    del found[index]
        if context.is_english:
            self._drop_english_words(context, found)
        for run in runs(found):  # "Mercell eller tilsvarende verktøy" ... "Mercell …: 3 min"
            words = [strip_possessive(context.words[i]) for i in run]
            if all(
                w.lower() in context.named_things
                or (w.lower() in context.thing_words and not self._names.is_norwegian_name(w))
                for w in words
            ):
                for index in run:
                    del found[index]
        for index in list(found):
            word = context.words[index]
            if any(char.isdigit() for char in word) or ("." in word.strip(".") and not is_initials(word)):
                del found[index]  # "E39", "ref.nr", "el.l": no part of a name
                continue
            single = index - 1 not in found and index + 1 not in found
            if single and is_month_label(context, index):
                del found[index]  # "August: Oppstart"
                continue
            if index in quoted:
                del found[index]
            elif single and is_field_label(context, index) and not self._is_known(word):
                del found[index]
            elif single and not self._is_known(word) and (
                is_title_compound(word.lower()) or is_role_noun(word.lower())
            ):
                del found[index]  # "Godkjent av: Klinikkleder": a title is no name
            elif single and is_verb_before_pronoun(context, index) and (
                not self._is_known(word) or self._names.lexicon.is_common(word.lower())
            ):
                del found[index]


def _alone_on_line(context: DocContext, index: int) -> bool:
    """No other word on the token's line (a heading)."""
    for step in (-1, 1):
        position = index + step
        while 0 <= position < context.size and "\n" not in context.words[position]:
            if context.words[position].isalpha():
                return False
            position += step
    return True
