"""Every operation of the spec has a behaviour in the fake cloud, and every behaviour's result fits
the operation's result schema (checked with the runtime's validator) and parses in the client."""

from __future__ import annotations

import keyword
import time
from typing import Any

import pytest
from fakecloud_helpers import API, OPERATIONS, Raw

from tuya_cloud import TuyaCloud
from tuya_cloud._runtime.validation import check
from tuya_cloud.testing import FakeTuyaCloud, Seed
from tuya_cloud.testing.world import BEHAVIOURS
from tuya_cloud.testing.world.products import LIGHT as LIGHT_PRODUCT
from tuya_cloud.testing.world.products import PLUG

NOW = int(time.time())
TIMER = {
    "category": "weekend",
    "loops": "0000011",
    "time_zone": "+01:00",
    "timezone_id": "Europe/Berlin",
    "instruct": [{"time": "09:00", "functions": [{"code": "switch_led", "value": True}]}],
}
AUTOMATION = {
    "home_id": Seed.HOME_ID,
    "automation_id": Seed.HEATER_AUTOMATION_ID,
    "name": "Heater at dusk",
    "background": "https://images.tuyaeu.com/smart/rule/cover/house.png",
    "match_type": 3,
    "condition_rule": "1&&2",
    "preconditions": [
        {
            "cond_type": "timeCheck",
            "display": {"start": "17:00", "end": "22:00", "loops": "1111111", "timezone_id": "Europe/Berlin"},
        }
    ],
    "conditions": [
        {
            "entity_type": 1,
            "entity_id": Seed.SENSOR_ID,
            "order_num": 1,
            "display": {"code": "va_temperature", "operator": "<", "value": 180},
        },
        {"entity_type": 15, "order_num": 2, "display": {"code": "trigger", "value": "go"}},
    ],
    "actions": [{"action_executor": "dpIssue", "entity_id": Seed.PLUG_ID, "executor_property": {"switch_1": True}}],
}
HOME = {"home_id": Seed.HOME_ID}
TV = {"infrared_id": Seed.GATEWAY_ID, "remote_id": Seed.TV_REMOTE_ID}
AC = {"infrared_id": Seed.GATEWAY_ID, "remote_id": Seed.AC_REMOTE_ID}
FAN = {"infrared_id": Seed.GATEWAY_ID, "remote_id": Seed.FAN_REMOTE_ID}
SCENE = {
    "name": "Porch light",
    "background": "https://images.tuyaeu.com/smart/rule/cover/house.png",
    "actions": [{"action_executor": "dpIssue", "entity_id": Seed.SWITCH_ID, "executor_property": {"switch_3": True}}],
}
LIGHT = {"device_id": Seed.LIGHT_ID}
PLUG_STATS = {"device_id": Seed.PLUG_ID, "code": "add_ele"}

# Valid wire arguments for every operation; token.refresh gets its refresh token at run time.
ARGS: dict[str, dict[str, Any]] = {
    "automations.list_devices": {**HOME, "type": "action"},
    "automations.get": {**HOME, "automation_id": Seed.WINDOW_AUTOMATION_ID},
    "automations.update": AUTOMATION,
    "automations.delete": {**HOME, "automation_id": Seed.HEATER_AUTOMATION_ID},
    "automations.enable": {**HOME, "automation_id": Seed.HEATER_AUTOMATION_ID},
    "automations.disable": {**HOME, "automation_id": Seed.WINDOW_AUTOMATION_ID},
    "automations.get_device_linkage_codes": LIGHT,
    "automations.list_home_linkage_codes": HOME,
    "automations.list": HOME,
    "automations.create": {key: value for key, value in AUTOMATION.items() if key != "automation_id"},
    "automations.list_weather_conditions": {},
    "automations.trigger_external_condition": {
        **HOME,
        "automation_id": Seed.HEATER_AUTOMATION_ID,
        "display": {"code": "trigger", "value": "go"},
    },
    "cameras.allocate_stream": {"device_id": Seed.LOCK_ID, "type": "rtsp"},
    "cameras.allocate_user_stream": {"uid": Seed.USER_ID, "device_id": Seed.LOCK_ID, "type": "hls"},
    "cameras.get_webrtc_config": {"device_id": Seed.LOCK_ID},
    "device_control.rename_function": {"device_id": Seed.SWITCH_ID, "function_code": "switch_2", "name": "Desk"},
    "device_control.send_commands": {**LIGHT, "commands": [{"code": "work_mode", "value": "colour"}]},
    "device_control.get_functions": LIGHT,
    "device_control.get_specifications": {"device_id": Seed.PLUG_ID},
    "device_control.get_category_functions": {"category": "kg"},
    "device_timers.add": {**LIGHT, **TIMER},
    "device_timers.list": LIGHT,
    "device_timers.list_by_category": {**LIGHT, "category": Seed.TIMER_CATEGORY},
    "device_timers.update_group": {**LIGHT, **TIMER, "group_id": Seed.TIMER_GROUP_ID},
    "device_timers.set_group_status": {
        **LIGHT,
        "category": Seed.TIMER_CATEGORY,
        "group_id": Seed.TIMER_GROUP_ID,
        "value": "0",
    },
    "device_timers.delete_all": LIGHT,
    "device_timers.delete_category": {**LIGHT, "category": Seed.TIMER_CATEGORY},
    "device_timers.delete_group": {**LIGHT, "category": Seed.TIMER_CATEGORY, "group_id": Seed.TIMER_GROUP_ID},
    "device_groups.list_candidates": {"pid": PLUG.product_id, "owner_id": Seed.HOME_ID, "uid": Seed.USER_ID},
    "device_groups.create": {
        "uid": Seed.MEMBER_ID,
        "name": "Light",
        "pid": LIGHT_PRODUCT.product_id,
        "owner_id": Seed.HOME_ID,
        "device_ids": [Seed.LIGHT_ID],
    },
    "device_groups.get": {"group_id": Seed.PLUG_GROUP_ID},
    "device_groups.list_for_user": {"uid": Seed.USER_ID, "type": "wifi"},
    "device_groups.update": {"group_id": Seed.PLUG_GROUP_ID, "name": "Sockets", "device_ids": [Seed.PLUG_ID]},
    "device_groups.delete": {"group_id": Seed.PLUG_GROUP_ID},
    "device_groups.send_commands": {
        "device_group_id": Seed.PLUG_GROUP_ID,
        "functions": [{"code": "switch_1", "value": False}],
    },
    "device_users.add": {**LIGHT, "nick_name": "Kim", "sex": 2, "birthday": 1000000000000, "weight": 61000},
    "device_users.list": LIGHT,
    "device_users.get": {**LIGHT, "user_id": Seed.USER_ID},
    "device_users.update": {**LIGHT, "user_id": Seed.MEMBER_ID, "nick_name": "Sammy", "sex": 1, "height": 175},
    "device_users.delete": {**LIGHT, "user_id": Seed.MEMBER_ID},
    "devices.list_sub_devices": {"device_id": Seed.GATEWAY_ID},
    "devices.list_factory_infos": {"device_ids": [Seed.LIGHT_ID, Seed.PLUG_ID]},
    "devices.list": {"schema": Seed.APP_SCHEMA, "page_no": 1, "page_size": 3},
    "devices.rename": {**LIGHT, "name": "Reading lamp"},
    "devices.list_logs": {
        **LIGHT,
        "type": [1, 2, 3, 5, 7],
        "start_time": (NOW - 7 * 86400) * 1000,
        "end_time": NOW * 1000 + 60000,
        "size": 3,
    },
    "devices.reset_factory": LIGHT,
    "devices.get": {"device_id": Seed.SENSOR_ID},
    "devices.delete": {"device_id": Seed.GATEWAY_ID},
    "devices.list_for_user": {"uid": Seed.USER_ID, "from": "home", "page_no": 1, "page_size": 50},
    "devices.get_status": {"device_id": Seed.PLUG_ID},
    "devices.list_v2": {"product_id": "fk5pl9gq3rcz8mtr", "size": 1},
    "homes.get": HOME,
    "homes.delete": {"home_id": Seed.HOLIDAY_HOME_ID},
    "homes.list_devices": HOME,
    "homes.list_members": HOME,
    "homes.update_member": {**HOME, "uid": Seed.MEMBER_ID, "admin": True},
    "homes.delete_member": {**HOME, "uid": Seed.MEMBER_ID},
    "homes.add_room": {**HOME, "name": "Study"},
    "homes.delete_room": {**HOME, "room_id": Seed.KITCHEN_ID},
    "homes.rename_room": {**HOME, "room_id": Seed.KITCHEN_ID, "name": "Kitchen & dining"},
    "homes.list_room_devices": {**HOME, "room_id": Seed.BEDROOM_ID},
    "homes.list_for_user": {"uid": Seed.USER_ID},
    "homes.add_room_devices": {**HOME, "room_id": Seed.KITCHEN_ID, "device_ids": [Seed.LIGHT_ID]},
    "homes.remove_room_devices": {**HOME, "room_id": Seed.LIVING_ROOM_ID, "device_ids": [Seed.LIGHT_ID]},
    "infrared.list_remotes": {"infrared_id": Seed.GATEWAY_ID},
    "infrared.list_keys": {**AC, "remote_id": Seed.AC_REMOTE_ID},
    "infrared.send_key": {**TV, "category_id": 2, "key_id": 4, "key": "channel_up"},
    "infrared.send_standard_key": {**AC, "category_id": 5, "key": "PowerOn", "remote_index": 5277},
    "infrared.get_ac_status": AC,
    "infrared.send_ac_command": {**AC, "code": "mode", "value": 4},
    "infrared.send_ac_state": {**AC, "power": 1, "mode": 0, "temp": 20, "wind": 2},
    "infrared.send_key_v1": {**TV, "raw_key": "power"},
    "infrared.list_learning_codes": FAN,
    "infrared.send_learning_code": {**FAN, "code": "1DxUAlQC1AVUAlQC1AU"},
    "locks.list_open_logs": {
        "device_id": Seed.LOCK_ID,
        "page_no": 1,
        "page_size": 5,
        "start_time": NOW - 30 * 86400,
        "end_time": NOW,
    },
    "locks.list_alarm_logs": {
        "device_id": Seed.LOCK_ID,
        "page_no": 1,
        "page_size": 5,
        "codes": ["hijack", "alarm_lock", "doorbell"],
    },
    "locks.create_password_ticket": {"device_id": Seed.LOCK_ID},
    "locks.operate_door": {"device_id": Seed.LOCK_ID, "open": True},
    "locks.get_latest_media_url": {"device_id": Seed.LOCK_ID, "file_type": 2},
    "locks.get_media_url": {
        "device_id": Seed.LOCK_ID,
        "bucket": "ty-eu-storage30-1254153901",
        "file_path": "/lock/remote-1.jpg",
    },
    "multi_channel.rename": {"device_id": Seed.SWITCH_ID, "identifier": "switch_3", "name": "Porch light"},
    "multi_channel.get_names": {"device_id": Seed.SWITCH_ID},
    "ota.get_upgrade_info": {"device_id": Seed.GATEWAY_ID, "lang": "en"},
    "ota.upgrade": {**LIGHT, "module_type": 9},
    "pairing.list_sub_devices": {"device_id": Seed.GATEWAY_ID, "discovery_time": NOW - 30 * 86400},
    "pairing.enable_sub_discovery": {"device_id": Seed.GATEWAY_ID, "duration": 60},
    "pairing.get_result": {"token": Seed.PAIRING_TOKEN},
    "scenes.list_devices": HOME,
    "scenes.delete": {**HOME, "scene_id": Seed.MOVIE_SCENE_ID},
    "scenes.trigger": {**HOME, "scene_id": Seed.MOVIE_SCENE_ID},
    "scenes.list_default_pictures": {},
    "scenes.enable": {**HOME, "scene_id": Seed.GOOD_NIGHT_SCENE_ID},
    "scenes.disable": {**HOME, "scene_id": Seed.GOOD_NIGHT_SCENE_ID},
    "scenes.list": HOME,
    "scenes.list_v1_1": HOME,
    "scenes.create": {**HOME, **SCENE},
    "scenes.update": {**HOME, **SCENE, "scene_id": Seed.MOVIE_SCENE_ID},
    "scenes.list_for_device": {"device_id": Seed.SWITCH_ID},
    "scenes.bind_to_device": {**LIGHT, "scene_id": Seed.MOVIE_SCENE_ID, "code": "work_mode", "value": "scene"},
    "scenes.unbind_from_device": {"device_id": Seed.SWITCH_ID, "scene_id": Seed.GOOD_NIGHT_SCENE_ID},
    "statistics.get_product_overview": {"product_id": LIGHT_PRODUCT.product_id},
    "statistics.list_types": {"device_id": Seed.PLUG_ID},
    "statistics.get_total": PLUG_STATS,
    "statistics.list_quarter_hours": {**PLUG_STATS, "start_minute": "202305110000", "end_minute": "202305112345"},
    "statistics.list_hourly": {**PLUG_STATS, "start_hour": "2023051100", "end_hour": "2023051123", "stat_type": "sum"},
    "statistics.list_daily": {**PLUG_STATS, "start_day": "20230501", "end_day": "20230531"},
    "statistics.list_weekly": {**PLUG_STATS, "start_week": "202252", "end_week": "202302"},
    "statistics.list_monthly": {
        "device_id": Seed.PLUG_ID,
        "code": "cur_power",
        "start_month": "202301",
        "end_month": "202312",
    },
    "token.get": {"grant_type": 1},
    "token.refresh": {},
    "users.get": {"uid": Seed.MEMBER_ID},
    "users.sync": {
        "schema": Seed.APP_SCHEMA,
        "country_code": "1",
        "username": "kim@example.com",
        "password": "0cc175b9c0f1b6a831c399e269772661",
        "username_type": 2,
        "nick_name": "Kimberly",
    },
    "users.list_v1": {"schema": Seed.APP_SCHEMA, "page_no": 1, "page_size": 2},
    "users.list": {"schema": Seed.APP_SCHEMA, "page_no": 1, "page_size": 2},
}


def _result_schema(operation_id: str) -> dict[str, Any]:
    return dict(OPERATIONS[operation_id].result_schema)


def _args_for(operation_id: str, raw: Raw) -> dict[str, Any]:
    args = dict(ARGS[operation_id])
    if operation_id == "token.refresh":
        args["refresh_token"] = raw.grant()["refresh_token"]
    if operation_id == "locks.operate_door":  # a ticket is good for one call
        args["ticket_id"] = raw.ok("locks.create_password_ticket", {"device_id": Seed.LOCK_ID})["ticket_id"]
    if operation_id == "scenes.unbind_from_device":  # the seeded world binds no scene to a button
        raw.ok("scenes.bind_to_device", {**args, "code": "switch_3", "value": "false"})
    if operation_id == "automations.trigger_external_condition":  # the condition's ID is the cloud's
        raw.ok("automations.update", AUTOMATION)  # a rule with an external condition, switched on
        raw.ok("automations.enable", {**HOME, "automation_id": Seed.HEATER_AUTOMATION_ID})
        rule = raw.ok("automations.get", {**HOME, "automation_id": Seed.HEATER_AUTOMATION_ID})
        external = next(c for c in rule["conditions"] if c["entity_type"] == 15)
        args["entity_id"] = external["entity_id"]
    return args


def test_every_operation_has_arguments_and_a_behaviour() -> None:
    assert set(ARGS) == set(OPERATIONS)
    without = set(OPERATIONS) - set(BEHAVIOURS)
    assert without == set(), f"these operations fall back to their first example: {sorted(without)}"
    assert set(BEHAVIOURS) <= set(OPERATIONS), "a behaviour's name must be its operation's method name"


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_result_fits_the_result_schema(operation_id: str, raw: Raw) -> None:
    result = raw.ok(operation_id, _args_for(operation_id, raw))
    check(result, _result_schema(operation_id), "result", API.schemas.get)
    assert raw.cloud.requests[-1].signature_ok


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_result_parses_in_the_generated_client(operation_id: str, fake_tuya_cloud: FakeTuyaCloud) -> None:
    group, method = operation_id.split(".")
    with fake_tuya_cloud.client(strict_responses=True) as client:
        args = _args_for(operation_id, Raw(fake_tuya_cloud))
        kwargs = {f"{k}_" if keyword.iskeyword(k) else k: v for k, v in args.items()}
        result = getattr(getattr(client, group), method)(**kwargs)
    assert result is not None
    assert fake_tuya_cloud.calls(operation_id, succeeded=True) == 1


def test_the_seeded_world_is_reachable_from_the_client(tuya_client: TuyaCloud) -> None:
    homes = tuya_client.homes.list_for_user(uid=Seed.USER_ID)
    assert {h.home_id for h in homes} == {Seed.HOME_ID, Seed.HOLIDAY_HOME_ID}
    devices = tuya_client.homes.list_devices(home_id=Seed.HOME_ID)
    assert {d.category for d in devices} == {"dj", "kg", "cz", "jtmspro", "wg2", "wsdcg", "mcs"}
    assert all(d.id is not None and d.id.startswith("vdevo") and len(d.id) == 20 for d in devices)
    offline = tuya_client.devices.get(device_id=Seed.OFFLINE_PLUG_ID)
    assert offline.online is False
