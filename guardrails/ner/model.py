"""Load the trained Norwegian NER pipeline from the repository (never downloads)."""

from __future__ import annotations

import logging
from pathlib import Path

import spacy
from spacy.language import Language

from guardrails.tokenizer import FACTORY as TOKENIZER_FACTORY

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "no_ner"
# Anything a pipeline might carry that the guardrail does not need.
EXCLUDED_COMPONENTS = ("parser", "tagger", "morphologizer", "lemmatizer", "attribute_ruler", "senter", "textcat")
log = logging.getLogger(__name__)


def load_ner_pipeline(path: Path | None = None) -> Language | None:
    """The tok2vec + ner pipeline at ``path`` (default ``guardrails/models/no_ner``).

    Returns None when the directory holds no pipeline. Loading reads local files only;
    the caller keeps the result (it is not cached here).
    """
    model_dir = Path(path) if path is not None else DEFAULT_MODEL_DIR
    if not (model_dir / "config.cfg").is_file():
        log.warning("no NER model at %s; names are then found by lists and cues only", model_dir.name)
        return None
    # The NER learnt from NorNE's gold tokens, not from spaCy's tokenizer; the fast rules
    # give the same PER scores on NorNE dev at a twentieth of the cost (guardrails/tokenizer.py).
    # Built with that tokenizer from the start; the saved spaCy tokenizer is not read.
    return spacy.load(
        model_dir,
        exclude=[*EXCLUDED_COMPONENTS, "tokenizer"],
        config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_FACTORY}}},
    )
