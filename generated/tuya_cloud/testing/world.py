"""The fake cloud's world: one seeded Tuya account with homes, rooms, members and devices, and one
behaviour per operation that reads and changes it.

Everything is deterministic except timestamps, which are relative to the moment the world is built
(log windows and "last 30 days" filters need recent data). Behaviours get the request's validated
wire arguments and return the envelope's `result`, or raise CloudError with a Tuya code.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

Args = dict[str, Any]
Clock = Callable[[], float]
Behaviour = Callable[["World", Args], Any]

BEHAVIOURS: dict[str, Behaviour] = {}


def behaviour(operation_id: str) -> Callable[[Behaviour], Behaviour]:
    """Register a World method as the behaviour of one operation."""

    def register(function: Behaviour) -> Behaviour:
        BEHAVIOURS[operation_id] = function
        return function

    return register


class CloudError(Exception):
    """A Tuya error reply; the server adds the code's standard message in front of `detail`."""

    def __init__(self, code: int, detail: str | None = None) -> None:
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {detail}" if detail else str(code))


def _illegal(where: str, rule: str) -> CloudError:
    return CloudError(1109, f"{where}: {rule}")


class Seed:
    """IDs of the seeded world, for tests that use the fake cloud."""

    USER_ID = "az1700000000000abcde"  # the project's linked account, owner of both homes
    MEMBER_ID = "az1700000000001fghij"  # an ordinary member of HOME_ID
    APP_USER_ID = "az1700000000002klmno"  # an app user without homes
    APP_SCHEMA = "fakeapp"
    HOME_ID = 1600008315
    HOLIDAY_HOME_ID = 1650002890
    LIVING_ROOM_ID = 19000001
    BEDROOM_ID = 19000002
    KITCHEN_ID = 19000003
    HALLWAY_ID = 19000004
    LOUNGE_ID = 19000005  # in HOLIDAY_HOME_ID
    LIGHT_ID = "vdevo170000000000101"  # dj: switch_led, work_mode, bright_value_v2, temp_value_v2, colour_data_v2
    SWITCH_ID = "vdevo170000000000102"  # kg: switch_1..3 with channel names, countdown_1..3
    PLUG_ID = "vdevo170000000000103"  # cz: switch_1, cur_power, add_ele statistics
    LOCK_ID = "vdevo170000000000104"  # jtmspro: open and alarm logs, media
    GATEWAY_ID = "vdevo170000000000105"  # wg2 with SENSOR_ID and CONTACT_ID
    SENSOR_ID = "vdevo170000000000106"  # wsdcg sub-device
    CONTACT_ID = "vdevo170000000000107"  # mcs sub-device
    OFFLINE_PLUG_ID = "vdevo170000000000108"  # cz in HOLIDAY_HOME_ID, offline
    SMOKE_ID = "vdevo170000000000109"  # ywbj; joins GATEWAY_ID on pairing.enable_sub_discovery
    GOOD_NIGHT_SCENE_ID = "Gn7kQ2xV9pLm4RtA"
    MOVIE_SCENE_ID = "Mv3sT8yB1cHq6WzE"
    LEAVE_SCENE_ID = "Lh5uN0dR2fJk8PxC"  # in HOLIDAY_HOME_ID; targets the offline plug
    WINDOW_AUTOMATION_ID = "At4hWn8LgT2kQ9sZ"
    HEATER_AUTOMATION_ID = "At7cLd3PwR5mX1vB"  # disabled
    TIMER_CATEGORY = "schedule"
    TIMER_GROUP_ID = "0000000001"  # LIGHT_ID's weekday wake-up timer
    PAIRING_TOKEN = "FkPair01"


# ---------------------------------------------------------------- products and their data points


@dataclass(frozen=True)
class Dp:
    """One data point of a product: `settable` DPs are functions (commands), all are reported in status."""

    code: str
    type: str  # Boolean | Integer | Enum | String | Json
    values: dict[str, Any]
    default: Any
    name: str
    desc: str = ""
    settable: bool = True

    def values_text(self) -> str:
        return json.dumps(self.values, separators=(",", ":"))

    def accepts(self, value: Any) -> bool:
        if self.type == "Boolean":
            return isinstance(value, bool)
        if self.type == "Integer":
            if not isinstance(value, int) or isinstance(value, bool):
                return False
            low, high, step = self.values["min"], self.values["max"], self.values.get("step", 1)
            return bool(low <= value <= high and (value - low) % step == 0)
        if self.type == "Enum":
            return value in self.values["range"]
        if self.type == "Json":
            if isinstance(value, dict):
                return True
            try:
                return isinstance(value, str) and isinstance(json.loads(value), dict)
            except ValueError:
                return False
        return isinstance(value, str)

    def linkage_values(self) -> dict[str, Any]:
        return {**self.values, "type": self.type}


def _switch(code: str, name: str, default: bool = False, *, settable: bool = True) -> Dp:
    return Dp(code, "Boolean", {}, default, name, settable=settable)


def _number(
    code: str,
    name: str,
    low: int,
    high: int,
    default: int,
    *,
    unit: str = "",
    scale: int = 0,
    step: int = 1,
    settable: bool = True,
) -> Dp:
    values = {"unit": unit, "min": low, "max": high, "scale": scale, "step": step}
    return Dp(code, "Integer", values, default, name, settable=settable)


def _choice(code: str, name: str, options: list[str], default: str, *, settable: bool = True) -> Dp:
    return Dp(code, "Enum", {"range": options}, default, name, settable=settable)


@dataclass(frozen=True)
class Product:
    product_id: str
    name: str
    category: str
    icon: str
    dps: tuple[Dp, ...]
    model: str = ""
    biz_type: int = 0
    statistics: tuple[tuple[str, str], ...] = ()  # (DP code, aggregation) the cloud keeps statistics for
    modules: tuple[tuple[int, str, str], ...] = ((0, "Wi-Fi module", "1.3.2"),)  # (module_type, desc, version)

    def dp(self, code: str) -> Dp | None:
        return next((dp for dp in self.dps if dp.code == code), None)


_COLOUR = '{"h":0,"s":1000,"v":1000}'
LIGHT = Product(
    "fk3nq8h2u6ldj7ab",
    "Smart bulb RGBCW",
    "dj",
    "smart/icon/bulb.png",
    (
        Dp("switch_led", "Boolean", {}, True, "Switch", "LED switch"),
        _choice("work_mode", "Mode", ["white", "colour", "scene"], "white"),
        _number("bright_value_v2", "Brightness", 10, 1000, 1000),
        _number("temp_value_v2", "Colour temperature", 0, 1000, 500),
        Dp(
            "colour_data_v2",
            "Json",
            {"h": {"min": 0, "max": 360}, "s": {"min": 0, "max": 1000}, "v": {"min": 0, "max": 1000}},
            _COLOUR,
            "Colour",
        ),
        _number("countdown_1", "Countdown", 0, 86400, 0, unit="s"),
    ),
    model="A60-RGBCW",
    modules=((0, "Wi-Fi module", "1.3.2"), (9, "MCU module", "1.0.0")),
)
SWITCH3 = Product(
    "fk8w2mx5ktswx3gb",
    "Wall switch 3 gang",
    "kg",
    "smart/icon/switch3.png",
    tuple(_switch(f"switch_{n}", f"Switch {n}") for n in (1, 2, 3))
    + tuple(_number(f"countdown_{n}", f"Switch {n} countdown", 0, 86400, 0, unit="s") for n in (1, 2, 3)),
)
PLUG = Product(
    "fk5pl9gq3rcz8mtr",
    "Smart plug with energy metering",
    "cz",
    "smart/icon/plug.png",
    (
        _switch("switch_1", "Socket"),
        _number("countdown_1", "Countdown", 0, 86400, 0, unit="s"),
        _choice("relay_status", "Power-on behaviour", ["power_off", "power_on", "last"], "last"),
        _number("add_ele", "Energy", 0, 50000000, 0, unit="kWh", scale=3, settable=False),
        _number("cur_current", "Current", 0, 30000, 0, unit="mA", settable=False),
        _number("cur_power", "Power", 0, 50000, 0, unit="W", scale=1, settable=False),
        _number("cur_voltage", "Voltage", 0, 5000, 2300, unit="V", scale=1, settable=False),
    ),
    statistics=(("add_ele", "sum"), ("cur_power", "avg")),
)
LOCK = Product(
    "fk2lk7vd4jtmsp0a",
    "Smart lock Pro",
    "jtmspro",
    "smart/icon/lock.png",
    (
        _switch("automatic_lock", "Auto lock", True),
        _choice("alarm_volume", "Alarm volume", ["mute", "low", "middle", "high"], "middle"),
        _number("residual_electricity", "Battery", 0, 100, 100, unit="%", settable=False),
        _number("unlock_fingerprint", "Fingerprint unlock", 0, 999, 0, settable=False),
        _number("unlock_password", "Password unlock", 0, 999, 0, settable=False),
        _number("unlock_card", "Card unlock", 0, 999, 0, settable=False),
        _choice(
            "alarm_lock",
            "Alarm",
            ["wrong_finger", "wrong_password", "wrong_card", "low_battery", "pry"],
            "wrong_finger",
            settable=False,
        ),
        _switch("hijack", "Duress alarm", settable=False),
        _switch("doorbell", "Doorbell", settable=False),
        _choice("closed_opened", "Door state", ["unknown", "open", "closed"], "closed", settable=False),
    ),
    modules=((0, "Wi-Fi module", "2.1.0"), (9, "MCU module", "2.0.4")),
)
GATEWAY = Product(
    "fk9gw1zb6wg2hub0",
    "Zigbee gateway",
    "wg2",
    "smart/icon/gateway.png",
    (
        _switch("switch_alarm_sound", "Alarm sound"),
        _choice("alarm_volume", "Alarm volume", ["low", "middle", "high", "mute"], "middle"),
    ),
    modules=((0, "Wi-Fi module", "1.0.7"), (3, "Zigbee module", "1.0.7")),
)
SENSOR = Product(
    "fk4th6sn2wsdcg9q",
    "Temperature and humidity sensor",
    "wsdcg",
    "smart/icon/thermometer.png",
    (
        _number("va_temperature", "Temperature", -200, 600, 200, unit="℃", scale=1, settable=False),
        _number("va_humidity", "Humidity", 0, 100, 50, unit="%", settable=False),
        _number("battery_percentage", "Battery", 0, 100, 100, unit="%", settable=False),
        _choice("temp_unit_convert", "Temperature unit", ["c", "f"], "c"),
    ),
    modules=((3, "Zigbee module", "1.0.3"),),
)
CONTACT = Product(
    "fk7dc3wn8mcs1op4",
    "Door and window sensor",
    "mcs",
    "smart/icon/contact.png",
    (
        _switch("doorcontact_state", "Open", settable=False),
        _number("battery_percentage", "Battery", 0, 100, 100, unit="%", settable=False),
    ),
    modules=((3, "Zigbee module", "1.0.1"),),
)
SMOKE = Product(
    "fk1sm5kd0ywbj7ze",
    "Smoke detector",
    "ywbj",
    "smart/icon/smoke.png",
    (
        _choice("smoke_sensor_status", "Smoke", ["alarm", "normal"], "normal", settable=False),
        _choice("battery_state", "Battery", ["low", "middle", "high"], "high", settable=False),
        _switch("muffling", "Mute"),
    ),
    modules=((3, "Zigbee module", "1.0.0"),),
)
PRODUCTS = (LIGHT, SWITCH3, PLUG, LOCK, GATEWAY, SENSOR, CONTACT, SMOKE)

DEFAULT_PICTURES = [
    "https://images.tuyaeu.com/smart/rule/cover/starry.png",
    "https://images.tuyaeu.com/smart/rule/cover/sport.png",
    "https://images.tuyaeu.com/smart/rule/cover/bedroom.png",
    "https://images.tuyaeu.com/smart/rule/cover/house.png",
]
_LINKABLE = frozenset({"Boolean", "Integer", "Enum"})


# ---------------------------------------------------------------- state records


@dataclass
class LogEvent:
    seq: int
    event_time: int  # Unix ms
    event_id: int  # 1 online, 2 offline, 3 activation, 4 reset, 5 command, 7 DP report, ...
    event_from: str
    code: str | None = None
    value: Any = None


@dataclass
class TimerGroup:
    id: str
    loops: str
    time_zone: str
    timezone_id: str
    alias_name: str
    instructions: list[dict[str, Any]]
    timer_ids: list[int]
    status: int = 1


@dataclass
class Device:
    id: str
    name: str
    product: Product
    home_id: int
    room_id: int | None
    create_time: int
    online: bool = True
    gateway_id: str | None = None
    node_id: str | None = None
    status: dict[str, Any] = field(default_factory=dict)
    update_time: int = 0
    active_time: int = 0
    function_names: dict[str, str] = field(default_factory=dict)
    users: list[str] = field(default_factory=list)
    timers: dict[str, dict[str, TimerGroup]] = field(default_factory=dict)
    modules: list[dict[str, Any]] = field(default_factory=list)
    logs: list[LogEvent] = field(default_factory=list)
    open_logs: list[dict[str, Any]] = field(default_factory=list)
    alarm_logs: list[dict[str, Any]] = field(default_factory=list)
    sn: str | None = None

    @property
    def uuid(self) -> str:
        return "fk" + hashlib.sha256(self.id.encode()).hexdigest()[:14]

    @property
    def local_key(self) -> str:
        return hashlib.sha256(b"local-key:" + self.id.encode()).hexdigest()[:16]

    @property
    def mac(self) -> str:
        digest = hashlib.sha256(b"mac:" + self.id.encode()).hexdigest()
        return ":".join(digest[i : i + 2] for i in range(0, 12, 2))


@dataclass
class Member:
    uid: str
    name: str
    account: str
    country_code: str
    admin: bool = False
    owner: bool = False


@dataclass
class Home:
    id: int
    name: str
    lat: float
    lon: float
    geo_name: str
    rooms: dict[int, str]
    members: dict[str, Member]


@dataclass
class User:
    uid: str
    username: str
    country_code: str
    nick_name: str
    create_time: int
    mobile: str | None = None
    email: str | None = None
    time_zone_id: str = "Europe/Berlin"
    temp_unit: int = 1


@dataclass
class Scene:
    id: str
    home_id: int
    name: str
    actions: list[dict[str, Any]]
    enabled: bool = True


@dataclass
class Automation:
    id: str
    home_id: int
    definition: dict[str, Any]  # name, background, match_type, condition_rule?, preconditions, conditions, actions
    enabled: bool = True


# ---------------------------------------------------------------- helpers


def _home_id(value: Any) -> int:
    return int(value)  # validated as digits or an int before it gets here


def _text(value: Any) -> str:
    """How device logs render DP values: JSON-ish strings ("true", "500")."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))


def _row_key(seq: int) -> str:
    return base64.urlsafe_b64encode(f"row:{seq:010d}".encode()).decode().rstrip("=")


def _row_seq(key: str, where: str) -> int:
    try:
        text = base64.urlsafe_b64decode(key + "=" * (-len(key) % 4)).decode()
        if text.startswith("row:"):
            return int(text[4:])
    except ValueError:
        pass
    raise _illegal(where, "not a row key this server issued")


def _page(items: list[Any], page_no: int, page_size: int) -> list[Any]:
    start = (page_no - 1) * page_size
    return items[start : start + page_size]


def _fraction(*parts: object) -> float:
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()
    return int(digest[:8], 16) / 0xFFFFFFFF


def _offset(time_zone: str) -> timezone:
    sign = -1 if time_zone.startswith("-") else 1
    hours, minutes = time_zone[1:].split(":")
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))


# ---------------------------------------------------------------- the world


class World:
    """The seeded account. Call `handle(operation_id, args)`; read or change the attributes in tests
    (under the cloud's `lock` while its server runs)."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        now = int(clock())
        self.epoch = now
        self._seq = 0
        self._next_room = 19000100
        self._next_group = 0x100
        self._next_timer = 4906528
        self._next_rule = 1
        self.discovery_until = 0.0
        self.app_schema = Seed.APP_SCHEMA
        self.users: dict[str, User] = {}
        self.homes: dict[int, Home] = {}
        self.devices: dict[str, Device] = {}
        self.deleted_devices: set[str] = set()
        self.pending_sub_devices: list[Device] = []
        self.scenes: dict[str, Scene] = {}
        self.automations: dict[str, Automation] = {}
        self.pairing_results: dict[str, dict[str, Any]] = {}
        self._seed(now)

    # ------------------------------------------------------------ public helpers

    def now(self) -> int:
        return int(self.clock())

    def handle(self, operation_id: str, args: Args) -> Any:
        """Run the behaviour of `operation_id`; KeyError when the world has none."""
        return BEHAVIOURS[operation_id](self, args)

    def device(self, device_id: str) -> Device:
        found = self.devices.get(device_id)
        if found is None:
            raise CloudError(2010)
        return found

    def status_of(self, device_id: str) -> dict[str, Any]:
        return dict(self.device(device_id).status)

    def set_online(self, device_id: str, online: bool) -> None:
        device = self.device(device_id)
        if device.online != online:
            device.online = online
            self._log(device, 1 if online else 2, "1")

    # ------------------------------------------------------------ seeding

    def _seed(self, now: int) -> None:
        day = 86400
        self.users = {
            Seed.USER_ID: User(
                Seed.USER_ID, "alex@example.com", "49", "Alex", now - 25 * day, email="alex@example.com"
            ),
            Seed.MEMBER_ID: User(
                Seed.MEMBER_ID, "49-1701****321", "49", "Sam", now - 12 * day, mobile="49-1701****321"
            ),
            Seed.APP_USER_ID: User(
                Seed.APP_USER_ID,
                "kim@example.com",
                "1",
                "Kim",
                now - 3 * day,
                email="kim@example.com",
                time_zone_id="America/New_York",
                temp_unit=2,
            ),
        }
        owner = Member(Seed.USER_ID, "Alex", "ale***@example.com", "49", admin=True, owner=True)
        self.homes = {
            Seed.HOME_ID: Home(
                Seed.HOME_ID,
                "My Home",
                52.520008,
                13.404954,
                "Berlin",
                {
                    Seed.LIVING_ROOM_ID: "Living room",
                    Seed.BEDROOM_ID: "Bedroom",
                    Seed.KITCHEN_ID: "Kitchen",
                    Seed.HALLWAY_ID: "Hallway",
                },
                {Seed.USER_ID: owner, Seed.MEMBER_ID: Member(Seed.MEMBER_ID, "Sam", "49-*******321", "49")},
            ),
            Seed.HOLIDAY_HOME_ID: Home(
                Seed.HOLIDAY_HOME_ID,
                "Holiday House",
                54.323334,
                10.139444,
                "Kiel",
                {Seed.LOUNGE_ID: "Lounge"},
                {Seed.USER_ID: copy.copy(owner)},
            ),
        }
        created = now - 20 * day
        specs: list[tuple[str, str, Product, int, int | None, dict[str, Any]]] = [
            (
                Seed.LIGHT_ID,
                "Living room light",
                LIGHT,
                Seed.HOME_ID,
                Seed.LIVING_ROOM_ID,
                {"bright_value_v2": 500, "temp_value_v2": 300},
            ),
            (Seed.SWITCH_ID, "Hallway switch", SWITCH3, Seed.HOME_ID, Seed.HALLWAY_ID, {"switch_1": True}),
            (
                Seed.PLUG_ID,
                "Kitchen plug",
                PLUG,
                Seed.HOME_ID,
                Seed.KITCHEN_ID,
                {"switch_1": True, "add_ele": 92680, "cur_current": 545, "cur_power": 1250, "cur_voltage": 2301},
            ),
            (
                Seed.LOCK_ID,
                "Front door lock",
                LOCK,
                Seed.HOME_ID,
                Seed.HALLWAY_ID,
                {"residual_electricity": 87, "unlock_fingerprint": 1},
            ),
            (Seed.GATEWAY_ID, "Zigbee gateway", GATEWAY, Seed.HOME_ID, Seed.LIVING_ROOM_ID, {}),
            (
                Seed.SENSOR_ID,
                "Bedroom climate",
                SENSOR,
                Seed.HOME_ID,
                Seed.BEDROOM_ID,
                {"va_temperature": 215, "va_humidity": 48, "battery_percentage": 76},
            ),
            (Seed.CONTACT_ID, "Bedroom window", CONTACT, Seed.HOME_ID, Seed.BEDROOM_ID, {"battery_percentage": 64}),
            (Seed.OFFLINE_PLUG_ID, "Garden plug", PLUG, Seed.HOLIDAY_HOME_ID, Seed.LOUNGE_ID, {}),
        ]
        for index, (device_id, name, product, home_id, room_id, status) in enumerate(specs):
            device = self._new_device(device_id, name, product, home_id, room_id, created + index * 3600)
            device.status.update(status)
            device.users = [Seed.USER_ID, Seed.MEMBER_ID] if home_id == Seed.HOME_ID else [Seed.USER_ID]
            self.devices[device_id] = device
        for sub_id in (Seed.SENSOR_ID, Seed.CONTACT_ID):
            self.devices[sub_id].gateway_id = Seed.GATEWAY_ID
            self.devices[sub_id].node_id = "a4c13800" + sub_id[-8:]
        self.devices[Seed.SWITCH_ID].function_names.update(
            {"switch_1": "Ceiling", "switch_2": "Wall lamps", "switch_3": "Porch"}
        )
        self.devices[Seed.PLUG_ID].sn = "FKSN2023110100103"
        smoke = self._new_device(Seed.SMOKE_ID, "Smoke detector", SMOKE, Seed.HOME_ID, None, created)
        smoke.gateway_id, smoke.node_id = Seed.GATEWAY_ID, "a4c13800" + Seed.SMOKE_ID[-8:]
        self.pending_sub_devices = [smoke]
        for device in self.devices.values():
            self._seed_logs(device, now)
        self._seed_lock(self.devices[Seed.LOCK_ID], now)
        self.devices[Seed.LIGHT_ID].modules[1].update(
            {"upgrade_status": 1, "upgrade_version": "1.0.2", "upgrade_desc": "Smoother dimming at low brightness"}
        )
        self.devices[Seed.GATEWAY_ID].modules[1].update(
            {"upgrade_status": 1, "upgrade_version": "1.0.9", "upgrade_desc": "More stable Zigbee mesh"}
        )
        light = self.devices[Seed.LIGHT_ID]
        light.timers[Seed.TIMER_CATEGORY] = {
            Seed.TIMER_GROUP_ID: TimerGroup(
                Seed.TIMER_GROUP_ID,
                "1111100",
                "+01:00",
                "Europe/Berlin",
                "Wake up",
                [
                    {
                        "time": "06:45",
                        "functions": [{"code": "switch_led", "value": True}, {"code": "bright_value_v2", "value": 300}],
                    }
                ],
                [self._timer_id()],
            )
        }
        self._seed_rules()
        self.pairing_results[Seed.PAIRING_TOKEN] = {
            "success": [
                {
                    "device_id": Seed.LIGHT_ID,
                    "product_id": LIGHT.product_id,
                    "category": "dj",
                    "name": "Living room light",
                }
            ],
            "failed": [
                {"device_id": "vdevo170000000000199", "name": "Smart plug", "code": "2001", "msg": "device is offline"}
            ],
        }

    def _new_device(
        self, device_id: str, name: str, product: Product, home_id: int, room_id: int | None, created: int
    ) -> Device:
        device = Device(device_id, name, product, home_id, room_id, created, update_time=created, active_time=created)
        device.status = {dp.code: dp.default for dp in product.dps}
        device.modules = [
            {
                "upgrade_status": 0,
                "current_version": version,
                "upgrade_version": "",
                "module_type": module_type,
                "module_desc": desc,
                "last_upgrade_time": 0,
                "upgrade_desc": "",
            }
            for module_type, desc, version in product.modules
        ]
        return device

    def _seed_logs(self, device: Device, now: int) -> None:
        hour = 3600
        self._log(device, 3, "1", at=device.create_time * 1000)
        self._log(device, 1, "1", at=(now - 6 * 24 * hour) * 1000)
        for dp in device.product.dps:
            if dp.type == "Boolean" and dp.settable:
                for index, days_ago in enumerate((5, 3, 1)):
                    value = device.status[dp.code] if index == 2 else index % 2 == 0
                    self._log(device, 7, "1", dp.code, value, at=(now - days_ago * 24 * hour) * 1000)
        if "va_temperature" in device.status:
            for step in range(8, 0, -1):
                value = device.status["va_temperature"] - step
                self._log(device, 7, "1", "va_temperature", value, at=(now - step * 6 * hour) * 1000)
        if device.id == Seed.OFFLINE_PLUG_ID:
            device.online = False
            self._log(device, 2, "1", at=(now - 2 * 24 * hour) * 1000)
        device.logs.sort(key=lambda e: e.event_time)

    def _seed_lock(self, lock: Device, now: int) -> None:
        methods = [
            ("unlock_fingerprint", 1, "Alex's thumb", Seed.USER_ID, "Alex"),
            ("unlock_password", 2, "Sam's code", Seed.MEMBER_ID, "Sam"),
            ("unlock_card", 3, "", "0", ""),
            ("unlock_temporary", 70001, "Cleaner", "0", ""),
        ]
        for index in range(12):
            code, value, unlock_name, user_id, nick = methods[index % len(methods)]
            lock.open_logs.append(
                {
                    "update_time": (now - (index * 17 + 3) * 3600) * 1000,
                    "status": {"code": code, "value": value},
                    "unlock_name": unlock_name,
                    "user_id": user_id,
                    "nick_name": nick,
                }
            )
        alarms: list[tuple[int, str, Any, str]] = [
            (5, "alarm_lock", "wrong_finger", ""),
            (30, "doorbell", True, ""),
            (52, "hijack", "unlock_fingerprint-02", "Alex"),
            (75, "alarm_lock", "low_battery", ""),
            (101, "alarm_lock", "wrong_password", ""),
        ]
        for hours_ago, code, value, nick in alarms:
            lock.alarm_logs.append(
                {"update_time": now - hours_ago * 3600, "status": {"code": code, "value": value}, "nick_name": nick}
            )

    def _seed_rules(self) -> None:
        self.scenes = {
            scene.id: scene
            for scene in (
                Scene(
                    Seed.GOOD_NIGHT_SCENE_ID,
                    Seed.HOME_ID,
                    "Good night",
                    [
                        {
                            "action_executor": "dpIssue",
                            "entity_id": Seed.LIGHT_ID,
                            "executor_property": {"switch_led": False},
                        },
                        {
                            "action_executor": "dpIssue",
                            "entity_id": Seed.SWITCH_ID,
                            "executor_property": {"switch_1": False, "switch_2": False, "switch_3": False},
                        },
                        {
                            "action_executor": "dpIssue",
                            "entity_id": Seed.PLUG_ID,
                            "executor_property": {"switch_1": False},
                        },
                    ],
                ),
                Scene(
                    Seed.MOVIE_SCENE_ID,
                    Seed.HOME_ID,
                    "Movie time",
                    [
                        {
                            "action_executor": "dpIssue",
                            "entity_id": Seed.LIGHT_ID,
                            "executor_property": {"switch_led": True, "work_mode": "scene", "bright_value_v2": 200},
                        },
                        {
                            "action_executor": "delay",
                            "executor_property": {"hours": "0", "minutes": "0", "seconds": "5"},
                        },
                        {"action_executor": "ruleDisable", "entity_id": Seed.WINDOW_AUTOMATION_ID},
                    ],
                ),
                Scene(
                    Seed.LEAVE_SCENE_ID,
                    Seed.HOLIDAY_HOME_ID,
                    "Leave the house",
                    [
                        {
                            "action_executor": "dpIssue",
                            "entity_id": Seed.OFFLINE_PLUG_ID,
                            "executor_property": {"switch_1": False},
                        },
                    ],
                ),
            )
        }
        window = {
            "name": "Window opens: light on",
            "background": DEFAULT_PICTURES[2],
            "match_type": 1,
            "preconditions": [
                {
                    "id": "pre_1",
                    "cond_type": "timeCheck",
                    "display": {"start": "18:00", "end": "23:59", "loops": "1111111", "timezone_id": "Europe/Berlin"},
                }
            ],
            "conditions": [
                {
                    "entity_type": 1,
                    "entity_id": Seed.CONTACT_ID,
                    "order_num": 1,
                    "display": {"code": "doorcontact_state", "operator": "==", "value": True},
                }
            ],
            "actions": [
                {"action_executor": "dpIssue", "entity_id": Seed.LIGHT_ID, "executor_property": {"switch_led": True}}
            ],
        }
        heater = {
            "name": "Cold evening: heater on",
            "background": DEFAULT_PICTURES[3],
            "match_type": 3,
            "condition_rule": "1&&2",
            "preconditions": [],
            "conditions": [
                {
                    "entity_type": 3,
                    "entity_id": "2950159",
                    "order_num": 1,
                    "display": {"code": "$temp", "operator": "<", "value": 10},
                },
                {
                    "entity_type": 6,
                    "entity_id": "timer",
                    "order_num": 2,
                    "display": {"time": "18:30", "loops": "1111100", "timezone_id": "Europe/Berlin"},
                },
            ],
            "actions": [
                {"action_executor": "delay", "executor_property": {"hours": "0", "minutes": "0", "seconds": "30"}},
                {"action_executor": "dpIssue", "entity_id": Seed.PLUG_ID, "executor_property": {"switch_1": True}},
            ],
        }
        self._next_rule = 2
        self.automations = {
            Seed.WINDOW_AUTOMATION_ID: Automation(Seed.WINDOW_AUTOMATION_ID, Seed.HOME_ID, window),
            Seed.HEATER_AUTOMATION_ID: Automation(Seed.HEATER_AUTOMATION_ID, Seed.HOME_ID, heater, enabled=False),
        }

    # ------------------------------------------------------------ internals

    def _log(
        self,
        device: Device,
        event_id: int,
        event_from: str,
        code: str | None = None,
        value: Any = None,
        *,
        at: int | None = None,
    ) -> None:
        self._seq += 1
        event_time = at if at is not None else int(self.clock() * 1000)
        device.logs.append(LogEvent(self._seq, event_time, event_id, event_from, code, value))

    def _timer_id(self) -> int:
        self._next_timer += 1
        return self._next_timer

    def _home(self, home_id: Any) -> Home:
        home = self.homes.get(_home_id(home_id))
        if home is None:
            raise CloudError(1000, f"home {home_id}")
        return home

    def _home_devices(self, home: Home) -> list[Device]:
        return sorted((d for d in self.devices.values() if d.home_id == home.id), key=lambda d: d.id)

    def _room(self, home: Home, room_id: Any) -> int:
        room = _home_id(room_id)
        if room not in home.rooms:
            raise CloudError(1000, f"room {room_id}")
        return room

    def _remove_device(self, device: Device) -> None:
        for sub in [d for d in self.devices.values() if d.gateway_id == device.id]:
            self._remove_device(sub)
        self.devices.pop(device.id, None)
        self.deleted_devices.add(device.id)

    def _check_commands(self, device: Device, commands: Iterable[tuple[str, Any]], where: str) -> None:
        for index, (code, value) in enumerate(commands):
            dp = device.product.dp(code)
            if dp is None or not dp.settable:
                raise CloudError(2008, f"{where}[{index}].code: {device.name} has no function {code!r}")
            if not dp.accepts(value):
                raise CloudError(2008, f"{where}[{index}].value: {value!r} is not a valid {dp.type} for {code}")

    def _set_dps(self, device: Device, commands: list[tuple[str, Any]], event_from: str = "4") -> None:
        """Apply already checked commands: status changes, logs, and a plug's power follows its relay."""
        for code, value in commands:
            dp = device.product.dp(code)
            if dp is not None and dp.type == "Json" and isinstance(value, dict):
                value = json.dumps(value, separators=(",", ":"))
            self._log(device, 5, event_from, code, value)
            device.status[code] = value
            self._log(device, 7, "1", code, value)
            if device.product is PLUG and code == "switch_1":
                device.status["cur_power"] = 1250 if value else 0
                device.status["cur_current"] = 545 if value else 0
        device.update_time = self.now()

    def _device_json(self, device: Device) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": device.id,
            "uuid": device.uuid,
            "uid": Seed.USER_ID,
            "biz_type": device.product.biz_type,
            "name": device.name,
            "time_zone": "+01:00",
            "ip": "" if device.gateway_id else "203.0.113.17",
            "local_key": device.local_key,
            "sub": device.gateway_id is not None,
            "model": device.product.model,
            "create_time": device.create_time,
            "update_time": device.update_time,
            "active_time": device.active_time,
            "status": [{"code": dp.code, "value": device.status[dp.code]} for dp in device.product.dps],
            "owner_id": str(device.home_id),
            "product_id": device.product.product_id,
            "product_name": device.product.name,
            "category": device.product.category,
            "icon": device.product.icon,
            "online": device.online,
        }
        home = self.homes.get(device.home_id)
        if home is not None:
            out["lat"], out["lon"] = f"{home.lat:.2f}", f"{home.lon:.2f}"
        if device.node_id is not None:
            out["node_id"] = device.node_id
        return out

    def _linkage_device(self, device: Device) -> dict[str, Any]:
        return {
            "device_id": device.id,
            "uuid": device.uuid,
            "name": device.name,
            "home_id": str(device.home_id),
            "product_id": device.product.product_id,
        }

    def _linkage_codes(self, device: Device) -> dict[str, Any]:
        def code(dp: Dp) -> dict[str, Any]:
            return {
                "code": dp.code,
                "name": device.function_names.get(dp.code, dp.name),
                "type": dp.type,
                "values": dp.linkage_values(),
            }

        linkable = [dp for dp in device.product.dps if dp.type in _LINKABLE]
        return {
            "device_id": device.id,
            "functions": [code(dp) for dp in linkable if dp.settable],
            "status": [code(dp) for dp in linkable],
        }

    def _scene(self, home_id: Any, scene_id: str) -> Scene:
        home = self._home(home_id)
        scene = self.scenes.get(scene_id)
        if scene is None or scene.home_id != home.id:
            raise CloudError(1000, f"scene {scene_id}")
        return scene

    def _automation(self, home_id: Any, automation_id: str) -> Automation:
        home = self._home(home_id)
        rule = self.automations.get(automation_id)
        if rule is None or rule.home_id != home.id:
            raise CloudError(1000, f"automation {automation_id}")
        return rule

    def _lock(self, device_id: str) -> Device:
        device = self.device(device_id)
        if device.product.category not in {"ms", "jtmspro"}:
            raise CloudError(2009, f"{device.name} is not a lock")
        return device

    def _gateway(self, device_id: str) -> Device:
        device = self.device(device_id)
        if device.product.category not in {"wg2", "wg"}:
            raise CloudError(2009, f"{device.name} is not a gateway")
        return device

    # ------------------------------------------------------------ devices

    @behaviour("devices.get")
    def devices_get(self, a: Args) -> Any:
        return self._device_json(self.device(a["device_id"]))

    @behaviour("devices.get_status")
    def devices_get_status(self, a: Args) -> Any:
        device = self.device(a["device_id"])
        return [{"code": dp.code, "value": device.status[dp.code]} for dp in device.product.dps]

    @behaviour("devices.rename")
    def devices_rename(self, a: Args) -> Any:
        self.device(a["device_id"]).name = a["name"]
        return True

    @behaviour("devices.delete")
    def devices_delete(self, a: Args) -> Any:
        device_id = a["device_id"]
        if device_id in self.deleted_devices:
            return True  # removing a device that is already gone does no further harm
        self._remove_device(self.device(device_id))
        return True

    @behaviour("devices.reset_factory")
    def devices_reset_factory(self, a: Args) -> Any:
        device = self.device(a["device_id"])
        device.status = {dp.code: dp.default for dp in device.product.dps}
        device.function_names.clear()
        device.timers.clear()
        device.update_time = self.now()
        self._log(device, 4, "4")
        return True

    def _filtered_devices(self, a: Args) -> list[Device]:
        devices = sorted(self.devices.values(), key=lambda d: d.id)
        if a.get("schema") is not None and a["schema"] != self.app_schema:
            return []
        if a.get("device_ids") is not None:
            devices = [d for d in devices if d.id in set(a["device_ids"])]
        if a.get("product_id") is not None:
            devices = [d for d in devices if d.product.product_id == a["product_id"]]
        return devices

    @behaviour("devices.list")
    def devices_list(self, a: Args) -> Any:
        devices = [
            d for d in self._filtered_devices(a) if a.get("start_time", 0) <= d.create_time <= a.get("end_time", 10**10)
        ]
        if a.get("last_id") is not None:
            ids = [d.id for d in devices]
            start = ids.index(a["last_id"]) + 1 if a["last_id"] in ids else 0
            page = devices[start : start + a["page_size"]]
        else:
            page = _page(devices, a["page_no"], a["page_size"])
        result: dict[str, Any] = {"total": len(devices), "devices": [self._device_json(d) for d in page]}
        if page:
            result["last_id"] = page[-1].id
        return result

    @behaviour("devices.list_v2")
    def devices_list_v2(self, a: Args) -> Any:
        devices = [
            d
            for d in self._filtered_devices(a)
            if a.get("start_update_time", 0) <= d.update_time <= a.get("end_update_time", 10**10)
        ]
        start = 0
        if a.get("last_row_key") is not None:
            ids = [d.id for d in devices]
            if a["last_row_key"] not in ids:
                raise _illegal("last_row_key", "unknown row key")
            start = ids.index(a["last_row_key"]) + 1
        page = devices[start : start + a["size"]]
        last = page[-1].id if page else a.get("last_row_key", "")
        return {
            "has_more": start + len(page) < len(devices),
            "last_row_key": last,
            "total": len(devices),
            "last_id": last,
            "devices": [self._device_json(d) for d in page],
        }

    @behaviour("devices.list_for_user")
    def devices_list_for_user(self, a: Args) -> Any:
        if a["uid"] not in self.users:
            raise CloudError(2006)
        devices: list[Device] = []
        if a.get("from", "home") == "home":
            homes = [h for h in self.homes.values() if a["uid"] in h.members]
            devices = [d for home in homes for d in self._home_devices(home)]
        if a.get("page_size") is not None:
            devices = _page(devices, a.get("page_no", 1), a["page_size"])
        return [self._device_json(d) for d in devices]

    @behaviour("devices.list_factory_infos")
    def devices_list_factory_infos(self, a: Args) -> Any:
        out = []
        for device_id in a["device_ids"]:
            device = self.devices.get(device_id)
            if device is not None:
                info = {"id": device.id, "uuid": device.uuid, "mac": device.mac}
                if device.sn is not None:
                    info["sn"] = device.sn
                out.append(info)
        return out

    @behaviour("devices.list_sub_devices")
    def devices_list_sub_devices(self, a: Args) -> Any:
        gateway = self.device(a["device_id"])
        subs = sorted((d for d in self.devices.values() if d.gateway_id == gateway.id), key=lambda d: d.id)
        return [
            {
                "id": d.id,
                "name": d.name,
                "online": d.online,
                "active_time": d.active_time,
                "update_time": d.update_time,
                "product_id": d.product.product_id,
                "category": d.product.category,
                "node_id": d.node_id or "",
                "owner_id": str(d.home_id),
                "icon": d.product.icon,
            }
            for d in subs
        ]

    @behaviour("devices.list_logs")
    def devices_list_logs(self, a: Args) -> Any:
        device = self.device(a["device_id"])
        if a["end_time"] < a["start_time"]:
            raise _illegal("end_time", "must not be before start_time")
        types, codes = set(a["type"]), set(a.get("codes") or ())
        events = [
            e
            for e in sorted(device.logs, key=lambda e: (e.event_time, e.seq), reverse=True)
            if e.event_id in types
            and a["start_time"] <= e.event_time <= a["end_time"]
            and (not codes or e.code in codes)
        ]
        size = a.get("size", 20)
        paid = a.get("query_type") == 2
        start = 0
        key = a.get("last_row_key") if paid else a.get("start_row_key")
        if key is not None:
            where = "last_row_key" if paid else "start_row_key"
            seq = _row_seq(key, where)
            seqs = [e.seq for e in events]
            if seq not in seqs:
                raise _illegal(where, "the row key is outside this query")
            start = seqs.index(seq) + (1 if paid else 0)
        page = events[start : start + size]
        has_next = start + size < len(events)
        logs = []
        for event in page:
            entry: dict[str, Any] = {
                "event_time": event.event_time,
                "event_from": event.event_from,
                "event_id": event.event_id,
                "status": "1",
                "row": _row_key(event.seq),
            }
            if event.code is not None:
                entry["code"], entry["value"] = event.code, _text(event.value)
            logs.append(entry)
        result: dict[str, Any] = {"device_id": device.id, "has_next": has_next, "logs": logs}
        if paid:
            result["count"] = len(events)
        else:
            result["current_row_key"] = _row_key(page[0].seq) if page else ""
            result["next_row_key"] = _row_key(events[start + size].seq) if has_next else None
        return result

    # ------------------------------------------------------------ device control

    @behaviour("device_control.send_commands")
    def send_commands(self, a: Args) -> Any:
        device = self.device(a["device_id"])
        commands = [(c["code"], c["value"]) for c in a["commands"]]
        if not device.online:
            raise CloudError(2001)
        self._check_commands(device, commands, "commands")
        self._set_dps(device, commands)
        return True

    @behaviour("device_control.get_functions")
    def get_functions(self, a: Args) -> Any:
        device = self.device(a["device_id"])
        functions = []
        for dp in device.product.dps:
            if dp.settable:
                item = {
                    "code": dp.code,
                    "type": dp.type,
                    "values": dp.values_text(),
                    "name": device.function_names.get(dp.code, dp.name),
                }
                if dp.desc:
                    item["desc"] = dp.desc
                functions.append(item)
        return {"category": device.product.category, "functions": functions}

    @behaviour("device_control.get_specifications")
    def get_specifications(self, a: Args) -> Any:
        device = self.device(a["device_id"])
        specs = [{"code": dp.code, "type": dp.type, "values": dp.values_text()} for dp in device.product.dps]
        settable = {dp.code for dp in device.product.dps if dp.settable}
        return {
            "category": device.product.category,
            "functions": [s for s in specs if s["code"] in settable],
            "status": specs,
        }

    @behaviour("device_control.get_category_functions")
    def get_category_functions(self, a: Args) -> Any:
        seen: dict[str, dict[str, Any]] = {}
        for product in PRODUCTS:
            if product.category == a["category"]:
                for dp in product.dps:
                    if dp.settable:
                        seen.setdefault(
                            dp.code,
                            {
                                "code": dp.code,
                                "type": dp.type,
                                "values": dp.values_text(),
                                "name": dp.name,
                                "desc": dp.desc or dp.name,
                            },
                        )
        return {"category": a["category"], "functions": list(seen.values())}

    @behaviour("device_control.rename_function")
    def rename_function(self, a: Args) -> Any:
        device = self.device(a["device_id"])
        if device.product.dp(a["function_code"]) is None:
            raise CloudError(2008, f"function_code: {device.name} has no function {a['function_code']!r}")
        device.function_names[a["function_code"]] = a["name"]
        return True

    @behaviour("multi_channel.get_names")
    def multi_channel_get_names(self, a: Args) -> Any:
        device = self.device(a["device_id"])
        channels = [dp for dp in device.product.dps if re.fullmatch(r"switch_\d+", dp.code)]
        names = [{"identifier": dp.code, "name": device.function_names.get(dp.code, dp.name)} for dp in channels]
        return [*names, {"identifier": "main", "name": device.name}]

    @behaviour("device_users.delete")
    def device_users_delete(self, a: Args) -> Any:
        device = self.device(a["device_id"])
        if a["user_id"] not in device.users:
            raise CloudError(1000, f"user {a['user_id']} is not a user of this device")
        device.users.remove(a["user_id"])
        return True

    # ------------------------------------------------------------ device timers

    def _timer_json(self, category: str, groups: dict[str, TimerGroup]) -> dict[str, Any]:
        return {
            "category": {"category": category, "status": 1},
            "groups": [
                {
                    "id": group.id,
                    "timers": [
                        {
                            "timer_id": timer_id,
                            "date": instruction.get("date", ""),
                            "time": instruction["time"],
                            "loops": group.loops,
                            "timezone_id": group.timezone_id,
                            "status": group.status,
                            "functions": copy.deepcopy(instruction["functions"]),
                            "group_order": order,
                            "alias_name": group.alias_name,
                            "is_app_push": False,
                        }
                        for order, (timer_id, instruction) in enumerate(
                            zip(group.timer_ids, group.instructions, strict=True)
                        )
                    ],
                }
                for group in groups.values()
            ],
        }

    def _check_instructions(self, device: Device, a: Args) -> None:
        now = self.clock()
        for index, instruction in enumerate(a["instruct"]):
            functions = [(f["code"], f["value"]) for f in instruction["functions"]]
            self._check_commands(device, functions, f"instruct[{index}].functions")
            if "date" in instruction:
                try:
                    when = datetime.strptime(instruction["date"] + instruction["time"], "%Y%m%d%H:%M")
                except ValueError:
                    raise _illegal(f"instruct[{index}].date", "not a calendar date") from None
                if when.replace(tzinfo=_offset(a["time_zone"])).timestamp() <= now:
                    raise _illegal(f"instruct[{index}].date", "the one-off task time has already passed")

    def _group(self, device: Device, group_id: str, category: str | None = None) -> tuple[str, TimerGroup]:
        for name, groups in device.timers.items():
            if (category is None or name == category) and group_id in groups:
                return name, groups[group_id]
        raise CloudError(1000, f"timer group {group_id}")

    @behaviour("device_timers.add")
    def timers_add(self, a: Args) -> Any:
        device = self.device(a["device_id"])
        self._check_instructions(device, a)
        self._next_group += 1
        group_id = f"{self._next_group:010x}"
        instructions = copy.deepcopy(a["instruct"])
        group = TimerGroup(
            group_id,
            a["loops"],
            a["time_zone"],
            a["timezone_id"],
            a.get("alias_name", ""),
            instructions,
            [self._timer_id() for _ in instructions],
        )
        device.timers.setdefault(a["category"], {})[group_id] = group
        return {"group_id": group_id}

    @behaviour("device_timers.list")
    def timers_list(self, a: Args) -> Any:
        device = self.device(a["device_id"])
        return [self._timer_json(name, groups) for name, groups in device.timers.items() if groups]

    @behaviour("device_timers.list_by_category")
    def timers_list_by_category(self, a: Args) -> Any:
        device = self.device(a["device_id"])
        groups = device.timers.get(a["category"])
        return [self._timer_json(a["category"], groups)] if groups else []

    @behaviour("device_timers.update_group")
    def timers_update_group(self, a: Args) -> Any:
        device = self.device(a["device_id"])
        old_category, group = self._group(device, a["group_id"])
        self._check_instructions(device, a)
        group.loops, group.time_zone, group.timezone_id = a["loops"], a["time_zone"], a["timezone_id"]
        group.alias_name = a.get("alias_name", group.alias_name)
        group.instructions = copy.deepcopy(a["instruct"])
        group.timer_ids = [self._timer_id() for _ in group.instructions]
        if a["category"] != old_category:
            del device.timers[old_category][group.id]
            device.timers.setdefault(a["category"], {})[group.id] = group
        return True

    @behaviour("device_timers.set_group_status")
    def timers_set_group_status(self, a: Args) -> Any:
        device = self.device(a["device_id"])
        category, group = self._group(device, a["group_id"], a["category"])
        if a["value"] == "2":
            del device.timers[category][group.id]
        else:
            group.status = int(a["value"])
        return True

    @behaviour("device_timers.delete_all")
    def timers_delete_all(self, a: Args) -> Any:
        self.device(a["device_id"]).timers.clear()
        return True

    @behaviour("device_timers.delete_category")
    def timers_delete_category(self, a: Args) -> Any:
        device = self.device(a["device_id"])
        if a["category"] not in device.timers:
            raise CloudError(1000, f"timer category {a['category']}")
        del device.timers[a["category"]]
        return True

    @behaviour("device_timers.delete_group")
    def timers_delete_group(self, a: Args) -> Any:
        device = self.device(a["device_id"])
        category, group = self._group(device, a["group_id"], a["category"])
        del device.timers[category][group.id]
        return True

    # ------------------------------------------------------------ homes and rooms

    def _home_json(self, home: Home, uid: str = Seed.USER_ID) -> dict[str, Any]:
        member = home.members.get(uid)
        role = "OWNER" if member is not None and member.owner else "ADMIN" if member and member.admin else "MEMBER"
        return {
            "home_id": home.id,
            "name": home.name,
            "lon": home.lon,
            "lat": home.lat,
            "geo_name": home.geo_name,
            "role": role,
        }

    @behaviour("homes.get")
    def homes_get(self, a: Args) -> Any:
        return self._home_json(self._home(a["home_id"]))

    @behaviour("homes.delete")
    def homes_delete(self, a: Args) -> Any:
        home = self._home(a["home_id"])
        for device in self._home_devices(home):
            if device.id in self.devices:
                self._remove_device(device)
        self.scenes = {k: s for k, s in self.scenes.items() if s.home_id != home.id}
        self.automations = {k: r for k, r in self.automations.items() if r.home_id != home.id}
        del self.homes[home.id]
        return True

    @behaviour("homes.list_devices")
    def homes_list_devices(self, a: Args) -> Any:
        return [self._device_json(d) for d in self._home_devices(self._home(a["home_id"]))]

    @behaviour("homes.list_members")
    def homes_list_members(self, a: Args) -> Any:
        return [
            {
                "uid": m.uid,
                "name": m.name,
                "member_account": m.account,
                "country_code": m.country_code,
                "admin": m.admin,
                "owner": m.owner,
                "avatar": "https://images.tuyaeu.com/app/default_avatar/avatar1.png",
            }
            for m in self._home(a["home_id"]).members.values()
        ]

    def _member(self, home: Home, uid: str) -> Member:
        member = home.members.get(uid)
        if member is None:
            raise CloudError(1000, f"member {uid}")
        if member.owner:
            raise CloudError(1106, "the owner of a home cannot be changed or removed")
        return member

    @behaviour("homes.update_member")
    def homes_update_member(self, a: Args) -> Any:
        self._member(self._home(a["home_id"]), a["uid"]).admin = a["admin"]
        return True

    @behaviour("homes.delete_member")
    def homes_delete_member(self, a: Args) -> Any:
        home = self._home(a["home_id"])
        del home.members[self._member(home, a["uid"]).uid]
        return True

    @behaviour("homes.add_room")
    def homes_add_room(self, a: Args) -> Any:
        home = self._home(a["home_id"])
        self._next_room += 1
        home.rooms[self._next_room] = a["name"]
        return self._next_room

    @behaviour("homes.rename_room")
    def homes_rename_room(self, a: Args) -> Any:
        home = self._home(a["home_id"])
        home.rooms[self._room(home, a["room_id"])] = a["name"]
        return True

    @behaviour("homes.delete_room")
    def homes_delete_room(self, a: Args) -> Any:
        home = self._home(a["home_id"])
        room = self._room(home, a["room_id"])
        del home.rooms[room]
        for device in self._home_devices(home):
            if device.room_id == room:
                device.room_id = None
        return True

    @behaviour("homes.list_room_devices")
    def homes_list_room_devices(self, a: Args) -> Any:
        home = self._home(a["home_id"])
        room = self._room(home, a["room_id"])
        return [self._device_json(d) for d in self._home_devices(home) if d.room_id == room]

    def _room_devices(self, a: Args) -> tuple[int, list[Device]]:
        home = self._home(a["home_id"])
        room = self._room(home, a["room_id"])
        devices = []
        for device_id in a["device_ids"]:
            device = self.devices.get(device_id)
            if device is None or device.home_id != home.id:
                raise CloudError(2010, f"{device_id} is not a device of home {home.id}")
            devices.append(device)
        return room, devices

    @behaviour("homes.add_room_devices")
    def homes_add_room_devices(self, a: Args) -> Any:
        room, devices = self._room_devices(a)
        for device in devices:
            device.room_id = room
        return True

    @behaviour("homes.remove_room_devices")
    def homes_remove_room_devices(self, a: Args) -> Any:
        room, devices = self._room_devices(a)
        for device in devices:
            if device.room_id == room:
                device.room_id = None
        return True

    @behaviour("homes.list_for_user")
    def homes_list_for_user(self, a: Args) -> Any:
        if a["uid"] not in self.users:
            raise CloudError(2006)
        return [self._home_json(h, a["uid"]) for h in self.homes.values() if a["uid"] in h.members]

    # ------------------------------------------------------------ scenes

    @behaviour("scenes.list_devices")
    def scenes_list_devices(self, a: Args) -> Any:
        home = self._home(a["home_id"])
        return [self._linkage_device(d) for d in self._home_devices(home) if any(p.settable for p in d.product.dps)]

    @behaviour("scenes.list_default_pictures")
    def scenes_list_default_pictures(self, a: Args) -> Any:
        return list(DEFAULT_PICTURES)

    @behaviour("scenes.enable")
    def scenes_enable(self, a: Args) -> Any:
        self._scene(a["home_id"], a["scene_id"]).enabled = True
        return True

    @behaviour("scenes.disable")
    def scenes_disable(self, a: Args) -> Any:
        self._scene(a["home_id"], a["scene_id"]).enabled = False
        return True

    @behaviour("scenes.delete")
    def scenes_delete(self, a: Args) -> Any:
        del self.scenes[self._scene(a["home_id"], a["scene_id"]).id]
        return True

    @behaviour("scenes.trigger")
    def scenes_trigger(self, a: Args) -> Any:
        scene = self._scene(a["home_id"], a["scene_id"])
        if not scene.enabled:
            # Tuya documents no code for this; 1109 names the offending parameter.
            raise _illegal("scene_id", "the scene is disabled")
        self._run_actions(scene.home_id, scene.actions)
        return True

    def _run_actions(self, home_id: int, actions: list[dict[str, Any]]) -> None:
        """Run rule actions like the cloud does: a step that cannot run (offline device) is skipped."""
        for action in actions:
            executor, target = action["action_executor"], action.get("entity_id", "")
            if executor in {"dpIssue", "device_issue"}:
                device = self.devices.get(target)
                if device is None or not device.online or device.home_id != home_id:
                    continue
                commands = list(action.get("executor_property", {}).items())
                try:
                    self._check_commands(device, commands, "actions")
                except CloudError:
                    continue
                self._set_dps(device, commands, event_from="3")
            elif executor in {"ruleEnable", "ruleDisable"}:
                enabled = executor == "ruleEnable"
                if target in self.automations and self.automations[target].home_id == home_id:
                    self.automations[target].enabled = enabled
                elif target in self.scenes and self.scenes[target].home_id == home_id:
                    self.scenes[target].enabled = enabled

    # ------------------------------------------------------------ automations

    def _linkable_devices(self, home: Home, role: str | None) -> list[Device]:
        out = []
        for device in self._home_devices(home):
            dps = [dp for dp in device.product.dps if dp.type in _LINKABLE]
            settable = any(dp.settable for dp in dps)
            if (role == "action" and settable) or (role != "action" and dps):
                out.append(device)
        return out

    @behaviour("automations.list_devices")
    def automations_list_devices(self, a: Args) -> Any:
        home = self._home(a["home_id"])
        return [self._linkage_device(d) for d in self._linkable_devices(home, a.get("type"))]

    @behaviour("automations.get")
    def automations_get(self, a: Args) -> Any:
        rule = self._automation(a["home_id"], a["automation_id"])
        return {"automation_id": rule.id, **copy.deepcopy(rule.definition), "enabled": rule.enabled}

    @behaviour("automations.update")
    def automations_update(self, a: Args) -> Any:
        rule = self._automation(a["home_id"], a["automation_id"])
        orders = [c["order_num"] for c in a["conditions"]]
        if len(set(orders)) != len(orders):
            raise _illegal("conditions", "order_num must be unique")
        for index, action in enumerate(a["actions"]):
            target = action.get("entity_id")
            if action["action_executor"] == "dpIssue":
                device = self.devices.get(target or "")
                if device is None or device.home_id != rule.home_id:
                    raise _illegal(f"actions[{index}].entity_id", f"{target!r} is not a device of this home")
        definition: dict[str, Any] = {
            key: copy.deepcopy(a[key]) for key in ("name", "background", "match_type", "conditions", "actions")
        }
        if a.get("condition_rule") is not None:
            definition["condition_rule"] = a["condition_rule"]
        definition["preconditions"] = copy.deepcopy(a.get("preconditions") or [])
        for precondition in definition["preconditions"]:
            if "id" not in precondition:
                self._next_rule += 1
                precondition["id"] = f"pre_{self._next_rule}"
        for condition in definition["conditions"]:
            if condition["entity_type"] == 15 and "entity_id" not in condition:
                condition["entity_id"] = hashlib.sha256(f"{rule.id}:{condition['order_num']}".encode()).hexdigest()[:16]
        rule.definition = definition
        return True

    @behaviour("automations.delete")
    def automations_delete(self, a: Args) -> Any:
        del self.automations[self._automation(a["home_id"], a["automation_id"]).id]
        return True

    @behaviour("automations.enable")
    def automations_enable(self, a: Args) -> Any:
        self._automation(a["home_id"], a["automation_id"]).enabled = True
        return True

    @behaviour("automations.disable")
    def automations_disable(self, a: Args) -> Any:
        self._automation(a["home_id"], a["automation_id"]).enabled = False
        return True

    @behaviour("automations.get_device_linkage_codes")
    def automations_get_device_linkage_codes(self, a: Args) -> Any:
        return self._linkage_codes(self.device(a["device_id"]))

    @behaviour("automations.list_home_linkage_codes")
    def automations_list_home_linkage_codes(self, a: Args) -> Any:
        home = self._home(a["home_id"])
        return [self._linkage_codes(d) for d in self._linkable_devices(home, None)]

    # ------------------------------------------------------------ locks

    @behaviour("locks.list_open_logs")
    def locks_list_open_logs(self, a: Args) -> Any:
        lock = self._lock(a["device_id"])
        if a["end_time"] < a["start_time"]:
            raise _illegal("end_time", "must not be before start_time")
        logs = [
            log
            for log in sorted(lock.open_logs, key=lambda x: x["update_time"], reverse=True)
            if a["start_time"] <= log["update_time"] // 1000 <= a["end_time"]
        ]
        return {"total": len(logs), "logs": copy.deepcopy(_page(logs, a["page_no"], a["page_size"]))}

    @behaviour("locks.list_alarm_logs")
    def locks_list_alarm_logs(self, a: Args) -> Any:
        lock = self._lock(a["device_id"])
        codes = set(a.get("codes") or ["alarm_lock"])
        records = [
            r
            for r in sorted(lock.alarm_logs, key=lambda x: x["update_time"], reverse=True)
            if r["status"]["code"] in codes
        ]
        return {"total": len(records), "records": copy.deepcopy(_page(records, a["page_no"], a["page_size"]))}

    @behaviour("locks.get_latest_media_url")
    def locks_get_latest_media_url(self, a: Args) -> Any:
        lock = self._lock(a["device_id"])
        kind = "remote-unlock" if a["file_type"] == 1 else "alarm"
        bucket = "ty-eu-storage30-1254153901"
        stem = f"/{lock.id}/{kind}-{hashlib.sha256(kind.encode()).hexdigest()[:12]}"
        media: dict[str, Any] = {
            "file_url": f"https://{bucket}.cos.tuyaeu.com/",
            "file_path": stem + ".jpg",
            "file_key": hashlib.sha256(f"key:{stem}".encode()).hexdigest()[:16],
            "bucket": bucket,
        }
        if a["file_type"] == 2:  # alarms also record a short video
            media.update(
                {
                    "media_url": f"https://{bucket}.cos.tuyaeu.com/",
                    "media_path": stem + ".mp4",
                    "media_key": hashlib.sha256(f"media:{stem}".encode()).hexdigest()[:16],
                    "media_bucket": bucket,
                }
            )
        return media

    @behaviour("locks.get_media_url")
    def locks_get_media_url(self, a: Args) -> Any:
        self._lock(a["device_id"])
        path = a["file_path"] if a["file_path"].startswith("/") else "/" + a["file_path"]
        return {
            "file_url": f"https://{a['bucket']}.cos.tuyaeu.com{path}",
            "file_key": hashlib.sha256(f"key:{path}".encode()).hexdigest()[:16],
        }

    # ------------------------------------------------------------ statistics

    def _stat(self, a: Args) -> tuple[Device, str]:
        device = self.device(a["device_id"])
        kinds = dict(device.product.statistics)
        if a["code"] not in kinds:
            raise _illegal("code", f"no statistics are kept for {a['code']!r} on this device")
        return device, kinds[a["code"]]

    def _series(self, a: Args, keys: list[str], grain: str) -> dict[str, str]:
        device, configured = self._stat(a)
        stat_type = a.get("stat_type", configured)
        spans = {
            "quarter": (0.0, 0.05),
            "hour": (0.0, 0.2),
            "day": (0.5, 4.5),
            "week": (5.0, 30.0),
            "month": (25.0, 120.0),
        }
        low, high = spans[grain] if a["code"] == "add_ele" else (20.0, 200.0)
        out = {}
        for key in keys:
            share = _fraction(device.id, a["code"], key, stat_type)
            out[key] = str(int(share * 60) + 1) if stat_type == "count" else f"{low + share * (high - low):.2f}"
        return out

    @staticmethod
    def _periods(
        a: Args,
        names: tuple[str, str],
        parse: Callable[[str], datetime],
        step: Callable[[datetime], datetime],
        render: Callable[[datetime], str],
    ) -> list[str]:
        try:
            start, end = parse(a[names[0]]), parse(a[names[1]])
        except ValueError:
            raise _illegal(names[0], "not a valid period") from None
        if end < start:
            raise _illegal(names[1], f"must not be before {names[0]}")
        keys = []
        while start <= end:
            keys.append(render(start))
            if len(keys) > 1000:
                raise _illegal(names[1], "the window spans more than 1000 periods")
            start = step(start)
        return keys

    @behaviour("statistics.list_types")
    def statistics_list_types(self, a: Args) -> Any:
        device = self.device(a["device_id"])
        return [
            {"code": code, "stat_type": kind}
            for code, kind in device.product.statistics
            if a.get("code") in (None, code)
        ]

    @behaviour("statistics.get_total")
    def statistics_get_total(self, a: Args) -> Any:
        device, _ = self._stat(a)
        dp = device.product.dp(a["code"])
        scale = dp.values.get("scale", 0) if dp is not None else 0
        return {"total": f"{device.status.get(a['code'], 0) / 10**scale:.2f}"}

    @behaviour("statistics.list_quarter_hours")
    def statistics_list_quarter_hours(self, a: Args) -> Any:
        keys = self._periods(
            a,
            ("start_minute", "end_minute"),
            lambda s: datetime.strptime(s, "%Y%m%d%H%M"),
            lambda d: d + timedelta(minutes=15),
            lambda d: d.strftime("%Y%m%d%H%M"),
        )
        return {"quarters": self._series(a, keys, "quarter")}

    @behaviour("statistics.list_hourly")
    def statistics_list_hourly(self, a: Args) -> Any:
        keys = self._periods(
            a,
            ("start_hour", "end_hour"),
            lambda s: datetime.strptime(s, "%Y%m%d%H"),
            lambda d: d + timedelta(hours=1),
            lambda d: d.strftime("%Y%m%d%H"),
        )
        return {"hours": self._series(a, keys, "hour")}

    @behaviour("statistics.list_daily")
    def statistics_list_daily(self, a: Args) -> Any:
        keys = self._periods(
            a,
            ("start_day", "end_day"),
            lambda s: datetime.strptime(s, "%Y%m%d"),
            lambda d: d + timedelta(days=1),
            lambda d: d.strftime("%Y%m%d"),
        )
        return {"days": self._series(a, keys, "day")}

    @behaviour("statistics.list_weekly")
    def statistics_list_weekly(self, a: Args) -> Any:
        def parse(text: str) -> datetime:
            if not re.fullmatch(r"\d{6}", text):
                raise ValueError(text)
            monday = date.fromisocalendar(int(text[:4]), int(text[4:]), 1)
            return datetime(monday.year, monday.month, monday.day)

        def render(day: datetime) -> str:
            year, week, _ = day.isocalendar()
            return f"{year}{week:02d}"

        keys = self._periods(a, ("start_week", "end_week"), parse, lambda d: d + timedelta(days=7), render)
        return {"weeks": self._series(a, keys, "week")}

    @behaviour("statistics.list_monthly")
    def statistics_list_monthly(self, a: Args) -> Any:
        def next_month(day: datetime) -> datetime:
            return day.replace(year=day.year + day.month // 12, month=day.month % 12 + 1)

        keys = self._periods(
            a,
            ("start_month", "end_month"),
            lambda s: datetime.strptime(s, "%Y%m"),
            next_month,
            lambda d: d.strftime("%Y%m"),
        )
        return {"months": self._series(a, keys, "month")}

    # ------------------------------------------------------------ firmware

    @behaviour("ota.get_upgrade_info")
    def ota_get_upgrade_info(self, a: Args) -> Any:
        device = self.device(a["device_id"])
        reply = copy.deepcopy(device.modules)
        for module in device.modules:  # an upgrade shows as running once, then as finished
            if module["upgrade_status"] == 2:
                module.update(
                    {
                        "upgrade_status": 3,
                        "current_version": module["upgrade_version"],
                        "upgrade_version": "",
                        "upgrade_desc": "",
                        "last_upgrade_time": int(self.clock() * 1000),
                    }
                )
        return reply

    @behaviour("ota.upgrade")
    def ota_upgrade(self, a: Args) -> Any:
        device = self.device(a["device_id"])
        module = next((m for m in device.modules if m["module_type"] == a["module_type"]), None)
        if module is None:
            raise _illegal("module_type", f"{device.name} has no firmware module {a['module_type']}")
        if not device.online:
            raise CloudError(2001)
        if module["upgrade_status"] != 1:
            raise _illegal("module_type", "no upgrade is pending for this module")
        module["upgrade_status"] = 2
        return True

    # ------------------------------------------------------------ pairing

    @behaviour("pairing.enable_sub_discovery")
    def pairing_enable_sub_discovery(self, a: Args) -> Any:
        gateway = self._gateway(a["device_id"])
        if not gateway.online:
            raise CloudError(2001)
        duration = a.get("duration", 100)
        now = self.now()
        self.discovery_until = now + duration
        if duration > 0:  # sub-devices waiting in pairing mode join at once
            for sub in [s for s in self.pending_sub_devices if s.gateway_id == gateway.id]:
                self.pending_sub_devices.remove(sub)
                sub.active_time = sub.update_time = now
                sub.home_id = gateway.home_id
                self.devices[sub.id] = sub
                self._log(sub, 3, "1")
        return True

    @behaviour("pairing.list_sub_devices")
    def pairing_list_sub_devices(self, a: Args) -> Any:
        gateway = self._gateway(a["device_id"])
        joined = sorted(
            (d for d in self.devices.values() if d.gateway_id == gateway.id and d.active_time >= a["discovery_time"]),
            key=lambda d: d.id,
        )
        return [
            {
                "id": d.id,
                "name": d.name,
                "category": d.product.category,
                "product_id": d.product.product_id,
                "uuid": d.uuid,
                "owner_id": str(d.home_id),
                "online": d.online,
                "active_time": d.active_time,
                "update_time": d.update_time,
            }
            for d in joined
        ]

    @behaviour("pairing.get_result")
    def pairing_get_result(self, a: Args) -> Any:
        # An unknown token reads as a session still in progress: nothing paired, nothing failed yet.
        return copy.deepcopy(self.pairing_results.get(a["token"], {"success": [], "failed": []}))

    # ------------------------------------------------------------ users

    @behaviour("users.get")
    def users_get(self, a: Args) -> Any:
        user = self.users.get(a["uid"])
        if user is None:
            raise CloudError(2006)
        out: dict[str, Any] = {
            "uid": user.uid,
            "username": user.username,
            "country_code": user.country_code,
            "nick_name": user.nick_name,
            "avatar": "https://images.tuyaeu.com/app/default_avatar/avatar1.png",
            "create_time": user.create_time,
            "update_time": user.create_time,
            "user_properties": [{"code": "dataAuthorization", "value": "1"}, {"code": "marketingPush", "value": "0"}],
            "time_zone_id": user.time_zone_id,
            "temp_unit": user.temp_unit,
            "email": user.email or "",
        }
        if user.mobile is not None:
            out["mobile"] = user.mobile
        return out

    @behaviour("users.list")
    def users_list(self, a: Args) -> Any:
        if a["schema"] != self.app_schema:
            raise CloudError(1106, f"the project has no app with schema {a['schema']!r}")
        window = 30 * 86400
        start: int | None = a.get("start_time")
        end: int | None = a.get("end_time")
        if start is None:
            end = self.now() if end is None else end
            start = end - window
        elif end is None:
            end = start + window
        if end < start or end - start > window:
            raise _illegal("end_time", "the window must span 0 to 30 days")
        users = [
            u
            for u in sorted(self.users.values(), key=lambda u: u.create_time)
            if start <= u.create_time <= end and a.get("username") in (None, u.username)
        ]
        page = _page(users, a["page_no"], a["page_size"])
        items = []
        for user in page:
            item: dict[str, Any] = {
                "uid": user.uid,
                "username": user.username,
                "country_code": user.country_code,
                "create_time": user.create_time,
                "update_time": user.create_time,
            }
            if user.mobile is not None:
                item["mobile"] = user.mobile
            if user.email is not None:
                name, _, domain = user.email.partition("@")
                item["email"] = f"{name[:1]}***@{domain}"
            items.append(item)
        return {"list": items, "has_more": a["page_no"] * a["page_size"] < len(users), "total": len(users)}
