"""A local fake of Tuya's Cloud OpenAPI for tests: what moto is to boto3.

    from tuya_cloud.testing import FakeTuyaCloud, Seed

    with FakeTuyaCloud() as cloud:
        client = cloud.client()
        client.device_control.send_commands(device_id=Seed.LIGHT_ID, commands=[{"code": "switch_led", "value": False}])
        assert cloud.world.status_of(Seed.LIGHT_ID)["switch_led"] is False

The server checks signatures, timestamps and tokens like Tuya, validates every request against the
spec, keeps a seeded stateful world (see `Seed` for its IDs), and supports fault injection and a
request log. Run it standalone with `python -m tuya_cloud.testing`. With pytest, the fixtures
`fake_tuya_cloud`, `tuya_client` and `async_tuya_client` (for `async def` tests) are available
automatically; `cloud.async_client()` makes an AsyncTuyaCloud bound to the server.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .requestlog import RequestLog, RequestRecord
    from .server import FakeTuyaCloud, Fault
    from .world import CloudError, Seed, World

__all__ = ["CloudError", "FakeTuyaCloud", "Fault", "RequestLog", "RequestRecord", "Seed", "World"]

# pytest imports this package (for the plugin) in every session, so the server loads on first use.
# The module that holds each name, when it is not the world.
_MODULE_OF = {"FakeTuyaCloud": "server", "Fault": "server", "RequestLog": "requestlog", "RequestRecord": "requestlog"}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f".{_MODULE_OF.get(name, 'world')}", __name__)
    return getattr(module, name)
