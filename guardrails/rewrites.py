"""Rewrites of folded text that undo how identifiers are dressed up (see ``normalize``).

Each stage reads the text as the stage before left it and returns sorted,
non-overlapping ``Edit``s; ``normalize`` applies them and keeps the map to the original.

1. **Markup**: Markdown emphasis (``**``, ``__``, ``~~``, backticks) and inline HTML tags
   (``<b>``, ``</span>``) removed; block tags (``<br>``, ``<p>``) become a space.
2. **Identifiers**:
   * digit groups of two or more digits joined by unusual separators (``/ , * | ; +``,
     brackets, quotes, blank lines) are re-joined with single spaces when together they
     have the length of a phone number (8), an identity or account number (11) or a card
     (16): ``159086/95043``, ``(159086)(95043)``, ``4123|4567``. Dates (``31/05/2024``)
     and lists of short numbers (``40, 50, 60, 70``) are left alone;
   * an e-mail address written out becomes an address: ``kari at gmail dot com``,
     ``kari (at) gmail [.] com``, ``kari snabel-a online punktum no``, ``kari @ gmail.com``,
     ``kari på gmail`` (webmail only);
   * a birth date followed by a five-digit personnummer becomes one eleven-digit candidate
     (``født 28.02.75, personnummer 23422`` or ``personnr 234 22`` → ``280275 23422``); the fødselsnummer
     recognizer's checksums decide.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement`` (empty: delete; empty span: insert)."""

    start: int
    end: int
    replacement: str


# -- stage 1: markup ---------------------------------------------------------------------
_INLINE_TAGS = "b|i|u|s|em|strong|span|font|mark|small|big|sub|sup|strike|code|tt|a|del|ins"
_BLOCK_TAGS = "br|p|div|li|ul|ol|tr|td|th|table|h[1-6]"
_MARKUP = re.compile(
    rf"</?(?:(?P<inline>{_INLINE_TAGS})|(?P<block>{_BLOCK_TAGS}))(?:\s[^<>]{{0,120}})?\s*/?>"
    r"|(?P<emphasis>\*\*|__|~~|`+)",
    re.IGNORECASE,
)


def markup_edits(text: str) -> list[Edit]:
    if "<" not in text and "*" not in text and "_" not in text and "~" not in text and "`" not in text:
        return []
    return [
        Edit(m.start(), m.end(), " " if m.group("block") else "")
        for m in _MARKUP.finditer(text)
    ]


# -- stage 2: identifiers ----------------------------------------------------------------
IDENTIFIER_LENGTHS = frozenset({8, 11, 16})
_UNUSUAL = r"[/,*|;:+~()\[\]{}\"'<>=#]"
# Between two digit groups: spaces and at most three unusual characters, or a blank line.
_JUNK = rf"(?:[ \t]*(?:{_UNUSUAL}[ \t]*){{1,3}}|[ \t]*\n[ \t]*\n[ \t\n]*)"
_DIGIT_RUN = re.compile(rf"(?<![\d.,:])\d+(?:{_JUNK}\d+){{1,7}}")
_GROUP = re.compile(r"\d+")
_LIST_SEPARATORS = re.compile(r"^[ \t]*[,;](?:[ \t]+|$)")
_NUMBER_CONTEXT = re.compile(
    r"\b(?:tlf|telefon\w*|mobil\w*|ring|sms|nr|nummer\w*|fnr|fødselsn\w*|personn\w*|konto\w*)\b", re.IGNORECASE
)


def _looks_like_date(groups: list[str]) -> bool:
    if len(groups) != 3 or len(groups[0]) > 2 or len(groups[1]) > 2 or len(groups[2]) not in (2, 4):
        return False
    return 1 <= int(groups[0]) <= 31 and 1 <= int(groups[1]) <= 12


def _has_time_of_day(digits: list[str], separators: list[str]) -> bool:
    """``08:00``: one colon between an hour and two-digit minutes, no colon chain (``22:48:42``)."""
    for index, separator in enumerate(separators):
        if separator.strip() != ":" or len(digits[index]) > 2 or len(digits[index + 1]) != 2:
            continue
        before = separators[index - 1] if index > 0 else ""
        after = separators[index + 1] if index + 1 < len(separators) else ""
        if ":" not in before and ":" not in after:
            return True
    return False


def _digit_group_edits(text: str) -> Iterable[Edit]:
    for run in _DIGIT_RUN.finditer(text):
        groups = list(_GROUP.finditer(run.group()))
        digits = [g.group() for g in groups]
        if sum(len(d) for d in digits) not in IDENTIFIER_LENGTHS or _looks_like_date(digits):
            continue
        base = run.start()
        gaps = [(base + a.end(), base + b.start()) for a, b in zip(groups, groups[1:], strict=False)]
        separators = [text[start:end] for start, end in gaps]
        if any(_LIST_SEPARATORS.match(s) for s in separators) and (
            not _NUMBER_CONTEXT.search(text, max(0, run.start() - 24), run.start())
        ):
            continue  # "40, 50, 60, 70 %", "Postboks 7030, 5020 Bergen": a list, unless "tlf" stands before it
        if _has_time_of_day(digits, separators):
            continue  # "08:00/16:00": times of day
        for (start, end), separator in zip(gaps, separators, strict=False):
            if separator != " ":
                yield Edit(start, end, " ")


_AT_SYMBOLIC = (
    r"\s*@\s*|\s*[(\[{<]\s*(?:at|@|alfa|krøll)\s*[)\]}>]\s*"
    r"|\s+(?:snabel-?a|krøllalfa|alfakrøll|krølla|at-tegn|krøll-?alfa)\s+"
)
_AT_WORD = r"\s+(?:at|AT|At|på)\s+"
_DOT_FORMS = (
    r"\s*\.\s*|\s*[(\[{<]\s*(?:\.|dot|punktum|prikk)\s*[)\]}>]\s*"
    r"|\s+(?:dot|DOT|punktum|prikk|Dot)\s+"
)
_TLDS = r"no|com|net|org|se|dk|fi|eu|io|info|biz|me|uk|de|nu|online|co"
# Webmail providers (the label before the top-level domain); employer.py reads the same list.
WEBMAIL_PROVIDERS: tuple[str, ...] = (
    "gmail", "hotmail", "outlook", "live", "yahoo", "icloud", "online", "msn", "proton", "protonmail", "me", "mail",
    "aol", "gmx", "yandex",
)
_WEBMAIL = "|".join(WEBMAIL_PROVIDERS)
_LOCAL = r"(?<![\w.@+-])[A-Za-zÆØÅæøå0-9][\w.+-]{0,63}"
_LABEL = r"[A-Za-zÆØÅæøå0-9][\w-]{0,62}"
_SPELLED_EMAIL = re.compile(
    rf"(?P<local>{_LOCAL})(?P<at>{_AT_SYMBOLIC}|{_AT_WORD})"
    rf"(?P<domain>{_LABEL}(?:(?:{_DOT_FORMS}){_LABEL})*?)(?P<dot>{_DOT_FORMS})(?P<tld>{_TLDS})(?![\w@])"
)
_WEBMAIL_ONLY = re.compile(
    rf"(?P<local>{_LOCAL})(?P<at>\s+(?:på|hos)\s+)(?P<domain>{_WEBMAIL})(?![\w.@-])", re.IGNORECASE
)
# Webmail names that are no ordinary word of an HR text ("på outlook" is a calendar).
_PERSONAL_WEBMAIL = re.compile(r"^(?:gmail|hotmail|yahoo|icloud|protonmail|gmx|yandex)$", re.IGNORECASE)
_DOT_SPLIT = re.compile(_DOT_FORMS)
_WEBMAIL_DOMAIN = re.compile(rf"^(?:{_WEBMAIL})$", re.IGNORECASE)


def _spelled_email_edits(text: str) -> Iterable[Edit]:
    for match in _SPELLED_EMAIL.finditer(text):
        at, dot = match.group("at"), match.group("dot")
        domain = match.group("domain")
        dots_inside = list(_DOT_SPLIT.finditer(domain))
        plain = at == "@" and dot == "." and all(d.group() == "." for d in dots_inside)
        if plain:
            continue  # an ordinary address: nothing to rewrite
        if re.fullmatch(_AT_WORD, at):
            spelled_dot = dot != "." or any(d.group() != "." for d in dots_inside)
            if not spelled_dot and not _WEBMAIL_DOMAIN.match(_DOT_SPLIT.split(domain)[0]):
                continue  # "vet at nav.no": a Norwegian "at" before a web address
        if at != "@":
            yield Edit(match.start("at"), match.end("at"), "@")
        for inner in dots_inside:
            if inner.group() != ".":
                start = match.start("domain") + inner.start()
                yield Edit(start, match.start("domain") + inner.end(), ".")
        if dot != ".":
            yield Edit(match.start("dot"), match.end("dot"), ".")
    for match in _WEBMAIL_ONLY.finditer(text):
        local = match.group("local")
        address_like = any(char in local for char in "._+") or any(char.isdigit() for char in local)
        if not address_like and not _PERSONAL_WEBMAIL.match(match.group("domain")):
            continue  # "kalender på outlook": only an address-like local part or a personal webmail
        yield Edit(match.start("at"), match.end("at"), "@")
        yield Edit(match.end("domain"), match.end("domain"), ".com")


_PNR_WORDS = r"personnummer(?:et)?|personnr\.?|pnr\.?|personnumer|personnummeret er"
_BIRTH_DATE_AND_PNR = re.compile(
    rf"(?<![\d.])(?P<day>\d{{2}})[./-]?(?P<month>\d{{2}})[./-]?(?:19|20)?(?P<year>\d{{2}})(?![\d])"
    rf"(?P<gap>[^\d\n]{{0,24}}?(?:\n[^\d\n]{{0,24}}?)?)(?:{_PNR_WORDS})(?:\s*(?:er|:|=|-|–))?\s*"
    r"(?P<pnr>\d(?:[ .\-]?\d){4})(?!\d)",
    re.IGNORECASE,
)


def _birth_date_edits(text: str) -> Iterable[Edit]:
    for match in _BIRTH_DATE_AND_PNR.finditer(text):
        day, month = int(match.group("day")), int(match.group("month"))
        if not (1 <= day <= 71 and 1 <= month <= 92):  # D- and H-numbers too
            continue
        date = match.group("day") + match.group("month") + match.group("year")
        yield Edit(match.start("day"), match.end("year"), date)
        yield Edit(match.end("year"), match.start("pnr"), " ")
        for offset, char in enumerate(match.group("pnr")):  # "412 51", "412.51"
            if not char.isdigit():
                yield Edit(match.start("pnr") + offset, match.start("pnr") + offset + 1, "")


_EMAIL_HINT = re.compile(r"@|\bat\b|snabel|krøll|alfa|\b(?:på|hos)\s+(?:" + _WEBMAIL + r")\b", re.IGNORECASE)


def identifier_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    if any(char.isdigit() for char in text):
        edits += _birth_date_edits(text)
        edits += _digit_group_edits(text)
    if _EMAIL_HINT.search(text):
        edits += _spelled_email_edits(text)
    return _non_overlapping(edits)


def _non_overlapping(edits: list[Edit]) -> list[Edit]:
    """Sorted edits; where two overlap, the one that starts first (or is found first) wins."""
    kept: list[Edit] = []
    last_end = -1
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < last_end:
            continue
        kept.append(edit)
        last_end = max(last_end, edit.end)
    return kept


STAGES: tuple[Callable[[str], list[Edit]], ...] = (markup_edits, identifier_edits)

