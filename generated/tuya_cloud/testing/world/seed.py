"""The seeded account: `Seed`, the IDs tests use, and `plant`, which fills a new world.

One Tuya account owns two homes (Berlin with four rooms, a holiday house in Kiel), a member, an app
user, eight devices of seven kinds with a week of logs, a lock's open and alarm records, a timer,
three scenes, two automations, a device group and, on the gateway, an IR hub's three remotes; the
industry side has an asset tree over the same devices and one industry user. Everything is
deterministic except timestamps, which are relative to the moment the world is built: log windows
and "last 30 days" filters need recent data.
"""

from __future__ import annotations

import copy
import hashlib
from typing import TYPE_CHECKING, Any

from .products import CONTACT, DEFAULT_PICTURES, GATEWAY, LIGHT, LOCK, PLUG, SENSOR, SMOKE, SWITCH3, Product
from .records import (
    Asset,
    Automation,
    Device,
    DeviceGroup,
    Home,
    IndustryUser,
    InfraredRemote,
    Member,
    Scene,
    TimerGroup,
    User,
)

if TYPE_CHECKING:
    from .state import WorldState

HOUR = 3600
DAY = 24 * HOUR


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
    LOCK_ID = "vdevo170000000000104"  # jtmspro: open and alarm logs, media; a video lock (cameras.*)
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
    PLUG_GROUP_ID = 9100001  # a device group of the plug product in HOME_ID: PLUG_ID
    # GATEWAY_ID doubles as the universal IR hub of the living room, with three virtual remotes:
    TV_REMOTE_ID = "vdevo170000000000201"  # category 2 (TV): power, volume, channels
    AC_REMOTE_ID = "vdevo170000000000202"  # category 5 (air conditioner): off, cool 26 degrees, low fan
    FAN_REMOTE_ID = "vdevo170000000000203"  # a DIY remote with two learned codes
    TIMER_CATEGORY = "schedule"
    TIMER_GROUP_ID = "0000000001"  # LIGHT_ID's weekday wake-up timer
    PAIRING_TOKEN = "FkPair01"
    APP_PASSWORD = "fake-cloud-password"  # every seeded app account's password (sent as its MD5)
    ASSET_ID = "1712000000000000001"  # iot-02 root asset "Berlin flat": lock, gateway and its sensors
    LIVING_ASSET_ID = "1712000000000000002"  # under ASSET_ID: light, switch, plug
    HOLIDAY_ASSET_ID = "1712000000000000003"  # root asset "Kiel holiday house": the offline plug
    OPERATOR_ID = "ay1712000000000opera"  # an industry user (iot-02), password APP_PASSWORD, granted ASSET_ID


def plant(world: WorldState) -> None:
    """Fill a new, empty world with the seeded account (in this order: log sequence numbers follow it)."""
    now = world.epoch
    world.users = _users(now)
    world.homes = _homes()
    _place_devices(world, now)
    for device in world.devices.values():
        _device_logs(world, device, now)
    _lock_records(world.devices[Seed.LOCK_ID], now)
    world.devices[Seed.LIGHT_ID].modules[1].update(
        {"upgrade_status": 1, "upgrade_version": "1.0.2", "upgrade_desc": "Smoother dimming at low brightness"}
    )
    world.devices[Seed.GATEWAY_ID].modules[1].update(
        {"upgrade_status": 1, "upgrade_version": "1.0.9", "upgrade_desc": "More stable Zigbee mesh"}
    )
    world.devices[Seed.LIGHT_ID].timers[Seed.TIMER_CATEGORY] = {
        Seed.TIMER_GROUP_ID: TimerGroup(
            id=Seed.TIMER_GROUP_ID,
            loops="1111100",
            time_zone="+01:00",
            timezone_id="Europe/Berlin",
            alias_name="Wake up",
            instructions=[
                {
                    "time": "06:45",
                    "functions": [{"code": "switch_led", "value": True}, {"code": "bright_value_v2", "value": 300}],
                }
            ],
            timer_ids=[world.new_timer_id()],
        )
    }
    world.scenes = _scenes()
    world.assets = _assets()
    password = hashlib.md5(Seed.APP_PASSWORD.encode()).hexdigest()
    world.app_passwords = {uid: password for uid in world.users}
    operator = IndustryUser(
        uid=Seed.OPERATOR_ID,
        username="operator@example.com",
        country_code="49",
        password_sha256=hashlib.sha256(Seed.APP_PASSWORD.encode()).hexdigest(),
        nick_name="Operator",
        asset_ids={Seed.ASSET_ID},
    )
    world.industry_users = {operator.uid: operator}
    world.infrared_hubs[Seed.GATEWAY_ID] = _infrared_remotes()
    world.cameras.add(Seed.LOCK_ID)  # a video lock: its peephole camera streams live
    world.device_groups[Seed.PLUG_GROUP_ID] = DeviceGroup(
        Seed.PLUG_GROUP_ID, "Kitchen sockets", PLUG.product_id, Seed.HOME_ID, Seed.USER_ID, [Seed.PLUG_ID]
    )
    world.automations = _automations()
    world.pairing_results[Seed.PAIRING_TOKEN] = {
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


def _users(now: int) -> dict[str, User]:
    users = [
        User(
            uid=Seed.USER_ID,
            username="alex@example.com",
            country_code="49",
            nick_name="Alex",
            create_time=now - 25 * DAY,
            email="alex@example.com",
        ),
        User(
            uid=Seed.MEMBER_ID,
            username="49-1701****321",
            country_code="49",
            nick_name="Sam",
            create_time=now - 12 * DAY,
            mobile="49-1701****321",
        ),
        User(
            uid=Seed.APP_USER_ID,
            username="kim@example.com",
            country_code="1",
            nick_name="Kim",
            create_time=now - 3 * DAY,
            email="kim@example.com",
            time_zone_id="America/New_York",
            temp_unit=2,
        ),
    ]
    return {user.uid: user for user in users}


def _homes() -> dict[int, Home]:
    owner = Member(
        uid=Seed.USER_ID, name="Alex", account="ale***@example.com", country_code="49", admin=True, owner=True
    )
    member = Member(uid=Seed.MEMBER_ID, name="Sam", account="49-*******321", country_code="49")
    homes = [
        Home(
            id=Seed.HOME_ID,
            name="My Home",
            lat=52.520008,
            lon=13.404954,
            geo_name="Berlin",
            rooms={
                Seed.LIVING_ROOM_ID: "Living room",
                Seed.BEDROOM_ID: "Bedroom",
                Seed.KITCHEN_ID: "Kitchen",
                Seed.HALLWAY_ID: "Hallway",
            },
            members={Seed.USER_ID: owner, Seed.MEMBER_ID: member},
        ),
        Home(
            id=Seed.HOLIDAY_HOME_ID,
            name="Holiday House",
            lat=54.323334,
            lon=10.139444,
            geo_name="Kiel",
            rooms={Seed.LOUNGE_ID: "Lounge"},
            members={Seed.USER_ID: copy.copy(owner)},
        ),
    ]
    return {home.id: home for home in homes}


def _new_device(
    device_id: str,
    *,
    name: str,
    product: Product,
    home_id: int,
    room_id: int | None,
    status: dict[str, Any] | None = None,
) -> Device:
    """A device as it leaves the factory (its DPs at their defaults), then `status` over them."""
    device = Device(id=device_id, name=name, product=product, home_id=home_id, room_id=room_id, create_time=0)
    device.status = {dp.code: dp.default for dp in product.dps}
    device.status.update(status or {})
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


def _assets() -> dict[str, Asset]:
    assets = [
        Asset(Seed.ASSET_ID, "Berlin flat", "-1", [Seed.LOCK_ID, Seed.GATEWAY_ID, Seed.SENSOR_ID, Seed.CONTACT_ID]),
        Asset(Seed.LIVING_ASSET_ID, "Living area", Seed.ASSET_ID, [Seed.LIGHT_ID, Seed.SWITCH_ID, Seed.PLUG_ID]),
        Asset(Seed.HOLIDAY_ASSET_ID, "Kiel holiday house", "-1", [Seed.OFFLINE_PLUG_ID]),
    ]
    return {asset.id: asset for asset in assets}


def _place_devices(world: WorldState, now: int) -> None:
    home, holiday = Seed.HOME_ID, Seed.HOLIDAY_HOME_ID
    placed = [
        _new_device(
            Seed.LIGHT_ID,
            name="Living room light",
            product=LIGHT,
            home_id=home,
            room_id=Seed.LIVING_ROOM_ID,
            status={"bright_value_v2": 500, "temp_value_v2": 300},
        ),
        _new_device(
            Seed.SWITCH_ID,
            name="Hallway switch",
            product=SWITCH3,
            home_id=home,
            room_id=Seed.HALLWAY_ID,
            status={"switch_1": True},
        ),
        _new_device(
            Seed.PLUG_ID,
            name="Kitchen plug",
            product=PLUG,
            home_id=home,
            room_id=Seed.KITCHEN_ID,
            status={"switch_1": True, "add_ele": 92680, "cur_current": 545, "cur_power": 1250, "cur_voltage": 2301},
        ),
        _new_device(
            Seed.LOCK_ID,
            name="Front door lock",
            product=LOCK,
            home_id=home,
            room_id=Seed.HALLWAY_ID,
            status={"residual_electricity": 87, "unlock_fingerprint": 1},
        ),
        _new_device(Seed.GATEWAY_ID, name="Zigbee gateway", product=GATEWAY, home_id=home, room_id=Seed.LIVING_ROOM_ID),
        _new_device(
            Seed.SENSOR_ID,
            name="Bedroom climate",
            product=SENSOR,
            home_id=home,
            room_id=Seed.BEDROOM_ID,
            status={"va_temperature": 215, "va_humidity": 48, "battery_percentage": 76},
        ),
        _new_device(
            Seed.CONTACT_ID,
            name="Bedroom window",
            product=CONTACT,
            home_id=home,
            room_id=Seed.BEDROOM_ID,
            status={"battery_percentage": 64},
        ),
        _new_device(Seed.OFFLINE_PLUG_ID, name="Garden plug", product=PLUG, home_id=holiday, room_id=Seed.LOUNGE_ID),
    ]
    first_added = now - 20 * DAY
    for index, device in enumerate(placed):  # added to the account an hour apart, in this order
        device.create_time = device.update_time = device.active_time = first_added + index * HOUR
        device.users = [Seed.USER_ID, Seed.MEMBER_ID] if device.home_id == home else [Seed.USER_ID]
        world.devices[device.id] = device
    for sub_id in (Seed.SENSOR_ID, Seed.CONTACT_ID):
        world.devices[sub_id].gateway_id = Seed.GATEWAY_ID
        world.devices[sub_id].node_id = "a4c13800" + sub_id[-8:]
    world.devices[Seed.SWITCH_ID].function_names.update(
        {"switch_1": "Ceiling", "switch_2": "Wall lamps", "switch_3": "Porch"}
    )
    world.devices[Seed.PLUG_ID].sn = "FKSN2023110100103"
    # The smoke detector waits in pairing mode; it joins the gateway when sub-device discovery starts.
    smoke = _new_device(Seed.SMOKE_ID, name="Smoke detector", product=SMOKE, home_id=home, room_id=None)
    smoke.create_time = smoke.update_time = smoke.active_time = first_added
    smoke.gateway_id, smoke.node_id = Seed.GATEWAY_ID, "a4c13800" + Seed.SMOKE_ID[-8:]
    world.pending_sub_devices = [smoke]


def fleet_id(index: int) -> str:
    """The id of the fleet's plug number `index` (0-based), the length of the seeded ids."""
    return f"vdevf{index:015d}"


def plant_fleet(world: WorldState, count: int) -> None:
    """Add `count` plugs to HOME_ID (ids `fleet_id(0)`, `fleet_id(1)`, ...; no logs), for tests and benchmarks
    of large accounts. They were added to the account a second apart, 30 days ago."""
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        raise ValueError(f"fleet must be a number of devices >= 0, got {count!r}")
    first_added = world.epoch - 30 * DAY
    for index in range(count):
        device = _new_device(
            fleet_id(index), name=f"Fleet plug {index}", product=PLUG, home_id=Seed.HOME_ID, room_id=Seed.KITCHEN_ID
        )
        device.create_time = device.update_time = device.active_time = first_added + index
        device.users = [Seed.USER_ID]
        world.devices[device.id] = device


def _device_logs(world: WorldState, device: Device, now: int) -> None:
    world.log_event(device, 3, "1", at=device.create_time * 1000)
    world.log_event(device, 1, "1", at=(now - 6 * DAY) * 1000)
    for dp in device.product.dps:
        if dp.type == "Boolean" and dp.settable:
            for index, days_ago in enumerate((5, 3, 1)):
                value = device.status[dp.code] if index == 2 else index % 2 == 0
                world.log_event(device, 7, "1", dp.code, value, at=(now - days_ago * DAY) * 1000)
    if "va_temperature" in device.status:
        for step in range(8, 0, -1):
            value = device.status["va_temperature"] - step
            world.log_event(device, 7, "1", "va_temperature", value, at=(now - step * 6 * HOUR) * 1000)
    if device.id == Seed.OFFLINE_PLUG_ID:
        device.online = False
        world.log_event(device, 2, "1", at=(now - 2 * DAY) * 1000)
    device.logs.sort(key=lambda e: e.event_time)


def _lock_records(lock: Device, now: int) -> None:
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
                "update_time": (now - (index * 17 + 3) * HOUR) * 1000,
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
            {"update_time": now - hours_ago * HOUR, "status": {"code": code, "value": value}, "nick_name": nick}
        )


def _scenes() -> dict[str, Scene]:
    scenes = [
        Scene(
            id=Seed.GOOD_NIGHT_SCENE_ID,
            home_id=Seed.HOME_ID,
            name="Good night",
            actions=[
                {"action_executor": "dpIssue", "entity_id": Seed.LIGHT_ID, "executor_property": {"switch_led": False}},
                {
                    "action_executor": "dpIssue",
                    "entity_id": Seed.SWITCH_ID,
                    "executor_property": {"switch_1": False, "switch_2": False, "switch_3": False},
                },
                {"action_executor": "dpIssue", "entity_id": Seed.PLUG_ID, "executor_property": {"switch_1": False}},
            ],
        ),
        Scene(
            id=Seed.MOVIE_SCENE_ID,
            home_id=Seed.HOME_ID,
            name="Movie time",
            actions=[
                {
                    "action_executor": "dpIssue",
                    "entity_id": Seed.LIGHT_ID,
                    "executor_property": {"switch_led": True, "work_mode": "scene", "bright_value_v2": 200},
                },
                {"action_executor": "delay", "executor_property": {"hours": "0", "minutes": "0", "seconds": "5"}},
                {"action_executor": "ruleDisable", "entity_id": Seed.WINDOW_AUTOMATION_ID},
            ],
        ),
        Scene(
            id=Seed.LEAVE_SCENE_ID,
            home_id=Seed.HOLIDAY_HOME_ID,
            name="Leave the house",
            actions=[
                {
                    "action_executor": "dpIssue",
                    "entity_id": Seed.OFFLINE_PLUG_ID,
                    "executor_property": {"switch_1": False},
                },
            ],
        ),
    ]
    return {scene.id: scene for scene in scenes}


def _automations() -> dict[str, Automation]:
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
    automations = [
        Automation(id=Seed.WINDOW_AUTOMATION_ID, home_id=Seed.HOME_ID, definition=window),
        Automation(id=Seed.HEATER_AUTOMATION_ID, home_id=Seed.HOME_ID, definition=heater, enabled=False),
    ]
    return {automation.id: automation for automation in automations}


def _infrared_remotes() -> dict[str, InfraredRemote]:
    def key(key_id: int, key: str, name: str, *, standard: bool = True) -> dict[str, Any]:
        return {"key_id": key_id, "key": key, "key_name": name, "standard_key": standard}

    tv = InfraredRemote(
        remote_id=Seed.TV_REMOTE_ID,
        remote_name="Living room TV",
        category_id=2,
        brand_id=97,
        brand_name="Samsung",
        remote_index=1234,
        keys=[
            key(1, "power", "Power"),
            key(2, "volume_up", "Volume +"),
            key(3, "volume_down", "Volume -"),
            key(4, "channel_up", "Channel +"),
            key(5, "channel_down", "Channel -"),
            key(6, "mute", "Mute"),
            key(31, "netflix", "Netflix", standard=False),
        ],
    )
    ac = InfraredRemote(
        remote_id=Seed.AC_REMOTE_ID,
        remote_name="Bedroom air conditioner",
        category_id=5,
        brand_id=182,
        brand_name="Daikin",
        remote_index=5277,
        keys=[key(0, "PowerOn", "Power on"), key(0, "PowerOff", "Power off"), key(0, "M", "Mode"), key(0, "F", "Fan")],
        ac={"power": 0, "mode": 0, "temp": 26, "wind": 1},
    )
    fan = InfraredRemote(
        remote_id=Seed.FAN_REMOTE_ID,
        remote_name="Ceiling fan (learned)",
        category_id=999,
        brand_id=0,
        brand_name="DIY",
        remote_index=0,
        keys=[key(101, "power", "Power", standard=False), key(102, "speed", "Speed", standard=False)],
        learned=[
            {"id": 1453, "learn_id": 3012, "key": "power", "key_name": "Power", "code": "1DxUAlQC1AVUAlQC1AU"},
            {"id": 1454, "learn_id": 3013, "key": "speed", "key_name": "Speed", "code": "1DxUAlQC1AVUAlQC1AX"},
        ],
    )
    return {remote.remote_id: remote for remote in (tv, ac, fan)}
