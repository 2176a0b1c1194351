"""Configuration from the environment, validated once at start-up.

Every setting is documented in the README's configuration table. A bad value stops
start-up with a ``SettingsError`` that names the environment variable.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# Teams hands out SharePoint / OneDrive download links (tenant-my.sharepoint.com, …).
DEFAULT_ATTACHMENT_HOSTS = ("sharepoint.com", "sharepoint.us", "onedrive.com", "onedrive.live.com", "1drv.ms",
                            "1drv.com", "svc.ms", "teams.microsoft.com")

# Environment variable → field name. The README's table lists the same names.
ENV_FIELDS: dict[str, str] = {
    "AKTIV_HOST": "host",
    "AKTIV_PORT": "port",
    "MICROSOFT_APP_ID": "app_id",
    "MICROSOFT_APP_PASSWORD": "app_password",
    "MICROSOFT_APP_TYPE": "app_type",
    "MICROSOFT_APP_TENANT_ID": "app_tenant_id",
    "AKTIV_ALLOWED_TENANTS": "allowed_tenants",
    "OPENAI_API_KEY": "openai_api_key",
    "OPENAI_BASE_URL": "openai_base_url",
    "AZURE_OPENAI_ENDPOINT": "azure_openai_endpoint",
    "AZURE_OPENAI_API_KEY": "azure_openai_api_key",
    "OPENAI_API_VERSION": "openai_api_version",
    "AKTIV_MODEL": "model",
    "AKTIV_MODEL_TIMEOUT": "model_timeout_seconds",
    "AKTIV_MAX_INPUT_CHARS": "max_input_chars",
    "AKTIV_STORAGE": "storage",
    "AKTIV_BLOB_CONNECTION_STRING": "blob_connection_string",
    "AKTIV_BLOB_CONTAINER": "blob_container",
    "AKTIV_COSMOS_ENDPOINT": "cosmos_endpoint",
    "AKTIV_COSMOS_KEY": "cosmos_key",
    "AKTIV_COSMOS_DATABASE": "cosmos_database",
    "AKTIV_COSMOS_CONTAINER": "cosmos_container",
    "AKTIV_RETENTION_HOURS": "retention_hours",
    "AKTIV_NETWORK_TEAM_ID": "network_team_id",
    "AKTIV_NETWORK_CHANNEL_ID": "network_channel_id",
    "AKTIV_ADMINS": "admins",
    "AKTIV_POLICY": "policy_path",
    "AKTIV_APP_NAME": "app_name",
    "AKTIV_PUBLISHER_NAME": "publisher_name",
    "AKTIV_PUBLISHER_URL": "publisher_url",
    "AKTIV_STREAMING": "streaming",
    "AKTIV_ATTACHMENT_MAX_KB": "attachment_max_kb",
    "AKTIV_ATTACHMENT_HOSTS": "attachment_hosts",
    "AKTIV_LOG_LEVEL": "log_level",
    "AKTIV_CONNECTOR_TIMEOUT": "connector_timeout_seconds",
    "AKTIV_GUARDRAIL_PROCESSES": "guardrail_processes",
}


def is_loopback_host(host: str) -> bool:
    """``localhost`` or a loopback address (127.0.0.0/8, ::1)."""
    host = host.strip().strip("[]").lower().rstrip(".")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class SettingsError(ValueError):
    """A setting is missing or wrong; the message names the environment variable."""


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    host: str = "127.0.0.1"
    port: int = Field(3978, ge=1, le=65535)

    app_id: str = ""
    app_password: str = ""
    app_type: Literal["MultiTenant", "SingleTenant", "UserAssignedMSI"] = "MultiTenant"
    app_tenant_id: str = ""
    allowed_tenants: tuple[str, ...] = ()

    openai_api_key: str = ""
    openai_base_url: str = ""
    azure_openai_endpoint: str = ""
    azure_openai_api_key: str = ""
    openai_api_version: str = "2024-10-21"
    model: str = ""
    model_timeout_seconds: float = Field(60.0, gt=0, le=600)

    max_input_chars: int = Field(20_000, ge=100, le=200_000)
    storage: str = str(PROJECT_ROOT / "data" / "aktiv.sqlite3")
    blob_connection_string: str = ""
    blob_container: str = Field("aktiv-state", pattern=r"^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$")
    cosmos_endpoint: str = ""
    cosmos_key: str = ""
    cosmos_database: str = "aktiv"
    cosmos_container: str = "bot-state"
    retention_hours: float = Field(24.0, gt=0, le=24 * 365)
    network_team_id: str = ""
    network_channel_id: str = ""
    admins: tuple[str, ...] = ()
    policy_path: Path | None = None
    # Teams app package (python -m manifest) and Teams features.
    app_name: str = Field("AKTIV", min_length=1, max_length=30)
    publisher_name: str = Field("AKTIV", min_length=1, max_length=32)
    publisher_url: str = Field("https://example.invalid/aktiv", pattern=r"^https://\S+$")
    streaming: bool = True
    attachment_max_kb: int = Field(2048, ge=16, le=20_480)
    # Host suffixes attached files may be downloaded from (https, public addresses only).
    attachment_hosts: tuple[str, ...] = DEFAULT_ATTACHMENT_HOSTS
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    # Longest wait for one Bot Connector call (send, update, members); connecting gets ≤ 3 s of it.
    connector_timeout_seconds: float = Field(10.0, gt=0, le=120)
    # 0: guardrail checks on two threads; n: on n forked worker processes (uses more cores).
    guardrail_processes: int = Field(0, ge=0, le=16)

    @field_validator("allowed_tenants", "admins", "attachment_hosts", mode="before")
    @classmethod
    def _split_tenants(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @model_validator(mode="after")
    def _consistent(self) -> Settings:
        if not self.app_id and not is_loopback_host(self.host):
            # Without an app id nothing is authenticated: only a client on this machine may talk to us.
            raise ValueError(
                f"AKTIV_HOST={self.host} is not a loopback address, but MICROSOFT_APP_ID is not set: without an "
                "app id the bot has no authentication and listens on 127.0.0.1 or localhost only "
                "(set MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and AKTIV_ALLOWED_TENANTS to listen on a network)"
            )
        if self.app_id and not self.allowed_tenants:
            raise ValueError(
                "AKTIV_ALLOWED_TENANTS is required when MICROSOFT_APP_ID is set "
                "(comma-separated tenant ids of your organisation)"
            )
        if self.app_id and self.app_type != "UserAssignedMSI" and not self.app_password:
            raise ValueError("MICROSOFT_APP_PASSWORD is required when MICROSOFT_APP_ID is set")
        if self.app_type == "SingleTenant" and self.app_id and not self.app_tenant_id:
            raise ValueError("MICROSOFT_APP_TENANT_ID is required when MICROSOFT_APP_TYPE=SingleTenant")
        if bool(self.azure_openai_endpoint) != bool(self.azure_openai_api_key):
            raise ValueError("AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_API_KEY must be set together")
        if self.azure_openai_endpoint and not self.model:
            raise ValueError("AKTIV_MODEL must name the Azure OpenAI deployment when AZURE_OPENAI_ENDPOINT is set")
        if self.openai_base_url and not self.openai_api_key and not self.azure_openai_endpoint:
            raise ValueError("OPENAI_BASE_URL needs OPENAI_API_KEY (any non-empty value for local servers)")
        if self.storage == "blob" and not self.blob_connection_string:
            raise ValueError("AKTIV_BLOB_CONNECTION_STRING is required when AKTIV_STORAGE=blob")
        if self.storage == "cosmos" and not (self.cosmos_endpoint and self.cosmos_key):
            raise ValueError("AKTIV_COSMOS_ENDPOINT and AKTIV_COSMOS_KEY are required when AKTIV_STORAGE=cosmos")
        if bool(self.network_team_id) != bool(self.network_channel_id):
            raise ValueError("AKTIV_NETWORK_TEAM_ID and AKTIV_NETWORK_CHANNEL_ID must be set together")
        return self

    @property
    def model_provider(self) -> Literal["azure", "openai", "none"]:
        """Which model backend is configured; ``none`` means prompt-builder mode."""
        if self.azure_openai_endpoint:
            return "azure"
        if self.openai_api_key:
            return "openai"
        return "none"

    @property
    def model_name(self) -> str:
        return self.model or "gpt-4o-mini"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read and validate the settings; raise ``SettingsError`` naming the variable."""
        environ = os.environ if environ is None else environ
        values = {field: environ[name] for name, field in ENV_FIELDS.items() if environ.get(name, "") != ""}
        try:
            return cls.model_validate(values)
        except ValidationError as exc:
            field_to_env = {field: name for name, field in ENV_FIELDS.items()}
            problems = []
            for error in exc.errors():
                loc = error.get("loc") or ()
                name = field_to_env.get(str(loc[0]), "") if loc else ""
                message = error["msg"].removeprefix("Value error, ")
                problems.append(f"{name}: {message}" if name else message)
            raise SettingsError("Invalid configuration: " + "; ".join(problems)) from None
