"""The devices group in the fake world: details, lists, logs, removal and factory reset, through the
generated client (device_users, one operation, lives here too)."""

from __future__ import annotations

import time

import pytest
from world_helpers import code_of, status

from tuya_cloud import NotFoundError, TuyaCloud
from tuya_cloud.testing import Seed


def test_rename_and_delete_a_device(tuya_client: TuyaCloud) -> None:
    tuya_client.devices.rename(device_id=Seed.LIGHT_ID, name="Reading lamp")
    assert tuya_client.devices.get(device_id=Seed.LIGHT_ID).name == "Reading lamp"
    assert tuya_client.devices.delete(device_id=Seed.LIGHT_ID) is True
    with pytest.raises(NotFoundError) as caught:
        tuya_client.devices.get(device_id=Seed.LIGHT_ID)
    assert (code_of(caught), caught.value.msg) == (2010, "device not exist")
    assert tuya_client.devices.delete(device_id=Seed.LIGHT_ID) is True  # already gone: no further harm
    with pytest.raises(NotFoundError):
        tuya_client.devices.delete(device_id="vdevo199999999999999")


def test_deleting_a_gateway_removes_its_sub_devices(tuya_client: TuyaCloud) -> None:
    subs = tuya_client.devices.list_sub_devices(device_id=Seed.GATEWAY_ID)
    assert {s.id for s in subs} == {Seed.SENSOR_ID, Seed.CONTACT_ID}
    tuya_client.devices.delete(device_id=Seed.GATEWAY_ID)
    with pytest.raises(NotFoundError):
        tuya_client.devices.get(device_id=Seed.SENSOR_ID)


def test_factory_reset_restores_defaults(tuya_client: TuyaCloud) -> None:
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


def test_device_lists_page_and_filter(tuya_client: TuyaCloud) -> None:
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


def test_device_log_cursor_walk(tuya_client: TuyaCloud) -> None:
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


def test_device_user_removal(tuya_client: TuyaCloud) -> None:
    assert tuya_client.device_users.delete(device_id=Seed.LOCK_ID, user_id=Seed.MEMBER_ID) is True
    with pytest.raises(NotFoundError):
        tuya_client.device_users.delete(device_id=Seed.LOCK_ID, user_id=Seed.MEMBER_ID)
