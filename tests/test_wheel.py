"""The wheel carries what the guardrail reads at run time: built from a copy of the sources,
installed into a fresh venv, ``python -m guardrails scan`` runs outside the checkout.

No network: the wheel is built without build isolation (setuptools from the test extra) and
installed with ``--no-deps``; the fresh venv reaches the dependencies (spaCy, Presidio …)
through a ``.pth`` line naming this interpreter's site-packages, which appends that folder
after the venv's own, so ``guardrails`` and ``prompts`` can only come from the wheel.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Top-level folders the wheel never holds (state, tools, caches, the tests themselves).
NOT_SOURCES = {".git", ".venv", "node_modules", "build", "data", "bench", "tests", "docs", ".hypothesis",
               ".pytest_cache", "aktiv.egg-info"}


def _not_sources(folder: str, names: list[str]) -> set[str]:
    skipped = {name for name in names if name == "__pycache__"}
    return skipped | (NOT_SOURCES & set(names) if Path(folder) == ROOT else set())
SAMPLE = "Kontaktperson er seksjonssjef Kari Nordmann, telefon 912 34 567."


def _run(*args: str | Path, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PYTHONHOME")}
    return subprocess.run([str(arg) for arg in args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed; returns its python."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "src"
    shutil.copytree(ROOT, source, ignore=_not_sources, symlinks=True)
    built = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                 "-w", tmp / "dist", source, cwd=tmp)
    assert built.returncode == 0, built.stdout + built.stderr
    [wheel] = (tmp / "dist").glob("aktiv-*.whl")

    venv.EnvBuilder(with_pip=False).create(tmp / "venv")
    python = tmp / "venv" / "bin" / "python"
    installed = _run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
                     wheel, cwd=tmp)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                     cwd=tmp).stdout.strip())
    (site / "zz_aktiv_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return python


@pytest.mark.slow
def test_the_installed_guardrail_scans_outside_the_checkout(installed, tmp_path):
    where = _run(installed, "-c", "import guardrails, prompts; print(guardrails.__file__); print(prompts.__file__)",
                 cwd=tmp_path)
    assert where.returncode == 0, where.stderr
    for path in where.stdout.split():
        assert Path(path).is_relative_to(installed.parent.parent), path  # the wheel's copy, not the checkout

    # Files whose absence the guardrail would survive quietly (an empty lexicon), so check them by name.
    package = Path(where.stdout.split()[0]).parent
    for data in ("ner/data/lexicon_common.marisa", "ner/data/lexicon_proper.marisa", "ner/data/LEXICON-LICENSE.md",
                 "ner/data/world_first_names.txt", "models/no_ner/meta.json", "policy.yaml"):
        assert (package / data).is_file(), data

    sample = tmp_path / "sample.txt"
    sample.write_text(SAMPLE, encoding="utf-8")
    scanned = _run(installed, "-m", "guardrails", "scan", sample, cwd=tmp_path)
    assert scanned.returncode == 0, scanned.stderr
    result = json.loads(scanned.stdout)
    assert result["decision"] == "block"
    # The NER model and name lists come from the wheel: the name is found, not only the phone.
    assert {"PERSON", "NO_PHONE"} <= {finding["entity"] for finding in result["findings"]}


@pytest.mark.slow
def test_the_installed_prompts_load(installed, tmp_path):
    loaded = _run(installed, "-c", "from dialogs.task_definition import load_library; "
                  "from dialogs import messages; print(len(load_library().tasks), messages.text('bot.turn_error')[:8])",
                  cwd=tmp_path)
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.split()[0] == "4"
