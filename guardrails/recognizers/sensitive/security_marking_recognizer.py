"""NO_SECURITY_MARKING: text copied from a document that carries a security or
confidentiality marking.

Classified information (sikkerhetsloven) and documents exempt from public access
(offentleglova, "offl.") must never reach an external model; the marking also signals
personal data under GDPR art. 9/10 in HR case files. This recognizer is about documents,
not people, so it looks for *markings*:

* a marking word in capitals at the start of a line ("KONFIDENSIELT", "STRENGT HEMMELIG"),
  or capitalised alone on its line ("Fortrolig");
* a label: "Gradering: BEGRENSET", "Sikkerhetsgradering: Konfidensielt";
* "Sikkerhetsgradert" as a header line;
* "Unntatt offentlighet" / "Unntatt frå offentlegheit" at a line start, or anywhere when
  followed by a legal reference ("jf. offl. § 13", "jf. offentleglova § 14");
* a header line that is only a reference "jf. offl. § 13" / "Offentleglova § 14".

Requirements are not markings: "sikkerhetsklarering for nivå HEMMELIG", "klarering til
KONFIDENSIELT" (mid-line, or at a wrapped line start after "nivå", "for", "til" ...), and
"jf. offentleglova § 25" (the applicant-list rule quoted in every public job ad).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.recognizers.sensitive._context import PersonStatementRecognizer

ENTITY = "NO_SECURITY_MARKING"
FLAGS = re.IGNORECASE | re.MULTILINE

_MARKS_UPPER = r"(?-i:STRENGT\s+(?:HEMMELIG|HEMMELEG|FORTROLIG|FORTRULEG|KONFIDENSIELT)|HEMMELIG|HEMMELEG|KONFIDENSIELT|BEGRENSET|BEGRENSA|AVGRENSA|FORTROLIG|FORTRULEG)"
_MARKS_TITLE = r"(?-i:Strengt\s+(?:hemmelig|hemmeleg|fortrolig|fortruleg|konfidensielt)|Hemmelig|Hemmeleg|Konfidensielt|Begrenset|Begrensa|Avgrensa|Fortrolig|Fortruleg)"
_MARKS_ANY = r"(?:strengt\s+hemmelig|strengt\s+hemmeleg|hemmelig|hemmeleg|konfidensielt|begrenset|begrensa|avgrensa|fortrolig|fortruleg)"
# Start of a line, allowing indentation and Markdown/list decoration.
_LINE_START = r"(?<![^\n])[ \t]*(?:[#*_>\-–•|]+[ \t]*)?"
_LINE_END = r"(?=[ \t*_]*(?:\n|$|[:\-–—/(|]))"
_EXEMPT_FROM = r"\s+(?:(?:fra|frå)\s+)?(?:offentlighet(?:en)?|offentlegheit(?:a)?|innsyn)"
_UNNTATT = r"(?:unntatt|unnateke|unnteke|unntake)" + _EXEMPT_FROM
_UNNTATT_CAPITAL = r"(?-i:U)(?:nntatt|nnateke|nnteke|nntake)" + _EXEMPT_FROM
_LAW_REF = r"(?:(?:jf|jfr|iht|etter)\.?\s*)?(?:offl\.?|offentleglova|offentlighetsloven|offentlighetslova)\s*§\s*(?!25\b)\d+"

# One scan for every line-start form (the line-start check fails fast everywhere else)
# and one per form that may stand anywhere: few scans keep the recognizer cheap.
_AT_LINE_START = (
    _LINE_START
    + "(?:"
    + "|".join(
        (
            _MARKS_UPPER + r"(?!\w)",  # KONFIDENSIELT, STRENGT HEMMELIG ...
            _MARKS_TITLE + _LINE_END,  # "Fortrolig" alone on its line
            r"sikkerhe(?:t|i)tsgradert" + _LINE_END,
            _UNNTATT_CAPITAL + r"(?!\w)",
            _LAW_REF + r"[^\n]{0,40}$",  # a header line that is only "jf. offl. § 13 ..."
        )
    )
    + ")"
)

PATTERNS: tuple[Pattern, ...] = (
    Pattern("marking_at_line_start", _AT_LINE_START, 0.85),
    Pattern(
        "grading_label",
        r"(?<!\w)(?:sikkerhets|sikkerheits)?(?:gradering(?:snivå)?|gradert|klassifisering|klassifisert)"
        r"[ \t]*:[ \t]*" + _MARKS_ANY + r"(?!\w)",
        0.95,
    ),
    # a person's clearance level: "klarert for HEMMELEG", "autorisasjon NATO SECRET"
    Pattern(
        "clearance_level",
        r"(?<!\w)(?:(?:er|var|vart|ble|blei|blitt|vorte|vore|vært)\s+(?:\w+\s+){0,2}\w*"
        r"(?:klarert|autorisert)|(?:har|hadde|fått|fekk|fikk)\s+(?:\w+\s+){0,2}\w*"
        r"(?:klarering|autorisasjon))"
        r"(?:\s+(?:for|til|på|nivå)){0,2}\s+(?:(?-i:NATO|EU)\s+)?(?:" + _MARKS_ANY
        + r"|(?-i:COSMIC TOP SECRET|SECRET|CONFIDENTIAL|RESTRICTED))(?!\w)",
        0.85,
    ),
    Pattern("exempt_with_reference", r"(?<!\w)" + _UNNTATT + r"[ \t,]*" + _LAW_REF, 0.95),
)


# A stem every pattern above contains (a marking word, an exemption, a grading or a clearance):
# without one the patterns cannot match, so they are not run.
_ANY_MARKING_STEM = re.compile(
    r"hemmel|konfiden|begrens|avgrens|fortrol|fortrul|grader|klassifis|unnt|unnat|offl|offentl|klarer|klarert"
    r"|autoris|sikkerhe|secret|confidential|restricted",
    re.IGNORECASE,
)

# A template's blanks: "[NAMN]", "[   ]", "{fornavn}", "<navn>".
_PLACEHOLDER = re.compile(
    r"\[[ \t]*\]|\[(?-i:[A-ZÆØÅ][A-ZÆØÅ /.-]{1,30})\]|\[(?-i:[a-zæøå][a-zæøå /.-]{1,30})\]|\{[\wæøå]+\}"
    r"|<{1,2}(?-i:[A-ZÆØÅa-zæøå]+)>{1,2}"
)
# A capitalised marking word that continues a wrapped sentence is a level, not a marking.
_REQUIREMENT_BEFORE = re.compile(
    r"(?:nivå\w*|klarer\w*|autoris\w*|gradert\w*|tilgang|for|til|på|som|opp|inntil|og|eller|om)[ \t]*\n[ \t]*$",
    FLAGS,
)


class SecurityMarkingRecognizer(PatternRecognizer):
    """Security and confidentiality markings on pasted documents."""

    def __init__(self, supported_language: str = "nb") -> None:
        super().__init__(
            supported_entity=ENTITY,
            name=f"SecurityMarkingRecognizer_{supported_language}",
            patterns=[Pattern(p.name, p.regex, p.score) for p in PATTERNS],
            context=["gradering", "gradert", "sikkerhetsloven", "offentleglova", "offl", "unntatt"],
            supported_language=supported_language,
            global_regex_flags=FLAGS,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        if not _ANY_MARKING_STEM.search(text):
            return []  # most texts: none of the words every pattern needs
        if len(_PLACEHOLDER.findall(text)) >= 2:
            return []  # a blank template ("Søkjar: [NAMN]"): its marking covers what it will hold
        # Our patterns rely on our own flags: case-sensitive parts, line starts, no DOTALL.
        results = super().analyze(text, entities, nlp_artifacts, regex_flags=FLAGS)
        return [r for r in results if not self._is_wrapped_requirement(text, r.start)]

    @staticmethod
    def _is_wrapped_requirement(text: str, start: int) -> bool:
        window = text[max(0, start - 60) : start]
        return bool(_REQUIREMENT_BEFORE.search(window))


# The level of a person's clearance, after a clearance word in the same sentence:
# "Geir Aune – klarert for HEMMELIG", "klareringa til randi lothe for KONFIDENSIELT".
_CLEARANCE_WORD = r"(?:\w*klarer\w*|\w*klarert\w*|\w*autoris\w*)"
_LEVEL = (
    r"(?-i:(?:NATO |EU )?(?:COSMIC TOP SECRET|TOP SECRET|SECRET|CONFIDENTIAL|RESTRICTED)"
    r"|STRENGT HEMMELIG|STRENGT HEMMELEG|HEMMELIG|HEMMELEG|KONFIDENSIELT|BEGRENSET|BEGRENSA)"
)
CLEARANCE_TERMS: tuple[str, ...] = (r"(?<=\b" + _CLEARANCE_WORD + r"\b[^.!?\n]{0,60}?)" + _LEVEL,)


class ClearanceRecognizer(PersonStatementRecognizer):
    """A person's security clearance and its level (sikkerhetsloven kap. 8). A level in a
    job ad's requirement ("må kunne sikkerhetsklareres for HEMMELIG") names nobody and passes;
    the statement gate decides, as for the special categories."""

    ENTITY = ENTITY
    TERMS = CLEARANCE_TERMS
