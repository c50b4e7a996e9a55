"""The locks group in the fake world: open and alarm records by window and code, and media links."""

from __future__ import annotations

import time

import pytest

from tuya_cloud import DeviceError, TuyaCloud
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
