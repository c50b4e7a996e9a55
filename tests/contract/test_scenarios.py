"""Real workflows through the generated client against the fake cloud: writes show up in later reads."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tuya_cloud import DeviceError, NotFoundError, TuyaAPIError, TuyaCloud
from tuya_cloud.testing import FakeTuyaCloud, Seed


@pytest.fixture()
def client() -> Iterator[TuyaCloud]:
    with FakeTuyaCloud() as cloud, cloud.client(strict_responses=True) as tuya:
        yield tuya


def status(client: TuyaCloud, device_id: str) -> dict[str, object]:
    return {dp.code: dp.value for dp in client.devices.get_status(device_id=device_id)}


def test_devices_functions_commands_and_status(client: TuyaCloud) -> None:
    devices = client.homes.list_devices(home_id=Seed.HOME_ID)
    assert Seed.LIGHT_ID in {d.id for d in devices}
    functions = {f.code for f in client.device_control.get_functions(device_id=Seed.LIGHT_ID).functions or []}
    assert {"switch_led", "bright_value_v2"} <= functions
    spec = client.device_control.get_specifications(device_id=Seed.LIGHT_ID)
    assert spec.category == "dj"
    client.device_control.send_commands(
        device_id=Seed.LIGHT_ID,
        commands=[{"code": "switch_led", "value": False}, {"code": "bright_value_v2", "value": 321}],
    )
    assert status(client, Seed.LIGHT_ID)["switch_led"] is False
    assert status(client, Seed.LIGHT_ID)["bright_value_v2"] == 321
    with pytest.raises(DeviceError) as caught:
        client.device_control.send_commands(device_id=Seed.LIGHT_ID, commands=[{"code": "no_such_dp", "value": 1}])
    assert caught.value.code == 2008
    with pytest.raises(DeviceError) as caught:
        client.device_control.send_commands(
            device_id=Seed.OFFLINE_PLUG_ID, commands=[{"code": "switch_1", "value": True}]
        )
    assert caught.value.code == 2001


def test_rename_reset_and_delete_a_device(client: TuyaCloud) -> None:
    client.devices.rename(device_id=Seed.PLUG_ID, name="Coffee machine")
    assert client.devices.get(device_id=Seed.PLUG_ID).name == "Coffee machine"
    client.device_control.send_commands(device_id=Seed.PLUG_ID, commands=[{"code": "switch_1", "value": True}])
    client.devices.reset_factory(device_id=Seed.PLUG_ID)
    client.devices.delete(device_id=Seed.PLUG_ID)
    with pytest.raises(TuyaAPIError):
        client.devices.get(device_id=Seed.PLUG_ID)
    assert Seed.PLUG_ID not in {d.id for d in client.homes.list_devices(home_id=Seed.HOME_ID)}


def test_timers_by_category_and_group(client: TuyaCloud) -> None:
    device = Seed.SWITCH_ID
    instruct = [{"time": "22:15", "functions": [{"code": "switch_1", "value": False}]}]
    ref = client.device_timers.add(
        device_id=device,
        category="night",
        loops="1111100",
        time_zone="+08:00",
        timezone_id="Asia/Shanghai",
        instruct=instruct,
        alias_name="weeknights",
    )
    listed = client.device_timers.list_by_category(device_id=device, category="night")
    groups = [g for c in listed for g in c.groups or []]
    assert [g.id for g in groups] == [ref.group_id]
    assert groups[0].timers and groups[0].timers[0].loops == "1111100"

    client.device_timers.update_group(
        device_id=device,
        group_id=ref.group_id,
        category="night",
        loops="0000011",
        time_zone="+08:00",
        timezone_id="Asia/Shanghai",
        instruct=[{"time": "23:00", "functions": [{"code": "switch_1", "value": False}]}],
    )
    timer = client.device_timers.list_by_category(device_id=device, category="night")[0].groups[0].timers[0]  # type: ignore[index]
    assert (timer.time, timer.loops) == ("23:00", "0000011")

    client.device_timers.set_group_status(device_id=device, category="night", group_id=ref.group_id, value="0")
    timer = client.device_timers.list_by_category(device_id=device, category="night")[0].groups[0].timers[0]  # type: ignore[index]
    assert timer.status == 0

    client.device_timers.delete_group(device_id=device, category="night", group_id=ref.group_id)
    remaining = client.device_timers.list(device_id=device)
    assert ref.group_id not in {g.id for c in remaining for g in c.groups or []}

    client.device_timers.add(
        device_id=device,
        category="other",
        loops="0000000",
        time_zone="+08:00",
        timezone_id="Asia/Shanghai",
        instruct=[{"time": "12:00", "date": "20991231", "functions": [{"code": "switch_2", "value": True}]}],
    )
    client.device_timers.delete_category(device_id=device, category="other")
    assert all(
        c.category is None or c.category.category != "other" for c in client.device_timers.list(device_id=device)
    )
    client.device_timers.delete_all(device_id=device)
    assert all(not c.groups for c in client.device_timers.list(device_id=device))


def test_homes_rooms_and_members(client: TuyaCloud) -> None:
    home = client.homes.get(home_id=Seed.HOME_ID)
    assert home.home_id == Seed.HOME_ID
    room = client.homes.add_room(home_id=Seed.HOME_ID, name="Study")
    client.homes.rename_room(home_id=str(Seed.HOME_ID), room_id=room, name="Office")  # numeric IDs as str work too
    client.homes.add_room_devices(home_id=Seed.HOME_ID, room_id=room, device_ids=[Seed.LIGHT_ID, Seed.PLUG_ID])
    in_room = {d.id for d in client.homes.list_room_devices(home_id=Seed.HOME_ID, room_id=room)}
    assert in_room == {Seed.LIGHT_ID, Seed.PLUG_ID}
    client.homes.remove_room_devices(home_id=Seed.HOME_ID, room_id=room, device_ids=[Seed.PLUG_ID])
    assert {d.id for d in client.homes.list_room_devices(home_id=Seed.HOME_ID, room_id=room)} == {Seed.LIGHT_ID}
    client.homes.delete_room(home_id=Seed.HOME_ID, room_id=room)
    with pytest.raises(TuyaAPIError):
        client.homes.list_room_devices(home_id=Seed.HOME_ID, room_id=room)

    members = {m.uid: m for m in client.homes.list_members(home_id=Seed.HOME_ID)}
    assert members[Seed.MEMBER_ID].admin is False
    client.homes.update_member(home_id=Seed.HOME_ID, uid=Seed.MEMBER_ID, admin=True)
    assert {m.uid: m for m in client.homes.list_members(home_id=Seed.HOME_ID)}[Seed.MEMBER_ID].admin is True
    client.homes.delete_member(home_id=Seed.HOME_ID, uid=Seed.MEMBER_ID)
    assert Seed.MEMBER_ID not in {m.uid for m in client.homes.list_members(home_id=Seed.HOME_ID)}


def test_scenes_and_automations(client: TuyaCloud) -> None:
    before = status(client, Seed.SWITCH_ID)
    assert client.scenes.trigger(home_id=Seed.HOME_ID, scene_id=Seed.GOOD_NIGHT_SCENE_ID) is True
    assert status(client, Seed.SWITCH_ID) != before
    assert client.scenes.disable(home_id=Seed.HOME_ID, scene_id=Seed.MOVIE_SCENE_ID) is True
    assert client.scenes.enable(home_id=Seed.HOME_ID, scene_id=Seed.MOVIE_SCENE_ID) is True
    client.scenes.delete(home_id=Seed.HOME_ID, scene_id=Seed.MOVIE_SCENE_ID)
    with pytest.raises(TuyaAPIError):
        client.scenes.trigger(home_id=Seed.HOME_ID, scene_id=Seed.MOVIE_SCENE_ID)
    assert client.scenes.list_default_pictures()

    automation = client.automations.get(home_id=Seed.HOME_ID, automation_id=Seed.WINDOW_AUTOMATION_ID)
    assert automation.enabled is True
    client.automations.disable(home_id=Seed.HOME_ID, automation_id=Seed.WINDOW_AUTOMATION_ID)
    assert client.automations.get(home_id=Seed.HOME_ID, automation_id=Seed.WINDOW_AUTOMATION_ID).enabled is False
    client.automations.update(
        home_id=Seed.HOME_ID,
        automation_id=Seed.WINDOW_AUTOMATION_ID,
        name="Renamed rule",
        background=automation.background or "https://images.example/bg.png",
        match_type=1,
        conditions=automation.conditions or [],
        actions=automation.actions or [],
    )
    assert client.automations.get(home_id=Seed.HOME_ID, automation_id=Seed.WINDOW_AUTOMATION_ID).name == "Renamed rule"
    codes = client.automations.get_device_linkage_codes(device_id=Seed.LIGHT_ID)
    assert codes.device_id == Seed.LIGHT_ID and codes.functions
    client.automations.delete(home_id=Seed.HOME_ID, automation_id=Seed.WINDOW_AUTOMATION_ID)
    with pytest.raises(NotFoundError):
        client.automations.get(home_id=Seed.HOME_ID, automation_id=Seed.WINDOW_AUTOMATION_ID)


def test_pagination_over_logs_and_users(client: TuyaCloud) -> None:
    logs = list(
        client.devices.iter_list_logs(
            device_id=Seed.LIGHT_ID, type=[1, 2, 5, 7], start_time=1_600_000_000_000, end_time=4_000_000_000_000, size=3
        )
    )
    assert len(logs) > 3
    users = list(client.users.iter_list(schema=Seed.APP_SCHEMA, page_size=1))
    assert len(users) >= 2 and len({u.uid for u in users}) == len(users)
