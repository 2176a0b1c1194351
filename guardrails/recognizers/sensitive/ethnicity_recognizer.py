"""NO_ETHNICITY: ethnic origin, national origin, skin colour, minority status of a person.

Racial or ethnic origin is a special category (GDPR art. 9) and a protected ground in
likestillings- og diskrimineringsloven (§ 30: no questions when hiring). "Søkeren har
pakistansk bakgrunn" is blocked; "Vi ønsker søkere uavhengig av ... etnisitet" is not.
"""

from __future__ import annotations

import regex
from babel import Locale

from guardrails.recognizers.sensitive._context import PersonStatementRecognizer

ENTITY = "NO_ETHNICITY"

# Nationality adjectives (not "norsk": most candidates are Norwegian, and saying so is no
# special-category statement).
def _country_names() -> tuple[str, ...]:
    """Country names in bokmål and nynorsk from the Unicode CLDR (Babel), lower case, escaped;
    Norway and its territories left out ("kommer fra Norge" says nothing of ethnicity)."""
    names: set[str] = set()
    for locale in ("nb", "nn"):
        for code, name in Locale(locale).territories.items():
            if len(code) == 2 and code.isalpha() and code not in ("NO", "SJ", "BV"):
                names.add(regex.escape(name.lower()))
    return tuple(sorted(names, key=len, reverse=True))


COUNTRIES: tuple[str, ...] = _country_names()

NATIONALITIES: tuple[str, ...] = (
    "svensk", "dansk", "finsk", "islandsk", "polsk", "litauisk", "latvisk", "estisk", "russisk",
    "ukrainsk", "rumensk", "bulgarsk", "ungarsk", "tsjekkisk", "slovakisk", "serbisk", "kroatisk",
    "bosnisk", "albansk", "kosovarisk", "gresk", "tyrkisk", "kurdisk", "tysk", "fransk", "spansk",
    "italiensk", "portugisisk", "nederlandsk", "britisk", "engelsk", "skotsk", "irsk", "amerikansk",
    "kanadisk", "brasiliansk", "chilensk", "colombiansk", "somalisk", "eritreisk", "etiopisk",
    "sudansk", "nigeriansk", "ghanesisk", "kenyansk", "marokkansk", "algerisk", "tunisisk", "egyptisk",
    "syrisk", "irakisk", "iransk", "afghansk", "pakistansk", "indisk", "srilankisk", "tamilsk",
    "bangladeshisk", "nepalsk", "kinesisk", "japansk", "koreansk", "vietnamesisk", "thailandsk",
    "filippinsk", "palestinsk", "libanesisk", "jemenittisk", "samisk", "kvensk", "romani",
    # the people ("han er tigrinja", "ho er somalier")
    "tigrinja", "somali", "somalier", "eritreer", "etiopier", "afghaner", "pakistaner", "syrer", "iraker", "iraner",
    "tamil", "tamiler", "tamilar", "polakk", "litauer", "rumener", "vietnameser", "filippiner", "kurder", "kven",
)

TERMS: tuple[str, ...] = (
    r"etnisitet\w*", r"etnisk\w*", r"innvandret", r"innvandra",
    r"(?:er|som|ble|vart|kom som|kom hit som) (?:en |ein |ei )?(?:arbeids)?(?:innvandrer|innvandrar|flyktning|asylsøker|asylsøkjar)",
    r"flyktningbakgrunn", r"minoritetsbakgrunn", r"minoritet(?:en|ar|er)?",
    r"innvandrerbakgrunn", r"innvandrarbakgrunn", r"flerkulturell\w* bakgrunn", r"fleirkulturell\w* bakgrunn",
    r"(?:utenlandsk|utanlandsk|utländsk)\w* (?:bakgrunn|opprinnelse|opphav)",
    # "<nationality>sk bakgrunn": the noun is matched, the adjective checked behind it.
    r"(?<=\wske?\s)(?<!(?:teknisk|akademisk|praktisk|økonomisk|juridisk|pedagogisk|politisk|medisinsk|"
    r"klinisk|psykologisk|statistisk|analytisk|kunstnerisk|journalistisk|matematisk|kjemisk|fysisk|"
    r"humanistisk|teologisk|filosofisk|historisk|biologisk|logistisk|strategisk)e?\s)"
    r"(?:bakgrunn|opprinnelse|opphav|herkomst)",
    r"landbakgrunn", r"hudfarge\w*", r"hudfarga", r"mørkhud\w*", r"mørk i huden",
    r"(?:er|som|ein|en) same(?=\s*(?:[.,;!?]|$|og\b))", r"samer", r"samene", r"samane", r"samisk (?:bakgrunn|opprinnelse|opphav|herkomst|avstamning)",
    r"kvener", r"kvenar", r"kvenane", r"kvenene", r"kvensk\w*", r"skogfinn\w*",
    r"romani\w*", r"romfolk\w*", r"tater(?:e|ar|ne|ane)?",
    r"(?:tater|romani|sigøyner|kven|same|samisk|minoritets|innvandrer|innvandrar|flyktning)\w*bakgrunn\w*", r"sigøyner\w*", r"rase",
    r"andregenerasjons\w*", r"annengenerasjons\w*",
    # ethnic groups that are no nationality ("er hazara frå Afghanistan")
    r"hazara\w*", r"pashtun\w*", r"tadsjik\w*", r"usbek\w*", r"uigur\w*", r"kurder(?:e|en|ne)?", r"kurdar(?:ar|en|ane)?",
    r"rohingya\w*", r"oromo\w*", r"amhar(?:a|ar|er|isk)\w*", r"tigray\w*", r"berber\w*", r"yazidi\w*",
    r"assyrer\w*", r"tuareg\w*",
    # origin and mother tongue of a person: "opprinnelig fra Eritrea", "har tigrinja som morsmål"
    r"(?:opprinnelig|opprinneleg|opphavleg|opphavlig) (?:fra|frå) (?-i:\p{Lu})\w+",
    # typed in lower case: the origin is a country or nationality of the list
    r"(?:opprinnelig|opprinneleg|opphavleg|opphavlig|kommer|kjem|er|kom) (?:fra|frå) (?:" + "|".join(COUNTRIES) + r")(?!\w)",
    r"kom til Norge som (?:\w+ ){0,3}(?:flyktning|asylsøker|asylsøkjar|innvandrer|innvandrar|kvoteflyktning)\w*",
    # "kom til Norge fra Eritrea", "flytta til Noreg frå Syria"
    r"(?:kom|kommet|flyttet|flytta|flytte|innvandret|innvandra) (?:til|hit til) (?:Norge|Noreg) (?:fra|frå) (?:" + "|".join(COUNTRIES) + r")(?!\w)",
    r"(?:samisk|kvensk|norskfinsk|romani|tatersk) (?:slekt|ætt|avstamning|avstamming|herkomst|opphav)",
    r"(?:er|var) (?:sjølv |selv |også |òg )?(?:nord|sør|lule)?samisk(?=\s*(?:[.,;!?]|$|og\b))",
    r"(?!norsk\b|nynorsk\b|bokmål\b)\w+ som morsmål",
    # nationality said of a person: "han er polsk", "ho er eritreisk"
    r"(?<=\b(?:er|var) )(?:" + "|".join(NATIONALITIES) + r")(?=\s*(?:[.,;!?]|$|og\b))",
)


class EthnicityRecognizer(PersonStatementRecognizer):
    """Ethnic origin of a person (GDPR art. 9; ldl. § 30)."""

    ENTITY = ENTITY
    TERMS = TERMS
