"""NO_HEALTH: health, diagnoses, sick leave, medication and disability of a person.

Health data is a special category under GDPR art. 9; an employer may not ask for it in
hiring (arbeidsmiljøloven § 13-4, likestillings- og diskrimineringsloven § 30).
"Søkeren har ME og har vore sjukmeld i eit år" is blocked; "tilrettelegging for personer
med nedsatt funksjonsevne", "Helsedirektoratet" and "helse- og omsorgstjenester" are not
(the bare word "helse" is no term; policy cues cancel general mentions).
"""

from __future__ import annotations

from guardrails.recognizers.sensitive._context import PersonStatementRecognizer

ENTITY = "NO_HEALTH"

# Regex fragments, bokmål and nynorsk. (?-i:...) = case-sensitive abbreviations.
TERMS: tuple[str, ...] = (
    # sick leave and illness
    # (a prefix too: "langtidssykmeldt", "deltidssjukmeld")
    r"\w*sy?k(?:e)?meld\w*", r"\w*sjuk(?:e)?meld\w*", r"sykefravær(?:et)?", r"sjukefråvær(?:et)?",
    r"sykepenger", r"sjukepengar", r"syk", r"sjuk", r"sykdom\w*", r"sjukdom\w*",
    r"uføre?\w*", r"uførtrygd\w*", r"arbeidsavklaringspenger", r"(?-i:AAP)",
    r"legeerklæring\w*", r"helseproblem\w*", r"helseplag\w*", r"helsetilstand\w*",
    r"helseutfordring\w*", r"helsemessige? (?:årsaker|grunner|grunnar|utfordringar|utfordringer)",
    r"innlag[td]\w*", r"operert", r"utbrent\w*", r"utbrenthet", r"utbrentheit", r"burnout",
    # diagnoses
    r"diagnose(?:n|r|ne|ar|ane)?", r"diagnostisert\w*", r"(?-i:ME|ADHD|ADD|PTSD|KOLS|HIV|OCD|CFS)",
    # in lower case too, as typed in chat: abbreviations that are no ordinary word
    r"kols", r"adhd", r"ptsd", r"hiv", r"ocd",
    # short ones that are ordinary words in lower case ("me", "ms", "add") only after a verb of having
    r"(?<=\b(?:har|hadde|fått|fikk|fekk|med|diagnosen|diagnose) )(?:me|ms|add)(?!\w)",
    # not a product ("MS Teams") or a ship ("MS Richard With")
    r"(?-i:MS)(?![\s-]*(?:Office|Teams|Word|Excel|Outlook|Project|SQL|Access|Dynamics|Forms|Planner|365))"
    r"(?!\s+(?-i:\p{Lu}))",
    r"sy?km\.", r"sjukm\.",  # sick leave abbreviated
    r"autis(?:me|men|tisk\w*|t|ten|tar|ter)", r"asperger\w*", r"depresjon\w*", r"deprimert", r"angst\w*", r"panikkangst",
    r"kreft(?:en|syk\w*|sjuk\w*|diagnose\w*|behandling\w*|svulst\w*)?", r"diabetes", r"diabetiker\w*", r"diabetikar\w*",
    r"epilepsi", r"epileptiker\w*", r"epileptikar\w*", r"epileptisk\w*", r"astma", r"migrene", r"psykose\w*", r"schizofren\w*",
    r"bipolar\w*", r"spiseforstyrr\w*", r"eteforstyrr\w*", r"psykiske? (?:lidelse\w*|sykdom\w*|sjukdom\w*|plager|plagar|vansker|helseproblem\w*|uhelse)",
    r"rusproblem\w*", r"rusmisbruk\w*", r"rusavhengig\w*", r"alkoholi[sk]\w*", r"alkoholproblem\w*",
    r"dysleksi", r"dyslektiker", r"dyslektikar", r"hjerneslag", r"hjerteinfarkt", r"long covid",
    r"prolaps\w*", r"isjias", r"slitasjegikt", r"leddgikt", r"revmatis\w*", r"fibromyalgi", r"tinnitus",
    r"hjernerystels\w*", r"whiplash", r"belastningsskade\w*", r"ryggplag\w*", r"ryggskade\w*",
    # disability and medication
    r"funksjonsnedsett\w*", r"nedsatt funksjonsevne", r"nedsett funksjonsevne",
    r"funksjonshem\w*", r"rullestol\w*", r"blind", r"døv", r"hørselshemm\w*", r"høyrselshemm\w*",
    r"synshemm\w*", r"handikap\w*", r"(?:bruker|brukar|tar|går på|gå på|fått|fekk|fikk|trenger|treng) (?:\w+ )?(?:medisin\w*|medikament\w*|tablett\w*)", r"medisinering",
    r"antidepressiv\w*", r"lykkepiller", r"(?-i:Ritalin)",
    # aids a person uses because of an illness or impairment
    r"høreapparat\w*", r"høyreapparat\w*", r"cochlea\w*", r"insulin\w*", r"førerhund\w*", r"førarhund\w*",
    # in English text ("he was on sick leave", "diagnosed with")
    r"sick[ -]leave", r"sick note", r"diagnosed", r"illness", r"mental health", r"disabilit(?:y|ies)",
    r"disabled", r"wheelchair", r"spinal injury", r"hearing aid", r"chronic \w+", r"depression", r"anxiety",
    # (pregnancy nausea is reported as pregnancy)
    r"(?-i:MR|CT)-(?:en|bilde\w*|undersøk\w*|time\w*|svar\w*)", r"røntgen\w*", r"bekkenløsning\w*", r"(?!svangerskaps)\w*kvalme", r"svangerskapsforgiftning\w*", r"svangerskapsdiabetes",
    r"rullator\w*", r"krykker", r"krykkene", r"proteser?", r"protesen", r"ledsagerbevis\w*", r"tolkehjelp",
)


class HealthRecognizer(PersonStatementRecognizer):
    """Health data about a person (GDPR art. 9; aml. § 13-4; ldl. § 30)."""

    ENTITY = ENTITY
    TERMS = TERMS
