"""The question check on labelled questions: unlawful flagged, lawful passed, category right.

    python bench/question_check_eval.py [bench/data/interview_questions.yaml] [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from guardrails.question_check import check_question


def evaluate(path: Path, verbose: bool = False) -> dict[str, float]:
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    unlawful = [r for r in rows if not r["lawful"]]
    lawful = [r for r in rows if r["lawful"]]
    flagged = category_ok = passed = 0
    for row in rows:
        finding = check_question(row["text"])
        if not row["lawful"]:
            flagged += finding is not None
            category_ok += finding is not None and finding.category == row["category"]
            if verbose and (finding is None or finding.category != row["category"]):
                found = 'missed' if finding is None else 'as ' + finding.category
                print(f"  unlawful {found:22} [{row['category']}] {row['text']}")
        else:
            passed += finding is None
            if verbose and finding is not None:
                print(f"  lawful flagged {finding.category:15} ({finding.term}) {row['text']}")
    return {
        "questions": len(rows),
        "unlawful_flagged": flagged / max(len(unlawful), 1),
        "lawful_passed": passed / max(len(lawful), 1),
        "category_right": category_ok / max(flagged, 1),
        "n_unlawful": len(unlawful), "n_flagged": flagged, "n_lawful": len(lawful), "n_passed": passed,
    }


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("-")]
    path = Path(args[0]) if args else Path(__file__).parent / "data" / "interview_questions.yaml"
    figures = evaluate(path, verbose="-v" in argv)
    print(path.name, " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
