"""The prompt bank in bot storage: one index item per tenant plus one item per prompt.

Keys: ``aktiv/promptbank/<tenant>/index`` (the entries: id, task, title, tags, scope,
pseudonymous owner, created, uses) and ``aktiv/promptbank/<tenant>/prompts/<id>`` (the five
AKTIV part templates). Updates of the index are compare-and-set on its eTag, so several bot
instances can save at once. Each instance keeps the built search index for a few seconds
(``cache_ttl_s``) and rebuilds it at once after its own writes.
The curated base (``prompts/tasks``) is never stored: it comes from the prompt files.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from botbuilder.core import Storage

from bot.storage.update import read_item, update_item
from dialogs.prompt_bank.entries import BankEntry, Scope
from dialogs.prompt_bank.search import BankIndex, Hit, Stemmer

PREFIX = "aktiv/promptbank"


def _index_key(tenant: str) -> str:
    return f"{PREFIX}/{tenant}/index"


def _prompt_key(tenant: str, prompt_id: str) -> str:
    return f"{PREFIX}/{tenant}/prompts/{prompt_id}"


class PromptBankStore:
    def __init__(self, storage: Storage, curated: list[tuple[BankEntry, dict[str, str]]], *,
                 task_titles: dict[str, str], cache_ttl_s: float = 5.0,
                 clock: Callable[[], float] = time.time):
        self._storage = storage
        self._curated = {entry.id: (entry, parts) for entry, parts in curated}
        self._task_titles = task_titles
        self._cache_ttl_s = cache_ttl_s
        self._clock = clock
        self._stemmer = Stemmer()
        self._cache: dict[str, tuple[float, BankIndex, dict[str, BankEntry]]] = {}

    # --- reading ------------------------------------------------------------------------
    async def entries(self, tenant: str) -> dict[str, BankEntry]:
        return (await self._cached(tenant))[1]

    async def search(self, tenant: str, viewer: str, query: str, *, limit: int = 10) -> list[Hit]:
        index, _ = await self._cached(tenant)
        return index.search(query, viewer=viewer, limit=limit)

    async def get(self, tenant: str, prompt_id: str, viewer: str) -> tuple[BankEntry, dict[str, str]] | None:
        if prompt_id in self._curated:
            return self._curated[prompt_id]
        entry = (await self.entries(tenant)).get(prompt_id)
        if entry is None or not entry.visible_to(viewer):
            return None
        item = await read_item(self._storage, _prompt_key(tenant, prompt_id))
        return (entry, dict(item.get("parts") or {})) if item else None

    # --- writing ------------------------------------------------------------------------
    async def save(self, tenant: str, *, task: str, title: str, tags: tuple[str, ...], scope: Scope,
                   owner: str, parts: dict[str, str]) -> BankEntry:
        entry = BankEntry(id=uuid.uuid4().hex[:8], task=task, title=title, tags=tags, scope=scope, owner=owner,
                          created=round(self._clock(), 3))
        await self._storage.write({_prompt_key(tenant, entry.id): {"parts": dict(parts), "e_tag": "*"}})
        await self._change_index(tenant, lambda entries: entries.append(entry.to_state()))
        return entry

    async def update(self, tenant: str, prompt_id: str, owner: str, *, title: str | None = None,
                     tags: tuple[str, ...] | None = None, scope: Scope | None = None,
                     parts: dict[str, str] | None = None) -> BankEntry | None:
        """Change the owner's own prompt; ``None`` when it is not theirs or does not exist."""
        def change(entries: list[dict]) -> BankEntry | None:
            for number, data in enumerate(entries):
                entry = BankEntry.from_state(data)
                if entry.id == prompt_id and entry.owner == owner:
                    changes: dict[str, Any] = {
                        k: v for k, v in (("title", title), ("tags", tags), ("scope", scope)) if v is not None}
                    entry = replace(entry, **changes)
                    entries[number] = entry.to_state()
                    return entry
            return None

        if parts is not None:
            current = (await self.entries(tenant)).get(prompt_id)
            if current is None or current.owner != owner:
                return None
            await self._storage.write({_prompt_key(tenant, prompt_id): {"parts": dict(parts), "e_tag": "*"}})
        return await self._change_index(tenant, change)

    async def delete(self, tenant: str, prompt_id: str, owner: str) -> bool:
        def change(entries: list[dict]) -> bool:
            kept = [d for d in entries if not (d.get("id") == prompt_id and d.get("owner") == owner)]
            removed = len(kept) != len(entries)
            entries[:] = kept
            return removed

        removed = await self._change_index(tenant, change)
        if removed:
            await self._storage.delete([_prompt_key(tenant, prompt_id)])
        return removed

    async def record_use(self, tenant: str, prompt_id: str) -> None:
        def change(entries: list[dict]) -> None:
            for data in entries:
                if data.get("id") == prompt_id:
                    data["uses"] = int(data.get("uses") or 0) + 1

        if prompt_id not in self._curated:
            await self._change_index(tenant, change)

    async def forget_owner(self, tenant: str, owner: str) -> tuple[int, int]:
        """Delete the owner's private prompts and unlink them from their shared ones.

        Returns (private prompts deleted, shared prompts kept without an owner)."""
        def change(entries: list[dict]) -> tuple[list[str], int]:
            private = [d["id"] for d in entries if d.get("owner") == owner and d.get("scope") == "private"]
            unlinked = 0
            kept = []
            for data in entries:
                if data.get("id") in private:
                    continue
                if data.get("owner") == owner:
                    data["owner"] = ""
                    unlinked += 1
                kept.append(data)
            entries[:] = kept
            return private, unlinked

        private, unlinked = await self._change_index(tenant, change)
        if private:
            await self._storage.delete([_prompt_key(tenant, prompt_id) for prompt_id in private])
        return len(private), unlinked

    # --- internals ----------------------------------------------------------------------
    async def _change_index(self, tenant: str, change):
        def apply(item: dict):
            entries = list(item.get("entries") or [])
            result = change(entries)
            item["entries"] = entries
            return result

        result = await update_item(self._storage, _index_key(tenant), apply)
        self._cache.pop(tenant, None)
        return result

    async def _cached(self, tenant: str) -> tuple[BankIndex, dict[str, BankEntry]]:
        now = self._clock()
        cached = self._cache.get(tenant)
        if cached and cached[0] > now:
            return cached[1], cached[2]
        item = await read_item(self._storage, _index_key(tenant))
        entries = {e.id: e for e in (BankEntry.from_state(d) for d in item.get("entries") or [])}
        all_entries = [entry for entry, _ in self._curated.values()] + list(entries.values())
        index = BankIndex(all_entries, task_titles=self._task_titles, stemmer=self._stemmer)
        self._cache[tenant] = (now + self._cache_ttl_s, index, entries)
        return index, entries
