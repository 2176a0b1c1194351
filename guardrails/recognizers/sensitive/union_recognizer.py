"""NO_UNION: trade-union membership and union office of a person.

Trade-union membership is a special category (GDPR art. 9); an employer may not ask
about it when hiring (arbeidsmiljøloven § 13-4; likestillings- og diskrimineringsloven
§ 30 covers membership of employee organisations). "Han er medlem av Fagforbundet" is
blocked; "fagforeningene er involvert i prosessen" and "en tillitsvalgt deltar i
intervjuet" are not: a union word counts only in membership phrasing. Union names that
are also ordinary words (Delta, Parat, Lederne) and acronyms are matched case-sensitively.
"""

from __future__ import annotations

from guardrails.recognizers.sensitive._context import PersonStatementRecognizer

ENTITY = "NO_UNION"

UNIONS: tuple[str, ...] = (
    r"fagforening\w*", r"fagforeining\w*", r"fagforbund\w*", r"fagorganisasjon\w*", r"forbundet",
    r"Fagforbundet", r"Fellesforbundet", r"Forskerforbundet", r"Utdanningsforbundet",
    r"Akademikerforbundet", r"Akademikerne", r"Juristforbundet", r"Samfunnsviterne",
    r"Norsk Sykepleierforbund", r"Sykepleierforbundet", r"Legeforeningen", r"Den norske legeforening",
    r"Norsk Tjenestemannslag", r"Norsk Tenestemannslag", r"Politiets Fellesforbund",
    r"Skolenes landsforbund", r"Handel og Kontor", r"El og IT Forbundet", r"Negotia",
    r"Econa", r"Tekna", r"Creo", r"Musikernes fellesorganisasjon", r"Presseforbund\w*", r"Journalistlag\w*",
    r"Landsorganisasjonen", r"Befalets fellesorganisasjon", r"Norges Offisers- og Spesialistforbund",
    r"Fellesorganisasjonen", r"Norsk Lektorlag", r"Naturviterne", r"Bibliotekarforbundet", r"Norsk Psykologforening",
    r"Norsk Fysioterapeutforbund", r"Norsk Ergoterapeutforbund", r"Norsk Radiografforbund", r"Arkitektforbundet",
    r"(?-i:Delta|Parat|Lederne|Unio|YS|LO|HK|NTL|NSF|NITO|FO|BFO|NOF|LO Stat|YS Stat)",
)

_UNION = "(?:" + "|".join(UNIONS) + ")"

TERMS: tuple[str, ...] = (
    r"(?:medlem\w*|medlemskap\w*|organisert|aktiv|engasjert|innmeldt|med) (?:av|i) (?:en |ei |ein )?" + _UNION,
    # "frøya er i fagforbundet": being in a named union (not the generic "forbundet")
    r"(?<=\b(?:er|var|vore|vært) )i (?!forbundet\b)" + _UNION,
    r"(?:meldt|meldte|melde|melder|meldar) (?:seg |meg )?inn i (?:en |ei |ein )?" + _UNION,
    _UNION + r"-(?:medlem\w*|tillitsval\w*|hovudtillitsval\w*|hovedtillitsval\w*|kontakt\w*)",
    r"(?:leder|leiar|nestleder|nestleiar|styremedlem|sekretær|kasserer|klubbleder|klubbleiar|tillitsvalgt"
    r"|tillitsvald|hovedtillitsvalgt|hovudtillitsvald|plasstillitsvalgt|plasstillitsvald)"
    r" (?:for|i|av) (?:en |ei |ein )?" + _UNION,
    r"fagforeningsmedlem\w*", r"fagforeiningsmedlem\w*", r"fagforenings?kontingent\w*", r"fagforeinings?kontingent\w*",
    r"forbundskontingent\w*",
    # a role in a union's local branch ("leiar i lokallaget til Forskerforbundet")
    r"(?:lokallag|klubb|foreining|forening|avdeling)\w* (?:til|i|for|av) (?!forbundet\b)" + _UNION + r"(?!\w)", r"(?:a |an )?member of (?:the )?" + _UNION, r"kontingent(?:en)? (?:til|for) (?:en |ei |ein )?" + _UNION, r"fagorganisert\w*", r"uorganisert\w*",
    r"(?:er|var|vært|vore|vart|ble|blitt|blei) (?:\w+ )?\w*tillitsval(?:gt|d)\w*",
    # (one representative: "Tillitsvalgte i Akademikerne, Unio ..." are the unions' people in general)
    r"\w*tillitsval(?:gt|d)(?:en)? (?:for|i) (?:en |ei |ein )?" + _UNION,
    # a named person from a named union ("Gunnar Rød frå Fagforbundet ringde"), or the union
    # in brackets after a name ("Tone Rasmussen (arbeidstakerrepresentant, Delta)")
    r"(?<=(?-i:\p{Lu})\w+ )(?:fra|frå) (?!(?:fagforening|fagforeining|fagorganisasjon)\w*|forbundet\b|fagforbund\b)" + _UNION + r"(?!\w)",
    r"(?<=(?-i:\p{Lu})\w+ \((?:[^()\n]{0,40}?[,\s]\s*)?)" + _UNION + r"(?=\))",
)


class UnionRecognizer(PersonStatementRecognizer):
    """Trade-union membership of a person (GDPR art. 9; aml. § 13-4; ldl. § 30)."""

    ENTITY = ENTITY
    TERMS = TERMS
