"""A stand-alone fake OpenAI chat-completions server for the browser test: it streams its
answer word by word over a few seconds, so the Teams client shows a streamed answer.

    python -m tests.e2e.slow_model_server --port 8765 --seconds 5
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time

from aiohttp import web

ANSWER = "\n".join([
    "**Intervjuspørsmål (SAR)**",
    "1. Fortell om en rekrutteringsprosess du ledet fra behov til ansettelse. Hva var situasjonen, hva gjorde du, "
    "og hva ble resultatet?",
    "2. Beskriv en gang du brukte et digitalt verktøy for å gjøre en prosess bedre. Hva gjorde du konkret?",
    "3. Fortell om en situasjon der du måtte formidle noe komplisert skriftlig til en leder. Hvordan gikk du fram?",
    "4. Gi et eksempel på en gang du brukte arbeidspsykologiske tester. Hva lærte du av resultatet?",
    "5. Hvordan har du søkt etter kandidater aktivt? Beskriv situasjonen, tiltaket og resultatet.",
])


def _chunk(content: str | None, finish: str | None = None) -> dict:
    delta = {} if content is None else {"content": content}
    return {"id": "chatcmpl-e2e", "object": "chat.completion.chunk", "created": int(time.time()),
            "model": "fake-e2e", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


def make_app(seconds: float) -> web.Application:
    async def completions(request: web.Request) -> web.StreamResponse:
        body = await request.json()
        words = ANSWER.split(" ")
        pieces = [word + (" " if i < len(words) - 1 else "") for i, word in enumerate(words)]
        if not body.get("stream"):
            await asyncio.sleep(seconds)  # as slow as the streamed answer
            return web.json_response({"id": "chatcmpl-e2e", "object": "chat.completion", "created": int(time.time()),
                                      "model": "fake-e2e", "choices": [{"index": 0, "finish_reason": "stop",
                                      "message": {"role": "assistant", "content": ANSWER}}]})
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        pause = seconds / max(len(pieces), 1)
        for piece in pieces:
            await response.write(f"data: {json.dumps(_chunk(piece), ensure_ascii=False)}\n\n".encode())
            await asyncio.sleep(pause)
        await response.write(f"data: {json.dumps(_chunk(None, 'stop'))}\n\n".encode())
        await response.write(b"data: [DONE]\n\n")
        await response.write_eof()
        return response

    app = web.Application()
    app.router.add_post("/v1/chat/completions", completions)
    return app


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    web.run_app(make_app(args.seconds), host="127.0.0.1", port=args.port, print=None, access_log=None)


if __name__ == "__main__":
    main()
