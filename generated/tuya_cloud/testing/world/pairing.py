"""The pairing group: a gateway's sub-device discovery, and the results of a pairing session."""

from __future__ import annotations

import copy
from typing import Any, ClassVar

from .errors import CloudError
from .records import Device
from .seed import Seed
from .state import Args, Sample, WorldState


class Pairing(WorldState):
    group = "pairing"
    samples: ClassVar[dict[str, Sample]] = {
        "list_sub_devices": lambda world: {"device_id": Seed.GATEWAY_ID, "discovery_time": world.now() - 30 * 86400},
        "enable_sub_discovery": {"device_id": Seed.GATEWAY_ID, "duration": 60},
        "get_result": {"token": Seed.PAIRING_TOKEN},
    }

    def _gateway(self, device_id: str) -> Device:
        device = self.device(device_id)
        if device.product.category not in {"wg2", "wg"}:
            raise CloudError(2009, f"{device.name} is not a gateway")
        return device

    def enable_sub_discovery(self, args: Args) -> Any:
        gateway = self._gateway(args["device_id"])
        if not gateway.online:
            raise CloudError(2001)
        duration = args.get("duration", 100)
        now = self.now()
        self.discovery_until = now + duration
        if duration > 0:  # sub-devices waiting in pairing mode join at once
            for sub in [s for s in self.pending_sub_devices if s.gateway_id == gateway.id]:
                self.pending_sub_devices.remove(sub)
                sub.active_time = sub.update_time = now
                sub.home_id = gateway.home_id
                self.devices[sub.id] = sub
                self.log_event(sub, 3, "1")
        return True

    def list_sub_devices(self, args: Args) -> Any:
        gateway = self._gateway(args["device_id"])
        subs = (d for d in self.devices.values() if d.gateway_id == gateway.id)
        joined = sorted((d for d in subs if d.active_time >= args["discovery_time"]), key=lambda d: d.id)
        return [
            {
                "id": d.id,
                "name": d.name,
                "category": d.product.category,
                "product_id": d.product.product_id,
                "uuid": d.uuid,
                "owner_id": str(d.home_id),
                "online": d.online,
                "active_time": d.active_time,
                "update_time": d.update_time,
            }
            for d in joined
        ]

    def get_result(self, args: Args) -> Any:
        # An unknown token reads as a session still in progress: nothing paired, nothing failed yet.
        return copy.deepcopy(self.pairing_results.get(args["token"], {"success": [], "failed": []}))
