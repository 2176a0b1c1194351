"""Norwegian street addresses.

Decision (documented in docs/guardrail.md): a home address is personal data, an
office's address is not, and the text alone cannot tell them apart. So:

* street + house number + postcode + place (``Kari Nordmanns vei 5B, 1234 Stedet``,
  ``Storgata 12, 0184 Oslo``) scores 0.6 and is blocked by default; an organisation
  puts its own office addresses in the policy's allow-list;
* street + house number alone (``Storgata 12``) scores 0.3 and is blocked only with a
  context word before it (bor, bur, bosatt, adresse, hjemmeadresse, ...);
* PO boxes (``Postboks 8129 Dep, 0032 Oslo``) are organisations' addresses: not reported;
* a postcode and place alone (``0184 Oslo``) or a number and a title (``1434 Rådgiver``)
  are not addresses.

Matching is case-sensitive: a street name starts with a capital letter, or the whole address is
typed in lower case (``skolegata 14, 2317 hamar``, as people write in chat).
"""

from __future__ import annotations

import re

import regex
from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "NO_ADDRESS"

_WORD = r"[A-ZÆØÅ][a-zæøåéèüäö'\-]+"
_STREET_WORDS = (
    r"(?:vei|veg|vegen|veien|gate|gata|gaten|allé|alle|plass|torg|sti|stien|bakke|bakken|terrasse|brygge|kai)"
)
_STREET_SUFFIXES = (
    r"(?:veien|vegen|vei|veg|gata|gaten|gate|allé|alleen|alle|plassen|plass|torget|torg|stien|sti|"
    r"bakken|bakke|lia|svingen|tunet|ringen|bryggen|brygge|kaia|kaien|terrassen|terrasse|haugen|"
    r"løkka|jordet|stredet|grenda|vangen|åsen|lunden|kroken|vollen|myra|hagen|skogen|bråten|toppen)"
)
_STREET = (
    rf"(?:(?:{_WORD}[ \t]){{1,3}}{_STREET_WORDS}"
    rf"|(?:{_WORD}[ \t]){{0,2}}[A-ZÆØÅ][a-zæøåéèüäö\-]*{_STREET_SUFFIXES})"
)
_HOUSE_NUMBER = r"[ \t]\d{1,4}(?:[ \t]?[A-Za-z])?(?![\w\-])"
# (the place may be in capitals, as in a letter's address block: "0578 OSLO")
_POSTCODE_PLACE = rf",?\s+\d{{4}}[ \t]+(?:{_WORD}|[A-ZÆØÅ]{{2,}})(?:[ \t]{_WORD})?"
# A flat after the house number: "leil. H0203", "H0203" (the bolignummer), "leilighet 12".
_UNIT = (
    r"(?:,?[ \t]+(?:(?:leil(?:ighet|egheit)?\.?|bolignr\.?|bolignummer)[ \t]*)?[HUKLhukl]\d{4}"
    r"|,?[ \t]+(?:leil(?:ighet|egheit)?\.?|oppgang)[ \t]*\w{1,5})?"
)

# Necessary condition, checked before the full patterns run: some word ending like a
# street name is followed by a house number. Scanning for "space + digit" first is fast.
_SPACE_DIGIT = re.compile(r"[ \t]\d")
_WORD_BEFORE = re.compile(r"\w+$")
_STREET_ENDINGS = tuple(
    ending
    for group in (_STREET_WORDS, _STREET_SUFFIXES)
    for ending in group.strip("(?:)").split("|")
)


def may_contain_street_address(text: str) -> bool:
    if _LABEL_PREFILTER.search(text):
        return True  # "Bustadadresse: Øvre Kleivane 9, ...": any street after an address label
    for match in _SPACE_DIGIT.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if word and word.group().lower().endswith(_STREET_ENDINGS):
            return True
    return False

_LABEL_PREFILTER = re.compile(r"adress[ea]\s*:", re.IGNORECASE)
FULL_ADDRESS = rf"\b{_STREET}{_HOUSE_NUMBER}{_UNIT}{_POSTCODE_PLACE}\b"
STREET_AND_NUMBER = rf"\b{_STREET}{_HOUSE_NUMBER}"
# Typed without capitals in a chat ("skolegata 14, 2317 hamar"): one street word, the number,
# and a postcode and place, or the street and number after a context word.
_LOWER_WORD = r"[a-zæøå][a-zæøåéèüäö\-]*"
_LOWER_STREET = rf"[a-zæøå][a-zæøåéèüäö\-]*{_STREET_SUFFIXES}"
FULL_ADDRESS_LOWER = rf"\b{_LOWER_STREET}{_HOUSE_NUMBER}{_UNIT},?\s+\d{{4}}[ \t]+{_LOWER_WORD}\b"
STREET_AND_NUMBER_LOWER = rf"\b{_LOWER_STREET}{_HOUSE_NUMBER}"
# After an address label any street name will do ("Bustadadresse: Øvre Kleivane 9, 6155 Ørsta"):
# the label says what the capitalised words and the number are.
_ADDRESS_LABEL = r"(?i:adresse|adressa|bustadadresse|bostedsadresse|hjemmeadresse|heimeadresse|privatadresse)"
LABELLED_ADDRESS = (
    rf"(?<=\b{_ADDRESS_LABEL}[ \t]*:[ \t]*)(?:{_WORD}[ \t]){{0,2}}{_WORD}{_HOUSE_NUMBER}{_UNIT}{_POSTCODE_PLACE}\b"
)


class NoAddressRecognizer(PatternRecognizer):
    """Street addresses; full ones block on their own, street + number needs context."""

    PATTERNS = [
        Pattern("street, number, postcode, place", FULL_ADDRESS, 0.6),
        Pattern("street and number", STREET_AND_NUMBER, 0.3),
        Pattern("street, number, postcode, place in lower case", FULL_ADDRESS_LOWER, 0.6),
        Pattern("street and number in lower case", STREET_AND_NUMBER_LOWER, 0.3),
        Pattern("any street after an address label", LABELLED_ADDRESS, 0.6),
    ]
    CONTEXT = [
        "bor", "bur", "bosatt", "busett", "adresse", "hjemmeadresse", "bostedsadresse", "postadresse",
        "bustadadresse", "heimeadresse", "privatadresse",
        "adr", "flyttet", "flytta", "heime", "hjemme",
    ]

    def __init__(self, supported_language: str = "nb") -> None:
        super().__init__(
            supported_entity=ENTITY,
            name=f"NoAddressRecognizer_{supported_language}",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language=supported_language,
            global_regex_flags=regex.MULTILINE,
        )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if not may_contain_street_address(text):
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)
