"""Storage cost of one turn with SQLite (target p95 ≤ 5 ms): read + write of a
conversation's state as the bot does it (ConversationState.load → change → save_changes),
with a realistic AKTIV dialog state (a draft holding a pasted job ad and an answer).

    python -m bench.storage_bench [--turns 500] [--conversations 50]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from botbuilder.core import ConversationState, TurnContext
from botbuilder.core.adapters import TestAdapter
from botbuilder.dialogs import DialogInstance, DialogState
from botbuilder.schema import Activity, ActivityTypes, ChannelAccount, ConversationAccount

from bot.storage.sqlite_storage import SqliteStorage

AD = (Path(__file__).resolve().parent / "data" / "job_ad_nb.txt").read_text(encoding="utf-8")


def _context(adapter: TestAdapter, conversation: str) -> TurnContext:
    return TurnContext(adapter, Activity(type=ActivityTypes.message, text="send", channel_id="msteams",
                                         conversation=ConversationAccount(id=conversation),
                                         from_property=ChannelAccount(id="user"),
                                         recipient=ChannelAccount(id="bot")))


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


async def run(turns: int, conversations: int) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        storage = SqliteStorage(Path(tmp) / "bench.sqlite3")
        state = ConversationState(storage)
        dialog_state = state.create_property("DialogState")
        adapter = TestAdapter()
        timings = []
        for n in range(turns):
            context = _context(adapter, f"conv-{n % conversations}")
            started = time.perf_counter()
            await state.load(context)
            current = await dialog_state.get(context, DialogState)
            draft = {"task_id": "intervju", "inputs": {"stilling": "rådgiver i HR", "annonse": AD},
                     "edited_parts": {}, "last_answer": "1. Beskriv et prosjekt. " * 40, "turn": n}
            current.dialog_stack[:] = [DialogInstance(id="aktiv:intervju", state={"draft": draft, "stage": "answered"})]
            await state.save_changes(context)
            timings.append((time.perf_counter() - started) * 1000)
        storage.close()
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=500)
    parser.add_argument("--conversations", type=int, default=50)
    args = parser.parse_args()
    timings = asyncio.run(run(args.turns, args.conversations))
    print(f"SQLite storage per turn (load + save of conversation state, {len(AD)} chars of ad in the draft), "
          f"{args.turns} turns over {args.conversations} conversations")
    print(f"  p50 {statistics.median(timings):.2f} ms  p95 {_pct(timings, 95):.2f} ms  max {max(timings):.2f} ms  "
          f"(target p95 <= 5 ms)")
    return 0 if _pct(timings, 95) <= 5 else 1


if __name__ == "__main__":
    sys.exit(main())
