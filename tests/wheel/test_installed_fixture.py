"""The pytest plugin as a user gets it: `nox -s build` runs this file against the installed wheel, from
a directory outside the checkout; the normal suite runs it too."""

from __future__ import annotations

from tuya_cloud import TuyaCloud
from tuya_cloud.testing import FakeTuyaCloud, Seed


def test_the_fixture_serves_a_seeded_world(fake_tuya_cloud: FakeTuyaCloud) -> None:
    with fake_tuya_cloud.client() as client:
        client.device_control.send_commands(device_id=Seed.LIGHT_ID, commands=[{"code": "switch_led", "value": False}])
        status = {point.code: point.value for point in client.devices.get_status(device_id=Seed.LIGHT_ID)}
    assert status["switch_led"] is False
    assert fake_tuya_cloud.calls("device_control.send_commands") == 1


def test_the_client_fixture_is_bound_to_the_fake(tuya_client: TuyaCloud, fake_tuya_cloud: FakeTuyaCloud) -> None:
    assert tuya_client.base_url == fake_tuya_cloud.base_url
    assert [home.home_id for home in tuya_client.homes.list_for_user(uid=Seed.USER_ID)]
