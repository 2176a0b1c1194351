"""Write docs/transcripts/<name>.md from docs/transcripts/<name>.txt by running the terminal chat.

    python scripts/transcripts.py intervju screening

Each user turn (separated by lines with only ``---``) is run in the same conversation, and the
bot's replies follow the ``du>`` line that caused them. Prompt-builder mode: no model settings.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "docs" / "transcripts"
INTROS = {
    "intervju": "A bokmål ad pasted after `/intervju Intervjuet varer 45 minutter.`: the checklist of requirements, "
                "one edit (a should requirement made a must), `send`, and questions from Copilot pasted back "
                "after `sjekk`.",
    "intervju_inspirasjon": "The same ad after `/intervju Intervjuet varer 45 minutter.`, then an interview guide "
                            "from another process given as optional Inspirasjon (`inspirasjon:` and the pasted guide), "
                            "shown shortened in the preview, `vis hele`, and `send`: the guide goes into Inspirasjon "
                            "with the instruction to use its form, not its questions.",
    "screening": "A nynorsk ad in prose (no headed lists): the checklist, one added and one deleted requirement, "
                 "then `ja`.",
}


# A heading other than "/<name>: from a pasted ad to the finished prompt".
TITLES = {"intervju_inspirasjon": "/intervju with an interview guide from another process as Inspirasjon"}


def transcript(name: str) -> str:
    turns = (FOLDER / f"{name}.txt").read_text(encoding="utf-8").rstrip("\n").split("\n---\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_OPENAI_"))}
    lines = []
    with tempfile.TemporaryDirectory() as folder:
        env["AKTIV_STORAGE"] = str(Path(folder) / "chat.sqlite3")
        for turn in turns:
            out = subprocess.run([sys.executable, "-m", "bot", "chat", "--conversation", "transcript"],
                                 input=turn + "\n",
                                 text=True, capture_output=True, env=env, cwd=ROOT, timeout=300, check=True).stdout
            lines += ["du> " + turn.replace("\n", "\n    "), out.rstrip("\n")]
    return "\n".join(lines)


def main(names: list[str]) -> None:
    for name in names:
        body = transcript(name)
        (FOLDER / f"{name}.md").write_text(
            f"# {TITLES.get(name, f'/{name}: from a pasted ad to the finished prompt')}\n\n{INTROS.get(name, '')}\n\n"
            f"Made with `python scripts/transcripts.py {name}` from [`{name}.txt`]({name}.txt): the terminal chat in "
            "prompt-builder mode (no model configured), one run per turn in the same conversation.\n\n"
            f"````text\n{body}\n````\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
