# Generated from spec/regions.yaml and spec/groups/ by `python -m generator`; do not edit.
"""The async client: one resource per API group, all imported with this module.

Importing this module loads aiohttp, pydantic and every resource, so that a program on an event
loop (Home Assistant) imports it once, off the loop. A group's models are not loaded with it: the
first call of each operation imports the models of its result in a worker thread (see
`AsyncBaseClient.call`), so nothing is ever imported on the loop and a program pays only for the
groups it calls.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._regions import REGIONS
from ._runtime.aio import AsyncBaseClient
from ._schemas import SCHEMAS
from .errors import ERROR_INFO
from .resources.assets import AsyncAssetsResource
from .resources.associated_users import AsyncAssociatedUsersResource
from .resources.automations import AsyncAutomationsResource
from .resources.cameras import AsyncCamerasResource
from .resources.device_control import AsyncDeviceControlResource
from .resources.device_groups import AsyncDeviceGroupsResource
from .resources.device_timers import AsyncDeviceTimersResource
from .resources.device_users import AsyncDeviceUsersResource
from .resources.devices import AsyncDevicesResource
from .resources.homes import AsyncHomesResource
from .resources.industry_users import AsyncIndustryUsersResource
from .resources.infrared import AsyncInfraredResource
from .resources.iot_device_control import AsyncIotDeviceControlResource
from .resources.iot_devices import AsyncIotDevicesResource
from .resources.locks import AsyncLocksResource
from .resources.multi_channel import AsyncMultiChannelResource
from .resources.open_hub import AsyncOpenHubResource
from .resources.ota import AsyncOtaResource
from .resources.pairing import AsyncPairingResource
from .resources.scenes import AsyncScenesResource
from .resources.statistics import AsyncStatisticsResource
from .resources.things import AsyncThingsResource
from .resources.token import _GET as _GRANT
from .resources.token import _REFRESH as _REFRESH
from .resources.token import AsyncTokenResource
from .resources.users import AsyncUsersResource

if TYPE_CHECKING:
    from ._runtime.operation import Operation

__all__ = ["REGIONS", "AsyncTuyaCloud"]


# Tuya's published calls per second per project, by operation (spec/groups/; see spec/envelope.yaml, limits).
OPERATION_RATE_LIMITS: dict[str, float] = {}


class AsyncTuyaCloud(AsyncBaseClient):
    """Async client for Tuya's Cloud OpenAPI, on aiohttp (`pip install "tuya-cloud-sdk[async]"`).

    Every method of `TuyaCloud` as a coroutine (`await client.devices.get_status(...)`), every
    `iter_` method as an async iterator (`async for`); the same arguments, validation, results,
    errors, retries and token handling. Use it as `async with AsyncTuyaCloud(...) as client:` or call
    `await client.aclose()`.

    Args:
        access_id: The cloud project's Access ID (or TUYA_ACCESS_ID).
        access_secret: The project's Access Secret (or TUYA_ACCESS_SECRET). Never logged or shown.
        region: Data centre: cn, us, us-e, eu, eu-w, in (or TUYA_REGION).
        base_url: Instead of region, an explicit base URL (or TUYA_BASE_URL); plain http only on loopback.
        timeout: Seconds per request, or (connect, read); default (5, 30).
        max_retries: Retries of retry-safe calls on transient failures; default 2.
        lang: Language of Tuya's messages (e.g. "en").
        token_store: Where the access token lives: an AsyncTokenStore, or a TokenStore such as
            FileTokenStore (its methods then run in a worker thread).
        correct_clock_skew: On error 1013, re-sign with Tuya's clock once instead of failing.
        signed_headers: Extra headers for every call, covered by the signature (Signature-Headers).
        session: An aiohttp.ClientSession to use (in Home Assistant: `async_get_clientsession(hass)`);
            it is never closed by the client. Without one, the client creates its own on the first
            call, inside the running loop, and closes it in aclose().
        max_concurrency: Requests in flight at once (a semaphore per client); default 8.
        rate_limit: Calls per second for this client (all its coroutines), or a shared limiter such
            as AsyncRedisRateLimiter for every process of the Access ID. Waiting counts against the
            timeout.
        operation_rate_limits: Calls per second per operation id, on top of rate_limit (and of the
            limits Tuya publishes, which the spec records).
        on_request: Hook(s) called with a RequestEvent before every HTTP attempt.
        on_response: Hook(s) called with a ResponseEvent after every attempt (e.g. a CallCounter).
        strict_responses: Raise TuyaResponseError when a successful reply does not match the spec. By
            default such a reply is returned anyway, with each mismatching value kept as sent and one
            warning per operation and field on the `tuya_cloud` logger.
    """

    _REGIONS = REGIONS
    _ERRORS = ERROR_INFO
    _SCHEMAS = SCHEMAS
    _OPERATION_RATE_LIMITS = OPERATION_RATE_LIMITS

    def _token_operations(self) -> tuple[Operation, Operation]:
        """The operations the spec marks token_grant and token_refresh."""
        return _GRANT, _REFRESH

    @cached_property
    def assets(self) -> AsyncAssetsResource:
        """Assets (industry, iot-02): The industrial asset tree (/v1.0/iot-02/assets...): assets are nodes such as buildings, floors or rooms that hold devices; list an asset's devices and sub-assets page by page, create, rename and delete assets."""
        return AsyncAssetsResource(self)

    @cached_property
    def associated_users(self) -> AsyncAssociatedUsersResource:
        """Associated app accounts: The app accounts (Tuya Smart, Smart Life or an own app) linked to the cloud project (iot-01): log in as one of them to get its own token, and list every device of all linked accounts at once with a row-key cursor."""
        return AsyncAssociatedUsersResource(self)

    @cached_property
    def automations(self) -> AsyncAutomationsResource:
        """Automations: Automation rules of a home: conditions (device status, weather, a schedule or an external trigger) that, when matched, run a list of actions, optionally limited to an effective time window (preconditions)."""
        return AsyncAutomationsResource(self)

    @cached_property
    def cameras(self) -> AsyncCamerasResource:
        """Cameras (live video): Live video of cameras and other devices with a camera (video doorbells, video locks): a short-lived streaming URL over RTSP, HLS, FLV or RTMP, and the configuration a WebRTC client needs (signalling ID, ICE servers with their credentials)."""
        return AsyncCamerasResource(self)

    @cached_property
    def device_control(self) -> AsyncDeviceControlResource:
        """Device control: Standard instructions for devices: read which data points (DPs) a device or a category supports, with their types and value ranges, send commands that set DPs, and rename a DP."""
        return AsyncDeviceControlResource(self)

    @cached_property
    def device_groups(self) -> AsyncDeviceGroupsResource:
        """Device groups (smart home): Groups of devices of one product in one home, controlled together: a command sent to the group reaches every member at once (the app shows a group as one device)."""
        return AsyncDeviceGroupsResource(self)

    @cached_property
    def device_timers(self) -> AsyncDeviceTimersResource:
        """Device timers: Scheduled tasks ("timing tasks") stored in the cloud for one device."""
        return AsyncDeviceTimersResource(self)

    @cached_property
    def device_users(self) -> AsyncDeviceUsersResource:
        """Device users: Users attached to a single device (its own user list, separate from home members): added with a profile (name, sex, birthday, height, weight, contact), listed, read, updated and removed."""
        return AsyncDeviceUsersResource(self)

    @cached_property
    def devices(self) -> AsyncDevicesResource:
        """Devices: Devices of the smart-home API set (/v1.0/devices...): look devices up singly, by user, by app or product, read their status, logs and factory data, rename, remove or factory-reset them, and list a gateway's sub-devices."""
        return AsyncDevicesResource(self)

    @cached_property
    def homes(self) -> AsyncHomesResource:
        """Homes and rooms: Smart-home "families": read or delete a home, list its devices and members, change a member's admin flag or remove a member, and manage the rooms of a home (add, rename, delete, and move devices in or out of a room)."""
        return AsyncHomesResource(self)

    @cached_property
    def industry_users(self) -> AsyncIndustryUsersResource:
        """Industry users (iot-02 and iot-03): The users of an industry project (not app accounts): register them and change their passwords (iot-02), let one log in for a token of its own (iot-03, tuya-iot-py-sdk's "custom" mode), and grant them assets."""
        return AsyncIndustryUsersResource(self)

    @cached_property
    def infrared(self) -> AsyncInfraredResource:
        """Universal IR remote control: Infrared hubs (universal IR blasters) and the virtual remotes bound to them: one remote per TV, air conditioner, fan or other appliance the hub controls."""
        return AsyncInfraredResource(self)

    @cached_property
    def iot_device_control(self) -> AsyncIotDeviceControlResource:
        """IoT Core device control (standard instructions): The IoT Core "Device Control (Standard Instruction Set)" calls (/v1.0/iot-03/devices/...): send standard commands, read the latest status of one device or of up to 20, and read what a device or a category supports."""
        return AsyncIotDeviceControlResource(self)

    @cached_property
    def iot_devices(self) -> AsyncIotDevicesResource:
        """IoT Core devices (industry device management): The iot-03 device management calls, which Tuya's 2023-06-20 restructuring moved to the Industry Basic Service: list a project's devices by asset, app, user or product with a row-key cursor (v1.3), read one device's details (v1.0, v1.1), its factory data, rename and remove devices."""
        return AsyncIotDevicesResource(self)

    @cached_property
    def locks(self) -> AsyncLocksResource:
        """Smart locks: Smart lock records and media (legacy v1.0 lock APIs): paged unlock and alarm histories, the addresses of the encrypted photos and videos a camera lock captures for remote-unlock requests and alarms, and remote unlocking without a password (a one-time ticket, then the door operation)."""
        return AsyncLocksResource(self)

    @cached_property
    def multi_channel(self) -> AsyncMultiChannelResource:
        """Multi-channel names: Names of the channels of multi-outlet and multi-gang devices (power strips, wall switches): the device's own name plus one name per channel DP, read and changed."""
        return AsyncMultiChannelResource(self)

    @cached_property
    def open_hub(self) -> AsyncOpenHubResource:
        """Open hub (MQTT push settings): The connection settings of Tuya's MQTT "open hub", over which Tuya pushes device status to a linked user's clients (tuya-iot-py-sdk, tuya-homebridge, homebridge-tuya-platform and a Hubitat driver connect with them)."""
        return AsyncOpenHubResource(self)

    @cached_property
    def ota(self) -> AsyncOtaResource:
        """Firmware upgrades: Over-the-air (OTA) firmware upgrades: see which firmware modules of a device have a newer version, then start the upgrade of one module."""
        return AsyncOtaResource(self)

    @cached_property
    def pairing(self) -> AsyncPairingResource:
        """Pairing: Network configuration ("Network Management" in Tuya's API list): open a Zigbee gateway so that new sub-devices can join, list the sub-devices that joined, and poll the outcome of a pairing session by its pairing token."""
        return AsyncPairingResource(self)

    @cached_property
    def scenes(self) -> AsyncScenesResource:
        """Scenes (tap-to-run): Tap-to-run scenes of a home: a named list of actions with no trigger of their own, run on demand (from the app, with scenes.trigger, or from a scene switch bound with scenes.bind_to_device)."""
        return AsyncScenesResource(self)

    @cached_property
    def statistics(self) -> AsyncStatisticsResource:
        """Device data statistics: Aggregated values of one data point (DP) of a device - a lifetime total and series per 15 minutes, hour, day, week or month - computed by Tuya's cloud from the device's reports (typical use: energy meters with add_ele)."""
        return AsyncStatisticsResource(self)

    @cached_property
    def things(self) -> AsyncThingsResource:
        """IoT Core thing model (v2.0): The IoT Core thing-model calls (/v2.0/cloud/thing/...) Tuya recommends for new cloud projects: a device's details, the project's device list, the device's thing model, its shadow (the reported value, DP id and report time of every property) and setting properties by code."""
        return AsyncThingsResource(self)

    @cached_property
    def token(self) -> AsyncTokenResource:
        """Token management: Access tokens for the cloud project (simple mode, cloud-to-cloud)."""
        return AsyncTokenResource(self)

    @cached_property
    def users(self) -> AsyncUsersResource:
        """Users: App users of the project's OEM/linked app (identified by the app's schema): one user's profile, the app's users page by page (v2.0, and the v1.0 list older SDKs call), and the sync call that creates or updates an app user."""
        return AsyncUsersResource(self)
