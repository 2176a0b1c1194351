"""The guardrail's Presidio recognizers, one per file.

``default_recognizers()`` is the single place that decides which recognizers the
guardrail runs: the identifier recognizers in this package, the names recognizer
(``no_person_recognizer``) and the special-category recognizers (``sensitive``).
Every recognizer is built once per language (Presidio recognizers serve one language).
"""

from __future__ import annotations

from collections.abc import Iterable

from presidio_analyzer import EntityRecognizer

from guardrails.recognizers.iban_recognizer import IbanRecognizer
from guardrails.recognizers.no_address_recognizer import NoAddressRecognizer
from guardrails.recognizers.no_bank_account_recognizer import NoBankAccountRecognizer
from guardrails.recognizers.no_email_recognizer import NoEmailRecognizer, offline_domain_extractor
from guardrails.recognizers.no_fodselsnummer_recognizer import NoFodselsnummerRecognizer
from guardrails.recognizers.no_person_recognizer import NoPersonRecognizer
from guardrails.recognizers.no_phone_recognizer import NoPhoneRecognizer
from guardrails.recognizers.payment_card_recognizer import PaymentCardRecognizer
from guardrails.recognizers.sensitive import sensitive_recognizers

LANGUAGES: tuple[str, ...] = ("nb", "nn")


def identifier_recognizers(languages: Iterable[str] = LANGUAGES) -> list[EntityRecognizer]:
    """Recognizers for identifiers and contact data (no NER, no special categories)."""
    extractor = offline_domain_extractor()
    recognizers: list[EntityRecognizer] = []
    for language in languages:
        recognizers += [
            NoFodselsnummerRecognizer(supported_language=language),
            NoPhoneRecognizer(supported_language=language),
            NoEmailRecognizer(supported_language=language, extractor=extractor),
            NoBankAccountRecognizer(supported_language=language),
            IbanRecognizer(supported_language=language),
            PaymentCardRecognizer(supported_language=language),
            NoAddressRecognizer(supported_language=language),
        ]
    return recognizers


def person_recognizers(languages: Iterable[str] = LANGUAGES) -> list[EntityRecognizer]:
    """The names recognizer (reads PERSON spans from the NLP engine), one per language."""
    return list(NoPersonRecognizer.for_languages(tuple(languages)))


def special_category_recognizers(languages: Iterable[str] = LANGUAGES) -> list[EntityRecognizer]:
    """Health, religion, ... security markings, one per entity and language."""
    return list(sensitive_recognizers(tuple(languages)))


def default_recognizers(languages: Iterable[str] = LANGUAGES) -> list[EntityRecognizer]:
    """Every recognizer the guardrail runs, for ``languages`` (default nb and nn)."""
    languages = tuple(languages)
    return identifier_recognizers(languages) + person_recognizers(languages) + special_category_recognizers(languages)
