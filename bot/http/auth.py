"""Bot Framework authentication built from our Settings, plus the bearer-token pre-check.

Workaround for botbuilder 4.17.1: a malformed ``Authorization`` header ("Bearer abc",
"Bearer", a token that is not a JWT) makes ``SkillValidation.is_skill_token`` and
``JwtTokenExtractor`` raise ``jwt.DecodeError`` / ``AttributeError`` rather than
``PermissionError``, which ``CloudAdapter.process`` turns into HTTP 500. ``bearer_problem``
spots those headers before the SDK sees them so the adapter can answer 401.
"""

from __future__ import annotations

from types import SimpleNamespace

import jwt
from botbuilder.integration.aiohttp import ConfigurationBotFrameworkAuthentication
from botbuilder.schema import CallerIdConstants
from botframework.connector.auth import AuthenticationConstants, BotFrameworkAuthentication

from bot.http.connector_cache import CachingBotFrameworkAuthentication
from bot.http.connector_transport import CONNECT_TIMEOUT, ConnectorHttp
from bot.http.openid_metadata import install_non_blocking_metadata
from bot.settings import Settings


def sdk_configuration(settings: Settings, *, openid_metadata_url: str | None = None) -> SimpleNamespace:
    """The attribute-style configuration object botbuilder's Configuration* classes read.

    With ``openid_metadata_url`` the SDK's parameterized (public cloud) mode is used so
    tokens are validated against keys published at that URL (tests point it at loopback).
    """
    config = SimpleNamespace(
        APP_ID=settings.app_id or None,
        APP_PASSWORD=settings.app_password or None,
        APP_TYPE=settings.app_type,
        APP_TENANTID=settings.app_tenant_id or None,
    )
    if openid_metadata_url:
        config.VALIDATE_AUTHORITY = True
        config.TO_CHANNEL_FROM_BOT_LOGIN_URL = AuthenticationConstants.TO_CHANNEL_FROM_BOT_LOGIN_URL
        config.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE = AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE
        config.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER = AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER
        config.OAUTH_URL = AuthenticationConstants.OAUTH_URL
        config.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL = openid_metadata_url
        config.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL = openid_metadata_url
        config.CALLER_ID = CallerIdConstants.public_azure_channel
    return config


def build_authentication(
    settings: Settings, *, openid_metadata_url: str | None = None
) -> CachingBotFrameworkAuthentication:
    """SDK authentication from Settings (anonymous without an app id), with our workarounds."""
    install_non_blocking_metadata([openid_metadata_url] if openid_metadata_url else [])
    inner: BotFrameworkAuthentication = ConfigurationBotFrameworkAuthentication(
        sdk_configuration(settings, openid_metadata_url=openid_metadata_url)
    )
    http = ConnectorHttp(call_timeout=settings.connector_timeout_seconds,
                         connect_timeout=min(CONNECT_TIMEOUT, settings.connector_timeout_seconds))
    return CachingBotFrameworkAuthentication(inner, connector_http=http)


def bearer_problem(auth_header: str) -> str | None:
    """Why ``auth_header`` cannot be a Bot Framework bearer token, or None if it might be."""
    if not auth_header:
        return "missing"
    parts = auth_header.split(" ")
    if len(parts) != 2 or parts[0] != "Bearer" or not parts[1]:
        return "not_bearer"
    try:
        jwt.get_unverified_header(parts[1])
        claims = jwt.decode(parts[1], options={"verify_signature": False})
    except jwt.PyJWTError:
        return "not_jwt"
    if not isinstance(claims, dict) or not claims.get("iss"):
        return "no_issuer"
    return None
