"""``/glem``: delete everything stored about the user, and confirm.

Deleted: this conversation's state (dialog, draft, pasted ad), the user's private prompts
in the bank, and their distinct-user mark in this week's statistics (the bot keeps no
per-user state). Prompts they shared with the organisation stay (they belong to the shared bank)
but are unlinked from them. Counts in the statistics hold no user and stay.
"""

from __future__ import annotations

import logging

from botbuilder.core import ConversationState, TurnContext
from botbuilder.dialogs import DialogContext

from bot.logging_setup import log_event
from bot.network.identity import Identities
from bot.network.prompt_bank_store import PromptBankStore
from bot.network.statistics import Statistics
from dialogs import messages

logger = logging.getLogger(__name__)


class ForgetAction:
    def __init__(self, conversation_state: ConversationState, store: PromptBankStore, statistics: Statistics,
                 identities: Identities):
        self._conversation_state = conversation_state
        self._store = store
        self._statistics = statistics
        self._identities = identities

    async def forget(self, turn_context: TurnContext, dialog_context: DialogContext, rest: str) -> None:
        who = self._identities.who(turn_context)
        await dialog_context.cancel_all_dialogs()
        # Deletes the stored item and clears the cached state, so the end-of-turn save writes nothing back.
        await self._conversation_state.delete(turn_context)
        private, shared = await self._store.forget_owner(who.tenant, who.owner)
        await self._statistics.forget_user(who.tenant, who.owner)
        log_event(logger, "forget.done", private_prompt_count=private, shared_unlinked_count=shared)
        note = messages.text("network.forget_shared_note", shared=shared) if shared else \
            messages.text("network.forget_no_shared")
        await turn_context.send_activity(
            messages.text("network.forget_done", private=private, shared_note=note).strip())
