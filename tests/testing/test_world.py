"""The fake cloud's world as a whole: one behaviour mixin per API group, composed into World, and a
world that can be put back to its seed. Each group's behaviours are tested in test_world_<group>.py."""

from __future__ import annotations

import inspect

from tuya_cloud import TuyaCloud
from tuya_cloud._runtime.apimodel import ApiModel
from tuya_cloud.testing import FakeTuyaCloud, Seed, World
from tuya_cloud.testing.world import BEHAVIOURS
from tuya_cloud.testing.world.state import WorldState

API = ApiModel.load()
MIXINS = [cls for cls in World.__mro__ if issubclass(cls, WorldState) and "group" in vars(cls)]


def test_each_behaviour_is_named_after_its_operation_in_its_group_module() -> None:
    groups = sorted(cls.group for cls in MIXINS)
    assert groups == sorted(API.groups), "one mixin per group of the spec, composed into World (world/__init__.py)"
    for operation_id, behaviour in BEHAVIOURS.items():
        group, method = operation_id.split(".")
        owner = next(cls for cls in MIXINS if vars(cls).get(method) is behaviour)
        assert (owner.group, behaviour.__name__) == (group, method)
        assert behaviour.__module__ == f"tuya_cloud.testing.world.{group}"


def test_every_public_method_of_a_mixin_is_a_registered_behaviour() -> None:
    for cls in MIXINS:
        public = {name for name, member in vars(cls).items() if inspect.isfunction(member) and name[0] != "_"}
        assert {f"{cls.group}.{name}" for name in public} <= set(BEHAVIOURS)
        assert public == {op.split(".")[1] for op in BEHAVIOURS if op.split(".")[0] == cls.group}


def test_no_two_mixins_define_the_same_helper() -> None:
    # Composed into one class, a helper defined twice would silently answer for both groups.
    owners: dict[str, str] = {name: "WorldState" for name in vars(WorldState)}
    for cls in MIXINS:
        for name, member in vars(cls).items():
            if name.startswith("__") or name in {"group", "samples"} or (inspect.isfunction(member) and name[0] != "_"):
                continue
            assert name not in owners, f"{cls.__name__}.{name} is also defined by {owners[name]}"
            owners[name] = cls.__name__


def test_a_world_answers_through_handle(fake_tuya_cloud: FakeTuyaCloud) -> None:
    world = World(fake_tuya_cloud.now)
    assert world.handle("homes.get", {"home_id": Seed.HOME_ID})["name"] == "My Home"
    assert world.handle("devices.get", {"device_id": Seed.PLUG_ID})["name"] == "Kitchen plug"


def test_reset_world(fake_tuya_cloud: FakeTuyaCloud, tuya_client: TuyaCloud) -> None:
    tuya_client.devices.delete(device_id=Seed.LIGHT_ID)
    fake_tuya_cloud.reset_world()
    assert tuya_client.devices.get(device_id=Seed.LIGHT_ID).name == "Living room light"
