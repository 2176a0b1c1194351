"""Where an attached file may be downloaded from (the SSRF guard for attachments).

A ``file.download.info`` attachment names a URL, and whoever sends the activity chooses it.
We fetch only over https from Microsoft 365 file hosts (a host-suffix allow-list,
``AKTIV_ATTACHMENT_HOSTS``) and only when every address the name resolves to is a public
one: loopback, private, link-local (cloud metadata at 169.254.169.254), shared, reserved and
multicast addresses are refused. The address check runs in the HTTP client's resolver, so it
applies to the addresses actually connected to (no second lookup that could differ), and
redirects are not followed. ``DownloadPolicy.loopback_for_tests()`` is the one exception:
plain http to 127.0.0.1, for the tests' local file server; no setting turns it on.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from aiohttp.abc import ResolveResult
from aiohttp.resolver import ThreadedResolver

from bot.settings import DEFAULT_ATTACHMENT_HOSTS

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class RefusedAddressError(OSError):
    """A download host resolved to an address we never connect to."""


@dataclass(frozen=True)
class DownloadPolicy:
    host_suffixes: tuple[str, ...] = DEFAULT_ATTACHMENT_HOSTS
    allow_loopback: bool = False  # tests only: plain http to 127.0.0.1

    @classmethod
    def loopback_for_tests(cls) -> DownloadPolicy:
        return cls(host_suffixes=("127.0.0.1",), allow_loopback=True)

    def url_problem(self, url: str) -> str | None:
        """Why ``url`` may not be fetched (a short reason for logs), or None."""
        try:
            parts = urlsplit(url)
            host = (parts.hostname or "").rstrip(".").lower()
            parts.port  # noqa: B018 - raises ValueError on a bad port
        except ValueError:
            return "malformed_url"
        if not host:
            return "malformed_url"
        if parts.username or parts.password:
            return "credentials_in_url"
        if parts.scheme != "https" and not (self.allow_loopback and parts.scheme == "http"):
            return "scheme_not_allowed"
        if not any(host == suffix or host.endswith("." + suffix) for suffix in self.host_suffixes):
            return "host_not_allowed"
        literal = _ip_or_none(host)
        if literal is not None and not self.address_allowed(literal):
            return "address_not_allowed"
        return None

    def address_allowed(self, address: Address) -> bool:
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        if self.allow_loopback and address.is_loopback:
            return True
        return address.is_global and not address.is_multicast


class GuardedResolver(ThreadedResolver):
    """aiohttp's resolver that refuses names resolving to any address the policy refuses."""

    def __init__(self, policy: DownloadPolicy) -> None:
        super().__init__()
        self._policy = policy

    async def resolve(self, host: str, port: int = 0,
                      family: socket.AddressFamily = socket.AF_INET) -> list[ResolveResult]:
        results = await super().resolve(host, port, family)
        for result in results:
            address = _ip_or_none(result["host"])
            if address is None or not self._policy.address_allowed(address):
                raise RefusedAddressError(f"refused address for download host (family {result['family']})")
        return results


def _ip_or_none(text: str) -> Address | None:
    try:
        return ipaddress.ip_address(text.strip("[]").split("%")[0])
    except ValueError:
        return None
