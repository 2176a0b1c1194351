"""Apertium's nynorsk made moderate: the office's choices where the norm allows both forms,
and corrections of Apertium's known slips, from ``prompts/nynorsk_terms.yaml``.

``ModerateNynorsk`` is pure (text in, text out): ``before`` rewrites bokmål terms Apertium
gets wrong, ``after`` drops the j in j-forms the norm lets us write without it (checked
against the project's Apertium lexicon, ``guardrails.ner.lexicon``) and applies the term list.
``ModerateNynorskTranslator`` wraps any translator with the same ``available``/``translate``.
"""

from __future__ import annotations

from pathlib import Path

import regex as re
import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from guardrails.ner.lexicon import Lexicon, default_lexicon
from prompts import PROMPTS_DIR

TERMS_FILE = PROMPTS_DIR / "nynorsk_terms.yaml"
_WORD = re.compile(r"\b[\p{L}]+\b")
_ACRONYM = re.compile(r"\b[A-ZÆØÅ]{2,6}\b")
# k/g + j before a vowel, inside a word; "skj" only in ønskj-/ynskj- (forskjell, skjema keep it).
_J_FORM = re.compile(r"(?<=\p{L})((?<!s)k|(?<=(?:øn|yn)s)k|g)j(?=[eaå])", re.IGNORECASE)


class NynorskTermsError(ValueError):
    """``prompts/nynorsk_terms.yaml`` is invalid; the message names the file and the field."""


class PhraseRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    pattern: str
    replacement: str
    why: str


class NynorskTerms(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    keep_j: tuple[str, ...] = ()
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    after_phrases: tuple[PhraseRule, ...] = ()


def load_terms(path: Path = TERMS_FILE) -> NynorskTerms:
    try:
        return NynorskTerms.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError) as exc:
        raise NynorskTermsError(f"{path.name}: cannot be read as YAML ({exc})") from exc
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"]) or "(top level)"
        raise NynorskTermsError(f"{path.name}: {where}: {error['msg']}") from None


def _same_case(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


class ModerateNynorsk:
    def __init__(self, terms: NynorskTerms | None = None, lexicon: Lexicon | None = None) -> None:
        self._terms = terms or load_terms()
        self._lexicon = lexicon or default_lexicon()
        self._keep = {word.lower() for word in self._terms.keep_j}

    def before(self, bokmal: str) -> str:
        """Bokmål terms rewritten to the office's nynorsk before Apertium sees them."""
        return self._replace(bokmal, self._terms.before)

    def after(self, nynorsk: str) -> str:
        """Apertium's output with moderate forms, the term list and the phrase rules applied."""
        text = _WORD.sub(lambda m: self._without_j(m.group(0)), nynorsk)
        text = self._replace(text, self._terms.after)
        for rule in self._terms.after_phrases:
            text = re.sub(rule.pattern, rule.replacement, text)
        return text

    def _replace(self, text: str, table: dict[str, str]) -> str:
        lowered = {k.lower(): v for k, v in table.items()}
        return _WORD.sub(lambda m: _same_case(m.group(0), lowered.get(m.group(0).lower(), m.group(0))), text)

    def _without_j(self, word: str) -> str:
        lower = word.lower()
        if lower in self._keep or not _J_FORM.search(lower):
            return word
        candidate = _J_FORM.sub(r"\1", word)
        return candidate if self._known(candidate.lower()) else word

    def _known(self, word: str) -> bool:
        if self._lexicon.is_common(word):
            return True
        # A compound the lexicon does not list: a known word, then a known word (arbeidssøkar).
        common = self._lexicon.is_common
        return any(common(word[i:]) and (common(word[:i]) or common(word[:i - 1]))
                   for i in range(3, len(word) - 2))


class ModerateNynorskTranslator:
    """A translator (Apertium) whose draft is made moderate before and after translation."""

    def __init__(self, inner, moderate: ModerateNynorsk | None = None) -> None:
        self._inner = inner
        self._moderate = moderate or ModerateNynorsk()

    def available(self) -> bool:
        return self._inner.available()

    def describe(self) -> str:
        return self._inner.describe()

    async def translate(self, text: str) -> str:
        # Acronyms pass untouched: Apertium reads "GIS" as the verb "gis" ("blir gitt").
        acronyms: list[str] = []

        def protect(match: re.Match[str]) -> str:
            acronyms.append(match.group(0))
            return f"zqacro{len(acronyms) - 1}zq"

        prepared = _ACRONYM.sub(protect, self._moderate.before(text))
        translated = await self._inner.translate(prepared)
        restored = re.sub(r"zqacro(\d+)zq", lambda m: acronyms[int(m.group(1))], translated, flags=re.IGNORECASE)
        return self._moderate.after(restored)
