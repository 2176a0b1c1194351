"""Person-name precision and recall on texts written for the purpose (bench/data/names_heldout.yaml).

    python bench/names_heldout_eval.py [--data FILE] [--errors]

Each entry lists every surface string that names a person; every occurrence of those strings
(whole words, the longest where two overlap) is a gold span. The whole PERSON recognizer runs
as in the bot (the NER with the name gate, then the rules), on the text as written and on a
lowercased copy; a gold span counts as found when a predicted span overlaps it, a predicted
span as correct when it overlaps a gold one (as in ``make eval`` on NorNE). Prints figures,
asserts nothing.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import yaml

from guardrails.ner.model import load_ner_pipeline
from guardrails.ner.name_gate import NameGate
from guardrails.ner.names import NameResources
from guardrails.ner.training.evaluate import Counts
from guardrails.nlp_engine import NorwegianNlpEngine
from guardrails.recognizers.no_person_recognizer import NoPersonRecognizer

ROOT = Path(__file__).resolve().parent.parent


DEFAULT_DATA = ROOT / "bench" / "data" / "names_heldout.yaml"


def gold_spans(text: str, names: list[str]) -> list[tuple[int, int]]:
    """Every whole-word occurrence of every name; an occurrence inside a longer one is dropped."""
    spans = {
        (match.start(), match.end())
        for name in names
        for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)
    }
    return sorted(s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", action="store_true", help="print missed names and false finds")
    args = parser.parse_args(argv)

    entries = yaml.safe_load(args.data.read_text(encoding="utf-8"))
    engine = NorwegianNlpEngine(load_ner_pipeline(), gate=NameGate(NameResources.load()))
    recognizers = {lang: NoPersonRecognizer(supported_language=lang) for lang in ("nb", "nn")}
    counts: dict[str, Counts] = {}
    for entry in entries:
        lang = entry["lang"]
        for variant in ("cased", "lower"):
            text = entry["text"] if variant == "cased" else entry["text"].lower()
            gold = gold_spans(entry["text"], entry["names"])
            results = recognizers[lang].analyze(text, ["PERSON"], engine.process_text(text, lang))
            predicted = [(r.start, r.end) for r in results]
            counts.setdefault(f"{lang} {variant}", Counts()).add(gold, predicted)
            counts.setdefault(f"all {variant}", Counts()).add(gold, predicted)
            if args.errors:
                for start, end in gold:
                    if not any(start < e and s < end for s, e in predicted):
                        print(f"MISS  {entry['id']} {variant}: {text[start:end]!r}"
                              f" | {text[max(0, start - 50):end + 30]!r}")
                for start, end in predicted:
                    if not any(start < e and s < end for s, e in gold):
                        print(f"FALSE {entry['id']} {variant}: {text[start:end]!r}"
                              f" | {text[max(0, start - 50):end + 30]!r}")
    print(f"{args.data.name}: {len(entries)} texts")
    for name in sorted(counts):
        c = counts[name]
        print(f"  {name:10} gold {c.gold:4}  P {c.precision:.3f}  R {c.recall:.3f}"
              f" ({c.gold_found}/{c.gold})  F {c.f1:.3f}")


if __name__ == "__main__":
    main()
