"""The multi_channel group: the names of a multi-gang switch's channels."""

from __future__ import annotations

import re
from typing import Any, ClassVar

from .seed import Seed
from .state import Args, Sample, WorldState


class MultiChannel(WorldState):
    group = "multi_channel"
    samples: ClassVar[dict[str, Sample]] = {"get_names": {"device_id": Seed.SWITCH_ID}}

    def get_names(self, args: Args) -> Any:
        device = self.device(args["device_id"])
        channels = [dp for dp in device.product.dps if re.fullmatch(r"switch_\d+", dp.code)]
        names = [{"identifier": dp.code, "name": device.function_names.get(dp.code, dp.name)} for dp in channels]
        return [*names, {"identifier": "main", "name": device.name}]
