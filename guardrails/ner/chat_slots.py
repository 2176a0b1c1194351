"""Slots of a person in chat: where a lower-case word stands says whether it can be a name.

The word after a clause-opening ``jeg``/``vi`` is the verb (``jeg booker rom``); a question's
subject stands between its auxiliary and a participle (``har dag sendt ...``); a third-person
pronoun later in the sentence backs a name (``møtet med dag er flyttet, han ...``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guardrails.ner.doc_context import DocContext


# A subject pronoun opening its clause is followed by the finite verb ("jeg booker rom").
# Not han/hun/ho: spoken Norwegian puts them before a name ("ho siv i økonomi er gravid").
_SUBJECT_PRONOUNS = frozenset({"jeg", "eg", "du", "vi", "me", "dere", "de", "dei"})
_CLAUSE_OPENERS = frozenset({"og", "men", "at", "som", "så", "når", "da", "hvis", "viss", "dersom", "fordi", "om"})


def in_verb_slot(context: DocContext, index: int) -> bool:
    """``kandidat 3 har svart, jeg booker rom``: the word after a subject pronoun that opens
    its clause is the finite verb, not a name. After an inverted verb a name may follow the
    pronoun (``i går møtte vi kari``), so the pronoun must open the clause."""
    pronoun = index - 1
    if pronoun < 0 or context.lower[pronoun] not in _SUBJECT_PRONOUNS:
        return False
    if context.starts_sentence(pronoun):
        return True
    return pronoun > 0 and (context.punct[pronoun - 1] or context.lower[pronoun - 1] in _CLAUSE_OPENERS)


PERSON_NOUNS = frozenset({
    "kandidaten", "søkeren", "søkjaren", "søkaren", "kandidat", "søker", "søkjar", "referansen", "lederen", "leiaren",
    "kollegaen", "vikaren", "medarbeideren", "medarbeidaren",
})
AUXILIARIES = frozenset({"har", "hadde", "skal", "kan", "vil", "må", "bør", "får", "fikk", "fekk", "kommer", "kjem"})


def non_finite_shaped(word: str) -> bool:
    """``sendt``, ``fått``, ``levert``, ``komme``, ``svara``: a participle or an infinitive."""
    return len(word) >= 4 and word.isalpha() and word.endswith(("t", "e", "a"))


TIME_ADVERBS = frozenset({"no", "nå", "igjen", "att", "snart", "straks", "allerede", "alt", "nettopp", "også", "òg"})
_THIRD_PERSON = frozenset({"han", "hun", "ho", "ham", "henne", "honom"})


def pronoun_follows(context: DocContext, index: int, reach: int = 12) -> bool:
    """A third-person pronoun after ``index`` in the same sentence (or the next few words)."""
    for position in range(index + 1, min(context.size, index + 1 + reach)):
        if context.lower[position] in _THIRD_PERSON:
            return True
        if context.starts_sentence_unless_ordinal(position):  # ("til 12. juli, ring ham": a date)
            return False
    return False


# What is sent to a person ("tilbodsbrevet til liv", "avslaget til storm"), by stem.
MESSAGE_STEMS = (
    "brev", "e-post", "epost", "mail", "melding", "avslag", "tilbud", "tilbod", "kontrakt", "arbeidsavtale",
    "invitasjon", "innkalling", "utkast", "svar", "sms",
)


def is_message(word: str) -> bool:
    stem = word[:-2] if word.endswith(("et", "en")) else word[:-1] if word.endswith("a") else word
    return word.endswith(MESSAGE_STEMS) or stem.endswith(MESSAGE_STEMS)


# Meetings with people ("intervjua med stein og liv", "samtale med sol", "møte med dag").
MEETING_STEMS = ("intervju", "samtale", "møte", "møtet", "lunsj", "prat", "snakk", "referansesjekk", "avtale")
# Loanwords that open chat sentences ("onboarding skal starte ..."): no name ends so.
ENGLISH_NOUN_ENDINGS = ("ing", "tion", "ment", "ness", "ship", "line", "back", "team", "case")
