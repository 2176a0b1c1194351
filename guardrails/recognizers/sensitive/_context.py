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

All patterns are compiled once per gate; the gate holds no per-call state.
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

FLAGS = re.IGNORECASE | re.MULTILINE

# Words that point at one individual. Nouns in definite form only: indefinite "søker",
# "kandidat" are also verbs or generic ("Vi søker ...", "hos en kandidat").
PERSON_WORDS: tuple[str, ...] = (
    "han", "hun", "ho", "jeg", "eg", "meg", "henne", "ham", "honom", "hans", "hennes", "hennar",
    "min", "mi", "mitt", "mine", "vedkommende", "vedkomande", "vedkommande",
    "he", "she", "his", "him",  # in English text ("her" is Norwegian for "here")
    "kandidaten", "søkeren", "søkjaren", "søkaren", "arbeidstakeren", "arbeidstakaren",
    "medarbeideren", "medarbeidaren", "kollegaen", "kollegaen", "kollegaene", "den ansatte",
    "den tilsette", "personen", "referansen", "mannen", "kvinnen", "kvinna", "jenta", "gutten",
    "sønnen", "sonen", "dattera", "datteren", "dottera", "kona", "ektefellen", "samboeren",
    "sambuaren", "partneren", "moren", "mora", "faren", "broren", "bror", "søsteren", "syster",
    "en kandidat", "ein kandidat", "en søker", "ein søkjar", "en av søkerne", "ein av søkjarane",
    "en av kandidatene", "ein av kandidatane",
    # (not the plural alone: "Andel med innvandrerbakgrunn blant søkerne" is about a group)
)

# Verbs that typically follow a name in a statement about that person.
STATEMENT_VERBS: tuple[str, ...] = (
    "er", "var", "har", "hadde", "blir", "ble", "vart", "skal", "vil", "kan", "må", "planlegger",
    "planlegg", "venter", "ventar", "stemmer", "stemte", "røyster", "røysta", "fikk", "fekk",
    "får", "tar", "tok", "går", "gikk", "gjekk", "bruker", "brukar", "brukte", "tror", "trur",
    "sa", "sier", "seier", "fortalte", "fortalde", "ønsker", "ønskjer", "bor", "bur", "lever",
    "sliter", "slit", "kom", "kommer", "kjem", "mistet", "mista", "sitter", "sit", "satt",
)

POLICY_CUES: tuple[str, ...] = (
    r"uavhengig\w*", r"uansett", r"tilrettelegg\w*", r"tilretteleg\w*", r"oppfordr\w*",
    r"oppmod\w*", r"ønsker søkere", r"ønskjer søkjarar", r"kreve[rs]?", r"kreves", r"krev",
    r"krevst", r"krevjast", r"krav\w*", r"ordning\w*", r"mangfold\w*", r"mangfald\w*",
    r"inkluder\w*", r"IA-\w+", r"likestill\w*", r"diskrimin\w*", r"forskjellsbehandl\w*",
    r"sikkerhetsklarer\w*", r"sikkerheitsklarer\w*", r"klarering\w*", r"\w*klareres", r"\w*klarerast", r"søkere med",
    r"søkjarar med", r"personer med", r"personar med", r"folk med",
    # work and study topics: "erfaring med sykefraværsoppfølging", "skrevet om islam"
    r"erfaring\w*", r"jobb(?:e|er|et|a|ar)? (?:med|for|innen|i)", r"arbeid(?:e|er|et|a|ar)? (?:med|for|innen|i)",
    r"kompetanse\w*", r"kunnskap\w*", r"kjennskap\w*", r"saksbehandl\w*", r"forsk\w*",
    r"skrevet om", r"skrive om", r"skreve om", r"studert\w*", r"master\w*", r"bachelor\w*",
    r"utdann\w*", r"fagfelt\w*", r"fagområde\w*", r"ansvar for", r"undervis\w*", r"interesse for",
)

PROHIBITION_CUES: tuple[str, ...] = (
    r"ikke spør\w*", r"ikkje spør\w*", r"spør ikke", r"spør ikkje", r"ikke still\w* spørsmål",
    r"ikkje still\w* spørsmål", r"ikke lov\w*", r"ikkje lov\w*", r"ulovlig\w*", r"ulovleg\w*",
    r"forbudt", r"forbode", r"unngå\w*", r"ikke legg\w* vekt", r"ikkje legg\w* vekt",
    r"ikke vektlegg\w*", r"ikkje vektlegg\w*", r"ikke ta hensyn", r"ikkje ta omsyn",
    # hypotheticals: "dersom kandidaten har nedsatt funksjonsevne"
    r"dersom", r"hvis", r"viss", r"i tilfelle", r"eventuell\w*",
    # questions about what the law allows: "er det lov å spørre om hun er gravid?",
    # "kan vi spørre om kandidaten har barn?", "husk at ..."
    r"(?:lov|lovlig|lovleg|tillatt|greit|ok) (?:til )?å (?:spørre|spørje|spørja|be om|legge vekt på|vektlegge|notere)",
    r"(?:kan|kunne|får|må|bør|skal) (?:vi|me|jeg|eg|du|man|ein|en) (?:\w+ ){0,2}(?:spørre|spørje|spørja)\w*",
    r"husk (?:at|å)",
)

# A verb right before the term makes a direct statement ("er gravid", "har en dom",
# "har vore sjukmeld"), even in a sentence that also has policy or topic words.
COPULAS: tuple[str, ...] = (
    "er", "var", "har", "hadde", "ble", "blei", "vart", "blitt", "vorte", "vært", "vore", "fikk", "fekk", "får",
    "viser", "viste", "syner", "synte",
)
_NOT_BETWEEN = (
    r"med|om|for|av|i|på|til|fra|frå|innen|innan|rundt|mot|blant|som|erfaring\w*|kompetanse\w*|kunnskap\w*"
    r"|ansvar\w*|jobbet|jobba|arbeidet|arbeidd|skrevet|skrive|studert|interesse"
)

# Sentence-initial capitalised words that are not names (function words, common nouns).
NOT_NAMES: frozenset[str] = frozenset(
    """vi me du de dei det den dette denne disse desse her der som alle hos vår vårt våre
    om når hvis dersom viss etter før på med for til fra frå ved og men så også kanskje
    hva kva hvem kven hvordan korleis lag skriv bruk gi vurder les oversett ikke ikkje
    noen nokon ingen mange folk personer personar ansatte tilsette kvinner menn søkere
    søkjarar kandidater kandidatar teksten rollen jobben staten etaten lederen leiaren
    sjefen laget teamet arbeidet kontoret annonsen oppgaven lønnen løna""".split()
)
_NOUN_SUFFIXES = ("ingen", "inga", "heten", "heita", "skapet", "sjonen", "tet", "ene", "ane", "et")

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
            r"(?<!\b(?:jf|jfr|ca|nr|kl|dvs|mv|osv|evt|inkl|bl\.a|f\.eks|t\.d|m\.m|mfl|pkt|kap|avd|tlf|ref))"
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
            r"(?:en|a|-en)?\s+(?:til|fra|frå|for)\s+(?!\w+(?:en|et|ene|ane|a|erne|arne)\b)\w{2,}",
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
            alternation(COPULAS) + r"(?:\s+(?!(?:" + _NOT_BETWEEN + r")(?!\w))[\w-]+:?){0,2}\s+$", FLAGS
        )

    def sentence_boundaries(self, text: str) -> list[int]:
        """Sorted end offsets of sentence separators in ``text``."""
        return [m.end() for m in self._boundary.finditer(text)]

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
        for end in [*boundaries, len(text)]:
            if end > begin:
                has_person = bool(self.person_reference_ends(text[begin:end])) or any(
                    begin <= start < end for start, _ in names
                )
                field = bool(_FORM_FIELD.match(text, begin, end)) or not text[begin:end].strip()
                form_person = field and (form_person or has_person)  # the fields of a form naming someone
                if has_person or after_person or form_person:  # the sentence after one may refer back to it
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
        ends.extend(match.end() for match in self._document_of.finditer(sentence))
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
        if not self._policy.search(sentence):
            return True
        # A person reference right before the term, with no policy or topic word in between.
        return any(
            0 <= term_at - ref_end <= self._near_chars and not self._policy.search(sentence, ref_end, term_at)
            for ref_end in references
        )


    def _in_form_naming_someone(self, text: str, begin: int, names: Sequence[tuple[int, int]]) -> bool:
        """The line at ``begin`` is a field of a form (``Label: value`` lines in a block) one of
        whose fields names a person (a name found there, or a person word)."""
        line_start = text.rfind("\n", 0, begin + 1) + 1
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        if not _FORM_FIELD.match(text, line_start, line_end):
            return False
        start = line_start
        for _ in range(_FORM_REACH):  # this field and the ones above it in the same block
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if not _FORM_FIELD.match(text, start, end):
                break
            if any(start <= a < end for a, _ in names) or self.person_reference_ends(text[start:end]):
                return True
            if start == 0:
                break
            start = text.rfind("\n", 0, start - 1) + 1
        return False


# A form's field: a short label and a colon at the start of a line ("Namn:", "Trekk
# fagforeiningskontingent:", "Fødselsnummer:").
_FORM_FIELD = re.compile(r"[ \t]*[\w(][\w ()/.,-]{0,45}:[ \t]*\S", FLAGS)
_FORM_REACH = 25


def _looks_like_ordinary_word(word: str, names: NameResources) -> bool:
    return names.lexicon.is_common(word) and not names.is_name(word) and not names.is_norwegian_name(word)


def _looks_like_name(word: str) -> bool:
    lowered = word.lower()
    if lowered in NOT_NAMES or lowered in PERSON_WORDS:
        return False
    if lowered.endswith(_NOUN_SUFFIXES):
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
                if self._gate.is_statement(text, result.start, boundaries, names):
                    results.append(result)
        return results
