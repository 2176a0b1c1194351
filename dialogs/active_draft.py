"""The AKTIV draft of the dialog running in this conversation, if any (read-only)."""

from __future__ import annotations

from botbuilder.dialogs import DialogContext

from dialogs.draft import Draft
from dialogs.task_definition import PromptLibrary, TaskDefinition


def active_draft(dialog_context: DialogContext, library: PromptLibrary) -> tuple[TaskDefinition, Draft] | None:
    active = dialog_context.active_dialog
    if active is None or not active.id.startswith("aktiv:"):
        return None
    state = active.state or {}
    if "draft" not in state:
        return None
    draft = Draft.from_state(state["draft"])
    task = library.tasks.get(draft.task_id)
    return (task, draft) if task else None
