"""A botbuilder ``Storage`` on one SQLite file: the embedded default for bot state.

WAL mode, one row per key, values serialised with jsonpickle exactly as botbuilder-azure's
BlobStorage does. eTags give optimistic concurrency: every write stores a new eTag (and
hands it back in the written item); a write whose item carries an eTag other than ``*`` must
match the stored one, or it fails with ``KeyError`` (like ``MemoryStorage``). The compare-and-set runs in one IMMEDIATE
transaction, so writers in several processes on the same file are safe.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from copy import copy
from pathlib import Path
from typing import Any

from botbuilder.core import Storage
from botbuilder.dialogs import DialogInstance, DialogState
from jsonpickle import encode
from jsonpickle.unpickler import Unpickler

_SCHEMA = """
CREATE TABLE IF NOT EXISTS bot_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    e_tag TEXT NOT NULL,
    updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS bot_state_updated_at ON bot_state (updated_at)
"""


def _etag_of(item: object) -> str | None:
    if isinstance(item, dict):
        return item.get("e_tag")
    return getattr(item, "e_tag", None)


def _set_etag(item: Any, e_tag: str) -> None:
    if isinstance(item, dict):
        item["e_tag"] = e_tag
    elif hasattr(item, "e_tag"):
        item.e_tag = e_tag


def _with_etag(item: Any, e_tag: str) -> Any:
    """A shallow copy of ``item`` (a dict or a ``StoreItem``) carrying ``e_tag``; it is encoded
    at once and never kept, so nothing deeper needs copying (a deep copy was ~1 % of the loop)."""
    if isinstance(item, dict):
        return {**item, "e_tag": e_tag}
    item = copy(item)
    item.e_tag = e_tag
    return item


def _decode(value: str) -> object:
    data = json.loads(value)
    # jsonpickle marks everything that is not plain JSON with "py/…" keys; plain data (the
    # prompt bank, statistics) skips the slow object walk of the Unpickler.
    if '"py/' not in value:
        return data
    # The dialog state: plain objects only (its count of "py/…" strings is all "py/object";
    # user text can add to both counts alike, never hide another tag). ~10x faster than the
    # Unpickler, which took ~1.5 ms per read of a state holding a pasted ad.
    if value.count('"py/') == value.count('"py/object"'):
        try:
            return _restore_plain(data)
        except _NotPlain:
            pass
    return Unpickler().restore(data)


# Classes of botbuilder's dialog state: plain attributes, no __setstate__, no jsonpickle handler.
_PLAIN_CLASSES = {
    "botbuilder.dialogs.dialog_state.DialogState": DialogState,
    "botbuilder.dialogs.dialog_instance.DialogInstance": DialogInstance,
}


class _NotPlain(Exception):
    """Something only jsonpickle's Unpickler restores."""


def _restore_plain(data: Any) -> Any:
    """What ``Unpickler().restore`` gives for JSON whose only tags are ``py/object`` of the
    classes above: each such dict an instance (``__new__``, then its attributes set)."""
    if isinstance(data, list):
        return [_restore_plain(each) for each in data]
    if not isinstance(data, dict):
        return data
    name = data.get("py/object")
    if name is None:
        return {key: _restore_plain(value) for key, value in data.items()}
    cls = _PLAIN_CLASSES.get(name)
    if cls is None:
        raise _NotPlain(name)
    instance = cls.__new__(cls)
    for key, value in data.items():
        if key == "py/object":
            continue
        if key.startswith(("__", "py/")):
            raise _NotPlain(key)
        setattr(instance, key, _restore_plain(value))
    return instance


class SqliteStorage(Storage):
    # A written dict or StoreItem gets the new eTag (botbuilder's storages leave it as it was),
    # so its next write is compare-and-set against this one without reading it back.
    HANDS_BACK_ETAGS = True

    def __init__(self, path: str | Path, *, busy_timeout_s: float = 10.0):
        super().__init__()
        self._path = str(path)
        if self._path != ":memory:":
            Path(self._path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self._path, timeout=busy_timeout_s, check_same_thread=False,
                                   isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- Storage interface ---------------------------------------------------------------
    async def read(self, keys: list[str]) -> dict[str, object]:
        if not keys:
            return {}
        return self._read(keys)

    async def write(self, changes: dict[str, object]) -> None:
        if changes is None:
            raise Exception("Changes are required when writing")
        if changes:
            self._write(changes)

    async def delete(self, keys: list[str]) -> None:
        if keys:
            with self._lock:
                self._db.executemany("DELETE FROM bot_state WHERE key = ?", [(k,) for k in keys])

    # -- housekeeping --------------------------------------------------------------------
    def delete_older_than(self, max_age_s: float, key_prefix: str = "", *, key_contains: str = "") -> int:
        """Delete items last written more than ``max_age_s`` ago whose key starts with
        ``key_prefix`` and contains ``key_contains``; returns how many."""
        cutoff = time.time() - max_age_s
        with self._lock:
            cursor = self._db.execute(
                "DELETE FROM bot_state WHERE updated_at < ? AND substr(key, 1, ?) = ? AND instr(key, ?) > 0",
                (cutoff, len(key_prefix), key_prefix, key_contains))
            return cursor.rowcount

    # -- internals -----------------------------------------------------------------------
    def _read(self, keys: list[str]) -> dict[str, object]:
        marks = ",".join("?" * len(keys))
        with self._lock:
            rows = self._db.execute(f"SELECT key, value FROM bot_state WHERE key IN ({marks})", keys).fetchall()
        return {key: _decode(value) for key, value in rows}

    def _write(self, changes: dict[str, object]) -> None:
        written: list[tuple[object, str]] = []
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for key, item in changes.items():
                    new_etag = _etag_of(item)
                    if new_etag == "":
                        raise Exception("sqlite_storage.write(): etag missing")
                    row = self._db.execute("SELECT e_tag FROM bot_state WHERE key = ?", (key,)).fetchone()
                    if row is not None and new_etag not in (None, "*") and new_etag != row[0]:
                        raise KeyError(f"Etag conflict for key {key!r}: the item was changed by another writer")
                    e_tag = uuid.uuid4().hex
                    self._db.execute(
                        "INSERT INTO bot_state (key, value, e_tag, updated_at) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value=excluded.value, e_tag=excluded.e_tag, "
                        "updated_at=excluded.updated_at",
                        (key, encode(_with_etag(item, e_tag)), e_tag, time.time()))
                    written.append((item, e_tag))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        for item, e_tag in written:  # the caller's items carry what is stored now (HANDS_BACK_ETAGS)
            _set_etag(item, e_tag)

