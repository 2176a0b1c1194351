"""NO_POLITICS: political opinion and party membership of a person.

Political opinions are a special category (GDPR art. 9); an employer may not ask about
political views or party membership when hiring (arbeidsmiljøloven § 13-4;
likestillings- og diskrimineringsloven § 30). "Hun stemmer Rødt" is blocked; "politisk
ledelse i departementet" is not. Party names that are ordinary words (Høyre, Venstre,
Rødt) and acronyms are matched case-sensitively.
"""

from __future__ import annotations

from guardrails.recognizers.sensitive._context import PersonStatementRecognizer

ENTITY = "NO_POLITICS"

TERMS: tuple[str, ...] = (
    r"Arbeiderpartiet", r"Arbeidarpartiet", r"Fremskrittspartiet", r"Framstegspartiet",
    r"Senterpartiet", r"Sosialistisk Venstreparti", r"Kristelig Folkeparti", r"Kristeleg Folkeparti",
    r"Miljøpartiet De Grønne", r"Miljøpartiet Dei Grøne", r"Miljøpartiet", r"Pasientfokus",
    r"Industri- og Næringspartiet", r"Norgesdemokratene", r"Partiet Sentrum", r"Kystpartiet",
    r"Liberalistene", r"Piratpartiet", r"Unge Høyre", r"Unge Venstre", r"Senterungdommen",
    r"Sosialistisk Ungdom", r"Rød Ungdom", r"Grønn Ungdom", r"Fremskrittspartiets Ungdom",
    r"(?-i:Høyre|Venstre|Rødt|Ap|AP|Sp|SV|KrF|Krf|MDG|FrP|Frp|INP|AUF|FpU|KrFU|Raudt)",
    # typed in lower case in a chat: only the abbreviations that are no ordinary word
    r"(?-i:frp|krf|mdg|auf|fpu|krfu)",
    # party names that are ordinary words, typed in lower case: only in membership phrasing
    r"(?:medlem\w* (?:av|i)|aktiv i|engasjert i|(?:er|var) med i|stemmer på|stemte på|røyster på|røysta på"
    r"|sitter for|sit for|representant for|politiker for|politikar for|listekandidat for|står på lista (?:til|for))"
    r" (?:høyre|venstre|rødt|raudt|ap|sp|sv)(?!\w)",
    # a seat on a council: "sitter i bystyret for frp"
    r"(?:sitter|sit|satt|sat|valgt|vald|innvalgt|innvald|representant\w*) (?:inn )?(?:i|på) "
    r"(?:bystyret|kommunestyret|fylkestinget|formannskapet|stortinget|sametinget)",
    r"parti(?:et|medlem\w*|politisk\w*|bok(?:a|en)?|tilhørighet|tilhøyrsle|kort|kortet|lag(?:et)?)",
    r"politisk\w* (?:ståsted\w*|syn|overbevisning\w*|tilhørighet|tilhøyrsle|engasjement|aktiv\w*|standpunkt\w*|meining\w*|mening\w*|ståstad|sympati\w*|farge|farga)",
    r"sosialist\w*", r"kommunist\w*", r"anarkist\w*", r"nazist\w*", r"nynazist\w*", r"fascist\w*",
    r"høyreekstrem\w*", r"venstreekstrem\w*", r"ytre (?:venstre|høyre)",
)


class PoliticsRecognizer(PersonStatementRecognizer):
    """Political opinion of a person (GDPR art. 9; aml. § 13-4; ldl. § 30)."""

    ENTITY = ENTITY
    TERMS = TERMS
