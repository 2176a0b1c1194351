"""/glem, retention expiry and the statistics (counts only, CSV) through the real bot."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from botbuilder.schema import Activity, ActivityTypes

from bot.composition import build_components
from bot.network.statistics import CSV_COLUMNS, Statistics
from bot.settings import Settings
from bot.storage.retention import RetentionJob, SqlitePurger
from bot.storage.sqlite_storage import SqliteStorage
from tests.dialogs.driver import Conversation


async def _preview(chat: Conversation) -> None:
    await chat.say_text("/intervju")
    await chat.say_text("Må-krav: god teknologiforståelse")
    await chat.say_text("rådgiver i HR")


async def test_forget_deletes_the_users_data_and_confirms(network):
    chat = network.conversation()
    await _preview(chat)
    await chat.say_text("/lagre Privat mal")
    await chat.say_text("/lagre delt Delt mal")
    other = network.conversation(user="user-2", conversation_id="conv-2")
    await _preview(other)
    await other.say_text("/lagre Kollegas mal")

    reply = await chat.say_text("/glem")
    assert "Glemt" in reply and "1 private prompter" in reply and "1 prompter du hadde delt" in reply
    stored = json.dumps(network.storage.memory, ensure_ascii=False, default=str)
    assert "Privat mal" not in stored and "Delt mal" in stored and "Kollegas mal" in stored
    assert not any(key.endswith("/conversations/conv-1") for key in network.storage.memory)
    assert "God teknologiforståelse" in stored  # the colleague's conversation is not touched
    # The dialog is gone: the next message is not an answer to the old question.
    assert "Slik blir prompten din" not in await chat.say_text("send")


@pytest.mark.parametrize(("age_hours", "expired"), [(25, True), (23, False)])
async def test_retention_deletes_old_conversation_state_only(tmp_path, guardrail, age_hours, expired):
    path = tmp_path / "state.sqlite3"
    storage = SqliteStorage(path)
    bot = build_components(Settings(storage=str(path)), storage=storage, guardrail=guardrail).bot
    chat = Conversation(bot)
    await _preview(chat)
    await chat.say_text("/lagre Min mal")
    with sqlite3.connect(path) as db:
        db.execute("UPDATE bot_state SET updated_at = updated_at - ?", (age_hours * 3600,))
    keys_before = {row[0] for row in sqlite3.connect(path).execute("SELECT key FROM bot_state")}
    deleted = await RetentionJob(SqlitePurger(storage), max_age_s=24 * 3600).run_once()
    keys_after = {row[0] for row in sqlite3.connect(path).execute("SELECT key FROM bot_state")}
    conversation_keys = {k for k in keys_before if "/conversations/" in k}
    assert conversation_keys
    assert (deleted == len(conversation_keys)) is expired
    assert (conversation_keys & keys_after == set()) is expired
    assert {k for k in keys_before if k.startswith("aktiv/promptbank/")} <= keys_after  # the bank stays


async def test_retention_job_runs_at_most_once_per_interval(tmp_path):
    now = [1000.0]
    calls = []

    class Recorder:
        async def purge(self, max_age_s: float) -> int:
            calls.append(max_age_s)
            return 0

    job = RetentionJob(Recorder(), max_age_s=60, interval_s=600, clock=lambda: now[0])
    assert await job.maybe_run() == 0
    assert await job.maybe_run() is None
    now[0] += 601
    assert await job.maybe_run() == 0
    assert calls == [60, 60]


async def _feedback(chat: Conversation, reaction: str, comment: str = "") -> list[Activity]:
    chat.adapter.activity_buffer.clear()
    value = {"actionName": "feedback", "actionValue": {"reaction": reaction,
                                                       "feedback": json.dumps({"feedbackText": comment})}}
    await chat.adapter.receive_activity(Activity(type=ActivityTypes.invoke, name="message/submitAction", value=value))
    return [a for a in chat.adapter.activity_buffer if a.type == ActivityTypes.message]


async def test_statistics_count_answers_feedback_blocks_and_bank_use(guardrail, openai_settings, fake_openai):
    settings = openai_settings.model_copy(update={"storage": "memory"})
    components = build_components(settings, guardrail=guardrail)
    chat = Conversation(components.bot)
    fake_openai.queue_answer("1. Beskriv et prosjekt der du brukte ny teknologi.")
    await _preview(chat)
    answer = (await chat.say("send"))[-1]
    assert answer.channel_data["feedbackLoopEnabled"] is True
    assert "Takk for tilbakemeldingen" in (await _feedback(chat, "like"))[0].text
    blocked_comment = (await _feedback(chat, "dislike", "Spør Ola Hansen om denne"))[0].text
    assert "ble ikke lagret" in blocked_comment
    await chat.say_text("/screening Søker Kari Nordmann, tlf 412 34 567, har søkt.")
    await chat.say_text("send")
    await chat.say_text("/promptbank intervju")

    summary = await chat.say_text("/statistikk")
    assert "Intervjuspørsmål 1" in summary
    assert "50 % av 2 vurderte" in summary
    csv_reply = await chat.say_text("/statistikk csv")
    rows = list(csv.DictReader(io.StringIO(csv_reply.split("```csv\n")[1].split("```")[0])))
    assert tuple(rows[0]) == CSV_COLUMNS
    counts = {(r["metric"], r["task"], r["detail"]): int(r["count"]) for r in rows}
    assert counts[("answer", "intervju", "model")] == 1
    assert counts[("feedback", "intervju", "like")] == 1 and counts[("feedback", "intervju", "dislike")] == 1
    assert counts[("feedback_comment", "intervju", "blocked")] == 1
    assert counts[("blocked", "screening", "NO_PHONE")] == 1
    assert counts[("bank_search", "", "")] == 1
    assert counts[("distinct_users", "", "")] == 1
    # Counts only: no text, no user id anywhere in what the statistics store.
    stored = json.dumps({k: v for k, v in components.storage.memory.items() if k.startswith("aktiv/stats/")},
                        default=str)
    assert "Ola" not in stored and "Kari" not in stored and "user-1" not in stored and "412" not in stored


async def test_statistics_are_for_admins_only(guardrail):
    bot = build_components(Settings(storage="memory", admins=("aad-admin",)), guardrail=guardrail).bot
    assert "bare for AKTIV-administratorer" in await Conversation(bot).say_text("/statistikk")


async def test_week_rows_sum_concurrent_counts(tmp_path):
    storage = SqliteStorage(tmp_path / "stats.sqlite3")
    statistics = Statistics(storage, clock=lambda: 1_700_000_000.0)
    import asyncio

    await asyncio.gather(*(statistics.count("t1", "answer", task="intervju") for _ in range(20)))
    rows = await statistics.rows("t1")
    assert [(r.week, r.metric, r.task, r.count) for r in rows] == [("2023-W46", "answer", "intervju", 20)]
