"""The users group in the fake world: one user, users listed by app with masked e-mail addresses (v2.0) and by
page (v1.0), and users synced in (registered, then updated)."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from world_helpers import code_of

from tuya_cloud import NotFoundError, ParameterError, PermissionDeniedError, TuyaCloud, TuyaValidationError
from tuya_cloud.testing import FakeTuyaCloud, Seed


def test_users(tuya_client: TuyaCloud) -> None:
    assert tuya_client.users.get(uid=Seed.MEMBER_ID).mobile == "49-1701****321"
    with pytest.raises(NotFoundError) as caught:
        tuya_client.users.get(uid="az1799999999999zzzzz")
    assert code_of(caught) == 2006
    everyone = list(tuya_client.users.iter_list(schema=Seed.APP_SCHEMA, page_size=2))
    assert {u.uid for u in everyone} == {Seed.USER_ID, Seed.MEMBER_ID, Seed.APP_USER_ID}
    assert all("***@" in (u.email or "***@") for u in everyone)
    with pytest.raises(PermissionDeniedError):
        tuya_client.users.list(schema="otherapp", page_no=1, page_size=10)


def test_a_synced_user_is_registered_then_updated(tuya_client: TuyaCloud, fake_tuya_cloud: FakeTuyaCloud) -> None:
    new: dict[str, Any] = {
        "schema": Seed.APP_SCHEMA,
        "country_code": "49",
        "username": "robin@example.com",
        "password": hashlib.md5(b"hunter2").hexdigest(),
        "username_type": 2,
    }
    uid = tuya_client.users.sync(**new, nick_name="Robin").uid
    assert tuya_client.users.get(uid=uid).nick_name == "Robin"
    again = tuya_client.users.sync(**{**new, "password": hashlib.md5(b"n3w").hexdigest()}, time_zone_id="Asia/Tokyo")
    assert again.uid == uid  # the same user name updates the same user
    profile = tuya_client.users.get(uid=uid)
    assert (profile.nick_name, profile.time_zone_id, profile.email) == ("Robin", "Asia/Tokyo", "robin@example.com")
    with fake_tuya_cloud.lock:
        assert fake_tuya_cloud.world.app_passwords[uid] == hashlib.md5(b"n3w").hexdigest()
    login: dict[str, Any] = {"country_code": "49", "username": "robin@example.com", "schema": Seed.APP_SCHEMA}
    token = tuya_client.associated_users.login(**login, password=hashlib.md5(b"n3w").hexdigest())
    assert token.uid == uid  # the synced account logs in with the password the last sync set
    with pytest.raises(PermissionDeniedError):
        tuya_client.associated_users.login(**login, password=hashlib.md5(b"hunter2").hexdigest())
    with pytest.raises(TuyaValidationError, match="password"):  # a plain password is refused before sending
        tuya_client.users.sync(**{**new, "password": "hunter2"})
    with pytest.raises(ParameterError, match="country_code"):
        tuya_client.users.sync(**{**new, "country_code": "1"})

    first = tuya_client.users.list_v1(schema=Seed.APP_SCHEMA, page_no=1, page_size=3)
    second = tuya_client.users.list_v1(schema=Seed.APP_SCHEMA, page_no=2, page_size=3)
    assert (first.total, first.has_more, second.has_more) == (4, True, False)
    assert [u.uid for u in second.list_ or []] == [uid]  # the newest user comes last
    with pytest.raises(PermissionDeniedError):
        tuya_client.users.list_v1(schema="otherapp", page_no=1, page_size=3)
