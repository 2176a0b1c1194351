"""Attached job ads: Teams file download info → text (python-docx, pypdf, txt), served from a
loopback file server; errors in Norwegian; the text goes through the guardrail like typed text."""

from __future__ import annotations

import io

import pytest
from aiohttp import web
from botbuilder.schema import Activity, ActivityTypes, Attachment
from docx import Document

from bot.teams.attachments import FILE_DOWNLOAD_INFO, AttachedFile, AttachmentError, AttachmentReader, extract_text
from bot.teams.download_policy import DownloadPolicy
from dialogs import messages
from tests.dialogs.samples import ANNONSE, GUIDE, KRAV, valid_fodselsnummer
from tests.teams.card_driver import cards_in, inputs, press, text_of

LOOPBACK = DownloadPolicy.loopback_for_tests()


def docx_bytes(text: str) -> bytes:
    document = Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Søknadsfrist", "1. mars"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(lines: list[str]) -> bytes:
    """A minimal one-page PDF with Helvetica text (hand-built: no PDF writer is installed)."""
    content = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for line in lines) + " ET"
    stream = content.encode("cp1252")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


AD_LINES = ANNONSE.split("\n")
FILES = {
    "annonse.docx": docx_bytes(ANNONSE),
    "annonse.pdf": pdf_bytes(AD_LINES),
    "annonse.txt": ANNONSE.encode("utf-8"),
    "annonse-latin1.txt": ANNONSE.encode("cp1252"),
    "broken.docx": b"PK\x03\x04 not really a zip",
    "broken.pdf": b"%PDF-1.4\n this is not a pdf",
    "empty.txt": b"   \n  ",
    "big.txt": b"x" * (100 * 1024),
    "intervjuguide.docx": docx_bytes(GUIDE),
    "fnr.docx": docx_bytes(f"Søker med fødselsnummer {valid_fodselsnummer()} har sendt inn søknad.\n{ANNONSE}"),
}


@pytest.fixture
async def file_server():
    app = web.Application()

    async def download(request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in FILES:
            return web.Response(status=404)
        return web.Response(body=FILES[name])

    app.router.add_get("/files/{name}", download)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}/files/"
    await runner.cleanup()


def _file(base: str, name: str, file_type: str | None = None) -> AttachedFile:
    return AttachedFile(name=name, file_type=file_type or name.rpartition(".")[2], download_url=base + name)


@pytest.mark.parametrize("name", ["annonse.docx", "annonse.pdf", "annonse.txt", "annonse-latin1.txt"])
async def test_supported_files_give_their_text(file_server, name):
    text = await AttachmentReader(max_bytes=64 * 1024, policy=LOOPBACK).read_text(_file(file_server, name))
    assert "Vi søker en engasjert rådgiver" in text
    assert "Søknadsfrist" in text


@pytest.mark.parametrize("name, file_type, kind", [
    ("broken.docx", None, "broken"),
    ("broken.pdf", None, "broken"),
    ("empty.txt", None, "empty"),
    ("big.txt", None, "too_large"),
    ("missing.pdf", None, "download_failed"),
    ("bilde.png", "png", "unsupported"),
    ("program.exe", "exe", "unsupported"),
])
async def test_unusable_files_get_a_clear_norwegian_message(file_server, name, file_type, kind):
    with pytest.raises(AttachmentError) as error:
        await AttachmentReader(max_bytes=64 * 1024, policy=LOOPBACK).read_text(_file(file_server, name, file_type))
    assert error.value.kind == kind
    assert name in error.value.user_message


@pytest.mark.parametrize("url", [
    "http://example.com/annonse.txt",          # plain http off the machine: never (and no network here)
    "ftp://127.0.0.1/annonse.txt",
    "file:///etc/passwd",
    "javascript:alert(1)",
])
async def test_only_allowed_urls_are_fetched(url):
    with pytest.raises(AttachmentError) as error:
        await AttachmentReader(max_bytes=1024, policy=LOOPBACK).read_text(AttachedFile("a.txt", "txt", url))
    assert error.value.kind == "refused"


def test_extract_text_refuses_unknown_types():
    with pytest.raises(ValueError):
        extract_text(b"abc", "rtf")


def _file_message(base: str, name: str, text: str = "vedlagt stillingsannonse") -> tuple[str, Attachment]:
    return text, Attachment(content_type=FILE_DOWNLOAD_INFO, name=name,
                            content={"downloadUrl": base + name, "uniqueId": "u-1",
                                     "fileType": name.rpartition(".")[2]})


async def _say_with_file(chat, base: str, name: str, text: str = "vedlagt stillingsannonse"):
    text, attachment = _file_message(base, name, text)
    chat.adapter.activity_buffer.clear()
    await chat.adapter.receive_activity(Activity(type=ActivityTypes.message, text=text, attachments=[attachment]))
    replies = [a for a in chat.adapter.activity_buffer if a.type == ActivityTypes.message]
    chat.adapter.activity_buffer.clear()
    return replies


async def test_attached_ad_is_offered_the_tasks_and_then_used(make_teams_conversation, file_server):
    chat = make_teams_conversation(download_policy=LOOPBACK)
    replies = await _say_with_file(chat, file_server, "annonse.docx")
    assert messages.text("teams.attachment.received", name="annonse.docx", chars="").split("(")[0] in text_of(replies)
    assert messages.text("dialog.ad_offer") in text_of(replies)
    started = text_of(await chat.say("/screening"))
    assert "Screeningspørsmål" in started


async def test_command_with_attached_ad_uses_the_file_as_its_text(make_teams_conversation, file_server):
    chat = make_teams_conversation(download_policy=LOOPBACK)
    replies = await _say_with_file(chat, file_server, "annonse.pdf", text="/annonse")
    cards = cards_in(replies)
    assert cards and any("Vi søker en engasjert rådgiver" in v for v in inputs(cards[0]).values())


async def test_attached_ad_with_a_fodselsnummer_is_blocked(make_teams_conversation, openai_settings, fake_openai,
                                                           file_server):
    chat = make_teams_conversation(openai_settings.model_copy(update={"storage": "memory"}),
                                   download_policy=LOOPBACK)
    replies = await _say_with_file(chat, file_server, "fnr.docx", text="/annonse")
    blocked = cards_in(await press(chat, cards_in(replies)[0], "Send"))
    assert "Fødselsnummer" in str(blocked) and fake_openai.requests == []


async def test_broken_attachment_stops_the_turn_with_a_message(make_teams_conversation, file_server):
    chat = make_teams_conversation(download_policy=LOOPBACK)
    replies = await _say_with_file(chat, file_server, "broken.pdf", text="/annonse")
    assert text_of(replies) == messages.text("teams.attachment.broken", name="broken.pdf")


async def test_a_guide_attached_with_inspirasjon_becomes_inspiration(make_teams_conversation, openai_settings,
                                                                     fake_openai, file_server):
    chat = make_teams_conversation(openai_settings.model_copy(update={"storage": "memory"}),
                                   download_policy=LOOPBACK)
    await chat.say("/intervju " + KRAV)
    await chat.say("rådgiver i HR")
    replies = await _say_with_file(chat, file_server, "intervjuguide.docx", text="inspirasjon")
    label = "Intervjuguide fra en annen prosess"
    assert f"**{label}** er lagt inn" in text_of(replies)
    preview = cards_in(replies)[-1]
    assert "Må-krav 2, budsjettarbeid" in inputs(preview)["input_intervjuguide"]
    fake_openai.queue_answer("1. Fortell om utdanningen din.")
    await press(chat, preview, "Send")
    sent = fake_openai.requests[0].sent_text
    assert "Må-krav 2, budsjettarbeid" in sent and "God teknologiforståelse" in sent
