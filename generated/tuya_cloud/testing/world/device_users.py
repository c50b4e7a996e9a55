"""The device_users group: the users who may operate a device, with the profile each may have (name, sex,
birthday, height, weight, contact). The home members a device starts with have no profile beyond their name."""

from __future__ import annotations

from typing import Any, ClassVar

from .errors import CloudError
from .records import Device
from .seed import Seed
from .state import Args, Sample, WorldState

PROFILE_FIELDS = ("nick_name", "sex", "birthday", "height", "weight", "contact")


class DeviceUsers(WorldState):
    group = "device_users"
    samples: ClassVar[dict[str, Sample]] = {
        "delete": {"device_id": Seed.LIGHT_ID, "user_id": Seed.MEMBER_ID},
        "add": {"device_id": Seed.LIGHT_ID, "nick_name": "Kim", "sex": 2, "birthday": 1000000000000, "weight": 61000},
        "list": {"device_id": Seed.LIGHT_ID},
        "get": {"device_id": Seed.LIGHT_ID, "user_id": Seed.USER_ID},
        "update": {"device_id": Seed.LIGHT_ID, "user_id": Seed.MEMBER_ID, "nick_name": "Sam", "sex": 1, "height": 175},
    }

    def _device_user(self, args: Args) -> tuple[Device, str]:
        device = self.device(args["device_id"])
        if args["user_id"] not in device.users:
            raise CloudError(1000, f"user {args['user_id']} is not a user of this device")
        return device, args["user_id"]

    def _device_user_json(self, device: Device, user_id: str) -> dict[str, Any]:
        profile = self.device_user_profiles.get(device.id, {}).get(user_id)
        if profile is None:  # a home member: its name is its account's nickname
            account = self.users.get(user_id)
            profile = {"nick_name": account.nick_name} if account is not None else {}
        return {"user_id": user_id, "device_id": device.id, **profile}

    def add(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        self._next_issued += 1
        user_id = f"{5120000 + self._next_issued:010d}"
        profile = {key: args[key] for key in PROFILE_FIELDS if args.get(key) is not None}
        self.device_user_profiles.setdefault(device.id, {})[user_id] = profile
        device.users.append(user_id)
        return user_id

    def list(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        return [self._device_user_json(device, user_id) for user_id in device.users]

    def get(self, args: Args) -> Any:
        return self._device_user_json(*self._device_user(args))

    def update(self, args: Args) -> Any:
        device, user_id = self._device_user(args)
        profile = self.device_user_profiles.setdefault(device.id, {}).setdefault(user_id, {})
        if not profile and user_id in self.users:
            profile["nick_name"] = self.users[user_id].nick_name
        profile.update({key: args[key] for key in PROFILE_FIELDS if args.get(key) is not None})
        return True

    def delete(self, args: Args) -> Any:
        device, user_id = self._device_user(args)
        device.users.remove(user_id)
        self.device_user_profiles.get(device.id, {}).pop(user_id, None)
        return True
