"""Usage statistics for admins: counts only, per tenant and ISO week, exportable as CSV.

What is counted: answers per task (and mode), model failures, guardrail blocks per entity
type, feedback (useful / not useful), prompt-bank searches, uses, saves and shares, and
distinct users. No text is stored, and no user id: a distinct user is a one-way hash of
the (already pseudonymous) owner key and the week, so weeks cannot be linked.

Storage: ``aktiv/stats/<tenant>/<week>`` → {"counts": {"metric|task|detail": n}, "users": [...]},
and ``aktiv/stats/<tenant>/weeks`` → the list of weeks. Updates are eTag compare-and-set.
"""

from __future__ import annotations

import csv
import hashlib
import io
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from botbuilder.core import Storage

from bot.storage.update import read_item, update_item

PREFIX = "aktiv/stats"
CSV_COLUMNS = ("week", "metric", "task", "detail", "count")


@dataclass(frozen=True)
class Row:
    week: str
    metric: str
    task: str
    detail: str
    count: int


def iso_week(timestamp: float) -> str:
    year, week, _ = datetime.fromtimestamp(timestamp, tz=UTC).isocalendar()
    return f"{year}-W{week:02d}"


def _user_mark(week: str, owner: str) -> str:
    return hashlib.sha256(f"{week}:{owner}".encode()).hexdigest()[:16]


class Statistics:
    def __init__(self, storage: Storage, *, clock: Callable[[], float] = time.time):
        self._storage = storage
        self._clock = clock

    async def count(self, tenant: str, metric: str, *, task: str = "", detail: str = "", n: int = 1) -> None:
        key = "|".join((metric, task, detail))

        def change(item: dict) -> None:
            counts = item.setdefault("counts", {})
            counts[key] = int(counts.get(key, 0)) + n

        await self._update_week(tenant, change)

    async def count_user(self, tenant: str, owner: str) -> None:
        week = iso_week(self._clock())
        mark = _user_mark(week, owner)
        item = await read_item(self._storage, self._week_key(tenant, week))
        if mark in (item.get("users") or []):
            return  # already counted this week: no write

        def change(item: dict) -> None:
            users = item.setdefault("users", [])
            if mark not in users:
                users.append(mark)

        await self._update_week(tenant, change)

    async def forget_user(self, tenant: str, owner: str) -> None:
        """Drop the user's distinct-user mark of the current week (``/glem``)."""
        week = iso_week(self._clock())
        mark = _user_mark(week, owner)

        def change(item: dict) -> None:
            item["users"] = [u for u in item.get("users") or [] if u != mark]

        await update_item(self._storage, self._week_key(tenant, week), change)

    async def rows(self, tenant: str) -> list[Row]:
        weeks = (await read_item(self._storage, f"{PREFIX}/{tenant}/weeks")).get("weeks") or []
        items = await self._storage.read([self._week_key(tenant, week) for week in weeks]) if weeks else {}
        rows = []
        for week in sorted(weeks):
            item = items.get(self._week_key(tenant, week)) or {}
            for key, count in sorted((item.get("counts") or {}).items()):
                metric, task, detail = (key.split("|") + ["", ""])[:3]
                rows.append(Row(week, metric, task, detail, int(count)))
            if item.get("users"):
                rows.append(Row(week, "distinct_users", "", "", len(item["users"])))
        return rows

    @staticmethod
    def to_csv(rows: list[Row]) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for row in rows:
            writer.writerow((row.week, row.metric, row.task, row.detail, row.count))
        return out.getvalue()

    # --- internals ----------------------------------------------------------------------
    @staticmethod
    def _week_key(tenant: str, week: str) -> str:
        return f"{PREFIX}/{tenant}/{week}"

    async def _update_week(self, tenant: str, change: Callable[[dict], None]) -> None:
        week = iso_week(self._clock())
        await update_item(self._storage, self._week_key(tenant, week), change)
        weeks_key = f"{PREFIX}/{tenant}/weeks"
        known = (await read_item(self._storage, weeks_key)).get("weeks") or []
        if week not in known:
            def add(item: dict) -> None:
                weeks = item.setdefault("weeks", [])
                if week not in weeks:
                    weeks.append(week)

            await update_item(self._storage, weeks_key, add)


@dataclass(frozen=True)
class Summary:
    """The figures ``/statistikk`` shows for one week."""

    week: str
    answers: dict[str, int]
    useful: int
    not_useful: int
    blocks: dict[str, int]
    bank: dict[str, int]
    users: int

    @property
    def useful_share(self) -> float | None:
        rated = self.useful + self.not_useful
        return self.useful / rated if rated else None


def summarise(rows: list[Row]) -> list[Summary]:
    by_week: dict[str, list[Row]] = {}
    for row in rows:
        by_week.setdefault(row.week, []).append(row)
    summaries = []
    for week, week_rows in sorted(by_week.items()):
        answers: dict[str, int] = {}
        blocks: dict[str, int] = {}
        bank: dict[str, int] = {}
        useful = not_useful = users = 0
        for row in week_rows:
            if row.metric == "answer":
                answers[row.task] = answers.get(row.task, 0) + row.count
            elif row.metric == "blocked":
                blocks[row.detail] = blocks.get(row.detail, 0) + row.count
            elif row.metric == "feedback":
                if row.detail == "like":
                    useful += row.count
                elif row.detail == "dislike":
                    not_useful += row.count
            elif row.metric.startswith("bank_") or row.metric == "share":
                bank[row.metric] = bank.get(row.metric, 0) + row.count
            elif row.metric == "distinct_users":
                users = row.count
        summaries.append(Summary(week, answers, useful, not_useful, blocks, bank, users))
    return summaries
