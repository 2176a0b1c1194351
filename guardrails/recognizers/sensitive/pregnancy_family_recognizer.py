"""NO_PREGNANCY_FAMILY: pregnancy, plans for children or adoption, parental leave plans.

An employer may not ask about pregnancy, adoption or family planning when hiring
(arbeidsmiljøloven § 13-4 second paragraph; likestillings- og diskrimineringsloven § 30);
pregnancy is also health data (GDPR art. 9). "Kandidaten er gravid og skal ut i permisjon
i mars" and "Kari planlegger å få barn neste år" are blocked; "Vi har gode
permisjonsordninger" is not.
"""

from __future__ import annotations

from guardrails.recognizers.sensitive._context import PersonStatementRecognizer

ENTITY = "NO_PREGNANCY_FAMILY"

TERMS: tuple[str, ...] = (
    r"gravid\w*", r"graviditet\w*", r"svangerskap\w*", r"venter (?:sitt |sitt første |et |eit )?barn",
    r"ventar (?:sitt |eit )?barn", r"vent(?:er|ar) (?:\w+ )?(?:tvilling\w*|trilling\w*|baby|småbarn|born nummer \w+|barn nummer \w+)",
    r"tvillinggravid\w*", r"pregnant", r"pregnancy", r"maternity leave", r"paternity leave", r"parental leave",
    r"expecting (?:a baby|a child|her first|his first|their first|twins|her second|their second)",
    r"(?:is|are) expecting", r"termin(?:en)?", r"barsel\w*",
    r"(?:foreldre|fødsels|mamma|pappa|fedre|mødre|svangerskaps|omsorgs|barsel)perm\w*", r"ut i permisjon",
    r"foreldrepenger", r"foreldrepengar", r"fedrekvote\w*", r"mødrekvote\w*", r"fellesperiode\w*", r"fødsel(?:en)?", r"føde(?:r)?", r"fødte", r"fødde",
    r"få (?:et |eit |flere |fleire |to |enda et |endå eit )?(?:barn|born|baby)",
    r"får (?:et |eit )?(?:barn|born|baby)", r"prøver å få barn", r"prøvar å få born",
    r"(?:planlegger|planlegg|planla|planlagt|ønsker|ønskjer|vil ha|tenker på|tenkjer på) (?:å få )?(?:flere |fleire |et |eit |to |)?(?:barn|born|baby|unger|ungar)",
    r"barneplaner", r"barneplanar", r"familieplanlegging", r"familieforøkelse", r"familieforøking",
    r"adopsjon\w*", r"adopter\w* (?:et |eit |ei |to |\w+ )?(?:barn|born|baby)", r"adoptiv\w*", r"(?-i:IVF)", r"prøverør\w*", r"assistert befruktning",
    r"fertilitet\w*", r"barnløs\w*", r"spontanabort\w*", r"abort\w*", r"barnehageplass\w*",
    r"barnehagestart", r"(?:begynne|begynner|byrje|byrjar|starte|starter|start) i barnehagen?",
    r"alenemor", r"alenefar", r"aleinemor", r"aleinefar", r"åleinemor", r"åleinefar", r"småbarnsmor", r"småbarnsfar",
    r"eneforsørger\w*", r"eineforsørgjar\w*", r"aleneforsørger\w*",
    r"(?:alene|aleine|åleine) med (?:en |ei |et |eit |to |tre |fire )?(?:barn|born|sønn\w*|son|søner|datter|dotter|døtre|døtrer|ungar|unger)",
    # children and their ages: "to born på fire og sju år", "en sønn på ni år"
    r"(?:barn|born|sønn|son|datter|dotter|døtre|sønner|søner|ungar|unger) på \w+(?: og \w+)? år",
)


class PregnancyFamilyRecognizer(PersonStatementRecognizer):
    """Pregnancy and family plans of a person (GDPR art. 9; aml. § 13-4; ldl. § 30)."""

    ENTITY = ENTITY
    TERMS = TERMS
