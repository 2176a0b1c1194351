"""Structured single-line logging that never carries user text.

The rule is: never hand user text to a logger. ``log_event`` makes that easy to follow
(it only accepts ids, counts, types and timings), and ``SensitiveDataFilter`` is a last
line of defence that masks digit runs shaped like Norwegian national identity numbers,
phone numbers or bank accounts if something slips through anyway.
"""

from __future__ import annotations

import json
import logging
import re
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
_SAFE_STRING = re.compile(r"^[A-Za-z0-9_.:@/#=+\-]{0,200}$")
# 8+ digits (optionally split by spaces/dots/dashes) — fødselsnummer, phone, account shapes.
_DIGIT_RUN = re.compile(r"(?<!\d)\d(?:[ .\-]?\d){7,}(?!\d)")


class UnsafeLogFieldError(ValueError):
    """A log_event field name or value does not look like an id, count, type or timing."""


def _check_field(name: str, value: object) -> None:
    if name.split("_")[-1] not in ALLOWED_FIELD_SUFFIXES:
        raise UnsafeLogFieldError(
            f"log field '{name}' must end with one of {', '.join(ALLOWED_FIELD_SUFFIXES)}"
        )
    if value is None or isinstance(value, (bool, int, float)):
        return
    if isinstance(value, str) and _SAFE_STRING.match(value):
        return
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) and _SAFE_STRING.match(v) for v in value):
        return
    raise UnsafeLogFieldError(f"log field '{name}' must be a number, a bool or an id-like string")


def safe_id(value: object) -> str | None:
    """``value`` if it may be logged as an id (short, no spaces), else ``"invalid"``.

    For ids that come from outside (a conversation id, a model name a server reported), so a
    strange value never makes ``log_event`` raise in the middle of a turn.
    """
    if value is None:
        return None
    return value if isinstance(value, str) and _SAFE_STRING.match(value) else "invalid"


def log_event(logger: logging.Logger, event: str, *, level: int = logging.INFO, **fields: object) -> None:
    """Log ``event`` with id/count/type/timing fields only; anything else raises."""
    if not _SAFE_STRING.match(event):
        raise UnsafeLogFieldError("the event name must be an identifier such as 'turn.done'")
    for name, value in fields.items():
        _check_field(name, value)
    logger.log(level, event, extra={"fields": dict(fields)})


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
