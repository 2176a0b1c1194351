"""Anonymous mode (no app id) is for a client on this machine only (issue 14, item 2)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bot.settings import PROJECT_ROOT, Settings, SettingsError
from tests.bot_http.bots import EchoBot
from tests.bot_http.helpers import serve
from tests.fakes.activities import make_message


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "10.0.0.5", "aktiv.example", "192.168.1.20"])
def test_anonymous_mode_refuses_a_non_loopback_host(host):
    with pytest.raises(SettingsError) as error:
        Settings.from_env({"AKTIV_HOST": host})
    assert "AKTIV_HOST" in str(error.value) and "MICROSOFT_APP_ID" in str(error.value)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2"])
def test_anonymous_mode_on_loopback_starts(host):
    assert Settings.from_env({"AKTIV_HOST": host}).host == host


def test_with_an_app_id_any_interface_is_allowed():
    settings = Settings.from_env({"AKTIV_HOST": "0.0.0.0", "MICROSOFT_APP_ID": "app", "MICROSOFT_APP_PASSWORD": "pw",
                                  "AKTIV_ALLOWED_TENANTS": "t-1"})
    assert settings.host == "0.0.0.0"


def test_serve_stops_with_a_message_naming_the_variable():
    env = {key: value for key, value in os.environ.items() if not key.startswith(("AKTIV_", "MICROSOFT_"))}
    env["AKTIV_HOST"] = "0.0.0.0"
    result = subprocess.run([sys.executable, "-m", "bot", "serve"], cwd=PROJECT_ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "AKTIV_HOST=0.0.0.0" in result.stderr and "loopback" in result.stderr


async def test_anonymous_mode_replies_only_to_a_loopback_service_url(anonymous_settings, stub_connector):
    bot = EchoBot()
    async with serve(anonymous_settings, bot) as client:
        far = await client.post("/api/messages", json=make_message("hei", "https://smba.trafficmanager.net/emea/"))
        assert far.status == 400 and (await far.json())["error"] == "service_url_not_loopback"
        near = await client.post("/api/messages", json=make_message("hei", stub_connector.service_url))
        assert near.status == 201
    assert bot.turns == 1 and stub_connector.texts() == ["echo:3:hei"]
