"""Building the guardrail and checking text never opens a network connection."""

from __future__ import annotations

import socket

import pytest

from guardrails import Guardrail
from tests.guardrails.identifiers import FNR


class NetworkUsed(AssertionError):
    pass


def test_build_and_check_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []

    def refuse(self, address):
        attempts.append(address)
        raise NetworkUsed(f"network connection attempted to {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, a[0] if a else None))
    guardrail = Guardrail.from_policy()
    result = guardrail.check(f"Kari har fnr {FNR}, e-post kari@nav.no og tlf 987 65 432.", lang="nn")
    assert result.entity_counts.get("NO_FODSELSNUMMER") == 1
    assert result.entity_counts.get("EMAIL_ADDRESS") == 1
    assert attempts == []
