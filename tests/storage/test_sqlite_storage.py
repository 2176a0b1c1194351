"""SqliteStorage honours botbuilder's Storage contract, eTags included."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from botbuilder.core import ConversationState, StoreItem

from bot.storage.sqlite_storage import SqliteStorage


class Note(StoreItem):
    def __init__(self, text: str = "", e_tag: str | None = None):
        super().__init__(text=text, e_tag=e_tag)


@pytest.fixture
def storage(tmp_path) -> SqliteStorage:
    return SqliteStorage(tmp_path / "state.sqlite3")


async def test_read_missing_keys_returns_nothing(storage):
    assert await storage.read(["missing"]) == {}
    assert await storage.read([]) == {}


async def test_write_then_read_dict_and_store_item(storage):
    await storage.write({"a": {"count": 1}, "b": Note("hei")})
    items = await storage.read(["a", "b", "c"])
    assert items["a"]["count"] == 1 and items["a"]["e_tag"]
    assert isinstance(items["b"], Note) and items["b"].text == "hei" and items["b"].e_tag


async def test_matching_etag_writes_and_stale_etag_fails(storage):
    await storage.write({"k": {"v": 1}})
    first = (await storage.read(["k"]))["k"]
    await storage.write({"k": {**first, "v": 2}})  # carries the current eTag
    second = (await storage.read(["k"]))["k"]
    assert second["v"] == 2 and second["e_tag"] != first["e_tag"]
    with pytest.raises(KeyError):
        await storage.write({"k": {**first, "v": 3}})  # stale eTag
    assert (await storage.read(["k"]))["k"]["v"] == 2


async def test_star_etag_overwrites_unconditionally(storage):
    await storage.write({"k": {"v": 1}})
    await storage.write({"k": {"v": 9, "e_tag": "*"}})
    assert (await storage.read(["k"]))["k"]["v"] == 9


async def test_empty_etag_is_refused(storage):
    with pytest.raises(Exception, match="etag missing"):
        await storage.write({"k": {"v": 1, "e_tag": ""}})


async def test_delete(storage):
    await storage.write({"a": {"v": 1}, "b": {"v": 2}})
    await storage.delete(["a", "missing"])
    assert list(await storage.read(["a", "b"])) == ["b"]


async def test_bot_state_round_trip(storage):
    state = ConversationState(storage)
    assert state is not None
    await storage.write({"conv/1": {"DialogState": {"stack": [{"id": "aktiv:intervju"}]}}})
    assert (await storage.read(["conv/1"]))["conv/1"]["DialogState"]["stack"][0]["id"] == "aktiv:intervju"


def _increment_many(path: str, worker: int, times: int) -> None:
    import asyncio

    async def run() -> None:
        store = SqliteStorage(path)
        done = 0
        while done < times:
            current = (await store.read(["counter"]))["counter"]
            try:
                await store.write({"counter": {**current, "n": current["n"] + 1}, f"w{worker}-{done}": {"ok": True}})
                done += 1
            except KeyError:
                continue  # someone else wrote first: read again and retry
        store.close()

    asyncio.run(run())


async def test_concurrent_writers_in_two_processes_lose_no_update(tmp_path):
    path = str(tmp_path / "shared.sqlite3")
    # The counter exists first: a write without an eTag overwrites by contract, so only
    # updates of an existing item (which carry its eTag) are compare-and-set.
    setup = SqliteStorage(path)
    await setup.write({"counter": {"n": 0}})
    setup.close()
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_increment_many, args=(path, w, 40)) for w in range(2)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(60)
        assert process.exitcode == 0
    assert (await SqliteStorage(path).read(["counter"]))["counter"]["n"] == 80
    assert Path(path).exists()
