"""The device_users and multi_channel groups in the fake world: a device's users with their profiles (added,
listed, read, updated, removed), and channel names changed by one call and read by the others."""

from __future__ import annotations

import pytest

from tuya_cloud import DeviceError, NotFoundError, TuyaCloud
from tuya_cloud.testing import Seed


def test_device_users_with_profiles(tuya_client: TuyaCloud) -> None:
    scale = Seed.SENSOR_ID
    user_id = tuya_client.device_users.add(device_id=scale, nick_name="Tom", sex=1, birthday=605517261000, height=180)
    listed = {u.user_id: u for u in tuya_client.device_users.list(device_id=scale)}
    assert set(listed) == {Seed.USER_ID, Seed.MEMBER_ID, user_id}
    assert listed[Seed.MEMBER_ID].nick_name == "Sam"  # a home member is named after its account
    tom = tuya_client.device_users.get(device_id=scale, user_id=user_id)
    assert (tom.nick_name, tom.sex, tom.birthday, tom.height, tom.weight) == ("Tom", 1, 605517261000, 180, None)
    tuya_client.device_users.update(device_id=scale, user_id=user_id, nick_name="Tommy", sex=1, weight=76000)
    tom = tuya_client.device_users.get(device_id=scale, user_id=user_id)
    assert (tom.nick_name, tom.height, tom.weight) == ("Tommy", 180, 76000)  # fields left out are kept
    tuya_client.device_users.delete(device_id=scale, user_id=user_id)
    with pytest.raises(NotFoundError):
        tuya_client.device_users.get(device_id=scale, user_id=user_id)
    assert user_id not in {u.user_id for u in tuya_client.device_users.list(device_id=scale)}


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
