"""Issue 15's contract on every held-out ad, in the terminal chat (prompt-builder mode).

For each ad of ``bench/data/requirements_ads.yaml``: ``/intervju Intervjuet varer 45
minutter.`` + the ad, then ``send``; and ``/screening`` + the ad, then ``ja``. A run passes when
the answer holds a fenced prompt that names every labelled must and should requirement (word
for word, or as a list item ``bench/requirements_eval.py`` counts as the same), has
none of the ad's pay and benefit lines, and (``/intervju``) plans 45 minutes. A run the
guardrail stops is reported with the kinds it found. Prints figures only; always exits 0.

Run: ``python -m bench.contract_run [--only intervju|screening]`` (about 3 s a run: each one
starts ``python -m bot chat``).
"""

from __future__ import annotations

import argparse
import re
import tempfile
from pathlib import Path

import yaml

from bench.requirements_eval import same
from tests.integration.test_requirements_chat import PAY_AND_BENEFITS
from tests.integration.test_terminal_chat import run_chat

ADS = Path(__file__).resolve().parent / "data" / "requirements_ads.yaml"
FENCED = re.compile(r"^(`{3,})\n(.*?)\n\1$", re.DOTALL | re.MULTILINE)


def prompt_of(out: str) -> str | None:
    match = FENCED.search("\n".join(line[5:] for line in out.splitlines()))
    return match.group(2) if match else None


def problems(task: str, ad: dict, out: str) -> list[str]:
    prompt = prompt_of(out)
    if prompt is None:
        stopped = re.findall(r"^bot>\s+- (\w[\w ]*):", out, re.MULTILINE)
        return [f"no prompt (stopped: {', '.join(stopped) or 'no'})"]
    # named word for word, or as a list item the extraction bench counts as the same requirement
    # ("Kunne sikkerhetsklareres ..." for "Du må kunne sikkerhetsklareres ...")
    items = re.findall(r"^\s*\d+\.\s+(.+)$", prompt, re.MULTILINE)
    missing = [
        r for r in ad["must"] + ad["should"]
        if r.lower() not in prompt.lower() and not any(same(item, r) for item in items)
    ]
    issues = [f"missing {r!r}" for r in missing]
    if PAY_AND_BENEFITS.search(prompt):
        issues.append("pay or benefits line")
    if task == "intervju" and sum(int(m) for m in re.findall(r"^- .*: (\d+) min$", prompt, re.MULTILINE)) != 45:
        issues.append("time plan does not sum to 45")
    return issues


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("intervju", "screening"))
    args = parser.parse_args()
    ads = yaml.safe_load(ADS.read_text(encoding="utf-8"))
    scripts = {
        "intervju": lambda text: f"/intervju Intervjuet varer 45 minutter.\n{text}\n---\nsend\n",
        "screening": lambda text: f"/screening\n{text}\n---\nja\n",
    }
    passed = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for number, ad in enumerate(ads):
            for task, script in scripts.items():
                if args.only and task != args.only:
                    continue
                state = Path(tmp) / f"run-{number}-{task}"
                state.mkdir()
                issues = problems(task, ad, run_chat(script(ad["text"]), state))
                total += 1
                passed += not issues
                if issues:
                    print(f"FAIL {ad['id']} /{task}: {'; '.join(issues)}")
    print(f"contract runs passed: {passed}/{total} ({len(ads)} ads)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
