"""The production image (Dockerfile, docs/deploy.md; issue 14, item 11). No container engine
runs on the build machine, so the Dockerfile is parsed and checked: slim Python, Apertium
from Debian, a non-root user, a HEALTHCHECK on /healthz, and every path and command it uses
exists. With a running Docker daemon and AKTIV_DOCKER_BUILD=1 the image is built too."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from bot.settings import ENV_FIELDS

ROOT = Path(__file__).resolve().parents[1]


def instructions() -> list[tuple[str, str]]:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            rows.append((keyword.upper(), rest.strip()))
    return rows


def _of(keyword: str) -> list[str]:
    return [rest for kind, rest in instructions() if kind == keyword]


def test_slim_python_base_image():
    (base,) = _of("FROM")
    assert base.startswith("python:3.11-slim")


def test_apertium_from_debian_packages():
    runs = " ".join(_of("RUN"))
    assert "apt-get install" in runs and "apertium" in runs and "apertium-nno-nob" in runs
    assert "--no-install-recommends" in runs and "rm -rf /var/lib/apt/lists" in runs


def test_runs_as_a_non_root_user_created_in_the_image():
    kinds = [kind for kind, _ in instructions()]
    (user,) = _of("USER")
    assert user not in ("root", "0")
    assert "useradd" in " ".join(_of("RUN")) and user in " ".join(_of("RUN"))
    assert kinds.index("USER") < kinds.index("CMD")


def test_copied_paths_exist_and_the_command_is_the_bot():
    for rest in _of("COPY"):
        *sources, _ = rest.split()
        for source in sources:
            assert (ROOT / source).exists(), source
    copied = [source for rest in _of("COPY") for source in rest.split()[:-1]]
    licence_files = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"].get("license-files", [])
    for licence in licence_files:  # pip install fails without them
        assert any(licence == source or licence.startswith(source + "/") for source in copied), licence
    (cmd,) = _of("CMD")
    assert json.loads(cmd) == ["python", "-m", "bot", "serve"]
    assert "serve" in (ROOT / "bot" / "__main__.py").read_text()


def test_healthcheck_asks_healthz_on_the_exposed_port():
    (health,) = _of("HEALTHCHECK")
    (port,) = _of("EXPOSE")
    assert "/healthz" in health and f"127.0.0.1:{port}" in health
    assert "AKTIV_PORT=" + port in " ".join(_of("ENV"))


def test_environment_names_are_settings():
    for rest in _of("ENV"):
        for pair in shlex.split(rest):
            name = pair.split("=", 1)[0]
            assert name in ENV_FIELDS or name.startswith(("PYTHON", "PIP_")), name


def test_build_context_leaves_out_local_state():
    ignored = (ROOT / ".dockerignore").read_text().split()
    for name in (".venv", "node_modules", ".git", "data", ".env"):
        assert name in ignored


@pytest.mark.skipif(os.environ.get("AKTIV_DOCKER_BUILD") != "1" or shutil.which("docker") is None,
                    reason="set AKTIV_DOCKER_BUILD=1 with a running Docker daemon to build the image")
def test_image_builds():
    result = subprocess.run(["docker", "build", "-q", "-t", "aktiv:test", str(ROOT)], capture_output=True,
                            text=True, timeout=1800)
    assert result.returncode == 0, result.stderr[-2000:]
