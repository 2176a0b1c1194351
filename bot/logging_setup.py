"""Structured single-line logging that never carries user text.

The rule is: never hand user text to a logger. ``log_event`` makes that easy to follow
(it logs ids, counts, types and timings as they are, masks anything else and never
raises, so an odd id cannot take an error handler down), and ``SensitiveDataFilter`` is a last
line of defence that masks digit runs shaped like Norwegian national identity numbers,
phone numbers or bank accounts if something slips through anyway.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import secrets
import time
from collections.abc import Mapping

# Field names log_event accepts: they must end with one of these words.
ALLOWED_FIELD_SUFFIXES = (
    "id",
    "ids",
    "count",
    "type",
    "types",
    "ms",
    "seconds",
    "status",
    "code",
    "channel",
    "method",
    "route",
    "bytes",
    "chars",
    "size",
    "reason",
    "version",
    "port",
    "mode",
    "flag",
)

# Values that are strings must look like identifiers or type names: no spaces, short.
# ``;`` is in: Teams channel-thread conversation ids end in ``;messageid=…``.
_SAFE_STRING = re.compile(r"^[A-Za-z0-9_.:;@/#=+\-]{0,200}$")
# 8+ digits (optionally split by spaces/dots/dashes) — fødselsnummer, phone, account shapes.
_DIGIT_RUN = re.compile(r"(?<!\d)\d(?:[ .\-]?\d){7,}(?!\d)")
# Unsafe values are logged as a keyed hash: equal values correlate within one process, and
# the key (never stored) keeps anyone from testing guesses such as a fødselsnummer against it.
_HASH_KEY = secrets.token_bytes(32)
DROPPED_FIELDS = "dropped_fields_count"


def masked(value: str) -> str:
    """``h:`` and 12 hex digits of a keyed hash of ``value`` (stable within the process)."""
    return "h:" + hmac.new(_HASH_KEY, value.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()[:12]


def _safe_value(value: object) -> object:
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):
        return value if _SAFE_STRING.match(value) else masked(value)
    if isinstance(value, (list, tuple)):
        return [_safe_value(item) if isinstance(item, str) else f"<{type(item).__name__}>" for item in value[:50]]
    return f"<{type(value).__name__}>"


def _name_allowed(name: str) -> bool:
    return name.split("_")[-1] in ALLOWED_FIELD_SUFFIXES


def safe_id(value: object) -> str | None:
    """``value`` if it may be logged as an id (short, no spaces), else ``"invalid"``.

    For ids that come from outside (a conversation id, a model name a server reported), so a
    strange value never makes ``log_event`` raise in the middle of a turn.
    """
    if value is None:
        return None
    return value if isinstance(value, str) and _SAFE_STRING.match(value) else "invalid"


def log_event(logger: logging.Logger, event: str, *, level: int = logging.INFO, **fields: object) -> None:
    """Log ``event`` with id/count/type/timing fields only. Never raises: a value that is not
    an id-like string, a number or a bool is logged masked (``masked``); a field whose name
    does not say it is an id, count, type or timing is dropped and counted."""
    try:
        safe = {name: _safe_value(value) for name, value in fields.items() if _name_allowed(name)}
        if len(safe) < len(fields):
            safe[DROPPED_FIELDS] = len(fields) - len(safe)
        name = event if isinstance(event, str) and _SAFE_STRING.match(event) else "invalid_event"
        logger.log(level, name, extra={"fields": safe})
    except Exception:  # logging must never take a turn down
        pass


class SensitiveDataFilter(logging.Filter):
    """Last line of defence: mask long digit runs in the rendered message and exception text."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _DIGIT_RUN.sub("<digits>", message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


class JsonLineFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, event, fields, exception type."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "event": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, Mapping):
            entry.update(fields)
        if record.exc_info and record.exc_info[0] is not None:
            # The exception's type only: messages and tracebacks can quote user text.
            entry["exception_type"] = record.exc_info[0].__name__
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure_logging(level: str | int = "INFO") -> logging.Handler:
    """Send every log record to stderr as one JSON line; returns the installed handler."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_aktiv_handler", False):
            root.removeHandler(handler)
    handler = logging.StreamHandler()
    handler._aktiv_handler = True  # type: ignore[attr-defined]
    handler.setFormatter(JsonLineFormatter())
    handler.addFilter(SensitiveDataFilter())
    root.addHandler(handler)
    root.setLevel(level if isinstance(level, int) else level.upper())
    # msrest can log HTTP bodies (activities = user text) at DEBUG; keep it quiet.
    for noisy in ("msrest", "urllib3", "azure", "msal"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return handler
