"""The pairing group in the fake world: a waiting sub-device joins when discovery starts."""

from __future__ import annotations

import time

import pytest

from tuya_cloud import DeviceError, TuyaCloud
from tuya_cloud.testing import Seed


def test_pairing_sub_devices(tuya_client: TuyaCloud) -> None:
    started = int(time.time())
    assert tuya_client.pairing.list_sub_devices(device_id=Seed.GATEWAY_ID, discovery_time=started) == []
    tuya_client.pairing.enable_sub_discovery(device_id=Seed.GATEWAY_ID, duration=60)
    joined = tuya_client.pairing.list_sub_devices(device_id=Seed.GATEWAY_ID, discovery_time=started)
    assert [(d.id, d.category) for d in joined] == [(Seed.SMOKE_ID, "ywbj")]
    assert tuya_client.devices.get(device_id=Seed.SMOKE_ID).sub is True
    assert len(tuya_client.devices.list_sub_devices(device_id=Seed.GATEWAY_ID)) == 3
    with pytest.raises(DeviceError):
        tuya_client.pairing.enable_sub_discovery(device_id=Seed.LIGHT_ID)
    result = tuya_client.pairing.get_result(token=Seed.PAIRING_TOKEN)
    assert [d.device_id for d in result.success or []] == [Seed.LIGHT_ID]
    assert tuya_client.pairing.get_result(token="unknown1").success == []
