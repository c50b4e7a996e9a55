"""The multi_channel group: the names of a multi-gang switch's channels, read and changed. They are the
same names devices.rename (main) and device_control.rename_function (a channel) change."""

from __future__ import annotations

import re
from typing import Any, ClassVar

from .errors import CloudError
from .seed import Seed
from .state import Args, Sample, WorldState


class MultiChannel(WorldState):
    group = "multi_channel"
    samples: ClassVar[dict[str, Sample]] = {
        "get_names": {"device_id": Seed.SWITCH_ID},
        "rename": {"device_id": Seed.SWITCH_ID, "identifier": "switch_3", "name": "Porch light"},
    }

    def get_names(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        channels = [dp for dp in device.product.dps if re.fullmatch(r"switch_\d+", dp.code)]
        names = [{"identifier": dp.code, "name": device.function_names.get(dp.code, dp.name)} for dp in channels]
        return [*names, {"identifier": "main", "name": device.name}]

    def rename(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        if args["identifier"] == "main":
            device.name = args["name"]
        elif device.product.dp(args["identifier"]) is not None:
            device.function_names[args["identifier"]] = args["name"]
        else:
            raise CloudError(2008, f"identifier: {device.name} has no channel {args['identifier']!r}")
        return True
