"""Feedback on answers: Teams' built-in thumbs (``message/submitAction`` invoke) with an
optional comment. The rating is counted per task and week; a comment is checked by the
guardrail and then only its existence is counted, never its text (statistics hold counts only)."""

from __future__ import annotations

import json
import logging

from botbuilder.core import ConversationState, TurnContext

from bot.logging_setup import log_event
from bot.network.identity import Identities
from bot.network.network_guard import NetworkGuard
from bot.network.statistics import Statistics
from dialogs import messages
from dialogs.dialog_state import DIALOG_STATE, task_in_stack

logger = logging.getLogger(__name__)


def _comment_of(action_value: dict) -> str:
    raw = action_value.get("feedback")
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            return raw.strip()
    if isinstance(raw, dict):
        return str(raw.get("feedbackText") or "").strip()
    return ""


class FeedbackHandler:
    def __init__(self, conversation_state: ConversationState, guard: NetworkGuard, statistics: Statistics,
                 identities: Identities, *, max_comment_chars: int):
        self._max_comment_chars = max_comment_chars
        self._dialog_state = conversation_state.create_property(DIALOG_STATE)
        self._guard = guard
        self._statistics = statistics
        self._identities = identities

    async def _current_task(self, turn_context: TurnContext) -> str:
        return task_in_stack(await self._dialog_state.get(turn_context))

    async def handle(self, turn_context: TurnContext) -> None:
        value = turn_context.activity.value if isinstance(turn_context.activity.value, dict) else {}
        action_value = value.get("actionValue")
        action = action_value if isinstance(action_value, dict) else {}
        reaction = action.get("reaction")
        if value.get("actionName") != "feedback" or reaction not in ("like", "dislike"):
            log_event(logger, "feedback.ignored", reason="unknown_action")
            return
        who = self._identities.who(turn_context)
        task = await self._current_task(turn_context)
        await self._statistics.count(who.tenant, "feedback", task=task, detail=reaction)
        comment = _comment_of(action)
        if len(comment) > self._max_comment_chars:  # capped like messages (AKTIV_MAX_INPUT_CHARS)
            log_event(logger, "feedback.comment_refused", reason="too_long", comment_chars=len(comment))
            await self._statistics.count(who.tenant, "feedback_comment", task=task, detail="too_long")
            await turn_context.send_activity(messages.text("network.feedback_comment_too_long",
                                                           limit=messages.format_count(self._max_comment_chars)))
            return
        if comment:
            labels = await self._guard.blocked_labels(comment, tenant=who.tenant, source="feedback")
            await self._statistics.count(who.tenant, "feedback_comment", task=task,
                                         detail="blocked" if labels else "passed")
            if labels:
                await turn_context.send_activity(messages.text("network.feedback_comment_blocked",
                                                               labels=", ".join(labels)))
                return
        log_event(logger, "feedback.counted", reaction_type=reaction, task_id=task or "-",
                  comment_count=int(bool(comment)))
        await turn_context.send_activity(messages.text("network.feedback_thanks"))
