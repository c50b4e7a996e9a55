"""Calls the spec audit (../shared/reference/spec-audit.md) opened up, end to end through the client
and the fake cloud: what the SDK used to refuse before sending now reaches the cloud and works."""

from __future__ import annotations

import time
from typing import Any

import pytest

from tuya_cloud import TuyaCloud, TuyaValidationError
from tuya_cloud.testing import FakeTuyaCloud, Seed


def test_lock_log_windows_take_seconds_or_milliseconds(tuya_client: TuyaCloud) -> None:
    now = int(time.time())
    window: dict[str, Any] = {"device_id": Seed.LOCK_ID, "page_no": 1, "page_size": 50}
    in_seconds = tuya_client.locks.list_open_logs(**window, start_time=now - 24 * 3600, end_time=now)
    in_ms = tuya_client.locks.list_open_logs(**window, start_time=(now - 24 * 3600) * 1000, end_time=now * 1000)
    assert in_seconds.total == in_ms.total == 2  # the same two unlocks, 3 h and 20 h ago
    with pytest.raises(TuyaValidationError, match="10-digit seconds or 13-digit milliseconds"):
        tuya_client.locks.list_open_logs(**window, start_time=now * 10, end_time=now * 1000)


def test_shared_devices_may_be_asked_for_as_share_or_sharing(tuya_client: TuyaCloud) -> None:
    for value in ("home", "share", "sharing"):
        tuya_client.devices.list_for_user(uid=Seed.USER_ID, from_=value, page_no=1, page_size=10)
    with pytest.raises(TuyaValidationError, match="from"):
        tuya_client.devices.list_for_user(uid=Seed.USER_ID, from_="shared")  # type: ignore[arg-type]


def test_the_media_resolver_returns_the_address_as_a_string(
    tuya_client: TuyaCloud, fake_tuya_cloud: FakeTuyaCloud
) -> None:
    url = tuya_client.locks.get_media_url(
        device_id=Seed.LOCK_ID, bucket="ty-eu-storage30-1254153901", file_path="/lock/remote-1.jpg"
    )
    assert isinstance(url, str) and url.startswith(
        "https://ty-eu-storage30-1254153901.cos.tuyaeu.com/lock/remote-1.jpg"
    )
    assert fake_tuya_cloud.requests[-1].path == f"/v1.0/devices/{Seed.LOCK_ID}/movement-configs"


def test_a_firmware_channel_may_be_sent_as_its_digits(tuya_client: TuyaCloud) -> None:
    assert tuya_client.ota.upgrade(device_id=Seed.LIGHT_ID, module_type="9") is True
    with pytest.raises(TuyaValidationError, match="module_type"):
        tuya_client.ota.upgrade(device_id=Seed.LIGHT_ID, module_type="MCU")


def test_numeric_looking_timer_group_ids_keep_their_leading_zeros(tuya_client: TuyaCloud) -> None:
    groups = tuya_client.device_timers.list_by_category(device_id=Seed.LIGHT_ID, category=Seed.TIMER_CATEGORY)
    assert [g.id for c in groups for g in c.groups or []] == [Seed.TIMER_GROUP_ID]
    done = tuya_client.device_timers.set_group_status(
        device_id=Seed.LIGHT_ID, category=Seed.TIMER_CATEGORY, group_id=Seed.TIMER_GROUP_ID, value="0"
    )
    assert done is True  # "0000000001" keeps its leading zeros on the way through the path


def test_a_condition_type_made_in_the_app_round_trips_in_strict_mode(tuya_client: TuyaCloud) -> None:
    # entity_type is an open enum: 7 (a PIR sensor condition of Tuya's scene SDK) is neither refused
    # before sending nor reported as a mismatch when it comes back.
    rule: dict[str, Any] = {"home_id": Seed.HOME_ID, "automation_id": Seed.WINDOW_AUTOMATION_ID}
    condition = {"entity_type": 7, "entity_id": Seed.SENSOR_ID, "order_num": 1, "display": {"code": "pir"}}
    tuya_client.automations.update(
        **rule,
        name="Motion in the hall",
        background="https://images.tuyaeu.com/smart/rule/cover/house.png",
        match_type=1,
        conditions=[condition],
        actions=[{"action_executor": "dpIssue", "entity_id": Seed.LIGHT_ID, "executor_property": {"switch_led": True}}],
    )
    read = tuya_client.automations.get(**rule)
    assert read.conditions is not None and read.conditions[0].entity_type == 7
