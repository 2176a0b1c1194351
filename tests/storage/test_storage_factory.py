"""AKTIV_STORAGE chooses the back-end; SQLite retention deletes by age and key."""

from __future__ import annotations

import sqlite3

import pytest
from botbuilder.core import MemoryStorage

from bot.settings import Settings, SettingsError
from bot.storage.factory import is_conflict, make_storage
from bot.storage.sqlite_storage import SqliteStorage


@pytest.mark.parametrize(("env", "kind"), [
    ({"AKTIV_STORAGE": "memory"}, MemoryStorage),
    ({"AKTIV_STORAGE": "{tmp}/state.sqlite3"}, SqliteStorage),
    ({"AKTIV_STORAGE": "blob", "AKTIV_BLOB_CONNECTION_STRING":
      "DefaultEndpointsProtocol=http;AccountName=dev;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:1/dev;"},
     "BlobStorage"),
    ({"AKTIV_STORAGE": "cosmos", "AKTIV_COSMOS_ENDPOINT": "https://127.0.0.1:8081/", "AKTIV_COSMOS_KEY": "a2V5"},
     "CosmosDbPartitionedStorage"),
])
def test_storage_chosen_by_setting(tmp_path, env, kind):
    env = {k: v.format(tmp=tmp_path) for k, v in env.items()}
    storage = make_storage(Settings.from_env(env))
    assert (type(storage).__name__ == kind) if isinstance(kind, str) else isinstance(storage, kind)


@pytest.mark.parametrize(("env", "variable"), [
    ({"AKTIV_STORAGE": "blob"}, "AKTIV_BLOB_CONNECTION_STRING"),
    ({"AKTIV_STORAGE": "cosmos", "AKTIV_COSMOS_ENDPOINT": "https://x/"}, "AKTIV_COSMOS_KEY"),
    ({"AKTIV_RETENTION_HOURS": "0"}, "AKTIV_RETENTION_HOURS"),
    ({"AKTIV_NETWORK_CHANNEL_ID": "19:c@thread.tacv2"}, "AKTIV_NETWORK_TEAM_ID"),
])
def test_incomplete_storage_settings_name_the_variable(env, variable):
    with pytest.raises(SettingsError, match=variable):
        Settings.from_env(env)


@pytest.mark.parametrize(("error", "conflict"), [
    (KeyError("k"), True), (type("Precondition", (Exception,), {"status_code": 412})(), True),
    (RuntimeError("disk"), False), (type("NotFound", (Exception,), {"status_code": 404})(), False),
])
def test_etag_conflicts_are_recognised(error, conflict):
    assert is_conflict(error) is conflict


@pytest.mark.parametrize(("prefix", "contains", "deleted"), [
    ("", "/conversations/", {"msteams/conversations/a"}),
    ("aktiv/", "", {"aktiv/promptbank/t/index"}),
    ("", "", {"msteams/conversations/a", "aktiv/promptbank/t/index"}),
])
async def test_delete_older_than_by_prefix_and_substring(tmp_path, prefix, contains, deleted):
    path = tmp_path / "s.sqlite3"
    storage = SqliteStorage(path)
    keys = {"msteams/conversations/a", "aktiv/promptbank/t/index"}
    await storage.write({key: {"v": 1} for key in keys})
    await storage.write({"msteams/conversations/fresh": {"v": 1}})
    with sqlite3.connect(path) as db:
        db.execute("UPDATE bot_state SET updated_at = updated_at - 7200 WHERE key != 'msteams/conversations/fresh'")
    assert storage.delete_older_than(3600, prefix, key_contains=contains) == len(deleted)
    assert set(await storage.read([*keys, "msteams/conversations/fresh"])) == keys - deleted | {
        "msteams/conversations/fresh"}
