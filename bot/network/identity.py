"""Who is talking: tenant, a pseudonymous owner key, and whether they are an AKTIV admin.

Admins are listed in ``AKTIV_ADMINS`` (Entra object ids or Teams user ids). In anonymous
local mode (no app id) with no admins listed, the local user is admin, so the Playground and
the terminal can try ``/statistikk`` and ``/del kanal``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from botbuilder.core import TurnContext

from bot.http.tenant_middleware import tenant_id_of

# The tenant of a conversation that names none (the terminal, anonymous local tests).
NO_TENANT = "local"


@dataclass(frozen=True)
class Who:
    tenant: str
    owner: str  # stable pseudonymous key of the user; never shown, never a name
    name: str
    is_admin: bool


def tenant_of(turn_context: TurnContext) -> str:
    """The turn's tenant by the same resolver as the tenant allow-list, so the allowed tenant is
    the storage key; ``local`` when it names none."""
    return tenant_id_of(turn_context.activity) or NO_TENANT


def owner_key(tenant: str, user_id: str) -> str:
    return hashlib.sha256(f"aktiv-owner:{tenant}:{user_id}".encode()).hexdigest()[:32]


class Identities:
    def __init__(self, admins: tuple[str, ...], *, anonymous: bool):
        self._admins = frozenset(admins)
        self._everyone_admin = anonymous and not admins

    def who(self, turn_context: TurnContext) -> Who:
        sender = turn_context.activity.from_property
        ids = {getattr(sender, "aad_object_id", None), getattr(sender, "id", None)} - {None, ""}
        user_id = getattr(sender, "aad_object_id", None) or getattr(sender, "id", None) or "unknown"
        tenant = tenant_of(turn_context)
        return Who(tenant=tenant, owner=owner_key(tenant, user_id), name=getattr(sender, "name", "") or "",
                   is_admin=self._everyone_admin or bool(ids & self._admins))
