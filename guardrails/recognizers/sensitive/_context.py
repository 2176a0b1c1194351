"""Sentence context shared by the special-category recognizers.

A special-category word ("gravid", "muslim", "Fagforbundet") is only personal data when
the text says it about a person. Job ads and prompts may use the same words in policy
language ("Vi ønsker søkere uavhengig av religion"). This module decides, per match, from
the sentence around it:

* a *person reference* must be present: a pronoun or person noun (kandidaten, søkeren,
  han, hun, ho, jeg, eg, vedkommende, hans, hennes, hennar, referansen ...) or a
  capitalised name followed by a verb at the start of a sentence or clause
  ("Kari planlegger ...", "... at Ola er ..."), or a full name after a preposition
  ("politiattesten til Robin Sletten"), or a person's document followed by a name, also in
  lower case ("politiattesten til stian olsen");
* a *prohibition or hypothetical cue* before the term (ikke spør, unngå, ulovlig, dersom,
  hvis ...) cancels it: "Ikke spør om hun er gravid" is an instruction, not a statement;
* a verb right before the term ("er gravid", "har en dom", "har vore sjukmeld") makes it
  a statement; so does such a verb when the person is referred to in the sentence before
  ("Politiattesten til Robin Sletten kom i dag. Den viser en dom ...");
* otherwise a *general-policy or topic cue* (uavhengig av, uansett, tilrettelegging,
  oppfordres, krever, ordninger, mangfold, erfaring med, jobbe med, skrevet om ...) in the
  sentence cancels the match, unless a person reference stands right before the term with
  no such cue in between.

* a *document about one person* counts as a reference throughout: the fields of a form one of
  whose fields names someone ("Namn: ... / Trekk fagforeiningskontingent: ja"), and notes
  headed by a label naming the person ("Kandidat: Farid Rahimi ... Kom til Norge fra ..."),
  where a verb before the term or a sentence opening with the term or a verb is a statement.

The word lists live in ``_cues``. All patterns are compiled once per gate; the gate holds no
per-call state.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.ner.names import NameResources
from guardrails.ner.person_spans import PersonSpanFinder
from guardrails.recognizers.no_person_recognizer import person_spans_of
from guardrails.recognizers.sensitive._cues import (
    COPULAS,
    NOT_BETWEEN,
    NOT_NAMES,
    NOUN_SUFFIXES,
    PERSON_WORDS,
    POLICY_CUES,
    PROHIBITION_CUES,
    STATEMENT_VERBS,
)
from guardrails.recognizers.sensitive._layout import (
    FLAGS,
    FORM_FIELD,
    FORM_REACH,
    WRAPPED,
    labelled_as_subject,
    long_line_before,
    named_in_apposition,
)

_TERM_EDGE_BEFORE = r"\b(?<!\w)"
_TERM_EDGE_AFTER = r"(?![\w])"


def alternation(fragments: Iterable[str]) -> str:
    """One word-bounded, case-insensitive regex alternation from regex fragments.

    Fragments that start with a plain letter are grouped by that letter
    (``s(?:ykmeld|jukmeld)``), so at each word start the engine tries one group instead
    of every term: about twice as fast on long texts. Other fragments stay as they are.
    """
    by_letter: dict[str, list[str]] = {}
    others: list[str] = []
    for fragment in fragments:
        first, rest = fragment[:1], fragment[1:]
        if first.isalpha() and not rest.startswith(("?", "*", "+", "{")):
            by_letter.setdefault(first.lower(), []).append(rest)
        else:
            others.append(fragment)
    branches = [f"{letter}(?:{'|'.join(rests)})" for letter, rests in sorted(by_letter.items())] + others
    return _TERM_EDGE_BEFORE + "(?:" + "|".join(branches) + ")" + _TERM_EDGE_AFTER


class PersonStatementGate:
    """Decides whether a term match is a statement about a person (see module doc)."""

    def __init__(self, near_chars: int = 40, names: NameResources | None = None) -> None:
        self._near_chars = near_chars
        # With the name lists, a capitalised ordinary word no list has as a name ("Andelen
        # ansatte ...", "Leiarar følgjer ...") is a plural or a noun subject, not a person.
        self._names = names
        # (text, sentence boundaries, sentences with a person reference) of the last text:
        # the eight recognizers share one gate and see the same text object in one check.
        self._last: tuple[str, list[int], list[tuple[int, int]], tuple] | None = None
        # (not after an abbreviation: "jf. barnevernsloven", "f.eks. en", "ca. 40")
        self._boundary = re.compile(
            r"(?<!\b(?:jf|jfr|ca|nr|kl|dvs|mv|osv|evt|inkl|bl\.a|f\.eks|t\.d|m\.m|mfl|pkt|kap|avd|tlf|ref|pga|mht|vha"
            r"|iht|ifm|ev|ang|vedr|bl|t\.o\.m|f\.o\.m))"
            r"[.!?]+(?=\s|$)|\n|•|;", FLAGS
        )
        self._person = re.compile(alternation(re.escape(w) for w in PERSON_WORDS), FLAGS)
        name = r"(?-i:(?P<name>[A-ZÆØÅ][a-zæøåéèäöü]+(?:-[A-ZÆØÅ][a-zæøåéèäöü]+)?))"
        opener = r"(?:^[\s\-*•\d.)]*|:\s+|\b(?:at|om|og|men|fordi|siden|sidan|da|når|så)\s+)"
        # A listed verb, or any lowercase word shaped like a finite verb (jobber, innvandret).
        verb = r"(?:" + alternation(STATEMENT_VERBS) + r"|(?-i:[a-zæøå]+(?:er|ar|et|te|de|dde|tte))(?!\w))"
        later = r"(?:\s+(?-i:[A-ZÆØÅ][a-zæøåéèäöü]+(?:-[A-ZÆØÅ][a-zæøåéèäöü]+)?))"  # Abdi, André, Warsame
        surname = later + "{0,3}"  # Hodan Abdi Warsame
        self._named = re.compile(opener + name + surname + r"\s+" + verb, FLAGS)
        # A full name after a preposition: "politiattesten til Robin Sletten".
        full_name = name + later + r"{1,3}(?!\w)"
        self._named_after_preposition = re.compile(r"\b(?:til|fra|frå|med|hos|for|om|av)\s+" + full_name, FLAGS)
        # A document of a named person, also typed in lower case: "politiattesten til stian olsen"
        # (not "søknaden til stillingen": a definite noun after the preposition is no name).
        self._document_of = re.compile(
            r"\b(?:politiattest|vandelsattest|søknad|cv|referansesjekk|sykmelding|sjukmelding|legeerklæring)"
            r"(?:en|a|-en)?\s+(?:til|fra|frå|for)\s+(?!\w+(?:en|et|ene|ane|a|erne|arne)\b)(?P<owner>\w{2,})",
            FLAGS,
        )
        # A person's document that shows something is the candidate's: "Politiattesten viser ei dom".
        self._document_shows = re.compile(
            r"\b(?:politiattest|vandelsattest|barneomsorgsattest|legeerklæring|sykmelding|sjukmelding)(?:en|a)"
            r"\s+(?:viser|viste|syner|synte|inneholder|inneheld|inneholdt|nemner|nevner)\b",
            FLAGS,
        )
        self._policy = re.compile(alternation(POLICY_CUES), FLAGS)
        self._prohibition = re.compile(alternation(PROHIBITION_CUES), FLAGS)
        self._copula_before = re.compile(
            alternation(COPULAS) + r"(?:\s+(?!(?:" + NOT_BETWEEN + r")(?!\w))[\w-]+:?){0,2}\s+$", FLAGS
        )

    def sentence_boundaries(self, text: str) -> list[int]:
        """Sorted end offsets of sentence separators in ``text``. A line break inside a wrapped
        sentence (a word or comma before it, a lower-case word after it) separates nothing."""
        return [
            m.end() for m in self._boundary.finditer(text)
            if not (
                m.group() == "\n" and WRAPPED.match(text, max(0, m.start() - 1))
                and long_line_before(text, m.start())
            )
        ]

    def sentence_span(self, boundaries: Sequence[int], length: int, start: int) -> tuple[int, int]:
        index = bisect.bisect_right(boundaries, start)
        begin = boundaries[index - 1] if index > 0 else 0
        end = boundaries[index] if index < len(boundaries) else length
        return begin, end

    def person_sentences(
        self, text: str, names: Sequence[tuple[int, int]] = ()
    ) -> tuple[list[int], list[tuple[int, int]]]:
        """Sentence boundaries of ``text`` and the (begin, end) of each sentence that has a
        person reference or follows one; computed once per text and shared by the recognizers.

        ``names``: the (start, end) of the person names found in ``text`` by the names
        recognizer; each is a person reference too (``eli har ms``)."""
        last = self._last
        if last is not None and last[0] is text and last[3] == tuple(names):
            return last[1], last[2]
        boundaries = self.sentence_boundaries(text)
        spans: list[tuple[int, int]] = []
        begin, after_person, form_person = 0, False, False
        # notes headed by a person's name ("Kandidat: Farid Rahimi") are about them throughout
        notes_from = min((a for a, _ in names if labelled_as_subject(text, a)), default=None)
        for end in [*boundaries, len(text)]:
            if end > begin:
                has_person = bool(self.person_reference_ends(text[begin:end])) or any(
                    begin <= start < end for start, _ in names
                )
                field = bool(FORM_FIELD.match(text, begin, end)) or not text[begin:end].strip()
                form_person = field and (form_person or has_person)  # the fields of a form naming someone
                notes = notes_from is not None and begin > notes_from
                if has_person or after_person or form_person or notes:  # the sentence after one may refer back
                    spans.append((begin, end))
                after_person = has_person
            begin = end
        self._last = (text, boundaries, spans, tuple(names))
        return boundaries, spans

    def person_reference_ends(self, sentence: str) -> list[int]:
        """End offsets (in ``sentence``) of every person reference found in it."""
        ends = [m.end() for m in self._person.finditer(sentence)]
        for match in self._named.finditer(sentence):
            if self._looks_like_name(match.group("name")):
                ends.append(match.end("name"))
        for match in self._named_after_preposition.finditer(sentence):
            if self._looks_like_name(match.group("name")):
                ends.append(match.end())
        ends.extend(
            match.end() for match in self._document_of.finditer(sentence)
            # "sykmelding fra lege": an ordinary noun is no owner ("politiattesten til stian")
            if self._names is None or not _looks_like_ordinary_word(match.group("owner").lower(), self._names)
        )
        ends.extend(match.end() for match in self._document_shows.finditer(sentence))
        return sorted(ends)

    def _looks_like_name(self, word: str) -> bool:
        if self._names is not None and _looks_like_ordinary_word(word, self._names):
            return False
        return _looks_like_name(word)

    def is_statement(
        self, text: str, start: int, boundaries: Sequence[int], names: Sequence[tuple[int, int]] = ()
    ) -> bool:
        """True when the term at ``start`` is said about a person in its sentence."""
        begin, end = self.sentence_span(boundaries, len(text), start)
        sentence = text[begin:end]
        term_at = start - begin
        references = sorted(
            self.person_reference_ends(sentence)
            + [name_end - begin for name_start, name_end in names if begin <= name_start < end and name_end <= start]
        )
        if not references and self._in_form_naming_someone(text, begin, names):
            # "Namn: Ingrid Vik Løvås / ... / Trekk fagforeiningskontingent: ja": a form's fields
            # are about the person it names
            return not self._prohibition.search(sentence, 0, term_at)
        if not references and self._notes_about_someone(text, begin, names) and (
            not self._prohibition.search(sentence, 0, term_at) and not self._policy.search(sentence)
        ):
            # "Kandidat: Farid Rahimi ... Kom til Norge ..., er hazara": notes headed by the
            # person's name leave the subject out; a verb before the term, or the sentence
            # opening with it or with a verb, is a statement about that person
            opening = sentence.lstrip(" \t\n-–•*0123456789.)").split(" ", 1)[0].lower()
            if (
                self._copula_before.search(sentence, max(0, term_at - self._near_chars), term_at)
                or not sentence[:term_at].strip(" \t\n-–•*0123456789.)")
                or opening in STATEMENT_VERBS
            ):
                return True
        if not references:
            # "Politiattesten til Robin Sletten kom i dag. Den viser en dom ...": the person
            # is in the sentence before, and a verb right before the term makes a statement.
            previous = self.sentence_span(boundaries, len(text), begin - 1) if begin > 0 else None
            return (
                previous is not None
                and (
                    bool(self.person_reference_ends(text[previous[0]:previous[1]]))
                    or any(previous[0] <= name_start < previous[1] for name_start, _ in names)
                )
                and not self._prohibition.search(sentence, 0, term_at)
                and not self._policy.search(sentence)
                and (
                    bool(self._copula_before.search(sentence, max(0, term_at - self._near_chars), term_at))
                    or not sentence[:term_at].strip(" \t\n-–•*0123456789.)")  # "Opprinnelig fra Polen, ..."
                )
            )
        if self._prohibition.search(sentence, 0, term_at):
            return False
        if self._copula_before.search(sentence, max(0, term_at - self._near_chars), term_at):
            return True
        if not self._policy_around(sentence, term_at):
            return True
        # A person reference right before the term, with no policy or topic word in between.
        return any(
            0 <= term_at - ref_end <= self._near_chars and not self._policy.search(sentence, ref_end, term_at)
            for ref_end in references
        )


    def _policy_around(self, sentence: str, term_at: int) -> bool:
        """A policy or topic word before the term, or after it in the term's own clause
        (``Gravide oppfordres til å søke``); one in a later clause is about something else
        ("... pga. svangerskapskvalme, så hun får ikke lært opp nye saksbehandlere")."""
        if self._policy.search(sentence, 0, term_at):
            return True
        clause_end = len(sentence)
        for separator in (",", ";", " så ", " men ", " og "):
            position = sentence.find(separator, term_at)
            if position >= 0:
                clause_end = min(clause_end, position)
        return bool(self._policy.search(sentence, term_at, clause_end))

    def _notes_about_someone(self, text: str, begin: int, names: Sequence[tuple[int, int]]) -> bool:
        """A label before ``begin`` names the person the notes are about (``Kandidat: Farid
        Rahimi``, ``Søkjar: ...``, ``Navn: ...``)."""
        return any(a < begin and labelled_as_subject(text, a) for a, _ in names)

    def _in_form_naming_someone(self, text: str, begin: int, names: Sequence[tuple[int, int]]) -> bool:
        """The line at ``begin`` is a field of a form (``Label: value`` lines in a block) one of
        whose fields names a person (a name found there, or a person word)."""
        line_start = text.rfind("\n", 0, begin + 1) + 1
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        if not FORM_FIELD.match(text, line_start, line_end):
            return False
        start = line_start
        for _ in range(FORM_REACH):  # this field and the ones above it in the same block
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if not FORM_FIELD.match(text, start, end):
                break
            if any(start <= a < end for a, _ in names) or self.person_reference_ends(text[start:end]):
                return True
            if start == 0:
                break
            start = text.rfind("\n", 0, start - 1) + 1
        return False


def _looks_like_ordinary_word(word: str, names: NameResources) -> bool:
    return names.lexicon.is_common(word) and not names.is_name(word) and not names.is_norwegian_name(word)


def _looks_like_name(word: str) -> bool:
    lowered = word.lower()
    if lowered in NOT_NAMES or lowered in PERSON_WORDS:
        return False
    if lowered.endswith(NOUN_SUFFIXES):
        return False
    if lowered.endswith("sen") and not lowered.endswith("ssen"):
        return True  # Bergersen, Johansen (a definite noun in -sen is mostly -ssen: prosessen)
    return not (lowered.endswith("en") and len(lowered) >= 8)


class PersonStatementRecognizer(PatternRecognizer):
    """A term-list recognizer whose matches count only in statements about a person.

    A subclass names its ``ENTITY`` and its ``TERMS``: regex fragments (bokmål and nynorsk,
    case-insensitive unless wrapped in ``(?-i:...)``), compiled into one alternation.
    Presidio's ``context`` words are the person words, so the context enhancer raises the
    score next to them. ``finder`` gives the names of the text as person references.
    """

    BASE_SCORE = 0.75
    ENTITY: ClassVar[str]
    TERMS: ClassVar[Sequence[str]]

    def __init__(
        self,
        supported_language: str = "nb",
        gate: PersonStatementGate | None = None,
        finder: PersonSpanFinder | None = None,
    ) -> None:
        pattern = Pattern(name=f"{self.ENTITY.lower()}_terms", regex=alternation(self.TERMS), score=self.BASE_SCORE)
        super().__init__(
            supported_entity=self.ENTITY,
            name=f"{type(self).__name__}_{supported_language}",
            patterns=[pattern],
            context=[w for w in PERSON_WORDS if " " not in w],
            supported_language=supported_language,
            global_regex_flags=FLAGS,
        )
        self._gate = gate or PersonStatementGate()
        self._finder = finder
        # The same alternation, to skip a sentence without any term before Presidio's
        # per-call work (most person sentences hold none).
        self._terms = re.compile(pattern.regex, FLAGS)

    def _names_in(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[tuple[int, int]]:
        """The names the names recognizer finds in ``text`` (computed once per text)."""
        if self._finder is None or nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        return [(span.start, span.end) for span in person_spans_of(nlp_artifacts, self._finder, text)]

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        # Only sentences that mention a person can hold a statement about one, so the term
        # patterns run on those sentences alone (most of a job ad has none): this keeps the
        # eight recognizers together well under a millisecond on a 2,000-character ad.
        names = self._names_in(text, nlp_artifacts)
        boundaries, sentences = self._gate.person_sentences(text, names)
        results: list[RecognizerResult] = []
        for begin, end in sentences:
            sentence = text[begin:end]
            if self._terms.search(sentence) is None:
                continue
            # Our patterns rely on our own flags (case-sensitive parts, no DOTALL).
            for result in super().analyze(sentence, entities, nlp_artifacts, regex_flags=FLAGS):
                result.start += begin
                result.end += begin
                if self._gate.is_statement(text, result.start, boundaries, names) or named_in_apposition(
                    text, result.end, names
                ):
                    results.append(result)
        return results
