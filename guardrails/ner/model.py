"""Load the trained Norwegian NER pipeline from the repository (never downloads)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import spacy
from spacy.language import Language

from guardrails.tokenizer import FACTORY as TOKENIZER_FACTORY

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "no_ner"
# For benchmarks and experiments only: compare a freshly trained model with the shipped one
# through scripts that call load_ner_pipeline() without a path (bench/hr_texts_eval.py).
# Unset in the bot.
MODEL_DIR_ENV = "AKTIV_NER_MODEL_DIR"
# Anything a pipeline might carry that the guardrail does not need.
EXCLUDED_COMPONENTS = ("parser", "tagger", "morphologizer", "lemmatizer", "attribute_ruler", "senter", "textcat")
log = logging.getLogger(__name__)


def load_ner_pipeline(path: Path | None = None) -> Language | None:
    """The tok2vec + ner pipeline at ``path`` (default ``guardrails/models/no_ner``, or the
    directory in ``$AKTIV_NER_MODEL_DIR`` when that is set: bench use only).

    Returns None when the directory holds no pipeline. Loading reads local files only;
    the caller keeps the result (it is not cached here).
    """
    if path is not None:
        model_dir = Path(path)
    elif os.environ.get(MODEL_DIR_ENV):
        model_dir = Path(os.environ[MODEL_DIR_ENV])
        log.warning("NER model from $%s: %s (bench use only)", MODEL_DIR_ENV, model_dir)
    else:
        model_dir = DEFAULT_MODEL_DIR
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
