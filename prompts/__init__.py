"""AKTIV's prompt files and user-facing messages: YAML data only, validated at start-up by
``dialogs.task_definition`` and ``dialogs.messages``.

A package only so the files travel inside the wheel as package data; ``PROMPTS_DIR`` is
where they are, in a checkout and in an installed copy alike.
"""

from pathlib import Path

PROMPTS_DIR = Path(__file__).resolve().parent
