"""Presidio's lemma context enhancer with prefix matching of context words.

Presidio offers "substring" matching (``ring`` would match ``erfaring``, present in every
job ad) or "whole_word" (``telefon`` would miss ``telefonnummer``). Norwegian builds
compounds at the end of words, so a context word matches a word that STARTS with it:
``telefon`` → ``telefonnummer``, ``konto`` → ``kontonummer``, ``adresse`` → ``adressen``.
"""

from __future__ import annotations

from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer


class PrefixContextEnhancer(LemmaContextAwareEnhancer):
    """Context words match surrounding words that start with them (case-insensitive)."""

    def __init__(self, prefix_count: int = 6, suffix_count: int = 2) -> None:
        super().__init__(
            context_similarity_factor=0.35,
            min_score_with_context_similarity=0.4,
            context_prefix_count=prefix_count,
            context_suffix_count=suffix_count,
            context_matching_mode="whole_word",
        )

    @staticmethod
    def _find_supportive_word_in_context(
        context_list: list[str],
        recognizer_context_list: list[str],
        matching_mode: str = "whole_word",
    ) -> str:
        if not context_list or not recognizer_context_list:
            return ""
        surrounding = [word.lower() for word in context_list if word]
        for context_word in recognizer_context_list:
            lowered = context_word.lower()
            if any(word.startswith(lowered) for word in surrounding):
                return context_word
        return ""
