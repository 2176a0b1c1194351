"""The dialog's requirement steps: read the ad into a checklist, change it by typed command."""

from __future__ import annotations

from botbuilder.dialogs import DialogContext

from dialogs.draft import Draft
from dialogs.requirements.prompt_values import minutes_of
from dialogs.requirements.reading import checklist_command, length_reply, read_ad
from dialogs.task_definition import TaskDefinition
from dialogs.views import Views


class RequirementsSteps:
    """Mixed into ``AktivDialog``: it provides ``_task`` and ``_views``."""

    _task: TaskDefinition
    _views: Views

    async def _read_ad(self, dc: DialogContext, draft: Draft) -> None:
        """Read requirements from a newly pasted ad and show them as a checklist."""
        if draft.requirements is not None:
            return
        found = read_ad(self._task, draft)
        config = self._task.requirements
        if found is None or config is None or draft.requirements is None:
            return
        minutes = minutes_of(draft.inputs.get(config.length_input)) if config.length_input else None
        await dc.context.send_activity(self._views.requirements(
            draft.requirements, title=found.title, employer=found.employer, minutes=minutes))

    async def _change_requirements(self, dc: DialogContext, draft: Draft, text: str) -> bool:
        """A typed checklist command ("slett krav 2") or a new interview length ("60 minutter")."""
        edit = checklist_command(self._task, draft, text)
        if edit is not None:
            await dc.context.send_activity(self._views.note("requirements.checklist_changed"))
            await dc.context.send_activity(self._views.requirements(draft.requirements or []))
            return True
        minutes = length_reply(self._task, draft, text)
        if minutes is not None:
            await dc.context.send_activity(self._views.note("requirements.length_changed", minutes=minutes))
            return True
        return False
