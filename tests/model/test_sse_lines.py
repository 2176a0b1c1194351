"""The streamed answer's event lines, split from the raw bytes however the network cuts them."""

from __future__ import annotations

import json

import pytest

from bot.model.openai_backend import _data_lines

EVENTS = [json.dumps({"choices": [{"delta": {"content": piece}}]}, ensure_ascii=False)
          for piece in ("Rådgiver ", "søkes ", "– 100 % ", "stilling")]


async def _lines(stream: bytes, size: int) -> list[str]:
    async def chunks():
        for start in range(0, len(stream), size):
            yield stream[start:start + size]

    return [line async for line in _data_lines(chunks())]


@pytest.mark.parametrize("newline", [b"\n", b"\r\n"], ids=["lf", "crlf"])
@pytest.mark.parametrize("size", [1, 3, 7, 64, 100_000])
async def test_data_lines_whatever_the_chunks(newline, size):
    body = b"".join(b": keep-alive" + newline + b"event: x" + newline + b"data: " + event.encode() + newline * 2
                    for event in EVENTS) + b"data: [DONE]" + newline * 2
    assert await _lines(body, size) == [*EVENTS, "[DONE]"]  # multi-byte characters cut in two arrive whole


async def test_last_line_without_newline():
    assert await _lines(b"data: {}\n\ndata: [DONE]", 4) == ["{}", "[DONE]"]
