"""Where the command line's settings come from: flags, then TUYA_* variables, then config.toml."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from clihelp import SECRET, clean_env, run_cli

from tuya_cloud.testing import FakeTuyaCloud, Seed

EXIT_OK, EXIT_API, EXIT_USAGE, EXIT_CONFIG = 0, 1, 2, 5
CALL = ["devices", "get", Seed.LIGHT_ID]


def _write_config(path: Path, **values: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{key} = {json.dumps(value)}\n" for key, value in values.items()), encoding="utf-8")
    path.chmod(0o600)
    return path


def test_config_file_in_xdg_config_home(cloud: FakeTuyaCloud, tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    _write_config(
        Path(env["XDG_CONFIG_HOME"]) / "tuya-cloud" / "config.toml",
        access_id=cloud.access_id,
        access_secret=SECRET,
        base_url=cloud.base_url,
    )
    result = run_cli(CALL, env)
    assert result.returncode == EXIT_OK, result.stderr
    assert json.loads(result.stdout)["id"] == Seed.LIGHT_ID
    assert result.stderr == ""


def test_default_location_is_under_home(cloud: FakeTuyaCloud, tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    del env["XDG_CONFIG_HOME"]
    env["HOME"] = str(tmp_path / "home")
    _write_config(
        tmp_path / "home" / ".config" / "tuya-cloud" / "config.toml",
        access_id=cloud.access_id,
        access_secret=SECRET,
        base_url=cloud.base_url,
    )
    result = run_cli(CALL, env)
    assert result.returncode == EXIT_OK, result.stderr


def test_precedence_flags_then_env_then_file(cloud: FakeTuyaCloud, tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    config = _write_config(
        tmp_path / "elsewhere.toml", access_id=cloud.access_id, access_secret="wrong-in-file", region="eu"
    )
    env.update(TUYA_ACCESS_SECRET="wrong-in-env", TUYA_BASE_URL=cloud.base_url)
    # The env secret beats the file's; the flag beats both. The env base URL beats the file's region.
    wrong = run_cli(["--config", str(config), *CALL], env)
    assert wrong.returncode == EXIT_API  # reached the fake cloud (not eu) and was refused for the env secret
    right = run_cli(["--config", str(config), "--access-secret", SECRET, *CALL], env)
    assert right.returncode == EXIT_OK, right.stderr
    both = run_cli(["--region", "eu", "--base-url", cloud.base_url, *CALL], env)
    assert both.returncode == EXIT_USAGE
    for result in (wrong, right, both):
        assert "wrong-in-file" not in result.output and "wrong-in-env" not in result.output
        assert SECRET not in result.output


def test_endpoint_is_chosen_as_one_unit(tmp_path: Path) -> None:
    # In-process: which endpoint wins is decided before any request, so no network is needed to check it.
    from tuya_cloud.cli.settings import resolve

    config = _write_config(tmp_path / "c.toml", access_id="file-id", access_secret="file-secret", region="in")
    env = {"TUYA_BASE_URL": "http://127.0.0.1:9", "TUYA_ACCESS_ID": "env-id"}
    flags: dict[str, str | None] = {"region": "eu"}
    chosen = resolve(flags, config, env)
    assert (chosen.region, chosen.base_url) == ("eu", None)  # the flag's region, not the env's base URL
    assert (chosen.access_id, chosen.access_secret) == ("env-id", "file-secret")
    assert chosen.sources == {"access_id": "TUYA_ACCESS_ID", "access_secret": str(config), "region": "--region"}
    chosen = resolve({}, config, {"TUYA_REGION": "us", **env})
    assert (chosen.region, chosen.base_url) == (None, "http://127.0.0.1:9")  # TUYA_BASE_URL beats TUYA_REGION
    chosen = resolve({}, config, {})
    assert (chosen.region, chosen.base_url, chosen.access_id) == ("in", None, "file-id")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("access_id = \n", "not valid TOML", id="syntax"),
        pytest.param('acces_id = "x"\n', "unknown key 'acces_id'", id="unknown-key"),
        pytest.param("access_id = 5\n", "must be a string", id="type"),
    ],
)
def test_broken_config_file_exits_5(cloud: FakeTuyaCloud, tmp_path: Path, text: str, expected: str) -> None:
    env = clean_env(tmp_path)
    env["TUYA_BASE_URL"] = cloud.base_url
    path = Path(env["XDG_CONFIG_HOME"]) / "tuya-cloud" / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_text(text + f'access_secret = "{SECRET}"\n', encoding="utf-8")
    result = run_cli(CALL, env)
    assert result.returncode == EXIT_CONFIG
    assert expected in result.stderr and str(path) in result.stderr
    assert SECRET not in result.output
    assert cloud.requests == []


def test_explicit_config_must_exist(tmp_path: Path) -> None:
    result = run_cli(["--config", str(tmp_path / "missing.toml"), *CALL], clean_env(tmp_path))
    assert result.returncode == EXIT_CONFIG
    assert "does not exist" in result.stderr


def test_flags_alone_need_no_config_file(cloud: FakeTuyaCloud, tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    path = Path(env["XDG_CONFIG_HOME"]) / "tuya-cloud" / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_text("this is not toml", encoding="utf-8")  # never read: flags give everything
    flags = ["--access-id", cloud.access_id, "--access-secret", SECRET, "--base-url", cloud.base_url]
    result = run_cli([*flags, *CALL], env)
    assert result.returncode == EXIT_OK, result.stderr


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_world_readable_secret_file_warns(cloud: FakeTuyaCloud, tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    path = _write_config(
        Path(env["XDG_CONFIG_HOME"]) / "tuya-cloud" / "config.toml",
        access_id=cloud.access_id,
        access_secret=SECRET,
        base_url=cloud.base_url,
    )
    path.chmod(0o644)
    result = run_cli(CALL, env)
    assert result.returncode == EXIT_OK
    assert "chmod 600" in result.stderr
    assert SECRET not in result.output
