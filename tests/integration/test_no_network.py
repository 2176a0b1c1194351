"""Nothing is downloaded when the bot starts or runs: no model, no list, no schema."""

from __future__ import annotations

import ipaddress
import socket

import pytest

from bot.composition import build_components, build_guardrail
from bot.settings import Settings
from tests.dialogs.driver import Conversation
from tests.dialogs.samples import ANNONSE


@pytest.fixture
def loopback_only(monkeypatch):
    """Any connection to an address that is not loopback fails the test."""
    attempts: list[object] = []
    real_connect = socket.socket.connect

    def guarded_connect(self, address):
        host = address[0] if isinstance(address, tuple) else address
        try:
            if ipaddress.ip_address(host).is_loopback:
                return real_connect(self, address)
        except ValueError:
            pass
        attempts.append(address)
        raise OSError(f"network access attempted: {address!r}")

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket, "getaddrinfo", _no_dns(socket.getaddrinfo, attempts))
    yield attempts
    assert attempts == []


def _no_dns(real, attempts):
    def getaddrinfo(host, *args, **kwargs):
        if host in ("localhost", "127.0.0.1", "::1", None):
            return real(host, *args, **kwargs)
        attempts.append(host)
        raise OSError(f"DNS look-up attempted: {host!r}")

    return getaddrinfo


async def test_start_up_and_a_full_task_make_no_network_call(loopback_only):
    settings = Settings(storage="memory")
    components = build_components(settings, guardrail=build_guardrail(settings))
    chat = Conversation(components.bot)
    await chat.say_text("/annonse " + ANNONSE + "\nKontakt: ola.nordmann@example.no")
    blocked = await chat.say_text("send")
    assert "Stoppet" in blocked
    assert "Ferdig AKTIV-prompt" in await chat.say_text("send anonymisert")
