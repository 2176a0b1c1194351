"""The Teams app package: built from the template and settings, valid against the official
schema shipped by npm @microsoft/app-manifest, commands from prompts/commands.yaml, icons."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from jsonschema import Draft7Validator
from PIL import Image

from bot.settings import Settings
from dialogs.task_definition import load_library
from manifest.build import PLACEHOLDER, TEMPLATE, PackageError, build_package, render_manifest

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_DIR = ROOT / "node_modules" / "@microsoft" / "app-manifest" / "build" / "json-schemas" / "teams"
# The schema says draft-04 but uses draft-06 keywords ("const" for manifestVersion); a
# draft-07 validator honours both, as the Teams tooling (ajv) does.
SchemaValidator = Draft7Validator
APP_ID = "3f1c2b7a-0d4e-4c55-9a11-2b8e6f0c9d12"


def _settings(**overrides) -> Settings:
    values = dict(app_id=APP_ID, app_password="not-a-secret", allowed_tenants=("tenant-1",), storage="memory",
                  app_name="AKTIV Test", publisher_name="Testetaten", publisher_url="https://testetaten.example/aktiv")
    values.update(overrides)
    return Settings(**values)


def _schema(version: str) -> dict:
    path = SCHEMA_DIR / f"v{version}" / "MicrosoftTeams.schema.json"
    if not path.exists():
        pytest.skip("npm package @microsoft/app-manifest is not installed (make test runs npm ci)")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def package(tmp_path) -> zipfile.ZipFile:
    path = build_package(_settings(), tmp_path / "appPackage.zip")
    with zipfile.ZipFile(path) as archive:
        yield archive


def test_template_is_the_newest_schema_version_the_npm_package_ships():
    if not SCHEMA_DIR.exists():
        pytest.skip("npm package @microsoft/app-manifest is not installed (make test runs npm ci)")
    versions = [p.name[1:] for p in SCHEMA_DIR.iterdir() if p.name[1:2].isdigit()]
    newest = max(versions, key=lambda v: tuple(int(x) for x in v.split(".")))
    template = json.loads(TEMPLATE.read_text(encoding="utf-8"))
    assert template["manifestVersion"] == newest
    assert template["$schema"].endswith(f"/v{newest}/MicrosoftTeams.schema.json")


def test_built_manifest_validates_against_the_official_schema(package):
    manifest = json.loads(package.read("manifest.json"))
    errors = sorted(SchemaValidator(_schema(manifest["manifestVersion"])).iter_errors(manifest), key=str)
    assert [f"{list(e.path)}: {e.message}" for e in errors] == []


@pytest.mark.parametrize("field, value", [
    ("id", "not-a-guid"),                        # the app id must be a GUID
    ("accentColor", "blue"),                     # a #RRGGBB colour
    ("manifestVersion", "1.2"),                  # the const of the schema version
])
def test_schema_rejects_broken_manifests(package, field, value):
    manifest = json.loads(package.read("manifest.json"))
    schema = _schema(manifest["manifestVersion"])
    assert SchemaValidator(schema).is_valid(manifest)
    manifest[field] = value
    assert not SchemaValidator(schema).is_valid(manifest)


def test_settings_fill_every_placeholder(package):
    raw = package.read("manifest.json").decode("utf-8")
    assert PLACEHOLDER.search(raw) is None
    manifest = json.loads(raw)
    assert manifest["id"] == manifest["bots"][0]["botId"] == APP_ID
    assert manifest["copilotAgents"]["customEngineAgents"][0]["id"] == APP_ID
    assert manifest["name"]["short"] == "AKTIV Test"
    assert manifest["developer"]["name"] == "Testetaten"
    assert manifest["developer"]["privacyUrl"] == "https://testetaten.example/aktiv"


def test_scopes_files_and_commands_come_from_commands_yaml(package):
    manifest = json.loads(package.read("manifest.json"))
    bot = manifest["bots"][0]
    assert set(bot["scopes"]) == {"personal", "team", "groupChat"}
    assert bot["supportsFiles"] is True
    expected = [(c.name, c.description) for c in load_library().commands]
    for entry in bot["commandLists"]:
        assert [(c["title"], c["description"]) for c in entry["commands"]] == expected
    covered = {scope for entry in bot["commandLists"] for scope in entry["scopes"]}
    assert covered == set(bot["scopes"])
    # Teams shows at most 32 characters of a title and 128 of a description.
    assert all(len(t) <= 32 and len(d) <= 128 for t, d in expected)


def test_committed_template_has_placeholders_only_no_real_ids():
    text = TEMPLATE.read_text(encoding="utf-8")
    assert "${{AKTIV_APP_ID}}" in text
    import re

    assert re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", text, re.I) is None


@pytest.mark.parametrize("icon, size", [("color.png", 192), ("outline.png", 32)])
def test_icon_sizes(package, icon, size):
    with package.open(icon) as handle:
        image = Image.open(handle)
        image.load()
    assert image.size == (size, size)
    assert image.mode == "RGBA"


def test_outline_icon_is_white_on_transparent(package):
    with package.open("outline.png") as handle:
        image = Image.open(handle).convert("RGBA")
    pixels = list(image.getdata())
    visible = [p for p in pixels if p[3] > 0]
    assert visible and any(p[3] == 0 for p in pixels)
    assert all(p[:3] == (255, 255, 255) for p in visible)


@pytest.mark.parametrize("app_id, ok", [(APP_ID, True), ("", False), ("my-bot", False)])
def test_package_needs_a_guid_app_id(tmp_path, app_id, ok):
    settings = _settings(app_id=app_id) if app_id else Settings(storage="memory")
    if ok:
        assert build_package(settings, tmp_path / "p.zip").exists()
    else:
        with pytest.raises(PackageError, match="MICROSOFT_APP_ID"):
            build_package(settings, tmp_path / "p.zip")


def test_quotes_in_names_cannot_break_the_json():
    manifest = render_manifest({"AKTIV_APP_ID": APP_ID, "AKTIV_APP_NAME": 'A "quoted" name',
                                "AKTIV_PUBLISHER_NAME": "X", "AKTIV_PUBLISHER_URL": "https://x.example"}, [])
    assert manifest["name"]["short"] == 'A "quoted" name'


def test_cli_writes_the_package(tmp_path):
    env = {"MICROSOFT_APP_ID": APP_ID, "MICROSOFT_APP_PASSWORD": "x", "AKTIV_ALLOWED_TENANTS": "t",
           "PATH": "/usr/bin:/bin"}
    out = tmp_path / "appPackage.zip"
    done = subprocess.run([sys.executable, "-m", "manifest", "--output", str(out)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert zipfile.ZipFile(out).namelist() == ["manifest.json", "color.png", "outline.png"]
    failed = subprocess.run([sys.executable, "-m", "manifest", "--output", str(out)], cwd=ROOT,
                            env={"PATH": "/usr/bin:/bin"}, capture_output=True, text=True, timeout=60)
    assert failed.returncode == 2 and "MICROSOFT_APP_ID" in failed.stderr
