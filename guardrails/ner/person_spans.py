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
4. (names in e-mail addresses were a step of their own; the e-mail recognizer blocks the
   whole address, and the ablation showed no name found only this way: removed);
5. propagation: every other occurrence of a found name or of one of its parts
   (also with a possessive ``-s``), before or after the first one.

Tokens inside an ORG or LOC span of the NER are not turned into a person by 2; a lone
title-case ORG/LOC word (``meiner Hersoug``) may be by 3 and 5, a multi-word one or an
acronym never. Places, sentence starts and the NER's labels per token live in
``doc_context.DocContext``; cue words and word shapes in ``cue_words``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from guardrails.ner.contact_rules import ContactRules
from guardrails.ner.cue_rules import CueRules
from guardrails.ner.cue_words import COMMON_NOUN_ENDINGS, LONG_NOUN_ENDINGS
from guardrails.ner.doc_context import PLACE_NOUNS, DocContext, role_in_brackets_at
from guardrails.ner.finder_base import DEFAULT_SCORES, PersonSpan, Scores, mark, to_char_spans
from guardrails.ner.lexicon import SURNAME
from guardrails.ner.list_rules import ListNameRules
from guardrails.ner.names import NameResources, strip_possessive
from guardrails.ner.propagation_rules import PropagationRules

__all__ = ["RULE_FAMILIES", "PersonSpan", "PersonSpanFinder", "Scores"]

# The rule families, in the order ``find`` applies them (bench/names_ablation.py switches each off).
RULE_FAMILIES: tuple[str, ...] = (
    "ner_filter", "list_names", "cues", "subjects", "coordination", "possessive_documents", "structure", "propagation",
    "uncertain",
)


# Definite landscape nouns that end place names, not surnames ("Bjørnafjorden", "Tyrifjorden",
# "Femundsvatnet", "Lofotøyene"; not "-dalen", "-bakken", "-lien": surnames end so too).
_LANDSCAPE_ENDINGS = (
    "fjorden", "vatnet", "vannet", "sjøen", "sundet", "elva", "elven", "breen", "øyene", "øyane", "havet",
    "bukta", "fjellet", "halvøya",
)


class PersonSpanFinder(ListNameRules, CueRules, ContactRules, PropagationRules):
    """Turns a spaCy ``Doc`` plus its entity spans into person spans (character offsets).

    The rule families live in ``list_rules``, ``cue_rules`` and ``propagation_rules``; the
    shared state and word tests in ``finder_base``. ``disabled`` switches rule families off
    by name (``RULE_FAMILIES``), for the ablation benchmark only."""

    def __init__(
        self, names: NameResources, scores: Scores = DEFAULT_SCORES, disabled: frozenset[str] = frozenset()
    ) -> None:
        super().__init__(names, scores)
        unknown = disabled - set(RULE_FAMILIES)
        if unknown:
            raise ValueError(f"unknown rule families: {sorted(unknown)}")
        self._enabled = frozenset(RULE_FAMILIES) - disabled

    def find(self, doc: Doc, entities: list[tuple[int, int, str]], text: str | None = None) -> list[PersonSpan]:
        """``entities`` are ``(start_char, end_char, label)`` from the NER (PER/ORG/LOC...).

        ``text`` is the doc's text when the caller has it (saves rebuilding it).
        """
        context = DocContext(doc, entities, self._names, doc.text if text is None else text)
        found: dict[int, tuple[float, str]] = {}  # token index -> (score, source)
        on = self._enabled
        for start, end in context.person_token_spans:
            if "ner_filter" in on:
                start, end = self._trim_ner_span(context, start, end)
            if start < end and ("ner_filter" not in on or self._keep_ner_span(context, start, end)):
                mark(found, range(start, end), self._scores.ner, "ner")
        if "list_names" in on:
            self._add_list_names(context, found)
            self._extend_lower_first_names(context, found)
        if "cues" in on:
            self._add_cued_names(context, found)
            self._add_initial_names(context, found)
            self._add_names_in_mail_addresses(context, found)
            self._add_names_above_contact_lines(context, found)
            self._add_given_and_unknown_subjects(context, found)
            self._add_names_before_a_role(context, found)
            self._add_pronoun_backed_names(context, found)
        if "subjects" in on:
            self._add_subject_names(context, found)
            self._add_lower_full_name_subjects(context, found)
        if "coordination" in on:
            self._add_coordinated_first_names(context, found)
        if "possessive_documents" in on:
            self._add_possessives_before_documents(context, found)
        # The structure filter runs before propagation, so a field label or a product does not
        # spread as a name, and after it, since propagation can reach the same words again.
        if "structure" in on:
            self._drop_structure_words(context, found)
        if "propagation" in on:
            self._propagate(context, found)
        if "structure" in on:
            self._drop_structure_words(context, found)
        if "uncertain" in on:
            self._add_uncertain_first_names(context, found)
        return to_char_spans(doc, found)

    def _keep_ner_span(self, context: DocContext, start: int, end: int) -> bool:
        words = [context.words[i] for i in range(start, end) if not context.punct[i]]
        if sum(ch.isalpha() for word in words for ch in word) < 2:
            return False
        if context.is_cased and all(word.islower() for word in words):
            return False
        if self._organisation_follows(context, end):
            return False
        if words[0].lower() in PLACE_NOUNS:
            return False  # "Campus Gløshaugen", "Region Vest": the noun names a place; "Tjenestested er"
        if any(self._names.is_organisation_word(word) and not self._is_known(word) for word in words):
            return False
        if all(self._is_cue_or_heading(word) or self._is_cue_or_heading(strip_possessive(word)) for word in words):
            return False
        if all(self._not_a_person_word(context, word) for word in words):
            return False
        if any(len(w) > 8 and w.lower().endswith(_LANDSCAPE_ENDINGS) and not self._is_known(w) for w in words):
            return False  # "E39 Bjørnafjorden", "Femundsvatnet": a fjord, a lake, an island
        if len(words) > 1 and all(self._names.is_listed_ordinary_word(w) for w in words) and not (
            self._names.lexicon.classes(words[-1]) & SURNAME
            or role_in_brackets_at(context.words, context.lower, end, self._names)  # "Ask Vatne (IKT-rådgjevar)"
        ):
            return False  # ordinary words only: "Trygg Trafikk"
        if len(words) == 1:
            word = words[0]
            known = self._names.is_name(word) or self._names.is_name(strip_possessive(word))
            if not known and len(word) >= 8 and word.lower().endswith(COMMON_NOUN_ENDINGS):
                return False
            if not known and len(word) >= 10 and word.lower().endswith(LONG_NOUN_ENDINGS):
                return False  # "Sykefraværsoppfølging", "Lønnsinnplassering": nouns, no names
            if not known and self._names.is_ordinary_compound(word):
                return False
            if not known and self._names.is_place_or_organisation(word):
                return False  # "Ankomst Skjervøy": a place no name list knows as a person
            ordinary = word.lower() in self._names.common_words or self._names.is_lexicon_word(word)
            if ordinary and not known and (word.islower() or context.starts_sentence(start)):
                return False
            if not known and context.is_cased and self._names.lexicon.is_common(word.lower()):
                # An ordinary word no name list knows, alone: "6264 Lektor", "Hovedavtalen",
                # "divisjon Nord" (on NorNE dev this drops two names: Borat, Genets). After a
                # cue it is still found by the cue rules ("kontaktperson Fjell").
                return False
        return True

    def _trim_ner_span(self, context: DocContext, start: int, end: int) -> tuple[int, int]:
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
            if not at_left and context.is_cased and word.isalpha() and word.islower():
                return True  # "Kitty Kiellands hus": a name ends in a capitalised word
            ordinary = word.lower() in self._names.common_words or self._names.is_lexicon_word(word)
            return at_left and context.starts_sentence(index) and ordinary

        while start < end and removable(start, at_left=True):
            start += 1
        while start < end and removable(end - 1, at_left=False):
            end -= 1
        return start, end
