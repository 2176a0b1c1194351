"""SqliteStorage's fast paths give what jsonpickle and the read-back gave: the dialog state
restored without the Unpickler equals the Unpickler's, and a written item carries its new
eTag (its next write is compare-and-set, a stale copy conflicts)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from jsonpickle import encode
from jsonpickle.unpickler import Unpickler

from bot.composition import build_components
from bot.settings import Settings
from bot.storage.sqlite_storage import SqliteStorage, _decode, _restore_plain
from tests.dialogs.driver import Conversation
from tests.dialogs.samples import ANNONSE, KRAV


async def test_stored_dialog_states_restore_as_the_unpickler_does(tmp_path, guardrail):
    path = tmp_path / "state.sqlite3"
    bot = build_components(Settings(storage=str(path)), guardrail=guardrail, teams=True).bot
    for number, turns in enumerate([("/screening " + ANNONSE, "send"),
                                    ("/intervju " + KRAV, "rådgiver i HR", "endre tiltak"),
                                    ('/annonse {"py/object": "os.system", "py/id": 1} ' + ANNONSE,)]):
        chat = Conversation(bot, conversation_id=f"c{number}")
        for text in turns:
            await chat.say(text)
    rows = sqlite3.connect(path).execute("SELECT value FROM bot_state WHERE value LIKE '%py/object%'").fetchall()
    assert len(rows) == 3
    fast = 0
    for (value,) in rows:
        expected = Unpickler().restore(json.loads(value))
        assert encode(_decode(value)) == encode(expected)
        if value.count('"py/') == value.count('"py/object"'):
            assert encode(_restore_plain(json.loads(value))) == encode(expected)
            fast += 1
    assert fast == 2  # the third holds user text with a "py/id": the Unpickler restores it


def test_an_unknown_class_goes_to_the_unpickler():
    value = json.dumps({"x": {"py/object": "collections.OrderedDict"}})
    assert type(_decode(value)["x"]).__name__ == "OrderedDict"


async def test_a_written_item_carries_its_new_etag(tmp_path):
    storage = SqliteStorage(tmp_path / "s.sqlite3")
    item = {"n": 1}
    await storage.write({"k": item})
    stored = (await storage.read(["k"]))["k"]
    assert item["e_tag"] == stored["e_tag"]
    item["n"] = 2
    await storage.write({"k": item})  # compare-and-set against its own write: accepted
    with pytest.raises(KeyError):
        await storage.write({"k": stored})  # the copy read before is stale now
    assert (await storage.read(["k"]))["k"]["n"] == 2
