# Generated from spec/ by `python -m generator`; do not edit.
"""Typed client for Tuya's Cloud OpenAPI, generated from a spec.

from tuya_cloud import TuyaCloud
client = TuyaCloud(access_id="...", access_secret="...", region="eu")
client.devices.get_status(device_id="vdevo...")
"""

from typing import Any

from ._client import REGIONS, TuyaCloud
from ._runtime.errors import (
    TuyaAPIError,
    TuyaConfigError,
    TuyaConnectionError,
    TuyaError,
    TuyaResponseError,
    TuyaTimeoutError,
    TuyaValidationError,
)
from ._runtime.tokens import FileTokenStore, MemoryTokenStore, Token, TokenStore
from .errors import (
    ClockSkewError,
    CredentialsError,
    DeviceError,
    InvalidRequestError,
    NotFoundError,
    ParameterError,
    PermissionDeniedError,
    QuotaError,
    RateLimitError,
    ServerBusyError,
    SignatureError,
    TokenError,
)

__version__ = "0.1.0"

__all__ = [
    "REGIONS",
    "FileTokenStore",
    "MemoryTokenStore",
    "Token",
    "TokenStore",
    "TuyaAPIError",
    "TuyaCloud",
    "TuyaConfigError",
    "TuyaConnectionError",
    "TuyaError",
    "TuyaResponseError",
    "TuyaTimeoutError",
    "TuyaValidationError",
    "TokenError",
    "SignatureError",
    "ClockSkewError",
    "CredentialsError",
    "PermissionDeniedError",
    "QuotaError",
    "ParameterError",
    "InvalidRequestError",
    "RateLimitError",
    "ServerBusyError",
    "NotFoundError",
    "DeviceError",
    "__version__",
]


def __getattr__(name: str) -> Any:
    # `tuya_cloud.models` is imported on first use: models cost more to import than everything else.
    if name == "models":
        import importlib

        return importlib.import_module(".models", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
