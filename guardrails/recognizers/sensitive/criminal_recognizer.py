"""NO_CRIMINAL: criminal record, convictions, charges and sentences of a person.

Personal data relating to criminal convictions and offences is protected by GDPR
art. 10. "Kandidaten har en dom for vold" and "ho er dømd for underslag" are blocked;
"Politiattest kreves" and a "vandelsattest" as a requirement are not ("politiattest"
and "vandelsattest" are no terms; only remarks on them are).
"""

from __future__ import annotations

from guardrails.recognizers.sensitive._context import PersonStatementRecognizer

ENTITY = "NO_CRIMINAL"

TERMS: tuple[str, ...] = (
    r"dom(?:men|mane|mene)?", r"dømt\w*", r"dømd\w*", r"dømde", r"domfelt\w*", r"domfeld\w*",
    r"straffedømt\w*", r"straffedømd\w*", r"straffet", r"straffa", r"straffesak\w*",
    r"straffbare? (?:handling\w*|forhold\w*)", r"sikte[td] for", r"sikta for",
    r"(?:siktet|sikta|tiltalt|tiltala|mistenkt|mistenkt) i (?:en |ei |eit |et )?(?:\w+ ){0,2}(?:sak|straffesak)\w*", r"siktelse\w*", r"tiltalt\w*", r"tiltala",
    r"tiltale(?:n)?", r"anmeldt\w*", r"meldt til politiet", r"melde til politiet", r"politianmeld\w*",
    r"fengselsstraff\w*", r"fengselsdom\w*", r"(?:sitter|sittet|sete|sat|satt|sit|sitte|sitje|sonet|sona|soner|sonar|dømt til|dømd til) (?:\w+ )?i fengsel\w*",
    r"fengsla", r"fengslet", r"soning", r"sonet",
    # ("sona", "soner" are also the zone and zones: only with what is served)
    r"(?:sona|soner|sonar|sone|har sona)(?= (?:\w+ )?(?:dom\w*|straff\w*|fengsel\w*|i fengsel|[\w,]+ (?:år|månader|måneder|månad|måned|dagar|dager|veker|uker)))",
    r"(?:sitter|sat|satt|sit|sitte) inne", r"forelegg\w*", r"førelegg\w*", r"bøtelagt\w*", r"samfunnsstraff\w*",
    r"vilkårsdom\w*", r"rulleblad\w*", r"anmerkning\w*", r"merknad(?:er|ar)? på (?:politiattest\w*|vandelsattest\w*)",
    r"kriminell\w* (?:fortid|bakgrunn|historikk|rulleblad)", r"(?:tidligere|tidlegare) kriminell\w*",
    r"(?:begått|begikk|gjort|gjorde|gjennomført) (?:\w+ )?(?:lovbrudd\w*|kriminalitet|straffbare? \w+)",
    r"(?:fått|fikk|fekk|har|hadde|ilagt|ilagd) (?:\w+ ){0,2}bot(?:er|a|en)?(?!\w)", r"bot(?:a|en)? for \w+",
    r"underslag\w*", r"bedrageri\w*", r"trygdesvindel\w*", r"tyveri(?:er|ar|et)?", r"narkotikalovbrudd\w*",
    r"promillekjøring\w*", r"kjøring i (?:rus)?påvirk(?:et|a) tilstand", r"køyring i (?:rus)?påverka tilstand", r"fyllekjøring\w*", r"ruskjøring\w*", r"voldsdom\w*", r"voldsdømt\w*", r"voldsdømd\w*",
)


class CriminalRecognizer(PersonStatementRecognizer):
    """Criminal records of a person (GDPR art. 10)."""

    ENTITY = ENTITY
    TERMS = TERMS
