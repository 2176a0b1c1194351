"""Question mode: may an employer ask this question when hiring?

The special-category recognizers (``guardrails/recognizers/sensitive``) find statements
*about* a person; a question *to* a candidate is the other side of the same rule: an
employer may not ask about pregnancy and family plans, religion, ethnicity, disability,
sexual orientation (likestillings- og diskrimineringsloven § 30), political views and union
membership (arbeidsmiljøloven § 13-4), health beyond the job's needs (arbeidsmiljøloven
§ 9-3) or age (arbeidsmiljøloven § 13-1, age discrimination). This module reuses those
recognizers' term lists as they are and adds the words questions use ("Har du barn?",
"Hvor gammel er du?"), then decides per question:

* the question must be put to the candidate (du, deg, din, dere …);
* a term that is the *topic of the work* ("erfaring med tilrettelegging for …", "Hvordan
  følger du opp sykefravær som leder?") is no question about the candidate;
* a question that states the job's own need ("Stillingen innebærer tunge løft. …") may ask
  about health, language, religion or politics as far as the job needs it, never about
  family plans, age, union membership or sexual orientation.

Pure: text in, findings out. The Norwegian explanation and a lawful rewording per category
are user-facing text and live in ``prompts/messages/question_check.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex as re

from guardrails.recognizers.sensitive import (
    ethnicity_recognizer,
    health_recognizer,
    politics_recognizer,
    pregnancy_family_recognizer,
    religion_recognizer,
    sexual_orientation_recognizer,
    union_recognizer,
)

FLAGS = re.IGNORECASE | re.UNICODE

LAWS: dict[str, str] = {
    "pregnancy_family": "likestillings- og diskrimineringsloven § 30",
    "religion": "likestillings- og diskrimineringsloven § 30",
    "ethnicity": "likestillings- og diskrimineringsloven § 30",
    "disability_health": "likestillings- og diskrimineringsloven § 30 og arbeidsmiljøloven § 9-3",
    "sexual_orientation": "likestillings- og diskrimineringsloven § 30",
    "age": "arbeidsmiljøloven § 13-1",
    "union": "arbeidsmiljøloven § 13-4",
    "politics": "arbeidsmiljøloven § 13-4",
}

# Words questions use beyond the recognizers' statement terms (bokmål and nynorsk).
_QUESTION_TERMS: dict[str, tuple[str, ...]] = {
    "sexual_orientation": (
        r"kjæreste\w*", r"legning\w*", r"homofil\w*", r"lesbisk\w*", r"bifil\w*", r"skeiv\w*", r"likekjønn\w*",
        r"samme kjønn", r"same kjønn", r"(?:kone|mann|ektemann) eller (?:mann|kone|kvinne)", r"mann eller kvinne",
        r"partner\w*", r"kjønnsidentitet\w*", r"transperson\w*", r"seksuell\w*",
    ),
    "politics": (
        r"parti\w*", r"stemme[rt]? (?:du|på)", r"stemte", r"røyst\w*", r"\w*politisk\w*", r"\w*politikk\w*",
        r"velg(?:ar|er)\w*", r"valget",
    ),
    "ethnicity": (
        r"opprinnel\w*", r"opphav\w*", r"kommer du (?:opprinnelig )?fra", r"kjem du (?:opphavleg )?frå",
        r"hvor er du fra", r"kvar er du frå", r"morsmål\w*", r"hudfarge\w*", r"nasjonalitet\w*", r"innvandr\w*",
        r"etnisk\w*", r"etnisitet\w*", r"utenlandsk\w*", r"utanlandsk\w*", r"norsk (?:eller|født|fødd)",
        r"foreldrene? dine (?:fra|frå)", r"hvor kommer foreldrene", r"kvar kjem foreldra",
        r"(?:hvilket|kva|kva for eit) land", r"født i (?:norge|utlandet)", r"fødd i (?:noreg|utlandet)",
        r"(?:snakker|snakkar|snakke|prater|pratar) (?:dere|du|dykk|de) \w+ (?:hjemme|heime)",
        r"språk\w* (?:hjemme|heime)", r"kommer du \w+ fra", r"kjem du \w+ frå",
    ),
    "religion": (
        r"religion\w*", r"religiøs\w*", r"tro(?:ende)?", r"tru(?:ande)?", r"ber du", r"bønn\w*", r"kirke\w*",
        r"kyrkj\w*", r"mosk[eé]\w*", r"helligdag\w*", r"høgtid\w*", r"høytid\w*", r"gud\w*", r"ramadan\w*", r"fasten",
        r"faster (?:du|dere|de)", r"feir\w* (?:du|dere|de|dykk) (?:jul\w*|påske\w*|eid|id|hanukka|diwali)",
    ),
    "pregnancy_family": (
        r"(?:små)?barn\w*", r"born(?:a|et)?", r"unge(?:r|ne)", r"unga(?:r|ne)", r"famili\w*", r"barnehage\w*",
        r"henting", r"hente i", r"omsorgsansvar\w*", r"omsorgsoppgå?ve?\w*", r"gift", r"samboer\w*", r"sambuar\w*",
        r"ektefelle\w*", r"ektem[ae]nn\w*", r"mannen (?:din|di)", r"kona (?:din|di)", r"konen din", r"adopt\w*",
        r"\w*permisjon\w*", r"gravid\w*", r"svanger\w*",
    ),
    "union": (
        r"fagforening\w*", r"fagforeining\w*", r"fag(?:lig )?organisert", r"organisert", r"forbund\w*",
        r"streik\w*", r"(?-i:LO|YS|Unio)", r"akademikerne",
    ),
    "age": (
        r"hvor gammel", r"kor gammal", r"kva alder", r"hvilken alder", r"alder\w*", r"født", r"fødd", r"fødselsår\w*",
        r"fødselsdato\w*", r"pensjon\w*", r"for gammel", r"for gamal", r"for ung", r"år gammel", r"år gamal",
        r"generasjon\w*", r"hvilket år", r"kva år", r"gam(?:m)?al", r"gammel", r"eldre", r"yngre",
        r"(?:rundt|omkring|kring|over|under) \d+ år",
    ),
    "disability_health": (
        r"sykdom\w*", r"sjukdom\w*", r"syk(?!epleie|ehus|ehjem)\w*", r"sjuk(?!epleie|ehus|eheim)\w*", r"diagnos\w*",
        r"medisin\w*", r"hels[ae]\w*", r"psykisk\w*",
        r"funksjons\w*", r"handikap\w*", r"ufør\w*", r"allergi\w*", r"rus\w*", r"depresj\w*", r"angst\w*",
        r"smerte\w*", r"vondt",
    ),
}

_STATEMENT_TERMS: dict[str, tuple[str, ...]] = {
    "sexual_orientation": sexual_orientation_recognizer.TERMS,
    "pregnancy_family": pregnancy_family_recognizer.TERMS,
    "religion": religion_recognizer.TERMS,
    "ethnicity": ethnicity_recognizer.TERMS,
    "politics": politics_recognizer.TERMS,
    "union": union_recognizer.TERMS,
    "disability_health": health_recognizer.TERMS,
    "age": (),
}

# A question is put to the candidate.
_TO_CANDIDATE = re.compile(r"\b(?:du|deg|din|di|ditt|dine|dere|dykk|dykkar|deres)\b", FLAGS)
# The term is the topic of the work, when one of these stands before it in the question.
_TOPIC = re.compile(
    r"\b(?:erfaring\w*(?: \w+){0,2} (?:med|fra|frå|i|som)|kunnskap\w* (?:om|i)|kjennskap til|jobb(?:e|a|et|ar|er) med|"
    r"arbeid(?:e|a|et|ar|er)? med|arbeid (?:med|for|i)|veiled\w*|rettleie?\w*|undervis\w*|legg\w* (?:du )?til rette|"
    r"leggje til rette|tilrettelegg\w*|samarbeid\w* med|samarbeid\w*|håndter\w*|handter\w*|som leder|som leiar|"
    r"følger du opp|følgjer du opp|følge opp|følgje opp|vet du om|veit du om|hvordan vil du|korleis vil du|"
    r"hvordan sikrer|korleis sikrar|i lønnssystemet|arbeide for|arbeidet med|forhandling\w*|tjenester for|"
    r"tenester for|råd til|rådgi\w*|sensitive saker|prosess\w*)\b", FLAGS)
# The question states the job's own need.
_JOB_NEED = re.compile(
    r"\b(?:stillingen|stillinga|jobben|rollen|rolla|arbeidet|arbeidsoppgavene|arbeidsoppgåvene) "
    r"(?:krever|krev|innebærer|inneber|er|har|forutsetter|føreset|omfatter|omfattar)\b|"
    r"\bdu (?:vil|skal) (?:undervise|gi råd|jobbe|arbeide|arbeida)\b", FLAGS)
JOB_CAN_JUSTIFY = frozenset({"disability_health", "religion", "ethnicity", "politics"})
CATEGORIES: tuple[str, ...] = tuple(_QUESTION_TERMS)


def _pattern(terms: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(terms) + r")(?!\w)", FLAGS)


_PATTERNS = {category: _pattern(_STATEMENT_TERMS[category] + _QUESTION_TERMS[category]) for category in CATEGORIES}
_SENTENCES = re.compile(r"(?<=[.;:!?])\s+")
_QUESTION_LINE = re.compile(r"^\s*(?:[-•*–·]|\d{1,2}[.)]|[A-Za-z][.)])?\s*(.+\?)\s*(?:\(.*\))?\s*$")


@dataclass(frozen=True)
class QuestionFinding:
    question: str
    category: str
    law: str
    term: str


def check_question(question: str) -> QuestionFinding | None:
    """A finding when the question asks the candidate about a protected ground, else None."""
    text = " ".join(question.split())
    job_need = bool(_JOB_NEED.search(text))
    # Only what is put to the candidate is asked; a sentence that states the job is context.
    asked = [s for s in _SENTENCES.split(text) if _TO_CANDIDATE.search(s)]
    for category in CATEGORIES:
        for sentence in asked:
            for match in _PATTERNS[category].finditer(sentence):
                if _TOPIC.search(sentence[:match.start()]):
                    continue
                if job_need and category in JOB_CAN_JUSTIFY:
                    continue
                return QuestionFinding(question=text, category=category, law=LAWS[category], term=match.group(0))
    return None


def questions_in(text: str) -> list[str]:
    """The questions in an answer: every line that ends with a question mark (numbering removed)."""
    found = []
    for line in text.splitlines():
        match = _QUESTION_LINE.match(line.replace("**", ""))
        if match:
            found.append(match.group(1).strip())
    return found


def check_questions(text: str) -> list[QuestionFinding]:
    """Findings for each question in ``text`` an employer may not ask, in the text's order."""
    return [finding for question in questions_in(text) if (finding := check_question(question)) is not None]
