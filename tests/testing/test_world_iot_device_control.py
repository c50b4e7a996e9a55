"""The iot_device_control group in the fake world: IoT Core's iot-03 calls and the smart-home calls
act on one set of devices, with one set of rules (over HTTP, through the sync and async clients)."""

from __future__ import annotations

import asyncio
import json

import pytest
from world_helpers import code_of, status

from tuya_cloud import DeviceError, TuyaCloud
from tuya_cloud.testing import FakeTuyaCloud, Seed


def iot_status(client: TuyaCloud, device_id: str) -> dict[str, object]:
    return {dp.code: dp.value for dp in client.iot_device_control.get_status(device_id=device_id)}


def test_an_iot_command_shows_in_both_status_calls_and_both_batches(tuya_client: TuyaCloud) -> None:
    commands = [{"code": "switch_led", "value": False}, {"code": "bright_value_v2", "value": 420}]
    assert tuya_client.iot_device_control.send_commands(device_id=Seed.LIGHT_ID, commands=commands) is True
    for read in (status(tuya_client, Seed.LIGHT_ID), iot_status(tuya_client, Seed.LIGHT_ID)):
        assert (read["switch_led"], read["bright_value_v2"]) == (False, 420)
    for batch in (
        tuya_client.iot_device_control.list_status(device_ids=[Seed.SENSOR_ID, Seed.LIGHT_ID]),
        tuya_client.devices.list_status(device_ids=[Seed.SENSOR_ID, Seed.LIGHT_ID]),
    ):
        assert [entry.id for entry in batch] == [Seed.SENSOR_ID, Seed.LIGHT_ID]
        light = {dp.code: dp.value for dp in batch[1].status or []}
        assert light == iot_status(tuya_client, Seed.LIGHT_ID)


def test_a_smart_home_command_shows_in_the_iot_status(tuya_client: TuyaCloud) -> None:
    tuya_client.device_control.send_commands(device_id=Seed.PLUG_ID, commands=[{"code": "switch_1", "value": False}])
    read = iot_status(tuya_client, Seed.PLUG_ID)
    assert (read["switch_1"], read["cur_power"]) == (False, 0)  # the plug's power follows its relay here too


def test_the_batch_lists_only_devices_that_exist(tuya_client: TuyaCloud) -> None:
    batch = tuya_client.iot_device_control.list_status(device_ids=["vdevo000000000000000", Seed.PLUG_ID, Seed.PLUG_ID])
    assert [entry.id for entry in batch] == [Seed.PLUG_ID]


def test_iot_commands_follow_the_same_rules(tuya_client: TuyaCloud) -> None:
    before = iot_status(tuya_client, Seed.LIGHT_ID)
    with pytest.raises(DeviceError) as caught:
        tuya_client.iot_device_control.send_commands(
            device_id=Seed.LIGHT_ID,
            commands=[{"code": "switch_led", "value": False}, {"code": "work_mode", "value": "x"}],
        )
    assert code_of(caught) == 2008
    assert iot_status(tuya_client, Seed.LIGHT_ID) == before
    with pytest.raises(DeviceError) as offline:
        tuya_client.iot_device_control.send_commands(
            device_id=Seed.OFFLINE_PLUG_ID, commands=[{"code": "switch_1", "value": True}]
        )
    assert code_of(offline) == 2001


def test_specifications_agree_across_versions_and_follow_renamed_functions(tuya_client: TuyaCloud) -> None:
    tuya_client.device_control.rename_function(device_id=Seed.SWITCH_ID, function_code="switch_2", name="Desk lamp")
    v10 = tuya_client.iot_device_control.get_specification(device_id=Seed.SWITCH_ID)
    v11 = tuya_client.device_control.get_specifications_v1_1(device_id=Seed.SWITCH_ID)
    v12 = tuya_client.iot_device_control.get_specification_v1_2(device_id=Seed.SWITCH_ID)
    legacy = tuya_client.device_control.get_specifications(device_id=Seed.SWITCH_ID)
    codes = [s.code for s in legacy.status or []]
    for spec in (v10, v11, v12):
        assert spec.category == "kg" and [s.code for s in spec.status or []] == codes
    assert [f.code for f in v10.functions or []] == [f.code for f in legacy.functions or []]
    assert {f.code: f.name for f in v10.functions or []}["switch_2"] == "Desk lamp"
    assert {f.code: f.name for f in v12.functions or []}["switch_2"] == "Desk lamp"
    assert {f.code: f.lang_config for f in v12.functions or []}["switch_1"] == {"false": "OFF", "true": "ON"}
    ids = [s.dp_id for s in v11.status or []]
    assert len(set(ids)) == len(ids) and all(isinstance(i, int) and i > 0 for i in ids)
    for item in v10.functions or []:
        assert json.loads(item.values or "") == json.loads(item.desc or "")  # desc repeats the range, as live


def test_iot_functions_are_the_smart_home_functions(tuya_client: TuyaCloud) -> None:
    iot = tuya_client.iot_device_control.get_functions(device_id=Seed.LIGHT_ID)
    assert iot == tuya_client.device_control.get_functions(device_id=Seed.LIGHT_ID)
    category = tuya_client.iot_device_control.get_category_functions(category="cz")
    assert {f.code for f in category.functions or []} == {"switch_1", "countdown_1", "relay_status"}


def test_the_async_client_reads_the_same_world(fake_tuya_cloud: FakeTuyaCloud) -> None:
    async def run() -> tuple[object, object]:
        async with fake_tuya_cloud.async_client(strict_responses=True) as client:
            await client.iot_device_control.send_commands(
                device_id=Seed.SWITCH_ID, commands=[{"code": "switch_3", "value": True}]
            )
            single = await client.devices.get_status(device_id=Seed.SWITCH_ID)
            batch = await client.iot_device_control.list_status(device_ids=[Seed.SWITCH_ID])
            return single, batch[0].status

    single, batched = asyncio.run(run())
    assert single == batched
    assert {dp.code: dp.value for dp in single}["switch_3"] is True  # type: ignore[attr-defined]
