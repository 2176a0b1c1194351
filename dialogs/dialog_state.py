"""The names the bot and the dialogs share for dialog state, and read-only looks into it.

Every AKTIV dialog's id is ``dialog_id(task)`` (``aktiv:intervju``); the dialog stack lives in
the conversation state property ``DIALOG_STATE``.
"""

from __future__ import annotations

import time

from botbuilder.dialogs import DialogContext

from dialogs.draft import Draft
from dialogs.task_definition import PromptLibrary, TaskDefinition

DIALOG_STATE = "DialogState"
DIALOG_ID_PREFIX = "aktiv:"
# When the running dialog's model call started (stored with the stage before the call).
CALLING_SINCE = "calling_since"


def calling_marker() -> dict[str, float]:
    """What the dialog stores with the stage before a model call."""
    return {CALLING_SINCE: time.time()}


def call_running(state: object, window_s: float) -> bool:
    """Whether a model call of this dialog may still be running (started < ``window_s`` ago).

    A message then, perhaps at another bot instance, must not start a second call and a second
    answer; after the window (the model time-out and a margin) "prøv igjen" sends again."""
    started = state.get(CALLING_SINCE) if isinstance(state, dict) else None
    return isinstance(started, (int, float)) and 0 <= time.time() - started < window_s


def dialog_id(task_id: str) -> str:
    """The id of the AKTIV dialog that runs ``task_id``."""
    return DIALOG_ID_PREFIX + task_id


def task_of(dialog: str) -> str | None:
    """The task an AKTIV dialog id runs (``aktiv:intervju`` → ``intervju``), else None."""
    return dialog[len(DIALOG_ID_PREFIX):] if dialog.startswith(DIALOG_ID_PREFIX) else None


def task_in_stack(state: object) -> str:
    """The task of the first AKTIV dialog on a stored dialog stack ("" when there is none)."""
    stack = state.get("dialog_stack") if isinstance(state, dict) else getattr(state, "dialog_stack", None)
    for instance in stack or []:
        task = task_of(getattr(instance, "id", "") or "")
        if task is not None:
            return task
    return ""


def active_draft(dialog_context: DialogContext, library: PromptLibrary) -> tuple[TaskDefinition, Draft] | None:
    """The AKTIV draft of the dialog running in this conversation, if any (read-only)."""
    active = dialog_context.active_dialog
    if active is None or task_of(active.id) is None:
        return None
    state = active.state or {}
    if "draft" not in state:
        return None
    draft = Draft.from_state(state["draft"])
    task = library.tasks.get(draft.task_id)
    return (task, draft) if task else None
