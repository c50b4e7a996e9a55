"""The homes group: homes, their rooms and members, and which devices sit in which room."""

from __future__ import annotations

from typing import Any, ClassVar

from .errors import CloudError
from .records import Device, Home, Member
from .seed import Seed
from .state import Args, Sample, WorldState


class Homes(WorldState):
    group = "homes"
    samples: ClassVar[dict[str, Sample]] = {
        "get": {"home_id": Seed.HOME_ID},
        "delete": {"home_id": Seed.HOLIDAY_HOME_ID},
        "list_devices": {"home_id": Seed.HOME_ID},
        "list_members": {"home_id": Seed.HOME_ID},
        "update_member": {"home_id": Seed.HOME_ID, "uid": Seed.MEMBER_ID, "admin": True},
        "delete_member": {"home_id": Seed.HOME_ID, "uid": Seed.MEMBER_ID},
        "add_room": {"home_id": Seed.HOME_ID, "name": "Study"},
        "delete_room": {"home_id": Seed.HOME_ID, "room_id": Seed.KITCHEN_ID},
        "rename_room": {"home_id": Seed.HOME_ID, "room_id": Seed.KITCHEN_ID, "name": "Kitchen & dining"},
        "list_room_devices": {"home_id": Seed.HOME_ID, "room_id": Seed.BEDROOM_ID},
        "list_for_user": {"uid": Seed.USER_ID},
        "add_room_devices": {"home_id": Seed.HOME_ID, "room_id": Seed.KITCHEN_ID, "device_ids": [Seed.LIGHT_ID]},
        "remove_room_devices": {"home_id": Seed.HOME_ID, "room_id": Seed.LIVING_ROOM_ID, "device_ids": [Seed.LIGHT_ID]},
    }

    def _home_json(self, home: Home, uid: str = Seed.USER_ID) -> dict[str, Any]:
        member = home.members.get(uid)
        role = "OWNER" if member is not None and member.owner else "ADMIN" if member and member.admin else "MEMBER"
        return {
            "home_id": home.id,
            "name": home.name,
            "lon": home.lon,
            "lat": home.lat,
            "geo_name": home.geo_name,
            "role": role,
        }

    def _member(self, home: Home, uid: str) -> Member:
        member = home.members.get(uid)
        if member is None:
            raise CloudError(1000, f"member {uid}")
        if member.owner:
            raise CloudError(1106, "the owner of a home cannot be changed or removed")
        return member

    def _room_devices(self, args: Args) -> tuple[int, list[Device]]:
        home = self._home(args["home_id"])
        room = self._room(home, args["room_id"])
        devices = []
        for device_id in args["device_ids"]:
            device = self.devices.get(device_id)
            if device is None or device.home_id != home.id:
                raise CloudError(2010, f"{device_id} is not a device of home {home.id}")
            devices.append(device)
        return room, devices

    def get(self, args: Args) -> Any:
        return self._home_json(self._home(args["home_id"]))

    def delete(self, args: Args) -> Any:
        home = self._home(args["home_id"])
        for device in self._home_devices(home):
            if device.id in self.devices:
                self._remove_device(device)
        self.scenes = {k: s for k, s in self.scenes.items() if s.home_id != home.id}
        self.automations = {k: r for k, r in self.automations.items() if r.home_id != home.id}
        del self.homes[home.id]
        return True

    def list_devices(self, args: Args) -> Any:
        return [self._device_json(d) for d in self._home_devices(self._home(args["home_id"]))]

    def list_members(self, args: Args) -> Any:
        return [
            {
                "uid": m.uid,
                "name": m.name,
                "member_account": m.account,
                "country_code": m.country_code,
                "admin": m.admin,
                "owner": m.owner,
                "avatar": "https://images.tuyaeu.com/app/default_avatar/avatar1.png",
            }
            for m in self._home(args["home_id"]).members.values()
        ]

    def update_member(self, args: Args) -> Any:
        self._member(self._home(args["home_id"]), args["uid"]).admin = args["admin"]
        return True

    def delete_member(self, args: Args) -> Any:
        home = self._home(args["home_id"])
        del home.members[self._member(home, args["uid"]).uid]
        return True

    def add_room(self, args: Args) -> Any:
        home = self._home(args["home_id"])
        self._next_room += 1
        home.rooms[self._next_room] = args["name"]
        return self._next_room

    def rename_room(self, args: Args) -> Any:
        home = self._home(args["home_id"])
        home.rooms[self._room(home, args["room_id"])] = args["name"]
        return True

    def delete_room(self, args: Args) -> Any:
        home = self._home(args["home_id"])
        room = self._room(home, args["room_id"])
        del home.rooms[room]
        for device in self._home_devices(home):
            if device.room_id == room:
                device.room_id = None
        return True

    def list_room_devices(self, args: Args) -> Any:
        home = self._home(args["home_id"])
        room = self._room(home, args["room_id"])
        return [self._device_json(d) for d in self._home_devices(home) if d.room_id == room]

    def add_room_devices(self, args: Args) -> Any:
        room, devices = self._room_devices(args)
        for device in devices:
            device.room_id = room
        return True

    def remove_room_devices(self, args: Args) -> Any:
        room, devices = self._room_devices(args)
        for device in devices:
            if device.room_id == room:
                device.room_id = None
        return True

    def list_for_user(self, args: Args) -> Any:
        if args["uid"] not in self.users:
            raise CloudError(2006)
        return [self._home_json(h, args["uid"]) for h in self.homes.values() if args["uid"] in h.members]
