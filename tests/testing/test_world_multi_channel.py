"""The multi_channel group in the fake world: channel names changed by one call and read by the others
(devices.get for the device's own name, device_control.get_functions for a channel's)."""

from __future__ import annotations

import pytest

from tuya_cloud import DeviceError, TuyaCloud
from tuya_cloud.testing import Seed


def test_channel_names_are_shared_by_every_family(tuya_client: TuyaCloud) -> None:
    switch = Seed.SWITCH_ID
    tuya_client.multi_channel.rename(device_id=switch, identifier="switch_2", name="Reading lamp")
    tuya_client.multi_channel.rename(device_id=switch, identifier="main", name="Hall panel")
    names = {n.identifier: n.name for n in tuya_client.multi_channel.get_names(device_id=switch)}
    assert (names["switch_2"], names["main"]) == ("Reading lamp", "Hall panel")
    assert tuya_client.devices.get(device_id=switch).name == "Hall panel"
    functions = {f.code: f.name for f in tuya_client.device_control.get_functions(device_id=switch).functions or []}
    assert functions["switch_2"] == "Reading lamp"
    with pytest.raises(DeviceError, match="identifier"):
        tuya_client.multi_channel.rename(device_id=switch, identifier="switch_9", name="x")
