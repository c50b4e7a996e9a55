"""The homes group in the fake world: rooms and the devices in them, members, and deleting a home
with everything in it."""

from __future__ import annotations

import pytest
from world_helpers import code_of

from tuya_cloud import NotFoundError, PermissionDeniedError, TuyaCloud
from tuya_cloud.testing import Seed


def test_rooms(tuya_client: TuyaCloud) -> None:
    home = Seed.HOME_ID
    room = tuya_client.homes.add_room(home_id=home, name="Study")
    assert isinstance(room, int) and tuya_client.homes.list_room_devices(home_id=home, room_id=room) == []
    second = tuya_client.homes.add_room(home_id=home, name="Study")  # not idempotent: two rooms
    assert second != room
    tuya_client.homes.add_room_devices(home_id=home, room_id=room, device_ids=[Seed.PLUG_ID, Seed.LOCK_ID])
    assert {d.id for d in tuya_client.homes.list_room_devices(home_id=home, room_id=room)} == {
        Seed.PLUG_ID,
        Seed.LOCK_ID,
    }
    kitchen = tuya_client.homes.list_room_devices(home_id=home, room_id=Seed.KITCHEN_ID)
    assert kitchen == []  # the plug moved out of the kitchen
    tuya_client.homes.remove_room_devices(home_id=home, room_id=room, device_ids=[Seed.LOCK_ID])
    assert [d.id for d in tuya_client.homes.list_room_devices(home_id=home, room_id=room)] == [Seed.PLUG_ID]
    with pytest.raises(NotFoundError) as caught:
        tuya_client.homes.add_room_devices(home_id=home, room_id=room, device_ids=[Seed.OFFLINE_PLUG_ID])
    assert code_of(caught) == 2010  # a device of the other home
    tuya_client.homes.rename_room(home_id=home, room_id=room, name="Office")
    tuya_client.homes.delete_room(home_id=str(home), room_id=str(room))
    with pytest.raises(NotFoundError) as caught:
        tuya_client.homes.list_room_devices(home_id=home, room_id=room)
    assert (code_of(caught), caught.value.msg) == (1000, f"data not exist: room {room}")


def test_members(tuya_client: TuyaCloud) -> None:
    home = Seed.HOME_ID
    tuya_client.homes.update_member(home_id=home, uid=Seed.MEMBER_ID, admin=True)
    members = {m.uid: m for m in tuya_client.homes.list_members(home_id=home)}
    assert members[Seed.MEMBER_ID].admin is True and members[Seed.USER_ID].owner is True
    with pytest.raises(PermissionDeniedError):
        tuya_client.homes.delete_member(home_id=home, uid=Seed.USER_ID)
    tuya_client.homes.delete_member(home_id=home, uid=Seed.MEMBER_ID)
    assert [m.uid for m in tuya_client.homes.list_members(home_id=home)] == [Seed.USER_ID]
    assert tuya_client.homes.list_for_user(uid=Seed.MEMBER_ID) == []
    with pytest.raises(NotFoundError):
        tuya_client.homes.update_member(home_id=home, uid=Seed.MEMBER_ID, admin=False)


def test_deleting_a_home(tuya_client: TuyaCloud) -> None:
    tuya_client.homes.delete(home_id=Seed.HOLIDAY_HOME_ID)
    assert [h.home_id for h in tuya_client.homes.list_for_user(uid=Seed.USER_ID)] == [Seed.HOME_ID]
    with pytest.raises(NotFoundError):
        tuya_client.homes.get(home_id=Seed.HOLIDAY_HOME_ID)
    with pytest.raises(NotFoundError):
        tuya_client.devices.get(device_id=Seed.OFFLINE_PLUG_ID)
    with pytest.raises(NotFoundError):
        tuya_client.scenes.trigger(home_id=Seed.HOLIDAY_HOME_ID, scene_id=Seed.LEAVE_SCENE_ID)
