"""The device_users group: the users who may operate a device."""

from __future__ import annotations

from typing import Any

from .errors import CloudError
from .state import Args, WorldState


class DeviceUsers(WorldState):
    group = "device_users"

    def delete(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        if args["user_id"] not in device.users:
            raise CloudError(1000, f"user {args['user_id']} is not a user of this device")
        device.users.remove(args["user_id"])
        return True
