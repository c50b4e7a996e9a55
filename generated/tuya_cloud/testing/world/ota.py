"""The ota group: a device's firmware modules and their upgrades.

A pending upgrade (upgrade_status 1) starts on ota.upgrade (2); the next ota.get_upgrade_info shows it
running once, after which the module reports the new version as installed (3).
"""

from __future__ import annotations

import copy
from typing import Any, ClassVar

from .errors import CloudError, illegal
from .seed import Seed
from .state import Args, Sample, WorldState


class Ota(WorldState):
    group = "ota"
    samples: ClassVar[dict[str, Sample]] = {
        "get_upgrade_info": {"device_id": Seed.GATEWAY_ID, "lang": "en"},
        "upgrade": {"device_id": Seed.LIGHT_ID, "module_type": 9},
    }

    def get_upgrade_info(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        reply = copy.deepcopy(device.modules)
        for module in device.modules:  # an upgrade shows as running once, then as finished
            if module["upgrade_status"] == 2:
                module.update(
                    {
                        "upgrade_status": 3,
                        "current_version": module["upgrade_version"],
                        "upgrade_version": "",
                        "upgrade_desc": "",
                        "last_upgrade_time": int(self.clock() * 1000),
                    }
                )
        return reply

    def upgrade(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        wanted = int(args["module_type"])  # the spec takes the channel's digits as a string too
        module = next((m for m in device.modules if m["module_type"] == wanted), None)
        if module is None:
            raise illegal("module_type", f"{device.name} has no firmware module {args['module_type']}")
        if not device.online:
            raise CloudError(2001)
        if module["upgrade_status"] != 1:
            raise illegal("module_type", "no upgrade is pending for this module")
        module["upgrade_status"] = 2
        return True
