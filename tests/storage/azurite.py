"""Azurite (the Azure Storage emulator, npm ``azurite``) on loopback for the Blob tests.

Started from the repository's ``node_modules`` on a random 127.0.0.1 port with in-memory
persistence and telemetry off; the tests skip with a clear reason when it is not installed.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from tests.fakes.bot_process import free_port

ROOT = Path(__file__).resolve().parents[2]
AZURITE_BLOB = ROOT / "node_modules" / ".bin" / "azurite-blob"
# Azurite's fixed, public development account (documented by Microsoft; not a secret).
DEV_ACCOUNT = "devstoreaccount1"
DEV_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="


def missing_reason() -> str | None:
    if shutil.which("node") is None:
        return "node is not installed: the Azurite-backed Blob storage test needs Node.js and npm"
    if not AZURITE_BLOB.exists():
        return "azurite is not installed: run `npm install` in the repository (make test does it when npm is present)"
    return None


class Azurite:
    def __init__(self) -> None:
        self.port = free_port()
        self._workspace = tempfile.TemporaryDirectory(prefix="azurite-")
        self._process: subprocess.Popen | None = None

    @property
    def connection_string(self) -> str:
        return (f"DefaultEndpointsProtocol=http;AccountName={DEV_ACCOUNT};AccountKey={DEV_KEY};"
                f"BlobEndpoint=http://127.0.0.1:{self.port}/{DEV_ACCOUNT};")

    def start(self, timeout: float = 30.0) -> Azurite:
        self._process = subprocess.Popen(
            [str(AZURITE_BLOB), "--blobHost", "127.0.0.1", "--blobPort", str(self.port), "--inMemoryPersistence",
             "--skipApiVersionCheck", "--loose", "--disableTelemetry", "--silent"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=self._workspace.name)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"azurite exited: {self._process.stderr.read().decode(errors='replace')[:500]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("azurite did not start listening in time")

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(5)
        if self._process is not None and self._process.stderr:
            self._process.stderr.close()
        self._workspace.cleanup()
