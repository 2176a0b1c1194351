"""Logs carry task, mode, model, timings, token counts and entity types; never user text,
not even at DEBUG and not even from the openai SDK or the HTTP layers."""

from __future__ import annotations

import logging

import pytest

from bot.model.model_client import ModelClient
from bot.model.types import GuardrailBlocked, ModelError
from dialogs.ports import PromptRequest

SECRET_WORDS = "Trompetsnegl"  # stands for the user's text: must never reach a log record
EMAIL = "ola.trompet@example.no"


@pytest.fixture
async def client(openai_settings, guard, pseudonymize):
    client = ModelClient.from_settings(openai_settings, guard, pseudonymize)
    yield client
    await client.close()


# The guardrail's own logging (Presidio's context enhancer prints context words at DEBUG)
# is the guardrail's to police and tested there; here: this door, openai and HTTP layers.
GUARDRAIL_LOGGERS = ("presidio-analyzer", "guardrails")


def _fields(record: logging.LogRecord) -> str:
    """``log_event``'s fields as ``name=value`` pairs."""
    return " ".join(f"{name}={value}" for name, value in (getattr(record, "fields", None) or {}).items())


def _all_log_text(caplog) -> str:
    return "\n".join(
        f"{r.name} {r.getMessage()} {_fields(r)} {r.exc_text or ''}"
        for r in caplog.records
        if not r.name.startswith(GUARDRAIL_LOGGERS)
    )


async def _deltas(_: str) -> None:
    return None


@pytest.mark.parametrize(
    ("user", "anonymize", "fail_status", "outcome", "logged"),
    [
        (f"Lag overskrifter om {SECRET_WORDS}.", False, None, "answer", "model.answer task_id=annonse"),
        (f"{SECRET_WORDS}: svar til {EMAIL}.", False, None, GuardrailBlocked, "EMAIL_ADDRESS"),
        (f"{SECRET_WORDS}: svar til {EMAIL}.", True, None, "answer", "model.anonymized task_id=annonse"),
        (f"Lag overskrifter om {SECRET_WORDS}.", False, 429, ModelError, "error_type=rate_limited"),
    ],
    ids=["answered", "blocked", "anonymized", "rate-limited"],
)
@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
async def test_no_user_text_in_logs(client, fake_openai, caplog, user, anonymize, fail_status, outcome, logged, stream):
    caplog.set_level(logging.DEBUG)
    if fail_status:
        fake_openai.fail_next(status=fail_status)
    request = PromptRequest(system="Du er rekrutteringsrådgiver.", user=user, task="annonse")

    if outcome == "answer":
        answer = await client.ask(request, anonymize=anonymize, on_delta=_deltas if stream else None)
        assert SECRET_WORDS in answer.text  # the text really travelled and came back
    else:
        with pytest.raises(outcome):
            await client.ask(request, anonymize=anonymize, on_delta=_deltas if stream else None)

    text = _all_log_text(caplog)
    assert logged in text
    assert SECRET_WORDS not in text
    assert EMAIL not in text
