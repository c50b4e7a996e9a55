"""The token group in the fake world: the ledger of issued tokens outlives the world it serves.
Granting, refreshing and expiring tokens over HTTP is tested in test_server.py."""

from __future__ import annotations

import pytest

from tuya_cloud import TuyaCloud
from tuya_cloud.testing import CloudError, FakeTuyaCloud, Seed, World


def test_tokens_outlive_a_reset_of_the_world(fake_tuya_cloud: FakeTuyaCloud, tuya_client: TuyaCloud) -> None:
    assert tuya_client.homes.get(home_id=Seed.HOME_ID).name == "My Home"
    fake_tuya_cloud.reset_world()
    assert fake_tuya_cloud.world.tokens is fake_tuya_cloud.tokens
    assert tuya_client.homes.get(home_id=Seed.HOME_ID).name == "My Home"
    assert (fake_tuya_cloud.token_grants, fake_tuya_cloud.token_refreshes) == (1, 0)


def test_a_new_token_ttl_applies_to_the_next_grant(fake_tuya_cloud: FakeTuyaCloud) -> None:
    fake_tuya_cloud.token_ttl = 60
    with fake_tuya_cloud.lock:
        granted = fake_tuya_cloud.world.handle("token.get", {"grant_type": 1})
    assert granted["expire_time"] == 60 and fake_tuya_cloud.tokens.ttl == 60


def test_a_world_built_alone_keeps_its_own_ledger() -> None:
    world = World(lambda: 1_700_000_000.0)
    granted = world.handle("token.get", {"grant_type": 1})
    assert (granted["uid"], granted["expire_time"], world.tokens.grants) == (Seed.USER_ID, 7200, 1)
    world.tokens.check(granted["access_token"])
    refreshed = world.handle("token.refresh", {"refresh_token": granted["refresh_token"]})
    with pytest.raises(CloudError) as retired:
        world.tokens.check(granted["access_token"])
    assert retired.value.code == 1011
    with pytest.raises(CloudError) as spent:
        world.handle("token.refresh", {"refresh_token": granted["refresh_token"]})
    assert spent.value.code == 1012
    pairs = [granted, refreshed]
    assert set(world.tokens.issued()) == {pair[kind] for pair in pairs for kind in ("access_token", "refresh_token")}


def test_only_simple_mode_tokens_are_granted() -> None:
    with pytest.raises(CloudError) as caught:
        World(lambda: 1_700_000_000.0).handle("token.get", {"grant_type": 2})
    assert caught.value.code == 1107
