"""A stub Bot Connector: the REST routes botbuilder's ConnectorClient calls, on loopback.

Start it with ``async with StubConnector() as connector:`` (or ``await start()`` /
``await stop()``) and give ``connector.service_url`` as the activity's ``serviceUrl``.
Every call is recorded in ``connector.calls`` (``ConnectorCall``); ``connector.activities``
are the activities the bot sent. ``fail_with(403)`` makes every route fail, e.g. as Teams
does when the bot is not installed for the user.
"""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class ConnectorCall:
    method: str
    route: str  # "send", "reply", "update", "delete", "create", "members"
    conversation_id: str
    activity_id: str | None
    body: dict[str, Any] | None
    headers: dict[str, str] = field(default_factory=dict)


class StubConnector:
    """An aiohttp server on 127.0.0.1 (random port) that records what the bot sends."""

    def __init__(self, *, members: list[dict[str, Any]] | None = None) -> None:
        self.calls: list[ConnectorCall] = []
        self.members = members or [{"id": "29:user-1", "name": "Testbruker", "aadObjectId": "aad-user-1"}]
        self._ids = itertools.count(1)
        self._failure: tuple[int, str] | None = None
        self._new_call = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port: int | None = None

    # ---- control -------------------------------------------------------------------
    @property
    def service_url(self) -> str:
        if self.port is None:
            raise RuntimeError("the stub connector is not started")
        return f"http://127.0.0.1:{self.port}/"

    def fail_with(self, status: int, code: str = "BotNotInConversationRoster") -> None:
        """Answer every following call with ``status`` and a connector-style error body."""
        self._failure = (status, code)

    def recover(self) -> None:
        self._failure = None

    @property
    def activities(self) -> list[dict[str, Any]]:
        """Bodies of the activities sent or replied (in order)."""
        return [call.body for call in self.calls if call.route in ("send", "reply") and call.body]

    def texts(self) -> list[str]:
        return [activity.get("text", "") for activity in self.activities]

    async def wait_for_activities(self, count: int, timeout: float = 5.0) -> list[dict[str, Any]]:
        """Wait until at least ``count`` activities arrived (replies can come after the HTTP answer)."""
        async def _wait() -> None:
            while len(self.activities) < count:
                self._new_call.clear()
                await self._new_call.wait()

        await asyncio.wait_for(_wait(), timeout)
        return self.activities

    def clear(self) -> None:
        self.calls.clear()

    # ---- lifecycle -----------------------------------------------------------------
    async def start(self) -> StubConnector:
        app = web.Application(client_max_size=4 * 1024 * 1024)
        conv = "/v3/conversations/{cid}"
        app.router.add_post(conv + "/activities", self._send)
        app.router.add_post(conv + "/activities/{aid}", self._reply)
        app.router.add_put(conv + "/activities/{aid}", self._update)
        app.router.add_delete(conv + "/activities/{aid}", self._delete)
        app.router.add_post("/v3/conversations", self._create)
        app.router.add_get(conv + "/members", self._members)
        app.router.add_get(conv + "/pagedmembers", self._paged_members)
        app.router.add_get(conv + "/members/{mid}", self._member)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> StubConnector:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # ---- routes --------------------------------------------------------------------
    async def _record(self, request: web.Request, route: str) -> web.Response | None:
        body = await request.json() if request.can_read_body else None
        self.calls.append(
            ConnectorCall(
                method=request.method,
                route=route,
                conversation_id=request.match_info.get("cid", ""),
                activity_id=request.match_info.get("aid"),
                body=body,
                headers={k: v for k, v in request.headers.items() if k.lower() in ("authorization", "user-agent")},
            )
        )
        self._new_call.set()
        if self._failure is not None:
            status, code = self._failure
            return web.json_response({"error": {"code": code, "message": "stub failure"}}, status=status)
        return None

    def _next_id(self) -> str:
        return f"stub-activity-{next(self._ids)}"

    async def _send(self, request: web.Request) -> web.Response:
        return await self._record(request, "send") or web.json_response({"id": self._next_id()})

    async def _reply(self, request: web.Request) -> web.Response:
        return await self._record(request, "reply") or web.json_response({"id": self._next_id()})

    async def _update(self, request: web.Request) -> web.Response:
        return await self._record(request, "update") or web.json_response({"id": request.match_info["aid"]})

    async def _delete(self, request: web.Request) -> web.Response:
        return await self._record(request, "delete") or web.Response(status=200)

    async def _create(self, request: web.Request) -> web.Response:
        failed = await self._record(request, "create")
        if failed:
            return failed
        return web.json_response(
            {"id": f"stub-conversation-{next(self._ids)}", "activityId": self._next_id(),
             "serviceUrl": self.service_url}
        )

    async def _members(self, request: web.Request) -> web.Response:
        return await self._record(request, "members") or web.json_response(self.members)

    async def _paged_members(self, request: web.Request) -> web.Response:
        return await self._record(request, "members") or web.json_response({"members": self.members})

    async def _member(self, request: web.Request) -> web.Response:
        failed = await self._record(request, "members")
        if failed:
            return failed
        wanted = request.match_info["mid"]
        for member in self.members:
            if member["id"] == wanted:
                return web.json_response(member)
        return web.json_response({"error": {"code": "MemberNotFoundInConversation", "message": "no"}}, status=404)
