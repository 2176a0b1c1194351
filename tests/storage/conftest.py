"""Fixtures of the storage tests."""

from __future__ import annotations

import pytest

from tests.storage.azurite import Azurite


@pytest.fixture(scope="module")
def azurite():
    """Azurite's Blob service on loopback, one per test module (skipped where it is missing)."""
    server = Azurite().start()
    yield server
    server.stop()
