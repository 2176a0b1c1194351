"""Train the Norwegian NER pipeline (tok2vec + ner) on NorNE bokmål + nynorsk.

    python -m guardrails.ner.training.train --corpus PATH --output guardrails/models/no_ner

Reproducible: fixed seed for the augmentation and for spaCy. Training data is NorNE train
(both written standards) with case noise; dev (both, plus a lowercased copy) picks the best
checkpoint. Test is never read here. ``--hr-synthetic N`` adds N synthetic HR-domain
sentences (``hr_synthetic.py``: chat lines, ad fields, minutes; nb and nn; about 40 %
lower-cased) to the training data only; they already carry their own case mix, so they
get no further case noise, and they never enter dev or the name lists. DocBin files and
checkpoints go to a build directory that is not tracked; only the best pipeline
(``nlp.to_disk``, no optimizer state) is copied to ``--output``. The name lists under
``guardrails/ner/data/`` are rebuilt from train too.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import shutil
import time
from dataclasses import replace
from pathlib import Path

import spacy
from spacy.cli.train import train as spacy_train
from spacy.tokens import Doc, DocBin, Span

from guardrails.ner.training.augment import with_case_noise
from guardrails.ner.training.corpus import DIALECTS, Sentence, read_split
from guardrails.ner.training.hr_synthetic import hr_sentences
from guardrails.ner.training.name_lists import build_name_lists, write_name_lists

CONFIG_PATH = Path(__file__).with_name("config.cfg")
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
DEFAULT_SEED = 1234
log = logging.getLogger("guardrails.ner.training.train")


def to_docbin(sentences: list[Sentence], vocab) -> DocBin:
    docbin = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=False)
    for sentence in sentences:
        doc = Doc(vocab, words=list(sentence.words), spaces=list(sentence.spaces))
        doc.ents = [Span(doc, start, end, label=label) for start, end, label in sentence.entities]
        docbin.add(doc)
    return docbin


def lowercased(sentences: list[Sentence]) -> list[Sentence]:
    return [replace(s, words=tuple(w.lower() for w in s.words)) for s in sentences]


def prepare_data(
    corpus: Path, build_dir: Path, seed: int, lower_fraction: float = 0.35, upper_fraction: float = 0.05,
    lowercase_only: bool = False, hr_synthetic: int = 0,
) -> tuple[Path, Path, list[Sentence]]:
    """Write train.spacy and dev.spacy; return their paths and the un-augmented train set.

    ``lowercase_only``: train and choose the checkpoint on lowercased text only (the model
    for text typed without capitals)."""
    rng = random.Random(seed)
    train = [s for dialect in DIALECTS for s in read_split(corpus, dialect, "train")]
    dev = [s for dialect in DIALECTS for s in read_split(corpus, dialect, "dev")]
    dev_lower = lowercased(dev)
    if lowercase_only:
        augmented, dev = lowercased(train), []
    else:
        augmented = with_case_noise(train, rng, lower_fraction=lower_fraction, upper_fraction=upper_fraction)
    if hr_synthetic:
        augmented += hr_sentences(hr_synthetic, seed)
    rng.shuffle(augmented)
    vocab = spacy.blank("nb").vocab
    build_dir.mkdir(parents=True, exist_ok=True)
    train_path, dev_path = build_dir / "train.spacy", build_dir / "dev.spacy"
    to_docbin(augmented, vocab).to_disk(train_path)
    to_docbin(dev + dev_lower, vocab).to_disk(dev_path)
    log.info(
        "train sentences %d (from %d NorNE + %d synthetic HR), dev sentences %d",
        len(augmented), len(train), hr_synthetic, len(dev) + len(dev_lower),
    )
    return train_path, dev_path, train


def directory_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True, help="NorNE root (with nob/ and nno/)")
    parser.add_argument("--output", type=Path, required=True, help="where the trained pipeline goes")
    parser.add_argument("--build-dir", type=Path, default=Path("build/ner"), help="DocBins and checkpoints")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    parser.add_argument("--eval-frequency", type=int, default=None)
    parser.add_argument(
        "--lower-fraction", type=float, default=0.35, help="share of train sentences copied in lower case"
    )
    parser.add_argument("--upper-fraction", type=float, default=0.05, help="share copied in capitals")
    parser.add_argument("--config", type=Path, default=CONFIG_PATH, help="spaCy training config")
    parser.add_argument("--lowercase-only", action="store_true", help="train on lowercased text only")
    parser.add_argument(
        "--hr-synthetic", type=int, default=0, metavar="N",
        help="add N synthetic HR-domain sentences to train (guardrails/ner/training/hr_synthetic.py)",
    )
    parser.add_argument("--no-name-lists", action="store_true", help="do not rewrite guardrails/ner/data (experiments)")
    parser.add_argument(
        "--override", action="append", default=[], metavar="KEY=VALUE",
        help="extra spaCy config override for experiments, e.g. components.ner.model.use_upper=false",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    started = time.monotonic()
    train_path, dev_path, train_sentences = prepare_data(
        args.corpus, args.build_dir, args.seed, args.lower_fraction, args.upper_fraction, args.lowercase_only,
        args.hr_synthetic,
    )
    if not args.no_name_lists:
        write_name_lists(build_name_lists(train_sentences), DATA_DIR)
    overrides = {"paths.train": str(train_path), "paths.dev": str(dev_path), "system.seed": args.seed}
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
    if args.eval_frequency is not None:
        overrides["training.eval_frequency"] = args.eval_frequency
    for item in args.override:
        key, _, value = item.partition("=")
        overrides[key] = json.loads(value) if value not in ("", None) else value
    checkpoints = args.build_dir / "checkpoints"
    spacy_train(args.config, output_path=checkpoints, use_gpu=-1, overrides=overrides)

    best = checkpoints / "model-best"
    if args.output.exists():
        shutil.rmtree(args.output)
    shutil.copytree(best, args.output)
    elapsed = time.monotonic() - started
    log.info(
        "model written to %s (%.1f MB) in %.1f min",
        args.output, directory_size(args.output) / 1e6, elapsed / 60,
    )


if __name__ == "__main__":
    main()
