"""The device_timers group in the fake world: timer groups are added, listed, replaced, switched and
deleted, and refuse what Tuya refuses."""

from __future__ import annotations

from typing import Any

import pytest

from tuya_cloud import DeviceError, NotFoundError, ParameterError, TuyaCloud
from tuya_cloud.testing import Seed


def test_timer_lifecycle(tuya_client: TuyaCloud) -> None:
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


def test_timer_status_2_deletes_and_delete_all_clears(tuya_client: TuyaCloud) -> None:
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


def test_timers_refuse_past_one_offs_and_unknown_functions(tuya_client: TuyaCloud) -> None:
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
