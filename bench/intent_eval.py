"""Free-text understanding, judged on first messages through the terminal chat (prompt-builder mode).

    python bench/intent_eval.py [--data FILE] [--subprocess] [--errors]

Each entry (``id``, ``lang``, ``expect``, ``text``) is the first message of a fresh
conversation of ``python -m bot chat`` with no model configured. The reply is judged by the
contract of issue 13: a task request shows that task's ``title`` (prompts/tasks/<task>.yaml)
and no other task's title; a greeting or help question names all four tasks' titles; a request
to evaluate candidates is refused with a reply that names "KI-forordningen".

By default the chat runs in this process (the same ``run_chat`` and components as
``python -m bot chat``, one new conversation id per message); ``--subprocess`` starts
``python -m bot chat`` once per message instead (about seven seconds each). Prints right /
total per class; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dialogs.task_definition import load_library  # noqa: E402

DEFAULT_DATA = ROOT / "bench" / "data" / "intent_eval.yaml"
TASKS = ("annonse", "oversett", "screening", "intervju")


def judge(expect: str, reply: str, titles: dict[str, str]) -> bool:
    if expect in titles:
        return titles[expect] in reply and not any(t in reply for k, t in titles.items() if k != expect)
    if expect in ("greeting", "help"):
        return all(t in reply for t in titles.values())
    if expect == "evaluate":
        return "KI-forordningen" in reply
    raise ValueError(f"unknown class {expect!r}")


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_OPENAI_"))}
    env["AKTIV_STORAGE"] = "memory"
    return env


def replies_subprocess(texts: list[str]) -> list[str]:
    out = []
    for text in texts:
        result = subprocess.run([sys.executable, "-m", "bot", "chat"], input=text, text=True, capture_output=True,
                                cwd=ROOT, env=_clean_env(), timeout=120)
        out.append(result.stdout)
    return out


def replies_in_process(texts: list[str]) -> list[str]:
    for key in [k for k in os.environ if k.startswith(("OPENAI_", "AZURE_OPENAI_"))]:
        del os.environ[key]
    from bot.composition import build_components
    from bot.http.terminal_chat import run_chat
    from bot.logging_setup import configure_logging
    from bot.settings import Settings

    configure_logging("WARNING")
    bot = build_components(Settings(storage="memory")).bot
    out = []
    for number, text in enumerate(texts):
        buffer = io.StringIO()
        asyncio.run(run_chat(bot, conversation_id=f"intent-eval-{number}", stdin=io.StringIO(text), stdout=buffer))
        out.append(buffer.getvalue())
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--subprocess", action="store_true", help="one `python -m bot chat` per message")
    parser.add_argument("--errors", action="store_true", help="print the messages judged wrong")
    args = parser.parse_args()
    entries = yaml.safe_load(args.data.read_text(encoding="utf-8"))
    titles = {task_id: task.title for task_id, task in load_library().tasks.items() if task_id in TASKS}
    texts = [entry["text"].strip() for entry in entries]
    replies = (replies_subprocess if args.subprocess else replies_in_process)(texts)
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for entry, reply in zip(entries, replies, strict=True):
        total[entry["expect"]] += 1
        if judge(entry["expect"], reply, titles):
            right[entry["expect"]] += 1
        elif args.errors:
            first = reply.strip().splitlines()[0] if reply.strip() else "(no reply)"
            print(f"WRONG {entry['id']} ({entry['lang']}): {entry['text'].strip()[:90]!r}\n      -> {first[:110]}")
    print(f"{args.data.name}: {sum(right.values())}/{sum(total.values())} "
          f"({100 * sum(right.values()) / max(1, sum(total.values())):.1f} %)")
    for name in sorted(total):
        print(f"  {name:<10} {right[name]:>3}/{total[name]}")


if __name__ == "__main__":
    main()
