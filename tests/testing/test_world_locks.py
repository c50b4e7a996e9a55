"""The locks group in the fake world: open and alarm records by window and code, and media links."""

from __future__ import annotations

import time

import pytest

from tuya_cloud import DeviceError, ParameterError, TuyaCloud
from tuya_cloud.testing import Seed


def test_lock_logs_and_media(tuya_client: TuyaCloud) -> None:
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


def test_a_ticket_opens_the_door_once(tuya_client: TuyaCloud) -> None:
    before = tuya_client.locks.list_open_logs(
        device_id=Seed.LOCK_ID,
        page_no=1,
        page_size=1,
        start_time=int(time.time()) - 30 * 86400,
        end_time=int(time.time()) + 60,
    ).total
    ticket = tuya_client.locks.create_password_ticket(device_id=Seed.LOCK_ID)
    assert ticket.expire_time == 300 and ticket.ticket_id
    assert tuya_client.locks.operate_door(device_id=Seed.LOCK_ID, ticket_id=ticket.ticket_id, open=True)
    status = {dp.code: dp.value for dp in tuya_client.devices.get_status(device_id=Seed.LOCK_ID)}
    assert status["closed_opened"] == "open"
    opened = tuya_client.locks.list_open_logs(
        device_id=Seed.LOCK_ID,
        page_no=1,
        page_size=1,
        start_time=int(time.time()) - 30 * 86400,
        end_time=int(time.time()) + 60,
    )
    assert opened.total == (before or 0) + 1 and opened.logs[0].status.code == "unlock_app"  # type: ignore[index,union-attr]
    with pytest.raises(ParameterError, match="ticket_id"):  # a ticket works once
        tuya_client.locks.operate_door(device_id=Seed.LOCK_ID, ticket_id=ticket.ticket_id, open=False)
    with pytest.raises(DeviceError):  # the plug is no lock
        tuya_client.locks.create_password_ticket(device_id=Seed.PLUG_ID)
    closing = tuya_client.locks.create_password_ticket(device_id=Seed.LOCK_ID)
    tuya_client.locks.operate_door(device_id=Seed.LOCK_ID, ticket_id=closing.ticket_id or "", open=False)
    status = {dp.code: dp.value for dp in tuya_client.devices.get_status(device_id=Seed.LOCK_ID)}
    assert status["closed_opened"] == "closed"
