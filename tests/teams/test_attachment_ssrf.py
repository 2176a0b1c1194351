"""Attachments cannot make the bot fetch an address the sender chose (issue 14, item 1).

A loopback "secret" server stands for anything inside the network (metadata service,
admin pages). Every attempt goes over real HTTP into the app as ``python -m bot serve``
builds it; the secret server must see no request, the user gets the Norwegian refusal and
the dialog goes on."""

from __future__ import annotations

import ipaddress

import pytest
from aiohttp import web

from bot.composition import build_components
from bot.teams.attachments import FILE_DOWNLOAD_INFO, AttachedFile, AttachmentError, AttachmentReader
from bot.teams.download_policy import DownloadPolicy
from dialogs import messages
from tests.bot_http.helpers import serve
from tests.fakes.activities import make_message

SECRET = "hemmelig-intern-verdi-42"


@pytest.fixture
async def secret_server():
    hits: list[str] = []
    app = web.Application()

    async def secret(request: web.Request) -> web.Response:
        hits.append(request.path)
        return web.Response(text=f"Stillingsannonse {SECRET}")

    async def redirect(request: web.Request) -> web.Response:
        hits.append(request.path)
        raise web.HTTPFound("/secret.txt")

    app.router.add_get("/secret.txt", secret)
    app.router.add_get("/redirect.txt", redirect)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    yield port, hits
    await runner.cleanup()


def _urls(port: int) -> list[str]:
    return [
        f"http://127.0.0.1:{port}/secret.txt",
        f"http://localhost:{port}/secret.txt",
        f"https://127.0.0.1:{port}/secret.txt",
        f"https://localhost:{port}/secret.txt",
        f"https://[::1]:{port}/secret.txt",
        f"https://[::ffff:127.0.0.1]:{port}/secret.txt",
        "https://169.254.169.254/latest/meta-data/",
        "https://10.0.0.1/secret.txt",
        "https://evil.example/secret.txt",
        "https://contoso.sharepoint.com.evil.example/secret.txt",
        f"https://user:pw@contoso.sharepoint.com:{port}/secret.txt",
        "http://contoso.sharepoint.com/secret.txt",  # plain http even from an allowed host
        "http://[::1",  # malformed
    ]


async def _send_with_file(client, connector, url: str, conversation_id: str) -> int:
    activity = make_message("/annonse", connector.service_url, conversation_id=conversation_id)
    activity["attachments"] = [{"contentType": FILE_DOWNLOAD_INFO, "name": "annonse.txt",
                                "content": {"downloadUrl": url, "fileType": "txt", "uniqueId": "u-1"}}]
    response = await client.post("/api/messages", json=activity)
    return response.status


async def test_no_attachment_url_reaches_an_address_the_sender_chose(anonymous_settings, stub_connector, guardrail,
                                                                   secret_server):
    port, hits = secret_server
    bot = build_components(anonymous_settings, guardrail=guardrail, teams=True).bot
    refusal = messages.text("teams.attachment.refused", name="annonse.txt")
    async with serve(anonymous_settings, bot) as client:
        for number, url in enumerate(_urls(port)):
            before = len(stub_connector.activities)
            assert await _send_with_file(client, stub_connector, url, f"a:ssrf-{number}") == 201, url
            texts = [a.get("text") or "" for a in stub_connector.activities[before:]]
            assert texts == [refusal], url
        # The dialog goes on: the same conversation still takes a command.
        response = await client.post("/api/messages", json=make_message(
            "/hjelp", stub_connector.service_url, conversation_id="a:ssrf-0"))
        assert response.status == 201
        # A lone surrogate in the URL: the activity is refused at the edge (400), nothing fetched.
        assert await _send_with_file(client, stub_connector, f"https://127.0.0.1:{port}\ud800/s.txt", "a:x") == 400
    assert hits == []
    assert all(SECRET not in str(activity) for activity in stub_connector.activities)


async def test_an_allowed_name_that_resolves_to_loopback_is_refused(anonymous_settings, stub_connector, guardrail,
                                                                    secret_server):
    """``localhost`` on the allow-list stands for a DNS name an attacker points at an inside address."""
    port, hits = secret_server
    settings = anonymous_settings.model_copy(update={"attachment_hosts": ("localhost",)})
    bot = build_components(settings, guardrail=guardrail, teams=True).bot
    async with serve(settings, bot) as client:
        assert await _send_with_file(client, stub_connector, f"https://localhost:{port}/secret.txt", "a:dns") == 201
    assert stub_connector.texts() == [messages.text("teams.attachment.refused", name="annonse.txt")]
    assert hits == []


async def test_redirects_are_not_followed(secret_server):
    port, hits = secret_server
    reader = AttachmentReader(max_bytes=4096, policy=DownloadPolicy.loopback_for_tests())
    with pytest.raises(AttachmentError) as error:
        await reader.read_text(AttachedFile("a.txt", "txt", f"http://127.0.0.1:{port}/redirect.txt"))
    assert error.value.kind == "download_failed"
    assert hits == ["/redirect.txt"]


async def test_a_slow_file_host_is_cut_off(tarpit):
    reader = AttachmentReader(max_bytes=4096, timeout_seconds=0.5, policy=DownloadPolicy.loopback_for_tests())
    with pytest.raises(AttachmentError) as error:
        await reader.read_text(AttachedFile("a.txt", "txt", f"http://127.0.0.1:{tarpit}/a.txt"))
    assert error.value.kind == "download_failed"


@pytest.mark.parametrize("address, allowed", [
    ("127.0.0.1", False), ("10.1.2.3", False), ("172.16.0.1", False), ("192.168.1.1", False),
    ("169.254.169.254", False), ("100.64.0.1", False), ("0.0.0.0", False), ("224.0.0.1", False),
    ("::1", False), ("fe80::1", False), ("fc00::1", False), ("::ffff:10.0.0.1", False),
    ("52.108.0.1", True), ("2603:1063::1", True),
])
def test_only_public_addresses_are_allowed(address, allowed):
    assert DownloadPolicy().address_allowed(ipaddress.ip_address(address)) is allowed


@pytest.mark.parametrize("url, problem", [
    ("https://contoso.sharepoint.com/sites/hr/annonse.docx", None),
    ("https://contoso-my.sharepoint.com/personal/x/download.aspx?UniqueId=1", None),
    ("https://sharepoint.com.evil.example/x", "host_not_allowed"),
    ("https://evilsharepoint.com/x", "host_not_allowed"),
    ("http://contoso.sharepoint.com/x", "scheme_not_allowed"),
    ("https://a:b@contoso.sharepoint.com/x", "credentials_in_url"),
    ("https://contoso.sharepoint.com:99999/x", "malformed_url"),
    ("http://[::1", "malformed_url"),
])
def test_url_rules(url, problem):
    assert DownloadPolicy().url_problem(url) == problem
