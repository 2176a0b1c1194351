"""A fast Norwegian tokenizer shared by the tokenizer-only pipeline and the trained NER.

spaCy's default Norwegian rules (hundreds of exceptions, Unicode-class affix regexes) cost
about 3.3 ms per 2,000 characters; these simple affix rules cost about 0.15 ms. The NER was
trained on NorNE's gold tokens, not on spaCy's tokenizer, so it is free to use these: on
NorNE dev the PER scores with either tokenizer agree to the third decimal.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import registry
from spacy.vocab import Vocab

FACTORY = "aktiv.FastTokenizer.v1"

_PREFIX = re.compile(r"""^[\[({"'«“‘§<*•\-–—]""")
_SUFFIX = re.compile(r"""[\])}"'»”’.,:;!?%>*]$""")
_INFIX = re.compile(r"""(?<=\w)[/:;](?=\w)|(?<=[^\W\d])[,](?=[^\W\d])""")


def fast_tokenizer(vocab: Vocab) -> Tokenizer:
    """Whitespace, then one bracket/quote/bullet prefix and one punctuation suffix at a time."""
    return Tokenizer(
        vocab,
        rules={},
        prefix_search=_PREFIX.search,
        suffix_search=_SUFFIX.search,
        infix_finditer=_INFIX.finditer,
    )


@registry.tokenizers(FACTORY)
def create_fast_tokenizer():
    """spaCy registry entry, so a pipeline is built with this tokenizer from the start
    (``config={"nlp": {"tokenizer": {"@tokenizers": FACTORY}}}``) instead of building
    spaCy's Norwegian tokenizer first (0.3 s) and replacing it."""

    def make(nlp: Language) -> Tokenizer:
        return fast_tokenizer(nlp.vocab)

    return make
