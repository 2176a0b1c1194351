"""Wiring: builds the bot and its collaborators from validated settings.

The only place that knows which concrete parts go together; everything else receives its
collaborators through constructors.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from botbuilder.core import Middleware, Storage

from bot.logging_setup import log_event
from bot.model.apertium import ApertiumTranslator
from bot.model.guard_pool import guardrail_workers
from bot.model.guarded_model_port import GuardedModelPort
from bot.model.model_client import ModelClient
from bot.model.moderate_nynorsk import ModerateNynorskTranslator
from bot.model.placeholders import pseudonymizer
from bot.network.wiring import build_network
from bot.settings import Settings
from bot.storage.conversation_state import PickleHashedConversationState
from bot.storage.factory import make_storage
from bot.teams.aktiv_bot import AktivBot
from bot.teams.attachments import AttachmentReader
from bot.teams.cards.views import CardViews
from bot.teams.download_policy import DownloadPolicy
from bot.teams.duplicate_delivery import DuplicateDeliveryMiddleware
from bot.teams.streaming import TeamsStreaming
from bot.teams.teams_turn_middleware import TeamsTurnMiddleware
from dialogs.task_definition import load_library
from dialogs.views import TextViews
from guardrails.guardrail import Guardrail

logger = logging.getLogger(__name__)

CALL_MARGIN_S = 2.0  # a model call ends within AKTIV_MODEL_TIMEOUT; the guardrail and storage add little


@dataclass
class Components:
    bot: AktivBot
    model_client: ModelClient
    guardrail: Guardrail
    storage: Storage


def build_guardrail(settings: Settings) -> Guardrail:
    from guardrails.ner.model import load_ner_pipeline

    return Guardrail.from_policy(settings.policy_path, nlp=load_ner_pipeline())


def build_teams_middleware(settings: Settings, *, stream_interval: float = 1.0,
                           download_policy: DownloadPolicy | None = None) -> TeamsTurnMiddleware:
    """Teams features: cards' submits, attached files, streaming in 1:1 chats (≤ 1 update/s).

    ``download_policy`` defaults to the settings' host allow-list (tests pass a loopback one)."""
    streaming = TeamsStreaming(min_interval=stream_interval) if settings.streaming else None
    reader = AttachmentReader(max_bytes=settings.attachment_max_kb * 1024,
                              policy=download_policy or DownloadPolicy(host_suffixes=settings.attachment_hosts))
    return TeamsTurnMiddleware(attachments=reader, streaming=streaming)


def build_components(settings: Settings, *, storage: Storage | None = None,
                     guardrail: Guardrail | None = None, teams: bool = False,
                     stream_interval: float = 1.0, download_policy: DownloadPolicy | None = None) -> Components:
    """``teams=True``: Adaptive Card views and Teams features (what ``python -m bot serve`` runs);
    otherwise plain text views (terminal chat, text-level tests)."""
    started = time.perf_counter()
    library = load_library()  # validated; a bad file stops start-up naming file and field
    guardrail = guardrail or build_guardrail(settings)
    # The guardrail's own workers (threads, or processes with AKTIV_GUARDRAIL_PROCESSES): its
    # CPU work never runs on the event loop nor waits behind the loop's default executor.
    guard_executor, worker_guard = guardrail_workers(guardrail, settings.guardrail_processes)
    client = ModelClient.from_settings(settings, worker_guard, pseudonymizer(), executor=guard_executor)
    storage = storage or make_storage(settings)
    conversation_state = PickleHashedConversationState(storage)
    network = build_network(settings, storage, conversation_state, library, worker_guard,
                            guard_executor=guard_executor)
    # A message Bot Service delivers again (same activity id) is not answered twice.
    middleware: list[Middleware] = [DuplicateDeliveryMiddleware(storage), network.middleware]
    if teams:
        middleware.append(build_teams_middleware(settings, stream_interval=stream_interval,
                                                 download_policy=download_policy))
    bot = AktivBot(conversation_state, library, network.model_port(GuardedModelPort(client)),
                   ModerateNynorskTranslator(ApertiumTranslator()),  # terms file validated here
                   max_input_chars=settings.max_input_chars,
                   views=network.views(CardViews() if teams else TextViews()), extra_actions=network.actions,
                   middleware=middleware, feedback=network.feedback, is_admin=network.is_admin,
                   call_window_s=settings.model_timeout_seconds + CALL_MARGIN_S)
    log_event(logger, "components.ready", model_type=client.mode, task_count=len(library.tasks),
              elapsed_ms=round((time.perf_counter() - started) * 1000, 1))
    return Components(bot=bot, model_client=client, guardrail=guardrail, storage=storage)


def build_bot(settings: Settings) -> AktivBot:
    return build_components(settings, teams=True).bot
