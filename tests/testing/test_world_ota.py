"""The ota group in the fake world: a pending firmware upgrade starts, runs once and finishes."""

from __future__ import annotations

from typing import Any

import pytest

from tuya_cloud import ParameterError, TuyaCloud
from tuya_cloud.testing import Seed


def test_firmware_upgrade_progresses(tuya_client: TuyaCloud) -> None:
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
