"""Render a transcript script (user turns separated by ``---``) as a ``du>``/``bot>`` text.

    python scripts/render_transcript.py docs/transcripts/fri_tekst.txt > docs/transcripts/fri_tekst.md

Runs the same bot as ``python -m bot chat`` in this process (no model configured, state in a
temporary SQLite file), one turn at a time, so each ``du>`` line stands before the replies it
caused. A line holding only ``=== ny samtale`` starts a fresh conversation; ``=== ny prosess``
builds the bot again on the same storage (as a second ``python -m bot chat --conversation``).
"""

from __future__ import annotations

import asyncio
import io
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

for _key in [k for k in os.environ if k.startswith(("OPENAI_", "AZURE_OPENAI_"))]:
    del os.environ[_key]

from bot.composition import build_components  # noqa: E402
from bot.http.terminal_chat import TerminalAdapter  # noqa: E402
from bot.logging_setup import configure_logging  # noqa: E402
from bot.settings import Settings  # noqa: E402


def _indent(text: str, prefix: str) -> str:
    return prefix + text.replace("\n", "\n" + " " * len(prefix))


async def render(script: str, storage_path: Path) -> str:
    configure_logging("WARNING")
    settings = Settings(storage=str(storage_path))
    bot = build_components(settings).bot
    out, conversation = io.StringIO(), 1
    adapter = TerminalAdapter(out, f"transcript-{conversation}")
    blocks = [block.strip("\n") for block in script.split("\n---\n")]
    for block in blocks:
        lines = block.splitlines()
        while lines and lines[0].startswith("=== "):
            marker = lines.pop(0)
            out.write(f"\n({marker[4:]})\n")
            if marker == "=== ny samtale":
                conversation += 1
            else:
                bot = build_components(settings).bot
            adapter = TerminalAdapter(out, f"transcript-{conversation}")
        turn = "\n".join(lines).strip("\n")
        if not turn:
            continue
        out.write(_indent(turn, "du> ") + "\n")
        await adapter.say(bot, turn)
    return out.getvalue()


def main() -> None:
    script = Path(sys.argv[1]).read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        print("```text")
        text = asyncio.run(render(script, Path(folder) / "chat.sqlite3"))
        print("\n".join(line.rstrip() for line in text.rstrip().splitlines()))
        print("```")


if __name__ == "__main__":
    main()
