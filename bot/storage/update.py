"""Read-modify-write of one storage item with optimistic concurrency (eTags).

``update_item`` reads the item, lets ``change`` modify a copy, and writes it back carrying
the eTag it read; when another writer was first, it reads again and retries.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from botbuilder.core import Storage

from bot.storage.factory import is_conflict

T = TypeVar("T")


class UpdateConflict(RuntimeError):
    """Another writer won every retry."""


async def read_item(storage: Storage, key: str) -> dict:
    items = await storage.read([key])
    item = items.get(key)
    return dict(item) if isinstance(item, dict) else {}


async def update_item(storage: Storage, key: str, change: Callable[[dict], T], *, retries: int = 8) -> T:
    """Apply ``change(item)`` (it mutates the dict and may return a value) and write it back."""
    for _ in range(retries):
        item = await read_item(storage, key)
        result = change(item)
        item.setdefault("e_tag", "*")  # a new item: nothing to compare with
        try:
            await storage.write({key: item})
        except Exception as error:  # only eTag conflicts are retried; the rest is raised again
            if is_conflict(error):
                continue
            raise
        return result
    raise UpdateConflict(f"could not update {key!r}: other writers kept changing it")
