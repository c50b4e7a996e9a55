# Generated from spec/ by `python -m generator`; do not edit.
"""Typed client for Tuya's Cloud OpenAPI, generated from a spec.

from tuya_cloud import TuyaCloud
client = TuyaCloud(access_id="...", access_secret="...", region="eu")
client.devices.get_status(device_id="vdevo...")

from tuya_cloud import AsyncTuyaCloud      # pip install "tuya-cloud-sdk[async]"
async with AsyncTuyaCloud(access_id="...", access_secret="...", region="eu") as client:
    await client.devices.get_status(device_id="vdevo...")

from tuya_cloud import TuyaEvents          # pip install "tuya-cloud-sdk[events]"
with TuyaEvents(access_id="...", access_secret="...", region="eu") as events:
    for event in events: ...               # acknowledged when the loop moves on
"""

from typing import TYPE_CHECKING, Any

from ._regions import REGIONS
from ._runtime.errors import (
    TuyaAPIError,
    TuyaConfigError,
    TuyaConnectionError,
    TuyaError,
    TuyaLimitTimeoutError,
    TuyaResponseError,
    TuyaTimeoutError,
    TuyaValidationError,
)
from ._runtime.event_errors import TuyaEventsAuthError, TuyaEventsError, TuyaEventsServiceError
from ._runtime.hooks import CallCounter, RequestEvent, ResponseEvent
from ._runtime.limits import RateLimiter
from ._runtime.redis_store import AsyncRedisRateLimiter, AsyncRedisTokenStore, RedisRateLimiter, RedisTokenStore
from ._runtime.tokens import AsyncTokenStore, FileTokenStore, MemoryTokenStore, Token, TokenStore
from .errors import (
    ClockSkewError,
    CredentialsError,
    DeviceError,
    InvalidRequestError,
    NotFoundError,
    ParameterError,
    PermissionDeniedError,
    QuotaError,
    QuotaExceededError,
    RateLimitError,
    ServerBusyError,
    SignatureError,
    TokenError,
)

if TYPE_CHECKING:
    from . import models as models  # for type checkers; loaded on first use below
    from ._async_client import AsyncTuyaCloud
    from ._client import TuyaCloud
    from ._runtime.events_async import AsyncTuyaEvents
    from ._runtime.events_sync import TuyaEvents
    from .events import (
        DataPointRenamed,
        DeviceBound,
        DeviceDeleted,
        DeviceOffline,
        DeviceOfflineIot,
        DeviceOnline,
        DeviceOnlineIot,
        DeviceRenamed,
        DeviceRenamedIot,
        Event,
        GenericEvent,
        OtaProgress,
        PropertyReport,
        StatusReport,
        UndecodableEvent,
        UpgradeStatus,
    )

__version__ = "0.1.0"

__all__ = [
    "REGIONS",
    "AsyncRedisRateLimiter",
    "AsyncRedisTokenStore",
    "AsyncTokenStore",
    "AsyncTuyaCloud",
    "AsyncTuyaEvents",
    "CallCounter",
    "FileTokenStore",
    "MemoryTokenStore",
    "RateLimiter",
    "RedisRateLimiter",
    "RedisTokenStore",
    "RequestEvent",
    "ResponseEvent",
    "Token",
    "TokenStore",
    "TuyaAPIError",
    "TuyaCloud",
    "TuyaConfigError",
    "TuyaConnectionError",
    "TuyaError",
    "TuyaEvents",
    "TuyaEventsAuthError",
    "TuyaEventsError",
    "TuyaEventsServiceError",
    "TuyaLimitTimeoutError",
    "TuyaResponseError",
    "TuyaTimeoutError",
    "TuyaValidationError",
    "TokenError",
    "SignatureError",
    "ClockSkewError",
    "CredentialsError",
    "PermissionDeniedError",
    "QuotaExceededError",
    "QuotaError",
    "ParameterError",
    "InvalidRequestError",
    "RateLimitError",
    "ServerBusyError",
    "NotFoundError",
    "DeviceError",
    "DataPointRenamed",
    "DeviceBound",
    "DeviceDeleted",
    "DeviceOffline",
    "DeviceOfflineIot",
    "DeviceOnline",
    "DeviceOnlineIot",
    "DeviceRenamed",
    "DeviceRenamedIot",
    "Event",
    "GenericEvent",
    "OtaProgress",
    "PropertyReport",
    "StatusReport",
    "UndecodableEvent",
    "UpgradeStatus",
    "__version__",
]


_EVENT_TYPES = frozenset(
    {
        "DataPointRenamed",
        "DeviceBound",
        "DeviceDeleted",
        "DeviceOffline",
        "DeviceOfflineIot",
        "DeviceOnline",
        "DeviceOnlineIot",
        "DeviceRenamed",
        "DeviceRenamedIot",
        "Event",
        "GenericEvent",
        "OtaProgress",
        "PropertyReport",
        "StatusReport",
        "UndecodableEvent",
        "UpgradeStatus",
    }
)


def __getattr__(name: str) -> Any:
    # Each client loads its HTTP library (requests, aiohttp) on first use, and models cost more to
    # import than everything else: `import tuya_cloud` loads none of them. Plain imports, not
    # importlib.import_module, which Home Assistant reports when it runs inside the event loop.
    if name == "TuyaCloud":
        from ._client import TuyaCloud

        return TuyaCloud
    if name == "AsyncTuyaCloud":
        from ._async_client import AsyncTuyaCloud

        return AsyncTuyaCloud
    if name == "TuyaEvents":  # websockets and cryptography: the events extra
        from ._runtime.events_sync import TuyaEvents

        return TuyaEvents
    if name == "AsyncTuyaEvents":  # aiohttp and cryptography
        from ._runtime.events_async import AsyncTuyaEvents

        return AsyncTuyaEvents
    if name in _EVENT_TYPES:  # the event classes need nothing beyond the standard library
        from . import events

        return getattr(events, name)
    if name == "models":
        import tuya_cloud.models as models  # `from . import models` would call this function again

        return models
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
