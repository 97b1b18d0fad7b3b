"""The config file: settings per profile, so that a service URL and an app's client id need not
be typed or exported every time.

``$XDG_CONFIG_HOME/itwin-mesh/config.toml`` (default ``~/.config/itwin-mesh/config.toml``)::

    base_url = "https://api.bentley.com"      # top-level keys: used by every profile
    [profiles.emulator]
    base_url = "http://127.0.0.1:8765"
    client_id = "emulator-client"
    authority = "http://127.0.0.1:8765"
    scopes = ["itwin-platform"]

``--profile NAME`` or ``ITWIN_PROFILE`` picks a profile. Flags win over environment variables,
which win over the profile, which wins over the top-level keys. Secrets (a token, a client
secret) are refused here: they belong in the environment or a secret store.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .argspec import UsageError

__all__ = ["KEYS", "config_path", "environ_with_config", "settings_from"]

KEYS: Mapping[str, str] = {
    "base_url": "ITWIN_API_URL",
    "client_id": "ITWIN_CLIENT_ID",
    "authority": "ITWIN_AUTHORITY",
    "scopes": "ITWIN_SCOPE",
}
"""Config keys and the environment variables they stand in for."""
_SECRET_KEYS = ("token", "access_token", "client_secret", "secret", "password")


def config_path(environ: Mapping[str, str]) -> Path:
    """Where the config file is, per the XDG base directory rules."""
    base = environ.get("XDG_CONFIG_HOME", "").strip()
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".config"
    return root / "itwin-mesh" / "config.toml"


def _values(table: Mapping[str, Any], where: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in table.items():
        if key == "profiles":
            continue
        if key in _SECRET_KEYS:
            raise UsageError(
                f"{where}: {key!r} is a secret and is not read from the config file; "
                "set it in the environment (ITWIN_ACCESS_TOKEN, ITWIN_CLIENT_SECRET)"
            )
        if key not in KEYS:
            raise UsageError(f"{where}: unknown key {key!r} (known: {', '.join(KEYS)})")
        text = value
        if key == "scopes" and isinstance(value, list) and all(isinstance(v, str) for v in value):
            text = " ".join(value)
        if not isinstance(text, str):
            raise UsageError(f"{where}: {key!r} must be a string")
        out[KEYS[key]] = text
    return out


def settings_from(document: Mapping[str, Any], profile: str | None, path: str) -> dict[str, str]:
    """The environment variables a parsed config document sets for ``profile``."""
    settings = _values(document, path)
    profiles = document.get("profiles", {})
    if not isinstance(profiles, Mapping):
        raise UsageError(f"{path}: [profiles] must be a table of tables")
    if profile:
        chosen = profiles.get(profile)
        if not isinstance(chosen, Mapping):
            known = ", ".join(sorted(profiles)) or "none"
            raise UsageError(f"no profile {profile!r} in {path} (profiles: {known})")
        settings.update(_values(chosen, f"{path} [profiles.{profile}]"))
    return settings


def environ_with_config(profile: str | None, environ: Mapping[str, str]) -> dict[str, str]:
    """``environ`` completed with the config file's settings (the environment wins)."""
    profile = (profile or environ.get("ITWIN_PROFILE", "")).strip() or None
    path = config_path(environ)
    try:
        with path.open("rb") as file:
            document = tomllib.load(file)
    except FileNotFoundError:
        if profile:
            raise UsageError(f"--profile {profile}: there is no config file {path}") from None
        return dict(environ)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path} is not valid TOML: {exc}") from None
    except OSError as exc:
        raise UsageError(f"{path} cannot be read: {exc.strerror}") from None
    merged = settings_from(document, profile, str(path))
    merged.update({k: v for k, v in environ.items() if k not in KEYS.values() or v.strip()})
    return merged
