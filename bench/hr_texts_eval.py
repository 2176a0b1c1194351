"""The guardrail on realistic HR texts: false blocks on clean text, misses on planted data.

Run: .venv/bin/python bench/hr_texts_eval.py [--data FILE] [--failures-only]

Reads bench/data/hr_texts.yaml (fictional texts: entries ``{id, lang, text, expect}``),
builds the guardrail exactly as the bot does (policy + the NER model) and checks every
text in its own language. Per entry it prints the expected entity types, the entity types
found with their text spans (fictional data, so the spans are printed), and a verdict:

  OK     clean text passed, or every expected type was found
  FALSE  clean text blocked (a false block)
  MISS   a text with data passed, or some expected type was not found

Types found beyond those expected in a text with data are listed as ``extra`` without
changing the verdict. Prints figures only; asserts nothing and always exits 0.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from guardrails.guardrail import Guardrail
from guardrails.ner.model import load_ner_pipeline

ROOT = Path(__file__).resolve().parent.parent


DATA = ROOT / "bench" / "data" / "hr_texts.yaml"


def one_line(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def pct(n: int, total: int) -> str:
    return f"{100 * n / total:.0f} %" if total else "n/a"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--failures-only", action="store_true", help="print only MISS and FALSE entries")
    args = parser.parse_args()

    entries = yaml.safe_load(args.data.read_text(encoding="utf-8"))
    nlp = load_ner_pipeline()
    if nlp is None:
        print("WARNING: no NER model found; measuring lists and cues only (not what the bot runs)")
    guardrail = Guardrail.from_policy(nlp=nlp)

    clean_total = clean_passed = 0
    data_total = data_blocked = 0
    types_expected = types_found = 0
    failures: list[str] = []
    phones_total = phones_found = 0
    asked = 0

    for entry in entries:
        text, lang = entry["text"], entry["lang"]
        expected = list(entry.get("expect") or [])
        result = guardrail.check(text, lang=lang)
        asked += result.asks
        found: dict[str, list[str]] = {}
        for finding in result.findings:
            found.setdefault(finding.entity, []).append(one_line(text[finding.start : finding.end], 60))

        if not expected:
            clean_total += 1
            verdict = "FALSE" if result.blocked else "OK"
            clean_passed += not result.blocked
            missing: list[str] = []
            extra = sorted(found)
        else:
            data_total += 1
            data_blocked += result.blocked
            missing = [e for e in expected if e not in found]
            extra = sorted(set(found) - set(expected))
            types_expected += len(expected)
            types_found += len(expected) - len(missing)
            verdict = "MISS" if missing or not result.blocked else "OK"

        for phone in entry.get("phones") or []:
            phones_total += 1
            at = text.find(phone)
            hit = any(
                f.entity == "NO_PHONE" and f.start <= at + 1 and f.end >= at + len(phone) - 1 for f in result.findings
            )
            phones_found += hit
            if not hit:
                missing = [*missing, f"phone {phone!r}"]
                verdict = "MISS"

        if verdict != "OK":
            failures.append(entry["id"])
        if args.failures_only and verdict == "OK":
            continue
        print(f"{verdict:5} {entry['id']} [{lang}]  expected: {', '.join(expected) or '-'}")
        if found:
            for entity, spans in sorted(found.items()):
                print(f"        found {entity}: " + " | ".join(repr(s) for s in spans))
        else:
            print("        found nothing")
        if missing:
            print(f"        missing: {', '.join(missing)}")
        if expected and extra:
            print(f"        extra: {', '.join(extra)}")
        if verdict != "OK":
            print(f"        text: {one_line(text, 160)}")

    print()
    print("Summary")
    print(
        f"  clean texts passed:           {clean_passed}/{clean_total}"
        f"  (false-block rate {pct(clean_total - clean_passed, clean_total)})"
    )
    print(f"  texts with data blocked:      {data_blocked}/{data_total}  ({pct(data_blocked, data_total)})")
    print(f"  expected entity types found:  {types_found}/{types_expected}  ({pct(types_found, types_expected)})")
    print(f"  texts asked about (ask band): {asked}/{clean_total + data_total}")
    if phones_total:
        print(
            f"  personal phone numbers found: {phones_found}/{phones_total}"
            f"  (recall {phones_found / phones_total:.2f})"
        )
    print(f"  entries not OK: {len(failures)}" + (f" ({', '.join(failures)})" if failures else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
