# Generated from spec/regions.yaml and spec/groups/ by `python -m generator`; do not edit.
"""The client: one lazily created resource per API group."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._regions import REGIONS
from ._runtime.client import BaseClient
from ._schemas import SCHEMAS
from .errors import ERROR_INFO

if TYPE_CHECKING:
    from ._runtime.operation import Operation
    from .resources.assets import AssetsResource
    from .resources.associated_users import AssociatedUsersResource
    from .resources.automations import AutomationsResource
    from .resources.cameras import CamerasResource
    from .resources.device_control import DeviceControlResource
    from .resources.device_groups import DeviceGroupsResource
    from .resources.device_timers import DeviceTimersResource
    from .resources.device_users import DeviceUsersResource
    from .resources.devices import DevicesResource
    from .resources.homes import HomesResource
    from .resources.industry_users import IndustryUsersResource
    from .resources.infrared import InfraredResource
    from .resources.iot_device_control import IotDeviceControlResource
    from .resources.iot_devices import IotDevicesResource
    from .resources.locks import LocksResource
    from .resources.multi_channel import MultiChannelResource
    from .resources.open_hub import OpenHubResource
    from .resources.ota import OtaResource
    from .resources.pairing import PairingResource
    from .resources.scenes import ScenesResource
    from .resources.statistics import StatisticsResource
    from .resources.things import ThingsResource
    from .resources.token import TokenResource
    from .resources.users import UsersResource

__all__ = ["REGIONS", "TuyaCloud"]


# Tuya's published calls per second per project, by operation (spec/groups/; see spec/envelope.yaml, limits).
OPERATION_RATE_LIMITS: dict[str, float] = {}


class TuyaCloud(BaseClient):
    """Client for Tuya's Cloud OpenAPI.

    Args:
        access_id: The cloud project's Access ID (or TUYA_ACCESS_ID).
        access_secret: The project's Access Secret (or TUYA_ACCESS_SECRET). Never logged or shown.
        region: Data centre: cn, us, us-e, eu, eu-w, in (or TUYA_REGION).
        base_url: Instead of region, an explicit base URL (or TUYA_BASE_URL); plain http only on loopback.
        timeout: Seconds per request, or (connect, read); default (5, 30).
        max_retries: Retries of retry-safe calls on transient failures; default 2.
        lang: Language of Tuya's messages (e.g. "en").
        token_store: Where the access token lives; share one between processes with FileTokenStore.
        correct_clock_skew: On error 1013, re-sign with Tuya's clock once instead of failing.
        signed_headers: Extra headers for every call, covered by the signature (Signature-Headers).
        session: A requests.Session to use (e.g. with proxies); the client closes only its own.
        rate_limit: Calls per second for this client (all its threads), or a shared limiter such
            as RedisRateLimiter for every process of the Access ID. Waiting counts against the
            timeout.
        max_concurrency: Requests in flight at once (all threads); None for no cap.
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
        from .resources.token import _GET, _REFRESH

        return _GET, _REFRESH

    @cached_property
    def assets(self) -> AssetsResource:
        """Assets (industry, iot-02): The industrial asset tree (/v1.0/iot-02/assets...): assets are nodes such as buildings, floors or rooms that hold devices; list an asset's devices and sub-assets page by page, create, rename and delete assets."""
        from .resources.assets import AssetsResource

        return AssetsResource(self)

    @cached_property
    def associated_users(self) -> AssociatedUsersResource:
        """Associated app accounts: The app accounts (Tuya Smart, Smart Life or an own app) linked to the cloud project (iot-01): log in as one of them to get its own token, and list every device of all linked accounts at once with a row-key cursor."""
        from .resources.associated_users import AssociatedUsersResource

        return AssociatedUsersResource(self)

    @cached_property
    def automations(self) -> AutomationsResource:
        """Automations: Automation rules of a home: conditions (device status, weather, a schedule or an external trigger) that, when matched, run a list of actions, optionally limited to an effective time window (preconditions)."""
        from .resources.automations import AutomationsResource

        return AutomationsResource(self)

    @cached_property
    def cameras(self) -> CamerasResource:
        """Cameras (live video): Live video of cameras and other devices with a camera (video doorbells, video locks): a short-lived streaming URL over RTSP, HLS, FLV or RTMP, and the configuration a WebRTC client needs (signalling ID, ICE servers with their credentials)."""
        from .resources.cameras import CamerasResource

        return CamerasResource(self)

    @cached_property
    def device_control(self) -> DeviceControlResource:
        """Device control: Standard instructions for devices: read which data points (DPs) a device or a category supports, with their types and value ranges, send commands that set DPs, and rename a DP."""
        from .resources.device_control import DeviceControlResource

        return DeviceControlResource(self)

    @cached_property
    def device_groups(self) -> DeviceGroupsResource:
        """Device groups (smart home): Groups of devices of one product in one home, controlled together: a command sent to the group reaches every member at once (the app shows a group as one device)."""
        from .resources.device_groups import DeviceGroupsResource

        return DeviceGroupsResource(self)

    @cached_property
    def device_timers(self) -> DeviceTimersResource:
        """Device timers: Scheduled tasks ("timing tasks") stored in the cloud for one device."""
        from .resources.device_timers import DeviceTimersResource

        return DeviceTimersResource(self)

    @cached_property
    def device_users(self) -> DeviceUsersResource:
        """Device users: Users attached to a single device (its own user list, separate from home members): added with a profile (name, sex, birthday, height, weight, contact), listed, read, updated and removed."""
        from .resources.device_users import DeviceUsersResource

        return DeviceUsersResource(self)

    @cached_property
    def devices(self) -> DevicesResource:
        """Devices: Devices of the smart-home API set (/v1.0/devices...): look devices up singly, by user, by app or product, read their status, logs and factory data, rename, remove or factory-reset them, and list a gateway's sub-devices."""
        from .resources.devices import DevicesResource

        return DevicesResource(self)

    @cached_property
    def homes(self) -> HomesResource:
        """Homes and rooms: Smart-home "families": read or delete a home, list its devices and members, change a member's admin flag or remove a member, and manage the rooms of a home (add, rename, delete, and move devices in or out of a room)."""
        from .resources.homes import HomesResource

        return HomesResource(self)

    @cached_property
    def industry_users(self) -> IndustryUsersResource:
        """Industry users (iot-02 and iot-03): The users of an industry project (not app accounts): register them and change their passwords (iot-02), let one log in for a token of its own (iot-03, tuya-iot-py-sdk's "custom" mode), and grant them assets."""
        from .resources.industry_users import IndustryUsersResource

        return IndustryUsersResource(self)

    @cached_property
    def infrared(self) -> InfraredResource:
        """Universal IR remote control: Infrared hubs (universal IR blasters) and the virtual remotes bound to them: one remote per TV, air conditioner, fan or other appliance the hub controls."""
        from .resources.infrared import InfraredResource

        return InfraredResource(self)

    @cached_property
    def iot_device_control(self) -> IotDeviceControlResource:
        """IoT Core device control (standard instructions): The IoT Core "Device Control (Standard Instruction Set)" calls (/v1.0/iot-03/devices/...): send standard commands, read the latest status of one device or of up to 20, and read what a device or a category supports."""
        from .resources.iot_device_control import IotDeviceControlResource

        return IotDeviceControlResource(self)

    @cached_property
    def iot_devices(self) -> IotDevicesResource:
        """IoT Core devices (industry device management): The iot-03 device management calls, which Tuya's 2023-06-20 restructuring moved to the Industry Basic Service: list a project's devices by asset, app, user or product with a row-key cursor (v1.3), read one device's details (v1.0, v1.1), its factory data, rename and remove devices."""
        from .resources.iot_devices import IotDevicesResource

        return IotDevicesResource(self)

    @cached_property
    def locks(self) -> LocksResource:
        """Smart locks: Smart lock records and media (legacy v1.0 lock APIs): paged unlock and alarm histories, the addresses of the encrypted photos and videos a camera lock captures for remote-unlock requests and alarms, and remote unlocking without a password (a one-time ticket, then the door operation)."""
        from .resources.locks import LocksResource

        return LocksResource(self)

    @cached_property
    def multi_channel(self) -> MultiChannelResource:
        """Multi-channel names: Names of the channels of multi-outlet and multi-gang devices (power strips, wall switches): the device's own name plus one name per channel DP, read and changed."""
        from .resources.multi_channel import MultiChannelResource

        return MultiChannelResource(self)

    @cached_property
    def open_hub(self) -> OpenHubResource:
        """Open hub (MQTT push settings): The connection settings of Tuya's MQTT "open hub", over which Tuya pushes device status to a linked user's clients (tuya-iot-py-sdk, tuya-homebridge, homebridge-tuya-platform and a Hubitat driver connect with them)."""
        from .resources.open_hub import OpenHubResource

        return OpenHubResource(self)

    @cached_property
    def ota(self) -> OtaResource:
        """Firmware upgrades: Over-the-air (OTA) firmware upgrades: see which firmware modules of a device have a newer version, then start the upgrade of one module."""
        from .resources.ota import OtaResource

        return OtaResource(self)

    @cached_property
    def pairing(self) -> PairingResource:
        """Pairing: Network configuration ("Network Management" in Tuya's API list): open a Zigbee gateway so that new sub-devices can join, list the sub-devices that joined, and poll the outcome of a pairing session by its pairing token."""
        from .resources.pairing import PairingResource

        return PairingResource(self)

    @cached_property
    def scenes(self) -> ScenesResource:
        """Scenes (tap-to-run): Tap-to-run scenes of a home: a named list of actions with no trigger of their own, run on demand (from the app, with scenes.trigger, or from a scene switch bound with scenes.bind_to_device)."""
        from .resources.scenes import ScenesResource

        return ScenesResource(self)

    @cached_property
    def statistics(self) -> StatisticsResource:
        """Device data statistics: Aggregated values of one data point (DP) of a device - a lifetime total and series per 15 minutes, hour, day, week or month - computed by Tuya's cloud from the device's reports (typical use: energy meters with add_ele)."""
        from .resources.statistics import StatisticsResource

        return StatisticsResource(self)

    @cached_property
    def things(self) -> ThingsResource:
        """IoT Core thing model (v2.0): The IoT Core thing-model calls (/v2.0/cloud/thing/...) Tuya recommends for new cloud projects: a device's details, the project's device list, the device's thing model, its shadow (the reported value, DP id and report time of every property) and setting properties by code."""
        from .resources.things import ThingsResource

        return ThingsResource(self)

    @cached_property
    def token(self) -> TokenResource:
        """Token management: Access tokens for the cloud project (simple mode, cloud-to-cloud)."""
        from .resources.token import TokenResource

        return TokenResource(self)

    @cached_property
    def users(self) -> UsersResource:
        """Users: App users of the project's OEM/linked app (identified by the app's schema): one user's profile, the app's users page by page (v2.0, and the v1.0 list older SDKs call), and the sync call that creates or updates an app user."""
        from .resources.users import UsersResource

        return UsersResource(self)
