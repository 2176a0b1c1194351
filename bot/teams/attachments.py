"""Attached job ads: Teams file download info → text.

In a personal chat with ``supportsFiles`` Teams sends an uploaded file as an attachment of
type ``application/vnd.microsoft.teams.file.download.info`` whose ``content.downloadUrl`` is
a short-lived, pre-authorised link. The sender chooses that URL, so we download only what
``DownloadPolicy`` allows (https from Microsoft 365 file hosts, public addresses only, no
redirects; ``bot.teams.download_policy``), stop at ``max_bytes`` and a time limit, and extract the text with
python-docx, pypdf or a plain decode. The text then goes through the same guardrail as
anything typed. Failures become ``AttachmentError`` with a Norwegian message.
"""

from __future__ import annotations

import asyncio
import io
import logging
from dataclasses import dataclass

import aiohttp
from botbuilder.schema import Activity

from bot.logging_setup import log_event, safe_id
from bot.teams.download_policy import DownloadPolicy, GuardedResolver, RefusedAddressError
from dialogs import messages

logger = logging.getLogger(__name__)

FILE_DOWNLOAD_INFO = "application/vnd.microsoft.teams.file.download.info"
SUPPORTED_TYPES = ("docx", "pdf", "txt")


@dataclass(frozen=True)
class AttachedFile:
    name: str
    file_type: str  # "docx", "pdf", "txt" … (Teams' fileType, else the name's extension)
    download_url: str


class AttachmentError(Exception):
    """A file we cannot use; ``user_message`` says why, in Norwegian."""

    def __init__(self, kind: str, name: str, **values: object) -> None:
        super().__init__(f"attachment refused: {kind}")
        self.kind = kind
        self.name = name
        self.values = values

    @property
    def user_message(self) -> str:
        if self.kind == "unsupported":
            return messages.text("teams.attachment.unsupported", name=self.name)
        if self.kind == "too_large":
            return messages.text("teams.attachment.too_large", name=self.name, **self.values)
        if self.kind == "empty":
            return messages.text("teams.attachment.empty", name=self.name)
        if self.kind == "refused":
            return messages.text("teams.attachment.refused", name=self.name)
        if self.kind == "download_failed":
            return messages.text("teams.attachment.download_failed", name=self.name)
        return messages.text("teams.attachment.broken", name=self.name)


def find_attached_files(activity: Activity) -> list[AttachedFile]:
    """The files a user attached (Teams file download info attachments only)."""
    files = []
    for attachment in activity.attachments or []:
        if attachment.content_type != FILE_DOWNLOAD_INFO or not isinstance(attachment.content, dict):
            continue
        url = attachment.content.get("downloadUrl")
        if not isinstance(url, str) or not url:
            continue
        name = attachment.name or "vedlegg"
        file_type = str(attachment.content.get("fileType") or name.rpartition(".")[2]).lower().lstrip(".")
        files.append(AttachedFile(name=name, file_type=file_type, download_url=url))
    return files


def extract_text(data: bytes, file_type: str) -> str:
    """The text of a .docx, .pdf or .txt file; raises ``ValueError`` on a broken file."""
    if file_type == "txt":
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return data.decode("cp1252", errors="strict")
    if file_type == "docx":
        from docx import Document

        document = Document(io.BytesIO(data))
        lines = [paragraph.text for paragraph in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                lines.append(" | ".join(cell.text for cell in row.cells))
        return "\n".join(lines)
    if file_type == "pdf":
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValueError("encrypted pdf")
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    raise ValueError(f"unsupported type {file_type}")


class AttachmentReader:
    """Downloads one attached file from the URL Teams gave and returns its text."""

    def __init__(self, *, max_bytes: int, timeout_seconds: float = 20.0,
                 policy: DownloadPolicy | None = None) -> None:
        self._max_bytes = max_bytes
        self._timeout = aiohttp.ClientTimeout(total=timeout_seconds, connect=min(5.0, timeout_seconds))
        self._policy = policy or DownloadPolicy()

    async def read_text(self, file: AttachedFile) -> str:
        if file.file_type not in SUPPORTED_TYPES:
            raise AttachmentError("unsupported", file.name)
        problem = self._policy.url_problem(file.download_url)
        if problem is not None:
            log_event(logger, "attachment.refused", level=logging.WARNING, reason=problem,
                      file_type=safe_id(file.file_type))
            raise AttachmentError("refused", file.name)
        data = await self._download(file)
        try:
            text = await asyncio.to_thread(extract_text, data, file.file_type)
        except Exception as error:  # python-docx and pypdf raise many kinds on broken files
            log_event(logger, "attachment.unreadable", file_type=file.file_type, exception_type=type(error).__name__)
            raise AttachmentError("broken", file.name) from None
        text = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()
        if not text:
            raise AttachmentError("empty", file.name)
        log_event(logger, "attachment.read", file_type=file.file_type, bytes=len(data), chars=len(text))
        return text

    async def _download(self, file: AttachedFile) -> bytes:
        too_large = AttachmentError("too_large", file.name, limit=self._max_bytes // 1024)
        data = bytearray()
        try:
            connector = aiohttp.TCPConnector(resolver=GuardedResolver(self._policy), limit=4)
            async with aiohttp.ClientSession(timeout=self._timeout, connector=connector) as session:
                async with session.get(file.download_url, allow_redirects=False) as response:
                    if response.status != 200:
                        log_event(logger, "attachment.download_failed", http_status=response.status)
                        raise AttachmentError("download_failed", file.name)
                    if (response.content_length or 0) > self._max_bytes:
                        raise too_large
                    async for chunk in response.content.iter_chunked(64 * 1024):
                        data.extend(chunk)
                        if len(data) > self._max_bytes:
                            raise too_large
        except RefusedAddressError:
            log_event(logger, "attachment.refused", level=logging.WARNING, reason="address_not_allowed",
                      file_type=safe_id(file.file_type))
            raise AttachmentError("refused", file.name) from None
        except (aiohttp.ClientError, TimeoutError, OSError, ValueError) as error:
            refused = isinstance(getattr(error, "os_error", None), RefusedAddressError)
            log_event(logger, "attachment.download_failed", exception_type=type(error).__name__,
                      reason="address_not_allowed" if refused else None)
            raise AttachmentError("refused" if refused else "download_failed", file.name) from None
        return bytes(data)
