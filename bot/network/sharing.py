"""``/del``: share a prompt (or, after confirmation, an answer) to the HR-network channel.

The channel is ``AKTIV_NETWORK_TEAM_ID``/``AKTIV_NETWORK_CHANNEL_ID``, or the one an admin
chose with ``/del kanal`` inside it (stored per tenant, it wins). The card is posted as a
proactive message by ``bot.teams.channel_poster.ChannelPoster``.
Everything shared passes the guardrail first; a shared draft is saved to the bank (tenant
scope, part templates only) so "Bruk denne prompten" can open it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from botbuilder.core import MessageFactory, Storage, TurnContext
from botbuilder.dialogs import DialogContext
from botbuilder.schema import ActionTypes, CardAction

from bot.logging_setup import log_event
from bot.network.identity import Identities, Who
from bot.network.network_guard import NetworkGuard
from bot.network.prompt_bank_store import PromptBankStore
from bot.network.statistics import Statistics
from bot.storage.update import read_item
from bot.teams.cards.share_card import share_card
from bot.teams.channel_poster import ChannelPoster
from dialogs import messages
from dialogs.dialog_state import active_draft
from dialogs.prompt_bank.entries import MAX_TITLE, literal_parts, template_parts
from dialogs.task_definition import PromptLibrary

logger = logging.getLogger(__name__)

NETWORK_TAG = "hr-nettverket"
MAX_COMMENT = 500


@dataclass(frozen=True)
class ChannelTarget:
    team_id: str
    channel_id: str


class ChannelDirectory:
    """Which channel is the tenant's HR-network channel."""

    def __init__(self, storage: Storage, default: ChannelTarget | None):
        self._storage = storage
        self._default = default

    @staticmethod
    def _key(tenant: str) -> str:
        return f"aktiv/network/{tenant}/channel"

    async def get(self, tenant: str) -> ChannelTarget | None:
        item = await read_item(self._storage, self._key(tenant))
        if item.get("channel_id"):
            return ChannelTarget(team_id=item.get("team_id", ""), channel_id=item["channel_id"])
        return self._default

    async def set(self, tenant: str, target: ChannelTarget) -> None:
        await self._storage.write({self._key(tenant): {"team_id": target.team_id, "channel_id": target.channel_id,
                                                       "e_tag": "*"}})


class SharingActions:
    def __init__(self, store: PromptBankStore, directory: ChannelDirectory, poster: ChannelPoster,
                 library: PromptLibrary, guard: NetworkGuard, statistics: Statistics, identities: Identities):
        self._store = store
        self._directory = directory
        self._poster = poster
        self._library = library
        self._guard = guard
        self._statistics = statistics
        self._identities = identities

    async def share(self, turn_context: TurnContext, dialog_context: DialogContext, rest: str) -> None:
        who = self._identities.who(turn_context)
        word, _, after = rest.strip().partition(" ")
        word = word.lower()
        if word == "kanal":
            await self._set_channel(turn_context, who)
            return
        target = await self._directory.get(who.tenant)
        if target is None:
            await turn_context.send_activity(messages.text("network.share_no_channel"))
            return
        if word == "svar":
            await self._share_answer(turn_context, dialog_context, who, target, after)
            return
        entries = await self._store.entries(who.tenant)
        if word and (word in entries or word.startswith("std-")):
            found = await self._store.get(who.tenant, word, who.owner)
            if found is not None:
                entry, parts = found
                await self._post(turn_context, who, target, prompt_id=entry.id, title=entry.title, task_id=entry.task,
                                 parts=parts, comment=after.strip())
                return
        await self._share_draft(turn_context, dialog_context, who, target, rest.strip())

    async def _set_channel(self, turn_context: TurnContext, who: Who) -> None:
        activity = turn_context.activity
        data = activity.channel_data if isinstance(activity.channel_data, dict) else {}
        channel_id = (data.get("channel") or {}).get("id")
        team_id = (data.get("team") or {}).get("id", "")
        if not who.is_admin:
            await turn_context.send_activity(messages.text("network.share_channel_needs_admin"))
        elif getattr(activity.conversation, "conversation_type", None) != "channel" or not channel_id:
            await turn_context.send_activity(messages.text("network.share_channel_needs_channel"))
        else:
            await self._directory.set(who.tenant, ChannelTarget(team_id=team_id, channel_id=channel_id))
            log_event(logger, "share.channel_set")
            await turn_context.send_activity(messages.text("network.share_channel_set"))

    async def _share_draft(self, turn_context: TurnContext, dialog_context: DialogContext, who: Who,
                           target: ChannelTarget, comment: str) -> None:
        current = active_draft(dialog_context, self._library)
        if current is None:
            await turn_context.send_activity(messages.text("network.share_nothing"))
            return
        task, draft = current
        parts = template_parts(task, draft.edited_parts, draft.inputs, draft.template_parts)
        await self._save_and_post(turn_context, who, target, task.id, task.title, parts, comment, answer="")

    async def _share_answer(self, turn_context: TurnContext, dialog_context: DialogContext, who: Who,
                            target: ChannelTarget, after: str) -> None:
        current = active_draft(dialog_context, self._library)
        if current is None or not current[1].last_answer:
            await turn_context.send_activity(messages.text("network.share_answer_no_answer"))
            return
        confirm, _, comment = after.strip().partition(" ")
        if confirm.lower() not in ("ja", "bekreft"):
            button = CardAction(type=ActionTypes.im_back, title=messages.text("network.share_answer_confirm_button"),
                                value="/del svar ja")
            await turn_context.send_activity(MessageFactory.suggested_actions(
                [button], messages.text("network.share_answer_confirm")))
            return
        task, draft = current
        parts = template_parts(task, draft.edited_parts, draft.inputs, draft.template_parts)
        await self._save_and_post(turn_context, who, target, task.id, task.title, parts, comment.strip(),
                                  answer=draft.last_answer or "")

    async def _save_and_post(self, turn_context: TurnContext, who: Who, target: ChannelTarget, task_id: str,
                             title: str, parts: dict[str, str], comment: str, *, answer: str) -> None:
        lang = self._library.tasks[task_id].lang
        if not await self._guard.allows(turn_context, "\n".join([comment, answer, literal_parts(parts)]),
                                        tenant=who.tenant, lang=lang, source="share"):
            return
        entry = await self._store.save(who.tenant, task=task_id, title=title[:MAX_TITLE], tags=(NETWORK_TAG,),
                                       scope="tenant", owner=who.owner, parts=parts)
        await self._post(turn_context, who, target, prompt_id=entry.id, title=entry.title, task_id=task_id,
                         parts=parts, comment=comment, answer=answer, checked=True)

    async def _post(self, turn_context: TurnContext, who: Who, target: ChannelTarget, *, prompt_id: str, title: str,
                    task_id: str, parts: dict[str, str], comment: str, answer: str = "",
                    checked: bool = False) -> None:
        comment = comment[:MAX_COMMENT]
        task = self._library.tasks.get(task_id)
        if not checked and not await self._guard.allows(
                turn_context, "\n".join([title, comment, literal_parts(parts)]), tenant=who.tenant,
                lang=task.lang if task else "nb", source="share"):
            return
        card = share_card(prompt_id=prompt_id, title=title, task_title=task.title if task else task_id, parts=parts,
                          labels=self._library.system.part_labels, shared_by=who.name, comment=comment,
                          answer=answer)
        result = await self._poster.post(turn_context, target.channel_id, card)
        await self._statistics.count(who.tenant, "share" if result == "sent" else "share_failed", task=task_id,
                                     detail="answer" if answer else "prompt")
        log_event(logger, "share.done", result_status=result, task_id=task_id, answer_count=int(bool(answer)))
        key = {"sent": "network.share_done", "not_installed": "network.share_not_installed"}.get(
            result, "network.share_failed")
        await turn_context.send_activity(messages.text(key, title=title))
