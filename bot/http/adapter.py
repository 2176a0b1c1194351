"""The botbuilder ``CloudAdapter`` with our HTTP handling and SDK workarounds.

``AktivCloudAdapter.process`` replaces ``CloudAdapter.process`` (botbuilder 4.17.1) because:

* invoke responses: the SDK's ``ActivityHandler`` already serializes the invoke body to a
  dict, and ``CloudAdapter.process`` runs ``serializer_helper`` on it a second time, which
  raises ``AttributeError: 'dict' object has no attribute 'is_xml_model'`` → HTTP 500 for
  every ``adaptiveCard/action``, ``task/fetch`` or ``expectReplies`` turn. We serialize
  msrest models once and pass dicts through.
* a malformed ``Authorization`` header with an app id configured → 500 in the SDK; 401 here.
* a wrong content type reads ``request.headers["Content-Type"]`` (KeyError → 500 when it
  is absent); malformed JSON → 500 (JSON nested too deep: ``RecursionError``). We answer 415
  and 400 with a short JSON error.
* activities the SDK cannot handle (no conversation, a mention without text, an invoke value
  that is a list …, see ``bot.http.activity_check``) → 500 inside the turn; 400 here.

Its turns run in a ``ShallowCopyTurnContext`` (the SDK's deep copy of every outgoing activity
was ~5 % of the event loop under load; ``bot.http.shallow_turn_context`` says why it is safe).

A failing turn sends the user ``bot.turn_error``, logs the exception type only and answers
HTTP 200 with ``{"error": "turn_failed"}``: the activity was valid and taken, the user has
the apology (when the connector lets us send it), and a 5xx would make the channel deliver
the same activity again, which could answer twice.
"""

from __future__ import annotations

import json
import logging
from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit

import requests
from aiohttp import web
from botbuilder.core import Bot, TurnContext, serializer_helper
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity, ActivityTypes
from msrest.serialization import Model

from bot.http.activity_check import activity_problem
from bot.http.auth import bearer_problem, build_authentication
from bot.http.shallow_turn_context import ShallowCopyTurnContext
from bot.http.tenant_middleware import TenantAllowListMiddleware
from bot.logging_setup import log_event, safe_id
from bot.settings import Settings, is_loopback_host
from dialogs import messages

logger = logging.getLogger(__name__)


class TurnFailedError(RuntimeError):
    """A turn raised; the user got an apology (if it could be sent) and the HTTP answer is 200."""


def error_response(status: int, error: str) -> web.Response:
    """A short JSON error body that never echoes the request."""
    return web.json_response({"error": error}, status=status)


def invoke_body(body: object) -> object:
    """Serialize an invoke body once: msrest models to dicts, everything else as it is.

    The SDK answers a bad ``adaptiveCard/action`` with an ``AdaptiveCardInvokeResponse`` whose
    value is an ``Exception('BadRequest', 'Missing action property')``, which msrest cannot
    serialize (→ 500); such a value becomes the ``{"code", "message"}`` error it stands for."""
    if isinstance(body, Model):
        value = getattr(body, "value", None)
        if isinstance(value, Exception):
            code, message = ([*map(str, value.args), "", ""])[:2]
            response: Any = body  # an invoke response model; msrest's Model declares no fields
            response.value = {"code": code, "message": message}
        return serializer_helper(body)
    return body


class AktivCloudAdapter(CloudAdapter):
    """``CloudAdapter`` whose ``process`` validates input and maps failures to 4xx."""

    def __init__(self, settings: Settings, *, openid_metadata_url: str | None = None) -> None:
        super().__init__(build_authentication(settings, openid_metadata_url=openid_metadata_url))
        self._auth_required = bool(settings.app_id)
        self.on_turn_error = self._on_turn_error

    def _create_turn_context(self, activity: Activity, *args: Any, **kwargs: Any) -> TurnContext:
        context = super()._create_turn_context(activity, *args, **kwargs)
        shallow = ShallowCopyTurnContext(self, activity)
        shallow.turn_state.update(context.turn_state)  # the SDK's keys: connector client, identity …
        return shallow

    @property
    def connector_cache(self):
        return self.bot_framework_authentication.connector_cache

    async def _on_turn_error(self, context: TurnContext, error: Exception) -> None:
        activity = context.activity
        log_event(
            logger,
            "turn.error",
            level=logging.ERROR,
            exception_type=type(error).__name__,
            activity_type=activity.type,
            conversation_id=safe_id(activity.conversation.id) if activity.conversation else None,
        )
        if activity.type != ActivityTypes.invoke:
            try:
                await context.send_activity(messages.text("bot.turn_error"))
            except Exception as send_error:  # the connector itself may be what failed
                log_event(logger, "turn.apology_failed", level=logging.ERROR,
                          exception_type=type(send_error).__name__)
        raise TurnFailedError(type(error).__name__) from None

    async def process(self, request: web.Request, bot: Bot, ws_response=None) -> web.Response:
        if request.method != "POST":
            return error_response(HTTPStatus.METHOD_NOT_ALLOWED, "method_not_allowed")
        if request.content_type != "application/json":
            return error_response(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "content_type_must_be_application_json")

        raw = await request.read()  # raises HTTPRequestEntityTooLarge (413) past client_max_size
        try:
            body = json.loads(raw)
        except (ValueError, RecursionError):  # RecursionError: JSON nested too deep
            return error_response(HTTPStatus.BAD_REQUEST, "malformed_json")
        if not isinstance(body, dict) or not isinstance(body.get("type"), str) or not body["type"]:
            return error_response(HTTPStatus.BAD_REQUEST, "not_an_activity")
        try:
            activity = Activity().deserialize(body)
        except Exception:  # msrest raises DeserializationError and friends on wrong field types
            return error_response(HTTPStatus.BAD_REQUEST, "not_an_activity")

        auth_header = request.headers.get("Authorization", "")
        if self._auth_required and (problem := bearer_problem(auth_header)):
            log_event(logger, "auth.rejected", reason=problem)
            return error_response(HTTPStatus.UNAUTHORIZED, "unauthorized")
        try:
            auth_result = await self.bot_framework_authentication.authenticate_request(activity, auth_header)
        except PermissionError as exc:  # the SDK's "not authorized" (an OSError subclass, so first)
            log_event(logger, "auth.rejected", reason="invalid_token", exception_type=type(exc).__name__)
            return error_response(HTTPStatus.UNAUTHORIZED, "unauthorized")
        except (requests.RequestException, ConnectionError, TimeoutError) as exc:  # metadata unreachable
            log_event(logger, "auth.unavailable", level=logging.WARNING, exception_type=type(exc).__name__)
            return error_response(HTTPStatus.SERVICE_UNAVAILABLE, "authentication_unavailable")
        except Exception as exc:  # PermissionError, jwt errors, SDK AttributeErrors on bad tokens
            log_event(logger, "auth.rejected", reason="invalid_token", exception_type=type(exc).__name__)
            return error_response(HTTPStatus.UNAUTHORIZED, "unauthorized")

        if problem := activity_problem(body):
            log_event(logger, "activity.rejected", reason=problem, activity_type=activity.type)
            return error_response(HTTPStatus.BAD_REQUEST, problem)
        if not self._auth_required and not is_loopback_host(urlsplit(activity.service_url or "").hostname or ""):
            # Anonymous mode is for a client on this machine: replies go nowhere else.
            log_event(logger, "activity.rejected", reason="service_url_not_loopback", activity_type=activity.type)
            return error_response(HTTPStatus.BAD_REQUEST, "service_url_not_loopback")
        try:
            invoke_response = await self.process_activity(auth_result, activity, bot.on_turn)
        except TurnFailedError:
            return error_response(HTTPStatus.OK, "turn_failed")
        except Exception as exc:
            log_event(logger, "turn.failed_outside", level=logging.ERROR, exception_type=type(exc).__name__,
                      activity_type=activity.type)
            return error_response(HTTPStatus.OK, "turn_failed")

        if invoke_response:
            return web.json_response(invoke_body(invoke_response.body), status=int(invoke_response.status))
        return web.Response(status=HTTPStatus.CREATED)


def build_adapter(settings: Settings, *, openid_metadata_url: str | None = None) -> AktivCloudAdapter:
    """Our adapter for ``settings``, with the tenant allow-list middleware installed."""
    adapter = AktivCloudAdapter(settings, openid_metadata_url=openid_metadata_url)
    adapter.use(TenantAllowListMiddleware(settings.allowed_tenants))
    return adapter
