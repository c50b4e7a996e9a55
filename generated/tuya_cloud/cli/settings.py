"""Where the client's settings come from: flags, then environment variables, then the config file.

Credentials are resolved one by one; the endpoint (region or base URL) as one unit from the first
source that names either, so a --region flag is not overruled by a TUYA_BASE_URL left in the shell.
The secret never appears in a message: messages name the source, never the value.
"""

from __future__ import annotations

import stat
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .values import UsageError

CONFIG_KEYS = ("access_id", "access_secret", "region", "base_url")
ENV_VARS = {
    "access_id": "TUYA_ACCESS_ID",
    "access_secret": "TUYA_ACCESS_SECRET",
    "region": "TUYA_REGION",
    "base_url": "TUYA_BASE_URL",
}


MAX_CONFIG_BYTES = 1024 * 1024  # a config file holds four short strings


class ConfigError(Exception):
    """Settings are missing or unreadable (exit status 5)."""


@dataclass
class Settings:
    access_id: str
    access_secret: str
    region: str | None
    base_url: str | None
    sources: dict[str, str] = field(default_factory=dict)  # setting -> where it came from (for -v)
    warnings: list[str] = field(default_factory=list)


def default_config_path(env: Mapping[str, str]) -> Path:
    base = env.get("XDG_CONFIG_HOME") or ""
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".config"  # XDG: relative is invalid
    return root / "tuya-cloud" / "config.toml"


class _ConfigFile:
    """Read on first need only: a broken file must not fail a command that flags fully configure."""

    def __init__(self, path: Path | None, env: Mapping[str, str]) -> None:
        self.explicit = path is not None
        self.path = path if path is not None else default_config_path(env)
        self._data: dict[str, str] | None = None
        self.warnings: list[str] = []

    def get(self, key: str) -> str | None:
        if self._data is None:
            self._data = self._read()
        return self._data.get(key)

    def _read(self) -> dict[str, str]:
        try:
            with self.path.open("rb") as file:
                raw = file.read(MAX_CONFIG_BYTES + 1)  # bounded: `--config /dev/zero` cannot fill memory
        except FileNotFoundError:
            if self.explicit:
                raise ConfigError(f"config file {self.path} does not exist") from None
            return {}
        except OSError as exc:
            raise ConfigError(f"cannot read config file {self.path}: {exc.strerror or exc}") from None
        if len(raw) > MAX_CONFIG_BYTES:
            raise ConfigError(f"config file {self.path} is larger than {MAX_CONFIG_BYTES} bytes")
        try:
            data: dict[str, Any] = tomllib.loads(raw.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            # tomllib's messages give only line and column, never the file's content.
            raise ConfigError(f"config file {self.path} is not valid TOML: {exc}") from None
        except (RecursionError, ValueError):  # nested too deeply, or an integer Python will not convert
            raise ConfigError(f"config file {self.path} is not a config file this command reads") from None
        for key, value in data.items():
            if key not in CONFIG_KEYS:
                raise ConfigError(f"config file {self.path}: unknown key {key!r}; known keys: {', '.join(CONFIG_KEYS)}")
            if not isinstance(value, str):
                raise ConfigError(f"config file {self.path}: {key} must be a string")
        if "access_secret" in data and _readable_by_others(self.path):
            self.warnings.append(f"config file {self.path} holds a secret and is readable by others; chmod 600 it")
        return {k: v for k, v in data.items() if v}


def _readable_by_others(path: Path) -> bool:
    if sys.platform == "win32":
        return False
    try:
        return bool(path.stat().st_mode & (stat.S_IRGRP | stat.S_IROTH))
    except OSError:
        return False


def resolve(flags: Mapping[str, str | None], config_path: Path | None, env: Mapping[str, str]) -> Settings:
    """Settings for the client from --flags (None when not given), the environment and the config file."""
    if flags.get("region") and flags.get("base_url"):
        raise UsageError("give --region or --base-url, not both")
    config = _ConfigFile(config_path, env)
    sources: dict[str, str] = {}

    def pick(key: str) -> str | None:
        if flags.get(key):
            sources[key] = f"--{key.replace('_', '-')}"
            return flags[key]
        if env.get(ENV_VARS[key]):
            sources[key] = ENV_VARS[key]
            return env[ENV_VARS[key]]
        value = config.get(key)
        if value:
            sources[key] = str(config.path)
        return value

    access_id = pick("access_id")
    access_secret = pick("access_secret")
    region = base_url = None
    if flags.get("base_url"):
        base_url = pick("base_url")
    elif flags.get("region"):
        region = pick("region")
    elif env.get(ENV_VARS["base_url"]) or env.get(ENV_VARS["region"]):
        base_url = env.get(ENV_VARS["base_url"]) or None  # TUYA_BASE_URL wins, as in the SDK
        region = None if base_url else env[ENV_VARS["region"]]
        sources["base_url" if base_url else "region"] = ENV_VARS["base_url" if base_url else "region"]
    else:
        base_url = config.get("base_url")
        region = None if base_url else config.get("region")
        if base_url or region:
            sources["base_url" if base_url else "region"] = str(config.path)

    where = f"--{{flag}}, {{env}} or {{key}} in {config.path}"
    if not access_id:
        raise ConfigError("no access ID: " + where.format(flag="access-id", env=ENV_VARS["access_id"], key="access_id"))
    if not access_secret:
        raise ConfigError(
            "no access secret: "
            + where.format(flag="access-secret", env=ENV_VARS["access_secret"], key="access_secret")
        )
    if not region and not base_url:
        raise ConfigError(
            "no endpoint: give --region or --base-url, TUYA_REGION or TUYA_BASE_URL, "
            f"or region or base_url in {config.path}"
        )
    return Settings(access_id, access_secret, region, base_url, sources, config.warnings)
