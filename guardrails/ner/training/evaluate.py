"""Entity-level PER precision / recall / F on NorNE, raw NER and full PERSON recognizer.

    python -m guardrails.ner.training.evaluate --corpus PATH --model guardrails/models/no_ner

A predicted span counts as correct when it overlaps any gold PER span; a gold span counts
as found when any prediction overlaps it. Reported for nob and nno, as written and
lowercased. Documents: NorNE dev/test carry no ``# newdoc`` and their ``# sent_id`` are plain
consecutive numbers (no document prefix), so documents are rebuilt from the ``# newpar``
marks: consecutive paragraphs are joined (sentences by a space, paragraphs by a blank
line) until a document reaches ``--doc-chars`` characters (default 2,000, a job ad's
length); propagation then works across a document as it would on a real text.
``--split dev`` is for tuning; ``test`` (default) is for reporting only.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from guardrails.ner.model import load_ner_pipeline
from guardrails.ner.name_gate import NameGate
from guardrails.ner.names import NameResources
from guardrails.ner.training.corpus import Sentence, read_split
from guardrails.nlp_engine import NorwegianNlpEngine
from guardrails.recognizers.no_person_recognizer import NoPersonRecognizer

LANGUAGE_OF = {"nob": "nb", "nno": "nn"}


@dataclass(frozen=True)
class Document:
    text: str
    persons: tuple[tuple[int, int], ...]


@dataclass
class Counts:
    gold: int = 0
    gold_found: int = 0
    predicted: int = 0
    predicted_correct: int = 0

    def add(self, gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> None:
        def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
            return a[0] < b[1] and b[0] < a[1]

        self.gold += len(gold)
        self.gold_found += sum(any(overlaps(g, p) for p in predicted) for g in gold)
        self.predicted += len(predicted)
        self.predicted_correct += sum(any(overlaps(p, g) for g in gold) for p in predicted)

    @property
    def precision(self) -> float:
        return self.predicted_correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def build_documents(sentences: list[Sentence], doc_chars: int) -> list[Document]:
    documents: list[Document] = []
    text = ""
    persons: list[tuple[int, int]] = []
    for sentence in sentences:
        if sentence.new_paragraph and len(text) >= doc_chars:
            documents.append(Document(text, tuple(persons)))
            text, persons = "", []
        separator = "" if not text else ("\n\n" if sentence.new_paragraph else " ")
        offset = len(text) + len(separator)
        text += separator + sentence.text
        persons += [(start, end) for start, end, label in sentence.char_spans(offset) if label == "PER"]
    if text:
        documents.append(Document(text, tuple(persons)))
    return documents


def evaluate(documents: list[Document], engine: NorwegianNlpEngine, recognizer: NoPersonRecognizer, language: str):
    raw, full = Counts(), Counts()
    for document in documents:
        artifacts = engine.process_text(document.text, language)
        gold = list(document.persons)
        raw.add(gold, [(e.start_char, e.end_char) for e in artifacts.entities if e.label_ == "PERSON"])
        results = recognizer.analyze(document.text, ["PERSON"], artifacts)
        full.add(gold, [(r.start, r.end) for r in results])
    return raw, full


def lowercased(documents: list[Document]) -> list[Document]:
    lowered = [Document(d.text.lower(), d.persons) for d in documents]
    assert all(len(a.text) == len(b.text) for a, b in zip(documents, lowered, strict=False)), "lower() changed offsets"
    return lowered


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--split", choices=("test", "dev"), default="test")
    parser.add_argument("--doc-chars", type=int, default=2000)
    parser.add_argument("--no-gate", action="store_true", help="run the NER on every sentence (slower)")
    args = parser.parse_args(argv)

    nlp = load_ner_pipeline(args.model)
    if nlp is None:
        raise SystemExit(f"no model at {args.model}; train it first (make model)")
    engine = NorwegianNlpEngine(nlp, gate=None if args.no_gate else NameGate(NameResources.load()))
    print(f"NorNE {args.split}, PER, overlap match, documents of >= {args.doc_chars} chars (paragraph-aligned)")
    print(
        f"{'set':<12}{'docs':>6}{'gold':>6} | {'raw P':>7}{'raw R':>7}{'raw F':>7}"
        f" | {'full P':>7}{'full R':>7}{'full F':>7}"
    )
    for dialect, language in LANGUAGE_OF.items():
        documents = build_documents(read_split(args.corpus, dialect, args.split), args.doc_chars)
        recognizer = NoPersonRecognizer(supported_language=language)
        for name, docs in ((dialect, documents), (f"{dialect}-lower", lowercased(documents))):
            raw, full = evaluate(docs, engine, recognizer, language)
            print(
                f"{name:<12}{len(docs):>6}{raw.gold:>6} | {raw.precision:>7.3f}{raw.recall:>7.3f}{raw.f1:>7.3f}"
                f" | {full.precision:>7.3f}{full.recall:>7.3f}{full.f1:>7.3f}"
            )


if __name__ == "__main__":
    main()
