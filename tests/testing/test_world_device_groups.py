"""The device_groups group in the fake world: a group's command reaches its online members (their status
changes), groups hold devices of one product in one home, and scenes can command a group."""

from __future__ import annotations

from typing import Any

import pytest
from world_helpers import status

from tuya_cloud import DeviceError, NotFoundError, ParameterError, TuyaCloud
from tuya_cloud.testing import Seed
from tuya_cloud.testing.world.products import PLUG, SWITCH3


def test_a_group_command_reaches_its_members(tuya_client: TuyaCloud) -> None:
    assert status(tuya_client, Seed.PLUG_ID)["switch_1"] is True
    tuya_client.device_groups.send_commands(
        device_group_id=Seed.PLUG_GROUP_ID, functions=[{"code": "switch_1", "value": False}]
    )
    plug = status(tuya_client, Seed.PLUG_ID)
    assert (plug["switch_1"], plug["cur_power"]) == (False, 0)  # the plug's power follows its relay
    with pytest.raises(DeviceError, match=r"functions\[0\]\.code"):  # not a function of the group's product
        tuya_client.device_groups.send_commands(
            device_group_id=Seed.PLUG_GROUP_ID, functions=[{"code": "switch_led", "value": True}]
        )


def test_a_group_is_created_read_listed_updated_and_deleted(tuya_client: TuyaCloud) -> None:
    candidates = tuya_client.device_groups.list_candidates(pid=PLUG.product_id, owner_id=Seed.HOME_ID)
    assert [(c.device_id, c.check) for c in candidates] == [(Seed.PLUG_ID, True)]  # already in the seeded group
    group_id = tuya_client.device_groups.create(
        uid=Seed.USER_ID,
        name="Hall",
        pid=SWITCH3.product_id,
        owner_id=Seed.HOME_ID,
        device_ids=[Seed.SWITCH_ID],
    )
    group = tuya_client.device_groups.get(group_id=group_id)
    assert (group.id, group.name, group.pid, group.owner_id, group.device_ids) == (
        group_id,
        "Hall",
        SWITCH3.product_id,
        str(Seed.HOME_ID),
        [Seed.SWITCH_ID],
    )
    mine = {g.id for g in tuya_client.device_groups.list_for_user(uid=Seed.USER_ID)}
    assert mine == {Seed.PLUG_GROUP_ID, group_id}
    assert tuya_client.device_groups.list_for_user(uid=Seed.MEMBER_ID) == []
    tuya_client.device_groups.send_commands(device_group_id=group_id, functions=[{"code": "switch_2", "value": True}])
    assert status(tuya_client, Seed.SWITCH_ID)["switch_2"] is True

    tuya_client.device_groups.update(group_id=group_id, name="Hallway", device_ids=[Seed.SWITCH_ID])
    assert tuya_client.device_groups.get(group_id=group_id).name == "Hallway"
    tuya_client.device_groups.delete(group_id=group_id)
    with pytest.raises(NotFoundError):
        tuya_client.device_groups.get(group_id=group_id)


def test_members_share_one_product_and_one_home(tuya_client: TuyaCloud) -> None:
    group: dict[str, Any] = {"uid": Seed.USER_ID, "name": "Plugs", "pid": PLUG.product_id}
    with pytest.raises(ParameterError, match=r"device_ids\[1\]"):  # a light is not a plug
        tuya_client.device_groups.create(**group, owner_id=Seed.HOME_ID, device_ids=[Seed.PLUG_ID, Seed.LIGHT_ID])
    with pytest.raises(ParameterError, match=r"device_ids\[0\]"):  # the garden plug is in the holiday home
        tuya_client.device_groups.update(group_id=Seed.PLUG_GROUP_ID, name="x", device_ids=[Seed.OFFLINE_PLUG_ID])
    with pytest.raises(ParameterError, match="uid"):  # Sam is not a member of the holiday home
        tuya_client.device_groups.create(
            **{**group, "uid": Seed.MEMBER_ID}, owner_id=Seed.HOLIDAY_HOME_ID, device_ids=[Seed.OFFLINE_PLUG_ID]
        )


def test_an_offline_member_is_skipped(tuya_client: TuyaCloud) -> None:
    group_id = tuya_client.device_groups.create(
        uid=Seed.USER_ID,
        name="Garden",
        pid=PLUG.product_id,
        owner_id=Seed.HOLIDAY_HOME_ID,
        device_ids=[Seed.OFFLINE_PLUG_ID],
    )
    assert tuya_client.device_groups.send_commands(
        device_group_id=group_id, functions=[{"code": "switch_1", "value": True}]
    )
    assert status(tuya_client, Seed.OFFLINE_PLUG_ID)["switch_1"] is False


def test_a_scene_commands_a_group(tuya_client: TuyaCloud) -> None:
    step = {
        "action_executor": "device_group_issue",
        "entity_id": str(Seed.PLUG_GROUP_ID),
        "executor_property": {"switch_1": False},
    }
    scene_id = tuya_client.scenes.create(
        home_id=Seed.HOME_ID, name="Sockets off", background="https://x/y.png", actions=[step]
    )
    tuya_client.scenes.trigger(home_id=Seed.HOME_ID, scene_id=scene_id)
    assert status(tuya_client, Seed.PLUG_ID)["switch_1"] is False
    with pytest.raises(ParameterError, match="device group"):  # the group is not in the holiday home
        tuya_client.scenes.create(home_id=Seed.HOLIDAY_HOME_ID, name="x", background="https://x/y.png", actions=[step])
