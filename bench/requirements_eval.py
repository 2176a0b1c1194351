"""Precision and recall of the requirement extraction on a labelled set of job ads.

    python bench/requirements_eval.py [bench/data/requirements_ads.yaml] [-v]

An extracted requirement matches a labelled one (one to one, best first) when, after
lower-casing and collapsing spaces, one contains the other and the shorter is at least 60 %
of the longer, or their rapidfuzz ratio is at least 85. Precision and recall count must and
should together ("requirements"); kind accuracy is the share of matched requirements whose
must/should label is right. Personal qualities are reported on their own. Title and employer
are right when they match the same way.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dialogs.requirements.extraction import extract_requirements


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("«", "").replace("»", "").split()).strip(" .,;:")


def same(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return (short in long_ and len(short) >= 0.6 * len(long_)) or fuzz.ratio(a, b) >= 85


def match(found: list[tuple[str, str]], gold: list[tuple[str, str]]) -> list[tuple[int, int]]:
    pairs, used = [], set()
    for i, (text, _) in enumerate(found):
        for j, (label, _) in enumerate(gold):
            if j not in used and same(text, label):
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


def evaluate(path: Path, verbose: bool = False) -> dict[str, float]:
    ads = yaml.safe_load(path.read_text(encoding="utf-8"))
    totals = dict(found=0, gold=0, hit=0, kind_ok=0, pfound=0, pgold=0, phit=0, title=0, employer=0)
    for ad in ads:
        result = extract_requirements(ad["text"])
        found = [(r.text, r.kind) for r in result.requirements if r.kind != "personal"]
        gold = [(t, "must") for t in ad.get("must") or []] + [(t, "should") for t in ad.get("should") or []]
        pairs = match(found, gold)
        totals["found"] += len(found)
        totals["gold"] += len(gold)
        totals["hit"] += len(pairs)
        totals["kind_ok"] += sum(found[i][1] == gold[j][1] for i, j in pairs)
        pfound = [(t, "personal") for t in result.of_kind("personal")]
        pgold = [(t, "personal") for t in ad.get("personal") or []]
        totals["pfound"] += len(pfound)
        totals["pgold"] += len(pgold)
        totals["phit"] += len(match(pfound, pgold))
        totals["title"] += same(result.title, ad.get("title", ""))
        totals["employer"] += same(result.employer, ad.get("employer", ""))
        if verbose:
            _show(ad, result, found, gold, pairs)
    n = len(ads)
    figures = {
        "ads": n,
        "precision": totals["hit"] / max(totals["found"], 1),
        "recall": totals["hit"] / max(totals["gold"], 1),
        "kind_accuracy": totals["kind_ok"] / max(totals["hit"], 1),
        "personal_precision": totals["phit"] / max(totals["pfound"], 1),
        "personal_recall": totals["phit"] / max(totals["pgold"], 1),
        "title": totals["title"] / n,
        "employer": totals["employer"] / n,
    }
    figures.update({k: totals[k] for k in ("found", "gold", "hit", "kind_ok")})
    return figures


def _show(ad, result, found, gold, pairs) -> None:
    hit_found = {i for i, _ in pairs}
    hit_gold = {j for _, j in pairs}
    wrong_kind = [(found[i], gold[j]) for i, j in pairs if found[i][1] != gold[j][1]]
    print(f"== {ad['id']}  title={result.title!r} ({ad.get('title')!r})"
          f"  employer={result.employer!r} ({ad.get('employer')!r})")
    for i, item in enumerate(found):
        if i not in hit_found:
            print(f"   + extra  {item}")
    for j, item in enumerate(gold):
        if j not in hit_gold:
            print(f"   - missed {item}")
    for f, g in wrong_kind:
        print(f"   ~ kind   {f} vs {g[1]}")


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("-")]
    path = Path(args[0]) if args else Path(__file__).parent / "data" / "requirements_ads.yaml"
    figures = evaluate(path, verbose="-v" in argv)
    print(path.name, " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
