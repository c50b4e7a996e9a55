"""The device_groups group: devices of one product in one home, commanded together."""

from __future__ import annotations

from typing import Any, ClassVar

from .errors import CloudError, illegal
from .products import LIGHT, PLUG
from .records import DeviceGroup, Home
from .seed import Seed
from .state import Args, Sample, WorldState


class DeviceGroups(WorldState):
    group = "device_groups"
    samples: ClassVar[dict[str, Sample]] = {
        "list_candidates": {"pid": PLUG.product_id, "owner_id": Seed.HOME_ID, "uid": Seed.USER_ID},
        "create": {
            "uid": Seed.MEMBER_ID,
            "name": "Light",
            "pid": LIGHT.product_id,
            "owner_id": Seed.HOME_ID,
            "device_ids": [Seed.LIGHT_ID],
        },
        "get": {"group_id": Seed.PLUG_GROUP_ID},
        "list_for_user": {"uid": Seed.USER_ID, "type": "wifi"},
        "update": {"group_id": Seed.PLUG_GROUP_ID, "name": "Sockets", "device_ids": [Seed.PLUG_ID]},
        "delete": {"group_id": Seed.PLUG_GROUP_ID},
        "send_commands": {"device_group_id": Seed.PLUG_GROUP_ID, "functions": [{"code": "switch_1", "value": False}]},
    }

    def _device_group(self, group_id: Any) -> DeviceGroup:
        found = self.device_groups.get(int(group_id))
        if found is None:
            raise CloudError(1000, f"device group {group_id}")
        return found

    def _group_members(self, home: Home, product_id: str, device_ids: list[str]) -> list[str]:
        """The member list of a group, checked: existing devices of the group's product, in its home."""
        for index, device_id in enumerate(device_ids):
            device = self.devices.get(device_id)
            if device is None:
                raise CloudError(2010, f"device_ids[{index}]: {device_id}")
            if device.home_id != home.id or device.product.product_id != product_id:
                raise illegal(f"device_ids[{index}]", f"{device_id} is not a {product_id} device of home {home.id}")
        return list(dict.fromkeys(device_ids))

    def _group_json(self, group: DeviceGroup) -> dict[str, Any]:
        return {
            "id": group.id,
            "name": group.name,
            "pid": group.product_id,
            "owner_id": str(group.home_id),
            "uid": group.uid,
            "device_ids": list(group.device_ids),
        }

    def list_candidates(self, args: Args) -> Any:
        home = self._home(args["owner_id"])
        grouped = {d for g in self.device_groups.values() if g.product_id == args["pid"] for d in g.device_ids}
        return [
            {"device_id": d.id, "device_name": d.name, "online": d.online, "check": d.id in grouped}
            for d in self._home_devices(home)
            if d.product.product_id == args["pid"]
        ]

    def create(self, args: Args) -> Any:
        home = self._home(args["owner_id"])
        if args["uid"] not in home.members:
            raise illegal("uid", f"{args['uid']} is not a member of home {home.id}")
        members = self._group_members(home, args["pid"], args["device_ids"])
        self._next_device_group += 1
        group = DeviceGroup(self._next_device_group, args["name"], args["pid"], home.id, args["uid"], members)
        self.device_groups[group.id] = group
        return group.id

    def get(self, args: Args) -> Any:
        return self._group_json(self._device_group(args["group_id"]))

    def list_for_user(self, args: Args) -> Any:
        if args["uid"] not in self.users:
            raise CloudError(2006)
        return [self._group_json(g) for g in self.device_groups.values() if g.uid == args["uid"]]

    def update(self, args: Args) -> Any:
        group = self._device_group(args["group_id"])
        group.device_ids = self._group_members(self._home(group.home_id), group.product_id, args["device_ids"])
        group.name = args["name"]
        return True

    def delete(self, args: Args) -> Any:
        del self.device_groups[self._device_group(args["group_id"]).id]
        return True

    def send_commands(self, args: Args) -> Any:
        group = self._device_group(args["device_group_id"])
        self._send_to_group(group, [(f["code"], f["value"]) for f in args["functions"]], "functions")
        return True
