"""The industry_users group in the fake world: an industry project's users register, log in (the
reply says `expire`), change passwords and are granted assets of the iot-02 tree (over HTTP)."""

from __future__ import annotations

import hashlib

import pytest
from world_helpers import code_of

from tuya_cloud import TuyaAPIError, TuyaCloud
from tuya_cloud.testing import FakeTuyaCloud, Seed


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_register_log_in_and_change_the_password(fake_tuya_cloud: FakeTuyaCloud, tuya_client: TuyaCloud) -> None:
    created = tuya_client.industry_users.create(
        username="night@example.com", password=sha256("moon"), country_code="49", user_nick_name="Night"
    )
    assert created.user_id is not None
    user = tuya_client.industry_users.get(user_id=created.user_id)
    assert (user.user_name, user.country_code) == ("night@example.com", "49")
    token = tuya_client.industry_users.login(username="night@example.com", password=sha256("moon"))
    assert (token.uid, token.expire) == (created.user_id, 7200)
    assert token.access_token in fake_tuya_cloud.tokens.issued()
    tuya_client.industry_users.change_password(
        user_id=created.user_id, old_password=sha256("moon"), new_password=sha256("sun")
    )
    with pytest.raises(TuyaAPIError) as old:
        tuya_client.industry_users.login(username="night@example.com", password=sha256("moon"))
    assert code_of(old) == 1106
    assert tuya_client.industry_users.login(username="night@example.com", password=sha256("sun")).uid == created.user_id
    with pytest.raises(TuyaAPIError) as wrong:
        tuya_client.industry_users.change_password(
            user_id=created.user_id, old_password=sha256("moon"), new_password=sha256("stars")
        )
    assert code_of(wrong) == 1106
    with pytest.raises(TuyaAPIError) as twice:
        tuya_client.industry_users.create(username="night@example.com", password=sha256("x"), country_code="49")
    assert code_of(twice) == 1109


def test_users_page_by_row_key(tuya_client: TuyaCloud) -> None:
    for name in ("a", "b", "c"):
        tuya_client.industry_users.create(username=f"{name}@example.com", password=sha256(name), country_code="1")
    seen: list[str] = []
    page = tuya_client.industry_users.list(page_size=3)
    seen += [u.user_id for u in page.list_ or [] if u.user_id]
    while page.has_next:
        page = tuya_client.industry_users.list(page_size=3, last_row_key=page.last_row_key)
        seen += [u.user_id for u in page.list_ or [] if u.user_id]
    assert len(seen) == 4 and Seed.OPERATOR_ID in seen and seen == sorted(seen)


def test_granting_assets_with_their_children(fake_tuya_cloud: FakeTuyaCloud, tuya_client: TuyaCloud) -> None:
    assert tuya_client.industry_users.authorize_assets(
        uid=Seed.OPERATOR_ID, asset_ids=f"{Seed.HOLIDAY_ASSET_ID},{Seed.ASSET_ID}", authorized_children=True
    )
    with fake_tuya_cloud.lock:
        granted = set(fake_tuya_cloud.world.industry_users[Seed.OPERATOR_ID].asset_ids)
    assert granted == {Seed.ASSET_ID, Seed.LIVING_ASSET_ID, Seed.HOLIDAY_ASSET_ID}
    with pytest.raises(TuyaAPIError) as unknown:
        tuya_client.industry_users.authorize_assets(uid=Seed.OPERATOR_ID, asset_ids="1")
    assert code_of(unknown) == 1000
    with pytest.raises(TuyaAPIError) as nobody:
        tuya_client.industry_users.authorize_assets(uid="ay000", asset_ids=Seed.ASSET_ID)
    assert code_of(nobody) == 2006


def test_the_projects_assets_from_page_zero(tuya_client: TuyaCloud) -> None:
    first = tuya_client.industry_users.list_assets(page_no=0, page_size=1)
    assert first.has_more is True and [a.asset_id for a in first.assets or []] == [Seed.ASSET_ID]
    every = [a.asset_id for a in tuya_client.industry_users.iter_list_assets(page_size=1)]
    assert every == [Seed.ASSET_ID, Seed.HOLIDAY_ASSET_ID]
    living = tuya_client.industry_users.list_assets(parent_asset_id=Seed.ASSET_ID)
    assert [(a.asset_id, a.permission, a.current_asset_device_num) for a in living.assets or []] == [
        (Seed.LIVING_ASSET_ID, "all", 3)
    ]
    tuya_client.iot_devices.delete(device_id=Seed.PLUG_ID)  # a device removed leaves the asset's count
    again = tuya_client.industry_users.list_assets(parent_asset_id=Seed.ASSET_ID).assets or []
    assert again[0].current_asset_device_num == 2
