"""What each family of person rules contributes: PER precision/recall with every family on,
and with each one switched off in turn.

Run: .venv/bin/python -m bench.names_ablation [--corpus ../shared/data/norne]

Sets (never NorNE test):
* NorNE **dev**, nob and nno, as written and lowercased (documents of ~2,000 characters);
* ``bench/data/names_heldout.yaml`` (413 annotated mentions, cased and lowercased);
* the HR sets with planted data: texts whose ``expect`` has PERSON found (recall per text),
  and clean texts with no PERSON finding (per text) — the names recognizer alone, so the
  figure says what the name rules cost or gain, not the other recognizers.

A family "pays" when switching it off loses recall somewhere, or when it removes false
finds (its ``off`` row has lower precision or more clean texts with a name found).
Prints a table; asserts nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from bench.names_heldout_eval import gold_spans
from guardrails.ner.model import load_ner_pipeline
from guardrails.ner.name_gate import NameGate
from guardrails.ner.names import default_names
from guardrails.ner.person_spans import RULE_FAMILIES, PersonSpanFinder
from guardrails.ner.training.corpus import read_split
from guardrails.ner.training.evaluate import Counts, build_documents, lowercased
from guardrails.nlp_engine import NorwegianNlpEngine
from guardrails.recognizers.no_person_recognizer import NoPersonRecognizer

ROOT = Path(__file__).resolve().parent.parent
HR_SETS = ("hr_texts", "hr_texts_heldout", "hr_texts_heldout2", "hr_chat_heldout", "heldout_r3_chat",
           "heldout_r3_pasted", "heldout_r4")


def _spans(engine, recognizer, text: str, language: str) -> list[tuple[int, int]]:
    artifacts = engine.process_text(text, language)
    return [(r.start, r.end) for r in recognizer.analyze(text, ["PERSON"], artifacts)]


def measure(engine, finder: PersonSpanFinder, dev: dict, heldout: list, hr: list) -> dict[str, str]:
    row: dict[str, str] = {}
    for name, (documents, language) in dev.items():
        counts = Counts()
        recognizer = NoPersonRecognizer(language=language, finder=finder)
        for document in documents:
            counts.add(list(document.persons), _spans(engine, recognizer, document.text, language))
        row[name] = f"{counts.precision:.3f}/{counts.recall:.3f}"
    for case in ("cased", "lower"):
        counts = Counts()
        for entry in heldout:
            text = entry["text"] if case == "cased" else entry["text"].lower()
            names = entry["names"] if case == "cased" else [n.lower() for n in entry["names"]]
            recognizer = NoPersonRecognizer(language=entry["lang"], finder=finder)
            counts.add(gold_spans(text, names), _spans(engine, recognizer, text, entry["lang"]))
        row[f"names_{case}"] = f"{counts.precision:.3f}/{counts.recall:.3f}"
    found = expected = clean = clean_total = 0
    for entry in hr:
        recognizer = NoPersonRecognizer(language=entry["lang"], finder=finder)
        has_name = bool(_spans(engine, recognizer, entry["text"], entry["lang"]))
        if "PERSON" in (entry.get("expect") or []):
            expected += 1
            found += has_name
        elif not entry.get("expect"):
            clean_total += 1
            clean += not has_name
    row["hr_person"] = f"{found}/{expected}"
    row["hr_clean"] = f"{clean}/{clean_total}"
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "data" / "norne")
    args = parser.parse_args()
    names = default_names()
    engine = NorwegianNlpEngine(load_ner_pipeline(), gate=NameGate(names))
    dev = {}
    for dialect, language in (("nob", "nb"), ("nno", "nn")):
        documents = build_documents(read_split(args.corpus, dialect, "dev"), 2000)
        dev[dialect] = (documents, language)
        dev[f"{dialect}-lower"] = (lowercased(documents), language)
    heldout = yaml.safe_load((ROOT / "bench/data/names_heldout.yaml").read_text(encoding="utf-8"))
    hr = [e for s in HR_SETS for e in yaml.safe_load((ROOT / f"bench/data/{s}.yaml").read_text(encoding="utf-8"))]

    rows = {"all on": measure(engine, PersonSpanFinder(names), dev, heldout, hr)}
    for family in RULE_FAMILIES:
        rows[f"{family} off"] = measure(engine, PersonSpanFinder(names, disabled=frozenset({family})), dev, heldout, hr)
    columns = list(rows["all on"])
    print("PER precision/recall (NorNE dev, names_heldout); HR sets: texts with a person found / clean texts with none")
    print(f"| {'':24} | " + " | ".join(f"{c:>13}" for c in columns) + " |")
    print("|" + "---|" * (len(columns) + 1))
    for label, row in rows.items():
        print(f"| {label:24} | " + " | ".join(f"{row[c]:>13}" for c in columns) + " |")


if __name__ == "__main__":
    main()
