"""A user mid-dialog when the bot process dies continues where they were: ``python -m bot
serve`` on a SQLite file, killed with SIGKILL after the first question, started again,
and the next answer gets the preview (replies at the stub Bot Connector)."""

from __future__ import annotations

import asyncio
import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import aiohttp

from tests.fakes.activities import make_message
from tests.fakes.bot_process import free_port, start_bot

ROOT = Path(__file__).resolve().parents[2]
CONVERSATION = "a:conv-restart"


async def _say(port: int, connector, text: str) -> str:
    before = len(connector.activities)
    async with aiohttp.ClientSession() as session:
        async with session.post(f"http://127.0.0.1:{port}/api/messages", json=make_message(
                text, connector.service_url, conversation_id=CONVERSATION)) as response:
            assert response.status in (200, 201)
    await connector.wait_for_activities(before + 1, timeout=30)
    await asyncio.sleep(0.3)  # a turn may send more than one activity
    # Text and cards alike: the whole activities as JSON text.
    return json.dumps(connector.activities[before:], ensure_ascii=False)


async def test_dialog_continues_after_the_process_is_killed(tmp_path, stub_connector):
    storage = tmp_path / "aktiv.sqlite3"
    port = free_port()
    first = await start_bot(port, storage)
    try:
        await _say(port, stub_connector, "/intervju")
        asked = await _say(port, stub_connector, "Må-krav: god teknologiforståelse")
        assert "Hvilken stilling" in asked
    finally:
        first.send_signal(signal.SIGKILL)  # no shutdown hooks: only what was already stored survives
        first.wait(10)
    second = await start_bot(port, storage)
    try:
        preview = await _say(port, stub_connector, "rådgiver i HR")
    finally:
        second.terminate()
        second.wait(20)
    assert "Slik blir prompten din" in preview
    assert "rådgiver i HR" in preview and "God teknologiforståelse" in preview


async def _stored_call_start(storage: Path, timeout: float = 30.0) -> bool:
    """Whether the conversation's stored dialog state gets a model call's start time in time."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with sqlite3.connect(storage) as db:
            rows = db.execute("SELECT value FROM bot_state WHERE key LIKE ?", (f"%{CONVERSATION}%",)).fetchall()
        if any("calling_since" in row[0] for row in rows):
            return True
        await asyncio.sleep(0.1)
    return False


def _model_server(seconds: float) -> tuple[subprocess.Popen, dict[str, str]]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "tests.e2e.slow_model_server", "--port", str(port),
                                "--seconds", str(seconds)], cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    env = {"OPENAI_API_KEY": "sk-test-not-a-secret", "OPENAI_BASE_URL": f"http://127.0.0.1:{port}/v1",
           "AKTIV_MODEL": "fake-e2e", "AKTIV_STREAMING": "false", "AKTIV_MODEL_TIMEOUT": str(MODEL_TIMEOUT)}
    return process, env


MODEL_TIMEOUT = 8
CALL_WINDOW = MODEL_TIMEOUT + 2  # bot.composition.CALL_MARGIN_S


async def test_retry_works_after_a_kill_during_the_model_call(tmp_path, stub_connector):
    """Issue 14, item 8: draft and stage are stored before the model call, so after SIGKILL
    mid-call and a restart, "prøv igjen" sends the same prompt (it answered "Jeg forstod ikke").
    While the killed call could still be running (the model time-out), a message gets "still
    waiting" rather than a second call: with several instances that call may be alive."""
    storage = tmp_path / "aktiv.sqlite3"
    port = free_port()
    slow_model, slow_env = _model_server(60)
    quick_model, quick_env = _model_server(0.2)
    try:
        first = await start_bot(port, storage, **slow_env)
        try:
            await _say(port, stub_connector, "/intervju")
            await _say(port, stub_connector, "Må-krav: god teknologiforståelse")
            preview = await _say(port, stub_connector, "rådgiver i HR")
            assert "Slik blir prompten din" in preview
            before = len(stub_connector.activities)
            posted_at = time.monotonic()  # the stored call start is later than this …
            async with aiohttp.ClientSession() as session:
                send = asyncio.ensure_future(session.post(f"http://127.0.0.1:{port}/api/messages", json=make_message(
                    "send", stub_connector.service_url, conversation_id=CONVERSATION)))
                await stub_connector.wait_for_activities(before + 1, timeout=30)  # "checking …"
                # The model takes 60 s: a stored call start now means it was stored before the call.
                assert await _stored_call_start(storage), "draft and stage not stored before the model call"
                stored_by = time.monotonic()  # … and earlier than this
                await asyncio.sleep(0.5)
                first.send_signal(signal.SIGKILL)
                first.wait(10)
                send.cancel()
        finally:
            if first.poll() is None:
                first.kill()
        second = await start_bot(port, storage, **quick_env)
        try:
            before_retry = len(stub_connector.activities)
            early = await _say(port, stub_connector, "prøv igjen")
            if "Jeg venter fortsatt" in early:  # the killed call might still have been running
                await asyncio.sleep(max(0.0, stored_by + CALL_WINDOW + 0.5 - time.monotonic()))
                before_retry = len(stub_connector.activities)
                await _say(port, stub_connector, "prøv igjen")
            else:  # only when the window had passed at the bot (a slow restart on a busy machine)
                assert time.monotonic() - posted_at >= CALL_WINDOW
            await asyncio.sleep(1.0)
            answer = json.dumps(stub_connector.activities[before_retry:], ensure_ascii=False)
        finally:
            second.terminate()
            second.wait(20)
    finally:
        for model in (slow_model, quick_model):
            model.kill()  # the slow one still holds the killed bot's request
            model.wait(10)
    assert "Jeg forstod ikke" not in answer
    assert "Fortell om en rekrutteringsprosess du ledet" in answer
