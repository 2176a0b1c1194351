"""The Blob path for real: botbuilder-azure's BlobStorage against Azurite on loopback,
chosen through settings (AKTIV_STORAGE=blob), with the same Storage contract as SQLite,
the retention purge, and a dialog that continues on a new bot instance."""

from __future__ import annotations

import uuid

import pytest
from botbuilder.azure import BlobStorage

from bot.composition import build_components
from bot.settings import Settings
from bot.storage.factory import make_storage
from bot.storage.retention import BlobPurger
from tests.dialogs.driver import Conversation
from tests.storage.azurite import missing_reason

pytestmark = pytest.mark.skipif(missing_reason() is not None, reason=missing_reason() or "")


@pytest.fixture
def settings(azurite) -> Settings:
    return Settings(storage="blob", blob_connection_string=azurite.connection_string,
                    blob_container=f"aktiv-{uuid.uuid4().hex[:12]}")


@pytest.fixture
def storage(settings) -> BlobStorage:
    store = make_storage(settings)
    assert isinstance(store, BlobStorage)
    return store


async def test_read_missing_write_read_delete(storage):
    assert await storage.read(["missing"]) == {}
    await storage.write({"a": {"count": 1}, "b": {"count": 2}})
    items = await storage.read(["a", "b", "c"])
    assert items["a"]["count"] == 1 and items["a"]["e_tag"] and set(items) == {"a", "b"}
    await storage.delete(["a", "missing"])
    assert list(await storage.read(["a", "b"])) == ["b"]


@pytest.mark.parametrize(("etag_kind", "accepted"), [("current", True), ("stale", False), ("*", True)])
async def test_etag_rules(storage, etag_kind, accepted):
    await storage.write({"k": {"v": 1}})
    first = (await storage.read(["k"]))["k"]
    await storage.write({"k": {**first, "v": 2}})
    current = (await storage.read(["k"]))["k"]
    e_tag = {"current": current["e_tag"], "stale": first["e_tag"], "*": "*"}[etag_kind]
    if accepted:
        await storage.write({"k": {"v": 3, "e_tag": e_tag}})
        assert (await storage.read(["k"]))["k"]["v"] == 3
    else:
        with pytest.raises(Exception) as raised:
            await storage.write({"k": {"v": 3, "e_tag": e_tag}})
        assert getattr(raised.value, "status_code", None) == 412
        assert (await storage.read(["k"]))["k"]["v"] == 2


async def test_a_dialog_continues_on_another_bot_instance(settings, guardrail):
    first = Conversation(build_components(settings, guardrail=guardrail).bot, conversation_id="conv-blob")
    await first.say_text("/intervju")
    assert "Hvilken stilling" in await first.say_text("Må-krav: god teknologiforståelse")
    second = Conversation(build_components(settings, guardrail=guardrail).bot, conversation_id="conv-blob")
    preview = await second.say_text("rådgiver i HR")
    assert "Slik blir prompten din" in preview and "rådgiver i HR" in preview


async def test_blob_purger_deletes_old_conversation_blobs_only(settings, storage):
    await storage.write({"msteams/conversations/old": {"v": 1}, "aktiv/promptbank/t/index": {"entries": []}})
    purger = BlobPurger(settings.blob_connection_string, settings.blob_container)
    assert await purger.purge(3600) == 0  # just written: not expired
    assert await purger.purge(-60) == 1   # everything is "older" than a minute in the future
    remaining = await storage.read(["msteams/conversations/old", "aktiv/promptbank/t/index"])
    assert list(remaining) == ["aktiv/promptbank/t/index"]
