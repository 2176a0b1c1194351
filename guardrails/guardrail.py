"""The guardrail: normalise, detect with Presidio, apply the policy, decide."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

import regex
import spacy
from presidio_analyzer import (
    AnalyzerEngine,
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)

from guardrails.context_enhancer import PrefixContextEnhancer
from guardrails.employer import (
    is_after_functional_mailbox,
    is_bare_name_in_ad,
    is_employer_value,
    is_fixed_line,
    is_functional_mailbox,
    is_job_ad,
    is_nobodys_address,
    is_organisation_block,
    is_person_like_domain,
)
from guardrails.findings import CheckResult, Decision, Finding
from guardrails.merge import merge_overlapping
from guardrails.ner.name_gate import NameGate
from guardrails.ner.names import NameResources, default_names
from guardrails.nlp_engine import SUPPORTED_LANGUAGES, NorwegianNlpEngine
from guardrails.normalize import normalize
from guardrails.policy import Policy, load_policy
from guardrails.recognizers import default_recognizers
from guardrails.recognizers.sensitive import PERSON_STATEMENT_ENTITIES

logger = logging.getLogger(__name__)

# Presidio's DEBUG logging prints matched text and context words: keep it quieter.
_PRESIDIO_LOGGER = "presidio-analyzer"
# Findings a job ad judges differently: its contact block, names and statements.
_READ_AS_AD = frozenset({"NO_ADDRESS", "NO_PHONE", "PERSON"}) | PERSON_STATEMENT_ENTITIES
_PERSONAL_IDENTIFIERS = frozenset({"NO_FODSELSNUMMER", "NO_BANK_ACCOUNT", "IBAN_CODE", "CREDIT_CARD"})
_WARM_UP_TEXT = "Ring 987 65 432 eller send e-post til ola@example.no, konto 1234.56.78903."


def quiet_presidio_logging() -> None:
    """Presidio logs matched text and context words at DEBUG; never let that through."""
    # An explicit level on Presidio's own logger wins over any DEBUG set on the root
    # later (a handler, a test's caplog), so user text never becomes a log record.
    logging.getLogger(_PRESIDIO_LOGGER).setLevel(logging.WARNING)


def build_analyzer(recognizers: Iterable[EntityRecognizer], nlp: spacy.Language | None = None) -> AnalyzerEngine:
    """One Presidio analyzer for nb and nn holding exactly ``recognizers`` (no English defaults)."""
    languages = list(SUPPORTED_LANGUAGES)
    registry = RecognizerRegistry(supported_languages=languages)
    for recognizer in recognizers:
        registry.add_recognizer(recognizer)
        compile_patterns(recognizer)
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=NorwegianNlpEngine(nlp, gate=name_gate(nlp)),
        supported_languages=languages,
        context_aware_enhancer=PrefixContextEnhancer(),
    )


def compile_patterns(recognizer: EntityRecognizer) -> None:
    """Compile a pattern recognizer's regexes now: Presidio compiles on first use, and some
    patterns only meet their first text with the first user message that mentions a person
    (the eight special-category alternations took about 0.3 s together)."""
    if not isinstance(recognizer, PatternRecognizer):
        return
    patterns: list[Pattern] = recognizer.patterns  # type: ignore[has-type]  # untyped in Presidio
    for pattern in patterns:
        if pattern.compiled_regex is None or pattern.compiled_with_flags != recognizer.global_regex_flags:
            pattern.compiled_regex = regex.compile(pattern.regex, flags=recognizer.global_regex_flags)
            pattern.compiled_with_flags = recognizer.global_regex_flags  # type: ignore[assignment]  # Presidio: None


def name_gate(nlp: spacy.Language | None) -> NameGate | None:
    """With a trained NER, run it only on the sentences where a name can be (about 3x faster)."""
    return NameGate(default_names()) if nlp is not None and "ner" in nlp.pipe_names else None


class Guardrail:
    """Finds Norwegian personal and sensitive data and decides block or pass.

    Built once (``from_policy``), then ``check`` is synchronous, CPU-bound and
    re-entrant: it keeps no state between calls.
    """

    def __init__(self, analyzer: AnalyzerEngine, policy: Policy, names: NameResources | None = None) -> None:
        self._analyzer = analyzer
        self._policy = policy
        self._names = names if names is not None else default_names()

    @classmethod
    def from_policy(
        cls,
        policy_path: Path | None = None,
        nlp: spacy.Language | None = None,
        extra_recognizers: Iterable[EntityRecognizer] = (),
    ) -> Guardrail:
        """Load the policy, build one analyzer for nb and nn with only our recognizers."""
        policy = load_policy(policy_path)
        quiet_presidio_logging()
        recognizers = [*default_recognizers(SUPPORTED_LANGUAGES), *extra_recognizers]
        guardrail = cls(build_analyzer(recognizers, nlp), policy)
        for language in SUPPORTED_LANGUAGES:  # compile every pattern now, not on a user's first message
            guardrail.check(_WARM_UP_TEXT, lang=language)
        logger.info("guardrail ready: %d recognizers, NER %s", len(recognizers), "on" if nlp is not None else "off")
        return guardrail

    @property
    def policy(self) -> Policy:
        return self._policy

    @property
    def supported_entities(self) -> list[str]:
        return sorted(self._analyzer.get_supported_entities())

    def check(self, text: str, lang: str = "nb") -> CheckResult:
        """Block, ask or pass ``text``; findings point into ``text`` as given."""
        if lang not in SUPPORTED_LANGUAGES:
            raise ValueError(f"lang must be one of {', '.join(SUPPORTED_LANGUAGES)}, not '{lang}'")
        if not text.strip():
            return CheckResult(decision="pass")
        normalized = normalize(text)
        results = self._analyzer.analyze(normalized.text, language=lang)
        # Street names are no persons ("Ole Vigs gate 1"), whoever the address belongs to.
        addresses = [(r.start, r.end) for r in results if r.entity_type == "NO_ADDRESS"]
        # A job ad (never a text with a person's identifiers) speaks for its employer: the
        # contact block's addresses and fixed-line numbers are the employer's unless a name stands
        # near them, a name needs a sign of a person around it (``employer.is_bare_name_in_ad``),
        # and with no person named it states nothing about anyone ("barnehageplass" is an offer).
        # (Read only when there is something to judge: most texts have none of these.)
        job_ad = (
            any(r.entity_type in _READ_AS_AD for r in results)
            and not any(r.entity_type in _PERSONAL_IDENTIFIERS for r in results)
            and is_job_ad(normalized.text)
        )
        names = [(r.start, r.end) for r in results if r.entity_type == "PERSON"]
        bare = self._bare_names(results, normalized.text) if job_ad and names else set()
        persons = [name for name in names if name not in bare]
        about_nobody = job_ad and not persons
        listed = self._listed_categories(results, normalized.text, persons)
        # With no person in the text (no name, no identifier, no mobile or e-mail of a person) an
        # address is a place, unless words around it tie it to someone. (A landline is not judged
        # so: "Ring 22 33 44 55" may well be someone's.)
        nobody = (
            not persons and any(r.entity_type == "NO_ADDRESS" for r in results)
            and not any(r.entity_type in _PERSONAL_IDENTIFIERS for r in results)
            and not any(
                (r.entity_type == "EMAIL_ADDRESS" or (r.entity_type == "NO_PHONE"
                                                      and not is_fixed_line(normalized.text, r.start, r.end)))
                and not self._is_organisations_own(r.entity_type, normalized.text, r.start, r.end)
                and not is_organisation_block(r.entity_type, normalized.text, r.start, r.end, [], job_ad=job_ad,
                                              names=self._names)
                for r in results
            )
        )
        certain: list[Finding] = []
        uncertain: list[Finding] = []
        for result in results:
            entity = result.entity_type
            if self._policy.action(entity) == "allow" or result.score < self._policy.ask_threshold(entity):
                continue
            if entity == "PERSON" and any(a <= result.start and result.end <= b for a, b in addresses):
                continue
            if entity == "PERSON" and (result.start, result.end) in bare:
                continue
            if entity in PERSON_STATEMENT_ENTITIES and (about_nobody or (result.start, result.end) in listed):
                continue
            if nobody and entity == "NO_ADDRESS" and is_nobodys_address(normalized.text, result.start, result.end):
                continue  # an onboarding venue, a meeting place
            if self._is_organisations_own(entity, normalized.text, result.start, result.end):
                continue
            if is_organisation_block(entity, normalized.text, result.start, result.end, persons, job_ad=job_ad,
                                     names=self._names):
                continue
            start, end = normalized.to_original(result.start, result.end)
            if entity != "EMAIL_ADDRESS" and (
                self._policy.is_allowed_value(text[start:end])
                or self._policy.is_allowed_value(normalized.text[result.start : result.end])
            ):
                continue
            finding = Finding(entity=entity, start=start, end=end, score=float(result.score))
            (certain if result.score >= self._policy.threshold(entity) else uncertain).append(finding)
        if not certain and not uncertain:
            return CheckResult(decision="pass")
        # Uncertain findings go with certain ones: the user sees (and may anonymise) them too.
        findings = certain + uncertain
        anonymizable = all(self._policy.is_anonymizable(f.entity) for f in findings)
        decision: Decision = "block" if certain else "ask"
        return CheckResult(decision=decision, findings=merge_overlapping(findings), anonymizable=anonymizable)

    @staticmethod
    def _listed_categories(
        results: list[RecognizerResult], text: str, persons: list[tuple[int, int]]
    ) -> set[tuple[int, int]]:
        """Special categories listed three or more kinds to a line, with no name on it: a rule
        or a form ("Ikkje skriv inn helse, graviditet, fagforeining, politisk syn ..."), not a
        statement about someone."""
        by_line: dict[int, list[RecognizerResult]] = {}
        for r in results:
            if r.entity_type in PERSON_STATEMENT_ENTITIES:
                by_line.setdefault(text.rfind("\n", 0, r.start), []).append(r)
        listed: set[tuple[int, int]] = set()
        for line_start, found in by_line.items():
            line_end = text.find("\n", found[0].end)
            line_end = len(text) if line_end < 0 else line_end
            named = any(line_start < a < line_end for a, _ in persons)
            if len({r.entity_type for r in found}) >= 3 and not named:
                listed.update((r.start, r.end) for r in found)
        return listed

    def _bare_names(self, results: list[RecognizerResult], text: str) -> set[tuple[int, int]]:
        """The names of a job ad with no sign of a person around them (things, not people)."""
        contact_values = [
            (r.start, r.end) for r in results
            if r.entity_type in ("NO_PHONE", "EMAIL_ADDRESS")
            and not self._is_organisations_own(r.entity_type, text, r.start, r.end)
        ]
        return {
            (r.start, r.end) for r in results
            # an uncertain name was found in a person's slot: that is a sign of a person already
            if r.entity_type == "PERSON" and r.score >= self._policy.threshold("PERSON")
            and is_bare_name_in_ad(text, r.start, r.end, contact_values, self._names)
        }

    def _is_organisations_own(self, entity: str, text: str, start: int, end: int) -> bool:
        """The employer's address, switchboard or mailbox, or a reference number (``employer``)."""
        if is_employer_value(entity, text, start, end):
            return True
        if entity == "NO_PHONE" and is_after_functional_mailbox(text, start, self._names):
            return True
        if entity == "EMAIL_ADDRESS":
            value = text[start:end]
            local, _, domain = value.rpartition("@")
            if not self._policy.is_organisation_domain(domain) and is_person_like_domain(domain, self._names):
                return False
            return self._policy.is_allowed_value(value) or is_functional_mailbox(local, self._names)
        return False

