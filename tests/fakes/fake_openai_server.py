"""A scriptable fake of the OpenAI chat completions API on 127.0.0.1.

Speaks both the OpenAI path (``/v1/chat/completions``) and the Azure OpenAI path
(``/openai/deployments/{deployment}/chat/completions?api-version=...``), plain JSON and
streaming (server-sent events ending with ``data: [DONE]``). Records every request so
tests can assert exactly what left the bot (or that nothing did).

    server = FakeOpenAIServer()
    base_url = await server.start()          # http://127.0.0.1:<port>/v1
    server.queue_answer("Hei")               # next answer; default is derived from the request
    server.fail_next(status=429, times=1, retry_after=7)
    server.delay_next(2.0)                   # next response waits 2 s (for timeouts)
    ...
    server.requests[0].body["messages"]
    await server.stop()
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from dataclasses import dataclass, field

from aiohttp import web

HIDDEN_HEADERS = {"authorization", "api-key"}
STREAM_CHUNK_CHARS = 7


@dataclass(frozen=True)
class RecordedRequest:
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: dict
    deployment: str | None = None

    @property
    def messages(self) -> list[dict]:
        return list(self.body.get("messages", []))

    @property
    def sent_text(self) -> str:
        """All message contents joined, i.e. everything the model would have read."""
        return "\n\n".join(str(m.get("content", "")) for m in self.messages)


@dataclass
class _Failure:
    status: int
    retry_after: float | None
    message: str


@dataclass
class _Script:
    answers: deque[str] = field(default_factory=deque)
    failures: deque[_Failure] = field(default_factory=deque)
    delays: deque[float] = field(default_factory=deque)


class FakeOpenAIServer:
    def __init__(self, host: str = "127.0.0.1") -> None:
        self._host = host
        self._runner: web.AppRunner | None = None
        self._script = _Script()
        self.requests: list[RecordedRequest] = []
        self.port: int | None = None

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._handle)
        app.router.add_post("/openai/deployments/{deployment}/chat/completions", self._handle)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self._host, 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self.base_url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def root_url(self) -> str:
        """Scheme, host and port: what Azure calls the endpoint."""
        return f"http://{self._host}:{self.port}"

    @property
    def base_url(self) -> str:
        """The OpenAI-style base URL (``OPENAI_BASE_URL``)."""
        return self.root_url + "/v1"

    # ------------------------------------------------------------------ scripting

    def queue_answer(self, text: str) -> None:
        self._script.answers.append(text)

    def fail_next(
        self, status: int = 500, times: int = 1, retry_after: float | None = None, message: str = "scripted failure"
    ) -> None:
        for _ in range(times):
            self._script.failures.append(_Failure(status, retry_after, message))

    def delay_next(self, seconds: float, times: int = 1) -> None:
        for _ in range(times):
            self._script.delays.append(seconds)

    # ------------------------------------------------------------------ handler

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.requests.append(
            RecordedRequest(
                path=request.path,
                query=dict(request.query),
                headers={k: v for k, v in request.headers.items() if k.lower() not in HIDDEN_HEADERS},
                body=body,
                deployment=request.match_info.get("deployment"),
            )
        )
        if self._script.delays:
            await asyncio.sleep(self._script.delays.popleft())
        if self._script.failures:
            return _error_response(self._script.failures.popleft())

        answer = self._script.answers.popleft() if self._script.answers else default_answer(body)
        model = request.match_info.get("deployment") or body.get("model", "fake-model")
        usage = _usage(body, answer)
        if body.get("stream"):
            include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            return await _stream(request, answer, model, usage if include_usage else None)
        return web.json_response(_completion(answer, model, usage))


def default_answer(body: dict) -> str:
    """An answer derived from the request: echoes the user's message, so placeholders
    and wording that reached the server come back in the answer."""
    user = next((m.get("content", "") for m in reversed(body.get("messages", [])) if m.get("role") == "user"), "")
    return f"Utkast: {user}\n1. Første forslag\n2. Andre forslag\n3. Tredje forslag"


def _usage(body: dict, answer: str) -> dict:
    prompt = sum(len(str(m.get("content", "")).split()) for m in body.get("messages", []))
    completion = len(answer.split())
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _completion(answer: str, model: str, usage: dict) -> dict:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": answer}, "finish_reason": "stop", "logprobs": None}
        ],
        "usage": usage,
    }


def _chunk(model: str, delta: dict, finish_reason: str | None = None) -> dict:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason, "logprobs": None}],
    }


async def _stream(request: web.Request, answer: str, model: str, usage: dict | None) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
    await response.prepare(request)

    async def send(payload: dict | str) -> None:
        data = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
        await response.write(f"data: {data}\n\n".encode())

    await send(_chunk(model, {"role": "assistant", "content": ""}))
    for start in range(0, len(answer), STREAM_CHUNK_CHARS):
        await send(_chunk(model, {"content": answer[start : start + STREAM_CHUNK_CHARS]}))
    await send(_chunk(model, {}, finish_reason="stop"))
    if usage is not None:
        await send({"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": int(time.time()),
                    "model": model, "choices": [], "usage": usage})
    await send("[DONE]")
    await response.write_eof()
    return response


def _error_response(failure: _Failure) -> web.Response:
    headers = {"Retry-After": f"{failure.retry_after:g}"} if failure.retry_after is not None else {}
    kind = {400: "invalid_request_error", 401: "invalid_api_key", 429: "rate_limit_exceeded"}.get(
        failure.status, "server_error"
    )
    payload = {"error": {"message": failure.message, "type": kind, "code": kind, "param": None}}
    return web.json_response(payload, status=failure.status, headers=headers)
