"""NO_RELIGION: religion or belief of a person.

Religious or philosophical beliefs are a special category (GDPR art. 9); an employer may
not ask for them when hiring (arbeidsmiljøloven § 13-4; likestillings- og
diskrimineringsloven § 30). "Hun er muslim" is blocked; "Vi ønsker søkere uavhengig av
... religion" and "Du vil jobbe med religionspolitikk" are not.
"""

from __future__ import annotations

from guardrails.recognizers.sensitive._context import PersonStatementRecognizer

ENTITY = "NO_RELIGION"

TERMS: tuple[str, ...] = (
    r"(?:sin|si|hans|hennes|hennar|min|mi|kandidatens|søkerens|søkjarens) (?:religion|religiøse \w+)", r"religiøs", r"livssyn\w*",
    r"trosretning\w*", r"trusretning\w*", r"(?:sin|si|hans|hennes|hennar|min|mi) (?:tro|tru)(?:en|a)?",
    r"troende", r"truande", r"gudstro", r"kristentro\w*",
    r"\w*muslim\w*", r"islam\w*", r"sjia(?:muslim\w*|isme\w*)?(?!\w)", r"sunni(?:muslim\w*|tt\w*|isme\w*)?(?!\w)",
    r"ortodoks\w*", r"adventist\w*", r"baptist(?:er|en|ane|ene|isk\w*)?(?!\w)", r"metodist\w*", r"kveker\w*",
    r"jesid\w*", r"kristen", r"kristne", r"kristendom\w*", r"katolikk\w*", r"katolsk\w*",
    r"protestant\w*", r"pinsevenn\w*", r"pinsemenighet\w*", r"pinsemenigheit\w*", r"pinsekyrkj\w*", r"luthersk\w*",
    r"(?:aktiv|engasjert|medlem) (?:i|av) (?:\w+ )?(?:\w*menighet\w*|\w*menigheit\w*|\w*meinigheit\w*|kirkelyden|kyrkjelyden"
    r"|Normisjon|Misjonssambandet|Norsk Luthersk Misjonssamband|(?-i:NLM)|Frelsesarmeen|Indremisjon\w*|bedehus\w*"
    r"|Pinsebevegelsen|Det Mosaiske Trossamfund|Islamsk Råd|Human-Etisk Forbund|Den katolske kirke)",
    r"jøde", r"jødar", r"jøder", r"jødisk\w*", r"jødedom\w*", r"hindu\w*", r"buddhis\w*",
    r"sikh\w*", r"ateist\w*", r"agnostik\w*", r"humanetik\w*", r"Human-Etisk Forbund",
    r"Jehovas? vitne\w*", r"mormon\w*", r"l[aæ]estadian\w*", r"frelst\w*", r"konvertert\w* til \w+",
    r"hijab\w*", r"niqab\w*", r"kippa\w*", r"ramadan\w*",
    r"(?:til|på) (?:fredags)?(?:bønn|bøn)(?:en|a)?", r"fredagsbønn\w*", r"(?:bønn|bøn) i (?:moskeen|moskéen|kirken|kyrkja|synagogen|tempelet)",
    r"moske(?:en)?(?!\w)", r"moské(?:en)?(?!\w)", r"synagoge(?:n)?(?!\w)", r"(?:gudstjeneste|gudsteneste)\w*",
    r"(?:går|gjekk|gikk|går fast) i (?:kirken|kirka|kyrkja|moskeen|moskéen|synagogen|tempelet|templet|menigheten|meinigheita)",
    r"(?:medlem av|medlem i) (?:kirken|kyrkja|menigheten|meinigheita|moskeen|moskéen|et trossamfunn|eit trussamfunn)",
)


class ReligionRecognizer(PersonStatementRecognizer):
    """Religion or belief of a person (GDPR art. 9; aml. § 13-4; ldl. § 30)."""

    ENTITY = ENTITY
    TERMS = TERMS
