"""The emulator's OAuth token endpoint (``POST /connect/token``): the client credentials grant,
with the client id and secret in the form or as HTTP Basic, and OAuth 2 error answers."""

from __future__ import annotations

import base64
import binascii
from typing import Any
from urllib.parse import unquote_plus

from aiohttp import web

from .responses import json_response
from .state import State

__all__ = ["token_answer"]


def _basic_credentials(header: str) -> tuple[str, str] | None:
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic" or not value:
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    client_id, sep, secret = decoded.partition(":")
    return (unquote_plus(client_id), unquote_plus(secret)) if sep else None


async def token_answer(state: State, request: web.Request) -> web.Response:
    """``POST /connect/token`` (form): client credentials grant, OAuth 2 errors."""
    form = await request.post()
    grant = form.get("grant_type")
    client_id, secret = form.get("client_id"), form.get("client_secret")
    basic = _basic_credentials(request.headers.get("Authorization", ""))
    if basic is not None:  # client_secret_basic instead of the form fields
        client_id, secret = basic
    if grant != "client_credentials":
        return json_response({"error": "unsupported_grant_type"}, status=400)
    if (
        not isinstance(client_id, str)
        or state.client_credentials.get(client_id) != secret
        or not secret
    ):
        return json_response({"error": "invalid_client"}, status=400)
    scope = form.get("scope")
    body: dict[str, Any] = {
        "access_token": state.issue_token(scope if isinstance(scope, str) else ""),
        "expires_in": int(state.token_lifetime),
        "token_type": "Bearer",
    }
    if isinstance(scope, str) and scope:
        body["scope"] = scope
    return json_response(body, headers={"Cache-Control": "no-store"})
