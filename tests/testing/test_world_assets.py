"""The assets group (iot-02) in the fake world: the asset tree over the seeded devices, paged with
iot-02's has_next, agreeing with the iot-03 device details and list (over HTTP)."""

from __future__ import annotations

import pytest
from world_helpers import code_of

from tuya_cloud import TuyaAPIError, TuyaCloud
from tuya_cloud.testing import Seed


def test_an_assets_devices_page_through_with_has_next(tuya_client: TuyaCloud) -> None:
    first = tuya_client.assets.list_devices(asset_id=Seed.ASSET_ID, page_size=3)
    assert (len(first.list_ or []), first.has_next, first.total_size) == (3, True, 4)
    second = tuya_client.assets.list_devices(asset_id=Seed.ASSET_ID, page_size=3, last_row_key=first.last_row_key)
    assert (len(second.list_ or []), second.has_next) == (1, False)
    paged = [d.device_id for d in tuya_client.assets.iter_list_devices(asset_id=Seed.ASSET_ID, page_size=1)]
    assert paged == [d.device_id for d in (first.list_ or []) + (second.list_ or [])]
    assert set(paged) == {Seed.LOCK_ID, Seed.GATEWAY_ID, Seed.SENSOR_ID, Seed.CONTACT_ID}
    for device_id in paged:  # each device's iot-03 details name the same asset
        assert tuya_client.iot_devices.get_v1_1(device_id=str(device_id)).asset_id == Seed.ASSET_ID
    by_source = {d.id for d in tuya_client.iot_devices.iter_list(source_type="asset", source_id=Seed.ASSET_ID)}
    assert by_source == set(paged)


def test_the_tree_from_the_root(tuya_client: TuyaCloud) -> None:
    roots = [a.asset_id for a in tuya_client.assets.iter_list_sub_assets(asset_id="-1", page_size=1)]
    assert roots == [Seed.ASSET_ID, Seed.HOLIDAY_ASSET_ID]
    children = tuya_client.assets.list_sub_assets(asset_id=Seed.ASSET_ID, page_size=10)
    assert [(a.asset_id, a.asset_full_name) for a in children.list_ or []] == [
        (Seed.LIVING_ASSET_ID, "Berlin flat/Living area")
    ]
    assert children.has_next is False
    listed = tuya_client.assets.list(asset_ids=[Seed.LIVING_ASSET_ID, "1", Seed.ASSET_ID])
    assert [a.asset_id for a in listed] == [Seed.LIVING_ASSET_ID, Seed.ASSET_ID]


def test_create_rename_and_delete(tuya_client: TuyaCloud) -> None:
    cellar = tuya_client.assets.create(name="Cellar", parent_asset_id=Seed.LIVING_ASSET_ID)
    assert tuya_client.assets.get(asset_id=cellar).asset_full_name == "Berlin flat/Living area/Cellar"
    assert tuya_client.assets.update(asset_id=cellar, name="Wine cellar") is True
    assert tuya_client.assets.get(asset_id=cellar).asset_name == "Wine cellar"
    assert tuya_client.assets.delete(asset_id=Seed.ASSET_ID) is True  # with everything under it
    for gone in (Seed.ASSET_ID, Seed.LIVING_ASSET_ID, cellar):
        with pytest.raises(TuyaAPIError) as caught:
            tuya_client.assets.get(asset_id=gone)
        assert code_of(caught) == 1000
    assert tuya_client.iot_devices.get_v1_1(device_id=Seed.LIGHT_ID).asset_id == ""  # still in the project
    assert tuya_client.assets.create(name="Attic") not in {Seed.ASSET_ID, Seed.LIVING_ASSET_ID, cellar}
    with pytest.raises(TuyaAPIError) as orphan:
        tuya_client.assets.create(name="Shed", parent_asset_id="1")
    assert code_of(orphan) == 1000


def test_a_removed_device_leaves_its_assets_listing(tuya_client: TuyaCloud) -> None:
    tuya_client.iot_devices.delete(device_id=Seed.PLUG_ID)
    page = tuya_client.assets.list_devices(asset_id=Seed.LIVING_ASSET_ID, page_size=10)
    assert [d.device_id for d in page.list_ or []] == [Seed.LIGHT_ID, Seed.SWITCH_ID] and page.total_size == 2
