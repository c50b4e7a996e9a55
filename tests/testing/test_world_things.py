"""The things group (IoT Core v2.0) in the fake world, and one world across the device families: a
command sent through iot-03, the smart-home v1.0 call or the v2.0 property issue changes the same
device, and the v1.0 status, the iot-03 status and the v2.0 shadow all report it (over HTTP)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import pytest
from world_helpers import code_of

from tuya_cloud import DeviceError, TuyaAPIError, TuyaCloud
from tuya_cloud.testing import Seed

Send = Callable[[TuyaCloud, str, dict[str, Any]], object]
Read = Callable[[TuyaCloud, str], dict[str, Any]]


def _commands(values: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"code": code, "value": value} for code, value in values.items()]


SENDERS: dict[str, Send] = {
    "iot-03 commands": lambda c, d, v: c.iot_device_control.send_commands(device_id=d, commands=_commands(v)),
    "v1.0 commands": lambda c, d, v: c.device_control.send_commands(device_id=d, commands=_commands(v)),
    "v2.0 properties/issue": lambda c, d, v: c.things.issue_properties(device_id=d, properties=json.dumps(v)),
}
READERS: dict[str, Read] = {
    "v1.0 status": lambda c, d: {dp.code: dp.value for dp in c.devices.get_status(device_id=d)},
    "iot-03 status": lambda c, d: {dp.code: dp.value for dp in c.iot_device_control.get_status(device_id=d)},
    "v2.0 shadow": lambda c, d: {str(p.code): p.value for p in c.things.get_properties(device_id=d).properties or []},
    "iot-03 batch": lambda c, d: {
        dp.code: dp.value for dp in c.iot_device_control.list_status(device_ids=[d])[0].status or []
    },
}


@pytest.mark.parametrize("sender", sorted(SENDERS))
def test_a_command_through_any_family_is_reported_by_every_family(tuya_client: TuyaCloud, sender: str) -> None:
    wanted = {"switch_led": False, "work_mode": "colour", "bright_value_v2": 640}
    SENDERS[sender](tuya_client, Seed.LIGHT_ID, wanted)
    for reader, read in READERS.items():
        seen = read(tuya_client, Seed.LIGHT_ID)
        assert {code: seen[code] for code in wanted} == wanted, f"{sender} -> {reader}"


def test_the_shadow_carries_the_dp_ids_of_the_specification_and_the_model(tuya_client: TuyaCloud) -> None:
    shadow = tuya_client.things.get_properties(device_id=Seed.PLUG_ID).properties or []
    v11 = tuya_client.device_control.get_specifications_v1_1(device_id=Seed.PLUG_ID)
    model = json.loads(tuya_client.things.get_model(device_id=Seed.PLUG_ID).model or "")
    by_code = {p.code: p.dp_id for p in shadow}
    assert by_code == {s.code: s.dp_id for s in v11.status or []}
    properties = model["services"][0]["properties"]
    assert {p["code"]: p["abilityId"] for p in properties} == by_code
    access = {p["code"]: p["accessMode"] for p in properties}
    assert (access["switch_1"], access["cur_power"]) == ("rw", "ro")
    assert {p["code"]: p["typeSpec"]["type"] for p in properties}["relay_status"] == "enum"


def test_the_shadow_reports_when_each_value_arrived(tuya_client: TuyaCloud) -> None:
    before = {p.code: p.time for p in tuya_client.things.get_properties(device_id=Seed.LIGHT_ID).properties or []}
    sent_at = int(time.time() * 1000)
    tuya_client.things.issue_properties(device_id=Seed.LIGHT_ID, properties='{"temp_value_v2": 800}')
    after = tuya_client.things.get_properties(device_id=Seed.LIGHT_ID, codes=["temp_value_v2", "switch_led"])
    times = {p.code: p.time for p in after.properties or []}
    assert list(times) == ["switch_led", "temp_value_v2"]  # the codes asked for, in the product's order
    assert times["temp_value_v2"] is not None and times["temp_value_v2"] >= sent_at - 5000
    assert times["switch_led"] == before["switch_led"]
    assert all(t is not None and len(str(t)) == 13 for t in times.values())  # milliseconds


def test_a_renamed_function_is_the_shadows_custom_name(tuya_client: TuyaCloud) -> None:
    tuya_client.device_control.rename_function(device_id=Seed.SWITCH_ID, function_code="switch_3", name="Garden")
    shadow = tuya_client.things.get_properties(device_id=Seed.SWITCH_ID, codes=["switch_3"]).properties or []
    assert [(p.code, p.custom_name) for p in shadow] == [("switch_3", "Garden")]


def test_issued_properties_follow_the_command_rules(tuya_client: TuyaCloud) -> None:
    before = READERS["v2.0 shadow"](tuya_client, Seed.LIGHT_ID)
    with pytest.raises(DeviceError) as caught:
        tuya_client.things.issue_properties(
            device_id=Seed.LIGHT_ID, properties='{"switch_led": false, "bright_value_v2": 5}'
        )
    assert code_of(caught) == 2008 and "properties[1].value" in caught.value.msg
    assert READERS["v2.0 shadow"](tuya_client, Seed.LIGHT_ID) == before  # all or nothing
    with pytest.raises(DeviceError) as offline:
        tuya_client.things.issue_properties(device_id=Seed.OFFLINE_PLUG_ID, properties='{"switch_1": true}')
    assert code_of(offline) == 2001
    with pytest.raises(TuyaAPIError) as broken:
        tuya_client.things.issue_properties(device_id=Seed.LIGHT_ID, properties='{"switch_led": tru}')
    assert code_of(broken) == 1109


def test_details_and_renames_agree_with_the_other_families(tuya_client: TuyaCloud) -> None:
    tuya_client.iot_devices.rename(device_id=Seed.SENSOR_ID, name="Nursery climate")
    thing = tuya_client.things.get(device_id=Seed.SENSOR_ID)
    legacy = tuya_client.devices.get(device_id=Seed.SENSOR_ID)
    assert thing.name == legacy.name == "Nursery climate"
    assert (thing.is_online, thing.local_key, thing.uuid, thing.sub) == (
        legacy.online,
        legacy.local_key,
        legacy.uuid,
        legacy.sub,
    )
    assert tuya_client.things.get(device_id=Seed.OFFLINE_PLUG_ID).is_online is False


def test_the_device_list_pages_by_last_id(tuya_client: TuyaCloud) -> None:
    seen: list[str] = []
    page = tuya_client.things.list(page_size=3)
    while page:
        seen += [d.id for d in page if d.id is not None]
        page = tuya_client.things.list(page_size=3, last_id=seen[-1])
    assert seen == sorted(d.id for d in tuya_client.associated_users.iter_list_devices() if d.id is not None)
    plugs = tuya_client.things.list(categories=["cz"], page_size=20)
    assert {d.id for d in plugs} == {Seed.PLUG_ID, Seed.OFFLINE_PLUG_ID}


def test_reset_unbinds_the_device_from_every_family(tuya_client: TuyaCloud) -> None:
    assert tuya_client.things.reset(device_id=Seed.PLUG_ID) is True
    for lookup in (tuya_client.devices.get, tuya_client.iot_devices.get_v1_1, tuya_client.things.get):
        with pytest.raises(TuyaAPIError) as caught:
            lookup(device_id=Seed.PLUG_ID)
        assert code_of(caught) == 2010
    assert Seed.PLUG_ID not in {d.id for d in tuya_client.things.list(page_size=20)}


def test_report_logs_page_through_what_every_family_sent(tuya_client: TuyaCloud) -> None:
    start = int(time.time() * 1000) - 1000
    SENDERS["iot-03 commands"](tuya_client, Seed.LIGHT_ID, {"bright_value_v2": 300})
    SENDERS["v1.0 commands"](tuya_client, Seed.LIGHT_ID, {"bright_value_v2": 400})
    SENDERS["v2.0 properties/issue"](tuya_client, Seed.LIGHT_ID, {"bright_value_v2": 500, "switch_led": True})
    end = int(time.time() * 1000) + 60000
    pages = list(
        tuya_client.things.iter_list_report_logs(
            device_id=Seed.LIGHT_ID, codes=["bright_value_v2"], size=2, start_time=start, end_time=end
        )
    )
    assert [(e.code, e.value) for e in pages] == [("bright_value_v2", v) for v in ("500", "400", "300")]
    first = tuya_client.things.list_report_logs(
        device_id=Seed.LIGHT_ID, codes=["bright_value_v2"], size=2, start_time=start, end_time=end
    )
    assert (first.total, first.has_more, len(first.logs or [])) == (3, True, 2)
    older = tuya_client.things.list_report_logs(
        device_id=Seed.LIGHT_ID, codes=["switch_led"], size=20, start_time=start - 10 * 86400 * 1000, end_time=start
    )
    assert older.total and all(e.event_time is not None and e.event_time <= start for e in older.logs or [])


def test_the_v2_log_is_the_v1_log(tuya_client: TuyaCloud) -> None:
    SENDERS["v2.0 properties/issue"](tuya_client, Seed.PLUG_ID, {"switch_1": False})
    end = int(time.time() * 1000) + 60000
    start = end - 8 * 86400 * 1000
    v2 = list(
        tuya_client.things.iter_list_logs(
            device_id=Seed.PLUG_ID, type=[1, 5, 7], query_type=1, size=2, start_time=start, end_time=end
        )
    )
    v1 = list(
        tuya_client.devices.iter_list_logs(
            device_id=Seed.PLUG_ID, type=[1, 5, 7], size=2, start_time=start, end_time=end
        )
    )
    assert v2 == v1 and len(v2) > 2
    assert [(e.event_id, e.code, e.value) for e in v2[:2]] == [(7, "switch_1", "false"), (5, "switch_1", "false")]
    with pytest.raises(TuyaAPIError) as unknown:
        tuya_client.things.list_logs(
            device_id="vdevo000000000000000", type=[7], query_type=1, size=2, start_time=start, end_time=end
        )
    assert code_of(unknown) == 2010
