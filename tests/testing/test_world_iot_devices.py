"""The iot_devices and associated_users groups in the fake world: industry device management and the
linked app accounts list, rename and remove the same devices as the smart-home calls (over HTTP)."""

from __future__ import annotations

import hashlib

import pytest
from world_helpers import code_of

from tuya_cloud import TuyaAPIError, TuyaCloud, models
from tuya_cloud.testing import FakeTuyaCloud, Seed

SEEDED = sorted(
    [
        Seed.LIGHT_ID,
        Seed.SWITCH_ID,
        Seed.PLUG_ID,
        Seed.LOCK_ID,
        Seed.GATEWAY_ID,
        Seed.SENSOR_ID,
        Seed.CONTACT_ID,
        Seed.OFFLINE_PLUG_ID,
    ]
)
PASSWORD = hashlib.md5(Seed.APP_PASSWORD.encode()).hexdigest()


def test_a_rename_in_one_family_shows_in_the_others(tuya_client: TuyaCloud) -> None:
    tuya_client.iot_devices.rename(device_id=Seed.LIGHT_ID, name="Reading lamp")
    assert tuya_client.devices.get(device_id=Seed.LIGHT_ID).name == "Reading lamp"
    tuya_client.devices.rename(device_id=Seed.PLUG_ID, name="Kettle")
    assert tuya_client.iot_devices.get(device_id=Seed.PLUG_ID).name == "Kettle"
    listed = {d.id: d.name for d in tuya_client.iot_devices.iter_list(category="cz", page_size=1)}
    assert listed[Seed.PLUG_ID] == "Kettle"
    linked = {d.id: d.name for d in tuya_client.associated_users.iter_list_devices(size=2)}
    assert (linked[Seed.LIGHT_ID], linked[Seed.PLUG_ID]) == ("Reading lamp", "Kettle")


def test_the_v1_3_list_pages_through_each_source(tuya_client: TuyaCloud) -> None:
    pages = []
    page = tuya_client.iot_devices.list(source_type="tuyaUser", source_id=Seed.USER_ID, page_size=3)
    pages.append(page)
    while page.has_more:
        page = tuya_client.iot_devices.list(
            source_type="tuyaUser", source_id=Seed.USER_ID, page_size=3, last_row_key=page.last_row_key
        )
        pages.append(page)
    assert [len(p.list_ or []) for p in pages] == [3, 3, 2] and {p.total for p in pages} == {8}
    assert [d.id for p in pages for d in p.list_ or []] == SEEDED
    member = [d.id for d in tuya_client.iot_devices.iter_list(source_type="tuyaUser", source_id=Seed.MEMBER_ID)]
    assert Seed.OFFLINE_PLUG_ID not in member and len(member) == 7  # Sam is no member of the holiday house
    by_asset = [d.id for d in tuya_client.iot_devices.iter_list(source_type="asset", source_id=Seed.LIVING_ASSET_ID)]
    assert by_asset == sorted([Seed.LIGHT_ID, Seed.SWITCH_ID, Seed.PLUG_ID])
    product = tuya_client.iot_devices.list(source_type="product", source_id="fk5pl9gq3rcz8mtr")
    assert {d.id for d in product.list_ or []} == {Seed.PLUG_ID, Seed.OFFLINE_PLUG_ID}


def test_details_agree_with_the_smart_home_details(tuya_client: TuyaCloud) -> None:
    home = tuya_client.devices.get(device_id=Seed.SENSOR_ID)
    v10 = tuya_client.iot_devices.get(device_id=Seed.SENSOR_ID)
    v11 = tuya_client.iot_devices.get_v1_1(device_id=Seed.SENSOR_ID)
    for details in (v10, v11):
        assert (details.id, details.uuid, details.local_key, details.online) == (
            home.id,
            home.uuid,
            home.local_key,
            home.online,
        )
        assert details.asset_id == Seed.ASSET_ID and details.sub is True
    assert v10.gateway_id is None and v11.gateway_id == Seed.GATEWAY_ID
    assert v11.owner_id == str(Seed.HOME_ID) and v11.category_name == "Temperature and humidity sensor"
    infos = tuya_client.iot_devices.list_factory_infos(device_ids=[Seed.PLUG_ID])
    assert infos == tuya_client.devices.list_factory_infos(device_ids=[Seed.PLUG_ID])


def test_removal_in_one_family_is_seen_in_the_others(tuya_client: TuyaCloud) -> None:
    assert tuya_client.iot_devices.delete_many(device_ids=[Seed.GATEWAY_ID, Seed.SENSOR_ID]) is True
    with pytest.raises(TuyaAPIError) as caught:
        tuya_client.devices.get(device_id=Seed.CONTACT_ID)  # went with its gateway
    assert code_of(caught) == 2010
    tuya_client.devices.delete(device_id=Seed.LOCK_ID)
    assert tuya_client.iot_devices.delete(device_id=Seed.LOCK_ID) is True  # already gone: no harm
    left = [d.id for d in tuya_client.associated_users.iter_list_devices()]
    assert left == [d for d in SEEDED if d not in {Seed.GATEWAY_ID, Seed.SENSOR_ID, Seed.CONTACT_ID, Seed.LOCK_ID}]


def test_the_linked_accounts_devices_page_by_row_key(tuya_client: TuyaCloud) -> None:
    first = tuya_client.associated_users.list_devices(size=5)
    assert (len(first.devices or []), first.has_more, first.total) == (5, True, 8)
    second = tuya_client.associated_users.list_devices(size=5, last_row_key=first.last_row_key)
    assert (len(second.devices or []), second.has_more) == (3, False)
    assert [d.id for d in (first.devices or []) + (second.devices or [])] == SEEDED
    assert all(d.uid == Seed.USER_ID and d.status for d in first.devices or [])


def test_an_app_account_logs_in_with_its_md5_password(fake_tuya_cloud: FakeTuyaCloud, tuya_client: TuyaCloud) -> None:
    token = tuya_client.associated_users.login(
        country_code="1", username="kim@example.com", password=PASSWORD, schema="smartlife"
    )
    assert token.uid == Seed.APP_USER_ID and token.expire_time == 7200
    assert token.access_token in fake_tuya_cloud.tokens.issued()
    wrong = hashlib.md5(b"guess").hexdigest()
    with pytest.raises(TuyaAPIError) as denied:
        tuya_client.associated_users.login(
            country_code="1", username="kim@example.com", password=wrong, schema="smartlife"
        )
    assert code_of(denied) == 1106
    with pytest.raises(TuyaAPIError) as unknown:
        tuya_client.associated_users.login(
            country_code="49", username="kim@example.com", password=PASSWORD, schema="smartlife"
        )
    assert code_of(unknown) == 2006


def test_a_factory_reset_is_seen_by_every_family(tuya_client: TuyaCloud) -> None:
    tuya_client.device_control.rename_function(device_id=Seed.SWITCH_ID, function_code="switch_1", name="Lamp")
    tuya_client.iot_device_control.send_commands(
        device_id=Seed.SWITCH_ID, commands=[{"code": "countdown_2", "value": 600}]
    )
    assert tuya_client.iot_devices.reset_factory(device_id=Seed.SWITCH_ID) is True
    status = {dp.code: dp.value for dp in tuya_client.devices.get_status(device_id=Seed.SWITCH_ID)}
    assert (status["switch_1"], status["countdown_2"]) == (False, 0)  # the defaults again
    shadow = tuya_client.things.get_properties(device_id=Seed.SWITCH_ID, codes=["switch_1"]).properties or []
    assert [p.custom_name for p in shadow] == [""]  # channel names are gone too
    assert tuya_client.iot_devices.get(device_id=Seed.SWITCH_ID).id == Seed.SWITCH_ID  # still in the project


def test_open_hub_settings_are_per_link_and_per_user(tuya_client: TuyaCloud) -> None:
    def settings(uid: str, link_id: str, link_type: str = "mqtt") -> models.OpenHubConfig:
        return tuya_client.open_hub.get_access_config(uid=uid, link_id=link_id, link_type=link_type, topics="device")

    first, again = settings(Seed.USER_ID, "hb-1"), settings(Seed.USER_ID, "hb-1")
    other = settings(Seed.USER_ID, "hb-2", "websocket")
    assert first == again  # the same link gets the same settings while they are valid
    assert first.client_id != other.client_id
    assert str(other.url).startswith("wss://") and first.expire_time == 7200
    assert set(first.source_topic or {}) == {"device"}
    with pytest.raises(TuyaAPIError) as unknown:
        settings("az0000000000000nobody", "hb-1")
    assert code_of(unknown) == 2006
