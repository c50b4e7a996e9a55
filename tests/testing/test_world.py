"""The fake cloud's world through the generated client: writes are visible to later reads, and
devices, homes, timers, scenes and automations fail the way Tuya does."""

from __future__ import annotations

import time
from typing import Any

import pytest

from tuya_cloud import DeviceError, NotFoundError, ParameterError, PermissionDeniedError, TuyaAPIError, TuyaCloud
from tuya_cloud.testing import FakeTuyaCloud, Seed

Client = TuyaCloud


def status(client: Client, device_id: str) -> dict[str, Any]:
    return {dp.code: dp.value for dp in client.devices.get_status(device_id=device_id)}


def code_of(error: pytest.ExceptionInfo[TuyaAPIError]) -> int | str:
    return error.value.code


# ---------------------------------------------------------------- devices and commands


def test_commands_change_status_and_are_logged(tuya_client: Client) -> None:
    tuya_client.device_control.send_commands(
        device_id=Seed.LIGHT_ID,
        commands=[{"code": "switch_led", "value": False}, {"code": "bright_value_v2", "value": 750}],
    )
    after = status(tuya_client, Seed.LIGHT_ID)
    assert (after["switch_led"], after["bright_value_v2"]) == (False, 750)
    now = int(time.time() * 1000)
    page = tuya_client.devices.list_logs(
        device_id=Seed.LIGHT_ID, type=[5, 7], codes=["bright_value_v2"], start_time=now - 60000, end_time=now + 60000
    )
    assert [(e.event_id, e.value) for e in page.logs or []] == [(7, "750"), (5, "750")]


def test_plug_power_follows_its_relay(tuya_client: Client) -> None:
    assert status(tuya_client, Seed.PLUG_ID)["cur_power"] == 1250
    tuya_client.device_control.send_commands(device_id=Seed.PLUG_ID, commands=[{"code": "switch_1", "value": False}])
    assert status(tuya_client, Seed.PLUG_ID)["cur_power"] == 0


@pytest.mark.parametrize(
    "command",
    [
        {"code": "no_such_dp", "value": True},
        {"code": "bright_value_v2", "value": 5},  # below min 10
        {"code": "bright_value_v2", "value": True},  # bool is not an Integer
        {"code": "work_mode", "value": "disco"},
        {"code": "switch_led", "value": "on"},
    ],
)
def test_unsupported_commands_are_2008_and_change_nothing(tuya_client: Client, command: dict[str, Any]) -> None:
    before = status(tuya_client, Seed.LIGHT_ID)
    with pytest.raises(DeviceError) as caught:
        tuya_client.device_control.send_commands(
            device_id=Seed.LIGHT_ID, commands=[{"code": "switch_led", "value": False}, command]
        )
    assert code_of(caught) == 2008 and caught.value.msg.startswith("command or value not support")
    assert status(tuya_client, Seed.LIGHT_ID) == before  # all or nothing


def test_status_only_dp_cannot_be_commanded(tuya_client: Client) -> None:
    with pytest.raises(DeviceError):
        tuya_client.device_control.send_commands(device_id=Seed.PLUG_ID, commands=[{"code": "cur_power", "value": 1}])


def test_offline_device_is_2001(fake_tuya_cloud: FakeTuyaCloud, tuya_client: Client) -> None:
    with pytest.raises(DeviceError) as caught:
        tuya_client.device_control.send_commands(
            device_id=Seed.OFFLINE_PLUG_ID, commands=[{"code": "switch_1", "value": True}]
        )
    assert (code_of(caught), caught.value.msg) == (2001, "device is offline")
    with fake_tuya_cloud.lock:
        fake_tuya_cloud.world.set_online(Seed.OFFLINE_PLUG_ID, True)
    tuya_client.device_control.send_commands(
        device_id=Seed.OFFLINE_PLUG_ID, commands=[{"code": "switch_1", "value": True}]
    )


def test_rename_and_delete_a_device(tuya_client: Client) -> None:
    tuya_client.devices.rename(device_id=Seed.LIGHT_ID, name="Reading lamp")
    assert tuya_client.devices.get(device_id=Seed.LIGHT_ID).name == "Reading lamp"
    assert tuya_client.devices.delete(device_id=Seed.LIGHT_ID) is True
    with pytest.raises(NotFoundError) as caught:
        tuya_client.devices.get(device_id=Seed.LIGHT_ID)
    assert (code_of(caught), caught.value.msg) == (2010, "device not exist")
    assert tuya_client.devices.delete(device_id=Seed.LIGHT_ID) is True  # already gone: no further harm
    with pytest.raises(NotFoundError):
        tuya_client.devices.delete(device_id="vdevo199999999999999")


def test_deleting_a_gateway_removes_its_sub_devices(tuya_client: Client) -> None:
    subs = tuya_client.devices.list_sub_devices(device_id=Seed.GATEWAY_ID)
    assert {s.id for s in subs} == {Seed.SENSOR_ID, Seed.CONTACT_ID}
    tuya_client.devices.delete(device_id=Seed.GATEWAY_ID)
    with pytest.raises(NotFoundError):
        tuya_client.devices.get(device_id=Seed.SENSOR_ID)


def test_factory_reset_restores_defaults(tuya_client: Client) -> None:
    tuya_client.device_control.send_commands(
        device_id=Seed.LIGHT_ID, commands=[{"code": "work_mode", "value": "scene"}]
    )
    tuya_client.device_control.rename_function(device_id=Seed.LIGHT_ID, function_code="switch_led", name="Power")
    tuya_client.devices.reset_factory(device_id=Seed.LIGHT_ID)
    after = status(tuya_client, Seed.LIGHT_ID)
    assert (after["work_mode"], after["bright_value_v2"]) == ("white", 1000)
    assert tuya_client.device_timers.list(device_id=Seed.LIGHT_ID) == []
    functions = tuya_client.device_control.get_functions(device_id=Seed.LIGHT_ID).functions or []
    names = {f.code: f.name for f in functions}
    assert names["switch_led"] == "Switch"


def test_functions_specifications_and_channel_names(tuya_client: Client) -> None:
    functions = tuya_client.device_control.get_functions(device_id=Seed.LIGHT_ID)
    by_code = {f.code: f for f in functions.functions or []}
    assert functions.category == "dj"
    assert by_code["bright_value_v2"].type == "Integer" and '"min":10' in (by_code["bright_value_v2"].values or "")
    spec = tuya_client.device_control.get_specifications(device_id=Seed.PLUG_ID)
    assert "cur_power" in {s.code for s in spec.status or []} and "cur_power" not in {
        s.code for s in spec.functions or []
    }
    tuya_client.device_control.rename_function(device_id=Seed.SWITCH_ID, function_code="switch_3", name="Garden")
    names = {n.identifier: n.name for n in tuya_client.multi_channel.get_names(device_id=Seed.SWITCH_ID)}
    assert names == {"switch_1": "Ceiling", "switch_2": "Wall lamps", "switch_3": "Garden", "main": "Hallway switch"}
    kg = tuya_client.device_control.get_category_functions(category="kg")
    assert {f.code for f in kg.functions or []} >= {"switch_1", "switch_2", "switch_3"}


def test_device_lists_page_and_filter(tuya_client: Client) -> None:
    first = tuya_client.devices.list(schema=Seed.APP_SCHEMA, page_no=1, page_size=3)
    assert first.total == 8 and len(first.devices or []) == 3
    walked = [d.id for d in tuya_client.devices.iter_list(schema=Seed.APP_SCHEMA, page_size=3)]
    assert len(walked) == 8 and len(set(walked)) == 8
    v2 = [d.id for d in tuya_client.devices.iter_list_v2(schema=Seed.APP_SCHEMA, size=3)]
    assert v2 == walked
    plugs = tuya_client.devices.list(product_id="fk5pl9gq3rcz8mtr", page_no=1, page_size=20)
    assert {d.id for d in plugs.devices or []} == {Seed.PLUG_ID, Seed.OFFLINE_PLUG_ID}
    assert tuya_client.devices.list(schema="otherapp", page_no=1, page_size=20).total == 0
    infos = tuya_client.devices.list_factory_infos(device_ids=[Seed.PLUG_ID, "vdevo199999999999999"])
    assert [i.sn for i in infos] == ["FKSN2023110100103"]


def test_device_log_cursor_walk(tuya_client: Client) -> None:
    now = int(time.time() * 1000)
    start, end = now - 8 * 86400 * 1000, now + 1000
    everything = tuya_client.devices.list_logs(
        device_id=Seed.SENSOR_ID, type=[1, 7], size=100, start_time=start, end_time=end
    )
    walked = list(
        tuya_client.devices.iter_list_logs(
            device_id=Seed.SENSOR_ID, type=[1, 7], size=3, start_time=start, end_time=end
        )
    )
    assert len(everything.logs or []) == len(walked) == 9  # online event and eight temperature reports
    times = [e.event_time or 0 for e in walked]
    assert times == sorted(times, reverse=True)


def test_device_user_removal(tuya_client: Client) -> None:
    assert tuya_client.device_users.delete(device_id=Seed.LOCK_ID, user_id=Seed.MEMBER_ID) is True
    with pytest.raises(NotFoundError):
        tuya_client.device_users.delete(device_id=Seed.LOCK_ID, user_id=Seed.MEMBER_ID)


# ---------------------------------------------------------------- timers


def test_timer_lifecycle(tuya_client: Client) -> None:
    light = Seed.LIGHT_ID
    added = tuya_client.device_timers.add(
        device_id=light,
        category="weekend",
        loops="0000011",
        time_zone="+01:00",
        timezone_id="Europe/Berlin",
        alias_name="Lie-in",
        instruct=[{"time": "10:00", "functions": [{"code": "switch_led", "value": True}]}],
    )
    categories = {c.category.category: c for c in tuya_client.device_timers.list(device_id=light) if c.category}
    assert set(categories) == {Seed.TIMER_CATEGORY, "weekend"}
    group = categories["weekend"].groups[0]  # type: ignore[index]
    assert group.id == added.group_id and group.timers[0].alias_name == "Lie-in"  # type: ignore[index]

    tuya_client.device_timers.update_group(
        device_id=light,
        group_id=added.group_id,
        category="weekend",
        loops="0000001",
        time_zone="+01:00",
        timezone_id="Europe/Berlin",
        instruct=[
            {"time": "11:00", "functions": [{"code": "switch_led", "value": True}]},
            {"time": "23:00", "functions": [{"code": "switch_led", "value": False}]},
        ],
    )
    weekend = tuya_client.device_timers.list_by_category(device_id=light, category="weekend")[0]
    timers = weekend.groups[0].timers  # type: ignore[index]
    assert [(t.time, t.loops, t.group_order) for t in timers] == [("11:00", "0000001", 0), ("23:00", "0000001", 1)]  # type: ignore[union-attr]

    tuya_client.device_timers.set_group_status(device_id=light, category="weekend", group_id=added.group_id, value="0")
    weekend = tuya_client.device_timers.list_by_category(device_id=light, category="weekend")[0]
    assert {t.status for t in weekend.groups[0].timers} == {0}  # type: ignore[index, union-attr]

    tuya_client.device_timers.delete_group(device_id=light, category="weekend", group_id=added.group_id)
    assert tuya_client.device_timers.list_by_category(device_id=light, category="weekend") == []
    with pytest.raises(NotFoundError):
        tuya_client.device_timers.delete_group(device_id=light, category="weekend", group_id=added.group_id)
    tuya_client.device_timers.delete_category(device_id=light, category=Seed.TIMER_CATEGORY)
    assert tuya_client.device_timers.list(device_id=light) == []


def test_timer_status_2_deletes_and_delete_all_clears(tuya_client: Client) -> None:
    tuya_client.device_timers.set_group_status(
        device_id=Seed.LIGHT_ID, category=Seed.TIMER_CATEGORY, group_id=Seed.TIMER_GROUP_ID, value="2"
    )
    assert tuya_client.device_timers.list(device_id=Seed.LIGHT_ID) == []
    tuya_client.device_timers.add(
        device_id=Seed.SWITCH_ID,
        category="a",
        loops="1111111",
        time_zone="+01:00",
        timezone_id="Europe/Berlin",
        instruct=[{"time": "07:00", "functions": [{"code": "switch_2", "value": True}]}],
    )
    tuya_client.device_timers.delete_all(device_id=Seed.SWITCH_ID)
    assert tuya_client.device_timers.list(device_id=Seed.SWITCH_ID) == []


def test_timers_refuse_past_one_offs_and_unknown_functions(tuya_client: Client) -> None:
    common: dict[str, Any] = {
        "device_id": Seed.LIGHT_ID,
        "category": "x",
        "time_zone": "+01:00",
        "timezone_id": "Europe/Berlin",
    }
    with pytest.raises(ParameterError, match="already passed"):
        tuya_client.device_timers.add(
            **common,
            loops="0000000",
            instruct=[{"time": "08:00", "date": "20200101", "functions": [{"code": "switch_led", "value": True}]}],
        )
    with pytest.raises(DeviceError):
        tuya_client.device_timers.add(
            **common, loops="1111111", instruct=[{"time": "08:00", "functions": [{"code": "switch_9", "value": True}]}]
        )


# ---------------------------------------------------------------- homes and rooms


def test_rooms(tuya_client: Client) -> None:
    home = Seed.HOME_ID
    room = tuya_client.homes.add_room(home_id=home, name="Study")
    assert isinstance(room, int) and tuya_client.homes.list_room_devices(home_id=home, room_id=room) == []
    second = tuya_client.homes.add_room(home_id=home, name="Study")  # not idempotent: two rooms
    assert second != room
    tuya_client.homes.add_room_devices(home_id=home, room_id=room, device_ids=[Seed.PLUG_ID, Seed.LOCK_ID])
    assert {d.id for d in tuya_client.homes.list_room_devices(home_id=home, room_id=room)} == {
        Seed.PLUG_ID,
        Seed.LOCK_ID,
    }
    kitchen = tuya_client.homes.list_room_devices(home_id=home, room_id=Seed.KITCHEN_ID)
    assert kitchen == []  # the plug moved out of the kitchen
    tuya_client.homes.remove_room_devices(home_id=home, room_id=room, device_ids=[Seed.LOCK_ID])
    assert [d.id for d in tuya_client.homes.list_room_devices(home_id=home, room_id=room)] == [Seed.PLUG_ID]
    with pytest.raises(NotFoundError) as caught:
        tuya_client.homes.add_room_devices(home_id=home, room_id=room, device_ids=[Seed.OFFLINE_PLUG_ID])
    assert code_of(caught) == 2010  # a device of the other home
    tuya_client.homes.rename_room(home_id=home, room_id=room, name="Office")
    tuya_client.homes.delete_room(home_id=str(home), room_id=str(room))
    with pytest.raises(NotFoundError) as caught:
        tuya_client.homes.list_room_devices(home_id=home, room_id=room)
    assert (code_of(caught), caught.value.msg) == (1000, f"data not exist: room {room}")


def test_members(tuya_client: Client) -> None:
    home = Seed.HOME_ID
    tuya_client.homes.update_member(home_id=home, uid=Seed.MEMBER_ID, admin=True)
    members = {m.uid: m for m in tuya_client.homes.list_members(home_id=home)}
    assert members[Seed.MEMBER_ID].admin is True and members[Seed.USER_ID].owner is True
    with pytest.raises(PermissionDeniedError):
        tuya_client.homes.delete_member(home_id=home, uid=Seed.USER_ID)
    tuya_client.homes.delete_member(home_id=home, uid=Seed.MEMBER_ID)
    assert [m.uid for m in tuya_client.homes.list_members(home_id=home)] == [Seed.USER_ID]
    assert tuya_client.homes.list_for_user(uid=Seed.MEMBER_ID) == []
    with pytest.raises(NotFoundError):
        tuya_client.homes.update_member(home_id=home, uid=Seed.MEMBER_ID, admin=False)


def test_deleting_a_home(tuya_client: Client) -> None:
    tuya_client.homes.delete(home_id=Seed.HOLIDAY_HOME_ID)
    assert [h.home_id for h in tuya_client.homes.list_for_user(uid=Seed.USER_ID)] == [Seed.HOME_ID]
    with pytest.raises(NotFoundError):
        tuya_client.homes.get(home_id=Seed.HOLIDAY_HOME_ID)
    with pytest.raises(NotFoundError):
        tuya_client.devices.get(device_id=Seed.OFFLINE_PLUG_ID)
    with pytest.raises(NotFoundError):
        tuya_client.scenes.trigger(home_id=Seed.HOLIDAY_HOME_ID, scene_id=Seed.LEAVE_SCENE_ID)


def test_users(tuya_client: Client) -> None:
    assert tuya_client.users.get(uid=Seed.MEMBER_ID).mobile == "49-1701****321"
    with pytest.raises(NotFoundError) as caught:
        tuya_client.users.get(uid="az1799999999999zzzzz")
    assert code_of(caught) == 2006
    everyone = list(tuya_client.users.iter_list(schema=Seed.APP_SCHEMA, page_size=2))
    assert {u.uid for u in everyone} == {Seed.USER_ID, Seed.MEMBER_ID, Seed.APP_USER_ID}
    assert all("***@" in (u.email or "***@") for u in everyone)
    with pytest.raises(PermissionDeniedError):
        tuya_client.users.list(schema="otherapp", page_no=1, page_size=10)


# ---------------------------------------------------------------- scenes and automations


def test_scene_trigger_applies_actions(tuya_client: Client) -> None:
    tuya_client.scenes.trigger(home_id=Seed.HOME_ID, scene_id=Seed.GOOD_NIGHT_SCENE_ID)
    assert status(tuya_client, Seed.LIGHT_ID)["switch_led"] is False
    assert {k: v for k, v in status(tuya_client, Seed.SWITCH_ID).items() if k.startswith("switch")} == {
        "switch_1": False,
        "switch_2": False,
        "switch_3": False,
    }
    assert status(tuya_client, Seed.PLUG_ID)["switch_1"] is False


def test_scene_rule_actions_switch_automations(tuya_client: Client) -> None:
    tuya_client.scenes.trigger(home_id=Seed.HOME_ID, scene_id=Seed.MOVIE_SCENE_ID)
    assert status(tuya_client, Seed.LIGHT_ID)["bright_value_v2"] == 200
    rule = tuya_client.automations.get(home_id=Seed.HOME_ID, automation_id=Seed.WINDOW_AUTOMATION_ID)
    assert rule.enabled is False


def test_scene_on_an_offline_device_skips_it(tuya_client: Client) -> None:
    assert tuya_client.scenes.trigger(home_id=Seed.HOLIDAY_HOME_ID, scene_id=Seed.LEAVE_SCENE_ID) is True


def test_scene_enable_disable_delete(tuya_client: Client) -> None:
    home, scene = Seed.HOME_ID, Seed.GOOD_NIGHT_SCENE_ID
    tuya_client.scenes.disable(home_id=home, scene_id=scene)
    with pytest.raises(ParameterError, match="disabled"):
        tuya_client.scenes.trigger(home_id=home, scene_id=scene)
    tuya_client.scenes.enable(home_id=home, scene_id=scene)
    tuya_client.scenes.trigger(home_id=home, scene_id=scene)
    tuya_client.scenes.delete(home_id=home, scene_id=scene)
    with pytest.raises(NotFoundError):
        tuya_client.scenes.delete(home_id=home, scene_id=scene)
    with pytest.raises(NotFoundError):  # a scene of another home
        tuya_client.scenes.enable(home_id=home, scene_id=Seed.LEAVE_SCENE_ID)


def test_scene_and_automation_device_lists(tuya_client: Client) -> None:
    scene_devices = {d.device_id for d in tuya_client.scenes.list_devices(home_id=Seed.HOME_ID)}
    assert Seed.LIGHT_ID in scene_devices and Seed.CONTACT_ID not in scene_devices  # a sensor has nothing to set
    conditions = {d.device_id for d in tuya_client.automations.list_devices(home_id=Seed.HOME_ID, type="condition")}
    assert Seed.CONTACT_ID in conditions
    codes = tuya_client.automations.get_device_linkage_codes(device_id=Seed.LIGHT_ID)
    bright = next(c for c in codes.functions or [] if c.code == "bright_value_v2")
    assert bright.values.min == 10  # type: ignore[union-attr]
    assert "colour_data_v2" not in {c.code for c in codes.functions or []}  # Json DPs cannot be linked
    home_codes = tuya_client.automations.list_home_linkage_codes(home_id=Seed.HOME_ID)
    assert len(home_codes) == 7


def test_automation_replace_enable_disable_delete(tuya_client: Client) -> None:
    home, rule_id = Seed.HOME_ID, Seed.HEATER_AUTOMATION_ID
    original = tuya_client.automations.get(home_id=home, automation_id=rule_id)
    assert original.enabled is False and original.match_type == 3
    tuya_client.automations.update(
        home_id=home,
        automation_id=rule_id,
        name="Heater",
        background="https://images.tuyaeu.com/x.png",
        match_type=1,
        conditions=[{"entity_type": 15, "order_num": 1, "display": {"code": "go", "value": "1"}}],
        actions=[{"action_executor": "dpIssue", "entity_id": Seed.PLUG_ID, "executor_property": {"switch_1": True}}],
        preconditions=[
            {
                "cond_type": "timeCheck",
                "display": {"start": "06:00", "end": "09:00", "loops": "1111100", "timezone_id": "Europe/Berlin"},
            }
        ],
    )
    replaced = tuya_client.automations.get(home_id=home, automation_id=rule_id)
    assert (replaced.name, replaced.match_type, replaced.condition_rule) == ("Heater", 1, None)  # full replace
    assert replaced.conditions[0].entity_id  # type: ignore[index]  # generated for an external trigger
    assert replaced.preconditions[0].id  # type: ignore[index]
    tuya_client.automations.enable(home_id=home, automation_id=rule_id)
    assert tuya_client.automations.get(home_id=home, automation_id=rule_id).enabled is True
    tuya_client.automations.disable(home_id=home, automation_id=rule_id)
    assert tuya_client.automations.get(home_id=home, automation_id=rule_id).enabled is False
    with pytest.raises(ParameterError):
        tuya_client.automations.update(
            home_id=home,
            automation_id=rule_id,
            name="x",
            background="y",
            match_type=1,
            conditions=[{"entity_type": 6, "entity_id": "timer", "order_num": 1, "display": {"time": "08:00"}}],
            actions=[
                {
                    "action_executor": "dpIssue",
                    "entity_id": Seed.OFFLINE_PLUG_ID,
                    "executor_property": {"switch_1": True},
                }
            ],
        )
    tuya_client.automations.delete(home_id=home, automation_id=rule_id)
    with pytest.raises(NotFoundError):
        tuya_client.automations.get(home_id=home, automation_id=rule_id)


# ---------------------------------------------------------------- locks, statistics, firmware, pairing


def test_lock_logs_and_media(tuya_client: Client) -> None:
    now = int(time.time())
    opened = tuya_client.locks.list_open_logs(
        device_id=Seed.LOCK_ID, page_no=1, page_size=5, start_time=now - 30 * 86400, end_time=now
    )
    assert opened.total == 12 and len(opened.logs or []) == 5
    walked = list(
        tuya_client.locks.iter_list_open_logs(
            device_id=Seed.LOCK_ID, page_size=5, start_time=now - 30 * 86400, end_time=now
        )
    )
    assert len(walked) == 12
    recent = tuya_client.locks.list_open_logs(
        device_id=Seed.LOCK_ID, page_no=1, page_size=50, start_time=now - 24 * 3600, end_time=now
    )
    assert recent.total == 2  # 3 h and 20 h ago
    default = tuya_client.locks.list_alarm_logs(device_id=Seed.LOCK_ID, page_no=1, page_size=10)
    assert {r.status.code for r in default.records or []} == {"alarm_lock"}  # type: ignore[union-attr]
    duress = tuya_client.locks.list_alarm_logs(device_id=Seed.LOCK_ID, page_no=1, page_size=10, codes=["hijack"])
    assert duress.total == 1
    media = tuya_client.locks.get_latest_media_url(device_id=Seed.LOCK_ID, file_type=1)
    assert media.file_path and media.file_key and media.media_path is None
    with pytest.raises(DeviceError):
        tuya_client.locks.get_latest_media_url(device_id=Seed.LIGHT_ID, file_type=1)


def test_statistics(tuya_client: Client) -> None:
    types = tuya_client.statistics.list_types(device_id=Seed.PLUG_ID)
    assert {(t.code, t.stat_type) for t in types} == {("add_ele", "sum"), ("cur_power", "avg")}
    assert tuya_client.statistics.list_types(device_id=Seed.LIGHT_ID) == []
    assert tuya_client.statistics.get_total(device_id=Seed.PLUG_ID, code="add_ele").total == "92.68"
    days = tuya_client.statistics.list_daily(
        device_id=Seed.PLUG_ID, code="add_ele", start_day="20230501", end_day="20230531"
    ).days
    assert days is not None and len(days) == 31
    again = tuya_client.statistics.list_daily(
        device_id=Seed.PLUG_ID, code="add_ele", start_day="20230501", end_day="20230531"
    ).days
    assert again == days  # deterministic
    quarters = tuya_client.statistics.list_quarter_hours(
        device_id=Seed.PLUG_ID, code="add_ele", start_minute="202305110000", end_minute="202305112345"
    )
    assert len(quarters.quarters or {}) == 96
    with pytest.raises(ParameterError):
        tuya_client.statistics.get_total(device_id=Seed.LIGHT_ID, code="add_ele")
    with pytest.raises(ParameterError):
        tuya_client.statistics.list_monthly(
            device_id=Seed.PLUG_ID, code="add_ele", start_month="202312", end_month="202301"
        )


def test_firmware_upgrade_progresses(tuya_client: Client) -> None:
    def mcu() -> Any:
        return next(m for m in tuya_client.ota.get_upgrade_info(device_id=Seed.LIGHT_ID) if m.module_type == 9)

    assert (mcu().upgrade_status, mcu().upgrade_version) == (1, "1.0.2")
    tuya_client.ota.upgrade(device_id=Seed.LIGHT_ID, module_type=9)
    assert mcu().upgrade_status == 2
    finished = mcu()
    assert (finished.upgrade_status, finished.current_version) == (3, "1.0.2")
    with pytest.raises(ParameterError):
        tuya_client.ota.upgrade(device_id=Seed.LIGHT_ID, module_type=9)
    with pytest.raises(ParameterError):
        tuya_client.ota.upgrade(device_id=Seed.LIGHT_ID, module_type=3)


def test_pairing_sub_devices(tuya_client: Client) -> None:
    started = int(time.time())
    assert tuya_client.pairing.list_sub_devices(device_id=Seed.GATEWAY_ID, discovery_time=started) == []
    tuya_client.pairing.enable_sub_discovery(device_id=Seed.GATEWAY_ID, duration=60)
    joined = tuya_client.pairing.list_sub_devices(device_id=Seed.GATEWAY_ID, discovery_time=started)
    assert [(d.id, d.category) for d in joined] == [(Seed.SMOKE_ID, "ywbj")]
    assert tuya_client.devices.get(device_id=Seed.SMOKE_ID).sub is True
    assert len(tuya_client.devices.list_sub_devices(device_id=Seed.GATEWAY_ID)) == 3
    with pytest.raises(DeviceError):
        tuya_client.pairing.enable_sub_discovery(device_id=Seed.LIGHT_ID)
    result = tuya_client.pairing.get_result(token=Seed.PAIRING_TOKEN)
    assert [d.device_id for d in result.success or []] == [Seed.LIGHT_ID]
    assert tuya_client.pairing.get_result(token="unknown1").success == []


def test_reset_world(fake_tuya_cloud: FakeTuyaCloud, tuya_client: Client) -> None:
    tuya_client.devices.delete(device_id=Seed.LIGHT_ID)
    fake_tuya_cloud.reset_world()
    assert tuya_client.devices.get(device_id=Seed.LIGHT_ID).name == "Living room light"
