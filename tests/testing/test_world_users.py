"""The users group in the fake world: one user, and users listed by app with masked e-mail addresses."""

from __future__ import annotations

import pytest
from world_helpers import code_of

from tuya_cloud import NotFoundError, PermissionDeniedError, TuyaCloud
from tuya_cloud.testing import Seed


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
