"""Chat completions through the official ``openai`` package (OpenAI, Azure OpenAI or any
OpenAI-compatible server). The ONLY module that imports ``openai``; only
``bot.model.backends`` (the factory) imports this module.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import aclosing
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

import aiohttp
import openai
from openai.types.chat import ChatCompletionMessageParam

from bot.logging_setup import log_event
from bot.model.types import BackendReply, ModelError, OnDelta

if TYPE_CHECKING:
    from bot.settings import Settings

logger = logging.getLogger(__name__)

TEMPERATURE = 0.4
# The SDK retries by itself on 429/5xx/connection errors; we let the user decide instead
# ("prøv igjen"), so a long Retry-After never keeps a Teams conversation waiting.
MAX_RETRIES = 0


def _http_client(timeout: float) -> openai.DefaultAioHttpClient:
    """The SDK's own aiohttp transport (``openai.DefaultAioHttpClient``), one per process.

    The default transport (httpcore's pure-Python HTTP/1.1 parser over anyio streams) cost
    about a seventh of the event loop reading streamed answers under load (bench/load_bench.py);
    aiohttp parses in C and is the library the rest of the bot already uses. Created at
    start-up, its aiohttp session on first use, inside the event loop."""
    return openai.DefaultAioHttpClient(timeout=timeout)


class OpenAIBackend:
    mode: Literal["model"] = "model"

    def __init__(
        self,
        client: openai.AsyncOpenAI,
        model: str,
        *,
        timeout_seconds: float,
        label: str,
        temperature: float = TEMPERATURE,
        include_usage: bool = True,
    ) -> None:
        self._client = client
        self._model = model
        self._timeout = timeout_seconds
        self._label = label
        self._temperature = temperature
        self._include_usage = include_usage

    @classmethod
    def from_settings(cls, settings: Settings) -> OpenAIBackend:
        timeout = settings.model_timeout_seconds
        if settings.model_provider == "azure":
            client: openai.AsyncOpenAI = openai.AsyncAzureOpenAI(
                azure_endpoint=settings.azure_openai_endpoint,
                api_key=settings.azure_openai_api_key,
                api_version=settings.openai_api_version,
                timeout=timeout,
                max_retries=MAX_RETRIES,
                http_client=_http_client(timeout),
            )
            label = f"azure:{settings.model_name} @ {_host(settings.azure_openai_endpoint)}"
        elif settings.model_provider == "openai":
            client = openai.AsyncOpenAI(
                api_key=settings.openai_api_key,
                base_url=settings.openai_base_url or None,
                timeout=timeout,
                max_retries=MAX_RETRIES,
                http_client=_http_client(timeout),
            )
            label = f"openai:{settings.model_name} @ {_host(settings.openai_base_url) or 'api.openai.com'}"
        else:
            raise ValueError("no model provider configured; use the prompt builder")
        return cls(client, settings.model_name, timeout_seconds=timeout, label=label)

    def describe(self) -> str:
        return self._label

    async def close(self) -> None:
        await self._client.close()

    async def complete(self, system: str, user: str, on_delta: OnDelta | None) -> BackendReply:
        messages: list[ChatCompletionMessageParam] = [
            {"role": "system", "content": system}, {"role": "user", "content": user}]
        try:
            # Hard overall limit: the SDK timeout is per request/read, this covers the
            # whole call including a slow trickle of streamed chunks.
            async with asyncio.timeout(self._timeout):
                if on_delta is None:
                    return await self._complete_once(messages)
                return await self._complete_streaming(messages, on_delta)
        except TimeoutError:
            raise ModelError("timeout") from None
        except openai.OpenAIError as exc:
            raise _model_error(exc) from exc

    async def _complete_once(self, messages: list[ChatCompletionMessageParam]) -> BackendReply:
        response = await self._client.chat.completions.create(
            model=self._model, messages=messages, temperature=self._temperature
        )
        text = (response.choices[0].message.content or "") if response.choices else ""
        usage = response.usage
        return BackendReply(
            text=text,
            mode="model",
            model=response.model or self._model,
            prompt_tokens=usage.prompt_tokens if usage else None,
            completion_tokens=usage.completion_tokens if usage else None,
        )

    async def _complete_streaming(self, messages: list[ChatCompletionMessageParam], on_delta: OnDelta) -> BackendReply:
        """Stream the answer, reading the server-sent events ourselves.

        The SDK builds pydantic objects for every chunk (``construct_type``): ~1 ms of CPU per
        chunk, most of a streamed turn's CPU under load (bench/load_bench.py). The raw events
        are small JSON objects; ``json.loads`` and three lookups do the same job. The request,
        authentication, Azure routing and error statuses stay the SDK's."""
        extra: dict[str, Any] = {"stream_options": {"include_usage": True}} if self._include_usage else {}
        parts: list[str] = []
        model, prompt_tokens, completion_tokens = self._model, None, None
        async with self._client.chat.completions.with_streaming_response.create(
            model=self._model, messages=messages, temperature=self._temperature, stream=True, **extra
        ) as response, aclosing(_data_lines(response.http_response.aiter_bytes())) as lines:
            async for data in lines:
                if data == "[DONE]":
                    break
                chunk = _event(data)
                model = chunk.get("model") or model
                usage = chunk.get("usage")
                if isinstance(usage, dict):
                    prompt_tokens, completion_tokens = usage.get("prompt_tokens"), usage.get("completion_tokens")
                for choice in chunk.get("choices") or ():
                    delta = (choice.get("delta") or {}).get("content") if isinstance(choice, dict) else None
                    if isinstance(delta, str) and delta:
                        parts.append(delta)
                        await on_delta(delta)
        return BackendReply(
            text="".join(parts),
            mode="model",
            model=model,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
        )


async def _data_lines(chunks: AsyncIterator[bytes]) -> AsyncGenerator[str, None]:
    """The ``data:`` lines of a server-sent event stream, as text without the field name.

    The SDK's ``iter_lines`` decodes text and splits lines incrementally in Python for every
    network read; splitting the bytes on ``\n`` (never part of a UTF-8 sequence) is cheaper."""
    pending = b""
    async for chunk in chunks:
        if b"\r" in chunk:
            chunk = chunk.replace(b"\r", b"\n")  # CRLF or CR line ends: blank lines are skipped anyway
        pending += chunk
        if b"\n" not in chunk:
            continue
        *lines, pending = pending.split(b"\n")
        for line in lines:
            if line.startswith(b"data:"):  # not blank separators, comments, "event:" lines
                yield line[5:].strip().decode("utf-8", "replace")
    if pending.startswith(b"data:"):
        yield pending[5:].strip().decode("utf-8", "replace")


def _event(data: str) -> dict[str, Any]:
    """One streamed chunk; an error event or a broken one ends the call as a server error."""
    try:
        chunk = json.loads(data)
    except ValueError:
        raise ModelError("server_error") from None
    if not isinstance(chunk, dict) or chunk.get("error"):
        log_event(logger, "model.stream_error_event", level=logging.WARNING)
        raise ModelError("server_error")
    return chunk


def _model_error(exc: openai.OpenAIError) -> ModelError:
    """Map an SDK exception to one of the six kinds the user is told about."""
    if isinstance(exc, openai.RateLimitError):
        return ModelError("rate_limited", _retry_after(exc))
    if isinstance(exc, openai.APITimeoutError) and not _connection_failed(exc):  # a subclass of
        return ModelError("timeout")  # APIConnectionError: checked first
    if isinstance(exc, openai.APIConnectionError):
        return ModelError("connection")
    if isinstance(exc, (openai.AuthenticationError, openai.PermissionDeniedError)):
        return ModelError("auth")
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code >= 500:
            return ModelError("server_error", _retry_after(exc))
        return ModelError("bad_request")  # 400 (incl. content filter), 404 deployment, 422 ...
    log_event(logger, "model.unexpected_error", level=logging.WARNING, exception_type=type(exc).__name__)
    return ModelError("server_error")


def _connection_failed(exc: BaseException) -> bool:
    """A refused or dropped connection that the SDK's aiohttp transport calls a time-out.

    Its exception map (openai/_vendor/httpx_aiohttp) turns every ``aiohttp.ClientConnectionError``
    into ``httpx.ConnectTimeout``, a refused connection too; the cause says what it was."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, aiohttp.ClientConnectionError):
            return not isinstance(seen, TimeoutError)
        seen = seen.__cause__ or seen.__context__
    return False


def _retry_after(exc: openai.APIStatusError) -> float | None:
    headers = exc.response.headers
    for name, divisor in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(name)
        if value:
            try:
                return float(value) / divisor
            except ValueError:
                continue  # an HTTP date: not worth parsing for a "try again later" hint
    return None


def _host(url: str) -> str:
    """Host and port only: never user info, path or query (they may carry secrets)."""
    if not url:
        return ""
    parts = urlsplit(url)
    return f"{parts.hostname}:{parts.port}" if parts.port else (parts.hostname or "")
