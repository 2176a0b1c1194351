"""The position title and the employer of a job ad, and its sentences.

Title: a "Stilling:" field, else the ad's first short line, else "… søker (en) X".
Employer: an "Arbeidsgiver:" field, else an "Om X" heading, else the subject of the first
prose sentence ("Husbanken er …", "Stord kommune har …"), else "X i/ved/hos Y" in the title.
"""

from __future__ import annotations

import regex as re

FLAGS = re.IGNORECASE | re.UNICODE
_FIELD_TITLE = re.compile(r"^\s*(?:stilling(?:stittel)?|tittel|stillingstittel)\s*:\s*(.+)$", FLAGS)
_FIELD_EMPLOYER = re.compile(
    r"^\s*(?:arbeidsgiver|arbeidsgjevar|arbeidsgivar|virksomhet|verksemd|etat|kommune)\s*:\s*(.+)$", FLAGS)
_ABOUT = re.compile(r"^\s*(?:#+\s*)?\**\s*om\s+(.+?)\**\s*:?\s*$", FLAGS)
_NOT_EMPLOYER = re.compile(
    r"^(?:oss|deg|stillingen|stillinga|arbeidsplassen|arbeidsstaden|virksomheten|verksemda|avdelingen|avdelinga|"
    r"seksjonen|enheten|eininga|teamet|jobben|rollen|rolla|søknaden|prosessen|arbeidsgiveren|arbeidsgjevaren)$", FLAGS)
_SUBJECT = re.compile(
    r"^((?:[A-ZÆØÅ][\w\-.]*)(?:\s+(?:[A-ZÆØÅ][\w\-.]*|og|i|for|til|på|av|ved|innen|innan|sin|si|sitt|sine|"
    r"kommune|herad|fylkeskommune|universitet|direktorat|statsforvaltar|sykehus|helseforetak|\w+-\s*og\s+\w+|\w+)){0,7}?)"
    r"(?:\s*\([^)]{1,40}\))?\s+(?:er|har|skal|søker|søkjer|leverer|arbeider|jobber|forvalter|forvaltar|sørger|syter|"
    r"tilbyr|utvikler|utviklar|kontrollerer|kontrollerar|bidrar|bidreg|sikrer|sikrar|gir|gjev|yter|driver|driv|utfører|utfører|trenger|treng|ønsker|ønskjer|eies|eigast|består|ble|vart|blei)\b")
_PRONOUNS = re.compile(r"^(?:vi|du|det|dette|denne|som|den|der|her|nå|no|i|hos|på|stillingen|stillinga|avdelingen|"
                       r"avdelinga|seksjonen|enheten|eininga|kontoret|teamet|vår|vårt|våre|vil|om|kort)$", FLAGS)
_SEEKS = re.compile(r"\b(?:søker|søkjer)\s+(?:vi\s+)?(?:en|ein|ei|eit|et)?\s*(?:ny|nye|engasjert|dyktig)?\s*"
                    r"([\wæøå\-–]+(?: [\wæøå\-–]+){0,3}?)(?=[.,]| til | i | ved | som |$)", FLAGS)
_IN_TITLE = re.compile(r"\s(?:i|ved|hos|til)\s+((?:[A-ZÆØÅ][\w\-]*)(?:\s+[\w\-]+){0,4})$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ«\"(])")
_BULLET = re.compile(r"^\s*(?:[-•*–·▪◦●○■]|\d{1,2}[.)])\s+")


def split_sentences(paragraph: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip()]


def _strip(line: str) -> str:
    return re.sub(r"^[#\s*_]+|[*_\s]+$", "", line).strip()


def title_of(lines: list[str]) -> str:
    for line in lines:
        match = _FIELD_TITLE.match(_strip(line))
        if match:
            return match.group(1).strip()
    first = next((_strip(line) for line in lines if line.strip()), "")
    if first and len(first) <= 90 and not first.endswith((".", "!", ",")) and not _BULLET.match(first):
        return first
    for line in lines:
        match = _SEEKS.search(line)
        if match:
            return match.group(1).strip()
    return ""


_MUNICIPALITY = re.compile(r"\b[A-ZÆØÅ][\w\-]+ (?:kommune|herad)\b")


def employer_of(lines: list[str]) -> str:
    """The employer; a service of a municipality ("Heimetenesta i Stord kommune") is the municipality."""
    found = _employer(lines)
    municipality = _MUNICIPALITY.search("\n".join(lines))
    if municipality and not re.fullmatch(r"[A-ZÆØÅ][\w\-]+ (?:kommune|herad)", found):
        return municipality.group(0)
    return found


def _employer(lines: list[str]) -> str:
    stripped = [_strip(line) for line in lines]
    for line in stripped:
        match = _FIELD_EMPLOYER.match(line)
        if match:
            return match.group(1).strip()
    for line in stripped:
        match = _ABOUT.match(line)
        if match and len(line) <= 60 and not _NOT_EMPLOYER.match(match.group(1).strip()):
            name = match.group(1).strip()
            if name[:1].isupper():
                return name
    first = next((line for line in stripped if line), "")
    for line in stripped:
        if not line or line == first or _BULLET.match(line) or len(line) < 40 or ":" in line[:25]:
            continue
        match = _SUBJECT.match(line)
        if match:
            subject = match.group(1).strip()
            if not _PRONOUNS.match(subject.split()[0]):
                return subject
    match = _IN_TITLE.search(first)
    return match.group(1).strip() if match else ""
