"""E-mail addresses, for nb and nn, validated without any network access.

Presidio's ``EmailRecognizer`` validates the domain with ``tldextract``'s module-level
extractor, which fetches the public-suffix list from the internet on first use. This
subclass keeps Presidio's pattern but validates with a ``tldextract.TLDExtract`` that
has no download URLs and no disk cache: it only reads the snapshot bundled with the package.
"""

from __future__ import annotations

import tldextract
from presidio_analyzer.predefined_recognizers import EmailRecognizer

ENTITY = "EMAIL_ADDRESS"


def offline_domain_extractor() -> tldextract.TLDExtract:
    """A ``TLDExtract`` that only uses its bundled public-suffix snapshot."""
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


class NoEmailRecognizer(EmailRecognizer):
    """E-mail addresses (Presidio's pattern, offline domain check, Norwegian context)."""

    CONTEXT = ["e-post", "epost", "e-postadresse", "mail", "email", "adresse", "send"]

    def __init__(self, supported_language: str = "nb", extractor: tldextract.TLDExtract | None = None) -> None:
        super().__init__(
            context=list(self.CONTEXT),
            supported_language=supported_language,
            supported_entity=ENTITY,
            name=f"NoEmailRecognizer_{supported_language}",
        )
        self._extractor = extractor if extractor is not None else offline_domain_extractor()

    def validate_result(self, pattern_text: str) -> bool:
        return self._extractor(pattern_text.rsplit("@", 1)[-1]).fqdn != ""
