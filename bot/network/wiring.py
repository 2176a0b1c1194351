"""Builds the HR-network parts (prompt bank, sharing, feedback, statistics, /glem,
retention) from settings, and hands composition what the bot needs from them."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass

from botbuilder.core import ConversationState, Storage, TurnContext
from botbuilder.dialogs import DialogContext

from bot.model.types import TextGuard
from bot.network.counting_model_port import CountingModelPort
from bot.network.feedback import FeedbackHandler
from bot.network.forget import ForgetAction
from bot.network.identity import Identities
from bot.network.network_guard import NetworkGuard
from bot.network.network_middleware import NetworkMiddleware
from bot.network.prompt_bank_actions import PromptBankActions
from bot.network.prompt_bank_store import PromptBankStore
from bot.network.sharing import ChannelDirectory, ChannelTarget, SharingActions
from bot.network.statistics import Statistics
from bot.network.statistics_action import StatisticsAction
from bot.network.turn_scope import TurnScope
from bot.settings import Settings
from bot.storage.retention import RetentionJob, make_purger
from bot.teams.aktiv_bot import ActionHandler
from bot.teams.channel_poster import ChannelPoster
from bot.teams.network_views import NetworkViews
from dialogs import messages
from dialogs.ports import ModelPort
from dialogs.prompt_bank.entries import curated_entries
from dialogs.task_definition import PromptLibrary
from dialogs.views import Views


@dataclass
class Network:
    statistics: Statistics
    scope: TurnScope
    middleware: NetworkMiddleware
    feedback: FeedbackHandler
    actions: dict[str, ActionHandler]
    is_admin: Callable[[TurnContext], bool]

    def model_port(self, inner: ModelPort) -> ModelPort:
        return CountingModelPort(inner, self.statistics, self.scope)

    @staticmethod
    def views(inner: Views) -> Views:
        return NetworkViews(inner)


def build_network(settings: Settings, storage: Storage, conversation_state: ConversationState,
                  library: PromptLibrary, guardrail: TextGuard, *, guard_executor: Executor | None = None) -> Network:
    statistics = Statistics(storage)
    identities = Identities(settings.admins, anonymous=not settings.app_id)
    guard = NetworkGuard(guardrail, statistics, executor=guard_executor)
    store = PromptBankStore(storage, curated_entries(library.tasks),
                            task_titles={task_id: task.title for task_id, task in library.tasks.items()})
    default_channel = ChannelTarget(settings.network_team_id, settings.network_channel_id) \
        if settings.network_channel_id else None
    sharing = SharingActions(store, ChannelDirectory(storage, default_channel), ChannelPoster(settings.app_id),
                             library, guard, statistics, identities)
    bank = PromptBankActions(store, library, guard, statistics, identities)
    forget = ForgetAction(conversation_state, store, statistics, identities)
    stats_action = StatisticsAction(statistics, library, identities)
    hours = settings.retention_hours

    async def privacy(turn_context: TurnContext, dialog_context: DialogContext, rest: str) -> None:
        await turn_context.send_activity(messages.text(
            "dialog.privacy", storage=messages.text("network.privacy_storage", hours=f"{hours:g}")))

    scope = TurnScope()
    retention = RetentionJob(make_purger(settings, storage), max_age_s=hours * 3600)
    actions: dict[str, ActionHandler] = {
        "bank": bank.bank, "save": bank.save, "share": sharing.share, "forget": forget.forget,
        "statistics": stats_action.show, "privacy": privacy}
    return Network(statistics=statistics, scope=scope,
                   middleware=NetworkMiddleware(scope=scope, retention=retention, statistics=statistics,
                                                identities=identities),
                   feedback=FeedbackHandler(conversation_state, guard, statistics, identities,
                                            max_comment_chars=settings.max_input_chars),
                   actions=actions, is_admin=lambda turn_context: identities.who(turn_context).is_admin)
