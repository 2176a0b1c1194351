"""A tarpit on loopback: accepts TCP connections, reads what comes, never answers.

Stands for a Bot Connector (``serviceUrl``) or file host that hangs. ``connections`` counts
the connections accepted, so a test can see that a call was attempted."""

from __future__ import annotations

import asyncio


class Tarpit:
    def __init__(self) -> None:
        self.connections = 0
        self._server: asyncio.base_events.Server | None = None
        self._writers: list[asyncio.StreamWriter] = []
        self.port: int | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    async def _hold(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self._writers.append(writer)
        try:
            while await reader.read(65536):
                pass
        except (ConnectionError, asyncio.CancelledError):
            pass

    async def __aenter__(self) -> Tarpit:
        self._server = await asyncio.start_server(self._hold, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        for writer in self._writers:
            writer.close()
        if self._server is not None:
            self._server.close()
