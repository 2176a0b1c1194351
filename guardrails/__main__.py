"""Command line: ``python -m guardrails scan [--lang nb|nn] [--no-ner] [FILE|-]``.

Prints ``{"decision": ..., "findings": [...]}`` as JSON. Exit code 0 whatever the
decision; 2 for usage errors and unreadable files. The guardrail is the bot's own: every
recognizer and the Norwegian NER model from the repository (``--no-ner``: lists and cues
only, faster to start).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m guardrails", description="AKTIV guardrail")
    commands = parser.add_subparsers(dest="command", required=True)
    scan = commands.add_parser("scan", help="check a text and print the decision as JSON")
    scan.add_argument("--lang", choices=("nb", "nn"), default="nb")
    scan.add_argument("--policy", type=Path, default=None, help="policy file (default: guardrails/policy.yaml)")
    scan.add_argument("--no-ner", action="store_true", help="without the NER model (names by lists and cues only)")
    scan.add_argument("file", nargs="?", default="-", help="text file, or - for standard input")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        parser.exit(2, f"python -m guardrails: cannot read {args.file}: {error}\n")
    from guardrails.guardrail import Guardrail
    from guardrails.ner.model import load_ner_pipeline
    from guardrails.policy import PolicyError

    try:
        guardrail = Guardrail.from_policy(args.policy, nlp=None if args.no_ner else load_ner_pipeline())
    except PolicyError as error:
        parser.exit(2, f"python -m guardrails: {error}\n")
    print(json.dumps(guardrail.check(text, lang=args.lang).to_dict(), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
