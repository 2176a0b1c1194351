"""``python -m manifest``: write ``build/appPackage.zip`` for uploading AKTIV to Teams.

The committed ``manifest.template.json`` has placeholders (``${{AKTIV_APP_ID}}`` …), never a
real id. The builder fills them from the settings (``MICROSOFT_APP_ID``, ``AKTIV_APP_NAME``,
``AKTIV_PUBLISHER_NAME``, ``AKTIV_PUBLISHER_URL``), generates ``commandLists`` from
``prompts/commands.yaml`` (the one definition of the commands) and zips the manifest with
the two icons.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import uuid
import zipfile
from pathlib import Path

from dialogs.task_definition import Command, load_library

MANIFEST_DIR = Path(__file__).resolve().parent
TEMPLATE = MANIFEST_DIR / "manifest.template.json"
ICONS = ("color.png", "outline.png")
PLACEHOLDER = re.compile(r"\$\{\{([A-Z_]+)\}\}")
DEFAULT_OUTPUT = MANIFEST_DIR.parent / "build" / "appPackage.zip"


class PackageError(ValueError):
    """A value the package needs is missing or wrong; the message names the setting."""


def command_list(commands: list[Command]) -> list[dict]:
    """Teams ``commands`` entries from prompts/commands.yaml (title ≤ 32, description ≤ 128)."""
    return [{"title": command.name, "description": command.description} for command in commands]


def render_manifest(values: dict[str, str], commands: list[Command], template: str | None = None) -> dict:
    """The manifest with ``values`` filled in and the command lists generated."""
    text = TEMPLATE.read_text(encoding="utf-8") if template is None else template
    missing = sorted(set(PLACEHOLDER.findall(text)) - set(values))
    if missing:
        raise PackageError(f"no value for {', '.join(missing)}")
    # Values are JSON-escaped so a name with quotes cannot break the document.
    filled = PLACEHOLDER.sub(lambda m: json.dumps(values[m.group(1)], ensure_ascii=False)[1:-1], text)
    manifest = json.loads(filled)
    for bot in manifest.get("bots", []):
        for entry in bot.get("commandLists", []):
            entry["commands"] = command_list(commands)
    return manifest


def values_from_settings(settings) -> dict[str, str]:
    app_id = settings.app_id
    try:
        uuid.UUID(app_id)
    except ValueError:
        raise PackageError("MICROSOFT_APP_ID must be the bot's app registration id (a GUID)") from None
    return {"AKTIV_APP_ID": app_id, "AKTIV_APP_NAME": settings.app_name,
            "AKTIV_PUBLISHER_NAME": settings.publisher_name, "AKTIV_PUBLISHER_URL": settings.publisher_url}


def write_package(manifest: dict, output: Path) -> Path:
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
        for icon in ICONS:
            archive.write(MANIFEST_DIR / icon, icon)
    return output


def build_package(settings, output: Path = DEFAULT_OUTPUT) -> Path:
    manifest = render_manifest(values_from_settings(settings), list(load_library().commands))
    return write_package(manifest, output)


def main(argv: list[str] | None = None) -> int:
    from bot.settings import Settings, SettingsError

    parser = argparse.ArgumentParser(prog="python -m manifest", description="Build the Teams app package")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="zip file to write")
    args = parser.parse_args(argv)
    try:
        path = build_package(Settings.from_env(), args.output)
    except (SettingsError, PackageError) as error:
        print(f"Cannot build the Teams app package: {error}", file=sys.stderr)
        return 2
    print(f"Wrote {path}")
    return 0
