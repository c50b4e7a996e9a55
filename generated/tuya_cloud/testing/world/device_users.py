"""The device_users group: the users who may operate a device."""

from __future__ import annotations

from typing import Any, ClassVar

from .errors import CloudError
from .seed import Seed
from .state import Args, Sample, WorldState


class DeviceUsers(WorldState):
    group = "device_users"
    samples: ClassVar[dict[str, Sample]] = {"delete": {"device_id": Seed.LIGHT_ID, "user_id": Seed.MEMBER_ID}}

    def delete(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        if args["user_id"] not in device.users:
            raise CloudError(1000, f"user {args['user_id']} is not a user of this device")
        device.users.remove(args["user_id"])
        return True
