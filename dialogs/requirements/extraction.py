"""Title, employer and must / should / personal requirements from a pasted job ad, locally.

No model: the ad's own layout says most of it. A heading ("Kvalifikasjoner", "Det er en
fordel om du har", "Personlege eigenskapar", "Vi tilbyr") sets the kind of the bullets and
prose under it; in prose, clause cues ("Du må ha", "Det er ønskelig med", "… er en fordel",
"Vi ser etter deg som er") set the kind of what follows and are cut off, and a list
("X, Y og Z") is split where the next item starts with a requirement's head word
("erfaring", "gode", "fagbrev" …). Pay, benefits, the diversity statement, tasks and contact
lines are never requirements. Hand-written because no library parses Norwegian ads; the
word lists are in ``cues``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex as re

from dialogs.requirements import cues
from dialogs.requirements.ad_parts import employer_of, split_sentences, title_of

FLAGS = re.IGNORECASE | re.UNICODE
_BULLET = re.compile(r"^\s*(?:[-•*–·▪◦●○■]|\d{1,2}[.)])\s+")
_MARKUP = re.compile(r"^[#\s]+|\*\*|__|^\*(?!\s)|(?<!\s)\*$")
_HEADINGS = [(re.compile(rf"^(?:{pattern})$", FLAGS), kind) for pattern, kind in cues.HEADINGS]
# A sentence that leads in a list ("Kvalifikasjonene du ser etter er følgende", "Det er også en fordel om …:").
_LEAD_INS = [(re.compile(rf"^(?:{pattern})\b", FLAGS), kind) for pattern, kind in cues.LIST_LEAD_INS]
_PREFIXES = [(re.compile(rf"^(?:og |men |samt )?(?:{pattern})\b\s*:?\s*", FLAGS), kind)
             for pattern, kind in cues.PREFIX_CUES]
_SUFFIXES = [(re.compile(rf"[\s,]+(?:{pattern})\s*[.!]?$", FLAGS), kind) for pattern, kind in cues.SUFFIX_CUES]
_ANY_CUE = re.compile(
    r"(?:,\s*(?:og|men|samt)\s+|,\s+|\s+og\s+)(?=(?:" + "|".join(p for p, _ in cues.PREFIX_CUES) + r")\b)", FLAGS)
_NOT_REQ = [re.compile(rf"\b(?:{pattern})", FLAGS) for pattern in cues.NOT_A_REQUIREMENT]
_HEAD = re.compile(rf"^(?:{cues.HEAD_WORDS})\b", FLAGS)
_PERSONAL = re.compile(rf"\b(?:{cues.PERSONAL_WORDS})\b", FLAGS)
_PERSONAL_VERB = re.compile(rf"^(?:{cues.PERSONAL_VERBS})\b", FLAGS)
_PERSONAL_LEAD = re.compile(r"^(?:du er|du|som er|er)\s+", FLAGS)
REQUIREMENT_SECTIONS = (cues.MUST, cues.SHOULD, cues.PERSONAL, cues.MIXED)


@dataclass(frozen=True)
class Requirement:
    text: str
    kind: str  # cues.MUST, cues.SHOULD or cues.PERSONAL


@dataclass
class AdRequirements:
    title: str = ""
    employer: str = ""
    requirements: list[Requirement] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[str]:
        return [r.text for r in self.requirements if r.kind == kind]


def clean_line(line: str) -> str:
    return _MARKUP.sub("", line).strip()


def heading_kind(line: str) -> str | None:
    """The section a heading line opens, or None when the line is no known heading."""
    text = re.sub(r"[:?!.]+$", "", clean_line(line)).strip().lower()
    text = re.sub(r"\s+", " ", text)
    if not text or len(text) > 60 or _BULLET.match(line):
        return None
    return next((kind for pattern, kind in _HEADINGS if pattern.match(text)), None)


def _looks_like_heading(line: str, following: str) -> bool:
    text = clean_line(line)
    return (bool(text) and not _BULLET.match(line) and len(text) <= 60 and len(text.split()) <= 8
            and not text.endswith((".", ",", ";")) and bool(following.strip()))


def extract_requirements(ad: str) -> AdRequirements:
    """The ad's title, employer and requirements in the ad's order."""
    lines = ad.replace("\r\n", "\n").split("\n")
    title = title_of(lines)
    if (heading_kind(title) is not None or heading_kind(title.partition(":")[0]) is not None or title.endswith(":")
            or any(pattern.match(title) for pattern, _ in _LEAD_INS)):
        title = ""  # a pasted list of requirements ("Må-krav:") has no title
    found = AdRequirements(title=title, employer=employer_of(lines))
    section = cues.UNKNOWN
    for index, raw in enumerate(lines):
        line = clean_line(raw)
        if not line:
            continue
        following = next((n for n in lines[index + 1:] if n.strip()), "")
        kind = heading_kind(raw)
        if kind is None and ":" in line and not _BULLET.match(raw):
            head, _, rest = line.partition(":")
            inline = heading_kind(head)
            if inline is not None and rest.strip():
                if inline not in (cues.OFFER, cues.CONTACT):
                    _add_prose(found, rest.strip(), inline, cue_only=inline not in REQUIREMENT_SECTIONS)
                section = inline
                continue
        if kind is None and _BULLET.match(following) and not _BULLET.match(raw):
            kind = next((k for pattern, k in _LEAD_INS if pattern.match(line)), None)
        if kind is not None:
            section = kind
            continue
        if _looks_like_heading(raw, following) and index > 0 and not _PREFIXES_MATCH(line):
            section = cues.UNKNOWN
            continue
        if _BULLET.match(raw):
            text = _BULLET.sub("", raw).strip()
            text = clean_line(text)
            if section in REQUIREMENT_SECTIONS:
                _add_bullet(found, text, section)
            elif section == cues.UNKNOWN:
                _add_prose(found, text, section, cue_only=True)
            continue
        if section in (cues.OFFER, cues.CONTACT):
            continue
        _add_prose(found, line, section, cue_only=section not in REQUIREMENT_SECTIONS)
    return _deduplicated(found)


def _PREFIXES_MATCH(line: str) -> bool:
    return any(p.match(line) for p, _ in _PREFIXES)


def _add(found: AdRequirements, text: str, kind: str) -> None:
    text = re.sub(r",?\s*\(?(?:jf|jfr|jamfør)\.?\s.*$", "", text, flags=FLAGS)
    abbreviation = re.search(r"\w\.\w+\.$", text.strip())  # "cand.jur." keeps its last full stop
    text = re.sub(r"^(?:og|samt|også|men)\s+", "", text.strip(" \t.,;:!"), flags=FLAGS).strip(" \t.,;:!")
    if abbreviation:
        text += "."
    if len(text) >= 3 and not any(p.search(text) for p in _NOT_REQ[3:]):
        found.requirements.append(Requirement(text=text, kind=kind))


def _add_bullet(found: AdRequirements, text: str, section: str) -> None:
    """A bullet keeps its words; its own cue ("… er en fordel") can change its kind."""
    kind, stripped = _cue_kind(text)
    if kind == cues.MUST and section != cues.MUST and _is_personal(text):
        kind = cues.PERSONAL
    if kind is None:
        kind = section
        if section == cues.MIXED:
            kind = cues.PERSONAL if _is_personal(text) else cues.MUST
    elif kind == cues.MUST and section in (cues.SHOULD, cues.PERSONAL):
        kind = section
    if any(p.search(text) for p in _NOT_REQ[:2]):
        return
    if kind == cues.PERSONAL:
        _add(found, text, kind)  # a personal bullet reads best as written ("Du er …")
    else:
        _add(found, stripped if stripped else text, kind)


def _add_prose(found: AdRequirements, paragraph: str, section: str, *, cue_only: bool = False) -> None:
    for sentence in split_sentences(paragraph):
        if any(p.search(sentence) for p in _NOT_REQ[:3]):
            continue
        for clause in _ANY_CUE.split(sentence):
            if not clause or not clause.strip():
                continue
            kind, rest, suffix = _cue_kind(clause.strip(), with_suffix=True)
            if kind == cues.MUST and section != cues.MUST and _is_personal(clause):
                kind = cues.PERSONAL
            if kind is None:
                if cue_only:
                    continue
                kind = section
                rest = clause.strip()
                if section == cues.MIXED:
                    kind = cues.PERSONAL if _is_personal(rest) else cues.MUST
                elif section == cues.MUST and _is_personal(rest) and _PERSONAL_LEAD.match(rest):
                    kind = cues.PERSONAL
            if kind == cues.PERSONAL:
                rest = _PERSONAL_LEAD.sub("", rest)
                for item in _split_personal(rest):
                    _add(found, item, kind)
            else:
                items = _split_list(rest, alternatives=kind == cues.SHOULD and not suffix)
                if suffix and len(items) > 1:
                    # "X, Y er en fordel": the cue at the end is only the last item's
                    lead = section if section in (cues.MUST, cues.SHOULD) else None
                    for item in items[:-1]:
                        own, stripped = _cue_kind(item)
                        item_kind = own or lead
                        if item_kind:
                            _add(found, stripped, item_kind)
                    items = items[-1:]
                for item in items:
                    _add(found, item, kind)


def _cue_kind(text: str, *, with_suffix: bool = False):
    """The kind a clause's cue gives it, the clause without the cue (and whether the cue ended it)."""
    result: tuple[str | None, str, bool] = (None, text, False)
    for pattern, kind in _PREFIXES:
        match = pattern.match(text)
        if match:
            rest = text[match.end():]
            if kind == cues.MUST and match.group(0).lower().startswith("du har"):
                rest = text[len("du har "):]  # "Du har relevant utdanning": keep "relevant"
            elif match.group(0).lower().rstrip().endswith("kunne"):
                rest = "kunne " + rest  # "Du må kunne sikkerhetsklareres": a verb needs its "kunne"
            result = (kind, rest, False)
            break
    else:
        for pattern, kind in _SUFFIXES:
            match = pattern.search(text)
            if match:
                result = (kind, text[:match.start()], True)
                break
    return result if with_suffix else result[:2]


def _is_personal(text: str) -> bool:
    return bool(_PERSONAL.search(text)) and not re.search(
        r"\b(?:utdanning\w*|erfaring\w*|kunnskap\w*|kjennskap|grad|fagbrev|førerkort|førarkort)\b", text, FLAGS)


def _split_list(text: str, *, alternatives: bool = False) -> list[str]:
    """ "A, B og C" → [A, B, C] where B and C start like a requirement; else one item."""
    if ";" in text:  # "A; B; C" is a list whatever the items start with
        return [item for part in text.split(";") for item in _split_list(part.strip(), alternatives=alternatives)]
    parts = [p.strip() for p in re.split(r",\s+", text) if p.strip()]
    merged: list[str] = []
    for part in parts:
        if merged and not _HEAD.match(re.sub(r"^(?:og|samt)\s+", "", part, flags=FLAGS)):
            merged[-1] += ", " + part
        else:
            merged.append(part)
    items: list[str] = []
    for part in merged:
        joins = "og|samt|eller" if alternatives else "og|samt"
        pieces = re.split(rf"\s+(?:{joins})\s+(?=(?:" + cues.HEAD_WORDS + r")\b)", part, flags=FLAGS)
        items.extend(p for p in pieces if p.strip())
    return items


def _split_personal(text: str) -> list[str]:
    """ "nøyaktig, tar ansvar og har humor" → three qualities."""
    parts = [p.strip() for p in re.split(r",\s+", text) if p.strip()]
    if not parts:
        return []
    last = parts.pop()
    left, sep, right = last.partition(" og ")
    if sep and (_PERSONAL_VERB.match(right) or len(left.split()) <= 2):
        parts.extend([left, right])
    else:
        parts.append(last)
    return parts


def _deduplicated(found: AdRequirements) -> AdRequirements:
    seen: set[str] = set()
    unique = []
    for requirement in found.requirements:
        key = requirement.text.lower()
        if key not in seen:
            seen.add(key)
            unique.append(requirement)
    found.requirements = unique
    return found
