"""Offline bokmål → moderate nynorsk with Apertium (``apertium -u nob-nno_e``).

Runs the installed ``apertium`` command as a subprocess; nothing leaves the machine, so
no guardrail is needed for this path. Flags, checked against apertium-nno-nob:

* ``-u`` switches the generator to clean mode: no ``*`` before unknown words and no
  ``#``/``@`` marks, while ``*``, ``#`` and ``@`` that were in the input (bullets,
  hashtags, e-mail addresses) are kept as they are.
* ``-n`` is NOT used: it drops sentence-final full stops.
* The default ``txt`` format keeps line breaks, blank lines and indentation.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import signal
import subprocess
import time

from bot.logging_setup import log_event
from dialogs import messages

logger = logging.getLogger(__name__)

DEFAULT_MODE = "nob-nno_e"


class ApertiumUnavailable(RuntimeError):
    """The apertium command or the nob→nno language pair is not installed."""

    @property
    def user_message(self) -> str:
        return messages.text("model.apertium_unavailable")


class ApertiumFailed(RuntimeError):
    """Apertium ran but failed or took too long."""

    @property
    def user_message(self) -> str:
        return messages.text("model.apertium_failed")


class ApertiumTranslator:
    def __init__(self, executable: str = "apertium", mode: str = DEFAULT_MODE, timeout_seconds: float = 30.0) -> None:
        self._executable = executable
        self._mode = mode
        self._timeout = timeout_seconds
        self._available: bool | None = None

    def available(self) -> bool:
        """True when the command exists and ``apertium -l`` lists the mode (checked once)."""
        if self._available is None:
            self._available = self._probe()
        return self._available

    def describe(self) -> str:
        return f"apertium {self._mode}" if self.available() else "apertium (not installed)"

    async def translate(self, text: str) -> str:
        """The nynorsk translation of ``text``, with the same line and paragraph structure."""
        if not self.available():
            raise ApertiumUnavailable(f"apertium with mode {self._mode} is not installed")
        if not text.strip():
            return text
        started = time.perf_counter()
        process = await asyncio.create_subprocess_exec(
            self._resolved(),
            "-u",
            self._mode,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=_utf8_env(),
            start_new_session=True,  # apertium is a shell pipeline: kill the whole group on timeout
        )
        try:
            out, err = await asyncio.wait_for(process.communicate(text.encode("utf-8")), self._timeout)
        except TimeoutError:
            _kill_group(process.pid)
            await process.wait()
            log_event(logger, "apertium.timed_out", level=logging.WARNING, timeout_seconds=self._timeout,
                      chars=len(text))
            raise ApertiumFailed("apertium timed out") from None
        if process.returncode != 0:
            log_event(logger, "apertium.failed", level=logging.WARNING, return_code=process.returncode,
                      stderr_bytes=len(err))
            raise ApertiumFailed(f"apertium exited with {process.returncode}")
        log_event(logger, "apertium.translated", chars=len(text),
                  elapsed_ms=round((time.perf_counter() - started) * 1000, 1))
        return out.decode("utf-8")

    def _resolved(self) -> str:
        return shutil.which(self._executable) or self._executable

    def _probe(self) -> bool:
        path = shutil.which(self._executable)
        if path is None:
            log_event(logger, "apertium.unavailable", reason="not_on_path")
            return False
        try:
            listing = subprocess.run(
                [path, "-l"], capture_output=True, text=True, timeout=10, env=_utf8_env(), check=False
            ).stdout
        except (OSError, subprocess.TimeoutExpired):
            return False
        found = self._mode in listing.split()
        if not found:
            log_event(logger, "apertium.unavailable", reason="mode_not_installed")
        return found


def _utf8_env() -> dict[str, str]:
    env = dict(os.environ)
    if "UTF-8" not in env.get("LC_ALL", "").upper().replace("UTF8", "UTF-8"):
        env["LC_ALL"] = "C.UTF-8"
    return env


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
