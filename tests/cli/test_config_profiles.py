"""The config file's profiles: found by XDG rules, flags > environment > profile > top level."""

from __future__ import annotations

from pathlib import Path

import pytest

from itwin_mesh_async.cli.argspec import UsageError
from itwin_mesh_async.cli.config import config_path, environ_with_config, settings_from
from itwin_mesh_async.emulator import Emulator
from tests.cli_runner import assert_one_error_line, cli_env, run_cli

NOWHERE = "http://127.0.0.1:9"


def test_path_follows_xdg_config_home(tmp_path: Path) -> None:
    assert config_path({"XDG_CONFIG_HOME": str(tmp_path)}) == tmp_path / "itwin-mesh/config.toml"
    assert config_path({}) == Path.home() / ".config/itwin-mesh/config.toml"
    assert config_path({"XDG_CONFIG_HOME": "relative"}).is_relative_to(Path.home())


def test_settings_layering_and_refusals() -> None:
    doc = {
        "base_url": "https://top",
        "scopes": ["a", "b"],
        "profiles": {"p": {"base_url": "https://p", "client_id": "cid", "authority": "https://a"}},
    }
    assert settings_from(doc, None, "f") == {"ITWIN_API_URL": "https://top", "ITWIN_SCOPE": "a b"}
    assert settings_from(doc, "p", "f") == {
        "ITWIN_API_URL": "https://p",
        "ITWIN_SCOPE": "a b",
        "ITWIN_CLIENT_ID": "cid",
        "ITWIN_AUTHORITY": "https://a",
    }
    for bad, fragment in (
        ({"client_secret": "s"}, "is a secret"),
        ({"profiles": {"p": {"token": "t"}}}, "is a secret"),
        ({"colour": "red"}, "unknown key 'colour'"),
        ({"base_url": 3}, "must be a string"),
    ):
        with pytest.raises(UsageError, match=fragment):
            settings_from(bad, "p", "f")
    with pytest.raises(UsageError, match=r"no profile 'q' in f \(profiles: p\)"):
        settings_from(doc, "q", "f")


def test_environment_wins_over_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "itwin-mesh"
    folder.mkdir()
    (folder / "config.toml").write_text('[profiles.x]\nbase_url = "https://file"\n')
    env = {"XDG_CONFIG_HOME": str(tmp_path), "ITWIN_PROFILE": "x"}
    assert environ_with_config(None, env)["ITWIN_API_URL"] == "https://file"
    assert environ_with_config(None, {**env, "ITWIN_API_URL": "https://env"})["ITWIN_API_URL"] == (
        "https://env"
    )
    (folder / "config.toml").write_text("base_url = \n")
    with pytest.raises(UsageError, match="not valid TOML"):
        environ_with_config(None, env)


def _write_config(root: Path, text: str) -> None:
    (root / "itwin-mesh").mkdir(parents=True, exist_ok=True)
    (root / "itwin-mesh" / "config.toml").write_text(text)


async def test_profiles_through_the_cli(emulator: Emulator, tmp_path: Path) -> None:
    emulator.add_export("m1")
    _write_config(
        tmp_path,
        f'base_url = "{NOWHERE}"\n'
        f'[profiles.emu]\nbase_url = "{emulator.base_url}"\n'
        f'client_id = "{emulator.client_id}"\nauthority = "{emulator.base_url}"\n',
    )
    env = cli_env(XDG_CONFIG_HOME=str(tmp_path), ITWIN_CLIENT_SECRET=emulator.client_secret)
    # The profile gives the service and the app; the secret comes from the environment.
    by_flag = await run_cli(
        "--json", "--profile", "emu", "exports", "list", "--imodel", "m1", env=env
    )
    assert by_flag.code == 0, by_flag.err
    assert len(by_flag.json()) == 1
    by_env = await run_cli(
        "--json", "exports", "list", "--imodel", "m1", env={**env, "ITWIN_PROFILE": "emu"}
    )
    assert by_env.code == 0, by_env.err
    # Without a profile the top-level base URL applies (nothing listens there: exit 1) ...
    with_token = cli_env(XDG_CONFIG_HOME=str(tmp_path), ITWIN_ACCESS_TOKEN=emulator.token)
    top = await run_cli("exports", "list", "--imodel", "m1", env=with_token)
    assert top.code == 1 and "127.0.0.1:9" in top.err
    # ... and --base-url wins over everything.
    flag = await run_cli(
        "exports", "list", "--imodel", "m1", "--base-url", str(emulator.base_url), env=with_token
    )
    assert flag.code == 0, flag.err
    missing = await run_cli("--json", "--profile", "nope", "exports", "list", env=env)
    assert missing.code == 2 and "no profile 'nope'" in missing.json()["error"]
    assert_one_error_line(missing, "no profile 'nope'", "profiles: emu")
    assert emulator.client_secret not in missing.out + missing.err + by_flag.err
