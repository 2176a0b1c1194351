"""Person rules of step 3 that read a text's layout, identifiers and documents: an initial before
a surname (``K. Aasland``), a word that is part of a personal e-mail address's local part, the
name line of an address block (a letter, a signature, a contact list), and a possessive before
a person's document (``Al-Nouris søknad``, ``Stina sin søknad``)."""

from __future__ import annotations

import re
import unicodedata

from guardrails.ner.cue_words import FINITE_VERBS, PERSON_DOCUMENTS, is_role_noun, is_title_compound
from guardrails.ner.doc_context import STREET_ENDINGS, DocContext
from guardrails.ner.finder_base import FinderBase, mark, past_tense_shaped
from guardrails.ner.lexicon import GIVEN_NAME, PERSON_NAME, PLACE_OR_ORGANISATION
from guardrails.ner.names import strip_possessive
from guardrails.rewrites import WEBMAIL_PROVIDERS

_CONTACT_LABELS = frozenset({"mobil", "mob", "tlf", "telefon", "e-post", "epost", "mail", "e-mail", "phone", "tel"})
_REFLEXIVE_POSSESSIVES = frozenset({"sin", "si", "sitt", "sine"})


def _fold(word: str) -> str:
    """Accents off: ``xelîl`` -> ``xelil`` (an e-mail address is written in ASCII)."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


class ContactRules(FinderBase):
    """Names found by layout and identifiers (see module doc)."""

    def _add_names_before_a_role(self, context: DocContext, found: dict) -> None:
        """``1. Tharshika Sivakumar, avdelingssjukepleiar, Haukeland ...``: two or three capitalised
        words that are no ordinary words, places or organisations, followed by a comma and a job
        title, are a person in a list of contacts or referees."""
        words, lexicon = context.words, self._names.lexicon
        index = 0
        while index < context.size - 2:
            end = index
            while end < context.size and end - index < 3 and words[end][:1].isupper() and (
                words[end][1:].islower() and words[end].replace("-", "").isalpha()
            ):
                end += 1
            if 2 <= end - index and end + 1 < context.size and words[end] == "," and (
                is_title_compound(context.lower[end + 1]) or is_role_noun(context.lower[end + 1])
            ) and not any(i in found for i in range(index, end)) and not any(
                lexicon.is_common(w.lower()) or lexicon.classes(w) & PLACE_OR_ORGANISATION
                or self._names.is_organisation_word(w)
                for w in words[index:end] if not self._is_known(w)
            ):
                mark(found, range(index, end), self._scores.cue, "before_role")
            index = max(end, index + 1)

    def _add_given_and_unknown_subjects(self, context: DocContext, found: dict) -> None:
        """``Rose Mukamana har søkt ...``: a given name (also one that is an ordinary word) and a
        capitalised word no lexicon or list knows, before a finite verb, are a full name (the
        NER may read the unknown word as an organisation)."""
        words, lexicon = context.words, self._names.lexicon
        for index in range(context.size - 2):
            first, second, verb = words[index], words[index + 1], context.lower[index + 2]
            if index in found or not (first[:1].isupper() and first[1:].islower() and first.isalpha()):
                continue
            if not (second[:1].isupper() and second[1:].islower() and second.isalpha() and len(second) >= 4):
                continue
            given = first in self._names.first_names or bool(lexicon.classes(first) & GIVEN_NAME)
            unknown = not lexicon.classes(second) and not lexicon.is_common(second.lower()) and (
                not self._names.is_ordinary_word(second)
            )
            if given and unknown and (verb in FINITE_VERBS or verb in self._names.subject_verbs):
                mark(found, [index, index + 1], self._scores.cue, "given_unknown")

    def _add_initial_names(self, context: DocContext, found: dict) -> None:
        """``K. Aasland``, ``T. Bråten trekte søknaden``: a capital initial with its dot before a
        capitalised word is a name when the word is a name in the lexicon or the lists, or a
        word the lexicon does not know at all, or a finite verb follows. Letters opening two or
        more lines are an outline (``A. Bakgrunn``, ``C. Bergen``), and ``C. Oslo`` a place."""
        words, lexicon = context.words, self._names.lexicon

        def is_initial(index: int) -> bool:
            initial = words[index]
            return len(initial) == 1 and initial.isupper() and initial.isalpha() and words[index + 1] == "."

        def at_line_start(index: int) -> bool:
            start = context.idx[index]
            return index == 0 or "\n" in words[index - 1] or "\n" in context.text[max(0, start - 2):start]

        # Letters that open two or more lines are an outline ("A. Bakgrunn", "B. Arbeidsoppgaver").
        line_letters = {words[i] for i in range(context.size - 1) if is_initial(i) and at_line_start(i)}
        outline = len(line_letters) >= 2
        for index in range(context.size - 2):
            word = words[index + 2]
            if not is_initial(index) or (outline and at_line_start(index)):
                continue
            pieces = word.split("-")  # "T. Bjørnstad-Lie"
            if context.space[index] or not all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in pieces):
                continue
            if word.lower() in self._names.not_names:
                continue
            following = context.lower[index + 3] if index + 3 < context.size else ""
            named = any(bool(lexicon.classes(p) & PERSON_NAME) or self._is_known(p) for p in pieces)
            unknown = all(not lexicon.classes(p) and not lexicon.is_common(p.lower()) for p in pieces)  # foreign
            if named or unknown or following in FINITE_VERBS or past_tense_shaped(following):
                mark(found, range(index, index + 3), self._scores.cue, "initial")

    def _add_names_in_mail_addresses(self, context: DocContext, found: dict) -> None:
        """``Rojda Xelîl – 468 02 931 – rojda.xelil@gmail.com``, ``mailadressa til lerke er
        lerke.haugsvaer94@hotmail.com``: a word of the text that is a part of a personal e-mail
        address's local part (``first.last``, or any local part at a webmail provider) is the
        person's name. Accents are folded (``Xelîl`` = ``xelil``); places and organisations
        of the lexicon and ordinary words on an organisation's domain are left alone
        (``servicetorget.oslo@...``)."""
        parts: dict[str, bool] = {}  # folded part -> at a webmail provider
        for word in context.words:
            if "@" not in word or word.count("@") != 1:
                continue
            local, domain = word.lower().split("@")
            pieces = [p.strip("0123456789") for p in re.split(r"[._+-]+", local)]
            pieces = [p for p in pieces if len(p) >= 3 and p.isalpha()]
            webmail = domain.split(".")[0] in WEBMAIL_PROVIDERS
            if webmail or len(pieces) >= 2:
                for folded in map(_fold, pieces):
                    parts[folded] = parts.get(folded, False) or webmail
        if not parts:
            return
        lexicon = self._names.lexicon
        for index, word in enumerate(context.words):
            if index in found or len(word) < 3 or not word.isalpha() or word.isupper():
                continue  # ("PIT": an acronym is the organisation's)
            folded = _fold(word.lower())
            if folded not in parts or lexicon.classes(word.capitalize()) & PLACE_OR_ORGANISATION:
                continue
            if not parts[folded] and (
                lexicon.is_common(word.lower()) or self._names.is_ordinary_word(word)
                or self._names.is_ordinary_compound(word.capitalize())
            ):
                continue
            mark(found, [index], self._scores.cue, "mail_address")

    def _add_names_above_contact_lines(self, context: DocContext, found: dict) -> None:
        """``Kanya Srisuk`` / ``Storgata 9, 8006 Bodø`` / ``Mobil 97 65 12 08``: a line of two or
        three capitalised words right above a street address or a phone or e-mail line is the
        name of an address block (a letter, a signature, a contact list), unless its words are
        ordinary words, places or an organisation's."""
        lines: list[list[int]] = [[]]
        for index, word in enumerate(context.words):
            if "\n" in word:
                lines.append([])
            elif not context.space[index]:
                lines[-1].append(index)
        names, lexicon = self._names, self._names.lexicon
        for line, following in zip(lines, lines[1:], strict=False):
            if not 2 <= len(line) <= 3 or not following or any(i in found for i in line):
                continue
            words = [context.words[i] for i in line]
            if not all(w[:1].isupper() and w[1:].islower() and w.replace("-", "").isalpha() for w in words):
                continue
            if any(lexicon.is_common(w.lower()) or lexicon.classes(w) & PLACE_OR_ORGANISATION
                   or names.is_organisation_word(w) for w in words if not self._is_known(w)):
                continue
            first = context.lower[following[0]]
            address = first.endswith(STREET_ENDINGS) and len(following) > 1 and (
                context.words[following[1]][:1].isdigit()
            )
            if address or first.rstrip(".:") in _CONTACT_LABELS:
                mark(found, line, self._scores.cue, "address_block")

    def _add_possessives_before_documents(self, context: DocContext, found: dict) -> None:
        """``Al-Nouris søknad``, ``Strands CV``: a capitalised possessive right before one of
        a person's documents is that person, also first in its sentence and also when the
        base is an ordinary word (``Strand``) or unknown (``Al-Nouri``); typed in lower case
        when the base is a known name or a word no lexicon knows (``al-rashids referansar``)."""
        lexicon = self._names.lexicon
        for index in range(context.size - 2):  # "Stina sin søknad": the possessive written out
            word = context.words[index]
            if index in found or context.lower[index + 1] not in _REFLEXIVE_POSSESSIVES:
                continue
            if context.lower[index + 2] not in PERSON_DOCUMENTS or not word.isalpha():
                continue
            capitalised = word[:1].isupper() and (
                self._is_known(word) or not (lexicon.classes(word) or lexicon.is_common(word.lower()))
            )
            typed_lower = word.islower() and self._names.is_name_lower(word)  # "ola sin politiattest"
            if (capitalised or typed_lower) and word.lower() not in self._names.not_names:
                mark(found, [index], self._scores.cue, "cue")
        for index in range(context.size - 1):
            word = context.words[index]
            if index in found or not word.endswith(("s", "'", "’")) or len(word) < 4:
                continue
            if not word[:1].isupper():
                parts = [p for p in strip_possessive(word).split("-") if len(p) >= 3]
                if not parts or not all(
                    p.isalpha() and (self._names.is_name_lower(p) or not (lexicon.classes(p.capitalize())
                                                                         or lexicon.is_common(p)))
                    for p in parts
                ) or lexicon.is_common(word) or context.lower[index + 1] not in PERSON_DOCUMENTS:
                    continue
            following = context.lower[index + 1]
            if following not in PERSON_DOCUMENTS or context.firm_other_entity(index):
                continue
            base = strip_possessive(word)
            if not base.replace("-", "").isalpha() or base.isupper() or self._names.is_organisation_name(base):
                continue
            if self._names.lexicon.is_common(word.lower()) and not self._is_known(base):
                continue  # "Samfunns søknad" is no possessive of a name
            mark(found, [index], self._scores.cue, "cue")
