"""The device_users group in the fake world: a device's users with their profiles (added, listed, read,
updated, removed)."""

from __future__ import annotations

import pytest

from tuya_cloud import NotFoundError, TuyaCloud
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
