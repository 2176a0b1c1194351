"""``/lagre`` and ``/promptbank`` (``/prompter``): save, list, search, use, show, edit, delete.

Every text saved passes the guardrail first; a saved prompt holds its AKTIV part templates
only (``dialogs.prompt_bank.entries.template_parts``), never the user's inputs.
"""

from __future__ import annotations

import logging
import re

from botbuilder.core import MessageFactory, TurnContext
from botbuilder.dialogs import DialogContext
from botbuilder.schema import ActionTypes, CardAction

from bot.logging_setup import log_event
from bot.network.identity import Identities, Who
from bot.network.network_guard import NetworkGuard
from bot.network.prompt_bank_store import PromptBankStore
from bot.network.statistics import Statistics
from dialogs import messages
from dialogs.dialog_state import active_draft, dialog_id
from dialogs.prompt_bank.entries import (
    MAX_TAGS,
    MAX_TITLE,
    BankEntry,
    literal_parts,
    parse_save_request,
    template_parts,
    unknown_placeholders,
)
from dialogs.prompt_bank.search import Hit
from dialogs.task_definition import PART_NAMES, PromptLibrary

logger = logging.getLogger(__name__)

LIST_LIMIT = 8
_EDIT = re.compile(r"^(\w+)\s*:\s*(.*)\Z", re.DOTALL)
_EDIT_FIELDS = {"tittel": "title", "stikkord": "tags", "tagger": "tags", "deling": "scope"}


class PromptBankActions:
    def __init__(self, store: PromptBankStore, library: PromptLibrary, guard: NetworkGuard, statistics: Statistics,
                 identities: Identities):
        self._store = store
        self._library = library
        self._guard = guard
        self._statistics = statistics
        self._identities = identities
        self._part_words = {label.lower(): part for part, label in library.system.part_labels.items()}
        self._part_words.update({part: part for part in PART_NAMES})

    # --- /lagre ---------------------------------------------------------------------------
    async def save(self, turn_context: TurnContext, dialog_context: DialogContext, rest: str) -> None:
        current = active_draft(dialog_context, self._library)
        if current is None:
            await turn_context.send_activity(messages.text("network.save_no_prompt"))
            return
        request = parse_save_request(rest)
        if request.problems:
            await turn_context.send_activity(messages.text("network.save_usage", max=MAX_TITLE))
            return
        task, draft = current
        parts = template_parts(task, draft.edited_parts, draft.inputs, draft.template_parts)
        if unknown_placeholders(task, parts):
            await turn_context.send_activity(messages.text("network.save_no_prompt"))
            return
        who = self._identities.who(turn_context)
        text = "\n".join([request.title, " ".join(request.tags), literal_parts(parts)])
        if not await self._guard.allows(turn_context, text, tenant=who.tenant, lang=task.lang, source="bank_save"):
            return
        entry = await self._store.save(who.tenant, task=task.id, title=request.title, tags=request.tags,
                                       scope=request.scope, owner=who.owner, parts=parts)
        await self._statistics.count(who.tenant, "bank_save", task=task.id)
        log_event(logger, "bank.saved", prompt_id=entry.id, task_id=task.id, scope_type=entry.scope,
                  tag_count=len(entry.tags))
        buttons = [
            CardAction(type=ActionTypes.im_back, title=messages.text("network.saved_actions.share"),
                       value=f"/del {entry.id}"),
            CardAction(type=ActionTypes.im_back, title=messages.text("network.saved_actions.bank"),
                       value="/promptbank"),
        ]
        await turn_context.send_activity(MessageFactory.suggested_actions(buttons, messages.text(
            "network.saved", title=entry.title, scope=messages.text(f"network.scope.{entry.scope}"), id=entry.id)))

    # --- /promptbank ----------------------------------------------------------------------
    async def bank(self, turn_context: TurnContext, dialog_context: DialogContext, rest: str) -> None:
        who = self._identities.who(turn_context)
        verb, _, argument = rest.strip().partition(" ")
        verb = verb.lower()
        if verb == "bruk" and argument:
            await self._use(turn_context, dialog_context, who, argument.strip())
        elif verb == "vis" and argument:
            await self._show(turn_context, who, argument.strip())
        elif verb == "slett" and argument:
            await self._delete(turn_context, who, argument.strip())
        elif verb == "endre" and argument:
            await self._edit(turn_context, who, argument.strip())
        else:
            await self._list(turn_context, who, rest.strip())

    async def _list(self, turn_context: TurnContext, who: Who, query: str) -> None:
        hits = await self._store.search(who.tenant, who.owner, query, limit=LIST_LIMIT)
        await self._statistics.count(who.tenant, "bank_search")
        note = messages.text("network.bank_query_note", query=query) if query else ""
        if not hits:
            await turn_context.send_activity(messages.text("network.bank_empty", query_note=note))
            return
        lines = [messages.text("network.bank_title", count=len(hits), query_note=note)]
        lines += [self._line(number, hit) for number, hit in enumerate(hits, 1)]
        lines.append(messages.text("network.bank_help"))
        buttons = [CardAction(type=ActionTypes.im_back, title=messages.text("network.bank_use_button", number=n),
                              value=f"/promptbank bruk {hit.entry.id}") for n, hit in enumerate(hits[:5], 1)]
        await turn_context.send_activity(MessageFactory.suggested_actions(buttons, "\n\n".join(lines)))

    def _line(self, number: int, hit: Hit) -> str:
        entry = hit.entry
        tags = messages.text("network.bank_tags", tags=" ".join(f"#{t}" for t in entry.tags)) if entry.tags else ""
        return messages.text("network.bank_line", number=number, title=entry.title, task=self._task_title(entry),
                             scope=messages.text(f"network.scope.{entry.scope}"), tags=tags, id=entry.id)

    def _task_title(self, entry: BankEntry) -> str:
        task = self._library.tasks.get(entry.task)
        return task.title if task else entry.task

    async def _use(self, turn_context: TurnContext, dialog_context: DialogContext, who: Who, prompt_id: str) -> None:
        found = await self._store.get(who.tenant, prompt_id, who.owner)
        if found is None or found[0].task not in self._library.tasks:
            await turn_context.send_activity(messages.text("network.bank_not_found", id=prompt_id))
            return
        entry, parts = found
        await self._store.record_use(who.tenant, entry.id)
        await self._statistics.count(who.tenant, "bank_use", task=entry.task)
        await turn_context.send_activity(messages.text("network.bank_using", title=entry.title))
        await dialog_context.cancel_all_dialogs()
        await dialog_context.begin_dialog(dialog_id(entry.task), {"template_parts": parts})

    async def _show(self, turn_context: TurnContext, who: Who, prompt_id: str) -> None:
        found = await self._store.get(who.tenant, prompt_id, who.owner)
        if found is None:
            await turn_context.send_activity(messages.text("network.bank_not_found", id=prompt_id))
            return
        entry, parts = found
        lines = [messages.text("network.bank_show_title", title=entry.title, task=self._task_title(entry),
                               scope=messages.text(f"network.scope.{entry.scope}"))]
        for part in PART_NAMES:
            label = self._library.system.part_labels[part]
            text = (parts.get(part) or "").strip()
            lines.append(messages.text("network.bank_part", label=label, text=text) if text
                         else messages.text("network.bank_part_empty", label=label))
        button = CardAction(type=ActionTypes.im_back, title=messages.text("network.card.use"),
                            value=f"/promptbank bruk {entry.id}")
        await turn_context.send_activity(MessageFactory.suggested_actions([button], "\n\n".join(lines)))

    async def _delete(self, turn_context: TurnContext, who: Who, prompt_id: str) -> None:
        entry = (await self._store.entries(who.tenant)).get(prompt_id)
        if entry is None or not entry.visible_to(who.owner):
            await turn_context.send_activity(messages.text("network.bank_not_found", id=prompt_id))
        elif not await self._store.delete(who.tenant, prompt_id, who.owner):
            await turn_context.send_activity(messages.text("network.bank_not_owner"))
        else:
            await turn_context.send_activity(messages.text("network.bank_deleted", title=entry.title))

    async def _edit(self, turn_context: TurnContext, who: Who, argument: str) -> None:
        prompt_id, _, change = argument.partition(" ")
        found = await self._store.get(who.tenant, prompt_id, who.owner)
        if found is None:
            await turn_context.send_activity(messages.text("network.bank_not_found", id=prompt_id))
            return
        entry, parts = found
        if entry.owner != who.owner:
            await turn_context.send_activity(messages.text("network.bank_not_owner"))
            return
        match = _EDIT.match(change.strip())
        name = match.group(1).lower() if match else ""
        value = match.group(2).strip() if match else ""
        field = _EDIT_FIELDS.get(name)
        part = self._part_words.get(name)
        if not value or not (field or part):
            await turn_context.send_activity(messages.text("network.bank_edit_usage", id=prompt_id))
            return
        if not await self._guard.allows(turn_context, value, tenant=who.tenant, source="bank_save"):
            return
        changes: dict = {}
        if field == "title":
            changes["title"] = value[:MAX_TITLE]
        elif field == "tags":
            tags = (t.strip(" #").lower() for t in value.split(",") if t.strip(" #"))
            changes["tags"] = tuple(dict.fromkeys(tags))[:MAX_TAGS]
        elif field == "scope":
            changes["scope"] = "tenant" if value.lower().startswith(("delt", "org", "felles")) else "private"
        else:
            changes["parts"] = {**parts, part: value}
            task = self._library.tasks.get(entry.task)
            if task is None or unknown_placeholders(task, changes["parts"]):
                await turn_context.send_activity(messages.text("network.bank_edit_usage", id=prompt_id))
                return
        updated = await self._store.update(who.tenant, prompt_id, who.owner, **changes)
        await turn_context.send_activity(messages.text("network.bank_edited", title=(updated or entry).title))
