"""The device_control group in the fake world: commands change status all or nothing and fail like
Tuya; functions, specifications and channel names (multi_channel) follow renames."""

from __future__ import annotations

import time
from typing import Any

import pytest
from world_helpers import code_of, status

from tuya_cloud import DeviceError, TuyaCloud
from tuya_cloud.testing import FakeTuyaCloud, Seed


def test_commands_change_status_and_are_logged(tuya_client: TuyaCloud) -> None:
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


def test_plug_power_follows_its_relay(tuya_client: TuyaCloud) -> None:
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
def test_unsupported_commands_are_2008_and_change_nothing(tuya_client: TuyaCloud, command: dict[str, Any]) -> None:
    before = status(tuya_client, Seed.LIGHT_ID)
    with pytest.raises(DeviceError) as caught:
        tuya_client.device_control.send_commands(
            device_id=Seed.LIGHT_ID, commands=[{"code": "switch_led", "value": False}, command]
        )
    assert code_of(caught) == 2008 and caught.value.msg.startswith("command or value not support")
    assert status(tuya_client, Seed.LIGHT_ID) == before  # all or nothing


def test_status_only_dp_cannot_be_commanded(tuya_client: TuyaCloud) -> None:
    with pytest.raises(DeviceError):
        tuya_client.device_control.send_commands(device_id=Seed.PLUG_ID, commands=[{"code": "cur_power", "value": 1}])


def test_offline_device_is_2001(fake_tuya_cloud: FakeTuyaCloud, tuya_client: TuyaCloud) -> None:
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


def test_functions_specifications_and_channel_names(tuya_client: TuyaCloud) -> None:
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
